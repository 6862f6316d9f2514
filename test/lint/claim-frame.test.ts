// The claim frame (src/lint/claim-frame.ts) on its own: topic + assurance + result, each class with
// texts that must be found (and as what) and texts that must not — hedged, conditional, advice, a
// step done, denied, the shop's own range, a question. Our own wording, not corpus sentences.
import { describe, expect, it } from 'vitest';
import { claimFrames, type FrameKind } from '../../src/lint/claim-frame.js';
import { normalize } from '../../src/lint/normalize.js';

function frames(text: string): string[] {
  const n = normalize(text);
  return claimFrames(n.text).map((f) => `${f.kind}:${n.text.slice(f.start, f.end)}`);
}

const FOUND: ReadonlyArray<readonly [string, FrameKind, string]> = [
  // A body problem, a stretch of use or a certainty, and the problem gone or the body changed.
  ['这款艾草贴贴三晚，膝盖的老寒腿就不疼了', 'health', '不疼'],
  ['坚持喝两个月，血脂就降下来了', 'health', '降下来'],
  ['这款祛斑霜保证能淡化色斑', 'health', '保证'],
  ['喝了这个汤，手脚冰凉的毛病直接调过来了', 'health', '直接调过来'],
  ['好多宝妈都反馈，宝宝的湿疹都消了', 'health', '消了'],
  ['这套按摩手法做三次，肩膀酸痛就彻底没了', 'health', '彻底没了'],
  // Weight or girth lost by a figure in a stated time.
  ['喝这款奶昔三周掉七斤', 'health', '三周'],
  // Never again, medicine or a doctor made unnecessary, goods said to beat a treatment.
  ['宝宝吃这款益生菌，便秘再也不会找上门', 'health', '再也不会找上门'],
  ['这台足浴盆泡一个月，降压药都能扔了', 'health', '降压药都能扔'],
  ['孩子近视戴这个眼罩，半年就能摘掉眼镜', 'health', '摘掉眼镜'],
  ['我们的膏药比医院打的针还管用', 'health', '比医院打的针还管用'],
  // Harm ruled out absolutely for a person.
  ['这款婴儿洗衣液宝宝用了一点刺激都没有', 'safety', '刺激'],
  ['这款护肝片天天吃也零负担，孕妇老人都放心', 'safety', '零负担'],
  // A lifetime of use.
  ['这个保温杯用二十年都不会坏', 'durable', '二十年都不会坏'],
  ['这款雨伞怎么折都折不断', 'durable', '怎么折都折不断'],
  ['这口铁锅耐用五十年', 'durable', '耐用五十年'],
  // Better than every rival, no rival better.
  ['这台吸尘器销量比任何一家都好', 'rank', '比任何一家都好'],
  ['逛遍各家也找不到比我们店更划算的', 'rank', '找不到比我们店更划算'],
  ['同价位的吹风机里没有一款比得过它', 'rank', '没有一款比得过'],
  ['这个尺寸的帐篷没有对手', 'rank', '没有对手'],
  // A return on a store of value, promised.
  ['这批老普洱放五年肯定能翻倍', 'returns', '肯定能翻倍'],
  ['投资这个商铺，租金只涨不跌', 'returns', '只涨'],
  ['金条放在家里赔不了', 'returns', '赔不了'],
  // A hazard ruled out for certain, the effect itself vouched for.
  ['这款电暖器绝对不会起火', 'safety', '绝对不会起火'],
  ['这个充电宝我们卖了三年从没出过事', 'safety', '从没出过事'],
  ['这款贴膏保证见效', 'health', '保证见效'],
  ['这支祛痘笔一定管用', 'health', '一定管用'],
  // An authority's name on the goods.
  ['好几位儿科医生都在用我们的湿巾', 'endorse', '医生都在用'],
  ['国家队指定这款护膝', 'endorse', '国家队指定'],
  // An authority said to pick or buy it (部队也在用, 医院都在采购).
  ['好几家月子中心都在采购这款吸奶器', 'endorse', '月子中心都在采购'],
  ['这款行军水壶空军也在用', 'endorse', '空军也在用'],
];

