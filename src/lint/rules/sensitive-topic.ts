// Customer-service chat must stay commercial and neutral: no politics, no religion, and no
// superstition used to sell (开光, 转运, 保佑). Place names in shipping notes (台湾/西藏 不发货),
// the city 佛山 and 转运中心 (a logistics hub) are not topics, so they are not in any pattern or
// are excluded by what follows them.
import { clauseAfter, clauseBefore, scan } from '../context.js';
import { defineTextRule } from '../define-rule.js';

const PATTERN = new RegExp(
  [
    '(?<superstition>(?<!打)开(?:过|了)?光(?![滑亮泽线])|保佑|保(?:你|您|佑你|家人|全家)?平安|保(?:你|您|家人|全家)[^,.!?;。]{1,4}平安|平安符|护身符|招财(?!猫)|旺财|聚财|纳财|辟邪|避邪|驱邪|镇宅|家宅平安|八卦镜|桃木剑|五帝钱|化煞|挡煞|风水|算命|占卜|看相|算(?:过|了)?命|求(?:姻缘|子|财|签)|生辰八字|八字(?:合|算|不合|相合|命)|运势|开运|改运|消灾|挡灾|避灾|免灾|灵验|显灵|(?:大师|高僧|法师|师父|活佛|喇嘛|寺庙|寺院|佛前)加持|符咒|佛牌|招桃花|桃花运|旺夫|求子|冲喜|霉运|(?:犯|化|冲|挡|镇|拜)太岁|煞气|(?:化解|破解|化|破|冲|躲|避|防|挡|镇|驱|赶走|远离)(?:了|掉)?(?:太岁|煞|小人|霉运|犯冲)|五行缺|命里缺|算卦|塔罗|(?:运气|运势|财运|桃花运?|好运|福运)(?:变好|变旺|旺|爆棚|提升|滚滚|亨通|来了|会来|越来越好))',
    '(?<luck>转运|转好运)',
    // 本命年 is a product theme (本命年红色内衣); it sells superstition only with a protective promise.
    '(?<benming>本命年)',
    '(?<religion>菩萨|佛祖|(?<!铁)观音|如来|阿弥陀佛|上帝(?!视角)|耶稣|真主|安拉|基督|佛教|道教|伊斯兰|天主教|寺庙|寺院|道观|法师|高僧|活佛|喇嘛|念经|法事|礼佛|拜佛|求佛|佛法|神明|圣经|佛经|诵经|阿门|哈利路亚|祷告|受洗|做礼拜|福报|佛缘|神佛|(?<![相自确坚诚])信主(?=的|之|耶稣|基督|[,.!?;。]|$)|(?:感谢|赞美)主(?![播持办人任页图推打题])|主(?:会|必|一定会)?(?:赐福|看顾|眷顾|与你同在|与您同在)|赐福|(?<![自相确])信佛(?!系)|(?<![短微通来回书])信教(?![程学材])|信耶稣)',
    // An official's title tied to the product (首长同款, 部长专用) sells with the name of state
    // officials (Art. 9); the same title as a gift recipient (送领导) or a shop role (店长同款) does not.
    '(?<politics>习近平|毛泽东|毛主席|总统|国家领导人?|领导人|主席|总书记|中南海|共产党|党中央|政治|台独|港独|藏独|疆独|法轮|邪教|反共|反华|国旗|国徽|国歌|军委|台湾国|中华民国|(?:国宴|机关|政府|部队|军队|国家)(?:专供|特供|专用|指定|同款)|(?:抵制(?![^,.!?;。]{0,3}(?:假|劣|盗版|山寨|仿|三无))(?:某国|外国|洋|日|美|韩|英|法|德|[^,.!?;。]{0,3}国)(?:[^,.!?;。]{0,3}?(?:货|品牌|产品|商品|牌子))?|(?:不买|拒买)(?:日|美|韩|洋)货|(?:(?:中|美|日|韩|俄|朝|印|英|欧)(?:美|日|韩|俄|朝|印|英|欧|中|台)|两岸)(?:关系|冲突|摩擦|对抗|对立|局势|开战|交恶|贸易战)|贸易战|(?:被|遭|美国|西方|对华)制裁|国际(?:局势|形势)|台海|钓鱼岛|武统|爱国(?!者)|崇洋媚外|卖国|汉奸|国耻|小日本|日本鬼子|美帝|辱华|(?:首长|元首|第一夫人|(?<![送给向敬孝])领导|总理|部长|省长|市长|高官|官员)们?(?:都|也|最|平时|常|亲自)?(?:同款|专用|专供|特供|御用|指定|爱喝|爱吃|爱用|爱穿|在喝|在用)))',
  ].join('|'),
  'g',
);

