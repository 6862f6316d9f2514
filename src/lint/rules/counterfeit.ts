// Selling or describing fakes (高仿, A货, 复刻, 原单, 1:1, 莆田货, 超A, 纯原, 公司级 …): the platform
// bans counterfeit goods and selling them infringes the trademark holder (商标法第五十七条). The
// words live in ../lexicon/counterfeit.yaml; this module decides from the words around a match
// whether the shop offers a fake: a brand's own stated re-issue (官方复刻版), an order number
// (原单号), a mixing ratio (1:1兑水), a warning against fakes (教您辨别高仿) stay clean.
import { clauseAfter, clauseBefore, scan, sentenceAround, sentenceEnd, sentenceStart } from '../context.js';
import { defineTextRule, type Report } from '../define-rule.js';
import * as lexicon from '../lexicon/counterfeit.gen.js';
import { groupsScanner } from '../lexicon/scan.js';
import { listWordCrosses } from '../words.js';

const { provenance: PROVENANCE_SOURCE, ...TRADE_GROUPS } = lexicon.groups;
/** The trade's words and shapes, one pass; the provenance frame (a copy admitted by where the goods
 *  come from or what they were checked against) runs in a second pass so its longer spans never
 *  hide a trade word inside them from its own group's context logic. */
const LEXICON = groupsScanner(TRADE_GROUPS);
const PROVENANCE = groupsScanner({ provenance: PROVENANCE_SOURCE });

/** Right before the match: the shop refuses, warns against or asks about fakes (我们不卖高仿,
 *  谨防高仿, 教您辨别高仿, 是正品还是高仿, 不是哪个品牌的仿款), not offering one. */
const NOT_OURS_BEFORE =
  /(?:不|没|别|不要|避免|以免|免得|绝不|从不|拒绝|抵制|反对|谨防|警惕|小心|杜绝|打击|严禁|禁止|绝非|并非|不是|没有|辨别|鉴别|区分|识别|分辨|防止|防|打假|举报|投诉|是不是|还是|是否|怕买到|担心|拒收)(?:卖|售|做|碰|进|收|回收|收购|寄卖|寄售|维修|置换|接受|是|出售|销售|经营|有|任何|买到|到|的)*(?:(?:任何|哪个|哪家|什么|别家|别人家?)?(?:大牌|品牌|牌子|名牌|专柜)的?)?$/;
/** Right after: the same refusal told after the word (高仿我们是绝对不碰的, 高仿勿扰), or a policy
 *  that refuses to take such goods in (山寨机不回收, 高仿表我们验出来会拒收, 仿品恕不维修): a
 *  recycling, repair or return desk turning fakes away, not a shop offering one. */
const NOT_OURS_AFTER =
  /^[^,.!?;。]{0,12}?(?:绝对不碰|不碰|不卖|不做|坚决不|一律不|勿扰|请绕道|绕道|拒收|(?:不|不予|不能|无法|没法|不可|恕不|谢绝|拒绝)(?:予以|给予|提供)?(?:回收|收购|收|寄卖|寄售|维修|估价|置换|换新|抵扣|受理))/;
/** Earlier in a list the same refusal governs (回收不收山寨机和高仿机, 不接受翻新机、高仿机): the
 *  refusal, one or more items, then a joining word. No verb of selling between (不卖假货，只卖原单和…). */
const LISTED_AFTER_REFUSAL = new RegExp(
  '(?:不|没|拒绝|谢绝|不予|恕不|拒)(?:卖|售|做|碰|进|收|回收|收购|接受|接|支持|寄卖|寄售|维修|置换)' +
    '[^,.!?;。只但是卖售有]{1,8}?(?:和|、|或者?|及|以及|跟|与|/)$',
);
/** A device named in one list with broken, scrapped or repaired ones (山寨机、报废机等; 进水机和山寨机).
 *  Its state of repair is what the list sorts by. */
const REPAIR_STATE_DEVICE = '(?:报废|故障|进水|损坏|坏|碎屏|拆修|维修|扩容|黑屏|锁|无法开)机';
const TAKEN_IN_LISTED = new RegExp(`${REPAIR_STATE_DEVICE}[、和及与/]|[、和及与/]${REPAIR_STATE_DEVICE}`);
/** …in a sentence of a desk's terms: who pays the carriage, what is tested, priced or taken in. */
const DESK_TERMS = /回收|退货|寄回|退回|检测|估价|质检|运费|邮费|承担|维修|验机/;
/** Some goods of a kind in general (一些非正品的内存卡兼容性差, 有些仿品做工粗糙): a remark about
 *  goods out there, used to explain or advise — not goods the shop offers, which it would name
 *  as its own. */
/** A refusal to take goods in (拒收, 不回收, 无法回收, 不予维修): with a condition on the goods being
 *  fake (验出是高仿的话拒收), the desk's policy. */
const REFUSE_TAKE = /拒收|(?:不|不予|不能|无法|没法|不可|恕不|谢绝|拒绝)(?:予以|给予|提供)?(?:回收|收购|收|寄卖|寄售|维修|估价|置换|换新|抵扣|受理)/;
const SOME_GOODS_BEFORE = /(?:一些|有些|有的|部分|某些)(?:的)?$/;
const OWN_GOODS = /我们|本店|我家|咱家|店里|我这|我店|小店|这款|这批/;
/** The word asked back and denied (高仿？不不不，我们只卖正品). */
const DENIED_AFTER = /^\?+[,!]*(?:不+|不是|当然不|绝对不|没有|怎么可能|哪能|不可能)|^[,!]+(?:不不|当然不是|绝对不是|怎么可能|哪能)/;
/** The fakes are somebody else's (市面上A货很多, 网上那些高仿): a warning to the buyer. */
const OTHERS_BEFORE = /(?:市面上|市场上|外面|网上|别家|别的店|其他店|其他家|有些店|有的店|很多店|有些商家|不良商家)[^,.!?;。]{0,12}$/;
/** Other shops or a warning anywhere in the sentence: a provenance claim there is about their goods. */
const OTHERS_OR_WARNING = /市面上|市场上|外面|网上|别家|别的店|其他店|其他家|有些店|有的店|很多店|有些商家|不良商家|小心|谨防|当心|警惕|别买|不要买|被骗/;
/** A genuine reference in the sentence: what makes A版, 顶配版, 1:1 or 工厂尾单 a copy of a brand. */
const GENUINE_REF_WORDS = /专柜|正品|真货|真品|真表|原版|原装|大牌|名牌|奢牌|品牌盒|logo|五金|刻字|钢印|鞋标|防伪|鉴定|验货|过验|zp|对标|(?<![a-z])[a-z]家|某[牌家兰奢大]|开模|复刻|还原|仿|剪了?标|吊牌都剪/;
/** A package or label that hides the brand (外包装不写品牌, 无logo发货, 不带标): what a shop
 *  selling fakes promises so the parcel passes inspection. */
const CONCEALED_BRAND =
  /(?:不写|不印|不带|不放|去掉|撕掉|隐藏|不显示)(?:品牌|牌子|logo|商标)|(?:包装|盒子|外箱|箱子|面单|快递单|袋子)[^,.!?;。]{0,4}?(?:没有|没|无|不带)(?:品牌|牌子|logo|商标)/;
/** The commonly copied brands of the lexicon's `brand` set (LV, 香奈儿, yeezy …), found once per
 *  text: the lexicon's patterns name a brand as a run of BRAND_MARK (the set is a placeholder set,
 *  see ../lexicon/README.md), so the list grows without growing every pattern that uses it. */
const BRANDS = groupsScanner({ brand: lexicon.sets.brand });
const BRAND_MARK = '\uE000';
/** A brand in the (masked) sentence. */
const BRAND = /\uE000/;

