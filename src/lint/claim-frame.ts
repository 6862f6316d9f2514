// The claim frame: an advertising claim said WITHOUT a list word. Seven rounds of blind texts showed
// that sellers say 特效, 永不复发, 最低价 or 医生推荐 in their own words, and that adding one structure per
// seen sentence fits that round and misses the next. What the paraphrases share is a frame:
//
//   TOPIC (the buyer's body or illness, the goods against every rival, money put in)
//   + ASSURANCE (a certainty or guarantee, a time-bound promise, never again, all of it, everyone)
//   + RESULT (the problem gone, the body changed, no harm at all, nothing lasts longer, no loss)
//
// — e.g. 痘痘 + 两晚 + 就下去了, 身体 + 吃多少都 + 没有坏处, 比谁 + 都 + 便宜. The word classes are data
// (absolute-claim-paraphrase.yaml `sets`, each with its source in 《广告法》 arts. 9, 16–18, 24–25,
// 28 and the public lists); this module holds the frame's structure and what clears it: a hedge
// (一般, 可能, 因人而异), a condition (如果, …的话), advice (停用, 就医), a question, the result
// denied (不会马上消), the shop's own range (店里没有比这更便宜的). A refusal around it is the
// engine's shared refusal scope (refusal.ts).
// Works on the normalized text (simplified, half-width punctuation, lower case).
import { CLAUSE_END, clauseEnd, clauseStart, SENTENCE_END, scan, sentenceEnd, sentenceStart } from './context.js';
import { sets } from './lexicon/absolute-claim-paraphrase.gen.js';
import { claimStance } from './claim-stance.js';
import { groupsScanner } from './lexicon/scan.js';

export type FrameKind = 'health' | 'safety' | 'durable' | 'rank' | 'endorse' | 'returns' | 'urgency' | 'sole' | 'crowd' | 'learning';

export interface Frame {
  readonly start: number;
  readonly end: number;
  readonly kind: FrameKind;
}

const NUM = '[0-9一二两三四五六七八九十几半俩]+';
/** A stretch of use or time (两晚, 三个月, 一个疗程, 第一次): with a body result, XX天见效. */
const SPAN = `(?:${NUM}(?:个)?(?:天|日|周|星期|礼拜|月|年|晚|夜|次|回|遍|疗程|瓶|盒|罐|贴|袋|支|管|分钟|小时|秒钟|秒)|第[一二三123](?:天|晚|次|周)|一阵子|一段时间)`;
/** One use and the result at once (一抹就, 一喝就, 涂上就, 用了就). */
const AT_ONCE = '(?:一(?:抹|涂|擦|喷|贴|喝|吃|用|敷|洗|泡|戴|按|揉|照)就|(?:抹|涂|擦|喷|贴|喝|吃|用|敷|戴|穿)(?:上|了|完)[^,.!?;。]{0,6}?(?:就|便|立马|马上))';
/** Buyers vouching as a crowd (用过的都, 很多老病号都, 好几千个宝妈都): a testimonial standing in for an effect rate. */
const TESTIMONIAL = '(?:(?:用|吃|喝|涂|试|买|戴)过的[^,.!?;。]{0,4}?(?:都|全|个个|就没有)|(?:很多|好多|不少|无数|大把|[几上成]?[百千万]+(?:个|位|名)?)[^,.!?;。]{0,6}?都)';
/** All of the named problems (宫寒痛经都能调好): a universal right before the result. */
const ALL_BEFORE = /(?:都|全|全都|统统|通通)(?:能|可以|会|给你|给您|帮你|帮您)*$/;
/** Any assurance of the frame in a stretch of text. */
const ASSURANCE = new RegExp(`${sets.assure}|${sets.never}|(?:${sets.total})(?!点(?:点|儿)?(?:小|轻微|轻|不适|刺激|红|痒))|${sets.soon}|${SPAN}(?:内|后|左右|下来)?|${AT_ONCE}|${TESTIMONIAL}`);
/** Refund if it fails (没效果全退, 不瘦不要钱, 好不了全额退): the shop stands behind the result. */
const REFUND_ON_FAILURE = /(?:没|无|不)(?:效果|效|用|瘦|白|长|好|管用|见效)[^,.!?;。]{0,6}?(?:退|不要钱|赔|包退|全退)|(?:好|瘦|白|长)不(?:了|下来)[^,.!?;。]{0,4}?(?:退|不要钱|赔)/;

/** A body problem (the lexicon's ailment set, or any …炎/…疹/…癣/…疮/…病, pain). */
const PROBLEM = new RegExp(`${sets.ailment}|[\u4e00-\u9fff](?:炎|疹|癣|疮|病)|[疼痛痒]`);
/** A body part or function (the lexicon's body set). */
const BODY = new RegExp(`${sets.body}|${sets.ailment}`);
/** Results that say a problem went away: they need the problem named (敷十分钟就好了 is a step done). */
const PROBLEM_RESULT = /^(?:就?好|痊愈|康复|治好|根治|断根|没了)/;
/** Results that are a cure by themselves (治好, 逆转, 长不起来): 能 or 就 before them is enough. */
const CURE = /^(?:逆转|根治|断根|痊愈|治好|治愈|康复|长不起来|长不出来|矫正)/;
/** A minute or an hour then 好了: a step done (敷十五分钟就好了), not a problem healed. */
const STEP_DONE = /[0-9一二两三四五六七八九十几半]+(?:个)?(?:分钟|小时)[^,.!?;。]{0,4}$/;
/** A figure of weight or girth lost (瘦了十斤, 掉15斤, 腰围小一圈): the body named by the result itself. */
const LOSS = `(?:瘦|掉秤?|减|轻)(?:了|掉|下)?${NUM}(?:斤|公斤|kg|磅)|(?:小|瘦|细|缩)(?:了)?(?:一|两|二|三|半)(?:大)?(?:圈|个号|个码|个尺码)`;

/** Never again, said of a problem (再也不犯, 不会再长痘, 以后都不复发). */
const NEVER_AGAIN = '(?:再也不会?|再也没|不会再|就不再|以后(?:都|也|就)?不(?:会)?再?)(?:犯|复发|反弹|发作|长痘|冒痘|长斑|过敏|泛红|失眠|便秘|感冒|生病|发烧|咳嗽|疼|痛|痒|掉发|掉头发|找上门|回来|长回来|白回去|变回去|胖回去|长回去|出油|油|反酸|起皮|脱皮|打呼噜|打鼾|吐毛球|吐|拉稀|拉肚子|掉毛)|再也没(?:有)?(?:犯过|复发过|拉过肚子|疼过|痛过|痒过|过敏过|长过痘|冒过痘|咳过|发过烧|感冒过|生过病|反弹过)|没(?:有)?再(?:犯|复发|反弹|发作|长|涨|掉|疼|痛|痒|过敏|长痘|冒痘|加深)过';
/** Medicine or a doctor made unnecessary (药都能停, 不用去医院, 不用做手术): a treatment claim. */
const NO_MEDICINE = '(?:(?:降压|降糖|止痛|消炎)?药(?:物)?(?:都|也|就)?(?:可以|能)?(?:停|扔|不用吃|省)|(?:医院|医生|药)(?:都|也)(?:不用|不需要|不必)(?:再)?(?:去|跑|看|吃)?|不(?:用|需要|必)(?:再)?(?:去|跑|吃|打|用|做)?(?:做|动)?(?:医院|针|药|手术|看医生|开刀|开塞露|激素|胰岛素|眼镜)|摘(?:掉|下)?眼镜|比[^,.!?;。]{0,6}?(?:药|打针|针剂|疫苗|医院|手术|医美|激素|输液|理疗)[^,.!?;。]{0,4}?(?:还|都|更)(?:管用|灵|有效|好使|见效|强|厉害))';
/** Harm ruled out for the body (没有任何副作用, 伤不了身体, 零刺激). */
const HARM = `(?:${sets.harm})(?!性?(?:气味|味道|的味))`;
/** A durable good said to last for ever (一辈子不坏, 怎么摔都摔不坏, 穿十年都不起球). */
const DURABLE = '(?:耐用|能用|可以用|能穿|可以穿|能戴)(?:个)?(?:[0-9]{2,}|[三四五六七八九十]|[几数二两三四五六七八九]?十[几]?)年|(?:用|穿|戴|摔|洗|踩|坐|骑|砸|泡|晒|刷|折|拉|扯|压|踢|咬|抓)(?:不|不会)(?:坏|烂|破|断|变形|掉色|褪色|起球)|(?:都|也|还|永远|永不)(?:不会?)?(?:坏|烂|破|断|变形|掉色|褪色|起球|起一个球|生锈|开胶|开线|掉漆|跑绒|钻绒|鼓包|脱线)(?![了吗么的掉])|(?:一辈子|这辈子|终身|永远)(?:都|也)不会?掉(?=$|[,.!?;。])|年(?:都|也|内)?(?:不会?)(?:坏|烂|破|断|变形|掉色|褪色|起球|发黄|变黄|起泡|开裂|生锈|开胶|漏水|脱落|老化|板结|结块|发霉|漏气)(?![了吗么])(?<=(?:[0-9]{2,}|[三四五六七八九十]|几十|十几|[二两三四五六七八九]十)年(?:都|也|内)?(?:不会?)(?:坏|烂|破|断|变形|掉色|褪色|起球|发黄|变黄|起泡|开裂|生锈|开胶|漏水|脱落|老化|板结|结块|发霉|漏气))|年[^,.!?;。]{0,8}?(?:还|都|也|依然|照样|仍然)(?:跟|和|像)新的?(?:一样|似的)(?<=(?:[0-9]{2,}|[三四五六七八九十]|几十|十几|[二两三四五六七八九]十)年[^,.!?;。]{0,8}?(?:还|都|也|依然|照样|仍然)(?:跟|和|像)新的?(?:一样|似的))|包(?:您|你)(?:用)?(?:一辈子|终身|到老)(?!保修|维修|免费|售后|质保|换)';
/** Better than every rival (比谁都便宜, 比任何一家都好用): a superlative said through a comparison. */
const BETTER_THAN_ALL = `比(?:谁|任何|所有|哪|别(?:家|人家|的))[^,.!?;。]{0,10}?(?:都|还)(?:要)?(?:更)?(?:${sets.better})|(?:找不到|找不出|没有|没|再找不出|挑不出|遇不到|碰不到)(?:第二家|第二个|第二款|对手|敌手|能打的|能比的|比得过的|比得上的)|(?:没人|没谁|没有人|无人|没有哪(?:家|款|个)|没(?:有)?一(?:家|款|个)|一家都没有)[^,.!?;。]{0,4}?(?:能)?(?:比得过|比得上|赶得上|超过|能比|能打|打得过)`;
/** No rival better than us (找不到比我们更便宜的, 没有哪家比这款还耐用). */
const NONE_BETTER = `比(?:我们|我家|咱家|咱们|本店|这|它|他们家)[^,.!?;。]{0,6}?(?:更|还)?(?:${sets.better})`;
/** An authority's name on the goods (医生都在用, 专家公认, 主任都让病人用). */
const ENDORSED = `(?:${sets.authority})[^,.!?;。]{0,8}?(?:都|也|自己|亲自|一直|常年|天天)(?:在|从|找)(?:我们|我家|咱家|本店)(?:这儿|这里|这|家|店里|店)?(?:批量|成箱|整箱|大批)?(?:买|拿货|订|采购|囤|进货|回购)|(?:${sets.authority})(?:们)?(?:在|会)?(?:${sets.endorse})|(?:${sets.authority})[^,.!?;。]{0,8}?(?:都|也|自己|亲自|全|一直)(?:在|会)?(?:给[^,.!?;。]{1,4}?)?(?:${sets.endorse}|买了|买过)`;

/** What every frame must name somewhere in the text — a body or problem, a medicine or doctor, a
 *  weight, a harm, a wear-out, a rival compared, an authority. Most replies name none of them, so
 *  this (gated, see scan()) decides cheaply whether the results are looked for at all. 身高, 体重,
 *  个子 and 脸 are left out: size advice and make-up name them in every other reply, and their
 *  frames name a figure, a girth or a problem besides (瘦十斤, 小一圈, 脸上的痘). */
const ANCHOR = new RegExp(
  `${sets.ailment}|(?!身高|体重|个子|脸)(?:${sets.body})|[炎疹癣疮病疼痛痒]|药|医院|医生|打针|针剂|扎针|手术|开刀|眼镜|疫苗|医美|输液|理疗|开塞露|(?:斤|公斤|kg|磅)(?<=(?:瘦|掉秤?|减|轻)(?:了|掉|下)?[0-9一二两三四五六七八九十几半俩]+(?:斤|公斤|kg|磅))|圈|个号|个码|个尺码|${sets.harm}|坏|烂|破|断|变形|掉色|褪色|起球|生锈|开胶|开线|掉漆|年|辈子|终身|比(?=谁|任何|所有|哪|别|我们|我家|咱|本店|这|它|他们家)|对手|敌手|第二(?:家|个|款)|能打|比得|赶得上|超过|${sets.authority}|${sets.gain}|(?:${sets.hazard})(?!款|单|品|料|满)|(?:${sets.effect})(?!期)`,
  'g',
);

/** A gain on money put in (卖了能赚, 翻倍, 亏不了, 只涨): with a store of value named, a return. */
const GAIN = `(?:${sets.gain})`;
/** A hazard ruled out (绝对不会爆, 从没出过事, 怎么摔都不漏电). */
const HAZARD_OUT = `(?:不会?|没|永远不|从来?没(?:有)?|绝不|决不)(?:会)?(?:${sets.hazard})(?!款|单|品|料|满|火的|发|表|米)|(?:爆|炸)不了`;
/** The effect itself promised (保证见效, 一定管用, 百分百有效). */
const EFFECT = `(?:${sets.effect})(?!期)`;

const TRIGGER = new RegExp(
  `(?<hazard>${HAZARD_OUT})|(?<never>${NEVER_AGAIN})|(?<medicine>${NO_MEDICINE})|(?<loss>${LOSS})|(?<healed>${sets.healed})|(?<harm>${HARM})|(?<durable>${DURABLE})|(?<rank>${BETTER_THAN_ALL})|(?<none>${NONE_BETTER})|(?<endorse>${ENDORSED})|(?<gain>${GAIN})|(?<effect>${EFFECT})`,
  'g',
);

/** A hedge, a condition, advice or a question in the clause: the shop informs, it does not promise. */
const HEDGE = /只能|可能|也许|或许|一般|通常|大部分|大多|多数|因人而异|因人|不一定|不保证|不能保证|无法保证|有助于|帮助|辅助|建议|如果|要是|假如|万一|的话|一旦|如有|停用|停止|暂停|先停|就医|遵医嘱|咨询|(?<!不用|不需要|不必|都不用)(?:看医生|去医院)|正常现象|属于正常|是正常的|很正常|个人感受|看个人|注意|避免|尽量|吗|(?<![怎什那这多要])么|嘛|\?/;
/** The result denied right before it (不会马上消, 没法彻底根治, 很难断根). */
const DENIED_BEFORE = /(?:不能|不会|无法|没法|没办法|不一定|不保证|不承诺|不可能|很难|难以|并不|并非|不是|未必|别指望|做不到|不敢|没有哪|没有任何|谁也不能|没人能|没有一款)[^,.!?;。]{0,12}$/;
/** Who takes, wears or is treated (身体, 宝宝, 孕妇, 吃, 喝): harm ruled out for a person. */
const CONSUMER = /身体|人体|宝宝|婴儿|婴幼儿|孕妇|孩子|小孩|儿童|老人|皮肤|肌肤|肝|胃|肾|吃|喝|用|涂|抹|敷|服/;
/** How long or how hard: a lifetime, decades, whatever the buyer does (一辈子, 十年, 怎么摔都). */
const FOREVER = new RegExp(`${sets.never}|(?:[0-9]{2,}|[三四五六七八九十]|[几数二两三四五六七八九]?十[几]?|一百|几百|上百|百)年(?:都|也|还|以上)|(?:[0-9]{2,}|一百|几百|上百|上千|几十|[一二两三四五六七八九]?十)次(?:都|也)|(?:怎么|随便|再怎么|无论怎么|不管怎么)[^,.!?;。]{0,6}?(?:都|也)`);
/** Normal use or care advice (正常使用, 注意保养): a durability told as information. */
const CARE = /正常|一般|注意|避免|尽量|建议|不要|别|保养|可能|的话|如果|吗|(?<![怎什那这多要])么|\?/;
/** The shop's own range (店里, 本店, 这几款里): a comparison of its own goods, not the market. */
const OWN_RANGE = /店里|店内|本店|全店|我们家(?:店)?里|这几(?:个|款|种)|几款里|款里|里面/;
/** Before an authority: the buyer sent to one, or one's advice followed (咨询医生, 按医生说的). */
const ADVICE_BEFORE = /(?:咨询|问问?|询问|遵|按|按照|听|听从|请|找|去|到|看|让)[^,.!?;。]{0,2}$|(?:欢迎|支持|接受|可供|面向|适合)[^,.!?;。]{0,6}$/;
/** A negated existence before a comparison with us (没有, 找不到, 哪家): no rival is better. */
const NONE_BEFORE = /(?:没有|没|找不到|买不到|挑不出|无人|没人|没谁|哪家|谁家|哪里|上哪|不可能有|一家都)/;
const NONE_AFTER = /^[^,.!?;。]{0,6}?(?:一家都没有|没有一家|一个都没有|没有第二家)/;

