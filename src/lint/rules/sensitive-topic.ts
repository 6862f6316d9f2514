// Customer-service chat must stay commercial and neutral: no politics, no religion, and no
// superstition used to sell (开光, 转运, 保佑). Place names in shipping notes (台湾/西藏 不发货),
// the city 佛山 and 转运中心 (a logistics hub) are not topics, so they are not in any pattern or
// are excluded by what follows them.
import { clauseAfter, clauseBefore, sentenceAround, matchesIn } from '../context.js';
import { crossesWord } from '../words.js';
import { defineTextRule, type Report } from '../define-rule.js';
import * as lexicon from '../lexicon/sensitive-topic.gen.js';
import { lexiconScanner } from '../lexicon/scan.js';

// The words live in ../lexicon/sensitive-topic.yaml (with their sources and specs); this module
// keeps only the context logic per group.
const LEXICON = lexiconScanner(lexicon.pattern, lexicon.groups);

/** 转运 in a logistics sense: 转运中心, 包裹在转运中, 已转运至… */
const LOGISTICS_AFTER = /^(?:中|站|仓|场|点|途|至|到|公司|物流|单|时|环节|过程|速度|网点|期间|需要|了|完成|出)/;
const LOGISTICS_BEFORE = /(?:快递|包裹|物流|货物|订单|邮件|邮包|信件|快件|已|正在|在|国际|集|中|海外|仓库|需要|等待|无法|不能|没法|不支持|协商|申请)$/;
/** A parcel, its address or its courier in the sentence: 转运 is re-routing a package
 *  (和快递员协商转运, 新地址无法转运), unless a luck promise sits there too. */
const PARCEL = /快递|配送|派送|送货|到货|地址|包裹|邮件|邮包|信件|快件|订单|物流|站点|签收|收货|发货|运单|寄|(?<!路途|前途)(?:不|很|太|较|比较)?远|距离|偏远|地区|省内|省外|同城|异地|中转/;
/** Words that promise luck, which turn a 转运珠 bead into a superstition sale. */
/** Exam and wish promises count too (逢考必过, 心想事成): a bead cannot deliver them. */
const LUCK_PROMISE = /好运|运气|运势|转运|开运|旺|招财|保佑|保平安|辟邪|财运|桃花|逢考必过|考(?:试)?必过|(?:考|试)[^,.!?;。]{0,3}(?:稳过|包过|顺利)|心想事成|逢凶化吉|顺风顺水|事事顺|万事顺|一路顺|助[^,.!?;。]{0,4}学业|学业(?:进步|有成|顺利)|考运|金榜|上岸/;
/** Around 本命年: the product is said to protect its wearer (戴了顺顺利利, 能挡灾, 保平安), or the
 *  year is said to go wrong without it (不穿红一年都不顺, 不戴会倒霉). */
const PROTECT_PROMISE = /顺(?:利|遂|心|顺|风)|不顺(?![手畅滑])|(?:会|就|要|容易|准|肯定|一定)(?:会|要)?倒霉|(?:犯|冲)太岁|平安(?!夜|县|路|大道)|好运|不犯|化解|挡|避(?:灾|邪|祸|难|开)|逢凶化吉|护(?:身|佑|你|您|体)|转运|(?:不|少)倒霉|霉运|无灾|消灾|免灾|保(?:你|您|佑)|辟邪|驱邪|镇(?!店)|旺/;
/** 加持 alone is also modern praise (科技加持, 颜值加持); it sells superstition next to a ritual. */
const RITUAL = /开光|kaiguang|寺|庙|大师|上师|仁波切|师父|法师|喇嘛|活佛|高僧|高人|道长|佛|符|念经|经文|法事|灵验|护身|辟邪|招财|转运|灵性|灵气|有能量/;
/** The topic named first, then refused (运势、风水这些我们不敢乱说). */
const TOPIC_REFUSED_AFTER = /^[^,.!?;。]{0,12}?(?:这些|这类|之类的?|什么的)?(?:我们|本店|咱们|咱)?(?:都|也|从来|从)?(?:不敢|不做|不提供|不讲|不说|不搞|不信|不卖|没有|不涉及|不懂|不会|不宣传|不承诺)/;
/** The shop refusing the topic first (我们不做开光，也不讲运势; 不卖开光、转运这类): the refusal scope
 *  covers only its own clause, so a second clause or list item that names the next topic is
 *  refused here. */