/** The text with every brand overwritten, unit for unit, by BRAND_MARK (offsets unchanged); the
 *  text itself when it names none. */
function maskBrands(text: string): string {
  let out = '';
  let last = 0;
  BRANDS.scan(text, (m) => {
    out += text.slice(last, m.index) + BRAND_MARK.repeat(m[0].length);
    last = m.index + m[0].length;
  });
  return last === 0 ? text : out + text.slice(last);
}
const GENUINE_REF = { test: (s: string): boolean => GENUINE_REF_WORDS.test(s) || BRAND.test(s) || CONCEALED_BRAND.test(s) };
/** The original a 仿X的 copies, named in the sentence (照着原版做, 和正品一样, 专柜). */
const COPIED_ORIGINAL = /原版|正品|专柜|真品|真货|照着[^,.!?;。]{0,4}做|一模一样|以假乱真/;
/** The goods are said to be the same as the genuine ones (一样, 同款, 没区别, 同厂), or winked at (懂的直接拍, 不保真). */
const SAME_AS_GENUINE = /一样|同款|没区别|没有区别|无差|同厂|一个厂|原单|复刻|仿|1[:比]1|一比一|分不出|看不出|懂的都懂|懂的(?:直接|来|拍|冲)|你懂的|不保真/;
/** An alternative (平替) said to equal the original rather than resemble it. */
const SAME_CLAIM = /一模一样|(?<![不没])一样|没区别|没有区别|无差|没差|同厂|同料|同一个厂|一个厂|分不出|看不出|一比一|1[:比]1/;
/** Shoes talked about: 莆田的 is then the replica trade's origin. */
const SHOE_TALK = /鞋|穿着|上脚|脚感|码数|尺码|鞋标|鞋盒|鞋垫|鞋底|(?<![a-z])(?:aj|af1|dunk)(?![a-z])|椰子|老爹/;
/** A sample, gift or travel size, which 正品 (the full-size product) is compared with. */
const SAMPLE = /小样|中样|赠品|试用装|旅行装|体验装|正装/;
/** The shop will not vouch for the goods being genuine (不保真, 跟真的一样). */
const NOT_GUARANTEED_GENUINE = /不保真|跟真的一样|和真的一样|懂的都懂/;
/** Jade and its trade words: there A货/B货/C货 grade treatment, not fakery. */
const JADE = /翡翠|玉|缅甸|国检|[bc]货|未经处理|酸洗|注胶|种水|冰种|糯种/;
/** The brand's own re-issue, stated as such (官方复刻版, 品牌授权的复刻款), or a recipe or memory
 *  recreated (复刻了外婆的味道). */
const OFFICIAL_REISSUE = /官方|品牌方|授权|原厂|正式|再版|重新发售|经典款?(?:鞋型|配色)?|周年/;
const NOT_GOODS_REPLICA = /味道|口味|配方|方子|秘方|手艺|做法|菜|童年|记忆|回忆|场景|妆容|造型|发型|穿搭/;
/** A claim of fakery the official reading cannot cover (大牌的复刻, 一比一, 对标原版). */
const FAKE_MARKER = /大牌|奢牌|专柜(?:版|同款|品质)|原版|对标|一比一|1[:比]1|顶级|高端|高品质|精仿|[a-z]家|某[牌家兰奢大]|十分之一|零头/;
/** Before 超A: how a garment looks worn (上身超A, 穿上显得超A). */
const LOOK_BEFORE = /(?:上身|穿上|穿着|穿起来|戴上|戴着|显得|看着|看起来|整个人|气场)[^,.!?;。]{0,2}$/;
/** After 1:1: a simulation of an exam, a drill or a scene (真题模拟, 还原考场), or a model of a building
 *  or a place (一比一还原的古建模型). Not toys in general: 1:1开模的积木 copies a brand's set. */
const SIMULATION_AFTER = /^[^,.!?;。]{0,5}?(?:模拟|真题|考试|考场|演练|训练|实景|场景|沙盘|建筑|古建|地标|城市|微缩)/;
/** 原单 as the original order of a price or refund question (原单有3元的券, 原单退款后再拍新单), or the
 *  original booking of a stay or a trip (已原单入住, 原单改签). */
const ORDER_CONTEXT = /新订单|新单|重新下单|拍单|券|差价|价保|退款|退差|实付|实际支付|付款|金额|优惠|取消|入住|预订|预定|房间|酒店|改签|退订|行程|航班|车次/;
/** 原单 as a paper: the buyer's original receipt, invoice or waybill (发票原单, 把原单拍照发我,
 *  原单据, 凭原单办理, 原单已作废, 您手上有原单吗) — named by the paper it is, by what is done with a
 *  paper, or as something the buyer holds: a seller of copies offers them, it does not ask for them. */
const DOCUMENT_BEFORE = /(?:(?:您|你)(?:那边|这边|手上|手里|那里|这里)?(?:还)?(?:有没有|有|留着|存着|保留了?)|发票|收据|小票|票据|单据|快递|物流|运单|面单|购物|购买|销售|退货|寄件|签收|报关|保修|凭|附上?|附带|提供|出示|保留|保存|留好|留着|找到|带上|携带|连同)(?:的)?$/;
const DOCUMENT_AFTER = /^(?:如果|要是|万一|已经|已|都|也|要|需要|请|先)?(?:据|件|原件|复印|拍照|拍个?照|拍一?张|照片|截图|扫描|作废|丢了|丢失|找不到|没了|寄回|寄过来|寄给|发我|发给|给我|留着|保留|保存|保管|收好|妥善|签字|盖章|上面|上有|上写|一起|一并|随(?:货|商品|包裹|件)|和(?:发票|保修卡|收据|小票|票据))/;
/** …unless goods follow the word (原单货, 原单的包, 原单品质): then it is the trade's word. */
const ORIGINAL_GOODS_AFTER = /^(?:的)?(?:货|款|品|包|鞋|表|衣|服|版|尾|质量|品质|做工|工厂|[a-z\uE000])/;
/** 外贸原单, 工厂原单尾货: the goods' origin story that sells the fake. */
const ORIGIN_STORY = /外贸|尾货|尾单|工厂|代工|出口|退下来|剪标|吊牌/;
/** 1:1 as a ratio or a life-size scale. */
/** rep with a grade of the replica trade before or after it (顶级rep, toprep, rep级别). */
const GRADED_REP = /^(?:top|顶级|顶配|超|精|纯原|高)rep|rep(?:级|等级|货源)|^superclone$/;
const RATIO_AROUND = /^(?:的)?(?:比例|兑|冲|调|配|混|稀释|赔|退|换|等身|大小|尺寸|比例尺|还原尺寸|模型)/;
const RATIO_BEFORE = /(?:按|按照|比例|兑水|配比|(?<!香)水|粉|赔付|等身|尺寸|大小)[^,.!?;。]{0,3}$/;
/** The shop says it sells the genuine article, so "identical to the counter" is a reassurance. */
const GENUINE_CLAIM = /(?<!不|非|不是|并非)(?:保证|均为|都是|绝对是|是|属于)(?:正品|正版|专柜正品|官方正品)(?![吗么嘛?]|尾|原单|同|级|一样|一模)|正品(?:保证|保障|行货)|假一(?:赔|罚)|支持(?:专柜)?验货|(?:只|仅)(?:卖|售|做|经营)(?:正品|正版)/;
/** A book, a workbook or a score: what an unlicensed 影印版 copies. */
const BOOK_TALK = /正版|原版|书|教辅|教材|课本|资料|试卷|真题|习题|练习册|绘本|小说|漫画|乐谱|琴谱|字帖|五三|题库/;
/** A licensed reprint (出版社授权影印). */
const LICENSED = /授权|出版社|正规出版|版权/;
/** A brand, its code name (C家, 某奢) or 大牌 named in the sentence. */
const BRAND_NAMED = /\uE000|(?<![a-z])[a-z]家|某[牌家兰奢大]|大牌|奢牌|名牌/;
/** A design drawing on a brand (灵感来自, 原创): no logo is copied onto goods. */
const INSPIRED = /灵感|原创|致敬|设计师/;
/** What is named after a watch brand but is not its watch (劳力士表带, 欧米茄的表盒, 劳力士同款). */
const WATCH_ACCESSORY = '表带|表链|表扣|表盒|表冠|表盘贴|手表盒|收纳|贴膜|保护膜|周边|同款|风格|款式|造型|元素|图案|钥匙扣|玩具|模型|贴纸|盒子|包装|说明书|保养|维修|回收';
/** Goods resold by their owner: missing boxes and receipts are no sign of a copy there. */
const SECOND_HAND = /二手|闲置|中古|vintage|自用|回收|转卖|出掉|割爱/;
/** The seller adding a mark itself (自己贴的, 后期打上去): the self-added marks of the kit group. */
const SELF_ADDED = /(?:自己|另外|后期|单独|额外)(?:加|印|贴|缝|绣|打|烫|做)/;
/** Luxury goods named by brand, on the unmasked text (LV托特包, 卡地亚手镯, 绿水鬼). */
const LUXURY_GOODS = new RegExp(`(?:${lexicon.sets.luxury})(?<between>[^,.!?;。]{0,8}?)(?:${lexicon.sets.luxurygoods}|包(?![装邮括含带扣链挂])|(?<![外时钟代发图列报])表(?![格情示达演哥姐弟妹带盘扣链壳盒膜态白现]))|(?:${lexicon.sets.luxurymodel})|(?:${lexicon.sets.luxurywatch})(?!的?(?:${WATCH_ACCESSORY}))`, 'g');
/** Between the brand and its goods: a style or a homage, not the brand's own goods (小香风, 卡地亚风格的). */
const STYLE_BETWEEN = /风|同款|款式|造型|元素|灵感|平替|样式|感|色|型|图案|印花|周边/;
/** Prices that are not what the goods sell for: second-hand, rental, deposits, care and repair. */
const NOT_SALE_PRICE = /二手|中古|vintage|闲置|回收|租|定金|订金|押金|清洗|保养|护理|维修|修复|翻新|改色|鉴定费|代购费|运费|邮费|跑腿|小样|试用|每期|分期|月供|首付|差价|券|减|返|红包|积分|满[0-9]/;
/** A price under a thousand yuan: a currency sign or price word before, 元/块/包邮 or 就能拿 after,
 *  or the price said by its digits (三位数, 百来块). */