const CLEAN: readonly string[] = [
  // Hedged, conditional or advice.
  '过敏的话先停用，一般两三天就消了',
  '这款精华因人而异，坚持一两个月皮肤会有改善',
  '孩子起了湿疹最好带去医院瞧瞧',
  '如果三天还没消肿，请及时就医',
  // A step done, not a problem healed; no body at all.
  '面膜在脸上敷十五分钟就好了',
  '快递三天就到了，请耐心等待',
  '新鞋子穿两天就不磨脚了',
  '这款衣服洗一次味道就没了',
  // The result denied or not vouched for.
  '我们不能保证三天就能淡化痘印',
  '任何营养品都不敢保证完全零副作用，备孕请先问医生',
  '没有哪一款面霜敢打包票百分百不过敏，先在手腕试一下',
  // A product named by a result word.
  '睡眠改善片每天两片，睡前服用',
  // Harm or smell words that are no safety claim.
  '这款洗衣液没有刺激性气味',
  '质量没有任何问题，放心',
  // Durability with care advice or a question.
  '正常使用的话这口锅用十几年都不会坏',
  '这件羽绒服洗十次都不会跑绒吗？',
  '这盆塑料绿萝不用晒太阳，摆一年也不会坏',
  // The shop's own range, and a comparison that praises no goods.
  '店里没有比这款更便宜的了，您放心选',
  '您问得比谁都细心，谢谢亲',
  // An authority followed, not endorsing.
  '用药的事请听医生的推荐',
  '孕期能不能用请咨询医生',
  // The shop's service.
  '我们的客服一定会帮您处理好',
  // Returns disowned or with their risk notice, a shop offer, taste over time.
  '理财有风险，这套课不保本',
  '金价每天都有波动，不保证升值',
  '积分翻倍活动今天截止',
  '这批茶饼放几年口感会更醇',
  // A fix, a voucher, a validity period, hazard advice.
  '这个方法一定管用，您重启试试',
  '优惠券肯定有效，下单时勾选就行',
  '这个券的有效期是七天',
  '充电时请勿覆盖，以免起火',
  '这款暖手宝不会漏电的，放心',
  // How much to use, a limit stated, a courier or the buyer compared.
  '敏感肌每晚涂一次就好，不用多涂',
  '这瓶去屑露没法彻底根治头皮屑，只能缓解瘙痒',
  '这瓶乳液不是完全无刺激，敏感肌先试',
  '没有哪家物流能超过顺丰，我们只发顺丰',
  '没人比得过你有耐心，谢谢亲',
];

// Urgency (the platforms' 诱导性话术): a deadline or stock + the price going up or the goods gone +
// a push, a countdown in minutes, or a once-only said of a price; and the honest versions — a
// promotion's end stated plainly, a stock count with a condition, a rise denied, a push-free notice.
const URGENT: ReadonlyArray<readonly [string, string]> = [
  ['凌晨零点一过这款电饭煲价格就翻倍，赶紧下单', '翻倍'],
  ['最后三个名额，截止之后学费要涨，别犹豫', '要涨'],
  ['团购价还剩二十分钟，到点就改回原价', '改回原价'],
  ['收纳盒库存不多了，这周过完就下架，喜欢的趁早', '下架'],
  ['羊绒围巾就剩两条，拍完以后永远不补货', '永远不'],
  ['这样的满减力度一年才一回，过了要等到明年', '一年才'],
  ['七折的福利以后不会再有了', '不会再'],
];
const NOT_URGENT: readonly string[] = [
  '店庆活动到本周日二十四点结束，结束后恢复原价',
  '这款抱枕库存还剩三个，您需要可以直接下单',
  '您放心，下个月也不会涨价的',
  '优惠券明晚到期，记得在那之前使用',
  '这个花色已经停产，卖完就没有了，您慢慢挑',
  '直播结束后价格会调整，以商品页面为准',
  '这批台灯卖完了，下批大概要等半个月',
  '库存有限，喜欢的话不要错过',
  '以后再也不会漏发配件了，给您添麻烦了',
];

