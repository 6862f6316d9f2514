// Insulting, pushy or nagging phrasing gets complaints (骚扰, 辱骂) and the platform keeps every
// chat as evidence. Firm statements (本店不议价, 定制商品不退换) are fine: the patterns target
// insults, contempt for the buyer and urging that repeats or threatens.
import { CLAUSE_END, clauseBefore, clauseEnd, sentenceEnd, sentenceStart, matchesIn } from '../context.js';
import { defineTextRule, type Report } from '../define-rule.js';
import type { NormalizedText } from '../normalize.js';
import { crossesWord } from '../words.js';
import * as lexicon from '../lexicon/harassment.gen.js';
import { lexiconScanner } from '../lexicon/scan.js';

/** The rule's own phrases, one named group each (the newer shapes are in the lexicon). */
const PHRASE_LIST = [
    // Insults include the rhetorical question about the buyer's mind or senses (你是不是有毛病,
    // 您脑子没问题吧, 你怕不是看不懂): the buyer (你/您) must be the subject, so 有毛病的商品 (a defect),
    // 您是不是想问尺码 and 您看不懂的话… stay clean.
    '(?<insult>爱买(?:买)?不买|爱(?:拍|下单)不(?:拍|下单)|不(?:买|拍|下单)(?:就)?拉倒|事儿妈|没见过(?:你|您)?(?:这么|这样|这种|如此|像你这么|像你这样)(?:磨蹭|墨迹|磨叽|磨磨唧唧|磨磨蹭蹭|啰嗦|烦人|难缠|难伺候|难搞|事多|事儿多|抠门?|小气|矫情|挑剔|不讲理|奇葩|无理取闹|笨|蠢|傻|的(?:人|买家|顾客|客人))|(?:这都|这也|这个都|这些都|字都|这么简单都?|这么清楚都?|写得?这么清楚都?)(?:看|读)不懂|没长眼(?:睛)?(?:吗|么|啊|吧|呀)|眼睛(?:长)?(?:哪(?:儿|里)?去了|是摆设|长着干(?:嘛|什么))|不买(?:就)?滚|嫌贵(?:就|的话)?(?:去|到)?别(?:家|处|的店)|(?:跟|和)你说不清|找茬|不识货|没见过世面|土包子|爱要不要|不要拉倒|穷(?:人)?(?:就)?别买|穷(?:就|鬼|逼|b|人就)|买不起(?:就|别|还)(?:算了|别买|别问|别看|滚)?|你是不是傻|(?:你|您)(?:是不是|该不会是?|怕不是|莫不是|怕是|是|真的?)?(?:有(?:毛病|病)(?![的史历例人情假号毒菌虫斑吧啊吗])|眼瞎|瞎了|聋了|不识字|不认字|文盲|没长眼|不长眼|缺心眼|(?:看|听|读)不懂(?=字|中文|人话|汉字|吗|啊|呀))|(?:你|您)(?:是不是|该不会是?|怕不是|莫不是|怕是|是)(?:弱智|智障|瞎(?![买选拍猜说写填逛看操忙])|聋|傻|(?:看|听|读)不懂(?=[,.!?;。]|$|吧))|(?:你|您)(?:是不是|怕不是|该不会是?)眼睛(?:有问题|有毛病|不好使|瞎)|(?:你|您)的?眼睛是不是(?:瞎|有问题|有毛病|不好使)|(?:你|您)的?脑子(?:是不是|没|有|怎么|坏|进|正常|清醒|秀逗|不好|不行|不正常|呢|吗|[?!])|(?:你|您)的?脑(?:袋|瓜)(?:是不是|没问题|有问题|有毛病|坏|进水|秀逗|不好使|不正常)|你(?:是)?(?:真|好)?傻|傻(?:逼|b|x|子|帽|缺|叉)|脑子(?:有病|进水|有问题|坏了|有坑)|有病(?:吧|啊|吗)|神经病|白痴|弱智|智障|蠢(?:货|猪|死)|滚(?:蛋|开|吧|出去)|(?<![\\u3007\\u3400-\\u9fff\\uf900-\\ufaff])滚(?![\\u3007\\u3400-\\u9fff\\uf900-\\ufaff])|去死(?!皮|角质|茧)|废物(?!利用|回收|处理)|垃圾(?:顾客|买家|客户|客人|人)|你行你上|没文化|智商(?:有点|有些|真的?|是不是)?(?:堪忧|捉急|欠费|感人|不在线|令人担忧|低下?|有?问题|不够用?)|没(?:长)?脑子|没(?:有)?常识|一点常识都没有|脑子(?:不好使|不够用|不太?行)|懂不懂|你懂什么|没钱(?:就)?(?:别|还)(?:来)?(?:买|问|看)|(?:看不懂|不认识|不识)字|这都不(?:懂|会|知道)|(?:不会|不懂)看[\\u4e00-\\u9fff]{0,4}吗|(?:眼睛|眼)(?:不好使|瞎了)|嫌贵(?:就)?(?:别|不要)(?:买|问|看)|你是猪|闭嘴|少废话|废话(?:真)?多|听不懂(?:吗|人话)|眼瞎|你瞎|问什么问|问个屁)',
    // Holding the buyer's questions against them: 不拍就别占着客服的时间, 别耽误我们时间 (not the shop's
    // own 占用您时间了); a question called too simple to ask (这种问题也问, 这点都不懂), and 服了你.
    '(?<impatient>再?不(?:买|拍|下单|要)(?:的话)?(?:就|那就)?(?:别|不要|甭)(?:再)?(?:占用|占着|浪费|耽误)(?:客服|我|我们|大家|别人)?的?时间|(?:别|不要|甭)(?:再)?(?:占用|占着|耽误)(?:客服|我|我们|大家|别人)的?时间|(?:这么简单|这么基础|这种|这点)(?:的)?(?:问题|事|小事)?(?:也|都)(?:要)?(?:问|来问|不会|不懂)(?=[,.!?;。]|$|吗|啊|呀|还|真|我)|(?<![佩说克征驯制舒信])(?:我真|真是|真|我)?服了(?:你|您)(?!们)(?:了|啊|呀)?|烦不烦|再?不(?:买|下单|拍|付款|付|要)(?:的话)?(?:就|那就)?(?:别|不要|甭)(?:再)?(?:来|问|找|聊|烦|墨迹|磨叽|磨蹭|啰嗦|催|发消息|打扰|浪费)(?:我们|我)?了?|别(?:再)?(?:墨迹|磨蹭|磨叽|啰嗦|磨磨唧唧|磨磨蹭蹭|叽叽歪歪|唧唧歪歪)|(?:能不能|可不可以|拜托|麻烦你)(?:你)?先?(?:自己)?(?:把)?(?:详情页?|介绍|说明)?(?:看|读)(?:一下|下|清楚|完|明白|仔细)?了?再(?:来)?问|先(?:自己)?(?:把)?(?:详情页?|介绍|说明)?(?:看|读)(?:清楚|完|明白|仔细)了?再(?:来)?问(?:好吗|好不好|行吗|行不行|可以吗|行不)|烦死了?|别(?:来)?烦(?!恼|心|闷)|问东问西|磨磨唧唧|磨叽|(?<what>[问催看急吵叫拖嚷喊闹哭挑砍])什么\\k<what>|自己不会看|不会自己看|说了没(?<thing>[\\u3007\\u3400-\\u9fff\\uf900-\\ufaff]{1,3})就是没\\k<thing>|(?:不想|不)(?:买|要)就(?:走|滚|别来)|不想买(?:就)?(?:走|滚|别来)|最后问你一次|有完没完|不买(?:就)?别问了?|(?:别|不要|甭)(?:再)?问了|(?<!不|不会|免得|避免|不用)浪费(?:我的?|大家的?|客服的?|别人的?)?时间|有毛病(?:吧|啊)|说了(?:多少|几|好几|一百|n)(?:遍|次)|(?:再问|再烦|再催)[^,.!?;。]{0,4}?(?:拉黑|不理)|拉黑你|(?:你|您)?事儿?(?:真|太|怎么这么|这么)多|(?:你|您)事儿?多)',
    // Judgments of the buyer's person (事多, 矫情, 玻璃心, 穷…): insults only when aimed at the
    // buyer, which the visit checks before the match (你这种买家真是…, 有些人就是…).
    '(?<belittle>事儿?多(?![联问沟找咨说留了])|无语(?![音言])|见(?:得)?多了|墨迹|磨蹭|磨磨蹭蹭|啰嗦|啰里啰嗦|烦人(?!精)|事妈|婆婆妈妈|矫情|难伺候|玻璃心|穷(?![尽举游酸光])|小气(?![泡球候压孔])|抠门|抠(?![图门像出脚鼻])|斤斤计较|难缠|毛病(?:真|太|这么)?多)',
    '(?<readq>(?:看|读)不懂(?:吗|么|嘛))',
    // Internet-slang insults and contempt (sb, 白嫖党, 伸手党, 杠精, 事儿逼, 汉奸), questions that mock the
    // buyer (脑子呢, 小学毕业了吗, 看一眼会死吗, 好意思问, 买得起正品吗), brush-offs (关我们什么事, 门都没有,
    // 爱找谁找谁, 想得美, 不伺候), body shaming (你那么胖, 手指太粗, 减减肥) and threats (挂到评论区,
    // 你地址我这儿都有, 一律拉黑).
    '(?<rude>(?<![a-z0-9])sb(?![a-z0-9])|(?<![a-z])bb(?=了|什么|啥)|白嫖(?:党|怪|的|狗)?|伸手党|杠精|事儿?逼|汉奸|职业差评师|奇葩(?:买家|顾客|客人)|(?:你|您)全家|脑子呢|小学(?:没)?毕业了?(?:吗|没|吧)|(?:看一眼|回一下|回个消息)会死(?:吗|啊)?|(?:也|还)?好意思(?:问|来问|砍价|讲价|退)|(?:你|您)?买得起(?:正品|吗|么)[^,.!?;。]{0,2}?(?:吗|么)?(?=[,.!?;。]|$)|(?:连|都)[^,.!?;。]{0,6}?(?:都|也)买不起|买不起[^,.!?;。]{0,4}?就|关(?:我们|我|本店)[^,.!?;。]{0,6}?(?:什么|啥|屁)事|(?:跟|和)(?:我们|我)有(?:啥|什么|毛)关系|门都没有|爱找谁找谁|随便你(?:吧|了)?(?=[,.!?;。]|$)|想得美|(?<what2>[退买拍换])什么\\k<what2>|(?:伺候不起|不伺候|伺候不了)|当(?:我们|我)(?:是)?(?:好欺负|冤大头|傻子|傻|提款机)|天底下哪有这么好的事|别什么都赖|(?:不会|不懂)[\\u4e00-\\u9fff]{1,2}就别[\\u4e00-\\u9fff]{1,2}|(?:你|您)(?:那么|这么|太|也太|真)?(?:胖|丑|矮)(?![子瓜乎墩])|(?:手指|手腕|腿|腰|脸|脚)(?:太|这么|那么)(?:粗|胖|肥|大)|减减肥|该减肥|懒死了?|(?:你|您)?(?:这种|这样的)(?:买家|顾客|人)我见多了|别(?:在这|跟我)?装(?:了|傻|糊涂|可怜|没看见|不知道)?(?=[,.!?;。]|$|没看见)|故意占(?:着)?(?:库存|名额|单)|外行就别|智商[^,.!?;。]{0,4}?(?:没法|无法|堪忧|不够)|(?:挂到|挂在|晒到)(?:评论区|网上|朋友圈)|(?:你|您)的?地址[^.!?;。]{0,6}?(?:都有|知道)|一律拉黑|直接拉黑|评试试|(?:看|听|读)不懂(?:中文|汉字|字|人话)(?:吗|么|嘛)?|(?:脑子|眼睛|耳朵)(?:没问题|没毛病|正常|好使)(?:吧|吗|么)(?=[?!,.。]|$)|(?:字|中文|汉字)(?:都|也)?(?:认识|认得|看得懂)(?:吧|吗|么)(?=[?!]|$)|脑子清醒(?:了|点|一点)?(?:再来|再问|再说)|(?:玻璃心|矫情|事多|事儿多|难伺候)(?:吧|啊|呢)(?=[,.!?;。]|$)|标记为[^,.!?;。]{0,4}?(?:难缠|恶意|奇葩))',
    // Nagging in new shapes: the Nth reminder, reminders until the buyer pays, counted repeats
    // (说了三遍, 问你三遍了, 发了十条了), a countdown, 催催催.
    '(?<nag>第(?:[3-9]|[1-9][0-9]|[三四五六七八九十])次(?:提醒|催|通知|问)|(?:每天|每小时|每隔|天天|早中晚|一直|不停|每[^,.!?;。]{0,4}?都)[^.!?;。]{0,20}?(?:直到|到)(?:你|您)?[^,.!?;。]{0,6}?(?:付款|付钱|付|下单|评|回复|回)(?:为止)|(?<!帮(?:您|你))(?:说|问|发|讲|回)(?:了)?(?:你|您)?(?:[3-9]|[1-9][0-9]+|[三四五六七八九十百几]|好几|多少|八百|一百|一千|一万|几百|几十|上百|n)(?:遍|次|条)(?:了)?(?=[,.!?;。]|$|还|都|你|您)|数(?:到)?[三3](?:声|下|个数)?|怎么还不(?:付款|付钱|评|回|下单|拍)|(?:每(?:小时|分钟|天|隔|次)|会再?)[^.!?;。]{0,12}?(?:提醒|催|发消息|发一条|打电话|问)(?:您|你)?[^.!?;。]{0,6}?(?:直到|到)(?:你|您)[^,.!?;。]{0,6}?(?:付款|付钱|付|下单|评|回复)|(?<c>[催问])\\k<c>{2,})',
    '(?<selfread>自己(?:去)?(?:看|翻|查)(?:一下|下)?(?:详情页?|介绍|说明书?|图片?|尺码表|页面|商品页|链接|主页)?(?:去)?(?:吧|呗|啊|去)?(?=[,.!?;。]|$))',
    // Pushy includes threatening to nag until the buyer pays (再不付款我就一直发消息提醒你); the
    // shop's own reminders (发货后会提醒您) carry no 再不/不…就 condition and stay clean. A bare
    // 今天必须下单 closing a sales line is a deadline (absolute-claim's 诱导性话术), not pressure on
    // the person: only exclaimed (必须下单！) or said to the buyer (你必须…) is it pushing.
    '(?<pushy>(?<![后内前])必须(?:今天|现在|马上|立刻|立即|赶紧)?(?:给我)?(?:下单|付款|拍下?|买|付钱)了?(?=!)|(?:你|您)(?:今天|现在)?必须(?:今天|现在|马上|立刻|立即|赶紧)?(?:给我)?(?:下单|付款|拍下?|买|付钱)(?![后前才时以之的下单过到])|要(?:买|拍|下单)(?:的话)?(?:就)?(?:赶紧|赶快|快点|抓紧)(?:[^.?。]{0,6}?(?:不然|否则|要不然|过时不候)|!{2,})|(?:赶紧|赶快|快点|马上|立刻|抓紧)(?:下单|付款|拍|买|付)[^.!?。]{0,6}(?:不然|否则|要不然|再不)|到底(?:买|要|拍)不(?:买|要|拍)|还(?:买|拍)不(?:买|拍)|再?不(?:买|下单|拍|付款)(?:就)?(?:没了|没有了|涨价|后悔)(?=[^,.!?;。]{0,8}!{2,})|(?:赶紧|赶快|快点|马上|立刻|抓紧)[^.?。]{0,12}!{3,}|(?<urge>赶紧|快点|快|马上)\\k<urge>{2,}|(?:不买|错过)(?:的话)?(?:以后|到时候)?(?:别|不要)后悔|再不(?:付款|下单|买)(?:的话)?(?:就|我就)?(?:取消|拉黑|不卖)|(?:再不|不)(?:付款|付钱|下单|买|拍|回复?|回消息)(?:的话)?[,]?(?:我们?)?(?:就|会|就会)?(?:一直|不停地?|天天|每天|每隔?[^,.!?;。]{0,3}|反复|轮番)(?:给(?:你|您))?(?:发消息|发信息|发私信|打电话|打给(?:你|您)|催|提醒|轰炸|找)(?:你|您)?|(?:我们?)(?:就|会)?(?:一直|不停地?|天天|每天)(?:给(?:你|您))?(?:发消息|打电话|催|提醒)(?:你|您)?(?:直到|到)(?:你|您)?(?:付款|付钱|下单)(?:为止)?)',
];
/** name → alternatives, from each `(?<name>…)` above. */
const PHRASE_GROUPS: Record<string, string> = Object.fromEntries(
  PHRASE_LIST.map((p) => {
    const name = /^\(\?<(\w+)>/.exec(p)![1];
    return [name, p.slice(name.length + 4, -1)];
  }),
);

// Slang insults and the shapes of rude or nagging replies are data (../lexicon/harassment.yaml).
// One pass over the text with a per-group first-character dispatch (../lexicon/scan.ts): each phrase
// group and each lexicon group runs only where it can start. The groups are tried in order at a
// position, so the phrases match exactly as their one alternation did; joined into it, the
// lexicon's first characters would run every phrase at many more positions.
const SCANNER = lexiconScanner(() => [...PHRASE_LIST, lexicon.pattern].join('|'), { ...PHRASE_GROUPS, ...lexicon.groups });

/** Words printed on the product (印的是「我就是个废物」, 字样, 梗图): a quote, not said to the buyer. */
const PRINTED = /印(?:的|着|有|了)|字样|图案|梗图|文字|写着|刻着|绣着|刻字|印字/;
function printed(text: string, start: number): boolean {
  return PRINTED.test(clauseBefore(text, start, 16));
}
/** After a name-calling word: it names a product, a style or a meme (戏精同款, 作死小分队, 贱狗表情包,
 *  穷鬼套餐, 土狗也能养): nobody is called it. */
const NAMED_AFTER = /^(?:同款|联名|表情包?|系列|图案|周边|玩偶|公仔|抱枕|套餐|小分队|印花|贴纸|手机壳|卫衣|t恤|主题|风格?|造型|款(?!式)|也能(?:养|用|吃|穿|学会)|专用|必备|福音|友好)/;
/** After a letter code: a part or trait of goods (NMD细节, XR1配色, 彰显BOOST科技) — the code names a
 *  product line or model, as codes do in product descriptions. */
const MODEL_TRAIT_AFTER = /^(?:细节|配色|版本|版型|型号|技术|科技|设计|元素|鞋款|跑鞋|鞋型|鞋底|中底|大底|鞋面|材质|面料|标志|logo|系列)/;
/** …or one or two characters on (闭嘴猫表情包, 作死鸭抱枕): the word opens the name of a character whose
 *  merchandise is sold. Only goods heads: 闭嘴吧你 names nothing. */
const NAMED_GOODS_LATER = /^[\u4e00-\u9fff]{1,2}(?:表情包|图案|周边|玩偶|公仔|抱枕|贴纸|手机壳|印花|造型|手办|钥匙扣|挂件)/;
function named(text: string, start: number, end: number): boolean {
  if (NAMED_AFTER.test(text.slice(end, end + 4)) || NAMED_GOODS_LATER.test(text.slice(end, end + 6))) return true;
  return /^[a-z]+$/.test(text.slice(start, end)) && MODEL_TRAIT_AFTER.test(text.slice(end, end + 4));
}
/** The buyer's details or the buyer shown up (地址, 昵称, 截图, 让大家…) around a publishing verb. */
const EXPOSED = /(?:你|您)的?[^,.!?;。]{0,6}?(?:地址|昵称|电话|手机|截图|聊天记录|照片|信息|id|账号|名字|订单)|让大家|认识认识|恶意|等着|再闹|拉黑|(?:你|您)这种/;
/** Before a judgment of the buyer: the shop saying it is NOT so (不是您笨, 并不是说您小气). */
const NOT_SAYING_BEFORE = /(?:不是|并非|不怪|没说|没有说|不是说|别觉得|不代表)[^,.!?;。]{0,2}$/;
/** The buyer failing at something simple, which turns 小学生都会 into a jab. */
const BUYER_FAILS = /(?:你|您)[^.!?;。]{0,8}?(?:不会|不懂|不知道|搞不定|看不懂|学不会|弄不好|装不上|还问|还要问|还来问|怎么就)|这么简单|这都|这也/;
/** Looks judged of the speaker or a product (小编长得丑, 本人长得丑勿撩): self-deprecation, not a jab. */
const SELF_BEFORE = /我|本人|小编|咱|店主|博主|老板|掌柜|模特|客服|它|猫|狗|娃/;
/** After looks words: a self-deprecating slogan continues (长得丑，勿撩 / 长得丑但是…). */
const SELF_JOKE_AFTER = /^[,.!~]?(?:勿撩|别撩|但|可是|不过|也(?:能|可以|要|想)|没关系|不要紧|不怕|照样|就要|就多)/;
/** Before 您全家: goods meant for the family (适合, 够, 送给). A wish is judged by what is wished
 *  (祝你全家都买到假货 is a curse), so 祝/愿 alone clear nothing. */
const FAMILY_WISH_BEFORE = /(?:送给|适合|够|陪伴|守护)[^,.!?;。]{0,6}$/;
/** After 您全家: what the family gets or does with the goods (幸福, 平安, 都能用, 一起吃). */
const FAMILY_USE_AFTER = /^(?:人)?(?:都|也)?(?:幸福|平安|健康|安康|顺利|快乐|吉祥|如意|团圆|一起(?:用|吃|穿|喝|享用)|能用|可以用|够用|都能用|都可以用|都适合|都爱用|都喜欢)/;
/** The shop, its people or its pets as the subject of a sentence. */
const SHOP_SELF = /我|咱|老板|小编|店主|掌柜|自己|本店|小店/;
/** The buyer, or what the buyer asked or did, in a sentence (你, 还要讲价, 这也要退, 连…都不会). */
const AT_BUYER = /你|您|还要|也要|还问|还来|这都|这也|连[^,.!?;。]{0,6}都|讲价|砍价|退货|不会|不懂|买不起/;
/** The rebuff entries that are contempt shapes rather than set phrases (see the lexicon's note). */
const CONTEMPT_SHAPE = /别|什么|啥|不好过|兜着走|代价|厉害|不好受|好果子|好看|不[买拍]|还不|还没|到底|耍|逗|溜|消遣|求|跪|有意思|素质|什么人|得出|问题|自己|不懂|不会|答复|准话|不信|不怕|占|提醒|推|有病/;
/** The shop saying it will not (不会, 从不, 绝不): a reassurance. */
const NOT_GOING_TO = /不会|从不|从来不|绝不|没有|别担心|不用担心/;
function sentence(text: string, start: number, end: number): [number, number] {
  return [sentenceStart(text, start, 30), sentenceEnd(text, end, 30)];
}

/** A return or warranty condition, not a judgment: 如果是您自己的问题… */
const CONDITION_BEFORE = /如果|若|要是|假如|如|因为|由于|属于|非/;
/** The shop acting for the buyer (帮您催了三次快递, 给仓库打了好几次): its count is service. */
const HELPING_BEFORE = /帮|替|为(?:您|你)|给(?:仓库|快递|物流|厂家|师傅|工厂|小哥)/;
/** A text that asks the buyer to reply, pay or review: counting the shop's messages in it nags. */
const ASKS_BUYER = /购物车|还在等|等(?:你|您)|回(?:复|一下|个|句|我|消息)|理(?:我|人|一下)|吱|在吗|在不在|付(?:款|钱|了)?|下单|拍|评|到底|人呢|说话|吭声|不回|确认|还(?:在|要|来)?问/;
/** The shop's own messages are what is counted (这是第六条, 已经第三次, 第四次提醒). */
const OWN_CONTACT_BEFORE = /这是|已经|都|又|我|我们|给(?:您|你)|发给/;
const CONTACT_WORD_END = /(?:了|消息|提醒|催|私信|通知|问|找|联系)$/;
/** A concession word said three times (行行行, 是是是): mock agreement unless the shop owns a fault. */
const CONCESSION = /^(?:行行行|好好好|是是是|对对对|得得得|行吧行吧|好吧好吧)/;
/** The shop apologising or fixing something (是我们的问题, 马上补发): the concession is sincere. */
const SINCERE = /抱歉|不好意思|对不起|我们的(?:问题|错|失误|疏忽)|是我们|马上|立刻|这就|给您(?:补|换|退|改|处理)/;
/** After 很难吗: the shop answers its own question (不难, 很简单): an FAQ, not a challenge. */
const REASSURED_AFTER = /^[?!,.。]*(?:不难|一点(?:也|都)不|很简单|非常简单|其实|放心|别担心|不用担心|不会)/;
const ADDRESSED = /你|您|自己|个|一下/;

/** Before a judgment word: the buyer is its subject (你, 您这种人, 这种买家, 有些人), joined by
 *  nothing but degree words. 是我们事多了 (the shop apologising) has no such subject. */
const BUYER_SUBJECT_BEFORE =
  /(?:(?:你|您|有些人|有的人|某些人)(?:们)?(?:这种|这样的?|这类)?(?:买家|人|顾客|客人|亲)?|(?:这种|这类|这样的?)(?:买家|人|顾客|客人))(?:真是|真的|真|也太|太|可真|就是|是|怎么这么|咋这么|这么|那么|好|很|挺|特别|都|还|在|老是|总是|一直|让人|令人)*$/;

/** After 看不懂吗: a curt pointer back at the page (自己看, 写得清清楚楚) makes the question a sneer;
 *  哪里看不懂吗？可以问我 stays a helpful question. */
const DISMISSAL_AFTER = /自己|写得?(?:很|这么|那么|清清楚楚|明明白白|清楚|明白)|清清楚楚|明明白白|写着呢|都写了|标得?(?:很)?清楚/;
/** Before 自己看: an offer (可以, 也, 方便, 建议…) makes it friendly (您可以自己看一下详情页). */
const OFFER_BEFORE = /可以|能|方便|建议|欢迎|也|先|帮|随|慢慢|着/;
/** After 自己看吧: reassurance about the choice (都好看, 喜欢哪个) keeps it friendly. */
const FRIENDLY_AFTER = /^[,.!]?[^.!?;。]{0,4}(?:都(?:好看|百搭|不错|可以|很美)|喜欢|哪个|哦|呢)/;

/** The same clause three times in a row is nagging (快点付款！快点付款！快点付款！). */
const REPEATS = 3;
/** A repeated unit without separators (在吗在吗在吗, 快点快点快点) nags when it urges. */
const URGING = /快|赶|付|拍|买|下单|在吗|回复|理我|催|急/;

const URGING_START = new Uint8Array(0x10000);
for (const ch of '快赶付拍买下在回理催急') URGING_START[ch.charCodeAt(0)] = 1;

function isHanUnit(u: number): boolean {
  return u >= 0x3400 && u <= 0x9fff;
}

/** Finds a unit of 2–4 Han characters repeated three or more times in a row; not one character
 *  doubled (哈哈哈哈, 谢谢谢谢 are laughter and thanks). Calls `visit(start, end, unit)`. */
function findRepeatedUnits(text: string, visit: (start: number, end: number, unit: string) => void): void {
  const n = text.length;
  for (let i = 0; i + 6 <= n; i++) {
    // Every rotation of a repeated unit repeats too, so a nagging unit can be taken to start
    // with its urging character: other positions are skipped with one lookup.
    if (URGING_START[text.charCodeAt(i)] === 0) continue;
    for (let len = 2; len <= 4 && i + 3 * len <= n; len++) {
      if (text.charCodeAt(i) !== text.charCodeAt(i + len) || text.charCodeAt(i) !== text.charCodeAt(i + 2 * len)) continue;
      let same = true;
      for (let k = 0; k < 2 * len && same; k++) same = text.charCodeAt(i + k) === text.charCodeAt(i + len + k);
      if (!same) continue;
      let allHan = text.charCodeAt(i) !== text.charCodeAt(i + 1);
      for (let k = 0; k < len && allHan; k++) allHan = isHanUnit(text.charCodeAt(i + k));
      if (!allHan) continue;
      let end = i + 3 * len;
      while (end + len <= n && text.startsWith(text.slice(i, i + len), end)) end += len;
      visit(i, end, text.slice(i, i + len));
      i = end - 1;
      break;
    }
  }
}

/** Start/end pairs reported so far in the current text: the lexicon scan does not report the same
 *  words twice. Module-level (checks are synchronous): no allocation per text. */
const spans: number[] = [];
let outerReport: Report = () => {};
/** The text being checked (checks are synchronous), for the rare look at its original characters. */
let current: NormalizedText | undefined;

/** 呵呵 written as an emoticon code ([呵呵], [呵呵R]: chat and Weibo tools paste smileys so): a face,
 *  not the sarcastic word. Normalizing drops the brackets, so the original text decides. */
function emoticonCode(start: number, end: number): boolean {
  if (current === undefined) return false;
  const o = current.toOriginal(start, end);
  const original = current.original;
  return /[[［【]$/.test(original.slice(Math.max(0, o.start - 1), o.start)) && /^[a-zA-Z]?[\]］】]/.test(original.slice(o.end, o.end + 2));
}
const report: Report = (f) => {
  spans.push(f.start, f.end);
  outerReport(f);
};

/** Harassment said by meaning only, in five shapes that need no rude word: contact promised again and
 *  again until the buyer pays, buys, answers or takes back a review (明天我接着来问, 每小时提醒一次 — with the
 *  pressure in the text); the buyer told they are remembered for a return or a bad review; contempt for
 *  what the buyer cannot do (连…都量不明白, 识字的话, 小学生都会, 带上脑子, 难怪老买错); the buyer sent
 *  away as too poor or tasteless for the shop (不适合在我们家买, 去买九块九的, 没钱就直说, 你这种人);
 *  sarcasm and annoyance at the buyer (您这种我们见多了, 您最有道理, 是来逛…的吗, 又是你, 别再烦我们). */
const MEANT = new RegExp(
  [
    '(?<again>(?:明天|后天|每天|天天|每小时|每隔[^,.!?;。]{0,3}|隔天|早中晚)[^,.!?;。]{0,4}?(?:还会|还要|接着|继续|再|都|会)?(?:来)?(?:问|找(?:您|你)|提醒|催|私信(?:您|你)|发|打(?:给|电话)))',
    '(?<remember>(?:记住|记着|记下)(?:您|你)|都记着呢|会记住的)',
    '(?<cannot>连[^,.!?;。]{1,8}都(?:量不|看不|不会|不知道|拍不|弄不|装不|搞不|分不|能填错|能弄错|能搞错|弹不)|(?:地址|尺码|名字|码)都能(?:填错|搞错|弄错|看错|选错)|小学生都(?:会|懂|知道|能)|幼儿园(?:毕业|都会|都懂)|(?:识字|认得字|认识字)的(?:话|家人)|(?:带上|换个|长点)脑子|脑子(?:正常|进水|有问题)|这点常识都没有|(?:难怪|怪不得)(?:老|总|买|您|你))',
    '(?<sentaway>不(?:太)?适合(?:在)?我们家|不是我们的目标客户|(?:去|买)[^,.!?;。]{0,6}九块九(?:包邮)?的|没钱就直说|看(?:您|你)的预算|品味跟不上|(?:去|找)别家(?:吧|了|去)|可以划走|(?:你|您)这种人|给(?:你|您)这种人)',
    '(?<sarcasm>说句不好听的|这点(?:钱|小钱|东西)都(?:纠结|舍不得|嫌|要砍)|是来[^,.!?;。]{1,6}还是来|别(?:一直)?占着客服|见(?:得)?多了|您可真会|您最有道理|挺厉害的|是来[^,.!?;。]{1,8}的吗|轮得到|图个啥|(?:别|不要)(?:再|老)?(?:来)?烦(?![恼心躁闷])|很烦(?![恼心躁闷])|烦死|啰嗦死|又是(?:你|您)|又来\\?)',
  ].join('|'),
  'g',
);
/** What the repeated contact presses for: an unpaid, unbought or unanswered order, a review or complaint. */
const PRESSED_FOR = /不(?:拍|买|付|下单|回|改|撤|给)|没(?:下单|付|拍|回)|还没|再不|直到|为止|加购|购物车|尾款|考虑好/;
/** The shop chasing a courier or a colleague for the buyer, or the parcel's own schedule. */
const ON_BUYERS_BEHALF = /帮(?:您|你)|快递|物流|送达|收货|派送|上午|下午|师傅|烘焙师|发货|下单[今明后]天发|活动/;
/** A buyer remembered for a return, a complaint or a bad review — not for a kind word or a wish. */
const REMEMBERED_FOR = /差评|退货|退款|投诉|闹|像(?:您|你)这样|这样的|再这样/;
const REMEMBERED_KINDLY = /谢谢|感谢|建议|写了|好评|星|惊喜|菩萨|保佑/;
function reportMeant(text: string, report: Report): void {
  for (const m of matchesIn(MEANT, text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const a = sentenceStart(text, start, 40);
    const b = sentenceEnd(text, end, 40);
    const sentence = text.slice(a, b);
    const near = text.slice(Math.max(0, start - 40), end + 40);
    if (PRINTED.test(text.slice(Math.max(0, start - 16), start)) || /[「“"'‘『]$/.test(text.slice(Math.max(0, start - 12), start).replace(/[^「“"'‘『」”’』]/g, ''))) continue;
    // 每天都可以问我们: the buyer invited to ask, not the shop coming back.
    if (g.again !== undefined && (!PRESSED_FOR.test(text) || ON_BUYERS_BEHALF.test(sentence) || /可以/.test(m[0]) || /^(?:我|我们)/.test(text.slice(end, end + 2)))) continue;
    // 又是您！好久不见: a regular welcomed back.
    if (g.sarcasm !== undefined && /欢迎|好久不见|谢谢|感谢|开心|想你|回来/.test(near)) continue;
    if (g.remember !== undefined && (!REMEMBERED_FOR.test(sentence) || REMEMBERED_KINDLY.test(sentence))) continue;
    // 连医院都弄不好的老疤, 连柜姐都分不出: a claim about the goods, not the buyer's failing.
    if (g.cannot !== undefined && m[0].startsWith('连') && (!/你|您|自己|还|难怪|怎么/.test(sentence) || /^的/.test(text.slice(end, end + 1)))) continue;
    report({ start, end, messageId: g.again !== undefined ? 'repeated' : g.remember !== undefined ? 'threat' : g.sarcasm !== undefined ? 'impatient' : 'insult', suggestion: '有其他问题随时问我们哦' });
    return;
  }
}

export default defineTextRule({
  id: 'harassment',
  // Its phrases are negations themselves (别墨迹, 不买就别问): a refusal scope does not clean them.
  refusalScope: false,
  severity: 'warning',
  description: {
    zh: '辱骂、不耐烦、催促或重复骚扰的话术',
    en: 'Insulting, impatient, pushy or repeatedly nagging phrasing',
  },
  protects: {
    zh: '平台聊天规范：尊重用户沟通意愿，不得发送骚扰信息或重复推销；聊天记录留存作为投诉处罚依据',
    en: 'Platform chat rules: respect the buyer, no harassment or repeated pushing; chats are kept as evidence for complaints',
  },
  messages: {
    insult: { zh: '辱骂或贬低买家「{{quote}}」，易被投诉', en: 'Insults or belittles the buyer "{{quote}}"; invites complaints' },
    threat: { zh: '威胁买家「{{quote}}」，易被投诉', en: 'Threatens the buyer "{{quote}}"; invites complaints' },
    impatient: { zh: '不耐烦的话术「{{quote}}」，易被投诉', en: 'Impatient phrasing "{{quote}}"; invites complaints' },
    pushy: { zh: '催促或施压「{{quote}}」，属于骚扰式推销', en: 'Pushes or pressures the buyer "{{quote}}"; counts as harassment' },
    repeated: { zh: '重复催促「{{quote}}」，属于骚扰式推销', en: 'Repeated urging "{{quote}}"; counts as harassment' },
  },
  check(normalized, outer) {
    const text = normalized.text;
    spans.length = 0;
    outerReport = outer;
    current = normalized;
    // A match that reports nothing is rejected (see LexiconScanner.scan): the groups after it at
    // the same position, and then the positions inside it, still get their turn.
    SCANNER.scan(text, (m) => visited(text, m));
    // Cantonese and Wu function words folded to Mandarin (唔买就咪问 → 不买就别问, 侬 → 你), one
    // character for one so offsets stay: every shape of the rule then reads dialect too.
    const folded = foldDialect(text);
    if (folded !== text) {
      SCANNER.scan(folded, (m) => {
        const end = m.index + m[0].length;
        for (let k = 0; k < spans.length; k += 2) if (m.index < spans[k + 1] && end > spans[k]) return;
        return visited(folded, m);
      });
    }
    findRepeatedUnits(text, (start, end, unit) => {
      if (URGING.test(unit)) report({ start, end, messageId: 'repeated', suggestion: '' });
    });
    reportRepeatedPhrase(text, report);
    reportRepeatedAddress(text, report);
    reportPings(text, report);
    if (spans.length === 0) reportMeant(text, report);
    // The same ping twice in a row (在不在？在不在？, 人呢人呢): badgering even without a third.
    if (text.length <= 80 && text.indexOf('在') + text.indexOf('人呢') > -2) {
      const twice = PING_TWICE.exec(text);
      // …when the message is only the pings or asks the buyer to act; 在吗在吗，您的快递到了 informs.
      const rest = twice === null ? '' : (text.slice(0, twice.index) + text.slice(twice.index + twice[0].length)).replace(/[^\u4e00-\u9fff]/g, '');
      if (twice !== null && (rest.length <= 3 || /付|拍|下单|回(?:复|个|一下|我)|理(?:我|人)|考虑|确认|说话|吭声/.test(rest))) report({ start: twice.index, end: twice.index + twice[0].length, messageId: 'repeated', suggestion: '' });
    }
    // Two bursts of question marks around an urging word (在吗？？？在吗？？？…付款): badgering.
    if (text.indexOf('??') >= 0) {
      // A burst asks only after words (在吗？？？, 付款了没？？): after a list number, a link or a
      // comma, a run of ? stands for characters lost in encoding (1.?????<url>, 店铺？？2.).
      const bursts = text.match(/(?<=[\u4e00-\u9fff])\?{2,}/g);
      if (bursts !== null && bursts.length >= 2 && URGING.test(text)) {
        const first = text.indexOf('??');
        const last = text.lastIndexOf('??') + 2;
        report({ start: Math.max(0, first - 4), end: last, messageId: 'repeated', suggestion: '' });
      }
    }
    if (text.indexOf('???') >= 0 || text.indexOf('!!!') >= 0 || text.indexOf('?!') >= 0 || DRAWN_OUT_ANY.test(text)) reportFlood(text, report);
    // Clauses are compared in place (no substrings): most texts have no repetition at all.
    const n = text.length;
    let prevStart = -1;
    let prevEnd = -1;
    let runStart = 0;
    let runCount = 0;
    let runEnd = 0;
    let clauses = 0;
    let short = 0;
    for (let a = 0; a <= n; ) {
      const b = clauseEnd(text, a);
      if (b > a) {
        clauses++;
        const len = b - a;
        if (len >= 2 && len <= SCATTERED_MAX) {
          if (short < SHORT_CLAUSES.length) {
            let h = len;
            for (let k = a; k < b; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
            SHORT_CLAUSES[short] = h;
          }
          short++;
        }
        // The same clause again, or the first one repeated without its lead (差评删了没？删了没？删了没？).
        const prevLen = prevEnd - prevStart;
        let same = len >= 2 && prevLen >= len && (prevLen === len || runCount === 1);
        for (let k = 1; same && k <= len; k++) same = text.charCodeAt(b - k) === text.charCodeAt(prevEnd - k);
        if (same) {
          runCount++;
          runEnd = b;
        } else {
          if (runCount >= REPEATS && repeatPresses(text, prevStart, prevEnd)) report({ start: runStart, end: runEnd, messageId: 'repeated', suggestion: '' });
          runStart = a;
          runEnd = b;
          runCount = 1;
        }
        prevStart = a;
        prevEnd = b;
      }
      a = b + 1;
    }
    if (runCount >= REPEATS && repeatPresses(text, prevStart, prevEnd)) report({ start: runStart, end: runEnd, messageId: 'repeated', suggestion: '' });
    // Three repeats with something between need at least four clauses, and one short clause
    // three times (same hash); most texts have neither.
    else if (clauses >= REPEATS + 1 && (short > SHORT_CLAUSES.length || sameHashThrice(short))) reportScatteredRepeats(text, report);
  },
});

/** Set when the visit found the match's words not there (a reading across a word boundary). */
let notThere = false;
/** crossesWord, noting a match whose words are not there: the scan gives it back (see visited). */
function across(text: string, start: number, end: number): boolean {
  return (notThere ||= crossesWord(text, start, end));
}
/** visitMatch, rejecting (false, see LexiconScanner.scan) a match whose words are not there: the
 *  later groups at its position and the positions inside it are read again (你是瞎|子 hides 瞎子,
 *  你脑子进|水 hides 脑子进水). A match the context clears (an apology, a product's name) keeps its
 *  words from every other reading. */
function visited(text: string, m: RegExpExecArray): boolean {
  notThere = false;
  visitMatch(text, m);
  return !notThere;
}

/** One match of the scanner: the context logic per group (`text` may be the dialect-folded text,
 *  which has the same length and offsets as the normalized text). */
function visitMatch(text: string, m: RegExpExecArray): void {
  const g = m.groups!;
  if (lexiconMatch(text, m)) return;
  const start = m.index;
  const end = start + m[0].length;
  if (g.readq !== undefined) {
    if (/哪|什么|有/.test(clauseBefore(text, start, 8)) || !DISMISSAL_AFTER.test(text.slice(end, end + 16))) return;
    report({ start, end, messageId: 'insult', suggestion: '详情页有说明，有不清楚的地方可以问我们哦' });
  } else if (g.selfread !== undefined) {
    const lead = clauseBefore(text, start, 12);
    if (lead.length > 6 || OFFER_BEFORE.test(lead) || FRIENDLY_AFTER.test(text.slice(end, end + 8))) return;
    report({ start, end, messageId: 'impatient', suggestion: '详情页有说明，有不清楚的地方可以问我们哦' });
  } else if (g.insult !== undefined) {
    if (printed(text, start) || named(text, start, end)) return;
    // Short list words must be words of their own (问什么问题 holds 问什么问; src/lint/words.ts). A
    // shorter reading that breaks a word (你脑子进|水) is given back to the scan, which reads the
    // positions inside it again, so the longer one starting there (脑子进水) is found.
    if (m[0].length <= 4 && across(text, start, end)) return;
    report({ start, end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
  }
  else if (g.belittle !== undefined) {
    // The subject goes into the span: the suggestion replaces the whole judgment.
    // 你这种人我们见多了: the shop between the buyer and 见多了 is the one judging.
    let lead = clauseBefore(text, start, 12);
    const judge = m[0][0] === '见' ? /(?:我们?|咱们?)(?:都|也|早就?)?$/.exec(lead) : null;
    if (m[0][0] === '见' && judge === null) return;
    if (judge !== null) lead = lead.slice(0, lead.length - judge[0].length);
    const subject = BUYER_SUBJECT_BEFORE.exec(lead);
    // 玻璃心吧 / 矫情啊 closing a clause is said to the buyer even without 你.
    if (subject === null && (/^(?:吧|啊|呢)(?=[,.!?;。]|$)/.test(text.slice(end, end + 2)) || (judge === null && !/穷|小气|抠|无语|见/.test(m[0]) && epithetAimed(text, start, end)))) {
      report({ start, end: /^(?:吧|啊|呢)/.test(text.slice(end, end + 1)) ? end + 1 : end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
      return;
    }
    if (subject !== null) {
      report({ start: start - subject[0].length - (judge === null ? 0 : judge[0].length), end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
      return;
    }
    // An exclaimed judgment with no subject (真够穷的, 太抠了吧): said of the buyer in front of them.
    if (/(?:真够|真是|真的?|太|好|够)$/.test(text.slice(Math.max(0, start - 2), start)) && !/我|本店|咱|小店|客服|仓库/.test(clauseBefore(text, start, 12)) && /^(?:的|了)?(?:吧|啊|呀)?(?=[,.!?;。]|$)/.test(text.slice(end, end + 3)) && !/无语|见/.test(m[0])) {
      report({ start: start - 1, end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
    }
  } else if (g.rude !== undefined || g.nag !== undefined) {
    if (g.rude !== undefined && printed(text, start)) return;
    // 有人冒充客服让您转账，请直接拉黑: a scammer the buyer is told to block, as in the grudge branch.
    if (scammerBlocked(text, start, end)) return;
    // 愿佛光普照您全家 / 祝您全家幸福: a blessing on the buyer's family, not a curse.
    if (m[0].endsWith('全家') && /保佑|普照|福|平安|健康|幸福|快乐|吉祥|安康|顺遂/.test(clauseBefore(text, start, 12) + text.slice(end, end + 6))) return;
    // 适合您全家一起用, 您全家都能用: goods for the buyer's family, not the curse.
    if (m[0].endsWith('全家') && (FAMILY_WISH_BEFORE.test(clauseBefore(text, start, 10)) || FAMILY_USE_AFTER.test(text.slice(end, end + 6)))) return;
    if (m[0].length <= 3 && across(text, start, end)) return;
    // 重要的事情说三遍: the set phrase for "this matters", said of the shop's own words.
    if (g.nag !== undefined && /重要的?事(?:情)?$/.test(text.slice(Math.max(0, start - 5), start))) return;
    // 件数 3 / 人数3 / 总数3: a count field, not counting down at the buyer.
    if (m[0].startsWith('数') && /[件人个次份张台箱包单总页位条盒瓶袋]$/.test(text.slice(Math.max(0, start - 1), start))) return;
    report({ start, end, messageId: g.rude !== undefined ? 'insult' : 'repeated', suggestion: g.rude !== undefined ? '有其他问题随时问我们哦' : '' });
  } else if (g.impatient !== undefined) {
    if (m[0].length <= 4 && across(text, start, end)) return;
    report({ start, end, messageId: 'impatient', suggestion: '有其他问题随时问我们哦' });
  }
  else report({ start, end, messageId: 'pushy', suggestion: '喜欢的话可以早点下单哦' });
}

/** Cantonese and Wu function words and their Mandarin counterparts, one character each (咩/乜 →
 *  啥, 咁 → 好 as a degree word): sellers write dialect, and the rule's shapes are Mandarin. */
const DIALECT_FROM = '唔咪咩乜冇係佢嘅咁睇嚟喺畀侬伐覅';
const DIALECT_TO = '不别啥啥没是他的好看来在给你吗别';
const DIALECT = new Uint16Array(0x10000);
for (let k = 0; k < DIALECT_FROM.length; k++) DIALECT[DIALECT_FROM.charCodeAt(k)] = DIALECT_TO.charCodeAt(k);

/** Whether a text holds any dialect function word: one native scan instead of a loop per text. */
const DIALECT_ANY = new RegExp(`[${DIALECT_FROM}]`);

/** The text with dialect function words folded, or the text itself when it has none (most texts). */
function foldDialect(text: string): string {
  if (!DIALECT_ANY.test(text)) return text;
  let k = 0;
  while (k < text.length && DIALECT[text.charCodeAt(k)] === 0) k++;
  let out = text.slice(0, k);
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    out += DIALECT[c] !== 0 ? String.fromCharCode(DIALECT[c]) : text[k];
  }
  return out;
}

/** A match of a lexicon group (../lexicon/harassment.yaml): the context logic per group. */
const LEXICON_GROUPS = Object.keys(lexicon.groups);

/** Returns false when the match is one of the rule's own phrases. */
function lexiconMatch(text: string, m: RegExpExecArray): boolean {
  const g = m.groups!;
  if (!LEXICON_GROUPS.some((k) => g[k] !== undefined)) return false;
  let start = m.index;
  const end = start + m[0].length;
  // A frequent lead sits in a lookbehind (speed, see the lexicon); it belongs to the span.
  for (const k in g) if (k.charCodeAt(0) === 108 /* l */ && k.startsWith('lead') && g[k] !== undefined) start -= g[k].length;
  // Words a finding already covers (a lead can reach back into one) stay one finding.
  for (let k = 0; k < spans.length; k += 2) if (start < spans[k + 1] && end > spans[k]) return true;
  const span = text.slice(start, end);
  if (g.slang !== undefined || g.mock !== undefined || g.latin !== undefined) {
    if (printed(text, start) || named(text, start, end)) return true;
    // 笑死 in a sentence about the shop itself (笑死，我们老板都抢着用, 笑死，这个猫窝我家猫天天霸占)
    // is the shop laughing, not mocking the buyer: nothing in it points at the buyer or at what the
    // buyer asked or did (你, 还要讲价, 这也要退).
    if (span.startsWith('笑死')) {
      const [a, b] = sentence(text, start, end);
      const around = text.slice(a, start) + text.slice(end, b);
      if (SHOP_SELF.test(around) && !AT_BUYER.test(around)) return true;
    }
    // Looks mocked of the speaker itself or as a slogan (长得丑，勿撩): nobody else is judged.
    if (/^[你您]/.test(span) && NOT_SAYING_BEFORE.test(clauseBefore(text, start, 12))) return true;
    if (g.mock !== undefined && /丑|难看|寒碜/.test(span) && (SELF_BEFORE.test(clauseBefore(text, start, 12)) || SELF_JOKE_AFTER.test(text.slice(end, end + 4)))) return true;
    // 你就是个人渣: 个人 is a word too, but after 个 a name starting with 人 is the name.
    if (span.length === 2 && !(span[0] === '人' && text[start - 1] === '个' && EPITHET_END.test(text.slice(end, end + 8))) && across(text, start, end)) return true;
    report({ start, end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
  } else if (g.blame !== undefined) {
    if (CONDITION_BEFORE.test(clauseBefore(text, start, 12))) return true;
    report({ start, end, messageId: 'insult', suggestion: '我们一起看看怎么帮您解决' });
  } else if (g.rebuff !== undefined) {
    if (printed(text, start)) return true;
    // 大促很忙，回复慢请见谅: a busy notice that apologises is no rebuke.
    if (/忙/.test(span) && /见谅|抱歉|不好意思|久等|尽快|稍等|马上/.test(text)) return true;
    if (CONDITION_BEFORE.test(clauseBefore(text, start, 8)) && !/再|还|继续/.test(span)) return true;
    // 跟仓库解释了三遍: the shop's repeat explanations to someone else are service, not a rebuke.
    if (/^(?:回答|解释|强调|告诉|说明)/.test(span) && /(?:跟|和|向|给|对)(?!您|你)[\u4e00-\u9fff]{1,4}$/.test(clauseBefore(text, start, 8))) return true;
    // The contempt shapes (…就别来看了, 耍我呢, 是身材问题): inside the shop's own apology they aim at nobody.
    if (CONTEMPT_SHAPE.test(span) && /抱歉|不好意思|对不起|给您带来不便/.test(sentenceAt(text, start, end))) return true;
    report({ start, end, messageId: /报警|起诉|法律|律师|追究|耐心|适可|别怪|别说|不好过|兜着走|代价|厉害|不好受|好果子/.test(span) ? 'threat' : 'impatient', suggestion: '有其他问题随时问我们哦' });
  } else if (g.retort !== undefined) {
    if (printed(text, start)) return true;
    report({ start, end, messageId: 'impatient', suggestion: '有其他问题随时问我们哦' });
  } else if (g.expose !== undefined) {
    // Publishing is a threat when it is the buyer's details or the buyer is to be shown up.
    const [a, b] = sentence(text, start, end);
    if (!EXPOSED.test(text.slice(a, b))) return true;
    report({ start, end, messageId: 'threat', suggestion: '有问题我们一起沟通解决' });
  } else if (g.dismiss !== undefined) {
    // 我们不会因为退货就拉黑任何买家: the shop promises not to.
    if (/拉黑(?:您|你)?$/.test(span) && NOT_GOING_TO.test(clauseBefore(text, start, 16))) return true;
    if (g.dq !== undefined && FRIENDLY_AFTER.test(text.slice(end, end + 8))) return true;
    report({ start, end, messageId: 'impatient', suggestion: '有其他问题随时问我们哦' });
  } else if (g.sarcasm !== undefined) {
    if (span === '呵呵' && (emoticonCode(start, end) || HEHE_FRIENDLY_AFTER.test(text.slice(end, end + 6)))) return true;
    // 是是是，您说得对，是我们发错了: a concession followed by the shop's own fault or a fix is sincere.
    if (CONCESSION.test(span) && SINCERE.test(sentenceAt(text, start, end) + text.slice(end, end + 24))) return true;
    report({ start, end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
  } else if (g.silence !== undefined) {
    report({ start, end, messageId: 'impatient', suggestion: '看到消息方便时回复我们就好' });
  } else if (g.challenge !== undefined) {
    // 您是第一次网购吗？我们教您: a real question when help follows.
    if (span.includes('第一次') && /可以|教|帮|没关系|不用担心|别担心|欢迎|放心|我们/.test(text.slice(end, end + 14))) return true;
    if (/难[吗么嘛]$/.test(span)) {
      if (!ADDRESSED.test(clauseBefore(text, start, 10)) || REASSURED_AFTER.test(text.slice(end, end + 8))) return true;
    }
    report({ start, end, messageId: 'insult', suggestion: '详情页有说明，有不清楚的地方可以问我们哦' });
  } else if (g.nagcount !== undefined) {
    // The buyer's own questions counted at them (您问第五遍了), unless the shop apologises for the wait.
    if (/^[你您]/.test(span)) {
      if (!/抱歉|不好意思|对不起|久等|sorry/.test(text)) report({ start, end, messageId: 'impatient', suggestion: '有其他问题随时问我们哦' });
      return true;
    }
    const lead = clauseBefore(text, start, 12);
    if (HELPING_BEFORE.test(lead)) return true;
    if (span.startsWith('第') && !OWN_CONTACT_BEFORE.test(lead) && !CONTACT_WORD_END.test(span)) return true;
    if (!ASKS_BUYER.test(text.slice(0, start) + text.slice(end))) return true;
    report({ start, end, messageId: 'repeated', suggestion: '' });
  } else if (g.threat !== undefined) {
    // 绝对不会让您后悔: a promise, not a threat.
    if (NOT_GOING_TO.test(clauseBefore(text, start, 8))) return true;
    // 掂量 of the goods' weight (拿在手里掂量一下，分量很足) threatens nobody.
    // …and as a veiled threat it hangs on a complaint, a review or the buyer's details (差评…自己掂量);
    // 价格要涨，您自己掂量 leaves a purchase to the buyer.
    if (span.includes('掂量') && (WEIGHED.test(sentenceAt(text, start, end)) || printed(text, start) || !HELD_OVER.test(text.slice(Math.max(0, start - 60), end)))) return true;
    report({ start, end, messageId: 'threat', suggestion: '有问题我们一起沟通解决' });
  } else if (g.judge !== undefined) {
    // 不是您笨 / 并不是说您小气 clears the buyer; 如果您嫌麻烦… is a condition; 印着「你真笨」 a print.
    const lead = clauseBefore(text, start, 12);
    if (printed(text, start) || named(text, start, end) || NOT_SAYING_BEFORE.test(lead) || CONDITION_BEFORE.test(lead)) return true;
    report({ start, end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
  } else if (g.formal !== undefined || g.gloat !== undefined) {
    if (printed(text, start) || named(text, start, end)) return true;
    // 小编作死把…拍糊了: the speaker laughing at itself.
    if (g.gloat !== undefined && SELF_BEFORE.test(clauseBefore(text, start, 12))) return true;
    if (span.length === 2 && across(text, start, end)) return true;
    report({ start, end, messageId: g.formal !== undefined && /欢迎|生意|不差|不送|另选|自便|奉陪|接待|伺候/.test(span) ? 'impatient' : 'insult', suggestion: '有其他问题随时问我们哦' });
  } else if (g.faculty !== undefined && BODY_SPAN.test(span)) {
    if (printed(text, start) || named(text, start, end)) return true;
    const lead = clauseBefore(text, start, 12);
    // 小编这么胖也能穿, 这个柜子这么矮还要…: the shop, its model or the goods are the subject.
    if (!/你|您/.test(lead) && (SELF_BEFORE.test(lead) || BODY_GOODS_BEFORE.test(lead))) return true;
    if (NOT_SAYING_BEFORE.test(lead)) return true;
    report({ start, end, messageId: 'insult', suggestion: '可以参考尺码表，我们帮您挑合适的款' });
  } else if (g.faculty !== undefined) {
    if (printed(text, start) || named(text, start, end) || NOT_SAYING_BEFORE.test(clauseBefore(text, start, 12))) return true;
    const after = text.slice(end, end + 6);
    // 您这记性真好 praises; 智商测试题 names a product.
    if (FACULTY_PRAISED_AFTER.test(after) || FACULTY_PRODUCT_AFTER.test(after)) return true;
    // A verdict denied (也没难度, 不费劲) clears the buyer.
    const verdict = FACULTY_VERDICT_END.exec(span);
    if (verdict !== null && /[没不无]$/.test(span.slice(0, verdict.index)) ) return true;
    report({ start, end, messageId: 'insult', suggestion: '有不清楚的地方我们再详细说明一下' });
  } else if (g.grudge !== undefined && BANISH_SPAN.test(span)) {
    const lead = clauseBefore(text, start, 16);
    if (NOT_GOING_TO.test(lead)) return true;
    // 已拉黑骚扰号码: a scammer blocked for the buyer's sake.
    if (span.includes('拉黑') && !/你|您/.test(span) && /骚扰|诈骗|骗子|冒充|广告|陌生|号码/.test(sentenceAt(text, start, end))) return true;
    report({ start, end, messageId: /封|举报|投诉|曝光|起诉|处罚|律师|官司|小心/.test(span) ? 'threat' : 'impatient', suggestion: '有其他问题随时问我们哦' });
  } else if (g.grudge !== undefined) {
    // 又是您呀！谢谢回购: a returning buyer welcomed.
    if (FRIENDLY.test(text)) return true;
    const held = /记|没完|算|容易/.test(span);
    // 退款的事我们记着呢，今天给您处理: the complaint is being handled, not held against the buyer.
    if (held && /处理|跟进|安排|给(?:您|你)|帮(?:您|你)|尽快|马上|核实/.test(text) && !/别来|拉黑|小心|等着|走着瞧/.test(text)) return true;
    report({ start, end, messageId: held ? 'threat' : /找事|找茬|闹事|搞事|捣乱|碰瓷|作妖/.test(span) ? 'impatient' : 'insult', suggestion: '有问题我们一起沟通解决' });
  } else if (g.compare !== undefined) {
    // 三岁小孩都会用 praises the product; with the buyer failing in the sentence it belittles them.
    const [a, b] = sentence(text, start, end);
    // 狗都知道要先看详情页: a dog or a pig as the yardstick needs no failing buyer, unless the
    // product is what is easy to use (猪都会用).
    const animal = /^(?:狗|猪|猫|傻子|我家|我们家)/.test(text.slice(start, end)) && !/^(?:用|操作|上手|学会|玩|装)/.test(text.slice(end, end + 2));
    // 三岁小孩都比你懂: the buyer is named in the comparison itself.
    if (/比(?:你|您)$/.test(text.slice(start, end))) {
      report({ start, end, messageId: 'insult', suggestion: '详情页有说明，有不清楚的地方可以问我们哦' });
      return true;
    }
    if (!animal && !BUYER_FAILS.test(text.slice(a, start) + text.slice(end, b))) return true;
    report({ start, end, messageId: 'insult', suggestion: '详情页有说明，有不清楚的地方可以问我们哦' });
  } else if (g.until !== undefined) {
    if (/^(?:每隔|隔)/.test(span) && !ASKS_BUYER.test(text)) return true;
    report({ start, end, messageId: 'repeated', suggestion: '' });
  } else if (g.mark !== undefined) {
    if (printed(text, start) || NOT_GOING_TO.test(clauseBefore(text, start, VEILED_START.test(span) ? 12 : 8))) return true;
    const [a, b] = sentence(text, start, end);
    const around = text.slice(a, b);
    // 我们记住您了，老顾客下次有优惠: a friendly sentence, not marking the buyer.
    if (span.includes('记住') && FRIENDLY.test(around)) return true;
    // 您的电话我们有，快递员会联系您: the buyer's details used for delivery, not held over them.
    if (/^(?:你|您)/.test(span) && /快递|派送|配送|发货|联系(?:你|您)|通知(?:你|您)|核对|售后|物流/.test(around)) return true;
    // 以后不发货 without the buyer named or a review in the text is a shipping policy (新疆以后不发货).
    if (/^(?:以后|下次|再也)/.test(span) && !/你|您/.test(span) && !/评|星|投诉|举报|曝光/.test(text)) return true;
    // A blacklist names the buyer (把你拉进黑名单), not a rule about fraud in general.
    if (span.endsWith('黑名单') && !/(?:把|将|给|让)(?:你|您)|(?:你|您)的?(?:账号|id|号)/.test(clauseBefore(text, start, 14))) return true;
    report({ start, end, messageId: 'threat', suggestion: '有问题我们一起沟通解决' });
  } else if (g.nagfreq !== undefined) {
    // A schedule of contact nags only when the buyer is held to act (不回, 再不付款, 还不确认) and
    // the shop is the one contacting: 帮您催快递, 每天都可以问我们 and 每天发货 are service.
    if (!/^(?:轰|看)/.test(span) && !/轰炸/.test(span)) {
      if (!INACTION.test(text) || HELPING_BEFORE.test(clauseBefore(text, start, 12))) return true;
      if (/可以|欢迎|随时|帮|为(?:您|你)|物流|快递|进度|上新|签到|发货|直播/.test(text.slice(start, Math.min(text.length, end + 6)))) return true;
      if (/发$/.test(span) && /^(?:货|出|走|顺丰|快递)/.test(text.slice(end, end + 2))) return true;
    }
    report({ start, end, messageId: 'repeated', suggestion: '' });
  } else if (g.scorn !== undefined) {
    if (printed(text, start)) return true;
    const lead = clauseBefore(text, start, 12);
    // Age, mind, money or looks given as why the buyer cannot manage: contempt, unless it is a
    // condition that leads to help (弄不懂的话，我们教您), reassurance (也没关系) or the shop itself.
    if (REASON_FRAME.test(span)) {
      const after = text.slice(end, end + 14);
      if (CONDITION_BEFORE.test(lead) || /^(?:的话|也没关系|没关系|不要紧|也不怕|别担心|不用担心)/.test(after)) return true;
      if (/我|咱|小编|本店|客服/.test(lead) && !/[你您]/.test(lead + span)) return true;
      if (/教|帮(?:您|你)|指导|视频|一步步|耐心/.test(after) && !/^[,]?(?:叫|让|找)/.test(after)) return true;
    }
    if (/舍不得$/.test(span) && /自己|宝宝|孩子|家人|对自己/.test(text.slice(end, end + 12))) return true;
    if (/^都/.test(span) || /都(?:不会|不懂|搞不定|弄不好|拼不好|装不好|装不上|看不懂|学不会|分不清|搞不明白|弄不明白|搞不清楚?|弄不清楚?|看不明白|想不明白)/.test(span)) {
      // The shop about itself, a product that cannot fail, or a question answered with help.
      // The span holds up to eight characters before 都 (the lead): the subject may be inside it.
      if (/我|咱|小编|本店|客服|老人|小孩|孩子|宝宝|新手|零基础|十次|多少次|怎么/.test(lead + span)) return true;
      if (/没关系|教|帮|可以|别担心|不用担心|放心|视频|步骤/.test(text.slice(end, end + 14))) return true;
      if (CONDITION_BEFORE.test(lead)) return true;
    }
    report({ start, end, messageId: /^(?:[退问等都]|浪费|说好)/.test(span) ? 'impatient' : 'insult', suggestion: '有其他问题随时问我们哦' });
  } else if (g.epithet !== undefined) {
    if (printed(text, start) || named(text, start, end)) return true;
    if (span.endsWith('狗')) {
      report({ start, end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
      return true;
    }
    if (!epithetAimed(text, start, end)) return true;
    if (NOT_SAYING_BEFORE.test(clauseBefore(text, start, 12))) return true;
    report({ start, end, messageId: 'insult', suggestion: '有其他问题随时问我们哦' });
  }
  return true;
}

/** What a veiled threat hangs on: a complaint, a review, a refund or the buyer's details. */
const HELD_OVER = /差评|中评|投诉|举报|退款|退货|曝光|地址|电话|记着|记住|后果|闹|恶意/;
/** The goods weighed in the hand: 掂量 is then about weight, not a veiled threat. */
const WEIGHED = /分量|重量|手感|[0-9一二两三四五六七八九十半]+(?:斤|克|公斤|kg|g)|沉|压手|轻/;
/** A scorn match that gives the buyer's age, mind, money or looks as the reason they cannot manage
 *  (the contempt frame of the lexicon's scorn group). */
const REASON_FRAME = /还是(?:不想看|懒得看|故意的|不愿意看|没长眼)|计较|年纪|岁数|老人家|老年人|网购|网上买|上网买|学学|听不懂|不懂|不会明白|不明白|理解不了|不会理解|记不住|身材|体型|身板|脸型|长相|个头|长成?(?:这|那)|一看就|这点|消遣|开涮|寻开心|取乐|当猴|当傻子/;
/** A mark match that is a consequence of the buyer's complaint, review or return (差评就天天打电话). */
const VEILED_START = /^(?:投诉|差评|中评|中差评|退货|退款|举报|曝光)/;
/** After a faculty made the topic: praise (您这记性真好, 眼光不错). */
const FACULTY_PRAISED_AFTER = /^[,]?(?:是)?(?:真的?|很|挺|太|可|也|确实|就是|超|好)?(?:好|棒|高|强|厉害|聪明|不错|可以|在线|没问题|够用|灵|绝|赞|清晰|独到|牛|专业|一流|顶)/;
/** After 智商 or 理解能力: a product or an exercise for it (智商测试题, 理解能力训练). */
const FACULTY_PRODUCT_AFTER = /^(?:的)?(?:测试|测验|题|玩具|训练|开发|提升|提高|发育|培养|锻炼|练习)/;
/** The verdict closing a faculty match, to see whether it is denied (没难度). */
const FACULTY_VERDICT_END = /(?:一言难尽|不敢恭维|堪忧|感人|捉急|白费|白搭|白说|白解释|费劲|没救|够呛|有难度|难度不小|也就那样|也就这样|不怎么样|啧啧|也是醉了|记不住|听不懂|看不懂|学不会|用不明白|用不来|跟不上|不配)$/;
/** A faculty-group match that mocks looks (这么胖还想穿, 长那么丑, 别为难裤子了). */
const BODY_SPAN = /[胖丑矮肥]|难看|寒碜|磕碜|着急|抱歉|^别/;
/** A grudge-group match that sends the buyer away or threatens the account (以后别来了, 已拉黑, 等着被封号, 干脆别买了, 就这还想). */
const BANISH_SPAN = /别(?:再)?来|不许|不准|禁止|拉黑|等着|小心|举报|投诉|挂|封|曝光|干脆|^就这/;
/** Goods as the subject of a body word (这个柜子这么矮, 这双鞋这么丑). */
const BODY_GOODS_BEFORE = /柜|桌|椅|架|盆|瓶|杯|箱|盒|灯|凳|床|款|件|条|双|鞋|包|这个|它|娃娃|玩偶|公仔/;
/** A block at [start, end) the buyer is told to make against a scammer the sentence names (有人冒充客服
 *  让您转账，请直接拉黑; 陌生号码发的链接直接拉黑): no 你/您 in it or right after it, and an impostor, a
 *  fraud or a stranger named — not 骚扰客服的, which is the buyer. */
function scammerBlocked(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  return span.includes('拉黑') && !/你|您/.test(span) && !/^(?:你|您)/.test(text.slice(end, end + 2)) && /诈骗|骗子|冒充|假冒|陌生(?:人|号码|电话|账号)|骚扰(?:电话|短信|号码)/.test(sentenceAt(text, start, end));
}

function sentenceAt(text: string, start: number, end: number): string {
  const [a, b] = sentence(text, start, end);
  return text.slice(a, b);
}

/** After 呵呵: thanks, a welcome or praise (呵呵~不客气, 呵呵，不错很美): an older chat's friendly
 *  chuckle, common in helpdesk replies, not the sneer. */
const HEHE_FRIENDLY_AFTER = /^[~,!.]*(?:不客气|谢谢|感谢|欢迎|不错|好的|好哒|是的|没关系|不要紧|恭喜|祝)/;
/** A friendly sentence (老顾客, 优惠, 欢迎): 我们记住您了 in it is a welcome. */
const FRIENDLY = /欢迎|感谢|谢谢|优惠|福利|老顾客|老客户|回头客|惊喜|礼物|送您|下次来|么么|爱你|喜欢/;
/** The buyer held to act (不回, 再不付款, 还不确认, 不下单的话): a schedule of messages then nags. */
const INACTION = /不(?:回|付|下单|拍|理|确认|评|买|要|说话|改|删|给)|再不|还不|还没(?:付|回|下单|拍|确认|补|填)|没(?:付|回|下单)|是吧|直到/;
/** Before a name-calling word: nothing but a clause start, or the buyer as subject (你是, 你个, 真是). */
const EPITHET_SUBJECT = /(?:(?<![给送帮替为让叫陪带])(?:你|您)(?:就|还|真|可|简直|分明|根本|纯|也|都){0,2}(?:是|就是|真是|简直是)?(?:个|一个|这个|这种)?|(?:^|[,.!?;。~])(?:真是|就是|纯|纯纯的?|妥妥的?)(?:个|一个)?)$/;
/** After a name-calling word: 才 and what only such a person does (傻子才买, 穷鬼才砍价). */
const EPITHET_ONLY_AFTER = /^才(?:会|能|买|问|砍|讲|还价|退|信|要|用|觉得|这么|那么|这样|那样|干|做|看|去|在|穿|嫌|计较|差评|给差评|投诉)/;
/** After a name-calling word: the clause ends, maybe after a particle or 一个. */
const EPITHET_END = /^(?:一个|一枚|一只|一样|似的|吧|啊|呀|呢|嘛|吗|了|!)*(?:[,.!?;。~]|$)/;
/** Whether a name-calling word is aimed at someone: a clause of its own (土狗一个, fw), a simile
 *  (跟个瞎子一样) or the buyer as subject (你是lj). 垃圾分类, 手残党也能学会 stay clean. */
function epithetAimed(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 8);
  const before = text.slice(Math.max(0, start - 8), start);
  if (/(?:跟|像|和|当)(?:个|一个|只|头)?$/.test(before) && /^(?:一样|似的|吗|啊|呀)/.test(after)) return true;
  // 傻子才会嫌贵, 穷鬼才砍价: only such a person would do what the buyer does.
  if (EPITHET_ONLY_AFTER.test(after) && !/[\u4e00-\u9fff]$/.test(before.replace(/(?:只有|也就是?|就是?|那些|这些|像|(?:你|您)?(?:这种|这样的|这类))+$/, ''))) return true;
  if (!EPITHET_END.test(after)) return false;
  if (start === 0 || CLAUSE_END[text.charCodeAt(start - 1)] === 1 || text[start - 1] === '~') return true;
  // 臭要饭的, 死穷鬼: one contemptuous modifier opening the clause before the name.
  if (/(?:^|[,.!?;。~])(?:臭|死|穷)$/.test(before) || (start === 1 && /^[臭死穷]/.test(text))) return true;
  return EPITHET_SUBJECT.test(before);
}

/** A burst of four or more question or exclamation marks, or an interjection drawn out (付啊啊啊):
 *  shouting. Cheering (到货啦！！！！) is shouting too, so only a burst on a demand nags. */
const FLOOD = /[?!]{4,}|([啊呀啦哇])\1{2,}/g;
const DRAWN_OUT_ANY = /([啊呀啦哇])\1{2,}/;
/** The demand a burst is shouted on: the buyer pressed to pay, confirm, reply, order, review or
 *  fill something in (还不确认收货, 到底填没填, 什么时候补, 快点回我, 别拖了, 人呢). 快来抢 / 快来拍
 *  of a promotion invites everyone and is no demand on this buyer. */
const FLOOD_DEMAND = /(?:还不|还没|怎么还|咋还|到底|快点|快些|赶紧|赶快|马上|立刻|立即|什么时候|啥时候|几时)[^,.;。!?]{0,6}?(?:付|确认|回|下单|拍|评|补|填|签收|收货|改|删)|快(?:付|确认|回|下单|拍下|评)|别(?:再)?(?:拖|磨蹭|墨迹)|人呢|在吗|在不在/;

function reportFlood(text: string, report: Report): void {
  FLOOD.lastIndex = 0;
  for (let m = FLOOD.exec(text); m !== null; m = FLOOD.exec(text)) {
    const burstEnd = m.index + m[0].length;
    // The clause the burst closes, and what follows it up to the next sentence end.
    const a = sentenceStart(text, m.index, 24);
    const b = sentenceEnd(text, burstEnd, 10);
    const demand = FLOOD_DEMAND.exec(text.slice(a, b));
    if (demand === null) continue;
    const start = Math.min(a + demand.index, m.index);
    for (let k = 0; k < spans.length; k += 2) if (start < spans[k + 1] && burstEnd > spans[k]) return;
    report({ start, end: Math.max(burstEnd, a + demand.index + demand[0].length), messageId: 'pushy', suggestion: '喜欢的话可以早点下单哦' });
    FLOOD.lastIndex = 0;
    return;
  }
}

/** What a clause said three times must carry to press the buyer: an urge, a question, a call for
 *  an answer, or a refusal (快点付款！×3, 在吗？×3, 不退！×3). An answer cheered three times (必须有！
 *  必须有！必须有！, 好的好的好的) is enthusiasm, not nagging. */
const PRESSING_CLAUSE = /快|赶|付|拍|买|下单|在|回|理|催|急|吗|么|嘛|\?|不|没|别|滚|退|评|还/;
function repeatPresses(text: string, start: number, end: number): boolean {
  return PRESSING_CLAUSE.test(text.slice(start, end));
}

/** The same urging phrase (3–10 characters) three times anywhere in a short message, whatever
 *  greets it (早上好～还付款吗？中午好～还付款吗？…, 亲您还没付款哦⏰ ×3). */
/** What a repeated phrase must ask of the buyer to nag (a promotion repeating 买就送 does not). */
const NAG_UNIT = /付款|付钱|还付|不付|在吗|在不在|回复|回一下|回个|下单了?吗|理我|催|提醒|购物车|确认收货/;
/** NAG_UNIT has no lookaround, anchor or word boundary, so a match inside a phrase is a match
 *  inside any text holding the phrase. */
const NAG_UNIT_CONTEXT_FREE = !/\(\?<?[=!]|[$^]|\\[bB]/.test(NAG_UNIT.source);

function reportRepeatedPhrase(text: string, report: Report): void {
  const n = text.length;
  if (n < 9 || n > 400) return;
  // Where a phrase can start: an urging character in its first three, and its first three
  // characters found twice more further on (a phrase three times has its start three times).
  // Worked out once per position instead of once per length, with two indexOf calls instead of
  // a slice and a regex test each: this loop had made the whole rule five times slower.
  // A phrase that NAG_UNIT matches is part of the text, so NAG_UNIT matches the text too (half of
  // all texts have no such word) — as long as the pattern looks at nothing around its match.
  if (NAG_UNIT_CONTEXT_FREE && !NAG_UNIT.test(text)) return;
  let starts: Uint8Array | undefined;
  // next: the first urging character at or after i (one lookup per position, not three).
  let next = -1;
  for (let i = 0; i + 9 <= n; i++) {
    if (next < i) {
      next = i;
      while (next < n && URGING_START[text.charCodeAt(next)] === 0) next++;
    }
    if (next > i + 2) {
      i = next - 3;
      continue;
    }
    const head = text.slice(i, i + 3);
    const second = text.indexOf(head, i + 3);
    if (second < 0 || text.indexOf(head, second + 3) < 0) continue;
    (starts ??= new Uint8Array(n))[i] = 1;
  }
  if (starts === undefined) return;
  for (let len = 10; len >= 3; len--) {
    for (let i = 0; i + 3 * len <= n; i++) {
      if (starts[i] === 0) continue;
      const unit = text.slice(i, i + len);
      if (!NAG_UNIT.test(unit) || /[,.!?;。]/.test(unit)) continue;
      let count = 1;
      let last = i + len;
      for (let j = text.indexOf(unit, last); j >= 0; j = text.indexOf(unit, j + len)) {
        count++;
        last = j + len;
      }
      if (count >= REPEATS) {
        report({ start: i, end: last, messageId: 'repeated', suggestion: '' });
        return;
      }
    }
  }
}

/** 亲 opening a clause again and again around urging (亲～还没付款哦～亲～快付款哦～亲～在吗～): each
 *  call is worded differently, so no phrase repeats, but the message is a string of pings. */
/** What may stand right before an address that opens a clause (start, punctuation, a particle). */
const ADDRESS_START = new Uint8Array(0x10000);
for (const ch of ',.!?;。~哦吗呢啊呀了啦') ADDRESS_START[ch.charCodeAt(0)] = 1;
/** 亲 inside a word (亲爱, 亲自, 亲测, 亲子 …) is no address. */
const NOT_ADDRESS_AFTER = new Uint8Array(0x10000);
for (const ch of '爱自测手身人友情子肤切近密戚属民和口吻临笔眼') NOT_ADDRESS_AFTER[ch.charCodeAt(0)] = 1;
/** Urging, not a statement about payment (已付款, 付款后48小时发货 do not count). */
const URGE_TOKEN = /(?:还没|还不|快|再不|赶紧|尽快|记得)(?:付|拍|下单)|在吗|在不在|回(?:复)?(?:一下|个话)|付不付|拍不拍|要不要|(?:怎么|咋)不(?:回|说话|理)|考虑好了(?:吗|没)|看到(?:了吗|没)|人呢/g;
const ADDRESSES = 3;

/** Words a shop calls the buyer by (亲, 宝子 …). */
const ADDRESS = /^(?:亲亲?|宝子|宝宝|宝贝)/;

function reportRepeatedAddress(text: string, report: Report): void {
  if (text.length > 160) return;
  // Most texts hold no address three times: a few indexOf calls decide.
  if (countUpTo(text, '亲', ADDRESSES) + countUpTo(text, '宝', ADDRESSES) < ADDRESSES) return;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '亲' && c !== '宝') continue;
    if (i > 0 && ADDRESS_START[text.charCodeAt(i - 1)] === 0) continue;
    const m = ADDRESS.exec(text.slice(i, i + 3));
    if (m === null) continue;
    const j = i + m[0].length;
    if (j < text.length && NOT_ADDRESS_AFTER[text.charCodeAt(j)] === 1) continue;
    if (first < 0) first = i;
    last = j;
    count++;
    i = j - 1;
  }
  if (count < ADDRESSES) return;
  const urges = text.match(URGE_TOKEN);
  if (urges === null || urges.length < 2) return;
  report({ start: first, end: last, messageId: 'repeated', suggestion: '' });
}

/** Asking whether the buyer is there or to answer, three times in one short message (在吗？看到回我一下～
 *  还在吗？): each ping is worded a little differently, so no phrase repeats. */
const PING = /(?:还)?在(?:吗|不在)|人呢|回(?:我|复我)(?:一下|一声)?|看到(?:了)?(?:吗|没|回)/g;
const PINGS = 3;
/** One ping, the same again right after it (only punctuation between). */
const PING_TWICE = /((?:还)?在(?:吗|不在|嘛)|人呢)[?!~,.]*\1(?![\u4e00-\u9fff])/;

function reportPings(text: string, report: Report): void {
  if (text.length > 120 || text.indexOf('在') < 0) return;
  const found = text.match(PING);
  if (found === null || found.length < PINGS) return;
  PING.lastIndex = 0;
  const first = PING.exec(text)!;
  let last = first;
  for (let m = PING.exec(text); m !== null; m = PING.exec(text)) last = m;
  PING.lastIndex = 0;
  const end = last.index + last[0].length;
  for (let k = 0; k < spans.length; k += 2) if (first.index < spans[k + 1] && end > spans[k]) return;
  report({ start: first.index, end, messageId: 'repeated', suggestion: '' });
}

function countUpTo(text: string, word: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0 && n < max; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** The same short urging clause three times in one message, with other clauses in between
 *  (下单啊！下单啊！还等什么！下单啊！), nags as much as three in a row. */
/** The longest clause reportScatteredRepeats counts. */
const SCATTERED_MAX = 8;
/** Hashes of the text's short clauses (2 to SCATTERED_MAX units), filled by check. */
const SHORT_CLAUSES = new Int32Array(64);

/** Whether some hash occurs three times among the first `count` of SHORT_CLAUSES. */
function sameHashThrice(count: number): boolean {
  for (let i = 0; i + 2 < count; i++) {
    let seen = 1;
    for (let j = i + 1; j < count && seen < REPEATS; j++) if (SHORT_CLAUSES[j] === SHORT_CLAUSES[i]) seen++;
    if (seen >= REPEATS) return true;
  }
  return false;
}

function reportScatteredRepeats(text: string, report: Report): void {
  const n = text.length;
  let seen: Map<string, { count: number; start: number }> | undefined;
  for (let a = 0; a <= n; ) {
    const b = clauseEnd(text, a);
    const len = b - a;
    if (len >= 2 && len <= SCATTERED_MAX) {
      const clause = text.slice(a, b);
      if (URGING.test(clause)) {
        seen ??= new Map();
        const entry = seen.get(clause);
        if (entry === undefined) seen.set(clause, { count: 1, start: a });
        else if (++entry.count === REPEATS) {
          report({ start: entry.start, end: b, messageId: 'repeated', suggestion: '' });
          return;
        }
      }
    }
    a = b + 1;
  }
}