/** Goods sold as a store of value, or money put in (the lexicon's money set). */
const MONEY = new RegExp(sets.money);
/** A shop offer doubling or paying out (积分翻倍, 红包, 返利): a promotion, not a return. */
const PROMOTION = /积分|红包|优惠|福利|券|奖励|佣金|满减|返利|抽奖|活动|返现|包邮/;
/** The risk notice a return must carry, or the return disowned (投资有风险, 不保证升值, 以合同为准). */
const RISK_NOTICE = /有风险|风险自担|不代表|以[^,.!?;。]{1,10}?为准|不承诺|不保证|不作保证|有涨有跌|会跌|波动/;
/** The purchase itself said surely to gain (买了只会赚, 入手稳赚): the goods sold as an investment
 *  whatever they are. */
const BOUGHT_SURE = /(?:买了|买到|入手|囤了?|拿下)(?:就|都)?(?:只会|稳|肯定|一定|绝对|保证)(?:会|能)?$/;
/** A gain that is a promise by itself: no loss possible, only up (亏不了, 稳赚, 只涨, 保本). */
const SURE_GAIN = /^(?:亏不了|不会亏|赔不了|不赔|保本|只赚|跌不了|不跌)$/;
/** The certainty words a bare gain or effect needs right before it (一定能翻倍, 保证见效). */
/** A stated time before a gain (半年就能, 三个月): the gain promised by a date. */
const TIMED_GAIN = new RegExp(`${SPAN}(?:内|后|左右)?(?:[^,.!?;。]{0,2}?(?:就|便)(?:能|可以|会)?[^,.!?;。]{0,2}|(?:能|可以|会|就能|就可以)?)$`);
const STRONG_ASSURE = new RegExp(`(?:${sets.assure}|稳|准|必|包|只|不可能|至少|起码|每年|每月|年年|月月|定死|固定|(?:转手|转卖|倒手|出手|卖掉|挂出去)就)(?:会|能|可以|要|都|也|是)*(?:给(?:你|您))?[^,.!?;。]{0,3}$`);
/** The goods' own service or a fix told to the buyer (这个方法一定管用, 优惠券肯定有效). */
const NOT_THE_GOODS = /方法|办法|重启|设置|操作|步骤|券|码|链接|地址|快递|物流|客服|售后|退款|退货|保修|保障|承诺|活动|会员|账号|密码|网络|信号|系统|软件|app|充电器|插头|电源/;
/** Care and warnings for a hazard (请勿, 以免, 注意, 不要): advice, not a guarantee. */
const HAZARD_CARE = /请勿|以免|注意|不要|别|避免|防止|小心|切勿|正常使用|按说明/;


// ---------------------------------------------------------------------------------------------
// The urgency frame (the platforms' 诱导性话术, 《规范促销行为暂行规定》): a DEADLINE or a STOCK
// running out + a LAPSE (the price goes up, the goods or the offer gone) + a PUSH to order now — or
// a ONCE-only said of a price (这个价一年就这一回). Word classes: absolute-claim-paraphrase.yaml
// `deadline`, `stock`, `lapse`, `push`, `once`, `offer`. A deadline told as information (活动周日
// 结束，之后恢复原价) is what the promotion rules ask a shop to state, so without the push or a
// countdown in minutes it stays clean; so do a stock count with 需要的话, a rise denied (明天也不会
// 涨价), and the shop telling the buyer not to hurry.

/** A deadline (今晚, 零点, 这周五, 过了, 12点以后). */
const DEADLINE = new RegExp(`${sets.deadline}|(?:晚|慢|迟)(?:一|几|两)(?:天|步|秒|会儿)|[0-9一二两三四五六七八九十]+点|(?:周|星期|礼拜)[一二三四五六日天]`);
/** A countdown in minutes or hours (再过十分钟, 还剩半小时): the fake deadline by itself. */
const COUNTDOWN = /(?:再过|还剩|只剩|就剩|仅剩|还有|只有)[0-9一二两三四五六七八九十几半]+(?:个)?(?:分钟|秒|小时|钟头)|[0-9一二两三四五六七八九十几半]+(?:个)?(?:分钟|秒|钟头)(?:后|之后|以后)/;
/** Stock running out (库存, 名额, 这批, 就剩3件). */
const STOCK = new RegExp(`${sets.stock}|(?:就|只|仅|还)剩(?:下)?(?:最后)?[0-9一二两三四五六七八九十几]+(?:个|件|套|单|份|瓶|盒|双|支|包|台|名|位)?`);
/** A push to order now (抓紧, 犹豫, 亏大了, 现在不拍, 再不下单). */
const PUSH = new RegExp(`${sets.push}|(?:现在|再|今天|今晚|此刻|这会儿)不(?:拍|买|下单|入手|抢|囤|报名|付款|下手|定|订|付|要|拿)|(?:不|没)(?:拍|买|下单|入手|抢)[^,.!?;。]{0,3}?(?:亏|后悔)`);
/** The shop says there is no hurry (按需, 不着急, 慢慢挑): information, not pressure. */
const NO_HURRY = /按需|不用着急|不着急|不急|慢慢(?:选|挑|看|考虑)|理性消费|不用赶|考虑好/;
/** A condition or a question on the lapse (需要的话, 如果, 吗): the shop informs. */
const URGE_HEDGE = /如果|要是|假如|的话|需要|(?<!不)可能|大概|应该|吗|(?<![怎什那这多要])么|\?|为准|以页面|具体/;
/** The lapse denied or not feared (不会涨价, 不用担心买不到), or the push itself (不要错过, 避免断货). */
const LAPSE_DENIED = /(?:不要|别|避免|以免|防止|免得|不会|不用担心|不必担心|别担心|不怕|不存在|也不|不再|没有|没)(?:再|会)?$/;
/** What triggers: the lapse, or a once-only. */
const URGE = `(?<lapse>${sets.lapse}|(?:至少|起码|还得|又得|就得|再)等(?:上)?(?:个)?(?:大半年|半年|一年|[0-9一二两三四五六七八九十几]+个?(?:月|年))|贵[0-9一二两三四五六七八九十百几]+(?:块钱|块|元|%|个点)?)|(?<once>${sets.once})`;
const OFFER = new RegExp(sets.offer);

function urgencyFrame(text: string, m: RegExpExecArray, frames: Frame[]): void {
  const start = m.index;
  const end = start + m[0].length;
  const cs = clauseStart(text, start);
  const ce = clauseEnd(text, end);
  // The clause before too: 今晚一过，价格就翻倍 puts the deadline in one clause and the lapse in the next.
  // A countdown said first is often its own exclamation (还剩10分钟！现在不拍就没了): then the
  // clause before is the sentence before.
  let j = cs;
  while (j > 0 && CLAUSE_END[text.charCodeAt(j - 1)] !== 0) j--;
  const ps = j < cs ? clauseStart(text, j) : cs;
  const clause = text.slice(cs, ce);
  // 趁还没涨价: the lapse not yet come is the push itself.
  // A rise with an outside cause named (原材料, 政策, 厂家调价) is news the shop passes on.
  if (m.groups!.lapse !== undefined && /趁(?:着)?(?:现在)?(?:还)?(?:没|未)(?:有)?$/.test(text.slice(cs, start)) && !URGE_HEDGE.test(clause) && !/政策|政府|国家|原材料|原料|成本|厂家|上游|汇率|关税|运费/.test(text.slice(sentenceStart(text, start, 40), ce))) {
    frames.push({ start: cs + text.slice(cs, start).search(/趁/), end, kind: 'urgency' });
    return;
  }
  if (URGE_HEDGE.test(clause) || LAPSE_DENIED.test(text.slice(cs, start))) return;
  const near = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40));
  if (NO_HURRY.test(near)) return;
  const before = text.slice(ps, start);
  if (m.groups!.once !== undefined) {
    // 这个价一年就这一回, 这么低的折以后不会再有: a price said never to come again.
    // The price may come after (之后再也不会开这个价了).
    const o = OFFER.exec(text.slice(sentenceStart(text, start, 30), start)) ?? OFFER.exec(text.slice(end, clauseEnd(text, end, 8)));
    // …or stock said never to come back (就剩3件，卖完永远不补).
    // …or a price said only to rise (后面只会更贵, 只涨不降): the price is the word itself.
    if (o === null && !STOCK.test(before) && !/贵|往上|涨/.test(m[0])) return;
    frames.push({ start: Math.max(ps, start - 12), end, kind: 'urgency' });
    return;
  }
  let c = COUNTDOWN.exec(before);
  let from = ps;
  // A countdown shouted in the exclamations just before (就剩两小时！两小时！再不付款就没了) with the
  // push in this one.
  if (c === null && ps > 0 && PUSH.test(text.slice(ps, start))) {
    from = Math.max(0, ps - 24);
    c = COUNTDOWN.exec(text.slice(from, ps));
    if (c === null) from = ps;
  }
  // 错过这次 (not 错过了, a missed slot told): the chance itself is the deadline.
  // 错过了 (a slot missed) holds 过了 but is no deadline.
  const d = c ?? DEADLINE.exec(before.replace(/错过了/g, '错过_')) ?? STOCK.exec(before) ?? /错过(?!了)/.exec(before);
  if (d === null) return;
  // A long wait (要等到, 还得等) presses only when a price, an offer or the goods are at stake;
  // 要等到明天才能送 is a delivery told.
  if (/^(?:要等到|得等到|就得等|又得等|还得等|再等就是|(?:至少|起码|还得|又得|就得|再)等)/.test(m[0]) && !/价|折|优惠|活动|福利|团购|秒杀|买|抢|拍|货|库存|名额|这批|这一波|这波/.test(text.slice(ps, ce))) return;
  if (c === null && !PUSH.test(near)) return;
  frames.push({ start: from + d.index, end, kind: 'urgency' });
}

// ---------------------------------------------------------------------------------------------
// The sole seller (独家, 唯一 in the seller's own words, 《广告法》第九条第三项): the shop said to be the
// only one that has or makes it (只有我们家有, 全网就咱们一家在卖, 只有我们家才是正宗的), or the goods
// said to be had nowhere else (外面谁都拿不到, 市面上根本买不着, 别的厂仿不出来). Word classes `self`,
// `elsewhere`, `nowhere`. Own design or a custom order says why (我们自己设计的, 定制款), stock
// today is a fact (目前只有我们有现货), and a hedge, a denial or a question informs.

const SOLE =
  `(?<only>只(?:在|有在)(?:${sets.self})(?:家)?(?:这儿|这里|店里)?(?:才)?(?:能|可以)?(?:买到|买得到|拿到|有卖)|(?<=能[^,.!?;。]{1,10}?的)(?:就|只有|也就|仅有)(?:${sets.self})(?:这)?(?:一家|一个)(?![^,.!?;。]{0,2}?(?:店|门店|分店))|(?:只有|唯独|仅有|就只有|独独|只|就|除了)(?:${sets.self})(?:家)?(?:这)?(?:一家|一个|款|个)?(?:才)?(?:是真材实料|是良心|有|能做|能买到|在做|在卖|卖|做得出|拿得到|能拿到|是真的|是正宗|才是|有这|买得到|能生产|会做|掌握|敢用|敢做|敢这么|做到|能做到|一家做到)|(?:就|只有|就只有)(?:${sets.self})(?:这)?一家(?=$|[,.!?;。]|了|啊|呀|哦))|(?<nowhere>(?:${sets.elsewhere})[^,.!?;。]{0,8}?(?:都|也|根本|绝对|完全|压根|再)(?:${sets.nowhere})|(?:${sets.elsewhere})(?:${sets.nowhere}))`;
/** Why it is only here (own design, a custom order, hand made) or only now (现货, 目前). */
const SOLE_REASON = /停产|断货|缺货|没货|下架|自己设计|自家设计|原创|自有|定制|订制|私人|手工|现货|库存|目前|暂时|现在只|这次|这单|售后|发票|保修|退换|客服|地址|物流|快递|运费/;
const SOLE_HEDGE = /可能|也许|或许|不一定|不确定|不清楚|应该|吗|(?<![怎什那这多要])么|\?|不是只有|并非|并不是|也能买|也有卖|也可以买|别家也|其他家也|也能做/;

function soleFrame(text: string, m: RegExpExecArray, frames: Frame[]): void {
  const start = m.index;
  const end = start + m[0].length;
  const sentence = text.slice(sentenceStart(text, start, 30), sentenceEnd(text, end, 20));
  if (SOLE_HEDGE.test(sentence) || SOLE_REASON.test(sentence)) return;
  // 除了我们家有 needs the rest said (除了我们家，别处都买不到 is the nowhere branch).
  if (m.groups!.only !== undefined && m[0].startsWith('除了')) return;
  // 我们只卖正品, 就我们这卖 of a shop's own stock: 只/就 + 我们 + 卖 alone needs a market in the sentence.
  if (m.groups!.only !== undefined && /^(?:只|就)(?!有)/.test(m[0]) && !SOLE_MARKET.test(sentence)) return;
  frames.push({ start, end, kind: 'sole' });
}
const SOLE_MARKET = new RegExp(`${sets.elsewhere}|${sets.market}|整个|这一行`);

// ---------------------------------------------------------------------------------------------
// The crowd testimonial (用户评价 and 销售状况 as proof, 《反不正当竞争法》第八条): a big count of buyers
// said to use, repurchase or vouch for the goods (上万个家庭都在用, 三千多位宝妈回购), or a repurchase
// rate (回购率高达九成); a rating the platform shows (好评率98%) is its own record. Word classes
// `people`, `vouch`. A pointer to where the buyer can check it (评价区, 商品页能看到) is information;
// so is a small count or a complaint reported.

const BIG_COUNT = '(?:[0-9]{3,}|[0-9]+(?:\\.[0-9]+)?(?:w|万|千)|[一二两三四五六七八九十几数]*[百千万亿]+|成千上万|成百上千|上万|上千|几万|数万|无数|大把)(?:多|余|来)?\\+?(?:个|位|名|户|家|万)?';
const CROWD =
  `(?:${BIG_COUNT})(?:${sets.people})(?:们)?[^,.!?;。]{0,6}?(?:都|已经|早就|一直|也|全)(?:在)?(?:${sets.vouch})|(?:回购|复购|有效|续费|续报|通过|上岸)率(?:高达|达到?|超过|超|有|是|在|接近|将近|近)?(?:[0-9]{2,}(?:\\.[0-9]+)?%|百分之[八九]十|百分之百|[八九]成)`;
/** Where the buyer can check it, or the count as a plain sales record. */
const CROWD_POINTER = /评价区|评论区|商品页|详情页|主页|店铺首页|可以看|能看到|能查到|可以查|查看|截图|晒图|买家秀|数据来自|后台数据|以[^,.!?;。]{1,8}?为准|吗|(?<![怎什那这多要])么|\?|如果|的话/;

function crowdFrame(text: string, m: RegExpExecArray, frames: Frame[]): void {
  const start = m.index;
  const end = start + m[0].length;
  const sentence = text.slice(sentenceStart(text, start, 30), sentenceEnd(text, end, 30));
  if (CROWD_POINTER.test(sentence)) return;
  // 不是所有人都..., 没有上千人: the crowd denied.
  if (/(?:不是|并非|没有|没)$/.test(text.slice(Math.max(0, start - 3), start))) return;
  frames.push({ start, end, kind: 'crowd' });
}

// ---------------------------------------------------------------------------------------------
// The learning frame (《广告法》第二十四条): a course, a book or a drill + a certainty, a floor or a
// stated time + a learning result (一个月就能说得流利, 做完这套题至少涨三十分, 跟着学稳过), and a
// teacher tied to the exam body (讲课老师在考试院待过). Word classes `course`, `learned`, `examiner`.
// Effort or a hedge (坚持练的话, 看个人, 一般, 不保证), a question, or the result denied informs.

const SCORE_GAIN = '(?:涨|提|提高|提升|多考|多拿|上涨|提了|涨了)[0-9一二两三四五六七八九十百几]+分|(?:考到|拿下|拿到|刷到|冲到)[^,.!?;。]{0,4}?[0-9一二两三四五六七八九十百.]+分';
const LEARN =
  `(?<learned>${sets.learned}|${SCORE_GAIN})|(?<examiner>(?:${sets.examiner})[^,.!?;。]{0,6}?(?:工作过|待过|干过|当过|任职|出身|出来的|退休|退下来|内部|参与过|负责过|出卷子|出卷|出题|出过题|命题|命过题|阅卷|改卷))`;
/** What a learning result needs before it: a certainty, a floor or a stated time of study. */
const LEARN_ASSURE = new RegExp(`${sets.assure}|稳|包|保|必|至少|起码|保底|最少|${SPAN}|节课|堂课|就能|就可以|就会|轻松|(?:学员|学生|孩子|考生|出来的|报名的|上过课的)[^,.!?;。]{0,3}?(?:都|全都|全部|个个|无一例外)(?:顺利)?$`);
const LEARN_HEDGE = /可能|也许|一般|通常|大部分|多数|因人而异|看个人|取决于|努力|认真|坚持的话|如果|要是|的话|不保证|不承诺|不能保证|无法保证|不一定|不敢说|没法保证|吗|(?<![怎什那这多要])么|\?|希望|争取|帮助|有助于/;