const REFUSED_BEFORE = /(?:不|从不|从来不|绝不|也不|更不|没有|不会|不敢)(?:做|讲|谈|说|搞|提供|卖|信|涉及|宣传|承诺|碰|懂|接|玩|讨论|聊|议论|评论|参与|站队)(?:任何|什么|这些|那些|所谓的?)?(?:[^,.!?;。、]{1,4}[、和或及])*$/;
/** The topic held at a distance, then refused across a comma (关于开光这种说法，我们不做任何承诺). */
const TOPIC_DISTANCED_AFTER = /^[^.!?;。]{0,6}?(?:这种|这类|这些|之类的?|这个)(?:说法|东西|服务|事情?|玄学)?[^.!?;。]{0,10}?(?:不做|不提供|不讲|不说|不搞|不信|不卖|没有|不涉及|不懂|不会|不宣传|不承诺|不敢|不认可|不认同|不相信)/;
/** A misfortune warned of (小心犯太岁, 当心犯小人): the warning takes the misfortune as real and sells
 *  protection from it, so it is no refusal — the cue joins the span, out of the refusal scope. */
const FEAR_CUE_BEFORE = /(?:小心|当心|提防|谨防|防止|避免|以免|免得)$/;
const MISFORTUNE = /太岁|小人|霉运|煞|犯冲|水逆|晦气|邪/;
/** What a deity statue is said to bring or do (生意兴隆, 财源滚滚, 求姻缘, 很灵, 会眷顾你). */
const DEITY_PROMISE = /生意兴隆|红火|财源|发财|进财|姻缘|脱单|灵验|很灵|请回家|请一尊|供奉|拜一拜|上香|开光|眷顾|关照|显灵|必发|庇佑|进(?:家)?门|照看|护着|护佑/;
/** A charm object as a shape or print (护身符造型的钥匙扣, 招财进宝字样的存钱罐): a motif, unless a
 *  power is promised; the rest of an idiom may come first. */
const MOTIF_AFTER = /^(?:爷|娘娘|公|婆|进宝|纳福)?(?:的)?(?:造型|图案|形状|样式|印花|元素|款式|纹样|字样|字眼|印字|刻字|文字)/;
/** The power itself denied right before it (不辟邪也不开光, 没有开过光): a plain statement, unless the
 *  negation is a condition (不开光就没用). Only words that name a power or a rite — a misfortune
 *  negated (不犯小人) is a promise. */
const DENIED_BEFORE = /(?:不|没|没有|并不|并没有|也不|也没有?|都不|从没|不会|不能|无法)(?:会|能|带|有)?$/;
/** A protection promise the sentence makes — not one it denies (不能保证转运, 没有挡灾的说法, 保佑
 *  不了): the honest limit a shop states about a custom such as 本命年 red socks. */