const LOW_PRICE = /(?:[¥$]|rmb|到手价?|只要|仅需?|才|特价|售价|价格|卖|现价|秒杀价?)(?:是|为|:)?(?<![0-9])(?<n1>[1-9][0-9]{1,2})(?![0-9]|[.,][0-9]|万|w|k|千)|(?<![0-9.]|[0-9],)(?<n2>[1-9][0-9]{1,2})(?:\.[0-9]+)?(?:元|块|rmb|包邮|米)(?![0-9])|(?:[¥$]|到手价?|只要|仅需?|才|特价|售价|价格|现价|秒杀价?)(?:是|为|:)?(?:[一二两三四五六七八九]百|几百)(?![万千亿多来]?[件个单份双条只位人次])|(?<![0-9一二两三四五六七八九十百千万])(?:[一二两三四五六七八九]百|几百)(?:多|来)?(?:元|块|包邮)|(?<![0-9.]|[0-9],)(?:[1-9][0-9]{1,2}|[一二两三四五六七八九]百|几百)(?:多|来)?(?:就能|就可以|就|即可)(?:拿|入|带走|买到|到手|拿下)|三位数|两位数|百来块|百把块|百元(?:价|左右|出头|以内|就)/;
/** Official words denied (非官方, 没有授权, 未经授权): they do not make a copy the brand's own re-issue. */
const NOT_OFFICIAL = /(?:非|不是|并非|没有|没|未经?|无)(?:(?:官方|品牌方|原厂)(?:的)?(?:授权)?|授权)/g;
/** The replica trade's own words for a grade or a source (rep, 纯原, 公司级, 莆田, 过验, a version
 *  grade): two of them in one sentence name a fake even when no genuine article is named. */
const TRADE_WORDS = /(?<![a-z])rep(?![a-z])|纯原|公司级|莆田|过验|对版|顶级版本|顶配版|高配版|高版本|最高版本|镜面级|原鞋|原盒|版本(?:很|非常|超|特别|比较|都)?高/g;
function otherTradeWord(sentence: string, word: string): boolean {
  for (const m of sentence.matchAll(TRADE_WORDS)) if (!word.includes(m[0]) && !m[0].includes(word)) return true;
  return false;
}
/** A disc, a game or software: what a D版 copies besides a book. */
const DISC_TALK = /光盘|碟|cd|dvd|游戏|卡带|软件|专辑|唱片|蓝光/;
/** Right before 和正版一样: a price, size, colour or spec likened — a fact, not the goods. */
const FACT_BEFORE = /(?:价格|价钱|售价|价|尺码|尺寸|大小|颜色|色号|配色|参数|规格|发货|物流|用法|步骤|流程|时间|日期|保修|售后)(?:上|方面)?(?:也|都|是)?$/;
/** After an admission that the goods are not official or genuine: what excuses it — quality,
 *  sameness, a low price or a fake trade's disclaimer. */
const ADMITTED_EXCUSE = /(?:但|不过|可是|但是|然而)[^.!?;。]{0,12}?(?:质量|做工|品质|效果|功能|用起来|手感|细节|印刷|清晰|清楚|一样|差不多|没差|没区别|好|不错|过硬|放心|能打|还原|细|到位|漂亮|还行|可以)|(?<![不没])(?:一样|差不多|没差|没区别|一模一样)|介意慎拍|介意勿拍|慎拍|不退不换|不保真|懂的|价格(?:美丽|好看|便宜|只要|只有|是)|便宜|一半|半价|零头|几分之一/;
/** The shop's own design, told apart from the brand's (是我们自己设计的, 原创). */
const OWN_DESIGN = /自己设计|自己的设计|原创|自有品牌|自主品牌|我们自己的|本店设计/;
/** Maison Margiela's perfume line is named Replica: there the word is the brand's own product. */
const REPLICA_PERFUME = /香水|香氛|淡香|margiela|马吉拉|梅森|慵懒周末|爵士酒廊|壁炉|温暖壁炉|沙滩漫步|淋浴/;
/** What makes a made copy (仿制品) a counterfeit: a brand, the genuine article or its sameness named. */
const COPY_OF_BRAND = /一样|一模一样|一致|差不多|没区别|同款|以假乱真/;
/** The sentence marks the goods as not the brand's own (同款, 跟那款一样, G家, 无授权), so the brand's
 *  mark said to be on them is a counterfeit mark. */