function learningFrame(text: string, m: RegExpExecArray, frames: Frame[]): void {
  const start = m.index;
  const end = start + m[0].length;
  const ss = sentenceStart(text, start, 40);
  const sentence = text.slice(ss, sentenceEnd(text, end, 20));
  if (LEARN_HEDGE.test(sentence) || !COURSE.test(sentence)) return;
  if (m.groups!.examiner !== undefined) {
    frames.push({ start, end, kind: 'learning' });
    return;
  }
  const before = text.slice(ss, start);
  if (DENIED_BEFORE.test(before)) return;
  // 稳过, 必过, 保过 carry their certainty; the rest need one before them in the sentence.
  const own = /^(?:稳|必|保)过$/.test(m[0]);
  const a = own ? null : LEARN_ASSURE.exec(before);
  if (!own && a === null) return;
  frames.push({ start: a !== null ? ss + a.index : start, end, kind: 'learning' });
}
const COURSE = new RegExp(sets.course);

// ---------------------------------------------------------------------------------------------
// The rival frame (《广告法》第九条第三项 最/第一 and 第十三条 贬低其他生产经营者, said without the list
// word): the goods set above every rival. Five shapes share three word classes — `market` (the
// whole field the ranking holds over: 全网, 行业里, 同价位), `rival` (the others named: 别家, 同行,
// 第二名) and `forfeit` (what a dare stakes: 算我输, 差价, 倒贴):
//   nobody better   找不出/没有 + (比 us 更…, 更…的, 比得上, 能跟 us 比, 做到 us 这个, 第二家)
//                   or 比 us …的 + 一家都没有 / 有吗 — with the market named in the sentence;
//   rivals lose     rival … 跟 us (一)比 … 差一个档次 / 没法比 / 高下立判, rivals all 比 us 贵;
//   by a measure    比 rival …了 两代 / 三倍 / 一大截;
//   the dare        找到 + 更便宜 / 比 us 便宜 + forfeit, 比这低的拿来我看看;
//   who else        (market) 还有谁能打 / 哪家还比得上.
// The shop's own range (店里), a hedge (可能, 不一定, 不敢说), the buyer praised (没人比得过您) and
// couriers compared stay clean, and the shop ranking itself below (我们跟大牌没法比) is not matched:
// the rival must be the one that loses.

const US = '(?:我们|我家|咱家|咱们|本店|我们家|它|这|这个|这款|这家|这台|这件|这种)';
const RIVALS = `(?:${sets.rival})`;
/** A rival said to come out below (差一个档次, 没法比, 高下立判). */
const LOSE = '(?:差(?:了|得)?(?:不止)?(?:[一两几]|好几)?(?:个|大)?(?:档次|截|条街|级别|个level)|高下立判|没法比|比不了|没得比|不能比|比不上|比不过|不是一个档次|不在一个档次|差远了|差得远|甩(?:出)?(?:了)?[^,.!?;。]{0,4}?条街)';
/** A lead by a measure (两代, 三倍, 一大截). */
const MEASURE = '(?:[0-9一二两三四五六七八九十几]+(?:倍|代|个档次|个级别)|一大截|一截|好几条街|几条街|一个档次|好几个档次)';
/** A dearer, slower or worse side of the shop: then the measure is the shop's own concession. */
const OWN_WORSE = /贵|慢|差|晚|少|弱|小|低|矮|短|薄|轻/;
const RIVAL_FRAME = new RegExp(
  [
    // Nobody better, the denial first.
    `(?<none>(?:找不出|找不到|挑不出|寻不到|再找不出|没见过|没见到|不可能有|不会有|再没有?|没有|没)(?:[几一]|任何一?)?(?:家|台|款|个|件|种|位|样|人|谁|哪家|哪个|哪款|哪台)?(?:(?<=哪[家个款台])[^,.!?;。]{0,8}?)?(?:能|可以|敢)?(?:比${US}[^,.!?;。]{0,8}?(?:(?:更|还)?(?:${sets.better})|更[\u4e00-\u9fff])|(?<=(?:找不出|找不到|挑不出|寻不到|再没有?|不可能有|不会有)[几一]?(?:家|台|款|个|件|种|位|样)?)更(?!换|新|改|正|替|多的|早|晚)[\u4e00-\u9fff]{1,4}的|比得上|比得过|赶得上|超得过|超过${US}|超越|能打|打得过|能比${US}[^,.!?;。]{0,4}?(?:领先|强|好|厉害)|能比|能跟${US}比|做到${US}|第二(?:家|个|款|台|件|位)))`,
    // Nobody better, the comparison first and the denial or a rhetorical question after it.
    `(?<after>比${US}[^,.!?;。]{0,8}?(?:${sets.better}|更[\u4e00-\u9fff]{1,3}|多)的(?:[,]?[^,.!?;。]{0,4}?)(?:一家都没有|一个都没有|没有一家|没有一个|有吗|有没有|找不到|找不出))`,
    // The rivals losing to the shop, across the comma (别的牌子跟我们比，差了不止一个档次).
    `(?<lose>(?:${RIVALS}|大牌|大品牌|名牌|专柜货|进口货)[^.!?;。]{0,10}?(?:跟|和|与|同)${US}[^.!?;。]{0,10}?${LOSE}|${RIVALS}(?:的)?(?:同款|产品|东西)?(?:都|全|全都|基本都)比${US}(?:的)?(?:贵|差|高|慢|重|厚)|(?:${RIVALS}|后面那些|后来的)[^,.!?;。]{0,6}?(?:都|全|全都)(?:在|是)?(?:跟着|跟在)?(?:${US})?(?:后面)?(?:学|抄|模仿|仿|照着做)(?:${US})|(?:${RIVALS}|后面那些|后来的)[^,.!?;。]{0,6}?(?:都|全|全都)(?:在|是)?(?:照着|跟着|跟在)${US}(?:后面)?(?:做|学|抄|仿|模仿)|${RIVALS}[^,.!?;。]{0,4}?(?:都|全)是(?:后来|后面|之后)(?:才)?(?:跟|学|仿|抄)(?:的|着)|${RIVALS}(?:的)?[^,.!?;。]{0,4}?(?:都|全|全都|基本都)是(?:智商税|垃圾|坑人的?|骗人的?|割韭菜|次品|三无(?:产品)?|糊弄人的?)|(?:${RIVALS})[^,.!?;。]{0,10}?一比(?:就|就是|立马)?(?:渣|垃圾|不行|没法看|弱爆|被比下去))`,
    // Ahead of the rivals by a measure.
    `(?<measure>比${RIVALS}[^,.!?;。]{0,6}?${MEASURE}|领先(?:${RIVALS}|国外|国际|行业|同行)?(?:[0-9一二两三四五六七八九十几]+|好几)(?:代|个档次)|(?:${sets.market}|市面)[^,.!?;。]{0,8}?(?:产品|同类)?的[0-9一二两三四五六七八九十几]+倍)`,
    // The dare: a cheaper one found, and the shop's forfeit.
    `(?<dare>(?:找到|找出|发现|看到|见到|碰到|遇到|有|拿)[^,.!?;。]{0,10}?(?:更便宜|更低|更实惠|比${US}[^,.!?;。]{0,3}?(?:便宜|低|实惠))[^.!?;。]{0,16}?(?:${sets.forfeit})|比${US}[^,.!?;。]{0,3}?(?:低|便宜)的[^.!?;。]{0,6}?(?:拿来|发来|找来|拿出来|发给我))`,
    // The leader of the field (同行里我们是带头的, 整个类目它排头一个): 第一 in other words.
    `(?<lead>(?:领头羊|带头的|带头大哥|龙头老大|排头兵|排头一个|排头的|领跑者|领跑的|扛把子|头一个|老大哥|老大|一哥|一姐)(?<=(?:是|当|算|排)(?:它|我们|我家|咱家|这款|本店)?(?:排)?(?:这个|那个)?(?:领头羊|带头的|带头大哥|龙头老大|排头兵|排头一个|排头的|领跑者|领跑的|扛把子|头一个|老大哥|老大|一哥|一姐))|就属(?:${US})(?:家)?[^,.!?;。]{0,4}?(?:多|好|强|便宜|全|火|专业|正宗|实惠)(?![吗么]))`,
    // No other seller has it (别的任何一家都拿不到这个价).
    `(?<anywhere>(?:别的|其他)?任何(?:一)?(?:家|地方|店|平台)[^,.!?;。]{0,4}?(?:都|也)(?:拿不到|买不到|找不到|给不了|给不到))`,
    // Every other product made unnecessary (别的护肤品都可以扔了): the one that beats them all.
    `(?<others>(?:别的|其他|别家的?)[\u4e00-\u9fff]{0,6}?(?:都|全|全都)(?:可以)?(?:扔了|扔掉|丢了|不用(?:再)?买了|不用(?:再)?用了|可以不用了|可以退休了|靠边站))`,
    // Who else (还有谁能打, 哪家还比得上).
    `(?<who>(?:还有谁|谁家?还|哪家还|哪个还|还有哪家)(?:能|可以|敢)?(?:打|比|比得上|比得过|超过|打得过|跟${US}比)|(?:哪里|哪儿|上哪|去哪)(?:还)?(?:能|可以)?(?:找到|找得到|买到|买得到)比${US}[^,.!?;。]{0,6}?更|(?:哪|任何)一?(?:件|款|家|个|样|台)(?:都|也)比不(?:过|上|了)${US}|(?:还有哪家|谁家|哪家)[^,.!?;。]{0,12}?(?:敢说|能做到|做得到|敢这么说)[^,.!?;。]{0,12}?(?:\\?|也就我们|只有我们|就我们))`,
  ].join('|'),
  'g',
);
const MARKET = new RegExp(`${sets.market}|整个|全中国|平台上|平台里`);
const RIVAL_HEDGE = /(?<!不)可能|也许|或许|不一定|不敢说|不敢保证|不确定|不清楚|如果|要是|假如/;

function rivalFrames(text: string, frames: Frame[]): void {
  scan(RIVAL_FRAME, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.groups!;
    const ss = sentenceStart(text, start, 40);
    const se = sentenceEnd(text, end, 30);
    const sentence = text.slice(ss, se);
    if (OWN_RANGE.test(sentence) || /快递|物流|顺丰|邮政|客服/.test(m[0])) return;
    // 没人比得过您细心: the buyer praised.
    if (/^(?:您|你)/.test(text.slice(end, end + 1))) return;
    if (g.dare === undefined && RIVAL_HEDGE.test(sentence)) return;
    // 没有比这更便宜的吗: the buyer's question repeated; 有吗 after the comparison is the rhetorical one.
    if (g.none !== undefined && /吗|(?<![怎什那这多要])么|\?/.test(text.slice(end, se))) return;
    // 没有更好的办法: a way or a fix compared, not the goods.
    if (NOT_THE_GOODS.test(sentence) && g.dare === undefined) return;
    // 哪一件都比不过它 and 谁家能做到? name no market: the rhetorical form is the claim.
    if ((g.none !== undefined || g.after !== undefined || g.who !== undefined) && !(g.who !== undefined && /比不|敢说|做到|做得到/.test(m[0])) && !(g.none !== undefined && /任何/.test(m[0]))) {
      // The field the ranking holds over, in the sentence or the one after (哪里还能找到比这更纯的？整个市场…).
      const next = text.slice(se, sentenceEnd(text, Math.min(text.length, se + 1), 30));
      if (!MARKET.test(sentence) && !MARKET.test(next)) return;
    }
    if (g.measure !== undefined && OWN_WORSE.test(m[0])) return;
    // A leader needs the field named (行业里, 同行里, 类目): 您是头一个 is a queue.
    if (g.lead !== undefined && (!MARKET.test(sentence) || /(?:您|你)[^,.!?;。]{0,3}$/.test(text.slice(ss, start)))) return;
    // The others made unnecessary by THESE goods (用了它, 有了这款), said, not asked.
    if (g.others !== undefined && (!/(?:用|有|买|换)(?:了|上)(?:它|这|我们|咱)|顶得上|抵得上|顶得过|能代替|代替得了/.test(sentence) || /吗|\?/.test(sentence))) return;
    frames.push({ start, end, kind: 'rank' });
  });
}

// ---------------------------------------------------------------------------------------------
// The nobody-complained testimonial (用户评价 as proof, 《反不正当竞争法》第八条; 有效率 by a count,
// 药品广告审查办法第十一条): every buyer said satisfied by denying a single complaint — a NOBODY (没有
// 一个, 一个都没, 从来没有人, 哪个不) + a buyer or a stretch of trading + a `complaint` (说不好, 退过货,
// 差评, 没效果, 挂科, 复发) — or nearly all of a round number (一百个人九十九个说好), or everyone who
// buys said to praise it (谁买谁说好). A condition or a question, and a complaint the shop reports
// (有一个说不好, 没有一个差评是因为质量 …) stay clean: the frame wants the denial of ANY complaint.

const NOBODY_FRAME = new RegExp(
  [
    `(?<nobody>(?:没有|没|从来没有|从没有|从来没|就没有|还没有|还没|至今没有)(?:一个|一位|一例|一单|一家|任何一个|哪个|哪位|人)(?:[^,.!?;。]{0,8}?)(?:${sets.complaint})|一个(?:人|学员|客户|顾客|用户)?(?:都|也)(?:没有?|不)(?:${sets.complaint})|(?:哪个|谁)(?:不说好|不夸|说不好|不满意|不回购))`,
    `(?<nobad>(?:(?:一个|一条|半个)差评(?:都|也)没(?:有)?|差评(?:一个|一条)?(?:都|也)没(?:有)?(?:过)?)(?!关系|事|啥|什么|问题|影响)|没(?:有)?(?:收到|出现|接到|有过|拿过)(?:过)?(?:一个|一条|任何)?差评)`,
    `(?<whoever>谁(?:买|用|吃|喝|穿|试|戴|涂|抹)(?:过)?谁(?:说好|夸|喜欢|回购|满意|说香|说值|说舒服|离不开))`,
    `(?<ratio>(?:一百|100|十|一千|1000)个?(?:人|顾客|客户|用户|宝妈|买家|姐妹|家长|学员)?(?:里|中|里面|当中)?[^,.!?;。]{0,4}?,?(?:有)?(?:九十九|99|九十[五六七八九]|9[5-9]|九个半|九|九百九十九|999)个(?:半)?(?:都|人)?(?:反馈|觉得|表示)?(?:说(?:[^,.!?;。]{0,5}?)(?:好|好吃|好用|香|值|有效|管用|舒服)|夸|满意|回购|好评|有效|见效|喜欢|过了|上岸))`,
  ].join('|'),
  'g',
);
/** A condition, a question or the complaint reported as a fact the shop answers. */
const NOBODY_HEDGE = /如果|要是|假如|万一|的话|吗|(?<![怎什那这多要])么|\?|目前|暂时|不代表|不保证|因人而异/;

function nobodyFrames(text: string, frames: Frame[]): void {
  scan(NOBODY_FRAME, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = text.slice(sentenceStart(text, start, 30), sentenceEnd(text, end, 20));
    const g = m.groups!;
    // 哪个不说好？ is itself the rhetorical question; elsewhere a question asks.
    if (g.nobody !== undefined && /^(?:哪个|谁)/.test(m[0])) {
      if (/如果|要是|假如|的话/.test(sentence)) return;
    } else if (NOBODY_HEDGE.test(sentence)) return;
    // 没有一个人说不好 of a service step (快递, 客服, 物流): not the goods.
    if (NOT_THE_GOODS.test(m[0])) return;
    frames.push({ start, end, kind: 'crowd' });
  });
}

// ---------------------------------------------------------------------------------------------
// The absolute-result frames (《广告法》第九条第三项 绝对化, 第十六–十八条 功效, 第二十五、二十七条
// 保证性承诺, 第九条第二项 and 第十六条第四项 名义与证明), each a structure of word classes:
//   cure-all    every problem of a kind (不管什么毛病, 什么肤质什么问题, 三高、失眠、关节痛) + all +
//               solved (都能好, 全都能解决, 统统洗掉) — 万能、包治 in plain words;
//   nothing left a `pest` (甲醛, 螨虫, 病毒) + removed to nothing (一只不剩, 杀光, 零残留) — 100%、
//               彻底清除;
//   the same as a treatment or breast milk: 跟 + a `treatment` (母乳, 医院开的药, 打针) + the same
//               (没两样, 一模一样, 没有任何区别) — 与药品、母乳比较;
//   used by an authority: an `authority` + 用的/吃的 + 就是 + this (医院里用的就是这款) — 名义、证明;
//   an award won (拿过金奖, 荣获大奖) — 曾获荣誉 without a source;
//   sun kept off for certain (晒不黑, 暴晒一整天都不会黑);
//   a yield or a return made good (亩产保底, 亏了我们全额补, 少一分补一分) — 保证性承诺.
// A hedge, a condition, a question or a denial before the result informs instead.