const PROMISE_DENIED_BEFORE = /(?:不能|不会|无法|没法|没办法|不敢|不一定|不|没有|没|并不|并没有)(?:能|会|敢)?(?:保证|承诺|确保|说|打包票|有|带来)?(?:什么|任何)?$/;
function protectPromised(around: string): boolean {
  const re = new RegExp(PROTECT_PROMISE.source, 'g');
  const re2 = new RegExp(PROTECT_PROMISE.source, 'g');
  for (let m = re.exec(around); m !== null; m = re.exec(around)) {
    // Promise words listed after one denial (没法保证平安顺遂) are all denied: drop them from the lead.
    const lead = around.slice(Math.max(0, m.index - 14), m.index).replace(re2, '');
    if (!PROMISE_DENIED_BEFORE.test(lead) && !/^[^,.!?;。]{0,4}?不了/.test(around.slice(m.index + m[0].length))) return true;
  }
  return false;
}
const DENIABLE = /^(?:开|kai|加持|辟邪|避邪|驱邪|保佑|招财|转运|旺财|算命|风水|灵验|显灵|护身|镇宅|化煞|挡煞|消灾|挡灾|开运)/;
const CONDITION_AFTER = /^[^,.!?;。]{0,6}?(?:就|才|的话|否则|不然)/;
/** A shop, brand or pet named by the word (店名叫招财喵, 搜旺财粮仓): a name, not a promise. */
const NAMED_BEFORE = /(?:叫|名叫|名为|取名|店名|店铺名|品牌名|搜索?|搜一下)(?:是|为)?$/;
/** A religious place or figure naming a scent, motif or style (寺院檀香, 禅意佛系风): a product name. */
const PRODUCT_NAME_AFTER = /^(?:的)?(?:檀香|香型|香味|香薰|味|款|系列|造型|元素|风格|同款香)/;
/** A charm object by its name (八卦镜, 桃木剑, 五帝钱, 风水摆件): sold as a thing, not as a power. */
const OBJECT_NAME = /^(?:八卦镜|桃木剑|五帝钱|平安符|护身符|佛牌|塔罗|风水(?=摆件|球|轮|画|挂画|挂件|饰品|石))/;
/** The sentence says the object is only a thing (只是装饰品, 是收藏的古钱币, 当工艺品) or takes any power
 *  from it (没有任何寓意, 不承诺招财) — then the name sells a decoration, unless a promise stands too. */
const ONLY_A_THING =
  /(?:只是|纯|纯粹是|仅作)(?:个|一个|一件|一副|一套|普通的?|单纯的?)?(?:装饰|摆件|工艺品|饰品|首饰|收藏|道具|玩具|文创|纪念品|钱币|礼品|桌游|卡牌|游戏)|(?:是|当|作为|当成|当作|属于)(?:普通的?|一件|一个|一副|一套|个|收藏的?)?(?:工艺品|装饰品?|摆件|收藏品|收藏卡|古钱币|钱币|道具|文创|纪念品|古董|桌游|卡牌游戏|卡牌|游戏卡?|玩具|画册|艺术品)|(?:没有|不具有|不具备|不讲|不说|不承诺|不宣传|不保证|不做)(?:任何|什么)?[^,.!?;。]{0,4}?(?:寓意|功效|效果|作用|加持|招财|辟邪|风水|开光)/;
/** A negation and what it governs up to the clause end (没有转运的效果, 不承诺招财): a promise word there
 *  is denied, not made, so the promise tests below do not see it. */