const NOT_THE_BRANDS = /同款|一样|一致|仿|复刻|(?<![a-z])[a-z]家|某[牌家兰奢大]|(?:无|没有?|未经?|未获)(?:品牌方?|官方)?授权/;
/** A refusal, a warning, a report or a condition right before used goods said sold as new. */
const NOT_SOLD_SO = /不|没|别|禁止|严禁|拒绝|杜绝|谨防|小心|当心|举报|投诉|如果|假如|要是|万一|一旦|若|如|发现|防止|怕/;
/** The shop's own papers, which it prints or copies for the buyer: no book is pirated there. */
const OWN_PAPERS = /说明书|合同|发票|证书|协议|报告|单据|表格|身份证|照片|图纸|效果图|作业|快递单|面单|收据/;
/** A photocopied edition's pages and binding: what 影印版 is said of when it is a book. */
const PRINT_TALK = /内容|页|装订|字迹|印刷/;
/** A course of the shop's own or a licensed one (我们老师自己录的). */
const OWN_COURSE = /自己|本店|原创|授权|我们(?:的)?(?:老师|机构|团队|课程)|本机构/;
/** A family plan of the service's own (家庭共享). */
const FAMILY_PLAN = /家庭|家人|亲友|官方|主账号|子账号/;
/** After 不保证正品: it is other shops the sentence warns against (…的店千万别买). */
const WARN_AFTER = /^(?:的)?(?:店|商家|卖家|东西|链接|货)[^,.!?;。]{0,6}?(?:别|不要|千万|慎|小心|当心)/;

/** Lifelike things sold honestly on looking real (仿真花, a sugar cake, a wig, 假两件, a photo or a
 *  model): 跟真的一样 and 看不出是假的 there praise the craft, not a copy of a brand. */
const SIMULATED = /仿真|仿生|模型|手办|道具|假花|绿植|植物|盆栽|花束|多肉|蛋糕|翻糖|食物|蜡像|假发|发片|接发|睫毛|假两件|假领|增高|隐形|补丁|贴纸|纹身贴|照片|拍照|摄影|[^a-z]?ai(?![a-z])|特效|妆|娃娃|玩具|标本|水果|蔬菜|盆景|假山|布景|壁纸|墙纸|木纹|大理石纹|皮纹/;
/** A brand's kind of goods (a bag, a watch, shoes, jewellery): what 朋友都以为是真的 is said of when
 *  a copy passes; 包装/包邮 are not bags. */
const BRAND_GOODS = /背出去|背着|包(?![装邮括含退换])|手袋|表(?![格情示达演哥姐弟妹现])|鞋|项链|手镯|手链|戒指|耳环|耳钉|围巾|丝巾|腰带|皮带|墨镜|首饰|香水|口红/;
/** A worried question about the goods (会不会被看出是假的？): the buyer's fear, which the shop answers. */
const WORRY = /担心|害怕|怕|会不会|是不是|能不能|吗|么|\?/;
/** 跟真的一样, 以为是真的, 送人也不会被发现: weak shapes, a copy only with a brand or the genuine
 *  article named (or, for others fooled, a brand's kind of goods). */
const PASSOFF_WEAK = /^(?:跟|和|与|像)真的|真的$|^(?:送人|送礼|背出去|戴出去|穿出去|拿出去|带出去|背着|戴着)/;

/** Every lexicon group but the provenance frame, to leave their words to them. */
const OTHER_GROUPS = new RegExp(Object.values(TRADE_GROUPS).map((v) => `(?:${v})`).join('|'));
/** The shop's own label (自有品牌, 我们自己的牌子): a brand's factory or price named beside it is a
 *  comparison, not a copy. */
const OWN_BRAND = /自有品牌|自主品牌|自己的(?:品牌|牌子)|本店品牌|原创品牌|国产品牌/;
/** A provenance match that only says the tag, box or logo is missing. */
const UNMARKED = /^(?:没有|没|不带|无|剪了?|去了?|拆了?|不能贴|不贴|不印)/;
/** What ties unmarked goods to the genuine article: its maker, line or counter, or a brand. */
const TIED_TO_GENUINE = /代工|原厂|同厂|同一(?:个|条|家)?(?:工厂|流水线|生产线|厂)|正品|专柜|大牌|那个牌子|品牌方|\uE000/;

/** The genuine article's price (专柜卖两千, 正品官网3000, 原价几千) and then the shop's own at a third
 *  or less (我们这边两百, 只要299), with the goods said to be the same (一样, 同款, 没区别): the price
 *  logic of a copy, whatever words name it. */
const GENUINE_PRICE_LEAD = /(?:专柜|正品|官网|官方|原价|大牌|品牌店|商场|实体店|正价|真品|正版|\uE000)[^,.!?;。]{0,8}$/;
/** 正品的话要…: the genuine article's price told as a supposition, so the goods are not it. */
const IF_GENUINE = /(?:正品|真品|真货|正版|专柜货)的话/;
const OWN_PRICE_LEAD = /(?:我们|这里|这边|我家|咱家|这款|只要|才|仅|只需|到手|我这|店里|本店)[^,.!?;。]{0,6}$/;
const SAME_GOODS = /一样|一模一样|同款|没区别|没有区别|同样的?|一致|差不多|相同|无差|没差|分不出|看不出|同品质|同一/;
const AMOUNT = /(?:[1-9][0-9]*(?:\.[0-9]+)?(?:千|k|万|w)?|(?:大|上)?[一二两三四五六七八九几十]{1,3}(?:百|千|万))(?:多|出头|来)?(?:元|块)?/g;
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 几: 3, 十: 10 };
function amountValue(s: string): number {
  const unit = /万|w/.test(s) ? 10000 : /千|k/.test(s) ? 1000 : /百/.test(s) ? 100 : 1;
  const digits = /[0-9.]+/.exec(s);
  if (digits !== null) return parseFloat(digits[0]) * unit;
  if (s.startsWith('上')) return unit;
  const head = /[一二两三四五六七八九几十]/.exec(s);
  return (head === null ? 1 : (s.startsWith('大') ? 7 : CN_DIGIT[head[0]])) * unit;
}
function reportPriceGap(text: string, report: Report): boolean {
  if (text.length > 400 || !(SAME_GOODS.test(text) || IF_GENUINE.test(text)) || NOT_SALE_PRICE.test(text) || OWN_BRAND.test(text) || OWN_DESIGN.test(text) || GENUINE_CLAIM.test(text)) return false;
  let genuine = -1;
  let genuineAt = -1;
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const lead = text.slice(Math.max(0, m.index - 14), m.index);
    const value = amountValue(m[0]);
    if (GENUINE_PRICE_LEAD.test(lead)) {
      genuine = value;
      genuineAt = m.index;
    } else if (genuine > 0 && m.index - genuineAt < 48 && OWN_PRICE_LEAD.test(lead) && value * 3 <= genuine && value >= 10) {
      report({ start: genuineAt, end: m.index + m[0].length, messageId: 'fake', suggestion: '' });
      return true;
    }
  }
  return false;
}

/** 不是正品 under a condition (如果不是正品，假一赔十) or with a refund promise is a guarantee. */
const CONDITION_BEFORE = /(?:如果|若|假如|要是|万一|一旦|倘若|如|若是|凡|但凡|只要)[^,.!?;。]{0,6}$/;
const REFUND_AFTER = /^[^.!?;。]{0,12}?(?:退|赔|假一|负责|投诉|举报|包退)/;

/** A luxury brand's goods (LV托特包, 卡地亚手镯, 绿水鬼) priced under a thousand yuan in the same
 *  clause: the genuine articles start at several thousand (luxury-retail in the lexicon), so the
 *  price says the goods are copies. A style (小香风, 卡地亚风格的), second-hand goods, rental, care
 *  services and samples are cleared. */
function reportUnderpriced(text: string, report: Report): void {
  if (text.length > 400 || !/[0-9百]|位数/.test(text)) return;
  LUXURY_GOODS.lastIndex = 0;
  for (let m = LUXURY_GOODS.exec(text); m !== null; m = LUXURY_GOODS.exec(text)) {
    if (m.groups?.between !== undefined && STYLE_BETWEEN.test(m.groups.between)) continue;
    const end = m.index + m[0].length;
    const a = sentenceStart(text, m.index, 20);
    const b = sentenceEnd(text, end, 24);
    const sentence = text.slice(a, b);
    if (NOT_SALE_PRICE.test(sentence) || !LOW_PRICE.test(text.slice(end, b))) continue;
    report({ start: m.index, end, messageId: 'fake', suggestion: '' });
    return;
  }
}