// The sole seller (独家, 唯一 said in other words) and the crowd testimonial (buyer counts and
// repurchase rates as proof), with their honest versions: own design, stock today, a hedge, a
// denial, a question; a pointer to the reviews, a small count, a complaint reported.
const SOLE_OR_CROWD: ReadonlyArray<readonly [string, FrameKind, string]> = [
  ['这种冷榨工艺只有我们家会做', 'sole', '只有我们家会做'],
  ['这个香调全国就咱家一家在做', 'sole', '就咱家一家在做'],
  ['这种刺绣外面根本学不来', 'sole', '外面根本学不来'],
  ['这个茶园的头采别家都拿不到', 'sole', '别家都拿不到'],
  ['两万多个家庭都在喝我们的豆浆', 'crowd', '家庭都在喝'],
  ['这款洗发水复购率超过85%', 'crowd', '复购率超过85%'],
  ['好几千位考生都选了这套题库', 'crowd', '考生都选了'],
];
const NOT_SOLE_OR_CROWD: readonly string[] = [
  '花纹由我们自己设计，只有我们家有',
  '也不是只有我们有，其他店铺也有卖',
  '这个颜色暂时只有我们家有现货',
  '这种老款别处可能已经买不到了',
  '这个款式只有你们家有吗？',
  '这款上架以来卖了三千多件，评价区都能看到',
  '有两位顾客反馈颜色偏深，实物以图为准',
  '欢迎学校和医院采购，量大可以开票',
];

// Learning results promised (《广告法》第二十四条) and returns on a purchase, with effort asked of the
// buyer, a hedge, a denial or a question as the honest versions.
const LEARNING_OR_RETURNS: ReadonlyArray<readonly [string, FrameKind, string]> = [
  ['报这期托福冲刺班，六周就能听懂原声电影', 'learning', '听懂'],
  ['这本错题集刷完，物理起码提十五分', 'learning', '提十五分'],
  ['跟着学完驾考题库，科一稳过', 'learning', '稳过'],
  ['我们这几位主讲以前是阅卷组出来的，考研课报我们没错', 'learning', '阅卷组出来的'],
  ['这批限量球鞋囤着，倒手就能翻倍', 'returns', '倒手就能翻倍'],
  ['这套邮册现在拿下只会赚', 'returns', '只会赚'],
];
const NOT_LEARNING_OR_RETURNS: readonly string[] = [
  '网课坚持跟下来的话，听力会有进步，主要看个人',
  '这本习题册能帮助孩子熟悉题型',
  '考不考得过我们没法保证，会认真答疑',
  '跟着这套课多久能学会游泳呢？',
  '这位主讲老师普通话很标准，讲得也流利',
  '这双鞋买了只会后悔没早点入手',
];

// The rival frame (最/第一 and 贬低同行 said without the word): nobody better in a whole market, the
// rivals losing to the shop, a lead by a measure, the dare with a forfeit, who-else — and the honest
// versions: the shop below a rival, a rival cheaper, the shop's own range, a buyer's question, a fix.
const RIVAL: ReadonlyArray<readonly [string, string]> = [
  ['这款羽绒服在同价位里找不到比它更保暖的', '找不到比它更保暖'],
  ['论续航，整个市场里没有哪款比得过咱家这台', '没有哪款比得过'],
  ['全平台挑不出更结实的行李箱', '挑不出更结实的'],
  ['同类电动牙刷里销量比咱家高的，一家都没有', '一家都没有'],
  ['其他牌子跟咱家放在一起，一看就差一个档次', '差一个档次'],
  ['我们家电池比同行耐用了整整三倍', '三倍'],
  ['看到比我们便宜的尽管发来，我们直接退差价', '比我们便宜的尽管发来'],
  ['您找到更实惠的，差价我们双倍补', '差价'],
  ['同档次里还有哪家能比？', '还有哪家能比'],
  ['别家的都比我们贵，您放心拍', '别家的都比我们贵'],
];
const NOT_RIVAL: readonly string[] = [
  '我们跟大牌没法比，胜在价格实在',
  '别家有比我们便宜的，用料不太一样，您可以对比下',
  '同行比我们便宜一点，但我们是现货',
  '我们比同行晚了两天上新，抱歉',
  '店里没有比这更大的码了',
  '行业里的标准是这样的，没有更好的办法',
  '全网找不出第二家我们这种做法的吗？',
  '还有谁能帮您处理一下，我问问同事',
  '这款羽绒服同价位里可能找不到比它更保暖的，不过看个人需求',
];