const NEGATED_STRETCH = /(?:没有|没(?!完)|不(?!倒霉|犯|做噩梦|再倒霉)|无(?!灾)|并非|别)(?:任何|什么)?[^,.!?;。]{0,8}/g;
function promises(text: string): boolean {
  const plain = text.replace(NEGATED_STRETCH, '');
  return LUCK_PROMISE.test(plain) || PROTECT_PROMISE.test(plain);
}
/** 上帝 in the service saying 顾客就是上帝. */
const SAYING_BEFORE = /是$/;
/** 上帝 counted as customers (同时回复3+上帝, 几十位上帝): the same saying, as a head count. */
const COUNT_BEFORE = /(?:[0-9]+\+?|[0-9几十百多]+(?:位|个))$/;
/** A placed or worn object at the start of a fortune match (摆在收银台…生意越来越旺). */
const PLACED = /^(?:戴|带|系|挂|摆|放|贴|供|请|随身)/;
/** A parade of a festival, a park or a wedding (花车游行, 巡游, 狂欢): not a protest. */
const FESTIVE = /花车|彩车|巡游|狂欢|庆典|节日|迪士尼|乐园|婚礼|万圣|圣诞|新年|春节|国庆|开业|嘉年华|演出|表演/;
/** A commercial rule before 新政 (平台新政, 店铺新政): not the government's. */
const COMMERCE_POLICY = /平台|店铺|本店|小红书|淘宝|京东|抖音|公司|快递|物流|售后|退货|会员/;
/** A war as a likeness (忙得像打仗), a game, a toy or a story (战争题材, 桌游): no politics. */
const LIKENESS_OR_FICTION = /像|一样|似的|如同|游戏|玩具|模型|电影|剧|小说|书|题材|主题|桌游|积木|拼图|cos|抢购|秒杀|大促|双十一|双11|直播间|手速/;
/** Subsidies, purchasing and the platform's own rules: government named in commerce. */
const COMMERCE_POLICY_ALLUDED = /补贴|国补|以旧换新|发票|采购|招标|平台|小红书|淘宝|京东|抖音|快递|物流|消费券/;
/** A wish opening the clause (祝您, 愿你, 希望大家): what follows is wished, not promised; 许愿 (a wish
 *  made to the object) and 心愿 are no greeting. */
const WISH_OPEN = /(?:^|[^许心如])(?:祝|愿|希望|预祝)/;
/** A blessing asked of a deity (愿主保佑你, 愿佛祖加持): religion, not a plain wish. */
const BLESSING = /保佑|庇佑|护佑|加持|开光|显灵|赐福/;
const DIVINE = /主|佛|神|菩萨|上帝|天尊|老天|祖宗|真主|观音/;
/** An object worn, placed or owned as the cause of the fortune (戴上它, 摆在门口, 有了它). */
const OBJECT_CAUSE = /戴|带上|带着|系上|摆|挂|放在|贴|供|请回|佩戴|有了它|有它|用了|开过光|这串|这条|这个|它/;
/** Words of faith that make 上帝 religion rather than the customer of 顾客是上帝. */
const FAITH = /保佑|赐福|赐予|祝福|感谢|感恩|赞美|信|祷告|祈祷|荣耀|恩典|阿门|旨意|同在|眷顾|天堂|教会|福音|耶稣|基督|创造|主(?!播|持|办|动|要)/;

/** The cause slot of the fortune frame: the goods worn, placed, kept or worshipped, or a rite done
 *  (戴上, 摆在, 挂, 供着, 拜一拜, 敬一炷香, 压在枕头下, 买了这盆). A windfall said with no cause is
 *  talk about business (生意越来越好), not a promise an object makes. */
const FORTUNE_CAUSE = /戴|佩戴|带(?:上|着|在)|系(?:上|着)|摆|放(?:在|上|个|到|对)|挂|贴|供|请(?:回|一|个|了)|拜|烧|敬|上香|点上|压在|随身|买了|用了|有了它|有它在/;
/** The goods as the subject (这块玉佩, 这串, 它): what fate is said to change by. */
const GOODS_SUBJECT = /这(?:块|串|枚|尊|只|条|对|支|颗|张|道|个|款|件)(?!书|课|本|教程|课程)|它/;
/** Study, work or effort named as what changes fate: a saying, not a charm. */
const EFFORT = /知识|读书|学习|努力|奋斗|教育|书|课|技能|考研|高考/;
/** The outcome denied or not promised (不能保证升职加薪, 没法改变命运, 也不会让财运变好). */
const FORTUNE_DENIED_BEFORE = /(?:不能|不会|无法|没法|没办法|不敢|不一定|并不|并没有|没有|不)(?:能|会|敢|可能)?(?:保证|承诺|确保|打包票|带来|让|帮(?:你|您))?(?:什么|任何)?(?:你|您)?的?$/;
/** Words printed or woven on the goods (印着, 刻着, 字样): the outcome is a motif's text, not a promise. */
const PRINTED_BEFORE = /印|刻|绣|写着|字样|图案/;
/** Stockpiling or a rush to buy, the selling slot of the crisis frame (多囤几箱, 赶紧抢, 早买早安心,
 *  卖得飞快, 这批算是沾了光, 再不买…后悔). */