const PEST = `(?:${sets.pest})`;
const RESOLVE = '(?:好|治好|治|管|解决|搞定|管好|管用|调好|调理好|洗掉|洗干净|去掉|去除|祛除|清除|消|消掉|除掉|顺)';
const KINDS = `(?:毛病|病|肤质|发质|体质|皮肤问题|肌肤问题|头皮问题|身体问题|污渍|污垢|油污|顽渍|渍|斑|痘|${sets.ailment})`;
const RESULT_FRAME = new RegExp(
  [
    `(?<cureall>(?:不管|无论|不论)(?:您|你)?(?:是)?(?:什么|啥|哪种|哪样|哪儿|哪里|哪个部位|多(?:严重|顽固|久|重))[^.!?;。]{0,20}?(?:都|全都|全|统统|通通|一律)(?:能|可以|会)?(?:给你|帮你|给您|帮您)?${RESOLVE}|(?:什么|啥)(?:[\u4e00-\u9fff]{1,2}?)?${KINDS}[^,.!?;。]{0,6}?(?:都|全都|全|统统)(?:能|可以)${RESOLVE}|(?:${sets.ailment})[、,](?:${sets.ailment})[^.!?;。]{0,12}?(?:都|全都|统统|通通|全)(?:能|可以)(?:给你|帮你)?${RESOLVE})`,
    `(?<gone>一(?:只|个)${PEST}(?:都|也)(?:不会|没)(?:来|有|进|咬|靠近)|${PEST}[^.!?;。]{0,14}?(?:(?:全部|统统|全都|通通)(?:没了|没有了|消失了|不见了)|一(?:点|只|个|丝|滴|粒)(?:都|也)?不剩|(?:杀|清|除|去|吸|滤|洗|冲|赶)(?:得)?(?:光|干干净净|一干二净)|(?:全部|统统|全都|通通|全)(?:杀|清|除|去|滤|吸|赶|死)(?:掉|光|死|干净|走|绝)|(?:直接|全部|全都)?(?:清零|归零)|零残留|0残留))`,
    `(?<sealed>一(?:滴|点|丝|点点)(?:水|雨|风|光|灰|气|味)?(?:都|也)(?:渗不|漏不|透不|进不)(?:进|出|过)(?:去|来)?)`,
    `(?<safeeat>(?:安全|温和|无毒)到(?:可以|能)?(?:直接)?(?:吃|喝|放(?:进)?嘴里|入口|舔)|(?:安全|温和|无毒)到[^,.!?;。]{0,10}?(?:都|也)(?:没事|没问题|不怕|没关系))`,
    `(?<longevity>活到[0-9一二三四五六七八九十百]+(?:岁)?(?:不是梦|没问题|没跑|稳稳的))`,
    `(?<insured>(?:没效果|无效|不见效|没有效果)[^.!?;。]{0,12}?(?:保险公司|兜底赔付|赔付))`,
    `(?<supply>(?:只有|只供|专供|只给|只供给|专门供给?|供应给?|特供给?)(?:给)?(?:${sets.authority}|部委|机关)[^,.!?;。]{0,6}?(?:才能|才可以|才)?(?:喝|吃|用|享用|穿|喝到|吃到|用到)?)`,
    `(?<deposit>(?:收益|回报|本金|投资|利息)[^,.!?;。]{0,8}?(?:跟|和|像)(?:存)?(?:银行)?(?:定期|银行|存款|国债)(?:存款)?(?:一样)?(?:稳|安全|保险))`,
    `(?<same>(?:跟|和|与|像|同)(?:喝|吃|用|打|做|涂)?(?:了)?(?:${sets.treatment})[^,.!?;。]{0,4}?(?:几乎|基本|完全|简直)?(?:一样|差不多|没两样|没区别|没差别|没什么区别|没什么两样|没有任何区别|没有区别|一模一样|无异|一个样|没啥区别|没啥两样))`,
    `(?<used>(?:${sets.authority})[^,.!?;。]{0,5}?(?:用|吃|喝|采购|选|指定|买)的(?:就|都|也)?是(?:我们|咱|我家|这|同款|同一))`,
    `(?<award>(?:拿|获|得|荣获|斩获|摘得|捧回|拿下|获得)(?:过|了|得)?(?:好几个|多个|无数|很多|各种|国际|国家|全国|世界)?[^,.!?;。]{0,4}?(?:金奖|大奖|头奖|一等奖|特等奖|金牌|最高奖|大满贯)|获奖无数)`,
    `(?<sun>晒不(?:黑|伤)|(?:暴晒|(?<![防暴])晒|太阳)[^,.!?;。]{0,8}?(?:都|也)(?:不会?|没)(?:被)?(?:晒)?(?:黑|伤))`,
    `(?<yield>(?:亩产|产量|一亩地?)[^,.!?;。]{0,6}?(?:保底|至少|起码|稳|保证|肯定|包)|(?:保底|包)(?:亩产|产量))`,
    `(?<madegood>(?:亏|赔|损失)(?:了|掉)?(?:的话)?(?:我们|我|公司|平台)?(?:全额|全部|全|加倍)?(?:补|赔|兜底|包赔|承担|补给你|补给您)(?![货发])|少(?:一分|多少|一块)(?:我们)?补(?:一分|多少|一块))`,
  ].join('|'),
  'g',
);
const RESULT_HEDGE = /可能|也许|或许|不一定|不保证|不能保证|因人而异|看个人|如果|要是|假如|的话(?!我们)|吗|(?<![怎什那这多要])么|\?/;

function resultFrames(text: string, frames: Frame[]): void {
  scan(RESULT_FRAME, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.groups!;
    const ss = sentenceStart(text, start, 40);
    const sentence = text.slice(ss, sentenceEnd(text, end, 20));
    const before = text.slice(clauseStart(text, start), start);
    if (DENIED_BEFORE.test(before)) return;
    if (g.madegood !== undefined) {
      // A loss made good is a return promise where money is put in; a shop's own loss or a
      // delivery refund is not (快递丢了我们全额赔).
      if (!MONEY.test(sentence) && !/收益|利息|本金|产量|亩产|赚|投|回报/.test(sentence)) return;
      if (NOT_THE_GOODS.test(sentence) || RISK_NOTICE.test(sentence)) return;
    } else if (RESULT_HEDGE.test(sentence)) return;
    // 什么问题都能帮您解决 of the service, a rival's award, a courier.
    if (g.cureall !== undefined && (NOT_THE_GOODS.test(sentence) || /(?:帮|给)(?:您|你)(?:解决|处理)/.test(m[0]))) return;
    // 跟医院开的药价格差不多, 形状跟母乳一样: the price, the look or the storage compared, not the effect.
    if (g.same !== undefined && /价|放|保存|储存|包装|颜色|大小|尺寸|形状|味道|口感|外观|颗粒|喂养/.test(text.slice(Math.max(ss, start - 4), end + 4))) return;
    // 奶嘴跟亲喂的感觉差不多: feeding gear shaped like the breast, not a food replacing breast milk.
    if (g.same !== undefined && /母乳|亲喂|妈妈的奶|人奶/.test(m[0]) && /奶嘴|奶瓶|吸奶器|乳头|吸管杯|安抚|储奶|感觉|手感|触感/.test(sentence)) return;
    if (g.award !== undefined && /没|未|不是|并非|参加|入围|报名|提名|证书|官网|可查/.test(sentence)) return;
    const kind: FrameKind = g.used !== undefined || g.supply !== undefined ? 'endorse' : g.award !== undefined ? 'rank' : g.yield !== undefined || g.madegood !== undefined || g.deposit !== undefined ? 'returns' : g.sealed !== undefined ? 'durable' : 'health';
    frames.push({ start, end, kind });
  });
}

// ---------------------------------------------------------------------------------------------
// The pledge frames, each found at its own words and named by the class it says in plain words:
//   floor     the price at the bottom of a whole market or year — a `floor` word alone (地板价,
//             骨折价, 史低) or a `floorsoft` one (底线, 底价, 到底了) with the market or the year
//             named (全网, 同款里, 今年, 历史): 全网最低价 in other words (价格法第十四条, 广告法第九条).
//             The shop's haggling limit alone (这是底价了，不能再少) names no market and stays clean;
//   dare      a `fail` (考不过, 没效果, 瘦不下来) + a `stake` (算我的, 你来找我, 砸我招牌), or the
//             failure waved off (考不过? 不存在的), or no buyer ever let down (没让一个学员白花钱) —
//             保证性承诺 and 无效退款 (广告法第二十四、二十五条, 药品广告审查办法第十一条) as a dare;
//             a service offered after the stake (来找我帮您看看) or a hedge informs;
//   since     a stretch since launch (`since` + 以来/至今/这么多年/那天起) + a first or a never (头一回,
//             首次, 没人做出过, 从没降过) — 首次、首个、史无前例 through the history; an apology for a slip
//             (开店以来第一次发错) and the buyer's own first stay clean;
//   noloss    money put in said never to lose (一分钱都不会亏, 学员跟着做从没亏过, 没听说谁亏过) —
//             保本 in everyday words (广告法第二十五条); it wants an investment named in the sentence;
//   noneelse  the rivals said to lack it altogether (别的牌子都没有, 同行根本没有) — 独家 said by the
//             others' lack; stock, sizes and service are facts (别家都没货).
const SINCE_SUFFIX = '(?:以来|到现在|到今天|至今|起|开始|这么多年|那么多年|[0-9一二三四五六七八九十几多]+年(?:来|了|以来)?)';
const SINCE_SPAN = `(?:(?:自打|自从|打从)[^,.!?;。]{0,6}?(?:${sets.since})(?:那天|那一天|的那天|的时候)?${SINCE_SUFFIX}?|(?:${sets.since})(?:那天|那一天|的那天|的时候)?${SINCE_SUFFIX})`;
const SINCE_FIRST = '(?:首次|头一回|头一次|第一次|第一回|头一遭|破天荒|(?:还|都|就|从来|从|也)?没(?:有)?(?:人|谁|哪家|一家|哪个|厂家|品牌|别家|同行)(?:能|敢)?(?:做出|做到|研发|推出|仿出|超过|超越|打破|比得上|赶上)|从(?:来)?没(?:有)?(?:降|打|让|放|给|卖)(?:过)?(?:这个价|这么低|这种价|价|折|这么大|这么便宜))';
const PLEDGE = [
  `(?<figure>(?:体重|腰围|腿围|臀围|血压|高压|低压|血糖|血脂|尿酸|胆固醇|视力|度数|近视|体脂率?|身高|个子|个头)[^,.!?;。]{0,8}?(?:降到|降至|降了|减到|减了|掉到|掉了|涨到|长到|长了|升到|回到|恢复到|控制在|稳定在|少了|窜了|蹿了|提高了|提升了|多了)[0-9一二两三四五六七八九十百几.]+(?:斤|公斤|kg|cm|厘米|公分|度|个点|%|mmol)?)`,
  `(?<rare>年(?:都|也)?(?:难|难得|才|很难)(?:遇|碰|见|出|有)(?:到|上)?(?:一次|一回|一块|一个|一批|一件)(?<=(?:[0-9]+|[一二两三四五六七八九十几百]+)年(?:都|也)?(?:难|难得|才|很难)(?:遇|碰|见|出|有)(?:到|上)?(?:一次|一回|一块|一个|一批|一件)))`,
  `(?<floor>${sets.floor})`,
  `(?<floorsoft>${sets.floorsoft})`,
  `(?<dare>(?:${sets.fail})(?:的话)?(?:[^.!?;。]{0,10}?(?:${sets.stake})|\\?*(?:不存在|不可能的|没有的事|想多了))|(?:白花|白交|白掏)(?:一分)?(?:钱|冤枉钱|学费)(?<=没(?:有)?让(?:一个|任何)?(?:学员|客户|顾客|家长|用户|买家|学生|孩子|人|一个人)(?:白花|白交|白掏)(?:一分)?(?:钱|冤枉钱|学费)))`,
  `(?<since>${SINCE_SPAN}[^.!?;。]{0,12}?${SINCE_FIRST}|(?:之前|以前),?[^,.!?;。]{0,6}?(?:没人|没有人|还没有?人|没有哪家|没哪家|没谁)(?:做过|做出|研发|想到|推出|做到)(?<=(?:我们|我家|咱家|本店|我们家)(?:之前|以前),?[^,.!?;。]{0,6}?(?:没人|没有人|还没有?人|没有哪家|没哪家|没谁)(?:做过|做出|研发|想到|推出|做到)))`,
  `(?<noloss>只(?:会)?(?:多|增|涨|赚)不(?:会)?(?:少|减|跌|亏|赔)|(?:一分(?:钱)?|一毛(?:钱)?|一块钱|本钱|本金)(?:都|也)(?:不会|没|没有)(?:亏|赔)(?:过|掉|了)?|(?:亏|赔)过(?:钱|本)?(?<=(?:从来|从|还|就|都)没(?:有)?(?:亏|赔)过(?:钱|本)?)|(?:亏|赔)(?:过|了|钱)(?<=没(?:有)?(?:人|谁|一个人?|一个(?:学员|客户|顾客|会员|加盟商|代理))(?:亏|赔)(?:过|了|钱))|(?:亏|赔)(?:过|了|钱)(?<=没听说(?:过)?(?:谁|有人|哪个)(?:亏|赔)(?:过|了|钱))|(?:亏|赔)(?:过|了|钱)(?<=没见(?:过|到)?(?:谁|有人|哪个|一个人?)(?:亏|赔)(?:过|了|钱))|(?:本钱|本金)(?:一分|一分钱|一毛)?(?:都|也)?(?:不会|不)(?:少|亏|赔))`,
  `(?<noneelse>除了(?:${sets.self})(?:家)?(?:以外|之外)?,?(?:(?:没人|没有人|谁都|谁也|别人|别家|其他家|哪家)(?:都|也)?(?:能|会)?(?:没有|没|做不|买不|拿不|不会|不能|不卖|不做)|(?:没人|没有人|没有哪家|没哪家)(?:能|会|可以)(?:做出|做到|买到|拿到|仿出|做))|(?:别家|别的店|别的家|其他家|其他店|市面上|同行|其他品牌|别的品牌|别的牌子|其他牌子|别的厂|其他厂家|其他厂)(?:的)?[^,.!?;。]{0,6}?(?:都|也|根本|压根|全都|完全)(?:没有|没)(?=的|$|[,.!?;。]|这|同款|类似|哦|呢|呀|啊|!))`,
].join('|');
/** A size chart or fit advice: body figures that choose a size. */
const SIZING_CHART = /穿|码|尺码|尺寸|号|适合|选|都能|都可以|范围|正常/;
/** The goods taken or used in the sentence. */
const USED = /吃|喝|用|贴|戴|涂|抹|敷|泡|坚持|服|按|练|穿/;
/** The whole market or a whole year named: a floor over everything, not one haggle. */
const FLOOR_SCOPE = new RegExp(`${sets.market}|全年|一年到头|历史|有史以来|常年|再也|永远|任何时候`);
/** A uniform price (全网统一价) is a fact about the price, not its floor. */
const FLOOR_FACT = /统一|一样的价|同价|一个价/;
/** Money put in (投一万, 投了五千): the sentence speaks of an investment. */
const MONEY_PUT = /投(?:入|进|了|个)?[0-9一二两三四五六七八九十几百千万]+(?:万|千|块|元)/;
/** What a never-lost promise is about: an investment, a scheme, trading. */
const INVESTED = new RegExp(`${sets.money}|${MONEY_PUT.source}|放进去|存进去|投进去|钱放|操作|项目|方案|炒|股|期货|跟单|带单|赚|收益|回报|盈利|本钱`);
/** After a stake: the shop offers service (来找我帮您看看, 找我给您查), not a dare. */
const SERVICE_AFTER = /^,?[^,.!?;。]{0,6}?(?:帮|给(?:您|你)(?:看|查|处理|调|分析|换|补)|看看|看一下|处理|分析|指导|调整|核实|查一下|查查|换货|退换|补发|重发)/;
/** An apology or a slip, or the buyer's first: a first that is no claim. */
const SLIP = /遇到|碰到|出现|发生|发错|错发|漏发|延误|失误|问题|情况|投诉|差评|抱歉|不好意思|麻烦|(?:您|你)(?:是)?第一次/;
const PLEDGE_HEDGE = /(?<!不)可能|也许|或许|不一定|不保证|不能保证|不敢说|因人而异|看个人|吗|(?<![怎什那这多要])么|\?/;