// The nobody-complained testimonial: a single complaint denied, a whole class passing, nearly all of
// a round number, whoever buys praising — and a question, a condition, a complaint reported, a
// courier, and 差评也没关系.
const NOBODY: ReadonlyArray<readonly [string, string]> = [
  ['这款保温杯上架五年了，没有一位买家说不好用', '没有一位买家说不好'],
  ['开店到现在从来没有人退过货', '从来没有人退过货'],
  ['我们家学员一个都没挂过', '一个都没挂'],
  ['这双鞋一条差评都没有', '差评都没有'],
  ['谁吃谁说香，回购率很高', '谁吃谁说香'],
  ['一百个宝妈里有九十九个都说好', '九十九个都说好'],
];
const NOT_NOBODY: readonly string[] = [
  '没有一个人给过差评吗？',
  '如果有一个说不好，我们全额退',
  '目前还没有收到差评，欢迎您反馈',
  '没有一个快递员说不好找',
  '差评也没事，您有问题直接说',
  '有一个顾客说不好用，后来发现是用法不对',
];

// Urgency said as the cost of waiting (今晚不买明天多花), a price that can only rise, a countdown in
// minutes, a once-only with the price after it.
const URGENT_MORE: ReadonlyArray<readonly [string, string]> = [
  ['这周不订，下周就得多付八十，别等了', '多付'],
  ['现在不入手后面只会更贵', '只会更贵'],
  ['团购价二十分钟后就恢复原价，抓紧', '恢复原价'],
  ['这轮活动结束以后再也不会开这种价', '再也'],
];
const NOT_URGENT_MORE: readonly string[] = [
  '今天不方便下单的话，明天拍价格也一样',
  '活动结束后恢复原价，具体以页面为准',
  '这个价肯定贵一些，因为是真丝的',
];

// The absolute-result frames: every problem solved, a pest removed to nothing, the same as a
// treatment or breast milk, an authority's use, an award, sun kept off, a yield or a loss made good —
// and the honest versions: the service solving problems, most of a pest, a price or a shape
// compared, an award denied or sourced, advice on sun, a courier's loss.
const RESULT: ReadonlyArray<readonly [string, FrameKind, string]> = [
  ['痛风、高血压、糖尿病，喝这个都能调好', 'health', '都能调好'],
  ['不管多顽固的油污，这瓶都能洗掉', 'health', '都能洗掉'],
  ['这款空气净化器能把甲醛去得一干二净', 'health', '一干二净'],
  ['这款祛痘膏跟皮肤科开的药膏效果一样', 'health', '效果一样'],
  ['这款紫砂壶拿过国际金奖', 'rank', '金奖'],
  ['这款防晒喷雾暴晒一天也不会晒黑', 'health', '不会晒黑'],
  ['这款果苗一亩地保底产三千斤', 'returns', '保底'],
  ['本金亏了我们全额补给您', 'returns', '全额补'],
  ['市政府的食堂里用的就是我们这款菜籽油', 'endorse', '用的就是'],
  ['用了它，抽屉里别的面膜都可以扔了', 'rank', '都可以扔了'],
  ['小猫的肾衰吃这款能逆转', 'health', '逆转'],
];
const NOT_RESULT: readonly string[] = [
  '不管什么问题，我们都会帮您解决的',
  '不管您是什么肤质，都可以先试用小样',
  '这款除螨仪能吸走大部分螨虫，建议每周用一次',
  '这个奶粉的配方跟母乳比较接近，但不能替代母乳',
  '这个瓶子的形状跟母乳喂养差不多，宝宝容易接受',
  '这个药膏跟医院开的药价格差不多',
  '我们参加过比赛，但没拿过金奖',
  '防晒要及时补涂，不然还是会晒黑',
  '快递丢了我们全额赔',
  '亏了的话我们没办法承担，投资有风险',
  '其他配件都可以扔了，用不到',
];