const RUSH = /囤|抢|早买|先买|趁|断货|卖疯|沾(?:了)?光|备(?:粮|货|着|点|一些)|抓紧|赶紧|不买|后悔|(?:早|先)(?:点)?(?:入手|下单|拍)|只会更贵|涨价/;
/** A parcel or service notice around the event (台风天快递延误, 疫情期间发货慢, 受地震影响停发): news
 *  about the order, not a sale made of the event. */
const ORDER_NOTICE = /快递|物流|发货|停发|延迟|延误|配送|派送|揽收|停运|停工|复工|仓库|到货|签收|影响/;
/** The crisis named as a product theme or a likeness (战争片, 忙得像打仗, 地震知识绘本): no fear sold. */
const CRISIS_NOT_REAL = /像|一样|似的|游戏|玩具|模型|电影|影片|纪录片|剧|小说|书|绘本|题材|主题|科普|知识|演练|逃生演习|桌游|积木|拼图/;

/** Superstition said by meaning only, as one frame: an object worn, placed, hung or kept (戴, 摆, 挂, 放,
 *  压, 贴, 请, 供) and, said as its effect (能, 会, 就, 保你, 自然, 越来越 …), a fortune no goods can bring —
 *  wealth flowing in, love, promotion, an exam passed, evil, bad people or disaster kept away, a house
 *  cleansed, luck turned; and the fortune-teller's acts themselves: a lucky day picked for the order,
 *  a reading of birth data or names, a master's reading, an object fetched from a temple or blessed.
 *  The shared refusal scope clears a shop saying it makes no such promise. */