function pledgeFrame(text: string, m: RegExpExecArray, frames: Frame[]): void {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  const ss = sentenceStart(text, start, 40);
  const se = sentenceEnd(text, end, 20);
  const sentence = text.slice(ss, se);
  const before = text.slice(clauseStart(text, start), start);
  if (g.dare !== undefined) {
    // 考不过? 不存在的 carries its own question mark: the rest of the sentence decides.
    const rest = /\?/.test(m[0]) ? text.slice(end, se) : sentence;
    if (PLEDGE_HEDGE.test(rest) || DENIED_BEFORE.test(before) || SERVICE_AFTER.test(text.slice(end, end + 12))) return;
    // 没用完的, 没用过的: the goods left unused, not a failed result.
    if (/^没用[完过上着到掉]/.test(m[0])) return;
    // A courier, a refund or an account (没收到货来找我) is service, not a result staked on.
    if (NOT_THE_GOODS.test(m[0])) return;
    // Found at 白花 (没让一个学员白花钱): the never before it belongs to the span.
    const lead = /^白/.test(m[0]) ? /(?:从来|从|还|就)?没(?:有)?让[^,.!?;。]{0,6}$/.exec(text.slice(Math.max(0, start - 12), start)) : null;
    frames.push({ start: lead !== null ? start - lead[0].length : start, end, kind: COURSE.test(sentence) || /考|课|学|分|岸|挂/.test(m[0]) ? 'learning' : 'health' });
    return;
  }
  if (g.figure !== undefined) {
    // A body reading moved to a figure by a stretch of use (吃了一个月血压稳定在120, 半年个子窜了8公分);
    // a size chart (体重100到140斤都能穿) or advice (降到…的话建议) informs.
    if (HEDGE.test(sentence) || SIZING_CHART.test(sentence) || DENIED_BEFORE.test(before)) return;
    if (!USED.test(sentence) || !new RegExp(SPAN).test(sentence)) return;
    frames.push({ start, end, kind: 'health' });
    return;
  }
  if (g.floor !== undefined || g.floorsoft !== undefined) {
    if (PLEDGE_HEDGE.test(sentence) || /不清楚|不知道|不了解|没比过/.test(sentence) || /(?:不是|并非|没到|还没到|不算)[^,.!?;。]{0,3}$/.test(before)) return;
    // 底线 and 底价 speak of a price only with one named (价, 折, 优惠); 地板价 names it itself.
    if (g.floorsoft !== undefined) {
      if (!/价|折|优惠|便宜|低|钱/.test(sentence) || !FLOOR_SCOPE.test(sentence) || FLOOR_FACT.test(sentence)) return;
    }
    frames.push({ start, end, kind: 'rank' });
    return;
  }
  if (g.rare !== undefined) {
    // 十年难遇一次 of the goods (a stone, a harvest); weather or a delay that held up an order is news.
    if (PLEDGE_HEDGE.test(sentence) || NOT_THE_GOODS.test(sentence) || /天气|大雨|暴雨|台风|大雪|疫情|延误|堵/.test(sentence)) return;
    const count = /(?:[0-9]+|[一二两三四五六七八九十几百]+)$/.exec(text.slice(Math.max(0, start - 6), start));
    frames.push({ start: count !== null ? start - count[0].length : start, end, kind: 'rank' });
    return;
  }
  if (g.since !== undefined) {
    if (SLIP.test(sentence) || PLEDGE_HEDGE.test(sentence)) return;
    frames.push({ start, end, kind: 'rank' });
    return;
  }
  if (g.noloss !== undefined) {
    if (!INVESTED.test(sentence) || PROMOTION.test(sentence) || RISK_NOTICE.test(sentence) || /退款|退货|快递|物流|售后|运费|差价/.test(sentence)) return;
    if (PLEDGE_HEDGE.test(sentence) || DENIED_BEFORE.test(before)) return;
    // 一分钱都不会亏您: the shop will not short-change the buyer, no return promised.
    if (/^(?:您|你)/.test(text.slice(end, end + 1))) return;
    // Found at 亏 (从没亏过, 没听说谁亏过): the never before it belongs to the span.
    const lead = /(?:(?:从来|从|还|就|都)没(?:有)?|没(?:有)?(?:人|谁|一个人?|一个(?:学员|客户|顾客|会员|加盟商|代理))|没听说(?:过)?(?:谁|有人|哪个)|没见(?:过|到)?(?:谁|有人|哪个|一个人?))$/.exec(text.slice(Math.max(0, start - 12), start));
    frames.push({ start: lead !== null ? start - lead[0].length : start, end, kind: 'returns' });
    return;
  }
  if (g.noneelse !== undefined) {
    if (/如果|要是|的话|不清楚|不知道|不确定|货|库存|尺码|码数|颜色|售后|发票|优惠|活动|包邮|赠品|运费|快递/.test(sentence)) return;
    soleFrame(text, m, frames);
  }
}

// ---------------------------------------------------------------------------------------------
/** The frames found at their result words rather than a topic (urgency, the sole seller, the crowd,
 *  learning): one regex and one scan for the four, so they share one scan gate. */
const TOLD = new RegExp(`${URGE}|${SOLE}|(?<crowd>${CROWD})|${LEARN}|${PLEDGE}`, 'g');

function toldFrames(text: string, frames: Frame[]): void {
  scan(TOLD, text, (m) => {
    const g = m.groups!;
    if (g.lapse !== undefined || g.once !== undefined) urgencyFrame(text, m, frames);
    else if (g.only !== undefined || g.nowhere !== undefined || g.noneelse !== undefined) soleFrame(text, m, frames);
    else if (g.crowd !== undefined) crowdFrame(text, m, frames);
    else if (g.learned !== undefined || g.examiner !== undefined) learningFrame(text, m, frames);
    else pledgeFrame(text, m, frames);
  });
}

/** Where the assurance before `end` in [from, end) starts, or -1. */
function assuranceIn(text: string, from: number, end: number): number {
  const m = ASSURANCE.exec(text.slice(from, end));
  return m === null ? -1 : from + m.index;
}

/** Every claim frame in the normalized `text`, in order. */
export function claimFrames(text: string): Frame[] {
  const frames: Frame[] = [];
  topicFrames(text, frames);
  toldFrames(text, frames);
  rivalFrames(text, frames);
  nobodyFrames(text, frames);
  resultFrames(text, frames);
  grammarFrames(text, frames);
  if (frames.length > 1) frames.sort((a, b) => a.start - b.start);
  return frames;
}

