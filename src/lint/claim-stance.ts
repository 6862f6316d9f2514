// Claim or not: an efficacy or safety word (杀菌, 除菌, 药效, 无毒无害) is a claim only when the shop
// asserts it of the goods as a result. Real staff replies use the same words to DESCRIBE, INSTRUCT
// or EXPLAIN: a step the buyer performs (首次使用前用沸水烫洗，进行杀菌消毒), a function a machine
// performs while it works (机器工作时在除菌), a phenomenon explained (这是水垢，无毒无害), an effect
// that differs with what the buyer puts in (药材的药效各不相同), a test or standard named (抗菌检测).
// Each is a class of its own below; a figure stated with the word (除菌率99.9%) stays a claim
// whatever the class, because a near-absolute rate is what the ad law asks a source for.
// Works on the normalized text (simplified, half-width punctuation, lower case).
import { clauseAfter, clauseBefore, sentenceAfter, sentenceBefore, sentenceEnd } from './context.js';

/** A rate or share stated near the word: 99.9%, 百分之九十九, 除菌率高达. */
const FIGURE = /[0-9]+(?:\.[0-9]+)?\s*%|百分之|百分百|[0-9]+(?:\.[0-9]+)?成|率(?:高达|达到?|可达|超过|为)/;

/** The sentence words a buyer's instruction is given in (建议, 请, 使用前, 然后, 用开水…): advice,
 *  a request, a time of use, the order of steps, or a household means the buyer applies. */
const DIRECTIVE = /建议|请|需要|记得|务必|最好|应该|应当|要先|首次|第一次使用|使用前|用前|用之前|使用之前|用完|用后|使用后|每次|定期|别忘|然后|接着|之后再|(?:用|拿|以|加)[^,.!?;。]{0,4}?(?:开水|沸水|热水|温水|清水|酒精|消毒液|白醋|小苏打|柠檬酸|洗洁精)/;
/** Right before the word: a doing verb or the step's order (进行杀菌, 冲烫消毒, 先除菌, 再消毒). */
const STEP_BEFORE = /(?:进行|做|做个|做一下|做一次|先|再|并|然后|彻底|充分|定期|清洗|清洁|冲洗|冲烫|烫洗|烫一下|浸泡|泡一下|煮一下|蒸一下|擦拭|擦洗|晾晒|晒一下)(?:一下|一遍|一次)?$/;
/** Right after the word: the step done and what follows (消毒一下, 杀菌后再使用, 消毒即可). */
const STEP_AFTER = /^(?:一下|一遍|一次|处理|后(?:再|即可|就|才|使用|食用|饮用)|即可|就可以|就行|就好|再(?:使用|用|食用|饮用))/;

/** A machine or its function named in the sentence (破壁机, 内胆, 一键, 模式): the germ word names
 *  what the appliance does, sold with its test report — not a germ claim for the body.
 *  手机/有机/时机… are not machines. */
const MACHINE =
  /机器|设备|电器|家电|(?<![手有时生危司心飞随契商动])机(?![构会率制理遇场票])|(?<![容官武乐])器(?![官材械])|[电汤奶砂蒸炒]锅|锅(?:体|盖|内)|柜|[电灶烤壁火]炉|炉(?:腔|内)|壶|内胆|滤网|滤芯|模式|程序|档位|菜单|功能键|一键/;
/** Germ words: what an appliance's function is named by. */
const GERM = /菌|消毒|除螨|杀螨/;

/** A phenomenon the buyer noticed and the shop explains (水垢, 沉淀, 正常现象): a safety word then
 *  reassures about it, it does not advertise the goods. */
const PHENOMENON = /水垢|水碱|水渍|沉淀|结晶|析出|白点|黑点|白色物质|白色颗粒|氧化|生锈|锈迹|正常现象|属于正常|很正常|是正常的|正常的现象/;
/** Safety words (无毒无害, 无副作用, 对人体无害). */
const SAFETY = /毒|害|副作用|伤/;

/** Right after an efficacy noun: it differs with what is used or who uses it (药效都不同,
 *  效果因人而异) — a description of variation, no effect promised. */
