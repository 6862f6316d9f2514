// 《广告法》第九条第三项 bans "国家级""最高级""最佳" and the like; platforms treat them (and false
// promises such as 100%有效, 永久, 错过不再有) as 虚假宣传. The hard part is what is NOT a claim:
// 最近, 最快明天到 (a delivery estimate), 最好提前下单 (advice), 第一次购买 (an ordinal),
// 含棉量100% (a composition). Those are decided by the words around the match.
import { clauseAfter, clauseBefore, sentenceAfter, sentenceAround, sentenceBefore } from '../context.js';
import { defineTextRule } from '../define-rule.js';
import * as lexicon from '../lexicon/absolute-claim.gen.js';
import * as paraphrase from '../lexicon/absolute-claim-paraphrase.gen.js';
import * as sectors from '../lexicon/absolute-claim-sectors.gen.js';
import { lexiconScanner } from '../lexicon/scan.js';
import type { NormalizedText } from '../normalize.js';
import { listWordCrosses } from '../words.js';
import { buyerDoing, efficacyStance, listStance } from '../claim-stance.js';
import { BUYER_ADDRESS, inThingName, namedByNoun, praisesBuyer } from '../names.js';
import { claimFrames, type FrameKind } from '../claim-frame.js';

// The words live in ../lexicon/absolute-claim.yaml (with their sources and specs); this module
// keeps only the context logic per group.
const LEXICON = lexiconScanner(lexicon.pattern, lexicon.groups);
/** The same claims said without the list word (../lexicon/absolute-claim-paraphrase.yaml): a body
 *  problem gone within days, a value that can only rise, a ministry for 国家机关, 头一个 for 首个. */
const PARAPHRASE = lexiconScanner(paraphrase.pattern, paraphrase.groups);
/** A body or skin problem named (the paraphrase lexicon's set, or any …炎/…疹/…癣/…疮). */
const AILMENT = new RegExp(`${paraphrase.sets.ailment}|[\u4e00-\u9fff](?:炎|疹|癣|疮)`);
/** A body part or function named (the paraphrase lexicon's set) — with an ailment, what a stretch
 *  of use must change for 三天就不疼了 to be a health claim. */
const BODY = new RegExp(paraphrase.sets.body);
/** After a health word in its sentence: the shop disclaims it (只是个人感受, 不是功效, 不具有…功效). */
const DISCLAIMED_AFTER = /(?:只是|仅是|仅为|只是个人|纯属)(?:个人)?(?:感受|体验|心理作用|形容|比喻)|(?:不是|并非|不代表|不具有|不具备|没有)(?:任何)?(?:药用|治疗|医疗|保健)?(?:功效|疗效)/;
/** Before an outcome: the result denied or not promised (不能保证, 不一定, 不会马上). */
const NEG_OUTCOME_BEFORE = /(?:不能|不会|无法|没法|没办法|不一定|不保证|不承诺|不可能|很难|难以|并不|并非|不是|未必|别指望)[^,.!?;。]{0,6}$/;
/** A stretch of use at the start of an outcome match (三天…, 第一晚…, 一晚…). */
/** The caveats that turn a time to effect into a usual range (因人而异, 个体差异, 不一定); 一般 alone
 *  does not (一般3天见效 is still the promise). */
const TIME_EFFECT_HEDGE = /因人而异|个体差异|因肤质|因体质|不一定|不保证|不能保证|不敢保证|仅供参考/;
const TIME_FIRST = /^(?:[0-9一二两三四五六七八九十几半俩]+(?:个)?(?:天|周|星期|礼拜|月|晚|夜|小时|分钟|疗程|瓶|罐|贴|袋)|第|当天|当晚|一晚|一夜)/;
/** Hair dye turns hair black by design (染发膏一次就变黑): no health claim. */
const DYE = /染|焗油|遮白|发膏/;
/** An outcome match that opens with a use verb (洗几天就消了) names no problem itself. */
const USE_VERB_FIRST = /^(?:喝|吃|用(?!户)|涂|擦|抹|敷|贴|洗|泡|戴|搽|喷)/;
/** 长/犯 at the end of a no-recurrence match (以后再也不长) need a named problem in the sentence. */
const BARE_RECURRENCE = /(?:长|犯)$/;
/** Advice about a reaction rather than a promise (停用几天就好, 因人而异, 严重请就医). */
const OUTCOME_ADVICE = /试用|先试|停用|停止使用|暂停使用|别用|不要用|不要再用|先停|因人而异|不一定|不能保证|无法保证|不保证|就医|看医生|遵医嘱|去医院看/;
/** Disinfectants (registered with their kill rate) and a cited test report. */
const KILL_RATE_OWN = /消毒液|消毒剂|消毒水|消毒片|消毒湿巾|84|酒精|杀虫剂|除菌液|除菌剂|漂白|次氯酸|检测报告|检验报告|报告/;
/** Sold out or an apology: 有钱也买不到 then regrets, it does not press. */
const SOLD_OUT = /没货|缺货|售罄|卖完了|已经卖完|抱歉|不好意思|对不起/;
/** Goods sold as a store of value: collecting, resale or returns named in the sentence. */
const INVESTMENT = /开店|加盟|点位|股票|炒股|公寓|租金|返租|收藏|升值|增值|收益|回报|转卖|转手|二手|回收|投资|理财|囤|放[0-9一两三几]+年|保值|行情|市场价|邮票|纪念币|钱币|金条|盲盒|限量|隐藏款|茶饼|老茶|普洱|房子|房价|房产|买房|楼盘|地段|学区|商铺|铺面|黄金|金价|金饰|翡翠|玉石|和田玉|藏品|字画|古董|文玩|老酒|茅台|本金|基金|存款|银行|项目/;
/** Gain paraphrases that are an investment promise only for goods sold as a store of value
 *  (放几年肯定涨, 越来越值钱, 亏不了, 还没风险): elsewhere they are prices or chat (原材料肯定会涨). */
const GAIN_NEEDS_INVESTMENT = /^(?:肯定|一定|必定|必然|绝对|稳|准)(?:会|能|要)?(?:涨|值钱)$|越来越|^(?:亏|赔)不了|风险$|^(?:亏|赔|跌)|番$|^(?:每|年年|月月|利息)|回本$|^(?:能|可以|够|就能)换/;
/** A certainty idiom (没跑, 板上钉钉, 打包票, 是包的): a promise only about a result — an exam, a
 *  return, an effect — not the shop's own service (发货妥妥的, 质量问题打包票包换). */
const CERTAINTY_IDIOM = /^(?:没跑|跑不了|板上钉钉|打包票|打保票|十拿九稳|稳稳的|妥妥的|铁定|是包的|包的事|稳了|稳操胜券|手拿把掐)$/;
const RESULT_TOPIC = /效果|见效|有效|瘦|变白|美白|涨分|提分|考|上岸|录取|拿证|升学|上学|小学|中学|重点|名校|升值|翻|赚|回本|收益|回报|治|好转|痊愈|血压|血糖|血脂|尿酸/;
const SERVICE_TOPIC = /发货|物流|快递|售后|服务|包装|到货|送达|质量问题|包换|退换|正品|真假/;
/** The goods taken or used in the sentence (每天喝一勺, 坚持吃): a problem that then goes away by
 *  itself (慢慢就好了) or a child growing taller is claimed as their effect. */
const USED_IN_SENTENCE = /吃|喝|用|涂|抹|敷|贴|泡|戴|坚持|每天|每晚|一勺|一包|一袋|一粒/;
/** A body problem or part named right before its outcome (老胃病慢慢就好了, 颈椎病都能按好). */
const PROBLEM_JUST_BEFORE = new RegExp(`(?:${paraphrase.sets.ailment}|[\u4e00-\u9fff](?:炎|疹|癣|疮|病)|${paraphrase.sets.body})[^,.!?;。]{0,3}$`);
/** A growth figure stated as a fact of children, not as an effect (一年长高5cm很正常). */
const GROWTH_FACT = /正常|一般|平均|可能|大概|鞋|垫/;
/** A visible change within a stated time is an efficacy claim where the goods touch the body. */
const EFFECT_ON_BODY = /敷|面膜|精华|面霜|乳液|护肤|皮肤|肌肤|脸|祛|淡斑|美白|减肥|瘦|吃|喝|保健|调理|身体|头发|发际线|眼霜|痘|斑|纹/;
/** Goods said to be supplied to the seats of the state need a supply word (供给中南海, 国宴用的). */
const SUPPLY = /供|送|专用|吃的|喝的|用的|指定|御用|享用|同款|招待|进贡|采购|特批/;
/** The paraphrase lexicon's lookbehind leads (text before a match that belongs to its span), read
 *  from the compiled pattern so an entry that adds one is covered without a list to keep — when a
 *  paraphrase first matches, not when the module loads (reading them joins the whole pattern). */
