// absolute-claim through the claim frame (src/lint/claim-frame.ts): claims said without a list word,
// end to end through the rule (spans as reported), and their look-alikes clean. Our own wording.
import { ruleTester } from '../rule-tester.js';

ruleTester('absolute-claim', {
  valid: [
    '过敏的话先停用，一般两三天就消了',
    '面膜在脸上敷十五分钟就好了',
    '我们不能保证三天就能淡化痘印',
    '没有哪种营养品敢说绝对零副作用，备孕的话先问问医生',
    '这件羽绒服洗十次都不会跑绒吗？',
    '您问得比谁都细心，谢谢亲',
    '用药的事请听医生的推荐',
    '睡眠改善片每天两片，睡前服用',
    '理财有风险，这套课不保本',
    '这个方法一定管用，您重启试试',
    '充电时请勿覆盖，以免起火',
    '店庆活动到本周日二十四点结束，结束后恢复原价',
    '您放心，下个月也不会涨价的',
    '这款抱枕库存还剩三个，您需要可以直接下单',
  ],
  invalid: [
    { text: '我们的膏药比医院打的针还管用', spans: ['比医院打的针还管用'] },
    { text: '这款雨伞怎么折都折不断', spans: ['怎么折都折不断'] },
    { text: '这款护肝片天天吃也零负担，孕妇老人都放心', spans: ['护肝片天天吃也零负担'] },
    { text: '喝了这个汤，手脚冰凉的毛病直接调过来了', spans: ['直接调过来'] },
    { text: '这口铁锅耐用五十年', spans: ['耐用五十年'] },
    { text: '国家队指定这款护膝', spans: ['国家队指定'] },
    { text: '这批老普洱放五年肯定能翻倍', spans: ['肯定能翻倍'] },
    { text: '这款电暖器怎么用都不会起火', spans: ['不会起火'] },
    { text: '这款贴膏保证见效', spans: ['保证见效'] },
    { text: '收纳盒库存不多了，这周过完就下架，喜欢的趁早', spans: ['这周过完就下架'] },
    { text: '七折的福利以后不会再有了', spans: ['七折的福利以后不会再'] },
  ],
});