const VARIES_AFTER = /^(?:都|也|会|就|可能|各|也会|都会|是|都是)?(?:不同|不一样|不太一样|各不相同|各异|有差异|有区别|有所不同|因人而异|因[^,.!?;。]{1,6}而异|取决于|看个人)/;
/** Right after an efficacy word, or the goods it names (生发液, 祛疤膏): its effect named (祛疤的效果,
 *  生发液的效果), which VARIES_AFTER may then qualify. */
const EFFECT_OF_AFTER = /^(?:[液霜膏乳油贴剂片仪]|精华)?(?:的)?(?:效果|功效|作用)/;
/** Efficacy nouns (the word names an effect rather than asserting one). */
const EFFECT_NOUN = /(?:药效|疗效|功效|效果)$/;

/** Right after the word: a test, a standard or a certificate named by it (抗菌检测, 抑菌标准). */
const TEST_AFTER = /^(?:率)?(?:检测|测试|试验|实验|认证|标准|检验|报告|证书)/;

/** The clause around [start, end), up to `max` characters each way. */
function clauseOf(text: string, start: number, end: number, max: number): string {
  return clauseBefore(text, start, max) + text.slice(start, end) + clauseAfter(text, end, max);
}

export type Stance = 'instruction' | 'machine' | 'phenomenon' | 'varies' | 'test';

/**
 * Why the efficacy or safety word at [start, end) of the normalized `text` is not a claim about
 * the goods, or undefined when it is one. `word` is the matched text.
 */