let leads: readonly string[] | undefined;
function leadsOf(): readonly string[] {
  return (leads ??= [...new Set(paraphrase.pattern.match(/(?<=\(\?<)lead[0-9]+(?=>)/g))]);
}
/** Before a claim said through structure: a condition (如果…, 如有…, 万一…) — the shop tells what
 *  to do if it happens, it does not promise it. */
const IF_BEFORE = /(?:如果|要是|假如|假设|若是?|如有|万一|一旦)[^,.!?;。]{0,10}$/;
/** …or right after it (没有任何不良反应的话再用, 比同龄人高的话拍大一码). */
const IF_AFTER = /^(?:的话|时|的时候)/;
/** A hedge inside an eyesight outcome (度数可能会下降): a possibility, not a promise. */
const HEDGED = /可能|或许|也许|一般|通常|不一定/;
/** A stated stretch of use (一周, 三个月, 第二天, 一晚): with a size or shape change, a slimming claim. */
const TIME_SPAN = /[0-9一二两三四五六七八九十几半俩]+(?:个)?(?:天|周|星期|礼拜|月|晚|夜|疗程|年)|第二天|第一晚|当天|隔天|一晚|一夜|睡一觉/;
/** Sizing advice around a smaller size (偏大, 平时穿M的, 参考尺码表): the garment, not the body. */
const SIZING = /偏大|偏小|建议|平时穿|尺码表|码数|参考|宽松|修身|拍小|拍大|选小|选大/;
/** Buyers vouching for a named problem need that problem in the sentence (腰疼的阿姨们都说管用);
 *  宝妈们都说好用 of a stroller is praise. */
const TESTIMONIAL_FIRST = /^(?:姐妹|宝妈|顾客|用户|患者|病友|阿姨|老人|妈妈|家长)/;
/** Sales, categories or a list (同类, 销量, 榜) make 排第一位 a ranking rather than a queue. */
const RANKED_FIELD = /同类|同款|类目|品类|销量|销售|榜|排行|品牌|行业|口碑|好评|人气|市场|全网|全国|平台/;
/** Before a price rising to a figure: when (明天就涨到299, 12点以后调到399, 马上恢复到199). */
const RISE_TIME_BEFORE = /今晚|今天|今日|明天|明早|明日|下周|下个?月|零点|[0-9]+点|结束|过几天|过两天|下一批|下批|马上|随时|很快|即将|就要|一过|明年|下学期|开学|年后|节后|月底|下一期|下期/;
/** An exam or a course in a guaranteed result: the education message (《广告法》第二十四条). */
const EXAM = /考|过|上岸|拿证|录取|提分|涨分|满分|高分|及格|学|四级|六级|科[一二三四]|面试|教资|出题|命题|出卷|阅卷|判卷/;
/** The risk notice a financial rate must carry (过往业绩不代表未来, 以合同为准, 投资有风险). */
const RISK_NOTICE = /不代表未来|不代表(?:将来|以后)|过往业绩|历史(?:数据|业绩)|以[^,.!?;。]{1,10}?为准|有风险|风险自担|不承诺|不保证|不作保证/;
/** …and a promise that no notice excuses. */
const RETURN_PROMISE = /稳赚|保证(?:收益|回报|赚|升值)|包赚|必赚|只赚不赔|不赔|零风险|无风险|保本|刚兑|稳拿/;
/** Promotions doubling (积分翻倍, 红包翻倍): a shop offer, not a return on goods. */
const PROMOTION = /积分|红包|优惠|福利|券|奖励|佣金|满减|返利|抽奖|活动/;
/** The sector vocabularies (《广告法》arts. 16–27 and the review rules: medicine, health food,
 *  pesticides, alcohol, education, investment, real estate) in ../lexicon/absolute-claim-sectors.yaml,
 *  a scanner of their own because the main lexicon's pattern is at V8's 20 KB optimisation limit. */
const SECTORS = lexiconScanner(sectors.pattern, sectors.groups);
/** Sector groups whose words are efficacy or safety words, read through efficacyStance. */
const HEALTH_STANCE_GROUPS = new Set(['disease', 'medical', 'safety', 'healthfn', 'cosmetic', 'listhealth', 'twhealth']);
/** After-sales insurance the shop or the platform buys for an order (运费险, 退货险, 延保). */
const AFTER_SALES_INSURANCE = /运费险|退货险|退运险|延保|碎屏险|意外险|保价|运输险|物流|快递|丢件|破损/;
/** …and an outcome the insurer would stand behind (无效, 视力不提升就赔, 全额): then it is the claim. */
const INSURED_EFFECT = /效|治|病|疗|副作用|过敏|不(?:提升|改善|满意|好转|达标|见效)|全额|保证/;
/** Which message each kind of claim frame (../claim-frame.ts) reports with. */
const FRAME_MESSAGE: Record<FrameKind, string> = { health: 'health', safety: 'health', durable: 'promise', rank: 'superlative', endorse: 'endorse', returns: 'returns', urgency: 'urgency', sole: 'superlative', crowd: 'testimonial', learning: 'education' };
/** Which message each sector group reports with. */
const SECTOR_MESSAGE: Record<string, string> = {
  disease: 'health', medical: 'health', safety: 'health', healthfn: 'health', pinyin: 'health',
  edu: 'education', invest: 'returns', drink: 'alcohol', prestige: 'superlative', lure: 'urgency',
  rival: 'superlative', science: 'superlative', cosmetic: 'health', healthfood: 'health', formula: 'health',
  edu2: 'education', testimonial: 'health', finance: 'returns', hype: 'health', authority: 'endorse', lure2: 'urgency',
  durable: 'promise', listrank: 'superlative', listhealth: 'health', listpromise: 'promise', listlure: 'urgency',
  twhealth: 'health', english: 'superlative', enhealth: 'health',
};
/** The formula rules' vague milk sources (进口奶源, 生态牧场) are claims about infant formula and
 *  milk powder; a milk-tea shop's 进口奶源 is not what they regulate. */
const FORMULA_GOODS = /奶粉|配方奶|配方粉|婴|宝宝|幼儿|儿童|羊奶粉|新生儿/;
/** Feeding gear shaped or flowing like the breast (仿母乳奶嘴, 类母乳吸吮的奶瓶): its design, not a
 *  food replacing breast milk. */
const FEEDING_GEAR = /奶嘴|奶瓶|吸奶器|储奶|乳头|吸管杯|安抚/;
/** Before a treatment word: the shop sends the buyer to a doctor (请去医院治疗鼻炎, 遵医嘱调理) —
 *  advice, not a claim for the goods. */
const SEEK_CARE_BEFORE = /(?:去|到|上|找)(?:正规)?(?:医院|医生|药店|诊所|皮肤科)|就医|就诊|遵医嘱|看医生|咨询医生/;
/** A question about the claim (能治鼻炎吗？): the shop asks or repeats the buyer, it does not claim. */
const QUESTION_AFTER = /^[^,.!?;。]{0,8}?(?:吗|么|嘛|\?)/;
/** A metal: 抗氧化 is a property of the material (钛钢抗氧化不掉色), not a health claim for the body. */
const METAL = /钢|银|金|铜|合金|镀|首饰|项链|戒指|耳钉|耳环|手链|手镯|吊坠|表带|不掉色|不褪色|涂层|油漆|漆面/;

/** After 最: words that state a time, place, quantity or feeling (最开心, 最欣慰: the speaker's own),
 *  not a ranking — or advice for a
 *  stated buyer or use (送老人最合适, 我最推荐这款); a market scope before 最 still makes it a claim. */
// 最热 is the weather (最热的时候) but 最热卖/最热销/最热门 rank the goods.
// 最坏的情况, 最严重的一次延误, 最麻烦的是换货: a problem or a mishap at its worst is no ranking
// of the goods (最严格 stays: strict checks are praise).
const MOST_NOT_CLAIM = /^(?!新(?:技术|科技|科学|工艺|研发|配方|专利|发明|创造|成果|突破|研究))(?:开始|开头|开心|高兴|快乐|幸福|欣慰|满足|荣幸|感动|感激|欣喜|难过|伤心|遗憾|合适|合身|推荐|佳(?:赏味|食用|饮用|使用|冲泡|保存|储存|佩戴|观看|时间|温度|时机|方式|方法|位置|角度|保质)|坏|差(?!价|距|异|不多)|糟|严重|惨|麻烦|头疼|头痛|尴尬|可惜|失望|抱歉|近|终|初|早|晚|迟|慢|多|少|长|短|久|小|重|轻|宽|窄|厚|薄|深|浅|热(?!卖|销|门|搜|捧)|冷|喜|爱|适|常|怕|担|容易|要|主|需|外|里|内|上|下|前|底(?!价)|左|右|中|末|起|先(?!进)|基本|可|不|难|关|后|新|让|令|讨|想|远|接近|像|相似|贴近)/;
/** 最快 followed by a time or a delivery word is an estimate (最快明天到, 最快当天发). */
const DELIVERY_AFTER = /^快(?:的?速度|的?时间|[0-9一二两三四五六七八九十半当明今后次隔下本这]|数字|[天日周]|[上中下]午|早上|晚上|礼拜|星期|月底|月初|小时|分钟|到|发|送|出|可|能|也|就)/;
/** The rest of the clause after 最快 (最快的话是明天取件, 最快应该是明天上班, 这是最快的预计时间),
 *  or a day right before it (明天最快): a delivery or time estimate, not a speed claim. */
const ESTIMATE_NEAR = /明天|今天|后天|当天|次日|隔天|[0-9一二两三]+(?:天|日|号|小时|个?工作日)|到货|送达|送到|到达|配送|派送|发货|发出|取件|揽收|预计|时效|上班|周[一二三四五六日末]|星期|礼拜/;
/** …or the subject is the delivery time itself (这个时间是最快的, 到货时效算是最快的了). */
const ESTIMATE_BEFORE = /(?:明天|今天|后天|当天|次日|隔天|(?:时间|时效|到货|送达|发货|配送)(?:上)?(?:是|就是|也是|应该是|算是|都是|已经是)?(?:的)?)$/;
/** 最 + a courtesy word addressing the buyer (最最尊贵的您, 最亲爱的顾客): politeness, not a claim. */
const ADDRESS_AFTER = /^最?[\u4e00-\u9fff]{1,3}的(?:您|你|亲|顾客|客户|买家|宝宝|宝子|朋友)/;
/** 最 + an adjective before a wish or a meeting (最美的期待, 最真诚的祝福, 最好的遇见): a courtesy
 *  phrase about the shop's feelings, not a ranking of the goods. */
const COURTESY_AFTER = /^最?[\u4e00-\u9fff]{1,3}的(?:期待|祝福|遇见|相遇|缘分|问候|谢意|感谢)/;
const BEST_CLAIM_AFTER = /^好(?:的(?!(?:保存|储存|存放|食用|饮用|使用|冲泡|清洗|洗涤|佩戴|搭配|穿搭|养护|护理)?(?:方法|方式|办法|时间|时机|温度|做法|位置))|[用吃看穿喝卖闻玩]的|$)/;
const LOW_CLAIM_AFTER = /^低(?:的?价|的?折|价格)/;
const HIGH_CLAIM_AFTER = /^高(?:级|端|档|品质|规格|标准|水平|性价比)/;
const BIG_CLAIM_AFTER = /^大(?:牌|品牌|的?(?:优惠|折扣|力度|让利|福利)|程度|限度|化)/;
const PRICE_BEFORE = /(?:价|价格|价钱|全网|全国|全年|史上|同行|同价位|全场)$/;
const NOT_A_CLAIM_BEFORE = /(?:不是|并非|未必|不一定|不算)$/;
/** The shop declines the claim (不敢说最好, 算不上极品, 谈不上国际级): honesty, not a claim. */
const DECLINE_BEFORE = /(?:不是|并非|未必|不一定|不算|不敢说|不能说|不好说|不敢讲|不敢|谈不上|称不上|算不上|说不上|不吹|不夸|不说|(?:没法|没办法|无法|不能|不敢|不好)(?:(?:跟|和|给|向|对)(?:您|你|大家|亲)(?:们)?)?(?:说|讲|讲是|说是))(?:是|什么|啥|有|多)?(?:全网|全国|全球|行业|业内|市面上|市场上|同类|同价位|历史|史上|今年|近期|目前)?(?:的)?$/;
/** 最 after an attribute of the product (功效最大, 这价最低了, 吸力最强): a ranking of that attribute. */
const ATTRIBUTE_BEFORE = /(?:效果|功效|疗效|质量|品质|口碑|性价比|价格|价位|价钱|这价|价|做工|工艺|品相|技术|性能|配置|销量|人气|颜值|吸力|续航|保湿|美白|防晒|容量|纯度|含量)(?:是|都是|也是|绝对是|真的是|可以说是|算是)?$/;
/** The shop's own options compared (这几个口味里最甜的是黄桃味, 两款中最轻的): no market claim.
 *  A counted set of options (两款, 这几个口味) is a range only when 里/中 closes it or it touches 最:
 *  四件套用的是最高级的 names a product (四件套), not four options. */
const OWN_OPTIONS_BEFORE = /(?:(?:[这那]?[几两二三四五六七八九十0-9]+(?:个|款|种|色|样|件|双|套|瓶|盒|档|个口味|种口味|个颜色|个色)|(?:这个|那个|这种|那种)(?:颜色|色号|口味|味道|尺码|码数|规格|配色))(?:[^,.!?;。]{0,6}?(?:里|中|之中|当中|里面))?|(?:其中|里面|当中|这些|这里面)[^,.!?;。]{0,6}?)(?:的)?$/;
/** The shop saying how few options it has (就三个颜色, 只有两款, 一共四种口味, 目前就这两个尺寸) or
 *  counting them (礼盒有6个口味, 这个系列有四个色): a closed range of its own, so a 最 that follows
 *  ranks within it. One option is no range, and brands, makers or shops counted are the market. */
const OWN_FEW = /(?:就|只|只有|仅|仅有|一共|总共|共|一共就|目前就|目前只有|也就|(?<![没还也都])有)(?:有|卖|出|做|上了?)?(?:这)?(?:[两二三四五六七八九十几2-9]|1[0-9])(?:个|款|种|色|样|件|套|瓶|档|个?颜色|个?色号|个?口味|个?尺码|个?尺寸|个?规格|个?型号|个?版本|个?配色|个?味道?)(?!品牌|牌子|厂|商家|店|家|平台|网站|国家|城市)/;
/** A counted set of the shop's options pointed at (这三个颜色, 那两款), closing a clause of its own. */
const POINTED_RANGE_TOPIC = /(?:这|那)(?:[两二三四五六七八九十几]|[2-9])(?:个|款|种|色|样|件|双|套|瓶|盒|档)[\u4e00-\u9fff]{0,3}[,:]/;
/** Two things set side by side by the sentence (A和B比, 跟单买相比, 与旧款对比) — not another party
 *  (跟别人家比, 和他们比), which MARKET and this exclusion leave a claim. */
const OWN_COMPARED = /(?:和|跟|与|同)(?!别人|人家|他们|其他|别的|同行|同类|别家|外面)[^,.!?;。]{1,8}?(?:比|相比|比较|对比|比起来)(?:的话)?(?:[,]|$)/;
/** The shop itself as the subject of the 最 clause (我们最便宜): then it ranks the shop, not an option. */
const SHOP_SUBJECT = /我们|本店|我家|咱家|咱们|自家/;
/** The shop's options named as a container earlier in the clause (三个规格里500ml这个算下来单价最便宜):
 *  the comparison stays inside them however long the way to 最. */
const OWN_OPTIONS_IN_BEFORE = /(?:[这那]?[几两二三四五六七八九十0-9]+(?:个|款|种|档|样|套)(?:规格|尺寸|型号|版本|套餐|颜色|色号|口味|容量|选项|款式|配置)?|这几(?:个|款|种|样)(?:规格|尺寸|型号|版本|套餐|颜色|口味)?)(?:里|中|之中|当中|里面)[^,.!?;。]{0,16}$/;
/** The shop's own range named earlier in the clause (三个规格里500ml这个单价最便宜, 这两个色号里豆沙色
 *  卖得最好, 黑色是这款里最耐脏的颜色, 您这单里唯一一件没发的): a ranking or 唯一 inside it compares
 *  the shop's own options or the buyer's own order, not the market. */
const OWN_RANGE = /(?:[这那]?[几两二三四五六七八九十0-9]+(?:个|款|种|色|样|件|双|套|瓶|盒|档|个?规格|个?色号|个?口味|个?尺码|个?颜色|个?型号|个?版本|个?配色|个?味道?)|这(?:几|些)(?:个|款|种|件)?|其中|这(?:款|个系列|系列)|(?:您|你)?这(?:单|批|箱|个包裹)|(?:我们家?|我家|咱家|本店|店里|店内|全店)(?:的)?(?:所有|全部)?(?:型号|款式|款|产品|商品|系列|口味|颜色|色号|尺码|规格|套餐|宝贝|东西)|(?<!同类|同行|市面|市场|行业|全网)(?:套餐|礼盒|组合|选项|规格|配置|档位))(?:[^,.!?;。]{0,3}?)(?:里|中|之中|当中|里面)/;
/** A market named anywhere in the clause turns any ranking back into a claim (这几款里全网最低). */
const MARKET = /全网|全国|全平台|全站|全球|全世界|世界|国内|行业|业内|业界|市面|(?<!应用|菜|跳蚤)市场|同类|同行|同价位|史上|别家|其他家|其他店|别的店|天下|宇宙/;
/** 最便宜的是基础款, 最低的是39元那档: the answer names one of the shop's options (an item, a size,
 *  a price) — unlike 最便宜的是我们家, which ranks the shop itself. */
const PRICE_WHICH_OPTION_AFTER = /^(?:低|便宜|实惠|划算)的?(?:价格?|价钱|售价|标价)?(?:是|就是|要数|应该是|当属|算是)(?!我们|本店|我家|咱家|咱们|这家|我们家)[^,.!?;。]{0,6}?(?:款|装|型|号|色|版|档|套|规格|尺寸|尺码|容量|码|味|[0-9]+(?:元|块|g|ml|克|毫升|寸|cm))/;
const WHICH_OPTION_AFTER = /^(?!低|便宜|实惠|划算|优惠)[\u3400-\u9fff]{1,3}(?:的(?:是|就是|要数|应该是|当属|算是)|的?那(?:款|个|种|一款|档|一档))(?!我们|本店|我家|咱家|咱们|这家|我们家)/;
/** 最受猫主子欢迎的是瓦楞纸款: a longer answer that names one of the shop's options by its kind. */
const WHICH_OPTION_LONG_AFTER = /^[\u3400-\u9fff]{1,8}?的(?:是|就是|要数|应该是|当属|算是)(?!我们|本店|我家|咱家|咱们|这家|我们家)[^,.!?;。]{0,8}?(?:款|色|味|号|码|版|型|装|系列|口味|颜色|规格|尺寸|套餐)/;
/** Right after the 最 word: a figure with a unit (18个小时, 可达210度, 能到25公斤). */
/** A pointer back at what was just said (这个, 这点, 这一点) and a refusal to promise it, within the
 *  sentence: 想靠香薰助眠这个我们没法打包票. The pointer is required: a refusal of something else
 *  later in the sentence (…降血压效果好，快递时间我们没法保证) leaves the claim standing. */
const REFUSED_AFTER = /^(?:的话)?[^.!?;。]{0,6}?[,]?(?:这个|这点|这一点|这些|这方面|这种效果|这个效果)(?:的话)?(?:我们|咱们|本店|我|店里|小店)?(?:真的|确实|实在|可|是)?(?:没法|没办法|无法|不能|不敢|不好|不会|做不到)(?:给|跟|向|对|和)?(?:您|你|亲|大家)?(?:们)?(?:打包票|打保票|保证|承诺|担保|确保|打包|说死|许诺)/;
/** The shop's own other way of buying named after a 最 as what it beats (组合装最划算，比单买省15;
 *  大瓶最实惠，比买两小瓶便宜): a bundle or size compared with buying singly — no rival, no market. */
const OWN_ALTERNATIVE_AFTER = /^[^.!?;。]{0,10}?(?:比|相比|相对于|对比)(?:起)?(?:单买|单独买|单拍|单独拍|分开买|分开拍|一件一件买|单件|单瓶|单盒|单只|单个|单支|单份|买两次|分两次买|零买|散买|小瓶|小包|小盒|小罐|小号|买小的|原价|平时)/;
/** A measurable attribute (容量, 续航, 重量) ranked inside a range of the shop's own options named
 *  earlier (这三款里A款最轻，B款容量最大): a size compared, unlike 效果/品质, which rank the goods. */
const MEASURE_ATTRIBUTE_BEFORE = /(?:容量|续航|吸力|重量|分量|尺寸|个头|功率|亮度|风力|电量|内存|长度|宽度|高度|厚度|体积|口径|码数)(?:是|都是|也是)?$/;
/** Each person or pet as the subject, with what is theirs (每个人的肤色都, 每只猫都是). */
const EACH_LIVING_BEFORE = /(?:每个人|每一个人|每位|每一位|每个宝宝|每个孩子|每个小孩|每只猫|每只狗|每只毛孩子|每个毛孩子|每个女生|每个女孩|每个人身上)(?:的[\u4e00-\u9fff]{1,4})?(?:都|也)?(?:是)?$/;
const SPEC_FIGURE_AFTER = /^(?:长|短|高|低|大|小|多|少|重|轻|快|慢|远|久|厚|薄|宽|窄)(?:档|挡|档位|温度|温|水温|转速|功率|风速|承重|载重|负重|容量|音量|亮度|速度|档的温度)?(?:的)?(?:可达|可以达到|能达到|能到|可到|达到|为|是|约|大约|差不多|在|有|只有|仅|能|可以)?(?:到)?[0-9]+(?:\.[0-9]+)?(?:个)?(?:小时|分钟|天|年|月|周|度|℃|公斤|kg|斤|克|g|升|l|ml|毫升|米|m|cm|厘米|mm|毫米|寸|码|层|人|次|档|瓦|w|pa|mah|公里|km|岁|页|件|张|次)/;
/** 哪 + a measure word right before 最 (哪双最舒适, 哪一款最合适): a question or the buyer's pick. */
const WHICH_BEFORE = /哪(?:一)?(?:个|款|双|件|种|套|条|只|瓶|支|盒|色|样|边)?$/;
/** Effort, not a claim (努力做到最好, 尽最大努力). */
const EFFORT_BEFORE = /(?:做到|做得|努力|尽力|争取|力求|尽|力争|希望|想|要)(?:把[^,.!?;。]{0,6})?(?:做到|做得)?$/;
/** Earlier in the clause: the shop striving to give something (努力为您提供, 务求给用户带来, 会继续打造). */
const PLEDGE_BEFORE = /(?:努力|尽力|争取|力求|务求|致力于?|竭诚|尽最大努力|继续|不断|持续)[^.!?;。]{0,14}?(?:提供|带来|给予|做到|打造|呈现|奉上)[^,.!?;。]{0,6}?$/;
/** …and what it pledges is its service (最优质的服务, 最贴心、最好的体验), not the goods. */
const SERVICE_NOUN_AFTER = /^[^,.!?;。]{0,8}?(?:服务|体验|帮助|解答|售后|支持)/;
/** Around 100%: a question about how often the buyer's problem occurs (是百分百出现吗, 每次都100%复现吗). */
const PROBLEM_ASKED = /(?:情况|问题|故障|现象|bug|报错|闪退|卡顿)[^,.!?;。]{0,6}?(?:出现|复现|发生|会这样|这样)[^,.!?;。]{0,3}?(?:吗|么|嘛|呢|\?)/;
/** Before 完美: an improvement adverb makes it the verb "to perfect" (不断完美系统). */
const PERFECT_VERB_BEFORE = /(?:不断|进一步|持续|逐步|继续|加以|去)$/;
/** Before a claim word: the shop says it cannot or does not claim it (不能代替药物, 不保本). */
const NEGATED_CLAIM_BEFORE = /(?:不|没|没有|无法|不能|不会|不可|不具有|不具备|并非|不是|不敢|不承诺|不保证|不存在)[^,.!?;。]{0,6}$/;
/** Right before a health word: the shop limits what the goods do (只是缓解, 只能起辅助作用, 顶多暂时
 *  减轻) — an honest limitation. 只要/只需 (only takes…) promise instead and are not here. */
const LIMITED_BEFORE = /(?:只是|仅仅是?|仅是|只能|仅能|只可以|顶多|最多只?能|只起(?:到)?)(?:起到?)?(?:暂时|短暂|短时间|一定程度上?|稍微|些许|一点|辅助|帮助|帮忙)?(?:的)?(?:作用)?$/;
/** Before a ranking: a wish for a person (祝, 预祝, 愿, 希望…能). */
const WISH_FOR_BEFORE = /(?:祝|预祝|祝愿|愿|希望|盼)(?:您|你|他|她|孩子|宝宝|小朋友|宝贝|小主|大家)?[^,.!?;。]{0,6}$/;
/** …that the goods bring (穿上它, 用了我们的, 有了这个): then the goods are ranked by it. */
const GOODS_CAUSE = /穿上|戴上|用了|用上|吃了|有了|靠(?:它|这|我们)|这款|这个|我们/;
/** Before an endorsement: the buyer's own (您家医生, 你的专家): someone the buyer consulted. */
const BUYER_OWN_BEFORE = /(?:您|你)(?:们)?(?:家|的|家的|那边的?|自己的?)?$/;
/** The buyer as the subject of what follows (您是…, 你可是…): said of the person, not the goods. */
const BUYER_IS_BEFORE = /(?:您|你)(?:们)?(?:是|算是|就是|可是|应该是)[^,.!?;。]{0,6}$/;
/** The buyer's own details a question about 唯一 is after (唯一的收货地址吗, 唯一的联系电话吗). */
const BUYER_DETAIL_AFTER = /^(?:的)?(?:收货|联系|手机|电话|地址|账号|订单|收件|号码|邮箱)/;
/** The buyer's household (您家祖传的木箱, 你们家的…): their own thing, not the goods on sale. */
const BUYER_HOUSE_BEFORE = /(?:您|你)(?:们)?家(?:的|里|里的)?$/;
/** After 尖端: what a cutting edge is claimed of (技术, 科技, 工艺, 水平). */
const TECH_AFTER = /^(?:的)?(?:科技|技术|工艺|产品|水平|设备|品牌|材料|配方|科学|领域|行业)/;
/** 按医生推荐的剂量: following an expert's advice, not endorsing the product with it. */
const ADVICE_FOLLOW_BEFORE = /(?:按(?![摩钮键压])|按照|遵|遵照|遵循|听(?!说)|听从|咨询|请|根据|问问|询问)[^,.!?;。]{0,4}$/;
const ADVICE_FOLLOW_AFTER = /^(?:的)?(?:用量|剂量|方法|方式|时间|次数|疗程|建议|意见)/;
/** A market-wide scope right before 最 (全国最大, 市面上最X, 行业内最X) makes any 最X a ranking. */
/** A market scope, then how the shop does it (市面上做得最好的, 全网卖得最火): still a ranking. */
const SCOPE_DOING_BEFORE = /(?:全国|全网|全平台|各大平台|全站|全球|国内|行业|业内|市面|市场|同行|同类)(?:上|中|里|内)?[^,.!?;。]{0,4}?(?:做得|卖得|做的|卖的)$/;
const SCOPE_BEFORE = /(?:全国|全网|全平台|全站|全球|全世界|世界|国内|行业|业内|业界|市面|(?<!应用|菜|跳蚤)市场|同类(?:产品|商品|款式?)?|同行|同价位|史上|亚洲|全省|全市|天下|宇宙|所有[^,.!?;。]{0,4})(?:上|中|里|内|之中)?(?:的)?$/;
/** 最好/最佳 under a stated condition (水温80度左右口感最好, 冷藏后最好喝) is usage advice. */
const CONDITION_BEFORE = /(?:左右|时候?|以下|以上|之间|之后|以后|以内|(?<![然最今往背落随从以之])后|(?<![目眼面跟空提当此从以之])前|[0-9]+(?:度|℃|分钟|小时|天|周|个月))[^,.!?;。]{0,6}$/;
/** Time-bound use advice in the clause before (开封后建议三个月内吃完, 冷藏后两天内喝完): what the
 *  best taste or effect that follows depends on. */
const USE_BY_ADVICE_BEFORE = /(?:内|前|以内|之前)(?:吃完|喝完|食用|饮用|用完|使用|吃|喝)(?:完)?[^,.!?;。]{0,2}[,、][^,.!?;。]{0,4}$/;
/** After 最: 最X的Y不是A，而是B — the figure that says what Y truly is (世界上最遥远的距离不是…而是…). */
const RHETORICAL_AFTER = /^[\u4e00-\u9fff]{1,4}的[\u4e00-\u9fff]{1,6}(?:不是|并非|并不是|不在于)[^.!?;。]{1,40}?(?:而是|而在于)/;
/** 最好 (with 的 or a particle) closing its clause. */
const BEST_CLOSES_ADVICE = /^好(?:的)?[呢哦哈啦呀啊吧恩嗯噢喔哟]*$/;
/** The words a wish or advice about an action ranks it by: how good, quick or easy it is for the
 *  buyer (退货重新拍是最快的, 直接退款是最省事的) — not a quality of the goods. */
const ACTION_RANK = '(?:好|快|方便|简单|省事|省心|稳妥|保险|划算|省钱|快捷|便捷)';
const ACTION_RANK_FIRST = new RegExp(`^${ACTION_RANK}`);
/** 是最好 / 就最好了 closing its clause, or naming the best choice or way (是最好的选择, 是最好的办法). */
const BEST_WISH_AFTER = new RegExp(`^${ACTION_RANK}(?:的)?(?:选择|办法|方式|方法|安排|结果|途径)?(?:了)?[呢哦哈啦呀啊吧恩嗯噢喔哟]*$`);
/** Right before it: the copula or 就 that joins it to its subject. */
const BEST_COPULA_BEFORE = /(?:是|就是|那是|那就是|才是|就|那就|也是|会是|应该是)$/;
/** The subject of that 是最好: a wish under a condition or an action the buyer or the shop would
 *  take (如果周末能送到, 能当天寄出, 提前一天解冻, 选大一码, 这样) — advice or a hope, not the goods
 *  ranked. Forms of address and softeners may open it. */
const WISH_SUBJECT = /^(?:其实|那|那么|所以|我觉得|个人觉得|建议|您|你|亲亲?|宝子|当然|还是|能|最好是?|就)*(?:如果|要是|假如|若是?|万一|能够?|可以|尽量|尽早|早点|提前|及时|直接|先|选|挑|拍|换|退|寄|等|用|联系|申请|备注|留言|冷藏|冷冻|放|泡|洗|晾|按照?|趁|当天|这样(?![的子])|那样(?![的子])|这么做|这么办)/;
/** …with no goods, shop or market in it (选我们家是最好的选择, 买这款是最好的 rank the goods). */
const GOODS_IN_SUBJECT = /这款|那款|这个产品|这个牌子|我们|我家|咱家|本店|这家|产品|品牌|宝贝|商品|质量|效果|品质|用料|用材|等级|洗发|洗面|洗衣|洗护|放心|(?<!快)店/;
/** Earlier in the clause: advice on a way of using (一般需要, 建议, 尽量) or a use step as a word of
 *  its own (没过, 泡一晚, 冷藏) — one character alone is too often part of a noun (防晒力最好). */
const USAGE_ADVICE_BEFORE = /一般|需要|建议|尽量|应该|应当|记得|(?:没过|浸泡|冷藏|冷冻|存放|保存|加热|预热|清洗|搅拌|静置|晾干|(?:泡|煮|蒸|烤)(?:一|上|个|着|几|到)|放(?:在|进|入|冰箱)|倒(?:入|进)|加(?:入|水|点|些))[^,.!?;。]{0,8}$/;
/** …unless the goods themselves are the subject (这款泡着喝最好, 我们家的质量最好). */
const PRODUCT_SUBJECT_BEFORE = /这款|这个产品|我们|我家|咱家|本店|产品|质量|效果|品质|东西|宝贝|牌子|品牌|要数|就数/;
/** The shop's floor in a bargaining answer (已经是活动最低折扣了), not a market comparison. */
const OWN_FLOOR_BEFORE = /(?:已经是|已是|这是)(?:活动|店铺|本店|店里|我们(?:的|家)?|目前|现在|今天)?(?:的)?$/;
/** The shop's own limit in a bargaining answer (我们能给的最低折扣), not a market comparison. */
const OWN_LIMIT_BEFORE = /(?:能给|能做到?|能出|能让|可以给|给到|能申请到?)(?:您|你)?的?$/;
/** A ranking inside the shop's own range (本店卖得最好的, 我们家回头客最多的) states a fact about
 *  the shop, not a claim against competitors. */
const IN_SHOP = /本店|店里|店内|我们家|我家|咱家|店铺|(?:我们|咱们|咱|我|自家)(?:的)?(?:店|小店|铺子)/;
/** A ranking explicitly inside the shop's range (在我们店里是最好的, 全店最轻的) compares the shop's
 *  own products, not the market — except prices, where 本店最低价 still reads as a price claim. */
const IN_SHOP_SCOPE = /(?:店里|店内|全店|本店(?:所有|的)?|店铺(?:里|的)?)[^,.!?;。]{0,3}$/;
/** The shop's own range over a stated period, then the item picked out of it (全店近30天销量最高
 *  的一款, 店里这个月卖得最好的是…): a fact of its own shelves, not a ranking on the market. */
const SHOP_PERIOD_BEFORE = /(?:店里|店内|全店|本店|店铺|我们家|咱家)(?:里|内|的)?(?:近|最近|这|上|本)?[0-9一二两三四五六七八九十几半]*(?:个)?(?:天|日|周|星期|月|季度|年)(?:内|里|来|以来)?(?:的)?(?:销量|卖得|卖的|销售额|回购率?|好评率?|评分)?$/;
const PICKED_ITEM_AFTER = /^[\u4e00-\u9fff]{1,2}的(?:是|就是|一款|一个|那款|这款|款式?|单品|商品|产品)/;
/** 最便宜的运费方式 / 最快的办法: the best of the shop's own options, not a product claim. */
const OPTION_AFTER = /^的?[^,.!?;。]{0,4}?(?:方式|方法|办法|[买拍凑领]法|选项|方案|途径|快递|物流|配送|邮寄方式|运输|(?<!价格)组合|路线)/;
const SALES_BEFORE = /(?:卖得|卖的|销量|回购|回头客)$/;
/** The answer names one of the shop's models by its code (是SE3电池最耐用的, 选A2款最轻): a choice
 *  between the shop's own options, like 这几款里最甜的. Chat logs mask numbers with a placeholder
 *  ([数字x], normalized to 数字x), so SE[数字x] is such a code too. */
const MODEL_CHOICE_BEFORE = /(?:是|选|推荐|买|要|拿)(?:[a-z0-9]*(?:[a-z][0-9]|[0-9][a-z])[a-z0-9]*|[a-z]+数字[a-z0-9]?)(?:的|款|型号?|版)?[\u4e00-\u9fff]{0,3}$/;
/** 最准确/最及时 said of information the shop passes on (系统算出的送达时间最为准确, 以页面显示为准):
 *  how reliable the estimate is, not a product claim. */
const INFO_ACCURACY_AFTER = /^(?:准确|准|精确|精准|及时)/;
const INFO_SOURCE = /系统|显示|计算|查询|物流信息|为准|预计|时效|送达|到货时间|发货时间/;
/** After 最: new, complete or detailed INFORMATION (最新最全的优惠信息, 最详细的说明) — what a page or
 *  notice tells the buyer, not a quality of the goods. */
const INFO_WORD_FIRST = /^(?:新|全|准|及时|详|完整)/;
const INFO_ABOUT_AFTER = /^(?:新|全|准确|准|及时|详细|详尽|完整)(?:最(?:新|全|准确|及时|详细|详尽|完整))?(?:的)?[^,.!?;。]{0,4}?(?:信息|资讯|消息|公告|通知|动态|数据|说明|介绍|资料|政策|活动规则|规则)/;
/** A list word glued to a brand written with its Latin name in brackets (酷冷至尊(CoolerMaster),
 *  Xx(SanDisk)至尊高速): part of a brand or product name. An English superlative in the brackets
 *  (至尊(TOP), 顶级(Premium)) is a gloss of the claim, not a brand. */
const BRAND_PAREN = "[(（](?!(?:top|best|first|no\\.?\\s?1|number\\s?one|ultimate|premium|supreme|king|champion|super|extreme|perfect|vip|max|pro)[)）])[A-Za-z][A-Za-z0-9 .&'-]{2,}[)）]";
/** What both BRAND_PAREN tests need somewhere: an opening bracket right before a Latin letter
 *  (their [A-Za-z] under the i flag, without u, is ASCII letters only). A bracket before anything
 *  else — (已发货), （7天） — spares the offset map too. */
const BRACKET = /[(（][A-Za-z]/;
const BRAND_PAREN_AFTER = new RegExp(`^\\s*${BRAND_PAREN}`, 'i');
const BRAND_PAREN_BEFORE = new RegExp(`${BRAND_PAREN}\\s*$`, 'i');

/** Groups whose words may open a name (至尊版, 冠军杯, 第一大道): not exclusivity, endorsement,
 *  urgency or returns, which stay claims in any name (独家联名款, 特供版, 限时版). */
function nameable(g: Record<string, string | undefined>): boolean {
  return g.extreme !== undefined || g.rarity !== undefined || g.level !== undefined || g.grade !== undefined || g.health !== undefined ||
    g.first !== undefined || g.rank !== undefined || g.idiom !== undefined || g.universal !== undefined;
}

/** Before a list word: the product fits or works with it, so it names a brand or model (适配永久). */
const FITS_BEFORE = /(?:适配|兼容|适用于?|配套|匹配|通用于?)$/;

/** A match inside a book title (《本草纲目》全套精装): the shop sells or names the book. */
/** Whether a span already reported lies within `reach` characters of [start, end). */
function nearTaken(taken: readonly number[], start: number, end: number, reach: number): boolean {
  for (let k = 0; k < taken.length; k += 2) if (taken[k] <= end + reach && start - reach <= taken[k + 1]) return true;
  return false;
}

/** Whether [start, end) overlaps a reported span; `touching` counts spans that only meet it too
 *  (a sector word right after a list word, 高回报回本快, is the same claim). */
function overlapsTaken(taken: readonly number[], start: number, end: number, touching: boolean): boolean {
  for (let k = 0; k < taken.length; k += 2) if (touching ? start <= taken[k + 1] && taken[k] <= end : start < taken[k + 1] && taken[k] < end) return true;
  return false;
}

function inBookTitle(normalized: NormalizedText, start: number, end: number): boolean {
  const original = normalized.original;
  // No title mark anywhere, none before the span: spared the offset map (see inBrandName).
  if (!original.includes('《')) return false;
  const o = normalized.toOriginal(start, end);
  const open = original.lastIndexOf('《', o.start);
  return open >= 0 && o.start - open <= 12 && !original.slice(open, o.start).includes('》') && /^[^《]{0,12}》/.test(original.slice(o.end));
}

function inBrandName(normalized: NormalizedText, start: number, end: number): boolean {
  const original = normalized.original;
  // No bracket before a letter anywhere, no bracketed name around the span: spared the offset
  // map, which a text normalized in the other thread of a split check only gets by being
  // normalized again.
  if (!BRACKET.test(original)) return false;
  const o = normalized.toOriginal(start, end);
  return BRAND_PAREN_AFTER.test(original.slice(o.end, o.end + 40)) || BRAND_PAREN_BEFORE.test(original.slice(Math.max(0, o.start - 40), o.start));
}
/** After 增高: a shoe or insole named by the height it adds (增高鞋垫, 增高鞋, 内增高款). */
/** Growth of the body itself (长高, 长个子, 骨骼发育): then the shoe is sold as making the child grow. */
const BODY_GROWTH = /长高|长个|个子长|窜个|骨骼|骨龄|发育|生长/;
const FOOTWEAR_AFTER = /^(?:[0-9]+(?:cm|厘米|公分))?(?:的)?(?:鞋垫|鞋|垫|靴|款|底|鞋底|袜|拖鞋|凉鞋|板鞋|马丁靴|小白鞋)/;
/** A service act, a system's rule or a question (补发, 破例, 改地址, 系统, 确认尺码): what 仅此一次 or
 *  最后一波 then limits is a favour or a check, not an offer. */
const SERVICE_ACT = /补发|补寄|补偿|破例|通融|特殊处理|例外|改地址|修改|申请|售后|退款|退货|换货|问一下|问下|确认|核对|提交|验货|签收|催/;
/** Words of an offer or a sale (价, 优惠, 下单, 抢, 库存): with them the same words press a purchase. */
const ON_SALE = /价|优惠|折|活动|福利|下单|抢|秒杀|库存|囤|入手|买|券|红包|赠|促销|清仓|名额|开团|直播|特惠|现货|剩|仅有|只有[0-9一二两三几]|拍(?!照|图|视频|一下)|错过|手慢|赶紧|抓紧/;
/** After 最后一波/最后一批: the courier's round (发货, 揽收, 派送) — a schedule, not the goods. */
const SHIPPING_AFTER = /^(?:的)?(?:发货|发件|发出|揽收|揽件|收件|派送|配送|出库|打包|快递|物流|寄出|装车)/;
/** 首家 of the shop's own stores: opened by the shop, then a kind of store. */
const OWN_OPENED_BEFORE = /(?:(?:开|开设|开办|开业|落地|设立)(?:的|了)|(?:我们|本店|我家|咱家|我们家|咱们|品牌)的)$/;
const STORE_AFTER = /^(?:线下|实体|直营|社区|城市)?(?:店|门店|分店|体验店|专卖店|旗舰店|工作室|仓|仓库|档口)/;
const IN_SHOP_POPULAR = /^(?:受欢迎|畅销|热销|火|好卖|卖)/;
/** An appliance's germ-killing mode (冰箱除菌, 洗衣机高温杀菌): a machine function sold with its test
 *  report, not a germ claim for a cosmetic, food or the body (化妆品禁用语 抗菌/抑菌). */
const APPLIANCE = /冰箱|洗衣机|烘干机|干衣机|洗碗机|空调|净水器|消毒柜|加湿器|净化器|吸尘器|扫地机|洗地机|热水器|马桶|电器|家电|蒸汽机|烘碗机/;

/** 第一 as an ordinal: 第一次, 第一时间, 第一件, 第一步 … */
const ORDINAL_AFTER = /^(?:版|印|刷|届|册|卷|辑|弹|波|站|课|关|场|局|针|胎|手|次|时间|步|件|天|个|批|单|眼|印象|位|周|层|张|条|排|款|种|代|季|期|轮|页|行|部分|阶段|颗|瓶|盒|套|顿|口|遍|回|年|月|章|节|集|号|单元|组|杯|包|罐|支)/;
/** Before 第一: what is being ranked (销量第一, 全网第一, 是…第一). */
const RANKING_BEFORE = /(?:宇宙|地表|中国|中华|全市|全省|业界|业内|行业内|全行业|同行|销量|销售|销售额|排名|排行|全网|全国|全球|世界|行业|同类|品类|人气|口碑|品质|质量|好评|回购|复购|类目|平台|国内|亚洲|市场|全市|全省|榜单|天下|号称|公认|稳居|荣获|是|都是|绝对|当之无愧|获得|排)$/;
const RANKED_AFTER = /^(?:品牌|名|牌|大|的品牌|的店|家店|人(?!称)|的$|$)/;

/** 100% of a material or a measured value (含棉量100%, 纯度100%), not a promise. */
const PERCENT_MEASURE = /含|量|纯|棉|麻|丝|毛|绒|成分|面料|材质|涤|聚酯|氨纶|纤维|皮|电|进度|度|率|果|原|可可|羊|桑|蚕|胶|牛|木|竹|铜|银|金|钢|钛|乳|汁|粉|覆盖|占/;
const PERCENT_PROMISE = /有效|效果|保证|手工|天然|无添加|包|正品|满意|安全|成功|治愈|根治|无效|退|好评|副作用|不(?:起球|掉色|褪色|缩水|过敏|变形)|还原|承诺/;
/** After 绝对: a commitment of the shop's own service (会帮您…, 给您处理…). */
/** A body or health outcome promised after a guarantee word (瘦, 治好, 不生病, 美白, 见效 …);
 *  显瘦 is how a cut looks, not weight lost. */
const OUTCOME =
  /(?<!显)瘦|减肥|掉秤|不留(?:疤|印|痕)|愈合|消肿|变(?:v|小|瘦|细|挺|白|嫩|年轻)|v脸|小脸|治好|治愈|根治|痊愈|康复|不(?:生病|得病|复发|反弹|过敏|长痘|再长)|见效|有效(?!期)|美白|变白|白回来|祛斑|淡斑|祛痘|去痘|除皱|去皱|长高|增高|生发|长头发|白发变黑|丰胸|降(?:血压|血糖|血脂|三高)|抗癌|防癌|排毒|断根|除根|去根/;
/** Right before a guarantee: the shop says it can NOT promise it (不能保证100%不起球, 不一定能瘦).
 *  That is an honest merchant, not a claim. */
const NEG_GUARANTEE_BEFORE = /(?:不|没|无法|不能|不敢|没法|没办法|很难|难以|做不到|不可能|没人能|谁也不能)(?:能|敢|会)?(?:(?:跟|给|向|对|和)(?:您|你|大家|亲)(?:们)?)?(?:保证|承诺|确保|打包票|打|说|做到|包)?(?:是|有|能|会)?$/;
/** Before a treatment word: the legally required disclaimer (本品不能代替药物治疗疾病). */
const NEG_CURE_BEFORE = /(?:不能|不可|无法|没法|没办法|难以|很难|做不到|不可能|不具有|不具备|并非|不是|不|没有)[^,.!?;。]{0,6}$/;
/** Around a no-risk word: the shop says no such promise exists (没有哪款产品是零风险的,
 *  零风险是不可能的) — the honest opposite of the claim. */
const NEG_RISK_BEFORE = /(?:不能|不可能|无法|不敢|没法|没办法|不存在|没有(?:哪|一|什么|任何|绝对)|并非|不是|谁也不能|不代表|做不到)[^,.!?;。]{0,6}$/;
const NEG_RISK_AFTER = /^[^,.!?;。]{0,6}?(?:是|都是)(?:不存在|不可能|做不到|没有的|骗人|不现实)/;
const SERVICE_AFTER = /^(?:(?:会|是)?(?:重视|负责到底|负责|认真对待|认真|用心|尊重|配合|理解)(?:的|您|你|这|每|到底|处理|[,.!?;。]|$)|(?:会|能|可以)?(?:尽快|及时|第一时间)?(?:帮|给|为|替)(?:您|你)|(?:会|能|可以)?(?:保障|保护|维护|守护)(?:好)?(?:您|你)的?(?:个人)?(?:信息|隐私|资金|账户|账号|权益|利益|财产|数据|交易|资料)|(?:不会|不)(?:碰|卖|售|做|进|拿|遗落|遗漏|漏送|少送|忘|弄错|搞错|发错|错发|漏发|少发|发漏|拖|延误|让您|让你|乱|骗|私下|联系|加您|加你|泄露|外泄|骚扰|打扰|多收|收取))/;
/** Before 唯一: an identifier (订单号是唯一的, 账户具有唯一性), not a claim about the product. */
const IDENTIFIER_BEFORE = /(?:订单号?|单号|编号|号码|账号|帐号|账户|帐户|用户名|id|序列号|验证码|二维码|条码|条形码|运单号?|识别码|防伪码)(?:是|都是|也是)?(?:具有|有)?$/;
/** The buyer's wish before 最 (您是想要, 你需要, 亲如果要): what the buyer looks for, not what the shop claims. */
const BUYER_WISH_BEFORE = /(?:您|你|亲)(?:是|如果|要是|若是?)?(?:想要|想买|想选|想找|在找|需要|要|喜欢)(?:的是)?[^,.!?;。]{0,4}$/;
/** …when the clause asks about it or makes it a condition (…的那款吗, …的话). */
const WISH_OPEN_AFTER = /吗|么|\?|的话/;
/** A purpose before the word (为了达到, 想要, 要想获得). */
const PURPOSE_BEFORE = /(?:为了|想要|要想|如需|若想|如果想|想)(?:达到|获得|得到|有|拿到|体验到)?$/;
/** The result aimed at (最佳效果, 最佳保湿效果, 完美的妆效, 最好的口感). */
const PURPOSE_RESULT_AFTER = /^(?:佳|好)?(?:的)?[\u4e00-\u9fff]{0,2}?(?:效果|妆效|口感|体验|状态|味道)/;
/** An instruction in the rest of the sentence (请按…, 建议…, 最好先…). */
const ADVICE_IN = /请|建议|最好|记得|需要|务必|一定要|先|按照?|注意/;
/** After 绝对: a care warning (不要用热水, 别暴晒, 不能机洗). */
const ABSOLUTE_WARNING_AFTER = /^(?:不要|别|不可以|禁止|勿|避免|千万别|不能(?:用|放|洗|晒|泡|碰|给|让|吃|喝|直接|机洗|水洗|暴晒|加热|微波|冷冻|沾水))/;
/** …or any 不能/不可以 that tells the buyer what must not happen (发票抬头绝对不能写错) — not the push
 *  of a chance (绝对不能错过) nor a price floor (绝对不能再便宜了, which only the shop can set). */
const ABSOLUTE_MUST_NOT_AFTER = /^(?:不能|不可以|不可(?!能)|不准|不许)(?!错过|再等|犹豫|比|更|再(?:便宜|低|少)|出|坏|掉|有|起|变|褪|漏|断|裂|破|失|让您失望)/;
/** After 唯一: the identifier it qualifies (每台都有唯一的序列号, 唯一的出厂编码, 唯一性): a fact of how
 *  items are told apart, not a claim about the goods. */
const IDENTIFIER_AFTER = /^(?:的|一个)?(?:(?![的是])[\u4e00-\u9fff]){0,3}?(?:订单号?|单号|编号|编码|号码|序列号|序号|识别码|防伪码|溯源码|追溯码|验证码|二维码|条码|条形码|身份码|id|标识|标记|认证码|激活码|兑换码|性)/;
/** After 首选: one of the shop's own sizes, packs or options (小瓶装, 试用装, S码, 基础款套餐). */
const PACK_OPTION_AFTER = /^(?:这个|那个|这款|那款)?[\u4e00-\u9fffa-z0-9]{0,4}?(?:装|码|号|档|规格|尺寸|容量|套餐|小瓶|大瓶|小包|大包|单支|单瓶|单罐)(?:(?![\u4e00-\u9fff])|(?=试|先|就|吧|用))/;
/** After 首选: one of the shop's options pointed at (那款宽的, 这个浅色的): the buyer is told which of
 *  them suits the case named before (放客厅的话首选那款宽的). */
const POINTED_OPTION_AFTER = /^(?:这|那)(?:一)?(?:款|个|种|件|双|套|条|只|张|把|盏)[\u4e00-\u9fff]{1,4}?的[哦呢吧哈啦]*$/;
/** Before 首选 as a verb of advice: nothing in its clause but forms of address and advice words
 *  (亲亲首选…, 建议您首选…, 那就首选…) — no buyer group or occasion (敏感肌首选, 送礼首选) that would
 *  make it "the first choice for X". Chat logs run clauses together after a particle (…有三家哦亲亲首选),
 *  so the clause is taken from the last particle or non-Han character on. */
const PICK_ADVICE_BEFORE = new RegExp(`^(?:${BUYER_ADDRESS}|建议|推荐|可以|还是|那就|那|就|先|优先|最好|不妨|您可以|你可以)*$`);
const CLAUSE_RUN_ON = /^.*(?:[^\u4e00-\u9fff]|[哦呢吧啦哈呀嘛喔])/;
/** …and after it, one option of a few characters then an advice tail (首选自营哦, 首选小支装试试):
 *  the buyer is told which to pick, not that the goods are the market's first choice. The shop
 *  itself as the object (首选我们家) stays a claim. */
const PICK_ADVICE_AFTER = /^(?!我们|本店|我家|咱家|咱们|本品|品牌|好物|产品|之选|单品|的)[\u4e00-\u9fffa-z0-9]{1,6}?(?:哦|呢|吧|啦|哈|呀|喔|嘛|就行|就好|就可以|即可|试试|看看|比较好|更合适)/;
/** 永久 as a bicycle brand (适配永久、凤凰这些老款自行车). */
const BRAND_FOREVER = /自行车|单车|凤凰|飞鸽|车铃|车架|车座/;
/** 永久 before a verb that ends a listing, a shop, an account or a service (永久下架, 永久性注销 —
 *  the lexicon's `ended` set): "for good", a fact about what stops, not a promise that the goods last. */
const ENDED_AFTER = new RegExp(`^(?:性|地)?${lexicon.sets.ended}`);
/** …unless the end is a threat still to come (卖完就永久下架, 过了今晚将永久停售): a deadline or
 *  a stock limit pressing the buyer, the platform's 诱导性话术. */
const ENDED_THREAT_BEFORE = /(?:马上|即将|随时|很快)(?:就)?(?:会|要|将)?$|过了|一过|[卖抢售]完|不然|否则|今晚|明天|今天|下周|零点|[0-9]+点|月底|倒计时/;
/** After 唯一: what is left in stock or still to come (唯一有现货的是白色, 唯一还没发的一件) — the
 *  shop's own stock or the buyer's order, not a claim about the product. */
const ONLY_NOT_CLAIM_AFTER = /^(?:一(?:件|双|条|套|盒|瓶|只|台|份|支)[a-z0-9]*(?:码|号|色)?(?:的)?(?:了|库存|现货|存货|[,.!?;。]|$)|(?:还|目前|现在)?(?:有现货|有货|在售|现货|剩下?|还有|还在|没(?:发|到|货)|缺货|可选|能选|可以选|能发|可以发|支持)|一次|一个办法|一个方法|一个问题|一个要求|(?:的)?(?:缺点|不足|区别|不同|差别|要求|需要|要|条件|问题|遗憾|注意|办法|方法|一点|不一样))/;

/** A push to order now, which turns a deadline or an old price coming back (恢复原价, 倒计时)
 *  into the platform's 诱导性话术: 再不下单就亏, 现在不拍真的亏, 手慢无, 错过, 最后机会 — and for a
 *  deadline also a plain 赶紧/抓紧. The last pieces (仅剩2件) with only 抓紧 stay an honest notice. */
const STRONG_PRESS =
  /再不(?:下单|拍|买|抢|下手|入手|付款|囤)|抢完(?:就|即)?(?:没|无)|抢光|(?:不|没)(?:拍|买|下单|入手|抢)[^,.!?;。]{0,3}?(?:亏|后悔)|亏大了|就亏了|真的亏|后悔|手慢无|最后(?:的)?机会|错过|犹豫|先到先得|拼手速|永远买不到|再也买不到|买到就是赚到/;
const MILD_PRESS = /赶紧|抓紧|赶快|尽快下单|快(?:拍|抢|下单|入手)|速(?:拍|抢|度|来)|冲鸭|趁现在|要的今天/;
/** The last pieces rather than a deadline (仅剩2件, 最后一批): they need the strong push. */
const LAST_PIECES = /剩|件|个|套|份|瓶|盒|双|支|包|批|波|卖完|补货|停产/;
/** The urgency words reported on their own (错过不再有, 手慢无): when one is in reach, it carries
 *  the finding and the deadline is not reported a second time. */
const URGENCY_WORDS = new RegExp(`${lexicon.groups.urgency}|${lexicon.groups.pressure}`);
/** A dated rise denied in its own span (明天也不会涨价, 之后不再调价): a reassurance. */
const RISE_DENIED_IN = /(?:不会|不再|不用担心|不必担心|不怕|没有|不)(?:再|会)?(?:涨价|涨回|涨[0-9一二两三四五六七八九十]|翻倍|调价|直接涨|就没了|就没有了|没有这个)/;
/** The shop tells the buyer not to hurry (按需购买就好, 不用着急): information, not pressure. */
const NO_PRESS = /按需|不用着急|不着急|不急|慢慢(?:选|挑|看)|理性消费/;

/** Pictures, sound and software: where 特效 means special effects. */
const VISUAL_EFFECTS = /拍戏|剧组|片场|影视|特效妆|特效化妆|伤疤贴|假伤疤|道具|cosplay|万圣节|转场|剪辑|视频|画面|镜头|滤镜|动画|音效|灯光|光效|主题|游戏|电影|拍摄|后期|渲染|字幕|动效|模板|相机|软件|app|壁纸|舞台|烟花|素材|播放|显示/;
/** A degree word right before 治愈 makes it the adjective (很治愈, 太治愈了): a feeling. */
const DEGREE_BEFORE = /(?:很|超|好|太|真|特别|巨|蛮|挺|超级|非常|十分|多么|这么|那么|满满的?|有点|特)$/;
const FEELING_AFTER = /^(?:感|风|力|人心|心灵|心情|情绪|小物|好物|了?我的?(?:心|少女心|眼睛|一天)|的(?:颜色|画面|小物|感觉|氛围|配色|色调|味道|笑容))/;

/** Another shop or party as the subject of its clause, said to be or to call itself something
 *  (别家说自己是…, 隔壁那家号称…, 您朋友说的那家店是…). Not after a comparison word (比别家都好). */
const OTHER_PARTY = /(?<![比跟和与较像])(?:别家|别的店|别的商家|其他店|其他家|其他商家|隔壁|那家|人家店|同行|他们家|他们店|他们(?:那个|的)?(?:品牌|牌子|厂家|公司|店铺)|对面|竞品|友商|(?:冒充|冒用|假冒)[^,.!?;。]{0,8}?(?:的人|的店|骗子)|(?:有的|有些|某些|一些|其他|别的|那个|那些|外面的?)(?:店铺?|商家|卖家|品牌|牌子|厂家))[^,.!?;。]{0,10}?(?:说|号称|自称|宣传|标榜|写|挂|标|吹|是)/;
/** The shop or its goods in the same clause: then the ranking is the shop's own again. */
const OWN_PARTY = /(?<!冒充|冒用|假冒|盗用)(?:我们|本店|我家|咱家|咱们)|这款|本品|自家/;
const OWN_PARTY_CLAIMS = /(?:我们|本店|我家|咱家|咱们|这款|本品|自家)(?!(?:这边|也|都|就|可|真|家|店|并|从来)*(?:不|没|无法|管不着))/;

/** Whether the ranking at [start, end) is what another party says of itself or is said to be. */
function othersRanking(text: string, start: number, end: number): boolean {
  const clause = clauseBefore(text, start, 24);
  // The shop after the word keeps it the shop's (…，我们才是), unless it distances itself (…我们不清楚).
  return OTHER_PARTY.test(clause) && !OWN_PARTY.test(clause) && !OWN_PARTY_CLAIMS.test(clauseAfter(text, end, 10));
}

/** A work and what it depicts: 这本传记写的是, 纪录片讲的是, 海报上画的是, 小说的主角是. */
const WORK_NOUN = /书|传记|纪录片|电影|影片|小说|绘本|海报|画册|图册|漫画|动画|片子|剧|故事|杂志|课本|歌|画(?!质|面)|拼图|卡牌|明信片|地图|照片|相册|挂历|台历/;
const DEPICTS_BEFORE = /(?:写的是|讲的是|画的是|拍的是|印的是|讲述的?是|讲述了|描写的?是|描写了|记录的?是|记录了|介绍的?是|主角是|主人公是|讲了|写了|画了|拍了|收录的?是|收录了|原型是)[^,.!?;。]{0,8}$/;
/** …unless what it depicts is a method or a formula the buyer would use (讲的是最有效的减肥方法). */
const USABLE_AFTER = /^[^,.!?;。]{0,6}?(?:方法|办法|技巧|秘诀|配方|攻略|窍门|学习法|训练法)/;

/** Whether the ranking at [start, end) lies in what a work named in the sentence depicts. */
function workDepicts(text: string, start: number, end: number): boolean {
  const sentence = sentenceBefore(text, start, 30);
  return DEPICTS_BEFORE.test(clauseBefore(text, start, 14)) && WORK_NOUN.test(sentence) && !USABLE_AFTER.test(text.slice(end, end + 10)) && !OWN_PARTY.test(clauseBefore(text, start, 14));
}

/** Whether the subject of the 是最好 whose 最 is at `start` is an action or a wish (WISH_SUBJECT):
 *  its own clause, or — when that holds only the copula (…，是最好的选择) — the clause before it. */
function bestSubjectIsAction(text: string, start: number): boolean {
  let subject = clauseBefore(text, start, 30).replace(BEST_COPULA_BEFORE, '');
  if (subject === '') {
    const clauses = sentenceBefore(text, start, 40).split(/[,、]/).filter((c) => c !== '');
    subject = clauses.length > 1 ? clauses[clauses.length - 2] : '';
  }
  return WISH_SUBJECT.test(subject) && !GOODS_IN_SUBJECT.test(subject) && !MARKET.test(subject);
}

/** 100% / 百分百 at [start, end) promises a result (100%有效), unless it measures a material or a
 *  value (含棉量100%), is denied, asks how often a problem occurs, or assures the shop's service. */
function percentPromised(text: string, start: number, end: number, before: string): boolean {
  const clause = before + clauseAfter(text, end, 10);
  if (NEG_GUARANTEE_BEFORE.test(before)) return false;
  if (!PERCENT_PROMISE.test(clause) && PERCENT_MEASURE.test(clause)) return false;
  // 这种情况是百分百出现吗？: the shop asks how often the buyer's problem happens.
  if (PROBLEM_ASKED.test(before + clauseAfter(text, end, 10))) return false;
  // The shop's assurance about its own service (百分之百过两天有物流), not the product.
  if (/^[^,.!?;。]{0,6}?(?:有物流|发货|发出|到货|送达|给您处理|帮您|给你处理|帮你)/.test(clauseAfter(text, end, 14))) return false;
  return true;
}

/** The word after 最 to quote: two-character adjectives whole, otherwise one character. */
const MOST_WORD = /^(?:低的?价格?|受欢迎|喜欢|便宜|实惠|划算|优惠|正宗|畅销|热销|火爆|好卖|专业|权威|先进|安全|健康|环保|舒适|舒服|时尚|流行|靠谱|耐用|准确|精准|值得|好用|好吃|好看|好穿|高级|高端|高档|顶级|有效|明显|纯正|地道|齐全|完美|漂亮|显瘦|保暖|合适|适合|推荐|[^,.!?;。的了])/;

const SUGGEST: Record<string, string> = {
  低: '优惠价', 便: '很实惠', 实: '很实惠', 划: '很划算', 优: '优质', 好: '很好', 佳: '很好', 受: '很受欢迎', 畅: '很受欢迎', 热: '很受欢迎', 火: '很受欢迎',
};

/** List-word groups whose context is one test of the clause before the word (a denial or a
 *  decline): what clears them, and the finding they make otherwise. Groups with more context
 *  than that keep their own branch in check(). */
const CLAUSE_CLEARED: Readonly<Record<string, { readonly clearedBy: readonly RegExp[]; readonly messageId: 'superlative' | 'promise' | 'returns' | 'urgency'; readonly suggestion: string }>> = {
  universal: { clearedBy: [], messageId: 'promise', suggestion: '多用途' },
  cure: { clearedBy: [NEG_CURE_BEFORE], messageId: 'promise', suggestion: '' },
  guarantee: { clearedBy: [NEG_GUARANTEE_BEFORE, NEGATED_CLAIM_BEFORE], messageId: 'promise', suggestion: '' },
  rank: { clearedBy: [], messageId: 'superlative', suggestion: '很受欢迎' },
  unrivalled: { clearedBy: [], messageId: 'superlative', suggestion: '' },
  compare: { clearedBy: [], messageId: 'superlative', suggestion: '' },
  returns: { clearedBy: [NEGATED_CLAIM_BEFORE], messageId: 'returns', suggestion: '' },
  pressure: { clearedBy: [DECLINE_BEFORE], messageId: 'urgency', suggestion: '' },
};

/** The lexicon group a match came from: the one named group of the alternation it took (the
 *  lexicons' lookbehind leads are named lead…, never a group of their own). */
function groupOf(groups: Record<string, string | undefined>, names: readonly string[]): string | undefined {
  for (const name of names) if (groups[name] !== undefined) return name;
  return undefined;
}
const CLAUSE_CLEARED_GROUPS = Object.keys(CLAUSE_CLEARED);
const SECTOR_GROUPS = Object.keys(sectors.groups);

export default defineTextRule({
  id: 'absolute-claim',
  severity: 'error',
  description: {
    zh: '广告法禁用的绝对化用语和虚假承诺（最低价、全网第一、独家、国家级、100%有效、永久、特供、医生推荐、特效、稳赚不赔、虚构限时涨价等，含变体）',
    en: 'Superlatives and false promises banned by the Advertising Law (最低价, 全网第一, 独家, 国家级, 100%有效, 永久, endorsements, efficacy, guaranteed returns, fake deadlines … disguised ones included)',
  },
  protects: {
    zh: '《广告法》第九条第三项：广告不得使用"国家级""最高级""最佳"等用语；平台按虚假宣传处理',
    en: 'Advertising Law of the PRC, Art. 9(3): no "national-level", "highest-grade", "best" or similar terms; the platform treats them as false advertising',
  },
  messages: {
    superlative: {
      zh: '绝对化用语「{{quote}}」，违反《广告法》第九条第三项，可能被判虚假宣传',
      en: 'Absolute claim "{{quote}}" breaks Art. 9(3) of the Advertising Law and may be judged false advertising',
    },
    promise: {
      zh: '无法兑现的绝对承诺「{{quote}}」，违反《广告法》第九条第三项，可能被判虚假宣传',
      en: 'Absolute promise "{{quote}}" breaks Art. 9(3) of the Advertising Law and may be judged false advertising',
    },
    endorse: {
      zh: '借国家机关、媒体、医生或专家的名义背书「{{quote}}」，违反《广告法》第九条第二项、第十六条，可能被判虚假宣传',
      en: 'Endorsement in the name of state organs, media, doctors or experts "{{quote}}" breaks Art. 9(2) and 16 of the Advertising Law',
    },
    health: {
      zh: '功效或治疗断言「{{quote}}」，普通商品不得宣称治疗、速效等功效（《广告法》第十六、十七条）',
      en: 'Efficacy or treatment claim "{{quote}}"; ordinary goods may not claim cures or instant effects (Advertising Law Art. 16–17)',
    },
    returns: {
      zh: '收益保证「{{quote}}」，《广告法》第二十五条禁止对投资收益作保证性承诺',
      en: 'Guaranteed returns "{{quote}}"; Art. 25 of the Advertising Law bans promising investment returns',
    },
    education: {
      zh: '教育培训效果的保证性承诺「{{quote}}」，违反《广告法》第二十四条（不得对通过考试、升学、就业作保证，不得暗示命题人员参与）',
      en: 'Guaranteed education or exam result "{{quote}}" breaks Art. 24 of the Advertising Law',
    },
    alcohol: {
      zh: '酒类或烟草的诱导、功效说法「{{quote}}」，违反《广告法》第二十二、二十三条',
      en: 'Inducing drinking or claiming an effect of alcohol or tobacco "{{quote}}" breaks Art. 22–23 of the Advertising Law',
    },
    testimonial: {
      zh: '以买家人数或回购率作证明「{{quote}}」，无法核实的用户评价和销售状况可能被判虚假宣传（《反不正当竞争法》第八条、《广告法》第二十八条）',
      en: 'Buyer counts or repurchase rates as proof "{{quote}}": unverifiable reviews and sales claims may be judged false advertising (Anti-Unfair Competition Law Art. 8, Advertising Law Art. 28)',
    },
    urgency: {
      zh: '虚假的稀缺/限时说法「{{quote}}」属于诱导性话术，可能被判虚假宣传',
      en: 'False scarcity "{{quote}}" is an absolute claim and may be judged false advertising',
    },
  },
  check(normalized, reportFinding) {
    const text = normalized.text;
    // Spans reported by the list words: a paraphrase over the same words adds no second finding,
    // nor does a sector word inside or touching one (根治脚气 holds 根治, 高回报回本快).
    const taken: number[] = [];
    // Whole-text facts the 最 branch asks, once per text: asked per match, a text made of 最 alone
    // took time quadratic in its length (100,000 of them: 12 s).
    let hasRangeWords: boolean | undefined;
    let hasFewWords: boolean | undefined;
    let hasDigit: boolean | undefined;
    let hasContrast: boolean | undefined;
    const report: typeof reportFinding = (f) => {
      taken.push(f.start, f.end);
      // 隔壁那家说自己是行业第一, 有的商家号称特供: what another party says of itself is reported,
      // whatever the list word — the shop does not claim it.
      if (othersRanking(text, f.start, f.end)) return;
      // 想靠它改善睡眠这个我们没法打包票, 能不能根治这点不敢保证: the next words point back at the
      // claim (这个, 这点) and refuse to promise it — the claim is the buyer's hope named, not the shop's.
      if (REFUSED_AFTER.test(sentenceAfter(text, f.end, 30))) return;
      // Denied, reported and distanced, or asked of the buyer (../claim-stance.ts listStance).
      if (listStance(text, f.start, f.end) !== undefined) return;
      // 您家人在抗癌治疗期间, 医生让您补血: a health word said of what the buyer does or needs.
      if (f.messageId === 'health' && buyerDoing(text, f.start, f.end)) return;
      // 纪录片讲的是世界上最大的瀑布, 这本传记写的是一位国宝级的大师: a ranking inside what a work
      // depicts — the world the book or film is about, not the goods.
      if (f.messageId === 'superlative' && workDepicts(text, f.start, f.end)) return;
      reportFinding(f);
    };
    LEXICON.scan(text, (m) => {
      const g = m.groups!;
      const start = m.index;
      let end = start + m[0].length;
      const before = clauseBefore(text, start, 10);
      // A two-character list word that straddles a word boundary is not there (说明目前 holds 明目,
      // 抽空前往 holds 空前; src/lint/words.ts). 最 is a prefix that binds to what follows, so the
      // 最 group decides by its own context.
      if (g.most === undefined && listWordCrosses(text, start, end)) return;
      if (g.most === undefined && inBrandName(normalized, start, end)) return;
      // 适配永久、凤凰这些老款自行车: what a part fits is a brand or model, not a claim.
      if (g.most === undefined && FITS_BEFORE.test(before)) return;
      // 至尊版, 巅峰赛, 第一汽车集团, 强效制冷模式, 这个颜色叫极致黑: the word is part of a name
      // (../names.ts). Exclusivity and endorsement name a claim whatever follows (独家联名, 特供版),
      // and a market named before it (全网第一公司) ranks.
      if (nameable(g) && inThingName(text, end, before) && !MARKET.test(clauseBefore(text, start, 24))) return;
      // 名字叫金牌红, 款名叫独家记忆: a naming noun says the word is what the thing is called, whatever group.
      if (g.most === undefined && namedByNoun(text, end, before) && !MARKET.test(clauseBefore(text, start, 24))) return;
      if (g.most !== undefined) {
        // 最为 is 最 in writing (算是最为准确的, 最为合适): the word after 为 decides, and is quoted.
        if (text[end] === '为' && /^[\u4e00-\u9fff]/.test(text.slice(end + 1, end + 2))) end++;
        const after = text.slice(end, end + 6);
        if (NOT_A_CLAIM_BEFORE.test(before) || DECLINE_BEFORE.test(before) || OWN_LIMIT_BEFORE.test(before)) return;
        // 您是想要最便宜的那款吗, 您想要效果最好的话…: the buyer's wish asked about or set as a condition.
        if (BUYER_WISH_BEFORE.test(clauseBefore(text, start, 14)) && WISH_OPEN_AFTER.test(clauseAfter(text, end, 14)) && !MARKET.test(clauseBefore(text, start, 24))) return;
        // 为了达到最佳效果，请按说明书的用量使用: the best result is the purpose of an instruction.
        if (PURPOSE_BEFORE.test(before) && PURPOSE_RESULT_AFTER.test(text.slice(end, end + 8)) && ADVICE_IN.test(sentenceAfter(text, end, 30))) return;
        // 世界上最遥远的距离不是…而是…, 最好的礼物不是贵的而是用心的: the rhetorical figure that defines
        // what the 最 phrase's noun really is — a saying, not a ranking of the goods, whatever scope.
        if ((hasContrast ??= text.includes('而')) && RHETORICAL_AFTER.test(sentenceAfter(text, end, 50))) return;
        // 哪双最舒适就留哪双, 看哪款最顺手: 最 after 哪 asks or lets the buyer pick among the shop's
        // options — no ranking is stated.
        if (WHICH_BEFORE.test(before) && !MARKET.test(clauseBefore(text, start, 24))) return;
        // 努力做到最好 is effort; 我们家的阿胶糕是做得最好的 states a ranking (是 before 做得).
        if (EFFORT_BEFORE.test(before) && !SCOPE_DOING_BEFORE.test(before) && !/是(?:[^,.!?;。]{0,3})?(?:做得|做的)$/.test(before) && /^(?:好|大|佳|优)/.test(after)) return;
        // 努力为用户提供最贴心、最优质的服务: a pledge about the shop's own service, not the goods.
        if (PLEDGE_BEFORE.test(sentenceBefore(text, start, 30)) && SERVICE_NOUN_AFTER.test(clauseAfter(text, end, 10)) && !SCOPE_BEFORE.test(before)) return;
        if ((ADDRESS_AFTER.test(clauseAfter(text, end, 8)) || COURTESY_AFTER.test(clauseAfter(text, end, 8))) && !SCOPE_BEFORE.test(before)) return;
        // 您永远是最棒的, 亲们都是最美的: a compliment to the buyer, who is the subject (../names.ts).
        if (praisesBuyer(clauseBefore(text, start, 16), clauseAfter(text, end, 12))) return;
        // 建议您线下最方便 / 这样最方便: advice on what is easiest for the buyer to do.
        if (/^方便/.test(after) && /建议|推荐|您|你|这样|直接/.test(before) && !SCOPE_BEFORE.test(before)) return;
        // The shop's own options compared: 这几个口味里最甜的是黄桃味, 最便宜的一档.
        if (!SCOPE_BEFORE.test(before) && !/全网|全国|全球|市面|同行|行业/.test(clauseBefore(text, start, 24)) && OWN_OPTIONS_IN_BEFORE.test(clauseBefore(text, start, 24))) return;
        if (!SCOPE_BEFORE.test(before) && (OWN_OPTIONS_BEFORE.test(before) || (WHICH_OPTION_AFTER.test(after + text.slice(end + 6, end + 10)) && !ATTRIBUTE_BEFORE.test(before) && !MARKET.test(clauseBefore(text, start, 24))))) return;
        if (IN_SHOP_SCOPE.test(before) && /^(?:低|便宜|实惠|划算)的?(?:一档|一款|一个|那款|这款|是)/.test(after)) return;
        // 套装和单买比，套装最划算: two of the shop's own ways compared by name — unless another party
        // or a market is what it is compared with.
        if (OWN_ALTERNATIVE_AFTER.test(sentenceAfter(text, end, 24)) && !MARKET.test(sentenceBefore(text, start, 30) + sentenceAfter(text, end, 24)) && !SHOP_SUBJECT.test(clauseBefore(text, start, 12))) return;
        if (OWN_COMPARED.test(sentenceBefore(text, start, 30)) && !MARKET.test(sentenceBefore(text, start, 30) + clauseAfter(text, end, 12)) && !SHOP_SUBJECT.test(clauseBefore(text, start, 12))) return;
        if (SHOP_PERIOD_BEFORE.test(clauseBefore(text, start, 16)) && PICKED_ITEM_AFTER.test(after) && !MARKET.test(sentenceBefore(text, start, 30) + sentenceAfter(text, end, 30))) return;
        if (!MARKET.test(clauseBefore(text, start, 24) + clauseAfter(text, end, 12))) {
          if (OWN_RANGE.test(clauseBefore(text, start, 24)) || PRICE_WHICH_OPTION_AFTER.test(clauseAfter(text, end, 16))) return;
        }
        // The range named in an earlier clause of the sentence still holds (三个颜色里黑色最耐脏，白色
        // 最显气质; 店里这两款里，加绒款最保暖), and a longer answer naming one option (最受猫咪欢迎的是
        // 瓦楞纸款) as well — unless the sentence names a market anywhere.
        // (Guarded by the words the two tests need: this branch sees every 最 of a bulk run.)
        if ((hasRangeWords ??= /[里中]|的(?:是|就是|要数|应该是|当属|算是)/.test(text)) && !SCOPE_BEFORE.test(before) && (!ATTRIBUTE_BEFORE.test(before) || MEASURE_ATTRIBUTE_BEFORE.test(before)) && !MARKET.test(sentenceBefore(text, start, 40) + sentenceAfter(text, end, 16))) {
          if (OWN_RANGE.test(sentenceBefore(text, start, 40)) || WHICH_OPTION_LONG_AFTER.test(clauseAfter(text, end, 20))) return;
        }
        // The shop's own options pointed at and counted as the sentence's topic (店里这三个颜色，黑色最百搭;
        // 那两款，厚的最保暖): a 最 in a later clause ranks among them — unless a market is named.
        if (!SCOPE_BEFORE.test(before) && POINTED_RANGE_TOPIC.test(sentenceBefore(text, start, 40)) && !SHOP_SUBJECT.test(clauseBefore(text, start, 16)) && !MARKET.test(sentenceBefore(text, start, 40) + sentenceAfter(text, end, 16))) return;
        // The shop says first how few options it has (我们家就三个颜色，白色最百搭; 店里一共两款，加厚的最
        // 保暖): a 最 later in the sentence ranks among them — unless the sentence names a market.
        if ((hasFewWords ??= /[就只共仅有]/.test(text)) && !SCOPE_BEFORE.test(before) && OWN_FEW.test(sentenceBefore(text, start, 40)) && !SHOP_SUBJECT.test(clauseBefore(text, start, 16)) && !MARKET.test(sentenceBefore(text, start, 40) + sentenceAfter(text, end, 16))) return;
        // A figure right after the word states the product's own limit (续航最长18个小时, 最高可达
        // 210度): a specification, unless a market is named.
        if ((hasDigit ??= /[0-9]/.test(text)) && !SCOPE_BEFORE.test(before) && SPEC_FIGURE_AFTER.test(clauseAfter(text, end, 12)) && !MARKET.test(sentenceBefore(text, start, 24) + clauseAfter(text, end, 16))) return;
        if (!SCOPE_BEFORE.test(before) && MODEL_CHOICE_BEFORE.test(before)) return;
        if (INFO_ACCURACY_AFTER.test(after) && !SCOPE_BEFORE.test(before) && INFO_SOURCE.test(text.slice(Math.max(0, start - 40), start))) return;
        // 官网可查最新最全的优惠信息: how complete or current the information the buyer looks up is.
        if (INFO_WORD_FIRST.test(after) && INFO_ABOUT_AFTER.test(clauseAfter(text, end, 16)) && !SCOPE_BEFORE.test(before) && !MARKET.test(clauseBefore(text, start, 16))) return;
        // 价格最低可以做到八五折: how far the shop itself can go in a bargain.
        if (!SCOPE_BEFORE.test(before) && /^低(?:价|折扣)?(?:可以|能|只能)(?:做到|给|到|打)/.test(after + text.slice(end + 6, end + 10))) return;
        if (OWN_FLOOR_BEFORE.test(before) && /^低(?:的)?(?:折扣|折|价)/.test(after) && !/全网|全国|同行|市面/.test(clauseAfter(text, end, 10))) return;
        let claim: boolean;
        // 全网姐妹最爱的, 全国宝妈最喜欢: a market's favourite, whoever stands between.
        const marketFavourite = /^(?:爱|喜欢|受欢迎|青睐|信赖)/.test(after) && MARKET.test(clauseBefore(text, start, 16));
        const word0 = MOST_WORD.exec(after);
        const rest = text.slice(end + (word0 ? word0[0].length : 1), end + 12);
        if (marketFavourite || ((SCOPE_BEFORE.test(before) || SCOPE_DOING_BEFORE.test(before) || ATTRIBUTE_BEFORE.test(before)) && !/^(?:近|终|初|开始|后|早|晚|迟|慢|多|少)/.test(after))) claim = true;
        else if (OPTION_AFTER.test(rest)) claim = false;
        else if (IN_SHOP_SCOPE.test(before) && !/^(?:低|便宜|实惠|划算)/.test(after)) claim = false;
        // 水温80度左右口感最好; 开封后建议三个月内吃完，口感最佳: the best taste under a stated
        // condition or the time-bound advice just given, not a ranking.
        else if (
          (after.startsWith('好') || after.startsWith('佳')) &&
          (CONDITION_BEFORE.test(before) || (/^(?:口感|风味|味道|效果|状态|香味)?$/.test(before) && USE_BY_ADVICE_BEFORE.test(sentenceBefore(text, start, 30))))
        )
          claim = false;
        // 如果周末能送到是最好的, 提前一天解冻是最好的, 您选大一码，是最好的选择, 退了重新拍是最快的: a wish
        // or advice about an action, said with 是最好/最快/最省事 — not the goods ranked.
        else if (ACTION_RANK_FIRST.test(after) && BEST_COPULA_BEFORE.test(before) && BEST_WISH_AFTER.test(clauseAfter(text, end, 10)) && bestSubjectIsAction(text, start)) claim = false;
        // 一般需要刚没过刀头最好, 泡一晚上再煮最好: 最好 closing advice on how to use — "it is best to",
        // said of the buyer's way of doing something, not of the goods.
        else if (after.startsWith('好') && BEST_CLOSES_ADVICE.test(clauseAfter(text, end, 6)) && USAGE_ADVICE_BEFORE.test(clauseBefore(text, start, 16)) && !PRODUCT_SUBJECT_BEFORE.test(clauseBefore(text, start, 16))) claim = false;
        else if (after.startsWith('快')) claim = !DELIVERY_AFTER.test(after) && !ESTIMATE_NEAR.test(clauseAfter(text, end + 1, 14)) && !ESTIMATE_BEFORE.test(before);
        else if (IN_SHOP.test(before) && ((after.startsWith('好') && SALES_BEFORE.test(before)) || IN_SHOP_POPULAR.test(after))) claim = false;
        else if (after.startsWith('好')) claim = BEST_CLAIM_AFTER.test(clauseAfter(text, end, 6)) || /(?:效果|质量|品质|口碑|做工|服务|性价比|卖得|得)$/.test(before);
        else if (after.startsWith('低')) claim = LOW_CLAIM_AFTER.test(after) || PRICE_BEFORE.test(before);
        else if (after.startsWith('高')) claim = HIGH_CLAIM_AFTER.test(after) || /(?:纯度|品质|质量|浓度|性价比|等级|配置|颜值|口碑|评分|人气)$/.test(before);
        else if (after.startsWith('大')) claim = BIG_CLAIM_AFTER.test(after);
        else claim = after.length > 0 && /^[\u3007\u3400-\u9fff\uf900-\ufaff]/.test(after) && !MOST_NOT_CLAIM.test(after);
        if (!claim) return;
        // Quote 最 with its word: 最低价, 最便宜, 最好.
        const word = MOST_WORD.exec(after);
        end += word ? word[0].length : 1;
        report({ start, end, messageId: 'superlative', suggestion: SUGGEST[after[0]] ?? '' });
      } else if (g.first !== undefined) {
        const after = text.slice(end, end + 4);
        if (ORDINAL_AFTER.test(after)) return;
        // 现在还不是第一, 算不上行业第一: the ranking denied or declined (a rhetorical 难道不是 stays).
        if (DECLINE_BEFORE.test(before) && !/(?:难道|岂)[^,.!?;。]{0,6}$/.test(before)) return;
        // 两种方式:第一，…第二，… — an enumerator opening its clause, not a ranking.
        if (/(?:^|:)$/.test(before) && /^[,:、]/.test(after) && /第二|其次|二是|另一/.test(text.slice(end))) return;
        if (!RANKING_BEFORE.test(before) && !RANKED_AFTER.test(clauseAfter(text, end, 4))) return;
        // 祝孩子比赛拿第一, 预祝您考第一名: a wish for a person, not the goods ranked — unless the goods
        // are what brings it (穿上它拿第一).
        if (WISH_FOR_BEFORE.test(clauseBefore(text, start, 12)) && !GOODS_CAUSE.test(sentenceBefore(text, start, 30))) return;
        report({ start, end, messageId: 'superlative', suggestion: '很受欢迎' });
      } else if (g.top !== undefined) {
        // 款号No.1是奶白色，No.2是燕麦色: codes of the shop's own options, counted on in the text.
        if (/^(?:no|top)/.test(m[0]) && (/(?:款号|货号|编号|型号|色号|色卡|序号|代号)(?:表|卡|单)?(?:里|上|中)?(?:的|是)?$/.test(before) || /(?<![a-z])(?:no|top)\.?[2-9](?![0-9])/.test(text))) return;
        report({ start, end, messageId: 'superlative', suggestion: '热门' });
      } else if (g.percent !== undefined) {
        if (!percentPromised(text, start, end, before)) return;
        report({ start, end, messageId: 'promise', suggestion: '' });
      } else if (g.only !== undefined) {
        if (IDENTIFIER_BEFORE.test(before) || IDENTIFIER_AFTER.test(text.slice(end, end + 8))) return;
        const clause = clauseBefore(text, start, 24);
        if (ONLY_NOT_CLAIM_AFTER.test(text.slice(end, end + 6)) && !MARKET.test(clause)) return;
        if (OWN_RANGE.test(clause) && !MARKET.test(clause + clauseAfter(text, end, 12))) return;
        // 您是今天唯一一个问这个的: the buyer is who is unique, not the goods; 这是唯一的收货地址吗: the
        // staff asks the buyer about their own details.
        if (BUYER_IS_BEFORE.test(clause.slice(-12))) return;
        const next = clauseAfter(text, end, 10);
        if (QUESTION_AFTER.test(next) && BUYER_DETAIL_AFTER.test(next) && !MARKET.test(clause)) return;
        report({ start, end, messageId: 'superlative', suggestion: '' });
      } else if (g.absolute !== undefined) {
        // 我们绝对会帮您处理好 commits the shop's service, it does not advertise the product.
        if (SERVICE_AFTER.test(text.slice(end, end + 12))) return;
        if (NEG_GUARANTEE_BEFORE.test(before)) return;
        // 绝对不要用热水洗, 绝对别暴晒: a care warning to the buyer, not a promise about the goods.
        if (ABSOLUTE_WARNING_AFTER.test(text.slice(end, end + 8)) || ABSOLUTE_MUST_NOT_AFTER.test(text.slice(end, end + 8))) return;
        report({ start, end, messageId: 'promise', suggestion: '' });
      } else if (g.norisk !== undefined) {
        if (NEG_GUARANTEE_BEFORE.test(before) || NEG_RISK_BEFORE.test(before) || NEG_RISK_AFTER.test(clauseAfter(text, end, 14))) return;
        report({ start, end, messageId: 'promise', suggestion: '' });
      } else if (g.idiom !== undefined) {
        // 不敢说数一数二 / 算不上首屈一指: the shop declines the ranking.
        if (NOT_A_CLAIM_BEFORE.test(before) || NEG_GUARANTEE_BEFORE.test(before) || /算不上$|称不上$|谈不上$/.test(before)) return;
        report({ start, end, messageId: 'superlative', suggestion: '' });
      } else if (g.efficacy !== undefined) {
        if (NEG_GUARANTEE_BEFORE.test(before)) return;
        // The outcome must follow in the same clause: 保证正品 or 一定帮您处理 promise no efficacy.
        const o = OUTCOME.exec(clauseAfter(text, end, 12));
        if (o === null) return;
        // 保证信息真实有效 asks whoever fills a form to vouch for their data: no product outcome.
        if (/^(?:所?填写?的?|提供的?|上传的?|您的|你的)?(?:信息|资料|内容|材料|证件|数据)/.test(clauseAfter(text, end, 12))) return;
        report({ start, end: end + o.index + o[0].length, messageId: 'promise', suggestion: '' });
      } else if (g.forever !== undefined) {
        if (NEG_GUARANTEE_BEFORE.test(before)) return;
        if (m[0] === '永久' && BRAND_FOREVER.test(text.slice(Math.max(0, start - 12), end + 16))) return;
        if (m[0] === '永久' && ENDED_AFTER.test(text.slice(end, end + 6)) && !ENDED_THREAT_BEFORE.test(clauseBefore(text, start, 12))) return;
        report({ start, end, messageId: 'promise', suggestion: m[0] === '永久' ? '长期' : '' });
      } else if (g.premier !== undefined) {
        // 默认首选顺丰 is a shipping choice, not a product claim.
        if (m[0] === '首选' && /快递|物流|发货|顺丰|中通|圆通|韵达|申通|邮政/.test(before + clauseAfter(text, end, 6))) return;
        // 新手的话首选小瓶装, 建议首选试用装: advice to a kind of buyer between the shop's own sizes or
        // packs, not a ranking of the goods (送礼首选 names no option and stays a claim).
        if (m[0] === '首选' && /(?:的话|建议|推荐|可以|就)$/.test(before) && (PACK_OPTION_AFTER.test(text.slice(end, end + 8)) || POINTED_OPTION_AFTER.test(clauseAfter(text, end, 10)))) return;
        // 亲亲首选自营哦, 首选小支装试试: advice to the buyer on which option to pick.
        if (m[0] === '首选' && PICK_ADVICE_BEFORE.test(clauseBefore(text, start, 24).replace(CLAUSE_RUN_ON, '')) && PICK_ADVICE_AFTER.test(clauseAfter(text, end, 12))) return;
        // 我个人首选深色这款: a staff member's own pick between the shop's options, not a ranking.
        if (m[0] === '首选' && /(?:我|我个人|个人|我自己|我会)$/.test(before)) return;
        // 您首选的颜色缺货: the buyer's own first pick (a verb before 的), unlike 您的首选 (a claim).
        if (m[0] === '首选' && /(?:您|你|顾客|买家|客户)(?:如果|要是)?$/.test(before) && (text[end] === '的' || /^(?:哪|什么|啥)/.test(text.slice(end, end + 2)))) return;
        // 首选轻便的话选薄款, 如果您首选保暖就拿加绒款: the buyer's own priority set as a condition —
        // what the buyer puts first picks between the shop's options, the goods are ranked by no one.
        if (m[0] === '首选' && (/^[\u4e00-\u9fff]{1,4}的话/.test(text.slice(end, end + 8)) || (IF_BEFORE.test(clauseBefore(text, start, 24)) && /(?:您|你)(?:们)?(?:更|比较|主要)?$/.test(before)))) return;
        // 我们在成都开的首家线下店: the first of the shop's own stores, a date in its history.
        if (m[0] === '首家' && OWN_OPENED_BEFORE.test(before) && STORE_AFTER.test(text.slice(end, end + 6)) && !MARKET.test(clauseBefore(text, start, 24))) return;
        report({ start, end, messageId: 'superlative', suggestion: m[0] === '首选' ? '推荐' : '新品' });
      } else if (g.exclusive !== undefined) {
        // 每个人的肤色都独一无二, 每只猫都是独一无二的: what is unique is each person or pet (or
        // theirs), a truism about people that advises, not the goods ranked.
        if (EACH_LIVING_BEFORE.test(clauseBefore(text, start, 16))) return;
        // 这款不是我们独家的: the shop disclaims exclusivity.
        if (/(?:不是|并非|不算|算不上|谈不上|没有)(?:我们|本店|我家|咱家|我们家)?(?:全国|全网|全球|行业|业内|市面上?)?的?$/.test(before)) return;
        report({ start, end, messageId: 'superlative', suggestion: m[0] === '独家' ? '本店' : '难得' });
      } else if (g.grade !== undefined) {
        if (DECLINE_BEFORE.test(before)) return;
        report({ start, end, messageId: 'superlative', suggestion: m[0].endsWith('级') || m[0].startsWith('国家') ? '' : '优质' });
      } else if (g.endorse !== undefined) {
        if (DECLINE_BEFORE.test(before) || ADVICE_FOLLOW_BEFORE.test(before) || ADVICE_FOLLOW_AFTER.test(text.slice(end, end + 4))) return;
        if (inBookTitle(normalized, start, end)) return;
        // 是您家医生推荐的吧: the buyer's own doctor, a fact about the buyer — no expert the shop cites.
        if (BUYER_OWN_BEFORE.test(before)) return;
        report({ start, end, messageId: 'endorse', suggestion: '' });
      } else if (g.health !== undefined) {
        if (NEGATED_CLAIM_BEFORE.test(before) || NEG_RISK_BEFORE.test(before) || NEG_RISK_AFTER.test(clauseAfter(text, end, 14)) || LIMITED_BEFORE.test(before)) return;
        // 增高鞋垫, 内增高的靴子: footwear that adds height by its own build — a measurement of the
        // insole, not an effect on the body.
        if (m[0] === '增高' && FOOTWEAR_AFTER.test(text.slice(end, end + 6)) && !BODY_GROWTH.test(sentenceAround(text, start, end))) return;
        // 助眠只是个人感受，不是功效: the shop takes the word back in the same sentence.
        if (DISCLAIMED_AFTER.test(sentenceAfter(text, end, 24))) return;
        // 一般一个月左右能看到效果，因人而异: a time to effect given as a usual range with its caveat is
        // advice on patience, not the XX天见效 promise.
        if (TIME_FIRST.test(m[0]) && TIME_EFFECT_HEDGE.test(sentenceAround(text, start, end))) return;
        if (m[0].includes('菌') && APPLIANCE.test(text.slice(Math.max(0, start - 40), end + 20))) return;
        // A step the buyer performs, a machine's function, a phenomenon explained (../claim-stance.ts).
        if (efficacyStance(text, start, end) !== undefined) return;
        // 特效 of pictures and sound (剪辑课讲特效和转场, 主题支持该特效), 治愈 as a feeling (摆在桌上很治愈,
        // 治愈感满满): the word's other sense, no efficacy claimed.
        if (m[0] === '特效' && VISUAL_EFFECTS.test(sentenceAround(text, start, end))) return;
        if (m[0] === '治愈' && (DEGREE_BEFORE.test(before) || FEELING_AFTER.test(text.slice(end, end + 6)))) return;
        report({ start, end, messageId: 'health', suggestion: '' });
      } else if (g.extreme !== undefined || g.rarity !== undefined || g.level !== undefined) {
        if (DECLINE_BEFORE.test(before)) return;
        // 您家祖传的老木箱: the buyer's household's own thing, not the goods on sale.
        if (BUYER_HOUSE_BEFORE.test(before)) return;
        // 不包完美, 我们不保证完美无瑕: the shop declines to promise it — an honest limit.
        if (NEG_GUARANTEE_BEFORE.test(before) && !/(?:难道|岂)[^,.!?;。]{0,4}$/.test(before)) return;
        if (m[0] === '完美' && PERFECT_VERB_BEFORE.test(before)) return;
        // 针的尖端, 笔的尖端做了圆头: the pointed end of a thing, not the cutting edge of technology.
        if (m[0] === '尖端' && /[\u4e00-\u9fff]的$/.test(before) && !TECH_AFTER.test(text.slice(end, end + 4)) && !MARKET.test(clauseBefore(text, start, 16))) return;
        // 要是明天能到就完美了: a wish under a condition; 想要完美的妆效，最好先…: the purpose of advice.
        if (m[0] === '完美' && /就(?:更|会更|太)?$/.test(before) && IF_BEFORE.test(clauseBefore(text, start, 24))) return;
        if (m[0] === '完美' && PURPOSE_BEFORE.test(before) && PURPOSE_RESULT_AFTER.test(text.slice(end, end + 8)) && ADVICE_IN.test(sentenceAfter(text, end, 30))) return;
        report({ start, end, messageId: 'superlative', suggestion: '' });
      } else if (g.deadline !== undefined) {
        // A deadline or the last pieces told as information stays clean; a push in the text makes it pressure.
        const around = text.slice(Math.max(0, start - 40), end + 40);
        const pressed = STRONG_PRESS.test(around) || (!LAST_PIECES.test(m[0]) && MILD_PRESS.test(around));
        if (!pressed || NO_PRESS.test(around) || DECLINE_BEFORE.test(before) || URGENCY_WORDS.test(around)) return;
        report({ start, end, messageId: 'urgency', suggestion: '' });
      } else if (g.urgency !== undefined) {
        // 今天最后一波发货 / 最后一批揽收: the courier's schedule told as information, not scarcity.
        if (SHIPPING_AFTER.test(text.slice(end, end + 6))) return;
        // 破例给您补发，仅此一次; 改地址系统只能改一次，仅此一次机会; 最后一波问一下尺码: a favour, a
        // system's limit or a last question — nothing on sale in the sentence to press the buyer into.
        if (/^(?:仅此一次|最后一波)$/.test(m[0]) && SERVICE_ACT.test(sentenceAround(text, start, end)) && !ON_SALE.test(sentenceAround(text, start, end))) return;
        report({ start, end, messageId: 'urgency', suggestion: '欢迎选购' });
      } else {
        const group = groupOf(g, CLAUSE_CLEARED_GROUPS);
        if (group === undefined) return;
        const plain = CLAUSE_CLEARED[group];
        if (plain.clearedBy.some((re) => re.test(before))) return;
        // 明天也不会涨价, 过两天不会调价: the rise denied inside the dated match reassures the buyer.
        if (group === 'pressure' && RISE_DENIED_IN.test(m[0])) return;
        report({ start, end, messageId: plain.messageId, suggestion: plain.suggestion });
      }
    });
    PARAPHRASE.scan(text, (m) => {
      const g = m.groups!;
      // A lead in a lookbehind (the lexicon keeps a pair gate that way, or starts the scan at a
      // rarer word than the lead's: 对手 rather than 没有) belongs to the span.
      const start = m.index - leadsOf().reduce((n, k) => n + (g[k]?.length ?? 0), 0);
      const end = m.index + m[0].length;
      if (overlapsTaken(taken, start, end, false)) return;
      const before = clauseBefore(text, start, 10);
      // An outcome names its problem with a negation of its own (胃不好的, 睡不着的): only a denial
      // of the result clears it (不能保证三天就好); other groups take any negation before them.
      const structural = g.outcome3 !== undefined || g.medfree !== undefined || g.nomore !== undefined || g.anyone !== undefined || g.likemed !== undefined;
      // A made-up hurry holds its own negation (现在不拍下一秒就没了): no negation test for it.
      if (g.press2 === undefined && (g.outcome !== undefined || g.outcome2 !== undefined || structural ? NEG_OUTCOME_BEFORE.test(before) : NEG_GUARANTEE_BEFORE.test(before) || NEGATED_CLAIM_BEFORE.test(before) || DECLINE_BEFORE.test(before))) return;
      const sentence = sentenceBefore(text, start, 40) + text.slice(start, end) + sentenceAfter(text, end, 30);
      if (g.outcome !== undefined || g.outcome2 !== undefined) {
        if (OUTCOME_ADVICE.test(sentenceAround(text, start, end))) return;
        // A disinfectant's kill rate, or one backed by a test report, is the registered product's claim.
        // A water filter removing metals is its tested function.
        if (/重金属|铅|汞/.test(m[0]) && /净水|滤水|过滤|滤芯/.test(sentenceBefore(text, start, 40) + sentenceAfter(text, end, 30))) return;
        if (/菌|病毒|螨/.test(m[0]) && KILL_RATE_OWN.test(sentenceBefore(text, start, 40) + sentenceAfter(text, end, 30))) return;
        if ((USE_VERB_FIRST.test(m[0]) || BARE_RECURRENCE.test(m[0])) && !AILMENT.test(sentence) && !BODY.test(sentence)) return;
        // 胃病慢慢就好了 claims the goods only when they are used in the sentence; 长高5cm likewise,
        // and 一年长高5cm很正常 states a fact of growing children.
        if (/^(?:慢慢|渐渐|逐渐|自然|自己)/.test(m[0]) && (!USED_IN_SENTENCE.test(sentence) || !PROBLEM_JUST_BEFORE.test(clauseBefore(text, start, 8)))) return;
        // 颈椎病都能按好: the problem or body part is named right before 都能.
        if (g.lead13 !== undefined && !PROBLEM_JUST_BEFORE.test(clauseBefore(text, start, 8))) return;
        if (/^(?:长高|窜高|高了|多长|长了)/.test(m[0]) && (!USED_IN_SENTENCE.test(sentence) || GROWTH_FACT.test(sentence))) return;
        if (/(?:看到|见到|看得到|感受到|看出)/.test(m[0])) {
          if (!EFFECT_ON_BODY.test(sentence)) return;
        } else if (TIME_FIRST.test(m[0]) && !/(?:斤|kg|磅|cm|厘米|公分|寸|圈|码)$/.test(m[0])) {
          // A stretch of use then a change: a health claim only about the body, and 好了 after
          // minutes or hours says when a step is done (敷十五分钟就好了), not that a problem healed.
          if (!AILMENT.test(sentence) && !BODY.test(sentence)) return;
          if (/(?:分钟|小时)/.test(m[0]) && /好了$/.test(m[0])) return;
          if (/每$/.test(clauseBefore(text, start, 2)) || DYE.test(sentence)) return;
        }
        report({ start, end, messageId: 'health', suggestion: '' });
      } else if (structural) {
        // Body outcomes said through structure: medicine given up, a problem that never comes back,
        // a result for everyone, equal to a treatment, a body changed. A condition, advice, a question
        // or a sentence about no body at all is not a claim.
        if (OUTCOME_ADVICE.test(sentenceAround(text, start, end)) || QUESTION_AFTER.test(clauseAfter(text, end, 10))) return;
        if (IF_BEFORE.test(clauseBefore(text, start, 14)) || IF_AFTER.test(text.slice(end, end + 3))) return;
        const topic = AILMENT.test(sentence) || BODY.test(sentence);
        // The goods used somewhere else in the sentence (管用 itself holds 用).
        const used = USED_IN_SENTENCE.test(sentenceBefore(text, start, 40) + sentenceAfter(text, end, 30));
        if (g.medfree !== undefined && (!topic && !used || (/眼镜|拐杖|助听器/.test(m[0]) && !TIME_SPAN.test(sentence)))) return;
        if (g.nomore !== undefined && !topic && !/副作用|不良反应|过敏|后遗症|依赖|刺激|伤害|危害/.test(m[0])) return;
        if (g.anyone !== undefined) {
          if (TESTIMONIAL_FIRST.test(m[0]) && !AILMENT.test(sentence)) return;
          if (/^(?:个个|人人|每)/.test(m[0]) && !used) return;
        }
        if (g.likemed !== undefined) {
          // A teat or bottle shaped like the breast is feeding gear (跟亲喂差不多的奶嘴).
          if (/母乳|妈妈的奶|人奶|亲喂/.test(m[0]) && FEEDING_GEAR.test(text)) return;
          if (/岁/.test(m[0]) && !BODY.test(sentence) && !AILMENT.test(sentence)) return;
        }
        if (g.outcome3 !== undefined) {
          if (/头发|绒毛|新发|发茬|碎发|的地方/.test(m[0]) && (!topic || DYE.test(sentence))) return;
          if (/(?:圈|号|码)$/.test(m[0])) {
            if (!TIME_SPAN.test(sentence) || SIZING.test(sentence)) return;
            if (/^(?:就|能|可以|已经|都|直接)/.test(m[0]) && !/涂|抹|吃|喝|贴|敷|坚持|减|瘦/.test(sentence)) return;
          }
          if (/^(?:气血|元气|精气神|阳气|便便|大便|排便|二便)/.test(m[0]) && !used) return;
          if (/^(?:度数|近视|老花|散光)/.test(m[0]) && HEDGED.test(m[0])) return;
          if (/菌|病毒/.test(m[0]) && (KILL_RATE_OWN.test(sentence) || APPLIANCE.test(sentence))) return;
          if (g.lead20 !== undefined && !used) return;
          // Height shooting up, illness kept away, an instant effect: claims of the goods only when they
          // are taken or a body word is named (孩子长得快 is a fact, 重启一下马上就管用 a fix).
          if (/^(?:身高|个子|个头|高出|长高|窜了|蹿了|长了)/.test(m[0]) && !used) return;
          if (/(?:感冒|生病|发烧|咳嗽|拉肚子|上火|积食|犯病)$/.test(m[0]) && !used) return;
          if (/(?:起效|见效|有效果|管用|灵)$/.test(m[0]) && !topic && !used) return;
        }
        report({ start, end, messageId: 'health', suggestion: '' });
      } else if (g.rank2 !== undefined) {
        // 您的订单排在第一位 is a queue; a ranking names a market, a category or sales.
        if (/(?:输过|败过|超越过?|被超过|比下去过?|掉出过前)$/.test(m[0]) && !MARKET.test(sentence) && !RANKED_FIELD.test(sentence)) return;
        if (/^(?:排|位列|名列|位居|稳居|坐稳|稳坐)/.test(m[0]) && (!RANKED_FIELD.test(sentence) || /(?:您|你)[^,.!?;。]{0,8}$/.test(before))) return;
        report({ start, end, messageId: 'superlative', suggestion: '' });
      } else if (g.press2 !== undefined) {
        if (NO_PRESS.test(sentenceAround(text, start, end))) return;
        report({ start, end, messageId: 'urgency', suggestion: '' });
      } else if (g.gain !== undefined) {
        const around = sentenceAround(text, start, end);
        if (PROMOTION.test(around)) return;
        if (CERTAINTY_IDIOM.test(m[0])) {
          // 翻几番没跑, 涨分是板上钉钉的事, 效果我们打包票: the idiom vouches for the result named.
          if (!RESULT_TOPIC.test(sentence) || SERVICE_TOPIC.test(sentence)) return;
          report({ start, end, messageId: EXAM.test(sentence) && !INVESTMENT.test(sentence) ? 'education' : INVESTMENT.test(sentence) ? 'returns' : 'promise', suggestion: '' });
          return;
        }
        if ((/^(?:还会|还要|会继续|肯定会|一定会|年年|每年|一直|天天)/.test(m[0]) || GAIN_NEEDS_INVESTMENT.test(m[0])) && !INVESTMENT.test(sentence)) {
          // 后面只会越来越贵 with a push (最后机会, 赶紧) is a made-up price rise, not an investment.
          if (/^只会/.test(m[0]) && /贵|涨/.test(m[0]) && (STRONG_PRESS.test(text) || MILD_PRESS.test(text)) && !NO_PRESS.test(text)) report({ start, end, messageId: 'urgency', suggestion: '' });
          return;
        }
        // A rate quoted with the notice it must carry (年化3%，过往业绩不代表未来) is information, as
        // for the sector vocabulary's rates; a capital or no-risk promise is not excused by it.
        if (RISK_NOTICE.test(around) && !RETURN_PROMISE.test(around) && !/本金|风险/.test(m[0])) return;
        report({ start, end, messageId: 'returns', suggestion: '' });
      } else if (g.authority !== undefined) {
        if (ADVICE_FOLLOW_BEFORE.test(before) || /(?:凭|需要?|须|要有|开具?)[^,.!?;。]{0,4}$/.test(before)) return;
        // 是您家医生推荐您买的吧: the buyer's own doctor, a fact about the buyer (as for the endorse words).
        if (BUYER_OWN_BEFORE.test(before)) return;
        if (/^(?:中南海|人民大会堂|国宴|钓鱼台)/.test(m[0]) && !SUPPLY.test(sentence)) return;
        if (QUESTION_AFTER.test(clauseAfter(text, end, 10))) return;
        report({ start, end, messageId: 'endorse', suggestion: '' });
      } else if (g.firstof !== undefined) {
        // 以前没人做过这种定制 offers a service; a first needs a market (国内以前没人做出来过).
        if (/没(?:有)?(?:人|谁|一家|哪家|品牌|厂家|厂商)/.test(m[0]) && !MARKET.test(sentence)) return;
        report({ start, end, messageId: 'superlative', suggestion: '新品' });
      } else if (g.percent !== undefined) {
        // A measure (百分之一百的棉) is decided here: later scanners do not report the same words.
        if (!percentPromised(text, start, end, before)) {
          taken.push(start, end);
          return;
        }
        report({ start, end, messageId: 'promise', suggestion: '' });
      } else if (g.level !== undefined) {
        report({ start, end, messageId: 'superlative', suggestion: '' });
      } else if (g.scarce !== undefined) {
        // 这款没货了，有钱也买不到，抱歉: an apology for what is sold out, not pressure to buy.
        if (SOLD_OUT.test(sentenceBefore(text, start, 30) + sentenceAfter(text, end, 20))) return;
        if (QUESTION_AFTER.test(clauseAfter(text, end, 10))) return;
        report({ start, end, messageId: 'urgency', suggestion: '' });
      } else if (g.rival !== undefined) {
        // 比我们卖得多的一家都没有 ranks the shop against a market, which the clause must name;
        // 一张顶别家十张 names the others itself.
        if (/没有$/.test(m[0]) && !MARKET.test(sentenceBefore(text, start, 24) + m[0]) && !/各大|各个|所有|任何/.test(sentenceBefore(text, start, 24))) return;
        // 没人比得过您细心 praises the buyer: nobody-passes is a ranking with a market or the shop in it.
        if (g.lead24 !== undefined && !MARKET.test(sentence) && !/我们|我家|咱家|本店|这款|这个|它/.test(sentence)) return;
        report({ start, end, messageId: 'superlative', suggestion: '' });
      } else if (g.disguise !== undefined) {
        report({ start, end, messageId: /^t0p|t0p$|^第壹/.test(m[0]) ? 'superlative' : 'health', suggestion: '' });
      } else if (g.peerless !== undefined || g.harmless !== undefined || g.pledge !== undefined) {
        // 舔了也没事吗？/ 没效果包退吗: the shop asks or repeats the buyer, it claims nothing.
        if (QUESTION_AFTER.test(clauseAfter(text, end, 10))) return;
        // 没有瘦不下来的 / 没有考不过的: a double negation promises a result only about an exam or the body.
        if (g.pledge !== undefined && /^(?:保底|至少|最少|起码|平均|人均|也|都|达不到|没达到|考不到|没考到|不到)/.test(m[0]) && !/报|班|课|学|考|刷题|老师|教材|辅导|培训/.test(sentence)) return;
        if (g.pledge !== undefined && /(?:时间|早晚)(?:问题|的事)$/.test(m[0]) && !/报|班|课|学|考|刷题|老师|跟着/.test(sentence)) return;
        if (g.pledge !== undefined && /^没有/.test(m[0]) && !EXAM.test(m[0]) && !AILMENT.test(sentence) && !BODY.test(sentence) && !/瘦|减|白|见效|有效|管用|长高/.test(m[0])) return;
        const messageId = g.peerless !== undefined ? 'superlative' : g.pledge !== undefined && EXAM.test(m[0]) ? 'education' : 'promise';
        report({ start, end, messageId, suggestion: '' });
      } else if (g.effect !== undefined) {
        if (OUTCOME_ADVICE.test(sentenceAround(text, start, end)) || QUESTION_AFTER.test(clauseAfter(text, end, 10))) return;
        if (IF_BEFORE.test(clauseBefore(text, start, 14))) return;
        const rest = sentenceBefore(text, start, 40) + sentenceAfter(text, end, 30);
        // A disease kept away, a use then a bodily change: a body problem or part must be named.
        if (/^(?:离你|远离|跟你|和你|与你|绕着|找不上|不敢)/.test(m[0]) && !AILMENT.test(clauseBefore(text, start, 12)) && !/病|癌|瘤/.test(clauseBefore(text, start, 12))) return;
        if (/^(?:用了|吃了|喝了|贴了|涂了|戴了|泡了|敷了)/.test(m[0]) && !AILMENT.test(rest) && !BODY.test(rest)) return;
        if (/^(?:毒|毒素|湿气|寒气|脏东西|宿便|油脂)/.test(m[0]) && !USED_IN_SENTENCE.test(rest)) return;
        if (/^(?:肝|胃|肾|肠胃|身体|嗓子)/.test(m[0]) && !USED_IN_SENTENCE.test(rest) && !/应酬|喝酒|熬夜|天天|长期/.test(rest)) return;
        report({ start, end, messageId: 'health', suggestion: '' });
      } else if (g.exempt !== undefined) {
        if (/^(?:质检|检验|监管|抽检)/.test(m[0]) && !/质量|品质/.test(sentence)) return;
        report({ start, end, messageId: 'promise', suggestion: '' });
      } else if (g.rise !== undefined) {
        // A rise to a figure is a dated rise only with a time before it in the clause; told as
        // information it stays clean, a push in the text makes it pressure.
        if (!RISE_TIME_BEFORE.test(clauseBefore(text, start, 16))) return;
        const around = text.slice(Math.max(0, start - 40), end + 40);
        if (!(STRONG_PRESS.test(around) || MILD_PRESS.test(around)) || NO_PRESS.test(around)) return;
        report({ start, end, messageId: 'urgency', suggestion: '' });
      }
    });
    SECTORS.scan(text, (m) => {
      const group = groupOf(m.groups!, SECTOR_GROUPS)!;
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsTaken(taken, start, end, true)) return;
      if (listWordCrosses(text, start, end)) return;
      const before = clauseBefore(text, start, 10);
      if (inBrandName(normalized, start, end) || inBookTitle(normalized, start, end) || FITS_BEFORE.test(before)) return;
      // The shop denies, declines or cannot promise it (不能治疗鼻炎, 不保证升值, 不敢说无残留).
      // 不用的话就会得颈椎病: the negation is the condition the threat needs (its lookbehind), not a denial.
      const threat = group === 'hype' && /^(?:会|就)(?:得|患|生)/.test(m[0]);
      if (!threat && (NEGATED_CLAIM_BEFORE.test(before) || NEG_GUARANTEE_BEFORE.test(before) || NEG_RISK_BEFORE.test(before) || DECLINE_BEFORE.test(before))) return;
      if (HEALTH_STANCE_GROUPS.has(group) && LIMITED_BEFORE.test(before)) return;
      if (NEG_RISK_AFTER.test(clauseAfter(text, end, 14)) || QUESTION_AFTER.test(clauseAfter(text, end, 10))) return;
      if ((group === 'disease' || group === 'medical' || group === 'testimonial' || group === 'healthfood') && SEEK_CARE_BEFORE.test(sentenceBefore(text, start, 20))) return;
      if (group === 'formula' && /奶源|牧场/.test(m[0]) && !FORMULA_GOODS.test(text)) return;
      // One push to buy is one finding: 恢复原价，再不入手就亏了 is reported at its first words.
      if (group === 'lure2' && nearTaken(taken, start, end, 20)) return;
      // Described, instructed or explained rather than claimed (../claim-stance.ts): 药材的药效各不相同.
      if (HEALTH_STANCE_GROUPS.has(group) && efficacyStance(text, start, end) !== undefined) return;
      // An insurer settling a loss (运费险是保险公司理赔的) is after-sales; the banned claim is an
      // insurer standing behind the goods' effect (无效退款、保险公司保险).
      if (group === 'medical' && m[0].startsWith('保险公司') && (m[0].endsWith('理赔') || AFTER_SALES_INSURANCE.test(sentenceAround(text, start, end))) && !INSURED_EFFECT.test(sentenceAround(text, start, end))) return;
      // 仿母乳设计的奶嘴: a teat or bottle shaped like the breast is feeding gear, not formula
      // claiming to replace breast milk.
      if (group === 'formula' && /母乳|人乳/.test(m[0]) && FEEDING_GEAR.test(text)) return;
      const around = text.slice(Math.max(0, start - 30), end + 20);
      // An air purifier killing viruses is the claim (the registered disinfectant is not); a water
      // filter removing metals is its tested function.
      if (group === 'medical' && /病毒|病菌|流感|新冠/.test(m[0]) && KILL_RATE_OWN.test(around)) return;
      // 积分一定翻倍 doubles a shop offer, not the value of goods.
      if (group === 'invest' && PROMOTION.test(around)) return;
      // A rate stated with the required risk notice (年化收益率以说明书为准，过往不代表未来): disclosure,
      // not a promise — unless the sentence promises too (稳赚, 保证).
      if (group === 'invest' && RISK_NOTICE.test(sentenceAround(text, start, end)) && !RETURN_PROMISE.test(sentenceAround(text, start, end))) return;
      if (group === 'healthfn' && ((m[0] === '抗氧化' && METAL.test(around)) || (/重金属|铅|汞/.test(m[0]) && /净水|滤水|过滤|滤芯/.test(around)))) return;
      report({ start, end, messageId: SECTOR_MESSAGE[group] ?? 'superlative', suggestion: '' });
    });
    // The same claims said in the seller's own words (../claim-frame.ts): a topic, an assurance and
    // a result in one clause. A claim the words above already reported adds no second finding.
    for (const f of claimFrames(text)) {
      if (nearTaken(taken, f.start, f.end, 4)) continue;
      // A once-only favour or a system's limit (破例补发仅此一次, 改地址只有一次机会) said with nothing on
      // sale, as for the urgency words above.
      if (f.kind === 'urgency' && SERVICE_ACT.test(sentenceAround(text, f.start, f.end)) && !ON_SALE.test(sentenceAround(text, f.start, f.end))) continue;
      if (inBookTitle(normalized, f.start, f.end)) continue;
      // 您家医生推荐的: the buyer's own doctor or expert, as for the endorse words above.
      if (f.kind === 'endorse' && BUYER_OWN_BEFORE.test(clauseBefore(text, f.start, 10))) continue;
      report({ start: f.start, end: f.end, messageId: FRAME_MESSAGE[f.kind], suggestion: '' });
    }
  },
});