/** The genuine article named as what the goods are measured against (正品, 原版, 官方, 专柜, 实体店,
 *  大牌, a masked brand, a brand written by its initial or half-hidden: 某果, zp, 那个牌子). */
const ORIGINAL = '(?:真的|真货|真品|正品|正版|原版|原装|原厂|官方|官网|专柜|实体店|大牌|奢牌|名牌|zp(?![a-z])|\uE000+|(?<![a-z])[a-z]家|某[\u4e00-\u9fff]|那个(?:大)?牌子?|那个大牌|它)';
/** A copy admitted without a trade word, as a pairing: sameness to the genuine article said so
 *  that it cannot be told apart (跟正品分毫不差, 和专柜看不出差别), made after it (照着原版开的模,
 *  按官方一比一做的, 照着正品抄的, 按那个大牌的版型原样做的), or "not genuine / not licensed" followed by
 *  the same undetectable sameness or its marks (不是官方的，但外人看不出来; 没有授权，但和它一模一样;
 *  不是正品，吊牌都一样). Plain 一样 (价格和官网一样) and 做的 (按官方标准做的) are left out. */
export const COPY_ADMITTED = new RegExp(
  `(?:跟|和|与|同)${ORIGINAL}(?:的)?[^,.!?;。]{0,10}?(?:一模一样|分毫不差|毫无差别|没(?:有)?(?:什么|啥)?(?:区别|差别|两样)|看不出(?:差别|区别|来|是假)?|分不出(?:来)?|认不出(?:来)?|以假乱真)` +
    `|(?:按|照|照着|按照|比照|参照|对照)(?:着)?${ORIGINAL}(?:的)?[^,.!?;。]{0,10}?(?:一比一|1[:比]1|原样|抄|开(?:的|了)?模|复制|仿)` +
    `|(?:不是|并非|非|没有?|未经?)(?:正品|正版|官方|原装|专柜|(?:品牌(?:方)?)?授权)[^.!?;。]{0,16}?(?:看不出|认不出|分不出|一模一样|没区别|分毫不差|(?:吊牌|logo|标志?|编码|防伪)[^,.!?;。]{0,3}?(?:都|也)?(?:是)?(?:一样|有|全|齐))` +
    `|(?:假的|仿的|仿品)[^.!?;。]{0,10}?(?:没人|别人|谁)?(?:都|也)?(?:看不出|认不出|分不出)` +
    `|(?:高端|顶级|高级|精品|完美|1[:比]1)复制(?:品|款|版)?` +
    `|(?:印|绣|贴|刻|加|做)(?:上)?[^,.!?;。]{0,4}?(?:任何|任意|各种|哪个|什么)(?:大)?(?:牌子|品牌|大牌)(?:的)?(?:logo|标|商标|标志)`,
  'g',
);
/** 真的, 它 and a half-hidden brand (某X) need the trade around them: a price far below, a kit of the
 *  genuine article's marks, or a brand (仿真花跟真的没区别 is a fake flower, not a fake). */
const WEAK_ORIGINAL = /^(?:跟|和|与|同)(?:真的|它|某)/;
const FAR_BELOW = /十分之一|几分之一|[二三四五六七八九十]分之一|零头|一半|半价|[一二两三]折|便宜(?:一半|好多|很多)/;
/** COPY_ADMITTED stands unless a weak original (跟真的, 和它, 某X) lacks the trade around it. */
function reportCopyAdmitted(text: string, report: Report): boolean {
  return reportFirstCopy(COPY_ADMITTED, text, report, (m) =>
    !WEAK_ORIGINAL.test(m[0]) || FAR_BELOW.test(text) || BRAND_NAMED.test(text) || /授权|官方|正品|专柜|logo|吊牌|防尘袋|小票|盒子/.test(text.replace(m[0], '')),
  );
}

/** Reports the first match of a copy frame that stands: not cleared by the context both frames share
 *  (a refusal or a fact just before, another party's goods or a warning, the genuine claim, a
 *  simulated thing, a sample, a recipe, the shop's own design, a condition before, a refund promise
 *  after) and kept by the frame's own test. Through scan() like the other patterns: a one-off check
 *  runs a frame only where the build's gate lets a match start (check 你好 never compiles its source),
 *  and a bulk check only at prepareScans' candidates instead of every unit. */
function reportFirstCopy(
  pattern: RegExp,
  text: string,
  report: Report,
  stands: (m: RegExpExecArray, sentence: string) => boolean,
): boolean {
  let reported = false;
  scan(pattern, text, (m) => {
    if (reported) return;
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceAround(text, start, end, 40);
    const before = clauseBefore(text, start, 10);
    if (NOT_OURS_BEFORE.test(before) || FACT_BEFORE.test(before) || OTHERS_OR_WARNING.test(sentence) || GENUINE_CLAIM.test(sentence)) return;
    if (SIMULATED.test(sentence) || SAMPLE.test(sentence) || NOT_GOODS_REPLICA.test(sentence) || OWN_DESIGN.test(sentence)) return;
    if (CONDITION_BEFORE.test(clauseBefore(text, start, 14)) || REFUND_AFTER.test(text.slice(end, end + 14))) return;
    if (!stands(m, sentence)) return;
    report({ start, end, messageId: 'fake', suggestion: '' });
    reported = true;
  });
  return reported;
}

/** Counterfeit said by meaning only, as one frame: the shop's goods set beside the brand's original
 *  (正品, 大牌, 专柜, 柜台, 原厂, 正版, a masked brand) as the same thing — made after it or the same as it
 *  (按大牌的样子做, 和柜台的没两样), out of the same mould, factory, line or batch of material as it,
 *  not told apart at the counter, sold to whoever cannot afford the original, cheaper by just the
 *  brand's name, or the brand left to a knowing wink. No trade word is needed; the refusals, the
 *  buyer's question, the genuine claim and the shop's own design clear it as in COPY_ADMITTED. */
const ORIGINAL_THING = '(?:\\uE000+|大牌|正品|原版|原厂|专柜|柜台|正版|真货|真品|那个牌子)';
export const SAME_AS_ORIGINAL = new RegExp(
  `(?:跟|和|与|同|按|照着?|按照|比照)(?:买|用)?(?:那个|那家|那款|某个?)?${ORIGINAL_THING}[^,.!?;。不没]{0,12}?(?:一样|一模一样|没两样|同一|做的|一致)` +
    `|同一(?:套|副|个|条|家|批)(?:模具|工厂|厂|流水线|生产线|面料|皮料)|同版型同面料|同(?:模具|工厂)出` +
    `|(?:柜台|专柜|柜姐)[^,.!?;。]{0,8}?(?:(?:不一定|未必|都不|也不|不)(?:能|会)?(?:认|看|分)(?:得)?出|认不出|看不出|分不出)` +
    `|买不起(?:正品|大牌|专柜|\\uE000+)|少了?(?:个|一个)?(?:牌子|品牌|logo|标)(?:的)?钱` +
    `|真假(?:您|你)?自己(?:判断|分辨|看)|只负责(?:做到)?像` +
    `|(?:懂行|识货|内行)的?(?:人)?一看就(?:懂|知道)(?:是)?(?:哪|什么|啥)|(?:字母|logo|五金|版型|标)[^,.!?;。]{0,6}?(?:您|你)?一看就(?:懂|知道)|是哪家的版` +
    `|(?:${ORIGINAL_THING}|奢侈品?牌子?)[^.!?;。]{0,16}?(?:我们|我家|咱家)(?:这|的)?[^.!?;。]{0,10}?(?:一模一样|同版型|同面料|没两样|一比一|1比1|还原)` +
    `|(?:和|跟|与)(?:正品|专柜|原版|原厂)[^,.!?;。]{0,6}?(?:一毫米都不差|分毫不差|丝毫不差|不差分毫)` +
    `|(?:按|当|当作|当成)(?:新机|全新|新品)(?:给(?:你|您))?(?:发|卖|出)`,
  'g',
);
/** The buyer's question repeated, a review request quoting the words, or the fakes denied. */
const ASKED_OR_QUOTED = /(?:您|你)(?:说|问)|有(?:姐妹|宝子|人|顾客|客人)问|是不是|吗|么|\?|评价|晒单|写一句|不清楚|不这么|不宣传/;
/** Same factory, line or batch need the brand's original in the text (同一个工厂出的冻干 names none). */
const SAME_SOURCE = /^同/;
const BRAND_IN_TEXT = /\uE000|大牌|正品|专柜|柜台|品牌|牌子|原厂|正版|官方/;
function reportSameAsOriginal(text: string, report: Report): boolean {
  return reportFirstCopy(SAME_AS_ORIGINAL, text, report, (m, sentence) => {
    if (ASKED_OR_QUOTED.test(sentence) || /授权(?:的)?(?:经销|代理|店|专卖)/.test(text)) return false;
    if (SAME_SOURCE.test(m[0]) && !BRAND_IN_TEXT.test(text.replace(m[0], ''))) return false;
    return !/^(?:按|当)(?:作|成)?(?:新机|全新|新品)/.test(m[0]) || /翻新|二手|旧|拆机|返修/.test(text);
  });
}