/** The frames with a topic (body, goods against rivals, money, an authority), pushed in order. */
function topicFrames(text: string, frames: Frame[]): void {
  let anchored = false;
  scan(ANCHOR, text, () => {
    anchored = true;
  });
  if (!anchored) return;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const cs = clauseStart(text, start);
    const ce = clauseEnd(text, end);
    const clause = text.slice(cs, ce);
    // The clause before too: 涂两晚，痘痘就下去了 puts the time in one clause and the result in the next.
    const ps = cs > 0 && SENTENCE_END[text.charCodeAt(cs - 1)] === 0 ? clauseStart(text, cs - 1) : cs;
    const sentence = text.slice(sentenceStart(text, start, 40), sentenceEnd(text, end, 30));
    if (HEDGE.test(clause)) continue;
    if (g.never !== undefined || g.medicine !== undefined || g.healed !== undefined || g.loss !== undefined) {
      const before = text.slice(cs, start);
      if (DENIED_BEFORE.test(before)) continue;
      const word = m[0];
      if (g.healed !== undefined) {
        if (PROBLEM_RESULT.test(word) ? !PROBLEM.test(sentence) && !(BODY.test(sentence) && REFUND_ON_FAILURE.test(sentence)) : !BODY.test(sentence) && !PROBLEM.test(sentence)) continue;
        if (/好/.test(word) && STEP_DONE.test(before)) continue;
        // 每天用一次就好, 涂两遍就好: 就好 without 了 after a count of uses or a routine says how much
        // is enough, not that a problem healed.
        if (word === '就好' && text[end] !== '了' && /(?:[0-9一二两三四五六七八九十几]+(?:次|遍|下|回|滴|泵|粒|片)|每天|每次|每晚|早晚)[^,.!?;。]{0,3}$/.test(before)) continue;
        // 睡眠改善片, 去除剂: the result word names a product.
        if (/^[片剂液霜膏茶贴丸粉露乳]/.test(text.slice(end, end + 1))) continue;
        // A cure of a named disease (肾衰能逆转, 癌细胞就长不起来) is the treatment claim with a mere
        // 能 or 就: no time frame or certainty is needed.
        const cure = CURE.test(word) && PROBLEM.test(sentence) && /(?:能|可以|会|就|都|也)$/.test(before);
        const at = ALL_BEFORE.test(before) || cure ? start : assuranceIn(text, cs, start);
        const prev = at < 0 && ps < cs ? assuranceIn(text, ps, cs) : -1;
        if (at < 0 && prev < 0 && !REFUND_ON_FAILURE.test(sentence)) continue;
        if (ps < cs && (HEDGE.test(text.slice(ps, cs)) || /没法|无法|没办法|不能|做不到/.test(text.slice(ps, cs)))) continue;
        frames.push({ start: at >= 0 ? at : start, end, kind: 'health' });
      } else if (g.loss !== undefined) {
        // Weight or girth lost: the body is the result's own topic; a time or a certainty must promise it.
        const at = assuranceIn(text, ps, start);
        if (at < 0 || HEDGE.test(text.slice(ps, cs))) continue;
        // 腰围小一码 of a garment is sizing, not the body.
        if (/(?:码|号)$/.test(word) && !BODY.test(sentence)) continue;
        // 轻两斤 is the goods' own weight unless it is compared to nothing and something is taken
        // (代餐吃一个月轻十斤); 比那款轻两斤 compares two products.
        if (word.startsWith('轻') && (/比/.test(sentence) || !/吃|喝|代餐|坚持|贴|泡|绑|穿|用|练|跳|跑/.test(sentence))) continue;
        frames.push({ start: Math.max(at, cs), end, kind: 'health' });
      } else {
        // Never again and medicine given up carry their own assurance; a problem or body must be
        // named — except where a medicine or a doctor is given up or beaten (降压药都能扔, 比打针还
        // 管用): that names the illness's treatment, a treatment claim by itself.
        if (!(g.medicine !== undefined && /药|医院|医生|针|手术|开刀/.test(word)) && !PROBLEM.test(sentence) && !BODY.test(sentence)) continue;
        frames.push({ start, end, kind: 'health' });
      }
    } else if (g.harm !== undefined) {
      // The shop will not vouch for it (不敢保证无副作用, 不能说完全没副作用): honesty, not a claim.
      if (/不敢|不能说|不能保证|无法保证|不保证|不承诺|不好说|不是|并非|并不是/.test(clause)) continue;
      // The harm denied in the clause (没有, 无, 不会有, 零, 伤不了) …
      if (!/没|无|不会|不存在|零|不|伤不了/.test(clause)) continue;
      // … absolutely (任何, 一点, 完全, 吃多少都) and for a person.
      if (assuranceIn(text, cs, ce) < 0 && !FOREVER.test(clause) && !/多少|多久|长期|天天|每天|一直/.test(clause)) continue;
      if (!CONSUMER.test(sentence)) continue;
      frames.push({ start: Math.max(cs, start - 8), end, kind: 'safety' });
    } else if (g.durable !== undefined) {
      if (CARE.test(clause)) continue;
      // A lifetime said by the match itself (耐用三十年) or by the clause (一辈子, 怎么摔都).
      if (/年/.test(m[0]) || /^包/.test(m[0])) {
        // Found at 年 (二十年都不会坏): the count before it belongs to the span.
        const count = /^年/.test(m[0]) ? /(?:[0-9]+|[一二两三四五六七八九十几百]+)$/.exec(text.slice(cs, start)) : null;
        frames.push({ start: count !== null ? start - count[0].length : start, end, kind: 'durable' });
        continue;
      }
      const f = FOREVER.exec(clause);
      if (f === null) continue;
      frames.push({ start: Math.min(start, cs + f.index), end, kind: 'durable' });
    } else if (g.rank !== undefined || g.none !== undefined) {
      if (OWN_RANGE.test(sentence)) continue;
      // 没人比得过您细心 praises the buyer; 没有哪家快递能超过顺丰 compares couriers, not the goods.
      if (/^(?:您|你)/.test(text.slice(end, end + 1)) || /快递|物流|顺丰|京东|邮政|客服/.test(m[0])) continue;
      if (g.none !== undefined) {
        const n = NONE_BEFORE.exec(text.slice(cs, start));
        if (n === null && !NONE_AFTER.test(text.slice(end, ce))) continue;
        frames.push({ start: n !== null ? cs + n.index : start, end, kind: 'rank' });
        continue;
      }
      frames.push({ start, end, kind: 'rank' });
    } else if (g.hazard !== undefined) {
      // A hazard ruled out for ever or for certain (绝对不会爆, 卖了几十万个从没出过事).
      if (HAZARD_CARE.test(sentence)) continue;
      const at = assuranceIn(text, cs, start);
      if (at < 0 && !/^从来?没/.test(m[0]) && !FOREVER.test(clause)) continue;
      frames.push({ start: at >= 0 ? at : start, end, kind: 'safety' });
    } else if (g.gain !== undefined) {
      // A return on goods sold as a store of value, promised: only up, surely doubling, no loss.
      if ((!MONEY.test(sentence) && !MONEY_PUT.test(sentence) && !BOUGHT_SURE.test(text.slice(cs, start))) || PROMOTION.test(sentence) || RISK_NOTICE.test(sentence)) continue;
      // 不保本, 没有稳赚: the gain denied right before it.
      const before = text.slice(cs, start);
      if (DENIED_BEFORE.test(before) || /(?:不|没有?|无|并非|不是)(?:稳|只|包|保)?$|(?:没有|不是|并非|哪有|不存在)[^,.!?;。]{0,3}$/.test(before)) continue;
      // A stated time to the gain (三个月就能翻倍, 半年回本) promises it as surely as 一定.
      let sure = STRONG_ASSURE.exec(before);
      let from = cs;
      if (sure === null && (MONEY_PUT.test(sentence) || /翻|倍|番|回本|赚回|挣回/.test(m[0]))) {
        sure = TIMED_GAIN.exec(text.slice(ps, start));
        from = ps;
      }
      if (!SURE_GAIN.test(m[0]) && sure === null && !/^(?:是|都是)?(?:不可能|没跑|稳|打底|起步|不成问题|没问题|妥妥|很轻松|轻轻松|轻松|跑不了)/.test(text.slice(end, end + 8).replace(/^[0-9一二两三四五六七八九十百千万]+(?:块|元|万)?/, ''))) continue;
      frames.push({ start: sure !== null ? from + sure.index : start, end, kind: 'returns' });
    } else if (g.effect !== undefined) {
      // The effect itself vouched for (保证见效, 一定管用): of the goods, not a fix or a voucher.
      const before = text.slice(cs, start);
      if (NOT_THE_GOODS.test(sentence) || DENIED_BEFORE.test(before)) continue;
      const sure = STRONG_ASSURE.exec(before);
      if (sure !== null) {
        frames.push({ start: cs + sure.index, end, kind: 'health' });
        continue;
      }
      // Otherwise an effect on a named problem within a stated time or for everyone (湿疹三天见效,
      // 头疼失眠统统管用), as for the other body results.
      if (!PROBLEM.test(sentence)) continue;
      const at = ALL_BEFORE.test(before) ? start : assuranceIn(text, cs, start);
      const prev = at < 0 && ps < cs ? assuranceIn(text, ps, cs) : -1;
      if (at < 0 && prev < 0 && !REFUND_ON_FAILURE.test(sentence)) continue;
      if (ps < cs && HEDGE.test(text.slice(ps, cs))) continue;
      frames.push({ start: at >= 0 ? at : start, end, kind: 'health' });
    } else if (g.endorse !== undefined) {
      if (ADVICE_BEFORE.test(text.slice(cs, start))) continue;
      // 护士用的挂表, 护士穿的鞋: a nurse's goods named by who wears them, unless the nurses are said
      // to pick them (都在用, 自己也买, 人手一支).
      if (/^护士/.test(m[0]) && !/都|也|自己|人手|一直|推荐|认可|回购|囤/.test(m[0])) continue;
      frames.push({ start, end, kind: 'endorse' });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The claim grammar (issue 10): the list categories as sentence structures with OPEN slots. Twelve
// rounds of one frame per seen sentence fitted each round and missed the next; what the paraphrases
// share is who fills which role, not their words. Each structure below names the roles a claim needs
// and takes word CLASSES for them, with any words allowed in between; what makes the same structure
// not a claim — a question, a denial or refusal, a condition, a hedge, the buyer's or a third party's
// words — is claimStance() (claim-stance.ts).
//
//   universal comparison  NOBODY (没有哪家, 找不出, 没人) … MATCH (比得过, 赶得上, 排在…前面, 跟…打) + US
//                         比 … ANY (所有, 任何, 哪家, 别家, 同价位) … 都/还 + a quality (any word)
//                         RIVALS … 都比 + US + a worse side (贵, 差, 高)
//                         SCOPE (市面上, 能买到的, 放眼全世界) … CEILING (顶天, 天花板, 再往上就没有)
//                         a RANK PLACE (排进前三, 头一名) with the market named
//                         — 《广告法》第九条第三项 (最、第一 without the word), 第十三条;
//   endorsement           AUTHORITY (the lexicon's class: doctors, experts, the state, media, teams)
//                         … a vouching adverb (都, 也, 自己, 一直, 指定) + ACT (用, 喝, 推荐, 采购, 带)
//                         with the goods in the sentence, or AUTHORITY … ACT的就是 + the goods, or the
//                         goods supplied only to it, or exempt from the state's checks
//                         — 第九条第二项, 第十六条第四项 (名义、形象、代言人证明);
//   guaranteed outcome    CERTAIN (保准, 稳稳, 闭着眼都) … OUTCOME (an exam passed, a body changed)
//                         on its topic; an OUTCOME with 不是问题/不是梦; FAIL … REFUND (没考上学费全退)
//                         — 第十六至十八条, 第二十四、二十五条 (保证性承诺, 无效退款);
//   urgency               a TIME near (明天, 晚上, 等会儿, 过了这个点) … a PRICE CHANGE the buyer loses
//                         (调回去, 改价, 不给这个价); STOCK LOW … NO RESTOCK (不再做, 不补); the goods
//                         GONE FAST (眨眼就见底, 撑不过半小时); a crowd buying at once — 诱导性话术;
//   extreme proof         an EXTREME use (三楼扔下去, 泡一整天, 洗多少次, 用到孙子辈) … 都/照样 +
//                         INTACT (没事, 坏不了, 跟新的一样) — 绝对 performance (完全防水, 摔不坏).
// The classes are written here with their sources (the articles above); the shared ones (authority,
// body, ailment, course, market, rival) are the paraphrase lexicon's sets.

/** The goods or the shop as the one compared or vouched for. */
const G_US = '(?:我们家?|我家|咱们?家?|本店|它|这(?:款|个|件|台|种|家|双|套|把|只|口|瓶|支|杯|盒|牌子)?)';
/** The same without the bare 这 (超过这个重量 measures, it does not rank). */
const G_US_STRICT = '(?:我们家?|我家|咱们?家?|本店|它|这(?:款|家|牌子))';
/** NOBODY: a rival's existence denied. */
const G_NOBODY = '(?:(?:没有|没|再没有?|不可能有|不会有)(?=哪|一|任何|人|谁|别|其他|第二|同)|找不出|找不到|挑不出|寻不到|无人|没人|没谁)';
/** MATCH: equal or beat (positive potential), its object US. */
const G_MATCH = `(?:(?:卖|做|拼|干|打|跑|玩)得(?:过|赢)${G_US_STRICT}|(?<=能|可以)比(?=$|[,.!?;。了的啊呀])|比得了|比得过|比过|比得上|赶得上|及得上|追得上|打得过|胜过|强过|超过${G_US_STRICT}|超越${G_US_STRICT}|排在${G_US}(?:的)?前(?:面|头)|(?:跟|和|与)${G_US}(?:打|比|拼|抗衡|较量|叫板|过招|相提并论|掰手腕|pk))`;
/** ANY: every rival (所有, 任何, 哪家, 别家, 同价位…). */
const G_ANY = `(?:所有|任何|哪(?:一)?(?:家|款|个|种|台|件|样)|别(?:家|的|人家)|其他|其它|同(?:价位|类|行|档次|级别|品类|类目|价格)|市面上|外面|网上|${sets.market})`;
/** A worse side of a thing compared (a concession when said of the shop). */
const G_WORSE = /^(?:贵|慢|差|少|弱|难|麻烦|复杂|晚|迟|次|糟|烂|累|忙|久|重|大|丑|土)/;
/** Attributes of the shop's own options (颜色, 款式, 尺码): 比别的颜色都显白 compares its own range. */
const G_OWN_ATTR = /^(?:的)?(?:颜色|色|款式|款|尺码|码|型号|规格|口味|味道|套餐|版本|配置|系列|面料|材质)/;
/** SCOPE and CEILING: the top of everything to be had. */
const G_CEILING = `(?:${sets.market}|能买到的|买得到的|放眼|全世界|世界上|档次里|档次中)[^.!?;。]{0,16}?(?:顶天|天花板|到头了|封顶了|再往上(?:就)?没(?:有)?了|也就(?:这个|这种|这)(?:水准|水平|档次|级别|品质)了|没有(?:比这)?更好的了)`;
/** A rank place (排进前三, 头一名) — with the market named in the sentence. */
const G_PLACE = '(?:排得上|排得进|排进|挤进|进了?|位列|稳居|稳坐|常年|一直|排(?:在)?)(?:了)?(?:全国|全网|行业|业内|国内|同类|类目|世界)?(?:的)?前(?:[0-9]+|[一二三四五六七八九十]+)(?:名|位|强)?|头(?:一)?名|头一号|头把交椅';

/** AUTHORITY: the lexicon's class and the state's own bodies (《广告法》第九条第二项 国家机关). */
const G_AUTH = `(?:${sets.authority}|质监|质检局|市场监管局|教育局|元首|外宾|国宴|两会|人大|政协|中南海|大会堂|使馆|部长|局长|官员|机关|领导人|儿科|有关部门|相关部门|国家部门|官方机构|电视新闻|新闻联播)`;
/** ACT: what an authority does with the goods. */
const G_ACT = '(?:在用|在喝|在吃|在穿|在戴|拿来用|用|喝|吃|穿|戴|掏钱买|花钱买|自费买|买|采购|订|选|推荐|认可|指定|囤|回购|带|送|摆|招待|拿货|找我们|夸|(?:来|到)(?:我们|咱们?|我家)(?:这儿|这里|这|店里|家)?(?:采购|买|订|拿货|进货))';
/** The goods or the shop named as what is vouched for. */
const G_GOODS = /这|我们|咱|本店|我家|同款|它|此款/;
/** A vouching adverb between an authority and the act. */
const G_VOUCH = '(?:都|也|自己|亲自|一直|年年|每年|常年|长期|天天|指定|专门|点名|私下)';

/** CERTAIN: the promise itself. */
const G_CERTAIN = '(?<![不没未])(?:保准|准保|包你|包您|稳稳(?:的|当当)?|肯定|一定|绝对|铁定|必定|闭着眼(?:睛)?(?:都|也)|闭眼(?:都|也)|妥妥(?:的)?|百分百|百分之百|躺着(?:都|也))';
/** OUTCOME of study (过, 考上, 上岸) and of the body (瘦, 长高, 不掉, 换个人). */
const G_EXAM_OUT = '(?:考过|(?<=[能会就都也稳包准])过)(?![敏期去来程滤年节夜])|考上|上岸|拿证|及格|过关|录取|提分|涨分|进前|涨(?=$|[,.!?;。了啊])|进步|变好看';
const G_BODY_OUT = '(?:躺下|沾枕头)?(?:就)?睡着|入睡|(?:多)?长(?:了)?[0-9一二两三四五六七八九十几]+(?:厘米|公分|cm)|瘦|变白|白回来|长高|长个|好利索|好透|好了|不掉|止住|消(?:了|掉|下去)|不痒|不疼|不痛|换(?:个|了个)人|变样|年轻|见效|管用|有效果';
/** The topics the outcomes need: an exam or a course; a body, a problem, a child or a pet. */
const G_EXAM_TOPIC = new RegExp(`考(?!虑|察|核)|题|课|成绩|分数|学期|学费|班|${sets.course}`);
const G_BODY_TOPIC = new RegExp(`${sets.body}|${sets.ailment}|[炎疹癣疮病疼痛痒]|掉毛|掉发|孩子|宝宝|小朋友|狗|猫|毛孩子|宠物|睡|失眠`);
/** An outcome with a figure that needs no certainty word: 不是问题, 不是梦. */
const G_NO_PROBLEM = '(?:多活|活到|年轻|瘦|掉|减|长高|长|提|涨|多考|考|过|变白|白)[^,.!?;。]{0,6}?(?:不是问题|不成问题|不是梦|不在话下)';
/** FAIL … REFUND: the result staked on the fee (没考上学费全退, 不大不要钱). */
const G_FAIL_REFUND = `(?:(?:没|不|未)[\\u4e00-\\u9fff]|${sets.fail})[^.!?;。]{0,12}?(?:学费|费用|全款)?(?:全退|全额退(?:款)?|退全款|不要钱|分文不取|分文不收|一分不收|一分钱不收|一分不要|免费重(?:读|学|修|上)|(?:钱|学费|费用|货款)[^,.!?;。]{0,4}?(?:一分不少|原封不动|如数|全部|全额)(?:地)?退(?:给|还)?)`;
/** The shop's satisfaction and service terms: a refund of the goods, not of a result. */
const G_SERVICE_REFUND = /满意|喜欢|合适|收到|到货|质量问题|快递|物流|发货|破损|坏了|漏发|错发|尺码|颜色|七天|无理由|鉴定|不符|正品|假|描述/;

/** TIME near, and the PRICE CHANGE the buyer then loses. */
const G_TIME = '(?:明天|明早|今晚|晚上|等会儿?|待会儿?|一会儿|过会儿|回头|下午|马上|[0-9一二两三四五六七八九十]+点(?:以后|之后|后|一过)?|过了(?:这个点|今天|今晚|零点|这会儿|这村))';
const G_PRICE_CHANGE = '(?:(?:回到|涨到|恢复到|调到|变回)[0-9一二两三四五六七八九十百几]+|调回去|调回|调价|改价|改回去|改回|涨回去|涨价|恢复原价|变回|收回|取消|不给这个价|没这个价|没有这个价|不是这个价|拿不到这个价)';
const G_OFFER = /价|折|优惠|券|福利|秒杀|团购/;
/** Promotions told as information: a stated end is what the promotion rules ask for. */
const G_PROMO_INFO = /活动|结束|截止|到期|为准|公告|详情页|通知|页面|预售|定金/;
/** STOCK LOW … NO RESTOCK, and GONE FAST. */
const G_STOCK_LOW = '(?:(?:就|只|仅|还)剩(?:下)?(?:最后)?|最后)[0-9一二两三四五六七八九十几]+(?:个|件|套|单|份|瓶|盒|双|支|包|台|块|条|箱)';
const G_NO_RESTOCK = '(?:卖完(?:就)?(?:真|再)?没(?:有)?了|断货|不再做|不再补|不补货?|不做了|不会再(?:有|做|补|进)|绝版|没有下一批|不再进)';
const G_GONE_FAST = '(?:库存|剩下的|剩的|余货|这批|名额|现货)[^,.!?;。]{0,6}?(?:眨眼|转眼|分分钟|一会儿|马上|很快|[0-9一二两三四五六七八九十几半]+(?:个)?(?:分钟|小时))[^,.!?;。]{0,4}?(?:见底|清空|抢光|卖光|抢没|撑不过|撑不到)|(?:撑不过|撑不到|挺不过)(?:[0-9一二两三四五六七八九十几半]+(?:个)?(?:分钟|小时)|今天|今晚|明天)';
const G_RUSH = '(?:[几上成][百千万]|[0-9]{3,})(?:多)?(?:个)?人(?:同时|一起|都在|正在)(?:在)?(?:拍|抢|下单|蹲|付款|秒)|(?:又|刚刚|刚才)(?:被)?抢(?:走|光)了?(?:一大批|一大半|好多|一半|几十)';

/** EXTREME use … INTACT. */
const G_EXTREME = '(?:(?:就算|即使|哪怕|再怎么)[^,.!?;。]{1,10}?(?=也|都)|零下[0-9一二两三四五六七八九十几]+度|[0-9一二两三四五六七八九十几百]+度(?:的)?高温|暴雨里|大雨里|(?:干烧|暴晒|浸泡|冷冻|高温)(?:个)?(?:半小时|一整天|一天|[0-9一二两三四五六七八九十几]+(?:个)?(?:小时|天))|[0-9一二两三四五六七八九十几]+年(?=(?:都|也)?不用(?:修|换|维修))|(?:从)?[0-9一二两三四五六七八九十几]+(?:楼|层|米五?)[^,.!?;。]{0,6}?(?:扔|摔|掉|丢|砸)(?:下去|下来)?|泡(?:在)?(?:水里)?(?:一整天|一天|一晚上?|一整晚|[0-9一二两三四五六七八九十几]+(?:个)?(?:小时|天))|洗(?:多少|几十|上百|几百|[0-9]{2,}|一百|上千|[二两三四五六七八九]十|[一二两三四五六七八九]百)次|用到(?:孙子辈|下辈子|老|[0-9一二两三四五六七八九十几]+年后?)|用到(?:您|你)?(?:的)?(?:孙子|孙女|下一代|儿孙)(?:那)?辈?|(?:车|汽车)(?:碾|压)(?:过去)?)';
const G_INTACT = '(?:走得准|(?:身上)?(?:都|也)?是干的|不用修|没事|没问题|好好的|照样(?:能)?用|照常用|正常用|跟新(?:买)?的一样|和新的一样|坏不了|不会坏|不坏|不(?:会)?进(?:一滴)?水|一点事(?:都|也)?没有|一点不会?(?:淡|坏|变形|掉色)|不会?(?:淡|掉色|褪色|变形|开裂|裂|碎|破|生锈)|不会?掉(?=$|[,.!?;。的])|完好无损|毫发无损)';
/** Care advice around a use (正常使用, 建议, 别): information about handling, not a promise. */
const G_CARE = /正常使用|建议|不要|别|避免|不建议|尽量|注意|小心|请勿/;

// The grammar's second set of slots (issue 10, session 14): kinds the first set missed on the
// released list sets, each a subject slot, a claim verb class and an object slot.
/** FLAWLESS: no fault at all to be found in the goods (挑不出任何毛病, 一丁点瑕疵都没有) — 完美 and
 *  无可挑剔 in plain words; PEAK: the quality at its top (好到没法再好, 再好的就没有了). The bare 没毛病
 *  (chat for "right") names no search for a fault and is left out. */
const G_FAULT = '(?:毛病|瑕疵|缺点|缺陷|硬伤|不足之处)';
const G_FLAWLESS = `(?:挑不出|找不出|挑不到|寻不出)(?:来)?(?:任何|一(?:点|丁点|处|丝|个)|半点|丝毫)?(?:的)?${G_FAULT}|(?:一丁点|一点点?|半点|丝毫|任何)(?:的)?${G_FAULT}(?:都|也)(?:没有|没|找不到|挑不出)|(?:好|精|细)到(?:没法|没办法|不能|无法)再(?:好|精|细)|再好(?:的)?(?:就|也)?(?:没有|找不到|不存在)了`;
/** A STATE VENUE the goods are said to be fit for (够得上国宴, 摆到大会堂上都不丢人). */
const G_VENUE = '(?:国宴|大会堂|钓鱼台|中南海|外交场合|国礼)';
/** An AUTHORITY's past act on the goods (部委认定过, 官方机构批过, 专家团队帮着调的, 医生给自家猫吃的). */
const G_AUTH_DID = `${G_AUTH}[^,.!?;。]{0,8}?(?:${G_VOUCH}|曾经|还|现场)?(?:(?:认可|认定|批准|批|审批|认证|核准|报道|表彰|嘉奖|夸|背书|试吃|试用|品尝|(?:帮着|帮忙|亲自|参与)(?:调|配|研发|研制|设计|把关|监制))(?:过|了|过的)|(?:帮着|帮忙|亲自|参与)(?:调|配|研发|研制|设计|把关|监制)的(?=$|[,.!?;。])|给(?:自家|自己家|自己|家里)的?[\\u4e00-\\u9fff]{0,2}?(?:吃|用|穿|喝|戴)(?:的|过))`;
/** The goods on broadcast media (上过好几次电视台节目). */
const G_ON_AIR = '(?:上过|登上过|登过|参加过)(?:好几次|几次|多次|两次|三次|好多次)?(?:央视|卫视|电视台|电视|新闻联播)';
/** A VAGUE lapse: the price or offer may go at any moment (随时会没, 说不定等下就改回去, 说涨就涨). */
const G_VAGUE_LAPSE = `(?:说(?:涨|改|停|调|没|撤|变)就(?:涨|改|停|调|没|撤|变)|(?:随时|说不定|指不定|保不齐|哪天)[^,.!?;。]{0,10}?(?:${G_PRICE_CHANGE}|会没|就没|没了|停了|涨|撤|下架|结束))`;
/** Gone for good later: 以后想买都买不到 (the goods, after a lapse the sentence names). */
const G_GONE_LATER = '(?:以后|往后|之后|到时候|下次|过几天)(?:再)?(?:想买|想要|要买|想拍|想入手)?(?:都|也|就|可|可就)?(?:买不到|买不着|没得买|没地方买|抢不到)';
/** Sold out and never again (卖完再也不会做, 这批拍完彻底没货). */
const G_SOLD_NEVER = '(?:卖完|拍完|抢完|清完|挖完|采完)[^,.!?;。]{0,8}?(?:再也不会?|不会再|就不再|彻底|永远不?|这辈子(?:都|也)?不会?|以后(?:都|也)?不会?)(?:再)?(?:做|有|进|补|出|生产|没货|没了|上)';
/** Pressed now or gone (再不拍真没了; an unpaid order's 再不付款 is the follow-up rule's reminder); the price gone with the day (这个价就再也拿不到了, 明天再来可不是这个数). */
const G_NAG = '再不(?:拍|买|下单|抢|入手|下手)[^,.!?;。]{0,3}?(?:就|真|可|可就|真的)?(?:没了|没有了|没货了|抢不到|买不到)';
const G_PRICE_GONE = '(?:这个价|这价|这个价格|这个优惠|这个折扣|这个活动价)[^,.!?;。]{0,3}?(?:就|可|也)?(?:再也|永远)(?:拿不到|没有了|没了|回不来|不会有|等不到)|(?:明天|下次|回头|过后)再(?:来|买|拍|问)[^,.!?;。]{0,3}?(?:可|就)?(?:不是|没有|没)(?:这个|这)(?:数|价|优惠|折扣)';
const G_LAST_CHANCE = '(?:末班车|最后(?:一次|的)?机会|最后一波)';
const G_SNATCHED = '(?:又|刚刚|刚才|这会儿)(?:又)?(?:被|让)(?:人|别人)?(?:拍|抢|买|订)(?:走|掉|光)(?:了)?[0-9一二两三四五六七八九十几]+(?:件|单|个|份|套|双|瓶)';
/** The first maker (我们家是头一份, 头一家做出来的, 是我们先做出来的, 开的先河) — 首家、首创. */
const G_FIRST_MAKER = `(?:头一家|头一份|第一家)(?:做|研发|推出|开发|生产|搞)(?:出来)?(?:这个|这种|的)|(?:${G_US_STRICT}|我们)(?:是)?(?:头一家|头一份|第一家)|(?:先|最早|率先)(?:做|研发|推出|开发|搞)出来的|(?:开的|开了|开创了?)(?:这个)?先河`;
/** Top anywhere it is put (放到全球都是拔尖的), counted on one hand in a whole market. */
const G_TOP_ANYWHERE = '(?:放到|放在|放眼|拿到|搁在|搁到)(?:全球|全世界|世界上?|国际上?|全国|全网|行业里?|国内|国外)[^,.!?;。]{0,4}?(?:都|也)(?:是|算|称得上)?(?:拔尖|顶尖|一流|数一数二|领先|头部|第一梯队|能打|排得上号|数得着)';
const G_HANDFUL = '(?:一只手|一个巴掌|一双手|两只手|十个手指)(?:就|都|也)?数得过来';
/** The rivals summed and still behind (比隔壁几家加起来都多). Found at 加起来: 比 is too common to start at. */
const G_SUMMED = '加起来(?:都|还)(?:要)?(?:多|高|好|大|强|便宜|快|火)(?<=比[^,.!?;。]{1,10}?加起来(?:都|还)(?:要)?(?:多|高|好|大|强|便宜|快|火))';
/** Safer or better than the bank (比放银行强, 比理财更安全): a return set above a deposit. */
const G_BANK = '(?:银行|定期|存款|余额宝|国债|理财)(?:里)?(?:还|更|都)?(?:要)?(?:稳|安全|保险|强|划算|靠谱|高|多)(?<=比(?:存|放|放在|存在|搁)?(?:银行|定期|存款|余额宝|国债|理财)(?:里)?(?:还|更|都)?(?:要)?(?:稳|安全|保险|强|划算|靠谱|高|多))';
/** A push said in plain words (现在拍, 早点拍, 要买赶紧, 看中了就早点拍). */
const PLAIN_PUSH = /现在(?:就)?(?:拍|下单|入手|买)|早点(?:拍|下单|入手|买)|要买(?:就)?(?:赶紧|抓紧|趁早)|想要(?:就|的话就)?(?:现在|赶紧|抓紧|早点)|看中了?(?:就)?(?:早点|赶紧|抓紧)/;

/** NO FAILURE ever seen (还没见过考不过的, 没遇到过不见效的) — 100%有效, 包过 said by experience. */
const G_NONE_FAILED = `(?:还|从来|从|就)?没(?:见过|遇到过|碰到过|遇见过|有过)(?:一个|谁|哪个)?(?:${sets.fail})(?:的)`;
/** NO EXCEPTION to the result (每个用过的都见效，一个例外都没有). */
const G_NO_EXCEPTION = '(?:一个例外(?:都|也)没有|没有(?:一个)?例外|无一例外)';
/** EVERY USER got the result (用过的客人都见效, 用过的都说效果跟变魔术似的). */
const G_EVERY_USER = '(?:用过|吃过|喝过|试过|戴过|涂过|抹过)的(?:人|顾客|客人|客户|宝妈|姐妹|朋友|家长)?[^,.!?;。]{0,3}?(?:都|全|全都|个个)(?:说)?(?:见效|有效|管用|好了|瘦了|白了|效果(?:好|跟|像|绝|明显))';
/** SAFE FOR ANYONE whatever they are (不管什么体质…吃了都不会有任何不舒服), or no effect on the body at all. */
const G_ANYONE_SAFE = '(?:不管|无论|不论)[^.!?;。]{0,20}?(?:都|全都|也)(?:不会|没)(?:有)?(?:任何)?(?:不舒服|问题|副作用|不良反应|过敏|刺激|伤害|反应)';
const G_BODY_UNHARMED = '对(?:身体|人体|宝宝|孩子|皮肤|健康)[^,.!?;。]{0,3}?(?:没有?|不会有|无|零)(?:任何|一点)(?:影响|伤害|危害|副作用|坏处)';
/** A whole season without illness (一冬天都不带感冒的). */
const G_SEASON_WELL = '(?:一(?:整)?(?:个)?(?:冬天|夏天|季|年)|整个(?:冬天|夏天)|全年|一年到头)(?:都|也)(?:不带|没|不会|不)(?:感冒|生病|发烧|咳嗽|过敏|犯)';
/** The exam's questions known (押中了八成, 出的题和考试卷子基本一样) — 押题、命题人员 in plain words. */
const G_EXAM_KNOWN = '押中(?:了)?[^,.!?;。]{0,4}?(?:[0-9一二两三四五六七八九十]+成|[0-9]+%|大部分|原题|好几道|大题|考题)|(?:出的题|押的题|讲的题|练的题|做的题)[^,.!?;。]{0,4}?(?:和|跟|与)(?:考试|考卷|真题|卷子)[^,.!?;。]{0,4}?(?:基本|几乎|差不多)?(?:一样|一模一样|相同)';
/** Earnings said sure (每个月多赚几千没问题). */
const G_EARN_SURE = '(?:(?:多赚|赚|挣|多挣)(?:个|了)?[0-9一二两三四五六七八九十百千万几]+(?![点些])(?:块钱|块|元|万|千|百)?|回本)[^,.!?;。]{0,3}?(?:没问题|不是问题|不成问题|不在话下|稳稳的|妥妥的)';
/** A crowd across the whole market (全国的宝妈都在抢). */
const G_NATION_CROWD = `(?:全国|全网|全城|各地|全世界)的?(?:[\u4e00-\u9fff]{1,2}?)?(?:${sets.people})(?:们)?(?:都|全)(?:在)?(?:抢|囤|买|用|回购)`;
/** A rise said certain in the future (到时候售价肯定往上调). */
const G_SURE_RISE = '(?:到时候|下批|以后|过几天|下个月|下周|明年)[^,.!?;。]{0,6}?(?:肯定|一定|绝对|必然)(?:会|要)?(?:往上调|上调|涨|贵|调价)';

/** The grammar's branches, in order of precedence at a position. Run as a lexicon scanner
 *  (lexicon/scan.ts): each branch its own sticky regex, started only where its own first units
 *  fit and only in a text holding what it needs somewhere (全退 for a refund staked on a result,
 *  得像 for a simile) — the same matches as the one alternation, which ran its 37 branches at
 *  every 不, 没, 比 or digit (264,740 runs on the 50k bench texts for 8 matches). */
const GRAMMAR_BRANCHES: Readonly<Record<string, string>> = {
  nobody: `${G_NOBODY}[^,.!?;。]{0,12}?(?:能|可以|敢)?${G_MATCH}`,
  anyall: `比[^,.!?;。]{0,8}?${G_ANY}[^,.!?;。]{0,10}?(?:都|还)(?:要)?(?:更)?(?=[\\u4e00-\\u9fff])`,
  rivalsworse: `(?:${sets.rival}|外面|市面上)(?:的)?[^,.!?;。]{0,6}?(?:都|全|全都|基本都|统统)(?:要)?比${G_US}(?:的)?[^,.!?;。]{0,3}?(?:贵|差|高|次|弱|慢|粗糙|难用|难吃)`,
  ceiling: G_CEILING,
  place: G_PLACE,
  // endorse, usedis, servedat, supplied, exempt: one group (a scanner holds at most 32; none of them starts often).
  vouched: [
    `(?<endorse>${G_AUTH}[^.!?;。]{0,14}?${G_VOUCH}(?:${G_VOUCH})?(?:家)?(?:的)?(?:孩子|家人|家里人|家里)?(?:都|也)?${G_ACT})`,
    `(?<usedis>${G_AUTH}[^.!?;。]{0,14}?[\\u4e00-\\u9fff]{1,2}的(?:就|都|也)?是(?:我们|咱|我家|这|同款|同一))`,
    `(?<servedat>(?:上过|进过|摆上过?|端上过?|上了)${G_AUTH}[^,.!?;。]{0,4}?(?:招待桌|餐桌|宴会|宴|会场|桌))`,
    `(?<supplied>(?:只|专门|一直|原来只|就|专)(?:往|给|供|供给|供应给?)${G_AUTH}[^,.!?;。]{0,6}?(?:送|供|供应|供货|用)?)`,
    `(?<exempt>(?:抽检|质检|检验|抽查)[^,.!?;。]{0,3}?(?:都|也)?(?:不用|免|不需要|用不着)(?:抽|检|查)?|(?:抽检|质检|检验|抽查)[^,.!?;。]{0,4}?(?:从来|从|一直|向来)(?:都)?(?:不抽|不查|不检|直接放行|放行|免检)|(?:不用|免于?|不需要|用不着)(?:抽检|抽查))`,
  ].join('|'),
  certain: `${G_CERTAIN}[^,.!?;。]{0,6}?(?:能|会|就|可以|都能|也能|都|也)?(?:(?<exam>${G_EXAM_OUT})|(?<body>${G_BODY_OUT}))`,
  noproblem: G_NO_PROBLEM,
  failrefund: G_FAIL_REFUND,
  pricechange: `${G_TIME}[^,.!?;。]{0,6}?(?:就|就要|就得|要|会|都)?${G_PRICE_CHANGE}`,
  losttime: `${G_TIME}[^,.!?;。]{0,6}?(?:想买|再买|再来|再要|再拍)?(?:也|就)?(?:抢不到|买不到|拍不到|没了|没有了)`,
  norestock: `${G_STOCK_LOW}[^.!?;。]{0,14}?${G_NO_RESTOCK}`,
  gonefast: G_GONE_FAST,
  rush: G_RUSH,
  authpick: `(?:被|让)(?:[^,.!?;。]{0,4}?)${G_AUTH}[^,.!?;。]{0,6}?(?:选中|选定|选用|指定|采购|认可|看中|点名)|${G_AUTH}[^,.!?;。]{0,10}?(?:私下|亲自|专门|点名|都|也|一直)?(?:推荐给|推荐|力荐|选中|选定|选用)(?:给)?`,
  authsame: `${G_AUTH}[^.!?;。]{0,14}?[\u4e00-\u9fff]{1,2}的(?:就是)?同款`,
  certainopen: `${G_CERTAIN}[^,.!?;。]{0,6}?(?:能|会|就|可以)?(?:不会?再?|不再)?(?:往下)?(?:淡|消|掉|降|升|好|白|瘦|长|退|平|治|改善|恢复|提高|变|没了|看不见|不见|下去)`,
  late: `(?:晚|慢)(?:一步|一点|一会儿?|几分钟|半步)(?:就|可能就)?(?:没|抢不到|买不到|拍不到)|手慢(?:就)?(?:无|没)`,
  rivalsmore: `比(?:${sets.rival}|外面的?|别人的?)[^,.!?;。]{0,6}?(?<q2>[\u4e00-\u9fff])(?:太多|多了|得多|很多|不少|好多|一大截|几条街)`,
  oneof: `(?:全国|全网|全世界|世界上|行业|国内|业内)[^,.!?;。]{0,4}?(?:只有|就|仅有|不超过|不到)[0-9一二两三四五六七八九十几]+家[^.!?;。]{0,14}?(?:我们|咱|本店)(?:家)?(?:是|就是)?(?:其中)?之一`,
  simile: `(?:第二天|隔天|当天|一晚|${SPAN})[^,.!?;。]{0,4}?(?:${sets.body})[^,.!?;。]{0,3}?[\u4e00-\u9fff]得(?:像|跟|和)`,
  timed: `(?:半天|${SPAN})(?:内|后|左右)?(?:就|便)(?:能|会)?(?:${G_BODY_OUT})`,
  resale: `(?:再)?(?:拿去卖|拿出去卖|卖掉|转手|出手|卖出去|回收)[^.!?;。]{0,8}?(?:只会|肯定|一定|绝对|保证)(?:会)?(?:比[^,.!?;。]{0,10}?)?(?:贵|高|多|涨|值钱)`,
  nonesay: `(?:没有|没)(?:一个|一位|哪个|一例)(?:人|顾客|客户|用户|买家|宝妈|家长|学员)?[^,.!?;。]{0,2}?(?:说|反映|反馈)(?:还|再|又)[\u4e00-\u9fff]{1,4}`,
  anyill: `(?:啥|什么|任何|哪种)(?:毛病|病|体质|疾病)[^,.!?;。]{0,4}?(?:都|也)(?:能|可以)(?:吃|用|喝)`,
  eatfree: `(?:随便|怎么|敞开|放开)(?:吃|喝)[^,.!?;。]{0,4}?(?:都|也)(?:不会?)(?:胖|长回来|反弹|长肉)`,
  rare: `(?:一辈子|这辈子|[0-9一二两三四五六七八九十几]+年|全世界|全国|世界上)[^.!?;。]{0,10}?(?:(?:也就|才|能|只|就)(?:碰上|碰到|遇上|遇到|见过|挖出|挖到|找到|出)(?:那么|这么)?(?:一回|一次|一块|一件|一个|几块|几件|两三块|一两块)|(?:挖|找|碰|遇|见|出|产)不(?:了|出|到|着)(?:几块|几件|几个|几斤|几批|第二块|第二件))(?!问题|情况)`,
  copied: `(?:${sets.rival})[^,.!?;。]{0,4}?(?:都|全|全都)(?:在)?(?:照着|跟着|模仿|抄)(?:我们|咱们?)?(?:学|做|抄)|(?:${sets.rival}|外面|外人)[^,.!?;。]{0,4}?(?:都|全|全都)(?:在)?(?:模仿|抄|仿|学)(?:我们|咱们?|我家)`,
  firstnone: `(?:国内|全国|行业|业内|市面上|世界上|全世界)(?:里|内|上)?(?:以前|之前|此前|过去)?(?:没人|没有人|没有哪家|没哪家|没谁)(?:能)?(?:做得出|做出|做过|研发|想到|推出|做到)`,
  // examlink, hukou, belowcost: one group (a scanner holds at most 32; none of them starts often).
  schemes: [
    `(?<examlink>(?:跟|和|与)(?:出题|命题|阅卷|考官|考试院)[^,.!?;。]{0,6}?(?:有交情|有关系|很熟|认识|熟|是朋友|有来往)|考点提前(?:就)?知道|提前(?:拿到|知道)(?:考题|题目|考点|原题))`,
    `(?<hukou>(?:户口|落户|学位)[^,.!?;。]{0,6}?(?:帮(?:您|你)|包|保证|负责)(?:搞定|解决|办好|落实)?)`,
    `(?<belowcost>(?:工厂|厂家|批发商|代理)(?:拿货|进货)?(?:都|也)(?:拿不到|买不到|没这个价)|低于(?:成本|进价|出厂价)|亏着(?:本)?(?:给|卖|送)|(?:连|还不够)成本(?:都|也)?(?:不够|不到)|亏本(?:给|卖给|送给|送)(?:你|您))`,
  ].join('|'),
  extreme: `${G_EXTREME}[^.!?;。]{0,10}?(?:都|也|照样|依然|还是|还|保证|一样)?(?:能)?${G_INTACT}`,
};
const GRAMMAR = groupsScanner(GRAMMAR_BRANCHES);
/** The grammar's second set of slots (session 14), a scanner of its own: the first holds its limit of 32
 *  entries. Scanned after the first with the same visitor; an overlap with a frame already found adds none. */
const GRAMMAR2_BRANCHES: Readonly<Record<string, string>> = {
  flawless: G_FLAWLESS,
  stagelevel: `(?:够得上|够格上|上得了|配得上|摆(?:到|在|上)|端(?:到|上)|放(?:到|在)|拿(?:到|上))(?:了)?${G_VENUE}`,
  supplied2: `(?:给|为|往|向)${G_AUTH}[^,.!?;。]{0,4}?(?:供货|供应|配套|特供|专供|定制|供过货|做配套)|(?:专门|用来|用于|拿来)(?:招待|接待|宴请|送给?)${G_AUTH}`,
  authdid: G_AUTH_DID,
  onair: G_ON_AIR,
  vague: G_VAGUE_LAPSE,
  gonelater: G_GONE_LATER,
  soldnever: G_SOLD_NEVER,
  nag: G_NAG,
  pricegone: G_PRICE_GONE,
  lastchance: G_LAST_CHANCE,
  snatched: G_SNATCHED,
  firstmaker: G_FIRST_MAKER,
  topanywhere: G_TOP_ANYWHERE,
  handful: G_HANDFUL,
  summed: G_SUMMED,
  bank: G_BANK,
  nonefailed: G_NONE_FAILED,
  noexception: G_NO_EXCEPTION,
  everyuser: G_EVERY_USER,
  anyonesafe: `${G_ANYONE_SAFE}|${G_BODY_UNHARMED}|(?:孕妇|孕期|哺乳期|宝宝|婴儿|新生儿|敏感肌)(?:都|也)?(?:随便|放心大胆(?:地)?|闭眼|敞开)(?:用|吃|喝|涂|抹)`,
  seasonwell: G_SEASON_WELL,
  examknown: G_EXAM_KNOWN,
  earnsure: G_EARN_SURE,
  nationcrowd: G_NATION_CROWD,
  surerise: G_SURE_RISE,
};
const GRAMMAR2 = groupsScanner(GRAMMAR2_BRANCHES);
const G_MARKET = new RegExp(`${sets.market}|整个|全中国|国内|业内`);

/** The grammar's frames, pushed in order of the text (both scanners, one visitor). */
function grammarFrames(text: string, frames: Frame[]): void {
  const visit = (m: RegExpExecArray): void => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const ss = sentenceStart(text, start, 40);
    const se = sentenceEnd(text, end, 30);
    const sentence = text.slice(ss, se);
    // Certainty said by the structure itself (保准, 闭着眼都) is not cleared by a hedge nearby; a
    // failed result is a condition by its shape (斑要是没淡，钱…退给您), so a condition does not clear it,
    // and a vague lapse (随时, 说不定) is pressure by its vagueness, so its own words do not hedge it.
    const stance = claimStance(text, start, end, g.certain === undefined && g.noproblem === undefined && g.vague === undefined);
    if (stance !== undefined && !(stance === 'conditional' && g.failrefund !== undefined)) return;
    // A claim an earlier frame already found is not found twice.
    if (frames.some((f) => f.start < end && start < f.end)) return;
    const push = (kind: FrameKind): void => {
      frames.push({ start, end, kind });
    };
    if (g.nobody !== undefined || g.anyall !== undefined || g.rivalsworse !== undefined || g.ceiling !== undefined || g.place !== undefined) {
      if (OWN_RANGE.test(sentence) || NOT_THE_GOODS.test(sentence) || /快递|物流|顺丰|邮政/.test(sentence)) return;
      // 没人比得过您细心: the buyer praised.
      if (/^(?:您|你)/.test(text.slice(end, end + 1))) return;
      if (g.nobody !== undefined) {
        // The one beaten must be the goods: US in the match, right after it, or the sentence's topic before it.
        if (!new RegExp(G_US).test(m[0]) && !new RegExp(`^(?:的)?${G_US_STRICT}`).test(text.slice(end, end + 4)) && !new RegExp(G_US_STRICT).test(text.slice(ss, start))) return;
        push('rank');
      } else if (g.anyall !== undefined) {
        const rest = text.slice(end, end + 3);
        if (G_WORSE.test(rest)) return;
        // 比任何时候都, 比别的颜色都: a time or the shop's own options compared.
        const any = new RegExp(G_ANY).exec(m[0]);
        const afterAny = any === null ? '' : m[0].slice(any.index + any[0].length);
        if (/^(?:时候|时间|时期|一年|季节|以往|往年|人都(?:懂|明白|清楚))/.test(afterAny) || G_OWN_ATTR.test(afterAny)) return;
        const q = /^[\u4e00-\u9fff]{1,3}/.exec(rest);
        frames.push({ start, end: end + (q === null ? 0 : Math.min(2, q[0].length)), kind: 'rank' });
      } else if (g.place !== undefined) {
        if (!G_MARKET.test(sentence) || /排队|排号|排单|顺序|发货|名额|前[0-9一二三四五六七八九十]+(?:名|位)?(?:下单|付款|拍|送|赠|免单|有礼)/.test(sentence)) return;
        push('rank');
      } else push('rank');
      return;
    }
    if (g.endorse !== undefined || g.usedis !== undefined || g.servedat !== undefined || g.supplied !== undefined || g.exempt !== undefined) {
      const span = m[0];
      // The act denied or advised against (医生不推荐, 别让专家…), the buyer sent to one (咨询医生),
      // the buyer's own doctor (您家医生), or a group the goods suit (适合医生穿).
      if (/不|没|别|勿|禁|忌/.test(span) && g.exempt === undefined) return;
      if (ADVICE_BEFORE.test(text.slice(clauseStart(text, start), start)) || /(?:您|你)(?:们)?(?:家|的|家的|那边的?|自己的?)?$/.test(text.slice(Math.max(0, start - 4), start))) return;
      if (/适合|面向|欢迎|可供|专为/.test(text.slice(ss, start))) return;
      // A head of state or a leader wearing the goods is the sensitive-topic rule's political figure.
      if (/领导|元首|首长|主席|总理|总统/.test(span)) return;
      if (g.endorse !== undefined && !G_GOODS.test(sentence)) return;
      if (g.exempt !== undefined && !/厂|货|产品|这款|我们|这批/.test(sentence)) return;
      push('endorse');
      return;
    }
    if (g.certain !== undefined || g.noproblem !== undefined || g.failrefund !== undefined) {
      if (NOT_THE_GOODS.test(sentence) || /快递|物流|发货|到货|收到|签收/.test(sentence)) return;
      const exam = G_EXAM_TOPIC.test(sentence);
      const body = G_BODY_TOPIC.test(sentence);
      if (g.certain !== undefined) {
        if (g.exam !== undefined ? !exam : !body) return;
        // 不敢说一定能过: the certainty denied right before it.
        if (DENIED_BEFORE.test(text.slice(clauseStart(text, start), start))) return;
        push(g.exam !== undefined ? 'learning' : 'health');
      } else if (g.noproblem !== undefined) {
        if (!exam && !body && !USED.test(sentence)) return;
        push(exam && !body ? 'learning' : 'health');
      } else {
        if (G_SERVICE_REFUND.test(sentence) || (!exam && !body && !/坚持|按摩|吃|喝|涂|抹|敷|贴/.test(sentence))) return;
        push(exam && !body ? 'learning' : 'health');
      }
      return;
    }
    if (g.losttime !== undefined) {
      if (!PUSH.test(sentence) || NO_HURRY.test(sentence) || SOLD_OUT_SORRY.test(sentence)) return;
      push('urgency');
      return;
    }
    if (g.pricechange !== undefined || g.norestock !== undefined || g.gonefast !== undefined || g.rush !== undefined) {
      if (NO_HURRY.test(sentence) || SOLD_OUT_SORRY.test(sentence) || NOT_THE_GOODS.test(sentence)) return;
      // 几千人同时在拍的时候: a time told (the system slows), not a rush reported.
      if (g.rush !== undefined && /^[^,.!?;。]{0,2}?(?:的时候|时)/.test(text.slice(end))) return;
      if (g.pricechange !== undefined) {
        if (!G_OFFER.test(sentence) && !/这个价|这价/.test(m[0])) return;
        // A promotion's end told as information, unless the buyer is pushed to act on it.
        if (G_PROMO_INFO.test(sentence) && !PUSH.test(sentence)) return;
        // 明天就不是这个价 denied (不会涨价) is LAPSE_DENIED's; a rise with an outside cause is news.
        if (/政策|政府|国家|原材料|原料|成本|厂家|上游|汇率|关税/.test(sentence)) return;
      }
      if (g.norestock !== undefined && /需要的话|如果|停产了?(?:哈|哦|呢)?$|抱歉/.test(sentence)) return;
      push('urgency');
      return;
    }
    if (g.authpick !== undefined || g.authsame !== undefined) {
      if (/不|没|别|勿|禁|忌/.test(m[0]) || !G_GOODS.test(sentence)) return;
      if (ADVICE_BEFORE.test(text.slice(clauseStart(text, start), start)) || /(?:您|你)(?:们)?(?:家|的|家的|那边的?|自己的?)?$/.test(text.slice(Math.max(0, start - 4), start))) return;
      if (/适合|面向|欢迎|可供|专为/.test(text.slice(ss, start)) || /领导|元首|首长|主席|总理|总统/.test(m[0])) return;
      // 医生推荐的用量: a dose or a method set by an authority is advice on use.
      if (/^的?(?:用量|剂量|方法|方式|时间|次数|疗程|建议|意见|做法)/.test(text.slice(end, end + 6))) return;
      push('endorse');
      return;
    }
    if (g.certainopen !== undefined) {
      // An open result needs the body or a problem and the goods used on it in the sentence.
      if (!G_BODY_TOPIC.test(sentence) || !USED.test(sentence) || NOT_THE_GOODS.test(sentence) || DENIED_BEFORE.test(text.slice(clauseStart(text, start), start))) return;
      push('health');
      return;
    }
    if (g.late !== undefined) {
      if (NO_HURRY.test(sentence) || SOLD_OUT_SORRY.test(sentence) || NOT_THE_GOODS.test(sentence) || /快递|物流|发货|到货|回复|处理/.test(sentence)) return;
      push('urgency');
      return;
    }
    if (g.rivalsmore !== undefined || g.oneof !== undefined) {
      if (OWN_RANGE.test(sentence) || NOT_THE_GOODS.test(sentence) || /快递|物流|顺丰|邮政/.test(sentence)) return;
      // 比市面上的通货强: a grade compared with ordinary goods, not the rivals ranked below.
      if (g.rivalsmore !== undefined && (G_WORSE.test(g.q2) || /通货|普通|一般|普货|常规|平价|散装|大路货/.test(m[0]))) return;
      push('rank');
      return;
    }
    if (g.simile !== undefined) {
      if (!USED.test(sentence) || NOT_THE_GOODS.test(sentence)) return;
      push('health');
      return;
    }
    if (g.timed !== undefined) {
      // A stretch of use and the body changed (半天就止住了): the problem named, no step told.
      if (!PROBLEM.test(sentence) && !/掉毛|掉发|拉肚子|咳|烧/.test(sentence)) return;
      if (STEP_DONE.test(text.slice(ss, start + 6)) || NOT_THE_GOODS.test(sentence)) return;
      push('health');
      return;
    }
    if (g.resale !== undefined) {
      if (PROMOTION.test(sentence) || RISK_NOTICE.test(sentence)) return;
      push('returns');
      return;
    }
    if (g.nonesay !== undefined || g.anyill !== undefined || g.eatfree !== undefined) {
      if (NOT_THE_GOODS.test(sentence) || NOBODY_HEDGE.test(sentence)) return;
      push('health');
      return;
    }
    if (g.rare !== undefined) {
      if (/问题|情况|投诉|延误|失误|抱歉|不好意思|发错|错发|漏发/.test(sentence) || NOT_THE_GOODS.test(sentence) || /天气|大雨|暴雨|台风|大雪|疫情|延误|堵/.test(sentence)) return;
      push('rank');
      return;
    }
    if (g.copied !== undefined || g.firstnone !== undefined) {
      if (!new RegExp(G_US_STRICT).test(sentence) && !/我们/.test(sentence)) return;
      push('rank');
      return;
    }
    if (g.examlink !== undefined || g.hukou !== undefined) {
      if (g.hukou !== undefined && !/房|楼|小区|买|置业|入住/.test(sentence)) return;
      push(g.hukou !== undefined ? 'returns' : 'learning');
      return;
    }
    if (g.belowcost !== undefined) {
      push('rank');
      return;
    }
    if (g.flawless !== undefined || g.firstmaker !== undefined || g.topanywhere !== undefined || g.handful !== undefined || g.summed !== undefined) {
      if (OWN_RANGE.test(sentence) || NOT_THE_GOODS.test(sentence) || /快递|物流|顺丰|邮政|服务|态度|回复/.test(sentence)) return;
      if (/^(?:您|你)/.test(text.slice(end, end + 1)) || /(?:您|你)(?:们)?[^,.!?;。]{0,3}$/.test(text.slice(ss, start))) return;
      // 我们先做出来的那批, a queue or a step: the first maker needs the goods' rivals or history named.
      if (g.firstmaker !== undefined) {
        if (!new RegExp(G_US_STRICT).test(sentence) && !/我们/.test(sentence)) return;
        if (/^(?:先|最早|率先)/.test(m[0]) && !/外面|别人|别家|以前|之前|国内|市面|根本|模仿|同行|行业|全国|全省|整个|没人|没有人/.test(sentence)) return;
        if (/下单|付款|排队|发货|顾客|客人|订单/.test(sentence)) return;
      }
      if (g.handful !== undefined && !G_MARKET.test(sentence) && !/全世界|世界上|全球/.test(sentence)) return;
      push('rank');
      return;
    }
    if (g.stagelevel !== undefined || g.supplied2 !== undefined || g.authdid !== undefined || g.onair !== undefined) {
      const span = m[0];
      if (/不|没|别|勿|禁|忌/.test(span)) return;
      if (ADVICE_BEFORE.test(text.slice(clauseStart(text, start), start)) || /(?:您|你)(?:们)?(?:家|的|家的|那边的?|自己的?)?$/.test(text.slice(Math.max(0, start - 4), start))) return;
      if (/适合|面向|欢迎|可供|专为/.test(text.slice(ss, start)) || /领导|元首|首长|主席|总理|总统/.test(span)) return;
      if (/^的?(?:用量|剂量|方法|方式|时间|次数|疗程|建议|意见|做法|标准|要求|规定)/.test(text.slice(end, end + 6))) return;
      if ((g.authdid !== undefined || g.onair !== undefined) && !G_GOODS.test(sentence) && !/配方|方子|产品|品质/.test(sentence)) return;
      push('endorse');
      return;
    }
    if (g.vague !== undefined || g.gonelater !== undefined || g.soldnever !== undefined || g.nag !== undefined || g.pricegone !== undefined || g.lastchance !== undefined || g.snatched !== undefined) {
      if (NO_HURRY.test(sentence) || SOLD_OUT_SORRY.test(sentence) || (g.vague === undefined && g.lastchance === undefined && NOT_THE_GOODS.test(sentence)) || /已经|已|需要的话|的话可以/.test(sentence)) return;
      const around = text.slice(Math.max(0, ss - 30), Math.min(text.length, se + 30));
      const pushed = PUSH.test(around) || PLAIN_PUSH.test(around);
      if (g.vague !== undefined && (!(G_OFFER.test(sentence) || /活动/.test(sentence)) || !(pushed || DEADLINE.test(sentence.replace(m[0], ''))))) return;
      if (g.gonelater !== undefined && !/下架|停售|停产|不做|不再|卖完|拍完|绝版|涨|没货|断货|最后/.test(sentence)) return;
      if (g.soldnever !== undefined && !pushed && !/(?:就|只|仅|还)剩|最后|这几(?:件|个|双|套|瓶|盒)|没几|不多了/.test(sentence) && !/再也|永远|这辈子|彻底/.test(m[0])) return;
      if (g.pricegone !== undefined && /^这/.test(m[0]) && !DEADLINE.test(sentence.replace(m[0], ''))) return;
      if (g.lastchance !== undefined && !/下架|停售|涨|没|结束|截止|恢复|停/.test(sentence)) return;
      if (g.snatched !== undefined && !pushed) return;
      push('urgency');
      return;
    }
    if (g.bank !== undefined) {
      if (!INVESTED.test(sentence) && !MONEY.test(sentence) && !/钱|险|收益|利息/.test(sentence)) return;
      if (PROMOTION.test(sentence) || RISK_NOTICE.test(sentence)) return;
      push('returns');
      return;
    }
    if (g.nonefailed !== undefined || g.noexception !== undefined || g.everyuser !== undefined || g.anyonesafe !== undefined || g.seasonwell !== undefined) {
      if (NOT_THE_GOODS.test(sentence) || /快递|物流|发货|尺码|码数|穿|身材|版型|颜色|色差/.test(sentence)) return;
      const exam = G_EXAM_TOPIC.test(sentence) && !G_BODY_TOPIC.test(sentence);
      // No exception, no failure: of a result the goods give when used or studied.
      if ((g.noexception !== undefined || g.nonefailed !== undefined) && !USED.test(sentence) && !exam) return;
      if (g.noexception !== undefined && !exam && !/见效|有效|管用|好|变|过|瘦|白|长|涨/.test(sentence)) return;
      if (g.anyonesafe !== undefined && !USED.test(sentence)) return;
      push(exam ? 'learning' : 'health');
      return;
    }
    if (g.examknown !== undefined) {
      if (!G_EXAM_TOPIC.test(sentence + text.slice(se, se + 20)) && !/老师|学|课|班/.test(sentence)) return;
      push('learning');
      return;
    }
    if (g.earnsure !== undefined) {
      if (!INVESTED.test(sentence) && !/操作|跟着|课|项目|加盟/.test(sentence)) return;
      if (PROMOTION.test(sentence) || RISK_NOTICE.test(sentence)) return;
      push('returns');
      return;
    }
    if (g.nationcrowd !== undefined) {
      if (CROWD_POINTER.test(sentence)) return;
      push('crowd');
      return;
    }
    if (g.surerise !== undefined) {
      if (NO_HURRY.test(sentence) || !(PUSH.test(text.slice(ss, se + 20)) || PLAIN_PUSH.test(text.slice(ss, se + 20)))) return;
      if (!G_OFFER.test(sentence) && !/售价|价格|价钱/.test(sentence)) return;
      push('urgency');
      return;
    }
    if (g.extreme !== undefined) {
      if (G_CARE.test(sentence) || /吗|\?/.test(sentence)) return;
      push('durable');
    }
  };
  GRAMMAR.scan(text, visit);
  GRAMMAR2.scan(text, visit);
}
/** An apology or a sold-out notice: the stock is news, not pressure. */
const SOLD_OUT_SORRY = /抱歉|不好意思|对不起|已经(?:卖完|售罄|没货)|已售罄/;