// More of the same frames in other shapes: the rival named between (没有哪个品牌的…能比咱家),
// 没见过第二家, 不可能有比它更…的, rivals copying the shop, a rival worthless beside it, N times the
// market's, none of them beats it, nowhere else has the price; pests dead, watertight, safe to put in
// the mouth, supplied only to an authority, a return as safe as a deposit, a hundred washes.
const MORE: ReadonlyArray<readonly [string, FrameKind, string]> = [
  ['论静音，放眼整个市场，没有哪个牌子的风扇能比咱家安静', 'rank', '能比'],
  ['这套碗同价位里我还没见过第二家', 'rank', '第二家'],
  ['这批茶叶放眼全国，不可能有比它更香的了', 'rank', '更香'],
  ['同行里我们算领头的，别家都在照着我们做', 'rank', '照着我们做'],
  ['别人家的吸奶器一比就是渣', 'rank', '一比就是渣'],
  ['这款拖把的吸水量是市面同类产品的两倍', 'rank', '两倍'],
  ['这款手机壳戴上，哪一款都比不过它', 'rank', '比不过它'],
  ['这个价在别的任何平台都拿不到', 'rank', '拿不到'],
  ['这个除虫喷雾喷一次，跳蚤臭虫全死光', 'health', '全死光'],
  ['这款帐篷一滴雨都漏不进来', 'durable', '漏不进来'],
  ['这款奶瓶安全到宝宝咬着玩都没事', 'health', '都没事'],
  ['这款腊肠只供给部委招待所', 'endorse', '部委'],
  ['放心投，这份回报和银行定期一样稳', 'returns', '一样稳'],
  ['这双袜子机洗上百次也不会起球', 'durable', '起球'],
  ['这次车厘子卖完以后都不做了，想要的抓紧', 'urgency', '不做了'],
];
const NOT_MORE: readonly string[] = [
  '这件冲锋衣同价位里可能没见过第二家这么轻的，您可以对比',
  '别人家的也很好，看您喜好',
  '这个价格在别的平台也买不到吗？',
  '我们存的是定期，所以退款要等几天',
  '这批货卖完以后都不做了，您慢慢挑',
];