export default defineTextRule({
  id: 'counterfeit',
  severity: 'error',
  description: {
    zh: '售卖或描述假冒商品（高仿、A货、复刻、原单、1:1、莆田货、超A、纯原、公司级等，含拼音和变体）',
    en: 'Sells or describes fakes (高仿, A货, 复刻, 原单, 1:1, 莆田货, 超A, 纯原, 公司级 … pinyin and variants included)',
  },
  protects: {
    zh: '平台禁止售卖假冒、高仿商品；《商标法》第五十七条：销售侵犯注册商标专用权的商品属侵权',
    en: 'The platform bans counterfeit goods; Trademark Law Art. 57: selling goods that infringe a registered trademark is infringement',
  },
  messages: {
    fake: {
      zh: '疑似售卖假冒/高仿商品「{{quote}}」，平台禁售假冒商品，可能被处罚或封店',
      en: 'Looks like selling counterfeit goods "{{quote}}"; the platform bans fakes and may penalise or close the shop',
    },
  },
  check(normalized, report) {
    const text = maskBrands(normalized.text);
    let reported = false;
    const visit = (m: RegExpExecArray): boolean | void => {
      const g = m.groups!;
      const start = m.index;
      const end = start + m[0].length;
      // 经过验货 holds 过验: a two-character list word across a word boundary is not there, and
      // the scan reads the positions inside it again (see LexiconScanner.scan).
      if (listWordCrosses(text, start, end)) return false;
      const before = clauseBefore(text, start, 10);
      if (NOT_OURS_BEFORE.test(before) || OTHERS_BEFORE.test(clauseBefore(text, start, 20)) || NOT_OURS_AFTER.test(clauseAfter(text, end, 14))) return;
      if (DENIED_AFTER.test(text.slice(end, end + 8)) || LISTED_AFTER_REFUSAL.test(clauseBefore(text, start, 20))) return;
      const sentence = sentenceAround(text, start, end, 40);
      if (SOME_GOODS_BEFORE.test(before) && !OWN_GOODS.test(sentence)) return;
      // 验出是山寨机的话，无法回收: the goods' being fake is the condition the desk refuses under.
      if ((CONDITION_BEFORE.test(clauseBefore(text, start, 14)) || /^[^,.!?;。]{0,4}?的话/.test(text.slice(end, end + 8))) && REFUSE_TAKE.test(text.slice(end, sentenceEnd(text, end, 30)))) return;
      // 故障机、山寨机等寄回运费由用户承担: a recycling or repair desk listing the kinds of device a
      // buyer may send in, next to broken or scrapped ones — terms of the service, not goods on sale.
      if (TAKEN_IN_LISTED.test(text.slice(Math.max(0, start - 10), end + 10)) && DESK_TERMS.test(sentence)) return;
      // 把原单拍照发我, 发票原单随货退回: the buyer's paper, not the trade's 原单 — unless the sentence
      // tells the goods' origin, names the genuine article or a mark of a copy.
      if (g.original !== undefined && m[0].endsWith('单') && (DOCUMENT_BEFORE.test(before) || DOCUMENT_AFTER.test(text.slice(end, end + 8))) && !ORIGINAL_GOODS_AFTER.test(text.slice(end, end + 4)) && !ORIGIN_STORY.test(sentence) && !GENUINE_REF.test(sentence) && !FAKE_MARKER.test(sentence) && !SAME_CLAIM.test(sentence)) return;
      if (g.agrade !== undefined && m[0].endsWith('版') && !GENUINE_REF.test(sentence)) return;
      // 仿X的: a copy only where the sentence names the original it copies.
      if (g.imitation !== undefined && /^仿[\u4e00-\u9fff]{2,5}的$/.test(m[0]) && !COPIED_ORIGINAL.test(sentence)) return;
      // 翡翠A货 is the jade trade's grade for untreated natural jade, not a fake.
      if (g.agrade !== undefined && /^a/.test(m[0]) && JADE.test(sentence)) return;
      // 上身超A的 / 真的超A: fashion slang for striking (A = 攻气, sharp), said of how it looks.
      if (g.agrade !== undefined && /a$/.test(m[0]) && /(?:上身|穿上|穿着|看着|显得|气场|真的?|好|也太|太|很|超级)$/.test(before) && !GENUINE_REF.test(sentence)) return;
      // 上身超A, 穿上超A的: fashion slang for a sharp, confident look — unless the sentence names
      // the genuine article the goods would copy.
      if (g.agrade !== undefined && !/货|huo/.test(m[0]) && LOOK_BEFORE.test(before) && !GENUINE_REF.test(sentence)) return;
      // 正品级/原厂级/真标 name the genuine article themselves; 顶配版/高货 need it in the sentence.
      if (g.tier !== undefined && !/^(?:正品级|原厂级|专柜级|真标|代购级|代购版|代购品质)$/.test(m[0]) && !GENUINE_REF.test(sentence) && !otherTradeWord(sentence, m[0])) return;
      // 如果这是假的，假一赔十: a condition, not the shop saying its goods are fake.
      if (g.imitation !== undefined && /假|冒/.test(m[0]) && (CONDITION_BEFORE.test(before) || REFUND_AFTER.test(text.slice(end, end + 14)))) return;
      if (g.original !== undefined && m[0].startsWith('工厂') && !GENUINE_REF.test(sentence)) return;
      if (g.original !== undefined && m[0].endsWith('单') && ORDER_CONTEXT.test(sentence) && !ORIGIN_STORY.test(sentence) && !GENUINE_REF.test(sentence) && !FAKE_MARKER.test(sentence) && !SAME_CLAIM.test(sentence)) return;
      // Replica is also the name of Maison Margiela's perfume line.
      if (g.replica !== undefined && m[0].startsWith('replica') && REPLICA_PERFUME.test(sentence)) return;
      // 副刻, 付刻: 复 by sound, a copy only with a brand or the genuine article named.
      if (g.replica !== undefined && /^[\u4e00-\u9fff]刻$/.test(m[0]) && m[0] !== '复刻' && !GENUINE_REF.test(sentence.replace(m[0], ''))) return;
      if (g.replica !== undefined) {
        // A brand's own re-issue or a recreated recipe, unless the sentence also copies a brand.
        // 复刻香奈儿CF: a brand named right after is the copied original, unless the brand itself
        // is said to re-issue it (官方, 授权).
        // 非官方, 没有授权: the official words denied say the opposite of an official re-issue.
        const stated = sentence.replace(NOT_OFFICIAL, '');
        const copiesBrand = /^(?:的|了|版|款|一款|一个)?\uE000/.test(text.slice(end, end + 4)) && !/官方|品牌方|授权|原厂/.test(stated);
        // In the brand's own re-issue, 原版 is the first release it re-issues (和原版设计一样).
        const official = OFFICIAL_REISSUE.test(stated);
        if (!copiesBrand && (official || NOT_GOODS_REPLICA.test(clauseAfter(text, end, 10) + before)) && !FAKE_MARKER.test(official ? sentence.replace(/原版/g, '') : sentence)) return;
      }
      // 壹比壹 is written in the formal numerals only to slip past filters: no ratio is written so.
      if (g.onetoone !== undefined && m[0] !== '壹比壹') {
        if (RATIO_AROUND.test(text.slice(end, end + 6)) || RATIO_BEFORE.test(before)) return;
        // 1:1真题模拟, 1:1还原考场: a simulation of an exam or a scene, not goods copying a brand.
        if (SIMULATION_AFTER.test(clauseAfter(text, end, 8)) && !BRAND.test(sentence) && !/专柜|正品|原版|大牌|真货|真品|logo/.test(sentence)) return;
        if (!GENUINE_REF.test(sentence) && !/做|版|复|仿|实拍|对版|还原/.test(clauseAfter(text, end, 6))) return;
      }
      // 莆田的 alone (the goods are from Putian): a copy where the sentence is about shoes or a brand.
      // 莆田那边出的 likewise: made over there, a copy only where the sentence is about shoes or a brand.
      if (g.putian !== undefined && /(?:田|tian)(?:那边|这边|那里|本地)?(?:出|产|做|来|过来|出来|工厂)?的$/.test(m[0]) && !SHOE_TALK.test(sentence) && !GENUINE_REF.test(sentence)) return;
      // 莆田直发: shipped from Putian is the replica trade's origin only for shoes or a brand.
      // Another of the trade's grade words (纯原 pt直发) names the replica trade as much as shoes do.
      if (g.putian !== undefined && /(?:直发|直邮|发货|发出|货源|产地|仓|出品|工艺|做工)$/.test(m[0]) && !SHOE_TALK.test(sentence) && !GENUINE_REF.test(sentence) && !otherTradeWord(sentence, m[0])) return;
      // 非柜: not from the counter is a fake only with a brand or the genuine article named.
      if (g.notgenuine !== undefined && /柜/.test(m[0]) && !GENUINE_REF.test(sentence.replace(m[0], ''))) return;
      // 高防/高纺/高倣: a sound-alike of 高仿 only before goods, or with a brand or the genuine article.
      if (g.soundalike !== undefined && !/^(?:的)?(?:货|包|鞋|表|手表|款式)/.test(text.slice(end, end + 3)) && !GENUINE_REF.test(sentence)) return;
      if (g.lookalike !== undefined && GENUINE_CLAIM.test(sentence)) return;
      // 和原版配方一模一样: a recipe or a taste recreated, not goods copying a brand.
      if (g.lookalike !== undefined && NOT_GOODS_REPLICA.test(m[0]) && !BRAND_NAMED.test(sentence)) return;
      // 影印版: an unlicensed copy only of a book or its genuine edition.
      if (g.piracy !== undefined && /印/.test(m[0]) && (!(BOOK_TALK.test(sentence.replace(m[0], '')) || (/^(?:影印|翻印|盗印)/.test(m[0]) && PRINT_TALK.test(sentence.replace(m[0], '')))) || LICENSED.test(sentence))) return;
      // 如果是盗版，假一赔十: a condition with a refund promise, not the shop's goods.
      if (g.piracy !== undefined && (CONDITION_BEFORE.test(before) || REFUND_AFTER.test(text.slice(end, end + 14)))) return;
      // 懂的都懂 / 没吊牌所以便宜: a wink at a fake only with a brand named and nothing vouching for it.
      // The counter named (不是从专柜出来的，您懂我意思吧) is the genuine article the wink is about.
      // Goods tied to the genuine article's maker (原厂出来的，没有吊牌和小票) are winked at as much as a named brand.
      if (g.wink !== undefined && (!(BRAND_NAMED.test(sentence) || GENUINE_REF.test(sentence) || (TIED_TO_GENUINE.test(sentence.replace(m[0], '')) && !OWN_BRAND.test(sentence))) || GENUINE_CLAIM.test(sentence))) return;
      // 无盒无票: a resold genuine item has often lost its box and receipt (自用闲置, 二手).
      if (g.wink !== undefined && /^(?:无|没|不带|剪)/.test(m[0]) && SECOND_HAND.test(sentence)) return;
      if (g.kit !== undefined && ((/logo|标志|商标/.test(m[0]) && INSPIRED.test(sentence)) || (/证书|卡/.test(m[0]) && JADE.test(sentence)))) return;
      // 标是自己贴的: a logo, label or tag added by the seller copies a brand only where the sentence
      // names it or the genuine article (T恤可以自己印logo is a custom print); a security mark
      // (防伪码, 钢印, 鞋标) made by the seller is forged whatever the sentence says.
      if (g.kit !== undefined && SELF_ADDED.test(text.slice(Math.max(0, start - 8), end)) && !/防伪|钢印|鞋标|证书|小票|发票|卡/.test(m[0]) && !GENUINE_REF.test(sentence.replace(m[0], ''))) return;
      // 弹窗定位都有: the original's features claimed by a clone, only with the original named.
      if (g.lookalike !== undefined && /^(?:弹窗|定位|改名|查找|空间音频|入耳检测)/.test(m[0]) && !BRAND.test(sentence) && !/苹果|原装|正品|专柜/.test(sentence)) return;
      // 正品 as the full-size product a sample or gift is likened to (小样和正品一样).
      if (g.lookalike !== undefined && /^(?:和|跟|与|同)/.test(m[0]) && SAMPLE.test(sentence)) return;
      // 价格和官网一样, 尺码跟专柜一致: a price, size or colour likened, which is a fact about the goods.
      if (g.lookalike !== undefined && /^(?:和|跟|与|同)/.test(m[0]) && FACT_BEFORE.test(before)) return;
      // 非官方的，但质量超好: not the official or genuine edition, excused by quality, sameness, price or
      // a fake trade's disclaimer; without such a second part it is a description (不是官方联名，是我们
      // 自己设计的) or a warranty notice.
      if (g.admitted !== undefined) {
        const rest = text.slice(end, Math.min(text.length, end + 40));
        if (!ADMITTED_EXCUSE.test(rest) || OWN_DESIGN.test(sentence) || /购买|买的|保修|售后|维修/.test(sentence) || GENUINE_CLAIM.test(sentence)) return;
        if (CONDITION_BEFORE.test(before) || REFUND_AFTER.test(text.slice(end, end + 14))) return;
      }
      // Passing as genuine: a simulated thing sold on looking real, the shop vouching for genuine goods,
      // other shops' fakes or the buyer's worry are not a copy offered; the weak shapes want a brand,
      // the genuine article (or, for others taking it for real, a brand's kind of goods) in the sentence.
      if (g.passoff !== undefined) {
        // (同事都以为是正品 holds 是正品: the claim is the others' belief, so the match is left out.)
        if (SIMULATED.test(sentence) || GENUINE_CLAIM.test(sentence.replace(m[0], '')) || OTHERS_OR_WARNING.test(sentence)) return;
        if (/(?:看不出|认不出|分不出|发现不了|不会)/.test(m[0]) && WORRY.test(clauseBefore(text, start, 10) + clauseAfter(text, end, 6))) return;
        const rest = sentence.replace(m[0], '');
        // …or the sentence itself admits the goods are not genuine or winks (假的，但跟真的没区别，你懂的).
        const named = BRAND_NAMED.test(rest) || GENUINE_REF.test(rest) || /假的|假货|不保真|你懂|懂的|懂我/.test(rest);
        if (PASSOFF_WEAK.test(m[0]) && !named && !(/以为|当成|当作|当是|认为|觉得/.test(m[0]) && BRAND_GOODS.test(sentence))) return;
      }
      // …or a named brand is sold at that fraction (Dior…专柜十分之一).
      if (g.fraction !== undefined && !SAME_AS_GENUINE.test(sentence) && !BRAND.test(sentence)) return;
      // Nobody can tell / a factory code / rep: only where the sentence names the genuine article.
      if ((g.lookalike !== undefined && /^(?:没人|别人|谁|路人|朋友|表友|鞋友)/.test(m[0])) || (g.repcode !== undefined && !m[0].startsWith('华强北'))) {
        // D版 is 盗版 in its initial: a piracy of a book, a disc or a game.
        const piracyCode = g.repcode !== undefined && m[0] === 'd版' && (BOOK_TALK.test(sentence) || DISC_TALK.test(sentence));
        // rep graded (顶级rep, top rep, rep级别): the grade of a replica is itself the admission.
        const gradedRep = g.repcode !== undefined && GRADED_REP.test(m[0]);
        if (!gradedRep && !GENUINE_REF.test(sentence) && !NOT_GUARANTEED_GENUINE.test(sentence) && !(g.repcode !== undefined && otherTradeWord(sentence, m[0])) && !piracyCode) return;
      }
      // 非官方渠道: a fake only with a brand named; a warranty notice (非官方渠道购买的不保修) is not.
      if (g.notgenuine !== undefined && /官方/.test(m[0]) && (!GENUINE_REF.test(sentence.replace(m[0], '')) || /购买|买的|保修|售后|维修/.test(sentence))) return;
      if (g.notgenuine !== undefined) {
        // (不敢保证正品 holds 保证正品: the shop's own words are left out of the vouching test.)
        if (CONDITION_BEFORE.test(before) || REFUND_AFTER.test(text.slice(end, end + 14)) || GENUINE_CLAIM.test(sentence.replace(m[0], ''))) return;
        // 平替款，不是正品: an alternative of the shop's own, honestly told apart from the brand.
        if (/平替|替代款|自有品牌|原创品牌|国产品牌|自己的品牌/.test(sentence) && !GENUINE_REF_WORDS.test(sentence.replace(/不是正品|非正品|正品/g, ''))) return;
      }
      if (g.sourced !== undefined) {
        // Same factory, material or grade as the genuine article: a copy only where the rest of
        // the sentence names that article and does not vouch for the goods being it.
        const rest = sentence.replace(m[0], '');
        // 原版皮/原版五金 names the original itself.
        if ((!m[0].startsWith('原版') && !GENUINE_REF.test(rest)) || GENUINE_CLAIM.test(sentence)) return;
        if (m[0] === '平替' && !SAME_CLAIM.test(rest)) return;
      }
      if (g.provenance !== undefined) {
        // Words another group of the lexicon holds inside the span were that group's to judge (and
        // perhaps to clear) in the first pass: the frame only adds what no word of the trade says.
        if (OTHER_GROUPS.test(m[0])) return;
        // The shop vouching for genuine goods, its own brand or design, or second-hand goods: the
        // provenance is told, not a copy admitted.
        if (GENUINE_CLAIM.test(sentence) || OWN_DESIGN.test(sentence) || OWN_BRAND.test(sentence) || SECOND_HAND.test(sentence) || OTHERS_OR_WARNING.test(sentence)) return;
        // Goods without tag or box: a copy only when the sentence ties them to the genuine article.
        if (UNMARKED.test(m[0]) && !TIED_TO_GENUINE.test(sentence.replace(m[0], ''))) return;
      }
      // 假的，但看着挺真: a lifelike thing (仿真绿植, a wig) admitted fake is sold honestly on looking real.
      if (g.imitation !== undefined && /^(?:假货|假的|山寨货|山寨的|山寨|仿货|仿品)$/.test(m[0]) && !/[\u4e00-\u9fff]/.test(text.charAt(start - 1)) && SIMULATED.test(sentence)) return;
      // 仿得很逼真: said of a lifelike thing (仿真花) it praises the craft.
      if (g.imitation !== undefined && m[0].startsWith('仿得') && SIMULATED.test(sentence)) return;
      // 仿制品: a made copy is a counterfeit of a brand or the genuine article, a craft of a relic.
      if (g.imitation !== undefined && /^仿[制造]品$/.test(m[0])) {
        const rest = sentence.replace(m[0], '');
        if (!BRAND_NAMED.test(rest) && !GENUINE_REF_WORDS.test(rest) && !COPY_OF_BRAND.test(rest)) return;
      }
      // The brand's mark on goods the sentence marks as not the brand's (同款, G家, 无授权); the buyer's
      // own logo printed to order names no brand, and a shop vouching for genuine goods is cleared.
      if (g.brandmark !== undefined) {
        if (!BRAND_NAMED.test(sentence) || !NOT_THE_BRANDS.test(sentence.replace(m[0], '')) || GENUINE_CLAIM.test(sentence) || INSPIRED.test(sentence) || OWN_BRAND.test(sentence)) return;
      }
      // Goods seized by customs sold on (海关扣下的包): not a parcel held at customs clearance.
      if (g.provenance !== undefined && m[0].startsWith('海关') && /包裹|快递|清关|身份证|申报|退运|单号|物流|件/.test(sentence)) return;
      // 完美还原大牌妆容: a look, a taste or a recipe recreated, not goods copying a brand.
      if (g.provenance !== undefined && /还原/.test(m[0]) && NOT_GOODS_REPLICA.test(clauseAfter(text, end, 8))) return;
      // Used goods sold as new: not where the shop refuses, warns or states a condition.
      if (g.renewed !== undefined && (NOT_SOLD_SO.test(clauseBefore(text, start, 12)) || REFUND_AFTER.test(text.slice(end, end + 14)))) return;
      if (g.piracy !== undefined) {
        // A book photocopied or printed from a PDF: not the shop's own papers (说明书, 合同).
        if (/复印|打印|印刷/.test(m[0]) && OWN_PAPERS.test(sentence)) return;
        // A screen-recorded course: not the shop's own or a licensed one.
        if (/录屏|翻录|转录|网课|付费课/.test(m[0]) && OWN_COURSE.test(sentence)) return;
        // Shared memberships: not the service's own family plan.
        if (/共享|租|借/.test(m[0]) && FAMILY_PLAN.test(sentence)) return;
      }
      // 不保证正品的店千万别买: a warning about other shops.
      if (g.notgenuine !== undefined && WARN_AFTER.test(text.slice(end, end + 16))) return;
      report({ start, end, messageId: 'fake', suggestion: '' });
      reported = true;
    };
    LEXICON.scan(text, visit);
    // A text the trade's words already flagged needs no second finding; otherwise the first
    // provenance claim the context keeps is the finding.
    if (!reported) {
      PROVENANCE.scan(text, (m) => (reported ? undefined : visit(m)));
    }
    if (!reported) reported = reportPriceGap(text, report);
    if (!reported) reported = reportCopyAdmitted(text, report);
    if (!reported) reported = reportSameAsOriginal(text, report);
    // Every luxury name is in the brand set too: a text that names no brand names no luxury goods.
    if (!reported && text !== normalized.text) reportUnderpriced(normalized.text, report);
  },
});