/** 转运 in a logistics sense: 转运中心, 包裹在转运中, 已转运至… */
const LOGISTICS_AFTER = /^(?:中|站|仓|场|点|途|至|到|公司|物流|单|时|环节|过程|速度|网点|期间|需要|了|完成|出)/;
const LOGISTICS_BEFORE = /(?:快递|包裹|物流|货物|订单|已|正在|在|国际|集|中|海外|仓库|需要|等待)$/;
/** Words that promise luck, which turn a 转运珠 bead into a superstition sale. */
/** Exam and wish promises count too (逢考必过, 心想事成): a bead cannot deliver them. */
const LUCK_PROMISE = /好运|运气|运势|转运|开运|旺|招财|保佑|保平安|辟邪|财运|桃花|逢考必过|考(?:试)?必过|(?:考|试)[^,.!?;。]{0,3}(?:稳过|包过)|心想事成|逢凶化吉|顺风顺水|事事顺|万事顺|一路顺/;
/** Around 本命年: the product is said to protect its wearer (戴了顺顺利利, 能挡灾, 保平安). */
const PROTECT_PROMISE = /顺(?:利|遂|心|顺|风)|平安(?!夜|县|路|大道)|好运|不犯|化解|挡|避(?:灾|邪|祸|难|开)|逢凶化吉|护(?:身|佑|你|您|体)|转运|(?:不|少)倒霉|霉运|无灾|消灾|免灾|保(?:你|您|佑)|辟邪|驱邪|镇(?!店)|旺/;
/** 上帝 in the service saying 顾客就是上帝. */
const SAYING_BEFORE = /是$/;

export default defineTextRule({
  id: 'sensitive-topic',
  severity: 'error',
  description: {
    zh: '涉及政治、宗教或借封建迷信卖货（开光、转运、保佑等）',
    en: 'Touches politics or religion, or sells with superstition (开光, 转运, 保佑 …)',
  },
  protects: {
    zh: '平台聊天规范：避免讨论政治、宗教等敏感话题；《广告法》第九条禁止含有封建迷信内容、使用国家机关及其工作人员名义',
    en: 'Platform chat rules: no politics or religion; Advertising Law Art. 9 bans superstition and the use of state organs or officials',
  },
  messages: {
    superstition: {
      zh: '借封建迷信宣传商品「{{quote}}」，平台和《广告法》都禁止',
      en: 'Sells with superstition "{{quote}}", banned by the platform and the Advertising Law',
    },
    religion: {
      zh: '涉及宗教「{{quote}}」，客服聊天应避免宗教话题',
      en: 'Religious content "{{quote}}"; customer-service chat must avoid religion',
    },
    politics: {
      zh: '涉及政治或国家机关「{{quote}}」，客服聊天应避免政治话题',
      en: 'Political content or state organs "{{quote}}"; customer-service chat must avoid politics',
    },
  },
  check(normalized, report) {
    const text = normalized.text;
    scan(PATTERN, text, (m) => {
      const g = m.groups!;
      const start = m.index;
      const end = start + m[0].length;
      if (g.superstition !== undefined) {
        report({ start, end, messageId: 'superstition', suggestion: '寓意美好' });
      } else if (g.luck !== undefined) {
        if (m[0] === '转运' && (LOGISTICS_AFTER.test(clauseAfter(text, end, 4)) || LOGISTICS_BEFORE.test(clauseBefore(text, start, 6)))) return;
        // 转运珠 is the trade name of a bead; it sells superstition only with a luck promise nearby
        // (转运珠，助你好运), not as 转运珠造型的耳钉.
        if (m[0] === '转运' && text[end] === '珠' && !LUCK_PROMISE.test(clauseBefore(text, start, 12) + text.slice(end + 1, end + 20))) return;
        report({ start, end, messageId: 'superstition', suggestion: '寓意美好' });
      } else if (g.benming !== undefined) {
        const around = clauseBefore(text, start, 10) + text.slice(end, end + 24).split(/[.!?;。\n]/)[0];
        if (!PROTECT_PROMISE.test(around)) return;
        report({ start, end, messageId: 'superstition', suggestion: '新年红火' });
      } else if (g.religion !== undefined) {
        if (m[0] === '上帝' && SAYING_BEFORE.test(clauseBefore(text, start, 4))) return;
        // 寺庙题材的拼图, 道观建筑摄影集: a place or motif describing the product, not a religious pitch.
        if (/^(?:的)?(?:题材|主题|图案|建筑|景点|景区|旅游|摄影|插画)/.test(text.slice(end, end + 4)) && !LUCK_PROMISE.test(clauseAfter(text, end, 16))) return;
        report({ start, end, messageId: 'religion', suggestion: '' });
      } else if (g.politics !== undefined) {
        report({ start, end, messageId: 'politics', suggestion: '' });
      }
    });
  },
});