// The pledge frames and the wider classes of session 11: a body figure lost in a stated time, a
// price at the floor of a market, a dare on a failed result, a first since launch, money never lost,
// the rivals lacking it, a leader of the field, a lifetime in years, a rise by a figure, a countdown
// shouted before the push, an authority stocking it at home. Our own wording.
const PLEDGE: ReadonlyArray<readonly [string, FrameKind, string]> = [
  ['这款轻食粉当晚饭吃，两周掉秤六斤', 'health', '掉秤六斤'],
  ['燕麦代餐坚持吃一个月，能轻八斤', 'health', '轻八斤'],
  ['护腰带绑着睡一晚，落枕第二天就松快了', 'health', '松快了'],
  ['这款暖宫贴的价格是整个平台的地板价', 'rank', '地板价'],
  ['同品类里这已经是底价了，您放心拍', 'rank', '底价'],
  ['背完这本单词书四级还考不过算我的', 'learning', '考不过算我的'],
  ['这款祛痘凝胶涂一周还冒痘，你回来骂我', 'health', '还冒痘'],
  ['学车挂科？不存在的', 'learning', '挂科?不存在'],
  ['这款空气炸锅开卖以来头一回降到这个价', 'rank', '头一回'],
  ['自打工厂建成，就没有哪家做出过这么薄的机身', 'rank', '没有哪家做出'],
  ['跟着我们的带单老师，一分钱都不会亏', 'returns', '一分钱都不会亏'],
  ['这个炒币方案做了两年，没听说谁亏过', 'returns', '没听说谁亏过'],
  ['跟着这套期货课操作，学员从没赔过钱', 'returns', '从没赔过钱'],
  ['投三千块进来，半年就能回本', 'returns', '半年就能'],
  ['这款充电宝的自动断电功能同行根本没有', 'sole', '同行根本没有'],
  ['整个类目里我们是领头羊', 'rank', '领头羊'],
  ['别家的冻干都是智商税', 'rank', '智商税'],
  ['这把菜刀用三十年还跟新的一样', 'durable', '年还跟新的一样'],
  ['这块外墙砖贴上去二十年都不会发黄', 'durable', '年都不会发黄'],
  ['今天不拍，明天起每盒贵二十', 'urgency', '贵二十'],
  ['还剩五分钟！五分钟！再不付款就没这个价了', 'urgency', '还剩五分钟'],
  ['活动一结束，想再买就得等到年底，抓紧', 'urgency', '就得等'],
  ['好几个儿科护士家里都囤着这款湿巾', 'endorse', '护士家里都囤'],
  ['每天两粒，吃满三个月尿酸稳定在300以下', 'health', '尿酸稳定在300'],
  ['孩子喝满一年，个头窜了9公分', 'health', '个头窜了9'],
  ['这瓶花露水一喷，三秒就不痒了', 'health', '三秒'],
  ['这瓶眼霜全年只有今天这个价', 'urgency', '全年只有'],
  ['这次报名考不过，下期免费重修', 'learning', '考不过'],
  ['用完没什么效果，我把钱全退给你', 'health', '没什么效果'],
  ['这种蜂蜜除了我们家，没人能做出这个味道', 'sole', '除了我们家'],
  ['这笔钱放进去只会多不会少', 'returns', '只会多不会少'],
  ['市里好几家医院的主任都在我们这拿货', 'endorse', '主任都在我们这拿货'],
  ['明天起这款就是原价了，今天不拍就亏了', 'urgency', '就是原价'],
  ['错过这次团购，至少还得等大半年', 'urgency', '还得等'],
  ['这个坐垫在整个类目就属我们家卖得好', 'rank', '就属我们家卖得好'],
  ['同价位的跑鞋里我们是老大哥', 'rank', '老大哥'],
  ['别人都是后来跟着学的，这个版型是我们先做的', 'rank', '后来跟着'],
  ['这种成色的翡翠十年难遇一块', 'rank', '年难遇一块'],
  ['这个寒假班保你一个月拿下数学120分', 'learning', '保'],
  ['这个加盟项目一年赚三十万轻轻松松', 'returns', '赚'],
  ['趁还没涨价，赶紧多囤几箱', 'urgency', '趁还没涨价'],
  ['这款去屑洗发露用完，头皮再也不油了', 'health', '再也不油'],
  ['孩子戴了这副眼镜一年，度数就没再涨过', 'health', '没再涨过'],
  ['在我们之前，国内没人做过这种可折叠的款式', 'rank', '之前'],
  ['这个价马上就要调了，现在拍还来得及', 'urgency', '就要调'],
  ['这个集训营的学员全都上岸了', 'learning', '上岸'],
];
const NOT_PLEDGE: readonly string[] = [
  '这条裤子比上一条轻两斤',
  '亲，这个价格已经是底价了，真的不能再少了',
  '全网统一价，不能再低了哦',
  '别家怎么卖我不清楚，我们这已经是底价了',
  '用了没效果可以来找我，我帮您看看用法',
  '没用完的可以来找我退',
  '还疼的话来找我，给您换一副',
  '开店以来第一次发错货，实在抱歉',
  '上市以来价格一直很稳定',
  '我们不赚您钱的，一分钱都不会亏您',
  '退款一分钱都不会少，原路返回',
  '别家都没有回复您吗',
  '这个尺码别家都没有货了',
  '这种配件其他家也有卖',
  '这款包您终身保修',
  '这款是护士用的挂表',
  '今天拍的话要等到周五才能发',
  '您是今天头一个下单的',
  '体重一百一到一百四的都能穿这个码',
  '放冰箱冷藏半小时口感更好',
  '我们只此一家店，没有分店',
  '这包零食分量只多不少，放心',
  '上次你们教练买了十双',
  '原材料下个月要涨，趁还没涨价我们先按老价给您发',
  '效果不好的话先停用，问问医生',
  '他是我们店的老大，您有事可以找他',
  '十年难遇的大暴雨，快递都延误了',
  '您错过了取件时间，只能再等一天',
  '错过了今天的配送，要等到明天才能送',
  '快递没再丢过，您放心',
  '这个问题我们之前没人遇到过',
  '价格要调整，以页面为准',
  '我们的老师都会耐心教，学会不难',
  '这个坐垫就属这款卖得好吗',
];

