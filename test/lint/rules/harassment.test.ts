import { ruleTester } from '../rule-tester.js';

ruleTester('harassment', {
  valid: [
    // SPEC §3 must-not-catch: plain firm statements.
    '本店不议价哦，价格已经是活动价了',
    '定制商品不退换，下单前请确认尺寸',
    '特价商品不退不换，介意慎拍',
    '亲，这款已经卖完了，暂时不补货',
    '滚筒洗衣机可以洗，建议装洗衣袋',
    '喜欢的话可以早点下单哦',
    '最后一件了，喜欢的亲抓紧',
    '详情页有尺码表，可以参考一下',
  ],
  invalid: [
    { text: '爱买不买', spans: ['爱买不买'], suggestion: '有其他问题随时问我们哦' },
    { text: '穷就别买', spans: ['穷就别买'] },
    { text: '买不起就别看了', spans: ['买不起就别看'] },
    { text: '你是不是傻，详情页写着呢', spans: ['你是不是傻'] },
    { text: '神经病吧', spans: ['神经病'] },
    { text: '滚', spans: ['滚'] },
    { text: '有完没完，说了多少遍了', spans: ['有完没完', '说了多少遍'] },
    { text: '不买就别问了', spans: ['不买就别问了'] },
    { text: '赶紧下单，不然就涨价了', spans: ['赶紧下单，不然'], suggestion: '喜欢的话可以早点下单哦' },
    { text: '再不买就没了！！！', spans: ['再不买就没了'] },
    { text: '到底买不买', spans: ['到底买不买'] },
    { text: '马上付款！马上付款！马上付款！', spans: ['马上付款！马上付款！马上付款'] },
    { text: '快快快，赶紧拍', spans: ['快快快'] },
  ],
});