export function efficacyStance(text: string, start: number, end: number): Stance | undefined {
  const word = text.slice(start, end);
  // A rate stated with the word is the claim the ad law means, whatever the sentence does.
  if (FIGURE.test(clauseOf(text, start, end, 12))) return undefined;
  const before = sentenceBefore(text, start, 40);
  const after = sentenceAfter(text, end, 20);
  if (TEST_AFTER.test(after)) return 'test';
  if (EFFECT_NOUN.test(word) && VARIES_AFTER.test(after)) return 'varies';
  // 祛疤的效果因人而异, 生发效果各不相同: the word names what the goods are for, and its effect is said to vary.
  const effectOf = EFFECT_OF_AFTER.exec(after);
  if (effectOf !== null && VARIES_AFTER.test(after.slice(effectOf[0].length))) return 'varies';
  if ((STEP_BEFORE.test(before.slice(-8)) || STEP_AFTER.test(after)) && DIRECTIVE.test(before)) return 'instruction';
  if (GERM.test(word) && MACHINE.test(before + word + after)) return 'machine';
  if (SAFETY.test(word) && PHENOMENON.test(before)) return 'phenomenon';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The stance of a claim structure (claim-frame.ts grammarFrames): the same words that make a claim
// when the shop asserts them of its goods make none when the sentence ASKS (这个能比得过大牌吗？),
// DENIES or refuses it (我们不敢说别家都比我们贵), makes it a CONDITION (如果医生推荐的话…), HEDGES it
// (一般两周能看到变化), or REPORTS someone else's words — the buyer's or a third party's (您说的
// 医生都在用, 网上说…). The shared refusal scope (refusal.ts) covers the broad refusals; these are
// the stances a structure with open slots must check itself, because its slots can take the words
// of a question or a report as easily as those of a claim.

/** A question in the rest of the sentence (吗, ?, 是不是, 能不能, 有没有). */
const QUESTION = /吗|(?<![怎什那这多要])么|(?<!吧|呢)\?|是不是|能不能|会不会|有没有|可不可以|行不行|对不对/;
/** Before the claim in its sentence: the claim denied or disowned (不是, 不敢说, 不能保证, 别信). */
const DENIED = /(?:不是|并非|并不|并没|没有说|从没说|没说过|不敢说|不能说|不好说|不会说|不敢保证|不能保证|无法保证|没法保证|不保证|不承诺|不敢打包票|谁说|别信|别听|不存在|不可能|做不到|不代表|不等于)[^.!?;。]{0,14}$/;
/** A condition on it (如果, 要是, 万一, …的话) — not the push of a lost chance (犹豫的话, 错过的话). */
const CONDITION_BEFORE = /(?:如果|要是|假如|假设|万一|若是|如有|一旦)[^,.!?;。]{0,14}$/;
const CONDITION_AFTER = /^[^,.!?;。]{0,8}?(?<!犹豫|错过|再等|不买|不拍|不下单|晚了|慢了)的话/;
/** A hedge in the sentence (可能, 一般, 因人而异, 看个人). */
const HEDGE = /(?<!不)可能|也许|或许|一般(?!渠道|人|店|商家|的|货|产品|品牌|牌子|款)|通常|大概|大多|不一定|未必|因人而异|看个人|看体质|据说|好像|应该(?!是)/;
/** Someone else's words reported before it: the buyer's (您说的, 你问的), a buyer's or a third
 *  party's (有买家说, 网上说, 听说, 别家宣传). */
const REPORTED = /(?:您|你)(?:们)?(?:说|问|讲|提到|看到|听到|听说|在别处看到)(?:的|过)?|有(?:买家|顾客|客户|人|些人|的人|的店|的商家|商家|主播)(?:说|问|讲|宣传|讲过|说过)|网上(?:说|传|有人说)|听说|据说|别家(?:说|宣传|吹)|他们(?:家)?(?:说|宣传|吹)|所谓(?:的)?|号称/;

export type ClaimStance = 'question' | 'denied' | 'conditional' | 'hedged' | 'reported';

/**
 * Why the claim structure at [start, end) of the normalized `text` is not the shop asserting it, or
 * undefined when it is. `hedges` is false for structures whose own words already carry certainty
 * (保准, 闭着眼都) so that 一般 elsewhere in the sentence does not clear them.
 */
export function claimStance(text: string, start: number, end: number, hedges = true): ClaimStance | undefined {
  const before = sentenceBefore(text, start, 40);
  const after = sentenceAfter(text, end, 24);
  const span = text.slice(start, end);
  // The sentence's own end mark too: a question mark ends the sentence it asks.
  if (QUESTION.test(span + text.slice(end, sentenceEnd(text, end, 24) + 1))) return 'question';
  if (DENIED.test(before)) return 'denied';
  if (CONDITION_BEFORE.test(clauseBefore(text, start, 20)) || CONDITION_AFTER.test(after)) return 'conditional';
  if (hedges && HEDGE.test(before + span + after)) return 'hedged';
  if (REPORTED.test(before)) return 'reported';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The stance of a LIST word (特供, 家庭必备, 最舒服, 医院指定): the word is there, but the shop does not
// claim it — it denies being it (我们不是医院指定产品, 我们没有特供版), passes on words it distances
// itself from (有买家说是家庭必备，我们不这么宣传), or asks the buyer what the buyer prefers (您觉得哪种
// 厚度穿着最舒服？). These are the sentence's acts, the same for every list word, so they are decided
// here once rather than per word.

/** The word itself denied: a copula negated right before it (不是, 并非, 算不上), a modifier of
 *  up to two characters between (不是祖传秘方); or the shop says it cannot give it (给不了专家推荐). */
const IDENTITY_DENIED = /(?:不是|并非|并不是|算不上|谈不上|称不上)(?:什么|所谓的?)?[\u4e00-\u9fff]{0,2}$|(?:给不了|提供不了|出具不了|没法给|不能给|无法提供|不能提供|不提供)(?:什么|任何)?$/;
/** …or the shop says, right after the word, that it has or sells none (高收益的理财我们这儿没有). */
const NONE_HERE_AFTER = /^(?:的)?[\u4e00-\u9fff]{0,4}?(?:我们|本店|咱们?|店里)(?:这儿|这里|这边|家|店)?(?:都|也|是|可)?(?:没有|不卖|不做|不提供|不接)(?=$|[,.!?;。]|的|哦|哈|呢|啊|呀|哟)/;
/** A claim the shop retracts: its earlier copy named (之前文案里写的) and called wrong or removed. */
const PAST_COPY_BEFORE = /(?:之前|以前|原来|原先|旧)[^,.!?;。]{0,6}?(?:写的|说的|标的|用的|宣传的|写着)|(?:文案|详情页|标题|页面|主图)(?:里|上|中)?(?:写的|标的|写着)/;
const RETRACTED_AFTER = /^[^.!?;。]{0,10}?(?:是错误|是错的|写错|不准确|不规范|违规|已经?(?:删|撤|改|去)掉?|已删除|已撤下|已修改)/;
/** A warning against the word's claim (说100%有效的…都别轻信): the claim named to warn the buyer off it. */
const SAID_BEFORE = /(?:说|宣称|号称|标榜|写着|打着)[^,.!?;。]{0,4}$/;
const WARN_AFTER = /^[^.!?;。]{0,16}?(?:别(?:轻)?信|不要(?:轻)?信|不可信|不能信|都是骗|别上当|是骗人|是虚假|割韭菜|骗局|骗钱|智商税|远离|别碰|别买|不要买|小心|当心|坑人)/;
/** The word told of someone else: content about third parties (讲几位世界顶级赛车手的传记), or a
 *  buyer's own achievement congratulated (恭喜宝贝比赛拿了第一名). */
const ABOUT_BEFORE = /(?:讲|讲述|讲的是|介绍|记录|描写|写的是|写了|关于|讲了)(?:的是)?[^,.!?;。]{0,4}$/;
const PERSON_AFTER = /^[\u4e00-\u9fff]{0,3}?(?:手|员|家|师|选手|球星|名人|人物|运动员|明星)(?:的|们)/;
const WON_BEFORE = /(?:拿了|获得|获了|考了|得了|夺得|赢得|拿到|拿下)$/;
/** A person's own result (您女儿考了全班第一, 孩子这次比赛拿了冠军): the verb of winning, then at most
 *  the field it was won in, right before the word. */
const PERSON_WON_BEFORE = /(?:拿了|获得了?|获了|考了|得了|夺得了?|赢得了?|拿到了?|拿下了?|考到了?|跑了)(?:全班|全年级|年级|班级|班里|班上|全校|学校|全市|全区|全县|全省|小组|组里|比赛|这次|上次|本次|学期|期末|期中)?(?:的)?$/;
/** …said of a person the buyer knows or of the buyer (您, 孩子, 女儿, 他): no goods in the sentence
 *  that could have brought it (用了这套练习册考了第一 claims the result for the goods, and a school's
 *  own pupils, 我们的学员, are what the education rules are about). */
const PERSON = /(?:您|你)|孩子|女儿|儿子|闺女|小朋友|宝宝|宝贝|小孩|学生|他|她|老公|老婆|家人|朋友|同学/;
const RESULT_CAUSE = /用了|用上|吃了|喝了|穿上|穿了|戴上|戴了|练了|学了|报了|上了|买了|靠|多亏|幸亏|有了|因为|自从|我们|本店|我家|咱家|这款|这套|这个|这本|课程|练习册|教材|学员|产品/;
/** The buyer or the buyer's people doing or needing it (您家人在抗癌治疗期间, 您正在减肥的话, 医生让您
 *  补血): a fact about the buyer, not an effect of the goods — unless the goods are used in the clause. */
const BUYER_DOING_BEFORE = /(?:(?:您|你)(?:们)?(?:家|的|家的)?(?:人|家人|老人|孩子|宝宝|妈妈|爸爸|父母|老公|老婆|爱人|长辈|朋友)?(?:现在|目前|最近|这段时间)?(?:在|正在|还在|需要|要|想|打算|准备|刚做完|做完|做过)|(?:医生|大夫)(?:让|叫|建议|要求|嘱咐)(?:您|你)(?:家人|孩子)?(?:多)?)$/;
const GOODS_USED = /用了|吃了|喝了|涂了|贴了|敷了|戴了|用上|吃上|喝上|靠|这款|这个|我们|本店|本品|它/;
/** …or credited to the goods after it (…，多亏了这套题, …，全靠我们的课). */
const CAUSE_AFTER = /多亏|幸亏|全靠|靠的|靠着|归功|得益于|因为|用了|用的|吃了|多练|我们|本店|课程|练习册|教材/;
/** The buyer as the subject of an order in a queue (您是今天第一位下单的, 你是第一个来问的): the
 *  buyer's place among buyers, no ranking of goods. */
const BUYER_SUBJECT_BEFORE = /(?:您|你)(?:是|就是|也是|可是|算是)?(?:我们|本店|店里)?(?:今天|今日|这周|本周|这次|这批|本月|这个月|活动|开业)?(?:的)?$/;
const QUEUE_AFTER = /^(?:名|个|位|单|批)?(?:下单|付款|拍|来|到店|到|预约|咨询|留言|问|抢到|买|客人|顾客|买家|客户|订单)/;
/** The word denied to exist here: 没什么祖传秘方, 没有任何特供渠道 — unless the clause goes on to
 *  compare (没有什么比这更好: nobody beats the goods). */
const NOTHING_BEFORE = /(?:(?:没有|没|并没有|也没有|都没有)(?:什么|啥|任何)(?:所谓的?)?[\u4e00-\u9fff]{0,2}|(?:我们|本店|店里|咱家|我家|小店|这边)(?:家|店)?(?:是|也|都|真的?|确实|从来|暂时|目前|一直|并)*(?:没有|没))(?:所谓的?)?$/;
const COMPARE_AFTER = /比|更|赶得上|比得上|能跟|超过|胜过/;
/** An official designation of a listed project or a site, not of the goods (苏绣是国家级非遗项目,
 *  国家级自然保护区). A master or a craft sold with it (国家级非遗传承人手工做的) still vouches for the goods. */
const DESIGNATION_AFTER = /^(?:的)?(?:(?:非遗|非物质文化遗产)(?:代表性)?项目|文物保护单位|重点文物保护单位|自然保护区|风景名胜区|森林公园|地质公园|湿地公园|历史文化名城)/;
/** …or the shop says it has no such thing (没有特供版, 没有这种说法). */
const NONE_OF_IT = /^[^,.!?;。]{0,2}?(?:版|款|的说法|这种说法|这个说法|这一说|这回事|这种东西|这个概念)/;
/** Words reported from someone else, and the shop distancing itself from them. */
const REPORTED_BY = /有(?:买家|顾客|客户|人|些人|的人|网友|宝宝|亲)(?:说|问|讲|反馈说|留言说)|(?:好几位|几位|不少人|很多人|好多人|好些人|好几个人)(?:亲|买家|顾客|客户)?(?:都)?(?:在)?(?:问|说)|网上(?:说|传|有人说)|别家(?:说|宣传)|(?:您|你)(?:们)?(?:说的|问的|提到的|看到的|问是不是|说是)/;
/** Someone else's words reported, then the buyer warned off them (有些主播说能根治，您多留个心眼;
 *  冒充客服说全民免单的，千万别点): the shop names the claim to warn against it. */
const REPORTED_WARN_BY = /(?:有些|有的|一些|某些|那些|外面|网上|不少|很多)(?:人|主播|博主|商家|店|卖家|网友|广告|视频|直播间)?(?:都|会|在|也)?(?:说|讲|宣传|号称|吹|写|标)|(?:冒充|冒用|假冒)[^,.!?;。]{0,10}?(?:说|讲|发|宣传|卖)|有人(?:跟|和|对)?(?:您|你)?(?:说|讲|宣传|号称)/;
const WARNED = /冒充|冒用|假冒|留(?:个|点)?心眼|注意辨别|注意甄别|多留意|别信|不要信|别相信|不要相信|别轻信|别上当|不要上当|别被骗|小心|当心|谨慎|千万别|千万不要|都是骗|是骗人|骗子|是假的|假宣传|虚假宣传|不靠谱/;
const DISTANCED = /不这么|不那么|不敢|不能这么|不宣传|不这样|不是这样|并不是|不是的|没(?:有)?(?:这么|这样)(?:说|宣传|写|讲)|不好说|说不了|不承认|不做这种|不清楚|不乱说|不夸大/;
/** A question to the buyer about the buyer's own preference (您觉得哪种…最舒服？, 您问是不是…？). */
const ASKS_BUYER = /(?:您|你)(?:们)?(?:觉得|想要|需要|喜欢|问的|问是不是|是想|是说|说的)|请问|哪种|哪款|是不是/;

export type ListStance = 'denied' | 'reported' | 'asked' | 'about' | 'designation';

/** Why the list word at [start, end) of the normalized `text` is not claimed by the shop, or undefined. */
export function listStance(text: string, start: number, end: number): ListStance | undefined {
  const before = clauseBefore(text, start, 8);
  const sentence = sentenceBefore(text, start, 30);
  const rest = text.slice(end, sentenceEnd(text, end, 30) + 1);
  // 难道这还不是第一吗, 这不是最低价吗？: a negated question asserts the word.
  const rhetorical = /难道|岂|何尝/.test(sentence) || /吗|\?/.test(rest);
  // 不是我吹，…, 不是夸张: the boast's own opener is no denial.
  if (!rhetorical && IDENTITY_DENIED.test(before) && !/(?:不是|并非)[^,.!?;。]{0,2}?(?:吹|夸|说|骗|瞎|开玩笑)/.test(before)) return 'denied';
  if (!rhetorical && /(?:没有|没)$/.test(before) && NONE_OF_IT.test(text.slice(end, end + 8))) return 'denied';
  if (!rhetorical && NONE_HERE_AFTER.test(text.slice(end, end + 14))) return 'denied';
  if (PAST_COPY_BEFORE.test(sentence) && RETRACTED_AFTER.test(text.slice(end, end + 16))) return 'denied';
  if (SAID_BEFORE.test(before) && WARN_AFTER.test(text.slice(end, sentenceEnd(text, end, 30)))) return 'denied';
  if ((ABOUT_BEFORE.test(before) && PERSON_AFTER.test(text.slice(end, end + 8))) || (/恭喜|祝贺/.test(sentence) && WON_BEFORE.test(before))) return 'about';
  // 您女儿考了全班第一, 孩子比赛拿了冠军: a person's own result, not the goods ranked.
  if (PERSON_WON_BEFORE.test(before) && PERSON.test(sentence) && !RESULT_CAUSE.test(sentence) && !CAUSE_AFTER.test(rest)) return 'about';
  // 您是今天第一名下单的: the buyer's place in a queue.
  if (BUYER_SUBJECT_BEFORE.test(before) && QUEUE_AFTER.test(text.slice(end, end + 6))) return 'about';
  // 没有最好只有更好 is the slogan of a claim, not a denial.
  if (!rhetorical && NOTHING_BEFORE.test(before) && !COMPARE_AFTER.test(clauseAfter(text, end, 16)) && !/只有更/.test(text.slice(end, end + 12))) return 'denied';
  if (DESIGNATION_AFTER.test(text.slice(end, end + 8))) return 'designation';
  // …distanced in words, or the same word denied later (好几位问特供款，我们没有特供款).
  const word = text.slice(start, end);
  if (REPORTED_WARN_BY.test(sentence) && WARNED.test(text.slice(end)) && !/(?<!冒充|冒用|假冒|自称|盗用)(?:我们|本店|咱家|我家)(?!的(?:名义|名头|店名))|这款|本品/.test(sentence.replace(/(?:跟|和|对)?(?:您|你)说(?:我们|本店|咱家|我家)/, '')) && !/(?:我们|本店|咱家|我家)(?:的|家)?(?:确实|真的|才|就)/.test(text.slice(end))) return 'reported';
  if (REPORTED_BY.test(sentence) && (DISTANCED.test(text.slice(end)) || new RegExp(`(?:没有|不是|并非)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text.slice(end)))) return 'reported';
  const q = rest.search(/\?|吗/);
  // 哪个不说好？, 谁不想要最好的？: a rhetorical question with a negation asserts its answer.
  if (q >= 0 && ASKS_BUYER.test(sentence + text.slice(start, end) + rest.slice(0, q)) && !/不|没/.test(clauseBefore(text, start, 12) + text.slice(start, end) + rest.slice(0, q))) return 'asked';
  return undefined;
}

/** Whether the health word at `start` of the normalized `text` is said of what the buyer or the
 *  buyer's people do or need (您家人在抗癌治疗期间, 您正在减肥的话, 医生让您补血) rather than
 *  promised of the goods: nothing used or taken in the clause before it. */
export function buyerDoing(text: string, start: number, end = start): boolean {
  if (GOODS_USED.test(clauseBefore(text, start, 16))) return false;
  return BUYER_DOING_BEFORE.test(clauseBefore(text, start, 8)) || (BUYER_TAKING_BEFORE.test(clauseBefore(text, start, 12)) && MEDICINE_AFTER.test(text.slice(end, end + 6)));
}

/** The buyer or the buyer's people taking a medicine (您在吃降血压的药, 你家老人平时服用降糖药): the
 *  health word names what the buyer's own medicine is for — a fact about the buyer, not the goods. */
const BUYER_TAKING_BEFORE = /(?:您|你)(?:们)?(?:家|的|家的)?(?:人|家人|老人|孩子|宝宝|妈妈|爸爸|父母|老公|老婆|爱人|长辈)?(?:现在|目前|最近|平时|一直|长期|这段时间)?(?:在|正在|还在)?(?:吃|服用|服|用)(?:着)?$/;
const MEDICINE_AFTER = /^(?:的)?(?:药|药物|西药|中药|处方药|片|胶囊)/;