const FORTUNE_EFFECT = new RegExp(
  '(?:能|会|就|保|保你|自然|一定|越来越|让|都|可以)[^,.!?;。]{0,4}?(?:招财|旺财|财运|财源|财路|发大财|改运(?!费)|好运|旺(?:感情|后代|夫|家|运|起来)|兴旺|桃花|脱单|升职|考运|逢考必过|挡(?:灾|煞|小人)|收灾|辟邪|避邪|镇(?:宅|得住|邪)|净宅|驱邪|收邪|血光|庇护|护身|家宅安宁|诸事顺利|顺风顺水|万事亨通|出入平安|一路平安|远离小人|小人(?:自然)?(?:就)?(?:远|近不了)|不干净的东西)' +
    '|(?:财路|财运|财源|桃花|好运)[^,.!?;。]{0,6}?(?:找上门|滚滚|就来|自然来|跟着来)|阎王' +
    '|黄道吉日|(?:今天|今日|这天)黄历|黄历宜|宜(?:出行|出钓|开市|动土|嫁娶)|(?:请人|专门|特意)?算过的|挑过日子|命格|生辰|看八字|八字(?:合|算|测|排)|(?:你|您)的八字|算命|帮(?:你|您)(?:们)?合一下|大师(?:测|看|算)过|状元庙|请出来的|请一尊|请了这尊|受过加持|(?<!提)供了[^,.!?;。]{0,6}天|祈过福',
  'g',
);
/** What the effect is said of: an object worn, placed or kept, or the fortune-teller's own words. */
const OBJECT_PLACED = /戴|摆|挂|放|佩戴|请|供|压|贴|洒|摸|穿|带着|点上|开过光|加持|下单|日子|生辰|八字|命格|算|合|测/;
const NO_SUCH_PROMISE = /不(?:能|会|保证|提供|具备|讲|宣传|承诺|敢|一定)|没有|别信|理性|普通|装饰|祝|图个|寓意/;
function reportFortuneMeant(text: string, report: Report): void {
  for (const m of matchesIn(FORTUNE_EFFECT, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceAround(text, start, end);
    if (!OBJECT_PLACED.test(sentence) || NO_SUCH_PROMISE.test(sentence)) continue;
    report({ start, end, messageId: 'superstition', suggestion: '寓意美好' });
    return;
  }
}

/** Politics hinted, not named: the government or "those above" run down (上面瞎折腾, 政府靠不住), a
 *  leader or a current affair pointed at with a knowing wink (那位大人物同款，懂的都懂; 关注时事的一看就懂),
 *  goods sold as a political stand (穿出去就是立场, 立场不对的不卖), or a book sold as banned somewhere. */
const POLITICS_HINTED = new RegExp(
  '(?:政府|上面|上头|当官)[^,.!?;。]{0,6}?(?:瞎|不行|骗|折腾|不让说|靠不住|乱搞|瞎搞)' +
    '|(?:大人物|大领导|领导人|那位|时事|那件事|那个岛|那国)[^.!?;。]{0,14}?(?:懂的都懂|一看就懂|不多说|都知道|立场|表态)' +
    '|(?:立场|站哪边|表态)[^,.!?;。]{0,8}(?:不卖|穿出去|不对)|(?:某些地方|大陆)[^,.!?;。]{0,6}(?:禁的|买不到)|不让说的',
);

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
    crisis: {
      zh: '借战事、灾害、疫情或政局制造恐慌卖货「{{quote}}」，客服聊天应避免这类敏感话题',
      en: 'Sells on fear of war, disaster, epidemic or politics "{{quote}}"; customer-service chat must avoid such topics',
    },
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
  check(normalized, outerReport) {
    const text = normalized.text;
    // Where the last finding ended: the crisis frame adds nothing to a sentence already reported.
    let lastEnd = -1;
    const report: typeof outerReport = (f) => {
      lastEnd = f.end;
      outerReport(f);
    };
    // Where the last deity finding ended: the fortune of a placed statue (财神摆件放家里，生意兴隆) is
    // the promise that made the deity a finding, and is not reported a second time.
    let deityEnd = -1;
    /** Answers false for a match whose words are not there: the scan gives it back (see
     *  LexiconScanner.scan), so a word starting inside it is still read. */
    const visit = (m: RegExpExecArray): boolean | void => {
      const g = m.groups!;
      let start = m.index;
      const end = start + m[0].length;
      // A frequent lead sits in a lookbehind (speed, see the lexicon); it belongs to the span.
      for (const k in g) if (k.charCodeAt(0) === 108 /* l */ && k.startsWith('lead') && g[k] !== undefined) start -= g[k].length;
      // A list word that straddles a word boundary is not there (修改运费 holds 改运; src/lint/words.ts).
      // Only two Han characters form such a word: f水 (风水 by its initial) has no dictionary neighbour.
      if (m[0].length === 2 && text.charCodeAt(start) >= 0x3400 && crossesWord(text, start, end)) return false;
      const lead = clauseBefore(text, start, 10);
      if (REFUSED_BEFORE.test(lead) || NAMED_BEFORE.test(lead)) return;
      if (DENIABLE.test(m[0]) && DENIED_BEFORE.test(lead) && !CONDITION_AFTER.test(clauseAfter(text, end, 8))) return;
      if (g.superstition !== undefined || g.metaphysics !== undefined || g.luck !== undefined) {
        if (TOPIC_DISTANCED_AFTER.test(text.slice(end, end + 24))) return;
      }
      if (MISFORTUNE.test(m[0])) {
        const fear = FEAR_CUE_BEFORE.exec(lead);
        if (fear !== null) start -= fear[0].length;
      }
      if (g.metaphysics !== undefined && PLACED.test(m[0]) && deityEnd >= 0 && deityEnd <= start && !/[.!?;。\n]/.test(text.slice(deityEnd, start))) return;
      if (OBJECT_NAME.test(text.slice(start, end + 3))) {
        const sentence = sentenceAround(text, start, end);
        if (ONLY_A_THING.test(sentence) && !promises(sentence.replace(m[0], ''))) return;
      }
      if (g.fortune !== undefined || g.windfall !== undefined) {
        // The fortune frame: the outcome slot matched; a wish, a refusal, a negation or a printed motif
        // takes the promise away, and a windfall needs the cause slot in its sentence.
        const sentence = sentenceAround(text, start, end, 30);
        const wishLead = clauseBefore(text, start, 16);
        if (TOPIC_REFUSED_AFTER.test(clauseAfter(text, end, 16)) || TOPIC_DISTANCED_AFTER.test(text.slice(end, end + 24))) return;
        if (WISH_OPEN.test(sentence.slice(0, sentence.indexOf(m[0]) + 1)) && !OBJECT_CAUSE.test(wishLead)) return;
        if (FORTUNE_DENIED_BEFORE.test(clauseBefore(text, start, 10))) return;
        if (PRINTED_BEFORE.test(wishLead) || MOTIF_AFTER.test(text.slice(end, end + 4))) return;
        if (g.windfall !== undefined && !FORTUNE_CAUSE.test(sentence)) return;
        // Fate changed (改变命运): by the goods or a rite, not by study or effort (知识改变命运).
        if (/命运|命格|运程/.test(m[0]) && (!FORTUNE_CAUSE.test(sentence) && !GOODS_SUBJECT.test(sentence) || EFFORT.test(sentence))) return;
        report({ start, end, messageId: 'superstition', suggestion: '寓意美好' });
        return;
      }
      if (g.crisis !== undefined) {
        // The crisis frame: the event slot matched; the selling slot (a rush to buy) must follow in the
        // sentence or the next one, with no parcel notice and no fiction or likeness around it.
        if (lastEnd >= 0 && !/[.!?;。]/.test(text.slice(lastEnd, start))) return;
        const around = sentenceAround(text, start, end, 40) + text.slice(end, end + 40);
        if (!RUSH.test(around) || ORDER_NOTICE.test(sentenceAround(text, start, end, 30)) || CRISIS_NOT_REAL.test(sentenceAround(text, start, end, 30))) return;
        if (TOPIC_REFUSED_AFTER.test(clauseAfter(text, end, 16))) return;
        report({ start, end, messageId: 'crisis', suggestion: '' });
        return;
      }
      if (g.superstition !== undefined || g.metaphysics !== undefined) {
        if (TOPIC_REFUSED_AFTER.test(clauseAfter(text, end, 16))) return;
        // 祝您运气越来越好, 愿您好运常在: a wish for the buyer, unless an object is said to bring it
        // (希望戴上它运气变好).
        const wishLead = clauseBefore(text, start, 16);
        if (WISH_OPEN.test(wishLead) && !OBJECT_CAUSE.test(wishLead + m[0]) && !BLESSING.test(m[0]) && !DIVINE.test(wishLead)) return;
        if (MOTIF_AFTER.test(text.slice(end, end + 4)) && !LUCK_PROMISE.test(clauseAfter(text, end, 20)) && !PROTECT_PROMISE.test(clauseAfter(text, end, 20))) return;
        if (/^(?:加|jia)(?:持|ch)/.test(m[0]) && !RITUAL.test(text.slice(Math.max(0, start - 30), end + 30).replace('加持', ''))) return;
        report({ start, end, messageId: 'superstition', suggestion: '寓意美好' });
      } else if (g.deity !== undefined) {
        // A deity statue is a product like any other; with a promise of what it brings it sells superstition.
        const around = text.slice(Math.max(0, start - 24), start) + text.slice(end, end + 30);
        if (!LUCK_PROMISE.test(around) && !PROTECT_PROMISE.test(around) && !DEITY_PROMISE.test(around)) return;
        deityEnd = end;
        report({ start, end, messageId: 'superstition', suggestion: '寓意美好' });
      } else if (g.luck !== undefined) {
        if (m[0] === '转运' && (LOGISTICS_AFTER.test(clauseAfter(text, end, 4)) || LOGISTICS_BEFORE.test(clauseBefore(text, start, 6)))) return;
        if (m[0] === '转运') {
          const around = text.slice(Math.max(0, start - 40), start) + text.slice(end, end + 40);
          if (PARCEL.test(around) && !LUCK_PROMISE.test(around.replace(/转运/g, ''))) return;
        }
        // 转运珠 is the trade name of a bead; it sells superstition only with a luck promise nearby
        // (转运珠，助你好运), not as 转运珠造型的耳钉.
        // A luck word the sentence denies (没有转运的效果) is no promise.
        if (m[0] === '转运' && text[end] === '珠' && !promises(clauseBefore(text, start, 12) + text.slice(end + 1, end + 20))) return;
        report({ start, end, messageId: 'superstition', suggestion: '寓意美好' });
      } else if (g.benming !== undefined) {
        const around = clauseBefore(text, start, 10) + text.slice(end, end + 24).split(/[.!?;。\n]/)[0];
        if (!protectPromised(around)) return;
        report({ start, end, messageId: 'superstition', suggestion: '新年红火' });
      } else if (g.religion !== undefined) {
        if (m[0] === '上帝' && (SAYING_BEFORE.test(clauseBefore(text, start, 4)) || COUNT_BEFORE.test(clauseBefore(text, start, 4)))) return;
        // 上帝 in service talk is the customer (顾客是上帝, 3VS3+的上帝 = three chats at once); it is
        // religion only with a word of faith around it (上帝保佑, 感谢上帝, 信上帝).
        if (m[0] === '上帝' && !FAITH.test(text.slice(Math.max(0, start - 12), end + 12))) return;
        // 寺庙题材的拼图, 道观建筑摄影集, 寺庙周边的民宿: a place or motif describing the product, not a religious pitch.
        if (/^(?:的)?(?:题材|主题|图案|建筑|景点|景区|旅游|摄影|插画|周边|附近|旁边|门口|对面|一带)/.test(text.slice(end, end + 4)) && !LUCK_PROMISE.test(clauseAfter(text, end, 16))) return;
        if (PRODUCT_NAME_AFTER.test(text.slice(end, end + 4)) && !LUCK_PROMISE.test(clauseAfter(text, end, 16)) && !RITUAL.test(clauseAfter(text, end, 16))) return;
        report({ start, end, messageId: 'religion', suggestion: '' });
      } else if (g.allusion !== undefined) {
        const sentence = sentenceAround(text, start, end);
        // 忙得像打仗, 战争题材的拼图, 政府补贴: a likeness, a fiction or a subsidy, not politics.
        if (/^(?:打仗|开战|断交|军演|战争)/.test(m[0]) && LIKENESS_OR_FICTION.test(sentence)) return;
        if (/^(?:政府|上面|上头|官方)/.test(m[0]) && COMMERCE_POLICY_ALLUDED.test(sentence)) return;
        report({ start, end, messageId: 'politics', suggestion: '' });
      } else if (g.politics !== undefined) {
        // 参加花车游行, 圣诞巡游: a festive parade is no protest.
        if (/游行|示威|集会/.test(m[0]) && FESTIVE.test(sentenceAround(text, start, end))) return;
        // 平台政策有点离谱: a commercial rule, not the government's.
        if (/^新政/.test(m[0]) && COMMERCE_POLICY.test(clauseBefore(text, start, 6))) return;
        report({ start, end, messageId: 'politics', suggestion: '' });
      }
    };
    LEXICON.scan(text, visit);
    if (lastEnd < 0) reportFortuneMeant(text, report);
    if (lastEnd < 0) {
      const p = POLITICS_HINTED.exec(text);
      if (p !== null) report({ start: p.index, end: p.index + p[0].length, messageId: 'politics', suggestion: '' });
    }
  },
});