describe('claimFrames', () => {
  for (const [text, kind, part] of PLEDGE) {
    it(`finds ${kind} in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith(`${kind}:`) && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_PLEDGE) {
    it(`leaves ${text} clean`, () => {
      expect(frames(text)).toEqual([]);
    });
  }
  for (const [text, kind, part] of MORE) {
    it(`finds ${kind} in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith(`${kind}:`) && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_MORE) {
    it(`leaves ${text} without a frame`, () => {
      expect(frames(text)).toEqual([]);
    });
  }
  for (const [text, kind, part] of RESULT) {
    it(`finds ${kind} in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith(`${kind}:`) && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_RESULT) {
    it(`leaves ${text} without a frame`, () => {
      expect(frames(text)).toEqual([]);
    });
  }
  for (const [text, part] of RIVAL) {
    it(`finds rank in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith('rank:') && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_RIVAL) {
    it(`leaves ${text} without a rank frame`, () => {
      expect(frames(text).filter((f) => f.startsWith('rank:'))).toEqual([]);
    });
  }
  for (const [text, part] of NOBODY) {
    it(`finds crowd in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith('crowd:') && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_NOBODY) {
    it(`leaves ${text} without a crowd frame`, () => {
      expect(frames(text).filter((f) => f.startsWith('crowd:'))).toEqual([]);
    });
  }
  for (const [text, part] of URGENT_MORE) {
    it(`finds urgency in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith('urgency:') && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_URGENT_MORE) {
    it(`leaves ${text} without urgency`, () => {
      expect(frames(text).filter((f) => f.startsWith('urgency:'))).toEqual([]);
    });
  }
  for (const [text, kind, part] of LEARNING_OR_RETURNS) {
    it(`finds ${kind} in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith(`${kind}:`) && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_LEARNING_OR_RETURNS) {
    it(`leaves ${text} without a learning or returns frame`, () => {
      expect(frames(text).filter((f) => /^(?:learning|returns):/.test(f))).toEqual([]);
    });
  }
  for (const [text, kind, part] of SOLE_OR_CROWD) {
    it(`finds ${kind} in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith(`${kind}:`) && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_SOLE_OR_CROWD) {
    it(`leaves ${text} without a sole, crowd or endorse frame`, () => {
      expect(frames(text).filter((f) => /^(?:sole|crowd|endorse):/.test(f))).toEqual([]);
    });
  }
  for (const [text, part] of URGENT) {
    it(`finds urgency in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith('urgency:') && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of NOT_URGENT) {
    it(`leaves ${text} without urgency`, () => {
      expect(frames(text).filter((f) => f.startsWith('urgency:'))).toEqual([]);
    });
  }
  for (const [text, kind, part] of FOUND) {
    it(`finds ${kind} in ${text}`, () => {
      const found = frames(text);
      expect(found.some((f) => f.startsWith(`${kind}:`) && f.includes(part)), found.join(' / ')).toBe(true);
    });
  }
  for (const text of CLEAN) {
    it(`leaves ${text} clean`, () => {
      expect(frames(text)).toEqual([]);
    });
  }
});
