// Refusal scope: the stretch of a sentence that a warning or refusal governs (请勿添加私人联系方式,
// 谨防冒充客服让您扫码的人, 我们不会索要您的微信, 只在平台下单). Naming a banned act in order to
// refuse it is what a careful shop does, so a finding that lies wholly inside such a stretch is
// dropped by the engine — one mechanism for every content rule instead of a negation list per rule.
//
// A scope starts right after a refusal cue and ends at the end of its clause (a comma starts a
// new instruction: 不要去别家，加我微信abc123 still offers the contact). It ends early where the
// sentence turns (但/不过/而是/可以…), where the shop offers its own account (加我, 我的), and it
// does not exist at all when the negation is a condition (不加微信就发不了货, 不打差评的话运费我们承担):
// that demands the act. A finding that spells out an account (5+ letters or digits) is never a
// refusal: nobody needs the ID to refuse it.
import { clauseEnd, clauseStart, scan, sentenceAround, sentenceStart } from './context.js';
import type { NormalizedText } from './normalize.js';
import { DISHES, TERMS, TITLES } from './terms.gen.js';

/** Words that refuse or warn against what follows in their clause. */
const CUE = new RegExp(
  [
    // Prohibitions and warnings.
    '请勿|切勿|切莫|勿|谨防|提防|警惕|小心|当心|谨慎|防止|避免|严禁|禁止|拒绝|杜绝|千万(?:不要|别)',
    // "Do not believe / do not" addressed to the buyer.
    // 别 inside a word (识别, 区别, 告别) is no negation, nor is 别 as "other" (别家不卖的…,
    // 别人家, 别的店): what other shops do is not the shop's refusal.
    '(?:不要|(?<![识区告分离特级类派性个辨甄])别(?!家|的|人家|处|样|致|墅|具一格)|请不要|请别)(?:相信|轻信|信|理会|理睬|搭理)?',
    // The shop's own refusal: 我们从不, 本店不会, 绝不, 不支持, 不提供, 不接受, 没有, 无需.
    // The shop declines to word a claim (不敢说效果百分百, 不敢乱写国家级, 不喊最低价那一套): it names the
    // wording to disown it.
    '不敢(?:(?:跟|给|向|对|和)(?:您|你|大家|亲)(?:们)?)?(?:乱|随便|轻易)?(?:说|讲|写|标|打包票|保证|承诺|宣传|夸|吹|称)|(?:没资格|没有资格|不配|哪敢|哪好意思|不好意思)(?:说|讲|称|自称|写|标)(?:是|自己)?|(?<![要就有是])不(?:宣传|宣称|声称|承诺|标榜|夸大|鼓吹|喊|打出)',
    // The buyer's words quoted back (您说的加好友, 看到您问的二维码, 您是说…吗): the buyer asked, the shop answers.
    // 您提交, 您说明 are no quotes, and 跟您说, 给你讲 are the shop speaking to the buyer.
    // What the buyer wanted (您说想加微信, 您问要不要加群) opens the scope, so a finding that starts on 想/要 is in it.
    '(?<![跟和给对同向])(?:您|你)(?:刚才|刚刚|之前|前面|上次|那次|昨天|前天|前几天|早上|上午|下午|刚|当时)?(?:是|的意思是)?(?:说(?!明)|问|提到|讲|提的|提过)(?:的|过|了)?',
    // The shop does not sell it (我们不卖高仿, 本店从来不售…): said of the shop itself, since
    // 别家不卖的独家款 praises the shop's own goods.
    '(?<=(?:我们|本店|店里|咱家|我家|咱们|小店|我们家|我们店)(?:这边|这里|店里)?(?:从来|一直|绝对|也|都|是)*)不(?:卖|售|出售|销售|经营|代购|进货)',
    // Denying a description of the goods (不是什么独家设计, 并非进口, 算不上顶级), and 不是 when the
    // clause ends on 的 (不是开过光的, 不是特供的哦) — not as a question (这难道不是最好的？, 不是最好的吗).
    '不是什么|并不是|并非|算不上|谈不上|称不上',
    // Denied by its kind (不是那种高仿货, 并不是这类速效产品): what follows is the kind the goods are not.
    '(?<!难道|岂|是|可)不是(?:那种|这种|那类|这类|那些|那样的)',
    // 不是满绿的极品: the noun after 的 is part of what is denied.
    // 这款不是全网首发哈: a clause that ends on a sentence particle after what is denied, too.
    '(?<!难道|岂|难道说|是|可)不是(?=[^,.!?;。]{1,10}?(?:的[^,.!?;。吗么嘛]{0,6}|[哈哦呢啦喔哟噢])(?:[,.;。]|$))',
    // The shop does not say or speak of it (我们不说能辟邪, 不讲什么功效); 不讲理 and 不讲究 are other words.
    // A power, a rite or a guarantee denied right where it is named (手串不开光, 从不加持, 没有招财的
    // 说法, 黄金不保本, 我们不包过): the same words the rules take back (sensitive-topic DENIABLE,
    // absolute-claim NEGATED_CLAIM_BEFORE), shared so the learned second opinion sees them refused too.
    // A verb may stand between for a guarantee the shop does not run or make (不开保过班, 不承诺保本).
    // A condition (不开光就没用) opens no scope (CONDITION_AHEAD).
    '(?:从不|并不|也不|都不|并没有|也没有|没有|不|没)(?=(?:开|办|搞|做|卖|承诺|宣传)?(?:过|了)?(?:保过|包过|保本|保息|包治)|(?:开|kai)(?:过|了)?光|加持|辟邪|避邪|驱邪|保佑|招财|转运|算命|看相|风水|灵验|显灵|护身|镇宅|化煞|挡煞|消灾|挡灾|开运|保本|保息|保过|包过|包退|包治)',
    // A rhetorical 哪有 that denies the notion (护肤品哪有立刻见效的, 哪里有一吃就瘦的): what follows is
    // what the shop says does not exist. A comparison (哪有比这更便宜的, 哪有这么好的价) is the opposite:
    // nobody beats the shop, a claim.
    '(?:哪有|哪里有|哪儿有|哪来的?)(?=(?:(?!比|更|这么|这样|那么|这个价|这价|我们|本店|咱家|我家)[^,.!?;。]){1,14}?的(?:[啊呀呢哦嘛啦]{0,2})(?:[,.!?;。]|$))',
    // A rule that forbids it (平台不让发二维码, 规定不许写包过, 不得承诺收益); 不得不 insists instead.
    '不(?:让|许|准|得(?!不))',
    '(?<![说讲谈看得])不(?:说|讲|谈|看)(?![了完清定好出起究理话到见])',
    // A word held at a distance and disowned (所谓刚性兑付早就被禁止了, 所谓的负离子只是个名头) —
    // not 所谓的全网最低价就是我们家, which owns it.
    '所谓(?:的)?(?=[^.!?;。]{1,16}?(?:骗|假的|禁止|查处|取缔|叫停|不存在|噱头|没有|智商税|不可能|不靠谱|只是|不是|违法|违规|夸大|忽悠))',
    // A topic the shop declines to talk about (关于风水的问题我们不回答, 有关私下交易的事我们一律不接).
    '(?:关于|对于|至于|有关)(?=[^.!?;。]{1,16}?(?:我们|本店|这边|客服|小店)[^.!?;。]{0,6}?(?:不(?:回答|讨论|聊|谈|解答|接|做|提供|涉及|评论|方便|予)|无法回答|没法回答|无可奉告))',
    // What the goods cannot do (洗发水没法彻底根治, 不能保证百分百有效): the effect itself follows,
    // not an instruction (仍无法解决可添加… goes on to tell the buyer what to do).
    '(?:无法|没法|没办法|不可能)(?:跟|给|向|为|和|对)?(?:您|你)?(?=(?:彻底|完全|百分百|100%|真正|一次性|永久|根本|从根本上)?(?:根治|治愈|治好|治疗|去除|消除|祛除|逆转|保证|确保|承诺|做到|达到))',
    // 不方便 leaves its verb in the scope (我们不方便留电话: the finding 留电话 names the act refused).
    '从(?:来)?不|从(?:来)?没有?|(?:无法|没法|没办法)(?:为您|给您|帮您|向您)?(?:提供|给出|给|透露|告知|告诉|添加|加|留|发|用|以|拿)|(?:不方便)(?:为您|给您|帮您|向您)?(?=提供|给出|给|透露|告知|告诉|添加|加|留|发|用|以|拿)|绝(?:对)?不|决不|(?<![要就有是])不(?:会|能|可以?|允许|支持|提供|接受|需要|用|存在|涉及|参与|做|搞|加|添加|索要|要求|私下|建|拉|组建|开设|具备|具有|送|给|发|返|保证|收(?!到|货|件|藏|纳|获|益|入|缩|尾))|(?<![要就有是])不(?=刷(?:单|好评|评|销量|量))|(?<![有是])没有|无需|无须|不必',
    // No product of the kind can do it (没有哪款护肤品能保证不过敏, 没有任何一种面霜可以根治): the
    // shop denies the notion for the whole market, its own goods included.
    // A comparison (没有哪家比我们便宜, 没有任何一款赶得上这款) is the opposite: nobody beats the shop.
    '没有(?:哪|任何)(?:一)?(?:款|种|个|家|样)(?![^,.!?;。]{0,14}?(?:比|更|像|如|赶得上|比得上|超过|能跟|我们|本店|咱家|我家|这款|这个|我们家))',
    // What the shop cannot do, said with a potential complement (私信里发不了外链, 给不了专家意见,
    // 这个保证不了): the object that follows is what it cannot send, give or promise.
    '(?:发|加|给|留|提供|透露|告诉|做|办|开|接|收|卖|印|刻|写|说|讲|保证|承诺|打包票|答应|推荐)不了(?![吗么呢])',
    // …or with 不到 (做不到永不褪色, 达不到医用级别): what follows is what it cannot reach. What another
    // shop cannot do (别家做不到全网最低) is a boast about the shop, and 做不到的 names a feat.
    '(?<!(?:别家|别人|同行|他们|其他家|其他店|别的店|人家|对手|竞品)[^,.!?;。]{0,3})(?:做不到|达不到|办不到)(?![的吗么呢])',
    // A correction (这个不是祖传秘方，是正规厂家配的; 不是外链，而是商品卡片): what the first clause names is
    // what the goods are not, the next clause says what they are.
    '(?<!难道|岂|难道说|是|可)不是(?=[^,.!?;。]{1,16},(?:而|其实|实际上?|只|就|它|这|那)?是)',
    // Only on the platform: 只在平台下单, 仅通过小红书沟通, 认准本店.
    '(?:只|仅|只会|仅会|只能|仅能|一律)(?:在|通过|走|用)(?=平台|小红书|本店|店铺|官方|app|这里|站内)',
    // Impostors as the subject: 冒充客服让您…, 有人让您…, 陌生人要求…
    // 有其他人员通过电话联系您刷单: someone else reaching the buyer is the scam being asked about.
    '(?<impostor>冒充|假冒|仿冒|自称|骗子|陌生人|有人|任何人|第三方|其他人员?|外部人员)[^,.!?;。]{0,8}?(?:让|叫|要求|诱导|引导|骗|联系|找)(?:您|你)?',
  ].join('|'),
  'g',
);

/** Words of a scam the buyer is warned about or asked about (刷单, 中奖, 返利, 验证码, 解冻 …). */
const SCAM = /刷单|诈骗|骗|中奖|验证码|解冻|保证金/;

/** An accusation against the shop reported, then answered (有人说我们卖A货，这里说明一下：本店是授权
 *  经销; 网上有人传我们家是高仿，不是的): what 'they say' the shop does is the rumour being rebutted.
 *  The scope is the reported clause; a rebuttal must follow in the text. */
const ACCUSED = /(?:有人|有些人|有顾客|有买家|有宝子|有网友|网上有人|网上|外面有人|不少人|很多人)(?:在)?(?:说|讲|传|质疑|怀疑|以为|觉得|造谣说?)(?:我们|本店|咱家|我家|我们家|我们店|店里)(?:是|在|卖|的)?/g;
const REBUTTAL = /说明|澄清|辟谣|不是的|不是这样|并非|并不是|纯属|谣言|造谣|假消息|授权|正品|有证书|可以查|都能查|验货|放心/;

/** The clause around `index` (up to 40 characters each way). */
function clauseAt(text: string, index: number): string {
  return text.slice(clauseStart(text, index, 40), clauseEnd(text, index, 40));
}

/** Where the sentence turns from the refusal to an instruction or an offer: a contrast (不过, not
 *  不过敏/不过期), the shop's
 *  own account or shop (加我, 我们淘宝店), money sent to the shop (转我), or a condition (需要的话…)
 *  — run-on chat (请勿私下交易需要的话转我支付宝) has no comma to end the refusal. */
const TURN =
  /但|不过(?![敏期时关夜量瘾度])|而是|可是|只是|(?<![把将][^,.!?;。]{0,6})直接|请在|请到|欢迎|加我|加我们|联系我|找我|私聊我|私信我|我的|我们的|(?:转|打|付)(?:给|到)?我|扫我|搜我|私我|(?<![a-z])v我(?!们)|的话|我们家?(?:在|的)?(?:淘宝|天猫|拼多多|抖音|京东|闲鱼|微店|小程序|店|号|群|微信|qq)/g;

/** An aside or a confidence that opens new words with a colon (说个小秘密：, 悄悄告诉你：, 偷偷说:,
 *  划重点：): a scope ends where it begins. A colon after a refusal's own list (请勿添加：微信、QQ)
 *  opens no aside. */
const ASIDE = /(?:说|讲|告诉|透露|分享|提醒)(?:(?:您|你|大家|亲|一下)?(?:个|一个|件|点)?[\u4e00-\u9fff]{0,4}?)?[:：]|(?:偷偷|悄悄|私下里?|小声|划重点|重点来了|敲黑板|小秘密|秘密)[\u4e00-\u9fff]{0,4}?[:：]/g;

/** The buyer's question echoed before the answer refuses it (转账？不用的, 小程序？我们没有小程序哦). */
const ECHO = /(?:^|[.!?;。\n])([^,.!?;。\n]{1,10}?)(?:\?+|(?:干嘛|干什么|做什么)[呀啊呢]?\?*)(?=(?:(?:哈哈|呵呵|嘿嘿|嗯|呃|额|哎|诶|亲)+[,]?)?(?:我们|本店|咱们|这边|亲)?(?:这(?:里|边)?)?(?:不用|不需要|没有|没|不|无需)|[\u4e00-\u9fff]{1,4}不了(?![吗么呢])|(?:这个|这种|这点|这|那个|那)?(?:我们|本店|咱们|这边|小店|咱家|我)?(?:真的?|可|实在|确实|还真|也|是)*(?:不敢|保证不了|承诺不了|做不到|达不到|给不了|(?:没法|没办法|不能|无法)(?:保证|承诺|打包票|这么说)|不好说|说不好|不一定|谈不上|算不上|称不上|并不是|并没有))/dg;

/** What the buyer may come across, then told not to buy or believe (遇到说是我们家高仿的千万别买,
 *  看到自称客服让您加好友的别理), or those who say or do it, then a warning (有说能包过的，建议您
 *  谨慎; 那些号称特效的请当心): the object of the warning comes before it. */
const MET_THEN_WARNED = /(?:遇到|碰到|看到|发现|凡是)([^,.!?;。]{1,18}?)(?:的话?)?[,]?(?=(?:请|千万|一定|都)?(?:别|不要|勿|谨慎)(?:买|信|相信|理|理会|下单|拍|上当|付款|转账|加|碰)|(?:请|可以|要)?(?:直接|及时|马上|立即|赶紧|最好)?(?:举报|投诉|报警|远离|绕道|绕开|拉黑))|(?<=^|[,.!?;。]|(?:外面|网上|市面上)?(?:有|那些|有些|凡是))([^,.!?;。]{1,14}?)的(?:机构|商家|店家?|人|老师|课|[\u4e00-\u9fff]{0,3}(?:产品|东西|商品|货|广告|宣传))?[,]?(?=(?:建议(?:您|你|大家)?|请|千万|一定|都)(?:谨慎|慎重|当心|小心|远离|绕道|(?:别|不要)(?:轻易?)?(?:相)?信)|(?:千万|一定|都|请)?(?:别|不要)(?:乱|随便|轻易)(?:买|信|用|吃|碰|下单))/dg;

/** Another party's turn quoted in a reply (…做出评价。商家:已经给你五星好评了, …。买家:能便宜点吗):
 *  a chat log pasted with its speaker labels, or the buyer's message quoted back. What follows the
 *  label, to the end of its sentence, is that party's words, not the shop's. Only a label after a
 *  sentence end: a reply that opens with 商家: labels the shop's own words. */
const SPEAKER = '(?:商家|买家|顾客|用户|客户|客人|卖家|店家|老板)';
const SPEAKER_TURN = new RegExp(`(?<=[.!?;。]\\s*)${SPEAKER}[:][^.!?;。\\n]+`, 'g');
/** A finding that spans a turn label pairs words of two speakers (评价。商家:…五星好评). */
const SPEAKER_LABEL = new RegExp(`[.!?;。！？；]\\s*${SPEAKER}[:：]`);

/** An indirect question under a verb of finding out (要检查才能确定是否有疗效, 需要鉴定一下是不是
 *  高仿, 我们查一下有没有违规): whether it is so is what is being found out — nothing is asserted.
 *  The scope is the whether-clause up to its clause end. A direct question (是不是全网最低？) is no
 *  such clause; the buyer's own echo has its own scope above. */
const WHETHER = /是否|是不是|有没有|能否|会不会|能不能|属不属于|算不算/;
const INDIRECT_QUESTION = new RegExp(
  `(?<=(?:确定|判断|判定|确认|核实|核查|查证|鉴定|检测|检查|评估|知道|了解|清楚|取决于|要看|得看|需要看|看看|查看|查一下|看一下|鉴别|分辨|辨别|区分)(?:一下|下)?(?:[\\u4e00-\\u9fff]{1,8}?)?)(?:${WHETHER.source})[^,.!?;。]{1,16}`,
  'g',
);

/** The buyer's or the buyer's child's own achievement, congratulated (宝贝拿了全市第一，恭喜; 恭喜您家孩子
 *  考上了重点中学): the ranking is the person's, said to cheer them — not the goods'. Only in a sentence
 *  that congratulates, and never where the goods or the shop are credited for it (用了我们的练习册,
 *  多亏这套课): that is a testimonial claim. */
const CHILD = '(?:孩子|宝贝|宝宝|小朋友|儿子|女儿|闺女|小孩|娃)';
const WON = '(?:这次|这回|今年)?(?:拿了|考了|得了|获得了?|拿到了?|荣获了?|考上了?|评上了?|当选了?)([^,.!?;。]{1,12})';
const CONGRATULATED = new RegExp(`(?:您|你)(?:们)?(?:家)?(?:的)?${CHILD}?${WON}|(?<![我们家店])${CHILD}${WON}`, 'dg');
const CHEERED = /恭喜|祝贺|贺喜|太棒了|真棒|好厉害|了不起/;
const CREDITED = /用了|用的|靠|多亏|幸亏|全靠|归功|得益于|因为|自从|我们|本店|咱家|我家|这款|这套|这本|课程|练习册|教材|产品/;

/** Someone else's question reported, then answered no (有宝子问我们在淘宝有没有店，没有哦): the
 *  question is the buyers', and the shop's words are the denial — the shop's own wording inside it
 *  (我们在淘宝) does not turn it into an offer. */
const QUESTION_REPORTED = /(?:有(?:宝子|宝宝|顾客|客人|买家|人|朋友|姐妹|亲|小伙伴)们?|(?<![是就也都])(?:宝子|宝宝|顾客|客人|买家|姐妹|小伙伴|您|你)们?(?:刚才|之前|前面)?|很多人|好多人|不少人|经常有人|总有人)(?:会|在|来)?(?:私信|留言|评论)?(?:问|问过|问到|问我们|咨询)([^.!?;。]{0,20}?(?:有没有|是不是|是否|算不算|能不能|能否|可不可以|会不会|吗|么)[^,.!?;。]{0,14})[,.?]*(?=(?:说实话|老实说|实话说|答案是|回答是|统一回复[:]?)?(?:这个|这点|这)?(?:我们|这边|其实|本店)?(?:并|当然|肯定|真的?|还真|确实)?(?:没有|没|不是|不能|不可以|不会|不行|不))/dg;

/** After the match: the sentence disowns it (…都是骗子, …不是我们, …均为假冒, 谨防上当, …是别家的活动,
 *  …是别的博主写的, …是网友传的). */
const DISOWNED_AFTER = /^[^.!?;。！？；\n]{0,16}?(?:都是骗子|是骗子|是诈骗|是假的|都是假的|均为假冒|是假冒|不是我们|不是本店|的(?:人|号)?都不是(?:官方|我们)(?:的|客服|人员|账号)?(?=[,.!?;。，！？；~～\s]|$)|非本店|非官方|谨防上当|别上当|不要上当|是(?:别家|别的店|其他店|其他家|别人家|别的(?:博主|商家|主播|达人|网友|平台|号)|其他(?:博主|商家|主播|达人|网友|平台)|(?:有些|一些)?(?:博主|网友|达人|主播|营销号|自媒体))(?:们)?(?:自己)?(?:写|说|发|标|挂|宣传|打|编|传|乱写|乱说|瞎写|瞎编)?的|是(?:顾客|买家|客人|网友|粉丝|用户|别人|其他人)(?:们)?(?:自己)?(?:拍|发|写|做|传|剪|录)的|是(?:他们|她们|人家|别家|别人|对方|同行)(?:自己|家)?的(?:做法|规矩|活动|事|政策|玩法|套路|说法|规定)(?![,，]?(?:我们|本店|咱家|我家|小店)(?:也|同样|一样|照样))|是(?:您|你)(?:之前|以前)?在(?:别的地方|别处|其他地方|外面|网上|别家|别的(?:店|平台|app|软件))(?:看到|看见|刷到|买到?|收到|听说|搜到)的)/;
/** After the match: the shop refuses it in a clause of its own (二维码我们不发的哈, 高仿本店不卖,
 *  微信我们这边不加哦). The refusal must end its clause: 二维码我们不发这里，私信你 does not refuse. */
const REFUSED_AFTER =
  /^[^.!?;。！？；\n]{0,14}?(?:我们|本店|店里|咱家|我家|我们店|我们家|小店|咱们)(?:这边|这里|店里|客服)?(?:从来|一直|绝对|也|都|是|暂时|一律|一概)*(?:(?:不|没有?|不会|不能|无法|没法|没办法)(?:卖|售|出售|销售|经营|代购|发|提供|加|添加|给|做|接受|支持|收|留|碰|建|开|接|印|刻|绣|写|画|定制|印制|制作|提|要|索要|要求|(?:宣传|宣称|标榜|承诺|夸)(?:任何|什么)?(?:功效|疗效|效果|作用|功能)?)|拒收|拒绝|谢绝|没有(?:这种|这类|这个|这样的|此类)?(?:活动|服务|业务|玩法|东西)?|没)(?:的|哦|哈|呢|啦|了|喔|呀|哟|噢)*(?=[,.!?;。，！？；~～\s]|$)/;
/** After the match, in its sentence: what it is (属于药品, 是处方药, 算仿品), then the shop saying it does
 *  not sell that kind (速效救心丸属于药品，我们店不卖药; 这种算仿品，本店不卖仿品): the word names goods the
 *  shop does not carry. The kind refused must be the kind named (its first character) or pointed back
 *  at (这类, 这种). */
const KIND_REFUSED_AFTER =
  /^[^,.!?;。，！？；\n]{0,8}?(?:属于|是|算|归为|归于)(?:[^,.!?;。，！？；\n]{0,4}?的)?([\u4e00-\u9fff])[\u4e00-\u9fff]{0,3}?(?:类)?(?:哦|哈|呢|啦|的)*[,，](?:所以|因此|而)?(?:我们|本店|小店|咱家|店里|我们店|我们家)(?:店|这边|店里)?(?:是|也|都|暂时|从来|一直|一律)*(?:不|没有?|从不)(?:卖|售|出售|销售|经营|上架|代购)(?:\1|这类|这种|此类|这些)/;
/** After the match, ending its clause: the thing named is not allowed (加好友这个不可以哦, 私下交易是不行
 *  的) or the buyer is told not to do it (陌生人发的链接别点, 这种码千万不要扫). A condition (不行的话…)
 *  or a question (不可以吗) does not end the clause this way and stays out. */
const NOT_ALLOWED_AFTER =
  /^[^,.!?;。，！？；\n]{0,6}?(?:这个|这种|这样|这些|那个|那种)?(?:是|真的|确实|也|都|绝对|肯定|可)*(?:(?:不可以|不行|不允许|不被允许|不能)(?:的)?|(?:千万|一定|请)?(?:别|不要|勿|切勿)(?:随便|乱|轻易)?(?:点|扫|加|信|理|回|打开|点开|转|付|添加|搜|复制))(?:的|哦|哈|呢|啦|了|喔|呀|哟|噢)*(?=[,.!?;。，！？；~～\s]|$)/;
/** After the match: refused outright without a subject (高仿一律拒收, 私下交易坚决不接), or goods a
 *  recycling or consignment desk turns away (山寨机不回收, 仿品拒收). */
const REFUSED_OUTRIGHT_AFTER = /^[^,.!?;。，！？；\n]{0,4}?(?:(?:一律|一概|坚决|统统|全部|概不)(?:拒收|拒绝|谢绝|不收|不卖|不接|不做|不碰|不支持|不提供)|拒收|(?:不|不予|恕不|无法|不能)(?:回收|收购|寄卖|寄售))/;
/** After the match: a question about it the shop cannot answer (风水方面的问题我们回答不了). */
const UNANSWERED_AFTER = /^[^,.!?;。，！？；\n]{0,8}?(?:我们|本店|这边|客服|小店)(?:这边|真的?|实在|确实|也|都|是)*(?:回答不了|答不了|不回答|不解答|不讨论|没法回答|无法回答|不方便回答|解答不了)/;

/** After the match, in its own clause or the next one opening on 那/这 that points back at it: the
 *  shop calls it untrue (网上说能治失眠的都是夸大, 有人说能治颈椎病，那都是夸大, 稳赚不赔那种都是骗人的,
 *  说能根除的都不靠谱, 永久脱毛是做不到的). About the wording itself: 全网最低价，别家都是骗人的
 *  (another clause) and 最低价别家都是忽悠 (other shops named between) keep the claim. */
const UNTRUE_AFTER =
  /^(?:(?!别|其他|他们|人家|同行)[^,.!?;。，！？；\n]){0,10}?(?:[,，](?:那|这)(?:些|种|话|个)?)?(?:(?:都是|全是|纯属|就是|都属于|属于|(?<![不没])是)(?:在)?(?:夸大|夸张|骗人|忽悠|谣言|虚假宣传|瞎说|乱说|胡说|噱头|智商税|假的|坑人|违规|违法|不合规|不合法|口误|笔误|错误(?:的)?(?:描述|说法|表述|宣传|信息|文案)?|写错了?|说错了?|有误|不对|不正确|不科学|错的|误区|误解|误传|割韭菜|骗局|骗钱|坑钱|圈钱)|(?:都|全|根本|完全)(?:不靠谱|不可信|不现实|不可能|没有依据|没依据)|(?:是|都是)(?:做不到|达不到|不可能|不现实|不存在)的)/;

/** After the match, in its own clause: the act is not needed (加群就不用啦, 私下联系没必要哈, 定金不需要) —
 *  the shop waves off what the buyer offered. 就不用说了 (needless to say) insists instead. */
const NOT_NEEDED_AFTER = /^(?:的话)?(?:就|倒|真|也|都|是)*(?:不用|不需要|不必|没必要|用不着|免了)(?![说讲提多])(?:[了啦哦哈的呢喔呀噢])*(?=[,.!?;。，！？；~～\s]|$)/;
/** After the match, in its clause: what happens to a buyer who does it (私下交易没保障, 平台外交易出了
 *  问题没人能保障您, 转账给陌生人容易被骗) — a warning, not an offer. */
const RISK_AFTER = /^[^,.!?;。，！？；\n]{0,12}?(?:没有?(?:任何)?(?:平台)?(?:的)?保障|得不到(?:任何)?保障|没(?:有)?人(?:能|会)?(?:给您|给你)?(?:保障|负责|管)|不受(?:平台)?(?:的)?(?:保护|保障)|(?<!没有?|无)(?:风险(?:很|太|非常)?大|有风险)|容易(?:被骗|上当|受骗)|不安全)/;

/** After the match, in its own clause: the shop says it cannot do it (全网最低我们做不到, 百分百有效
 *  我们保证不了) — an honest limit, not a promise. */
const INCAPABLE_AFTER =
  /^[^,.!?;。，！？；\n]{0,8}?(?:(?:[,，?？]+(?:这个|这点|这种|这|那个))?(?:我们|本店|店里|咱家|我家|小店|咱们|这边)|[,，?？]+(?:这个|这点|这种|这|那个))(?:这边|真的?|实在|确实|也|都|可|是)*(?:(?:做不到|达不到|给不了)(?![更再比])|没办法(?:[哦哈呢啦的]|$|[,，。!！]|加|做|弄|操作)|办不到|保证不了|承诺不了|不敢(?:说|保证|承诺|写|讲|打包票|(?=[,，。!！~～]|$))|不能(?:说|保证|承诺|写))/;

/** Around the match: the designation or practice is history — abolished, withdrawn or no longer
 *  allowed (国家免检2008年就取消了, 以前印过驰名商标，后来广告法不让用了, 吊牌上的特供是十几年前的
 *  事了, 取消了免检以后…). Telling a fact about the past makes no claim about the goods; a past
 *  marker is required, so a deadline ahead (明天就取消) is not history. Other shops in between
 *  (别家早就取消了) keep the claim. */
const HISTORY =
  '(?:(?:已经|已|早就|早已|后来|之后|[0-9]{2,4}年(?:就|已经|起|以后|后)?|多年前|前几年|很多年前|十几年前|几年前)(?:都|也)?(?:被)?(?:国家|官方|广告法|法规|规定|政策|新规|市场监管局?|工商)?(?:明令|明文|明确)?(?:取消|废止|废除|撤销|叫停|停止(?:评选|评定|使用|发放)?|停了|停评|停发|禁止使用|禁用|不让(?:用|写|印|标)|不许(?:用|写|印|标)|不能(?:用|写|印|标)了|不再(?:评|评选|用|使用|发|发放|标)|没有了|去掉了|改掉了|结束了|过期了|到期了|不存在了|关了|关掉了|关闭了|注销了|不开了|不做了)|(?:是|都是)(?:老早|很久|好久|早年|当年|过去|[^,.!?;。，！？；]{1,6}年)?(?:以前|之前|前)?的(?:事|说法|叫法)|成为历史|是过去式)';
const HISTORY_AFTER = new RegExp(`^(?:(?!别|其他|他们|人家|同行)[^.!?;。！？；\n]){0,22}?${HISTORY}`);
const HISTORY_BEFORE = /(?:已经|早就|早已|后来|[0-9]{2,4}年(?:就|起)?)(?:国家|官方|就)?(?:取消|废止|废除|撤销|叫停)(?:了)?(?:这个|那个|所谓的?)?$/;

/** After the match: a term asked about, then the shop saying it does not know it (精仿是什么意思我们也
 *  不清楚, 超A的眼影盘是什么我们不知道) — the shop does not deal in what it cannot even name. */
const UNKNOWN_TERM_AFTER =
  /^[^,.!?;。，！？；\n]{0,6}?是(?:什么|啥)(?:意思|东西)?[?？,，]?(?:我们|本店|这边|小店|客服|我)(?:这边|这里|也|真的|确实|都|是)*(?:不清楚|不知道|不懂|不了解|没听说过?|没听过)/;

/** After the match: the wording itself, or a demonstrative for the kind of thing, then the shop saying
 *  it does not use, do or accept it (巨星同款的说法我们不用, 秘方这个词我们从来不写, 复制口令这种我们不用,
 *  特效药的说法我们不认可, 独家配方之类的我们不敢乱写); the rest of a compound may stand between.
 *  A wording noun or a demonstrative is needed: 顶级面料我们不用别的 is no refusal. */
const WORDING_REFUSED_AFTER =
  /^[\u4e00-\u9fff]{0,3}?(?:(?:的|这个|这种|这类|之类的?)?(?:说法|字眼|用语|词语?|叫法|宣传语|广告语|措辞)|(?:这|那)?(?:几|[两三四五2-5])个字|[二三四]字|(?:这种|这类|那种|之类的?|什么的)(?:东西|方式|做法)?)[,，]?(?:(?:我们|本店|咱家|我家|小店|咱们|这边)(?:这边|从来|一直|都|也|是)*(?:不|不会|没|没有|从不|从来不|不敢)(?:乱|随便|轻易)?(?:用|说|写|讲|提|宣传|标|做|搞|这么说|这样说|这么写|这样写|认可|认同|赞同|承认|采用|依据|根据|证据)|(?:广告法|平台|规定|法规|新规|官方|上面)?(?:这边|现在|是|都|也|明确)*(?:不让|不许|不准|禁止|不允许|不能|严禁)(?:我们)?(?:乱|随便)?(?:用|说|写|讲|提|宣传|标|打|出现))/;

/** After the match, in the next clause: the shop says it cannot promise or say it so (理解您想要
 *  全网最低价，但我们没法这么承诺; 包过？这个不能这样保证) — 这么/这样 points back at the words just
 *  named. Other shops as the subject (别家不敢这么说) disown nothing of the shop's. */
const POINTED_BACK_AFTER =
  /^[^,.!?;。，！？；\n]{0,12}?[,，?？]\s*(?:但是?|不过|可是|只是)?(?:这个|这点)?(?:我们|本店|这边|咱家|小店|我)?(?:这边)?(?:真的?|实在|确实|也|都|是|可)*(?:没法|没办法|不能|不敢|无法|不会|不可以|做不到|不好)(?:这么|这样|如此)(?:承诺|保证|说|写|讲|宣传|标|打包票|夸|答应)/;
/** After the match, in the rest of its sentence or the next: the shop says it has no proof for it
 *  (抗菌这个我们没有检测报告, …我们这款没有非遗认证, 国家级我们拿不出证书) — the word is named to
 *  disown it. Other shops as the subject (别家没有认证) disown nothing of the shop's. */
const NO_PROOF_AFTER =
  /^(?:(?!别|其他|他们|人家|同行|外面)[^\n]){0,30}?(?:(?:没有|没|并无|拿不出|提供不了)(?:任何|相关|相应|对应|这个|这方面的?|这类|此类|官方|正规)?(?:的)?[\u4e00-\u9fff]{0,4}?(?:检测报告|检验报告|质检报告|报告|证书|认证|资质|证明|依据|批文|注册证|备案)|(?:没有|没|并没有|从没|从来没)(?:做|送|测|拿去)(?:过)?(?:任何|相关|专门|专业|第三方)?(?:的)?(?:检测|测试|检验|实验|试验|临床))/;
/** After the match: the goods of that kind are not carried (生发类的产品没有哦, 特效的款我们不卖) —
 *  the word names a category the shop does not sell. The clause must end on the denial. */
const GOODS_ABSENT_AFTER =
  /^(?:类|系列|型)?(?:的)?(?:产品|商品|东西|货|款式?)(?:我们|本店|店里|这边|咱家|小店)?(?:这边|店里)?(?:暂时|目前|也|都|是|还|一直)*(?:没有|没得|没货|不卖|不做|不售)(?:的|哦|哈|呢|啦|了|喔|呀|哟|噢)*(?=[,.!?;。，！？；~～\s]|$)/;

/** After the match, in its own clause: the shop declines the title or the praise (祖传手艺不敢当,
 *  老字号谈不上, 专家称不上, 最好的不敢说) — modesty names the word to disown it. Same clause only:
 *  最好的，别家谈不上 still claims. */
const DECLINED_AFTER = /^[^,.!?;。，！？；\n]{0,6}?(?:愧不敢当|不敢当|担不起|当不起|谈不上|称不上|算不上|说不上|不敢称|不敢自称|不敢说|不敢讲|不敢保证|不敢打包票)/;

/** A clause that denies a notion exists (减重没有永不反弹这回事, 哪有一用就好这种事, 不存在包过
 *  一说): the whole clause, its topic included, is the notion the shop rejects — an honest limit,
 *  the opposite of the claim. The denial must close on a word for a notion (这回事, 一说, 说法). */
const NOTION_DENIED =
  /(?<=^|[,.!?;。\n])[^,.!?;。\n]{0,12}?(?:没有|哪有|哪里有|哪来的?|不存在|并没有|没)[^,.!?;。\n]{1,16}?(?:这回事|这种事|这样的事|这一说|一说|这个说法|这种说法|的说法|这么一说|这种东西|这种好事)/g;

/** A label held at a distance (打着国家级的旗号, 挂着特供的名头, 冒用医院的名义): what stands between
 *  the verb and 旗号/幌子/名头/名义 is the label someone trades on, never the shop's own claim. */
const BANNER = /(?:打着?|打出|挂着?|借着?|顶着?|冒用|冒充|盗用|假借)([^,.!?;。]{1,10}?)(?:的)?(?:旗号|幌子|名头|名义|噱头)/dg;

/** A relation denied (和考试命题人没有任何关系, 跟特供渠道不沾边, 与国家机关无关): what stands between
 *  和/跟/与 and the denial is what the goods have nothing to do with. */
const RELATION_DENIED = /(?:和|跟|与|同)([^,.!?;。]{1,16}?)(?:都|也|并|完全|根本|可)?(?:没有?(?:任何|半点|一点|什么)?(?:关系|关联|瓜葛)|没啥关系|毫无关系|毫不相干|无关|不相关|不沾边|扯不上(?:关系|边)?|挨不上边?|不搭边)/dg;

/** Hearsay about a cure — what the internet, folk wisdom or a home remedy says (网上说, 民间说法,
 *  老人说, 偏方, 土方子) — and, later in the same sentence, the shop debunking it or sending the buyer
 *  to a doctor (不要信, 没有科学依据, 不靠谱, 会耽误病情, 请遵医嘱, 还是去医院). Warning a buyer off a
 *  folk remedy names the cure claim in order to refute it: the stretch from the hearsay to the
 *  debunk is a refusal scope. A remedy the shop owns (我们的偏方, 祖传秘方, 独家土方) is no hearsay. */
const HEARSAY = /(?<!我们|我家|咱家|本店|祖传|独家|家传|自家|的)(?:网上|网传|网络上|民间|老一辈|老人(?:家)?|长辈|听说|有人说|据说|传言|传说|偏方|土方子?|民间方子|小妙招|老方子)/g;
const DEBUNK = /(?:我们|本店|咱家|我家)(?:从来|从|也|都)*(?:没|没有|不)(?:这么|这样)(?:说|讲|写|宣传)|(?<=[,.!?;。]|^)(?:真|其实|并|根本|当然|肯定|那)不是(?:的|哦|啦|呢)?(?=[,.!?;。]|$)|不要信|别信|不能信|不可信|信不得|不要相信|别相信|不靠谱|不科学|没有(?:任何)?(?:科学)?(?:依据|根据)|没依据|是谣言|是误区|是误传|不可取|不建议(?:尝试|使用|用)?|耽误(?:病情|治疗)|延误(?:病情|治疗)|遵医嘱|(?:及时|尽早|还是要|还是得|最好|请|要)(?:就医|去医院|看医生|看皮肤科|看专科)|有风险|很危险|伤身/g;

/** Names and terms that hold a list word in another sense (lexicon/names/terms.yaml): a technical
 *  term or a dish (永久性染发剂, 绝对零度, 至尊比萨) wherever it stands, a work's title (极品飞车,
 *  最强大脑) where the sentence talks about a work — a title may read as an ordinary phrase. */
const NAMED_TERM = new RegExp(`${TERMS}|${DISHES}|(?<title>${TITLES})`, 'g');
const WORK = /激活码|兑换码|拼图|积木|主题曲|台词|原著|剧本|游戏|电影|影片|剧|节目|综艺|动漫|动画|漫画|小说|周边|手办|同款|海报|cos|联名|授权|正版|角色|皮肤|主题|原声|蓝光|光碟|光盘|碟片|卡带|dvd|卡牌|公仔|模型|车模|挂件|玩具|道具|团建|拓展|片子|第[一二三四五六七八九十0-9]+(?:季|集|部|代)/;

/** A spelled-out account: letters/digits long enough to be an ID or a number. */
const ACCOUNT = /[a-z0-9_]{5,}/i;

// 了 as an aspect marker before what follows from it (说吃了就能根治的, 用了以后) is no sentence end.
const PARTICLE = /[哦呢吧啊呀哈嘛啦喔吗]|了(?!就|才|便|以后|之后|后|再|也|还|都|能|会|可以|立刻|马上|立马|一)/;
const SCOPE_MAX = 18;

/** Cues that are a bare 不/没: only these can open a condition (不加微信就…). */
const BARE_NEGATION = /^(?:不|没)/;
const CONDITION_AHEAD = /^[^,.!?;。]{0,6}?(?:就|才|的话|否则|不然)/;

/** Between two refused clauses: only punctuation and a joining word (不会要求您好评，也不会给好评返现;
 *  不加微信、也不留电话). The second cue follows it. */
const JOINED_REFUSALS = /^[,、;\s]*(?:也|又|还|更|并且|而且|同时|以及|和|或者?)?$/;
/** A cue that denies that something exists or is so (没有之一, 没有比这更低, 不是…的) is part of many
 *  claims itself: a refusal it opens is never bridged to the one before it. */
const EXISTENCE_CUE = /^(?:并|也|都)?(?:没有?|无|不是|并非|算不上|谈不上|称不上)/;

/**
 * The refusal scopes of a normalized text as [start, end) pairs: from right after a cue to where
 * its clause ends or turns. Computed once per text, and only when a finding needs them.
 */
export function refusalScopes(text: string): number[] {
  const scopes: number[] = [];
  // Where the last cue's scope ended and where it began, to bridge refusals that follow each other:
  // a finding that reaches from one refused clause into the next (好评，也不会给好评返现) pairs words
  // that are each refused, so the two scopes with their joint are one refused stretch.
  let lastFrom = -1;
  let lastStop = -1;
  // Through the shared gated scan (context.ts): several cues open with a lookbehind, so a plain
  // global exec tried every alternative at every position of every text with a finding.
  scan(CUE, text, (m) => {
    if (m[0].length === 0) return;
    let from = m.index + m[0].length;
    // 是有陌生人通过微信联系您刷单的吗: when the clause is about a scam, the channel the impostor
    // used (between the subject and 联系您) is part of what is warned against. Without a scam word
    // (稍后会有人通过微信联系您) it may be the shop's own arrangement, so the scope stays after the cue.
    const impostor = m.groups?.impostor;
    if (impostor !== undefined && SCAM.test(clauseAt(text, m.index)) && !/(?:会|将|稍后|待会儿?|之后)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      from = m.index + impostor.length;
    }
    const end = clauseEnd(text, from);
    const clause = text.slice(from, end);
    // 不加微信就发不了货, 不打差评的话运费我们承担: a condition that demands the act.
    if (BARE_NEGATION.test(m[0]) && CONDITION_AHEAD.test(clause)) return;
    TURN.lastIndex = 0;
    let turn = TURN.exec(clause);
    // 不是我们的联系方式: what is denied is that it is the shop's own — no turn to an offer.
    if (turn !== null && turn.index === 0 && /不是$|并非$/.test(m[0])) turn = TURN.exec(clause);
    let stop = turn === null ? end : from + turn.index;
    // An aside opened by a colon (说个小秘密：…, 悄悄告诉您：…) turns to new words; what it
    // introduces is no longer refused.
    ASIDE.lastIndex = 0;
    const aside = ASIDE.exec(clause);
    if (aside !== null) stop = Math.min(stop, from + aside.index);
    // Chat is often typed without punctuation: a sentence particle (哦, 呢, 了…) ends the refusal
    // there, and a refusal never runs longer than SCOPE_MAX characters (没有配备夹子哦这样吧…好评返现
    // must not shelter what follows).
    const particle = PARTICLE.exec(clause);
    if (particle !== null) stop = Math.min(stop, from + particle.index + 1);
    stop = Math.min(stop, from + SCOPE_MAX);
    if (stop > from) {
      scopes.push(from, stop);
      if (lastStop >= 0 && lastStop <= m.index && !EXISTENCE_CUE.test(m[0]) && JOINED_REFUSALS.test(text.slice(lastStop, m.index))) scopes.push(lastFrom, stop);
      lastFrom = from;
      lastStop = stop;
    }
  });
  if (REBUTTAL.test(text)) {
    ACCUSED.lastIndex = 0;
    for (let m = ACCUSED.exec(text); m !== null; m = ACCUSED.exec(text)) {
      const from = m.index + m[0].length;
      if (REBUTTAL.test(text.slice(from))) scopes.push(from, clauseEnd(text, from, SCOPE_MAX));
    }
  }
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(text); m !== null; m = ECHO.exec(text)) {
    const [from, to] = m.indices![1];
    scopes.push(from, to);
  }
  if (/这回事|这种|这样的事|一说|说法|这种东西/.test(text)) {
    NOTION_DENIED.lastIndex = 0;
    for (let m = NOTION_DENIED.exec(text); m !== null; m = NOTION_DENIED.exec(text)) scopes.push(m.index, m.index + m[0].length);
  }
  DEBUNK.lastIndex = 0;
  if (DEBUNK.test(text)) hearsayScopes(text, scopes);
  if (/旗号|幌子|名头|名义|噱头/.test(text)) {
    BANNER.lastIndex = 0;
    for (let m = BANNER.exec(text); m !== null; m = BANNER.exec(text)) {
      const [from, to] = m.indices![1];
      scopes.push(from, to);
    }
  }
  if (/关|沾边|扯不上|挨不上|搭边|瓜葛|相干/.test(text)) {
    RELATION_DENIED.lastIndex = 0;
    for (let m = RELATION_DENIED.exec(text); m !== null; m = RELATION_DENIED.exec(text)) {
      const [from, to] = m.indices![1];
      scopes.push(from, to);
    }
  }
  MET_THEN_WARNED.lastIndex = 0;
  for (let m = MET_THEN_WARNED.exec(text); m !== null; m = MET_THEN_WARNED.exec(text)) {
    const [from, to] = m.indices![1] ?? m.indices![2];
    scopes.push(from, to);
  }
  NAMED_TERM.lastIndex = 0;
  for (let m = NAMED_TERM.exec(text); m !== null; m = NAMED_TERM.exec(text)) {
    if (m.groups?.title !== undefined && !WORK.test(sentenceAround(text, m.index, m.index + m[0].length))) continue;
    scopes.push(m.index, m.index + m[0].length);
  }
  if (text.includes(':')) {
    SPEAKER_TURN.lastIndex = 0;
    for (let m = SPEAKER_TURN.exec(text); m !== null; m = SPEAKER_TURN.exec(text)) scopes.push(m.index, m.index + m[0].length);
  }
  if (WHETHER.test(text)) {
    INDIRECT_QUESTION.lastIndex = 0;
    for (let m = INDIRECT_QUESTION.exec(text); m !== null; m = INDIRECT_QUESTION.exec(text)) scopes.push(m.index, m.index + m[0].length);
  }
  if (CHEERED.test(text)) {
    CONGRATULATED.lastIndex = 0;
    for (let m = CONGRATULATED.exec(text); m !== null; m = CONGRATULATED.exec(text)) {
      const [from, to] = m.indices![1] ?? m.indices![2];
      const head = sentenceStart(text, m.index, 40);
      if (CHEERED.test(text.slice(head, Math.min(text.length, to + 40))) && !CREDITED.test(text.slice(head, clauseEnd(text, to, 40)))) scopes.push(from, to);
    }
  }
  QUESTION_REPORTED.lastIndex = 0;
  for (let m = QUESTION_REPORTED.exec(text); m !== null; m = QUESTION_REPORTED.exec(text)) {
    const [from, to] = m.indices![1];
    scopes.push(from, to);
  }
  return scopes;
}

/** Appends the stretches from hearsay about a cure to the debunk that follows it in its sentence
 *  (at most 40 characters on). The hearsay nearest the debunk opens the scope, so a claim before
 *  it (祖传秘方能根治，网上那些偏方不靠谱) stays outside. */
function hearsayScopes(text: string, scopes: number[]): void {
  DEBUNK.lastIndex = 0;
  for (let d = DEBUNK.exec(text); d !== null; d = DEBUNK.exec(text)) {
    const from = sentenceStart(text, d.index, 40);
    const sentence = text.slice(from, d.index);
    let open = -1;
    HEARSAY.lastIndex = 0;
    for (let h = HEARSAY.exec(sentence); h !== null; h = HEARSAY.exec(sentence)) open = h.index;
    if (open >= 0) scopes.push(from + open, d.index);
  }
}

/** The refusal scopes of a normalized text, as spans of its ORIGINAL text. */
export function originalRefusalScopes(normalized: NormalizedText): number[] {
  const gapped = spaceClauses(normalized);
  const scopes = refusalScopes(gapped === null ? normalized.text : gapped.text);
  if (gapped !== null) for (let i = 0; i < scopes.length; i++) scopes[i] = gapped.at[scopes[i]];
  for (let i = 0; i < scopes.length; i += 2) {
    const o = normalized.toOriginal(scopes[i], scopes[i + 1]);
    scopes[i] = o.start;
    scopes[i + 1] = o.end;
  }
  // A bracketed heading (【微信】, [转账]) names the buyer's question that the reply answers; when
  // the reply refuses, the heading is part of the refusal.
  const heading = HEADING.exec(normalized.original);
  if (heading !== null && scopes.length > 0) scopes.push(1, 1 + heading[1].length);
  mentionScopes(normalized.original, scopes);
  return scopes;
}

const HAN_CHAR = /[\u4e00-\u9fff]/;
const GAP = /\s/;

/** Chat typed with spaces for commas (亲 这件不是现在的复刻 领标字体跟老款一样): normalizing drops the
 *  spaces, so a refusal would run on into the next clause. For the scopes only, a space between two
 *  Chinese characters ends a clause: the normalized text with a comma there, and where each of its
 *  positions falls in the normalized text. Null when the text has no such space. */
function spaceClauses(normalized: NormalizedText): { text: string; at: Int32Array } | null {
  if (!GAP.test(normalized.original)) return null;
  let gaps = false;
  for (let i = 0; i + 1 < normalized.text.length && !gaps; i++) gaps = spaceAfter(normalized, i);
  return gaps ? buildGapped(normalized) : null;
}

/** Whether a space stands between the Chinese characters at i and i + 1 of the normalized text. */
function spaceAfter(normalized: NormalizedText, i: number): boolean {
  const { text, original, starts, ends } = normalized;
  return ends[i] < starts[i + 1] && HAN_CHAR.test(text[i]) && HAN_CHAR.test(text[i + 1]) && GAP.test(original.slice(ends[i], starts[i + 1]));
}

/** Builds the comma-gapped text of spaceClauses. */
function buildGapped(normalized: NormalizedText): { text: string; at: Int32Array } {
  const { text } = normalized;
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out += text[i];
    at.push(i);
    if (i + 1 < text.length && spaceAfter(normalized, i)) {
      out += ',';
      at.push(i + 1);
    }
  }
  at.push(text.length);
  return { text: out, at: Int32Array.from(at) };
}

const HEADING = /^[【\[［(（]([^】\]］)）]{1,12})[】\]］)）]/;

// A word mentioned, not used: the shop talks about a wording ('国家级'这种说法我们不敢写), a print
// ("招财进宝"字样的存钱罐) or what is written somewhere (收件人写的是'旺财'). Normalizing drops the
// quotes, so these are found in the original text. Quotes alone are no mention (本店“最低价”
// still claims it): a word for a wording or print must follow, or a verb of writing precede.
const OPEN_QUOTE = `['"‘“「『]`;
const CLOSE_QUOTE = `['"’”」』]`;
const QUOTED = `${OPEN_QUOTE}[^'"‘’“”「」『』\n]{1,12}${CLOSE_QUOTE}`;
/** Nouns that make what precedes them a wording or a print. */
const WORDING = '(?:说法|字样|字眼|用语|词语|词汇|措辞|叫法|宣传语|标语|二字|两个字|三个字|四个字|几个字|这个词|这类词|这些词|这种词|等词)';
// Names of things: a list word inside a name is no claim the shop makes and no topic it sells
// with — an official designation that can be looked up (国家级自然保护区, 世界文化遗产, 国家级非遗
// 传承人, 国家一级注册建筑师), a famous place's name (天下第一关), a pet's or child's name (狗狗叫旺财,
// 刻名字比如招财、来福), a word engraved or printed and counted (刻了招财两个字) and a term the
// sentence defines as a name (转运珠是首饰款式的叫法). Only the name is in scope: 国家级工艺 and a
// claim elsewhere in the sentence stay findings.
const PLACE_HEAD =
  '(?:自然保护区|风景名胜区|名胜区|森林公园|湿地公园|地质公园|矿山公园|海洋公园|水利风景区|旅游度假区|(?:旅游)?景区|' +
  '(?:重点)?文物保护单位|历史文化名[城镇村]|历史文化街区|传统村落|(?:文化|自然)遗产|地质遗迹|(?:经济技术|高新技术)?开发区|高新区|示范区|' +
  // The zones the State Council and the Ministry of Commerce designate, by their usual short names
  // too (国家级经开区 for 国家级经济技术开发区, 国家级新区, 综合保税区, 自由贸易试验区).
  '经开区|经济开发区|新区|综合保税区|综保区|保税区|保税港区|自由贸易试验区|自贸试验区|自贸区|出口加工区|边境经济合作区)';
/** Honours and titles are names only where the sentence says where to check them (证书编号可查,
 *  名录上能查到): 国家级非遗大师手作 alone is the unverifiable endorsement the ad law bans. */
// Longest first: the scope must hold the whole title (国家级非遗传承人, not 国家级非遗), which is what
// a finding spans.
const HONOUR_HEAD =
  '(?:(?:非物质文化遗产|非遗)(?:代表性)?(?:项目)?(?:传承人)?|(?:代表性)?传承人|工艺美术大师|(?:重点)?保护(?:野生)?(?:动物|植物)|高新技术企业|专精特新|重点实验室|' +
  '运动(?:员|健将)|裁判员|教练员)';
const TITLE_HEAD =
  '(?:教师|演员|编剧|导演|演奏员|美术师|技师|工程师|建造师|(?:注册)?建筑师|注册结构工程师|厨师|烹调师|评茶员?|品酒师|营养师|' +
  '心理咨询师|律师|会计师|经济师|园艺师|育婴师|调酒师|茶艺师)';
const VERIFIABLE = '(?=[^.。!！?？;；\\n]{0,30}?(?:证书|证件|可查|查到|查询|查验|名录|官网|公示|认定|评定|资格证|职称证|可以查|能查))';
const HAN = '[\\u4e00-\\u9fff]';
const NAMES = [
  // 国家级自然保护区, 全国重点文物保护单位, 国家AAAAA级旅游景区, 世界文化遗产.
  `(?:国家级|国家|省级|市级|县级|世界级?|全国|中国|国际)(?:重点|[一二三]级|[a-e1-5]{1,5}级)?[^\\s,，.。!！?？;；:：、]{0,4}?${PLACE_HEAD}`,
  // 国家级非遗传承人 with its certificate; titles awarded by a grade (特级教师, 国家一级演员, 一级建造师)
  // with where to check them.
  `(?:国家级|国家|省级|市级|县级|全国|中国)(?:重点|[一二三]级)?[^\\s,，.。!！?？;；:：、]{0,4}?${HONOUR_HEAD}${VERIFIABLE}`,
  `(?:国家|中国)?(?:特级|正高级|高级|[一二三]级)${TITLE_HEAD}${VERIFIABLE}`,
  // Famous places' names (天下第一关, 天下第一泉).
  '天下第一[泉关山峰楼桥瀑江湖寺塔洞石城门街村庄园亭池]',
  // A pet's, child's or shop's name (狗狗叫旺财, 我家的猫名字是招财, 店名叫至尊).
  `(?:狗|猫|宠物|孩子|宝宝|娃|儿子|女儿|它|他|她|主子|店)(?:的)?(?:(?:名字|小名|大名|昵称|名)(?:就|也)?(?:是|叫做?)|(?:就|也)?(?:叫做?|名叫|取名叫?|起名叫?))${HAN}{1,4}`,
  // The words printed on a couplet, a banner or a card, given after what they are (横批是招财进宝,
  // 上联写的是…, 卡片上的字是…): a print the shop describes, not a promise it makes.
  `(?:横批|上联|下联|春联|对联|福字|挥春|门贴|贺卡上的字|卡片上的字|刻的字|印的字)(?:就|也)?(?:是|为|写着|写的是|印着|印的是)[:：]?${HAN}{1,8}`,
  // What a work is about (这本讲唐代造像的画册, 那部拍的是世界最高峰的纪录片): the subject between the
  // verb and the work's noun is what the pages or the film show, not a claim or a topic the shop
  // sells with — unless it is a method or a formula the buyer would use (讲最有效减肥方法的书).
  `(?<=(?:这|那|本|一)(?:本|套|部|张|幅|期|集|册)(?:书|画册|图册|绘本|小说|杂志|纪录片|片子|电影|课本)?(?:主要)?(?:讲|写|介绍|记录|收录|讲述|描写|画|拍)(?:的是|了|的)?)(?:(?!方法|办法|技巧|秘诀|配方|攻略|窍门)[^,，.。!！?？;；\n]){1,16}?(?=的?(?:书|画册|图册|绘本|小说|杂志|纪录片|片子|电影|图集|故事|历史|连环画))`,
  // Names given as examples (可以刻名字，比如旺财、来福都行).
  `(?:名字|刻字|昵称|小名)[^.。!！?？;；\\n]{0,12}?(?:比如|例如|譬如|像是?)[:：]?${HAN}{1,4}(?:[、/和或跟]${HAN}{1,4})*`,
  // A book's author credited (李时珍原著, 某某主编的版本): the person named is the work's author,
  // no one vouching for the goods.
  `${HAN}{2,4}(?=原著|所著|编著|主编|著作|的原著|的著作)`,
  // A sentence quoted as one (那句“婴儿最理想的食品是母乳”, 罐子上这句话'…'): a print or a slogan
  // the shop talks about, longer than a quoted word.
  `(?:这句|那句|一句|这句话|那句话|一句话|这行字|那行字|标语|提示语)[:：]?${OPEN_QUOTE}[^'"‘’“”「」『』\n]{1,30}${CLOSE_QUOTE}`,
  // A name given in quotes after a naming noun or verb (颜色的官方名称叫“极致黑”, 色号是「女王红」), or
  // in quotes before the head of what it names (“巅峰”系列, 「冠军」造型): quotes alone are emphasis
  // (本店“最低价”), quotes that a name needs are a name. 叫 after 都/被/人 is praise (大家都叫它“神药”).
  `(?:(?:名称|名字|色号|型号|款名|品名|系列名|书名|剧名|片名|歌名|店名)(?:的)?(?:就|也)?(?:是|叫做?|叫作|为)?|(?<![都被人们家称他她它])(?:叫做?|叫作|名叫|名为|取名为?|命名为))[:：]?${OPEN_QUOTE}[^'"‘’“”「」『』\n]{1,12}${CLOSE_QUOTE}`,
  `${OPEN_QUOTE}[^'"‘’“”「」『』\n]{1,12}${CLOSE_QUOTE}(?:色号|系列|色|造型|图案|联名|主题|IP|牌)`,
  // A word engraved, written or printed, counted in characters (名牌上刻了招财两个字).
  `[刻写印绣填](?:了|上|着|成|的是)?${HAN}{1,6}?(?:这|那)?(?:[两三四五六几2-6]个字|[二三四]字|字样)`,
];
/** A term the sentence defines as a name or a saying (转运珠是首饰款式的叫法, 一铺养三代是老话): the
 *  term before 是. Run only on texts that hold a naming noun: the lazy subject is tried at every
 *  clause start. */
/** Words named as banned words (国家级、最高级、最佳都是禁用词; 违禁词包括特效、根治): a list quoted
 *  from a rule, not claims. Run only on texts that say so. */
const BANNED_WORD_NOUN = /禁用词|违禁词|极限词|敏感词|违规词|禁词|禁止用语|禁用语|限制用语|绝对化用语/;
const BANNED_WORDS = new RegExp(
  [
    '(?<=^|[,，.。!！?？;；:：\\s])[^,，.。!！?？;；\\n]{1,40}?(?:都|全|也|均)?(?:是|属于|算是?|被列为|列为|列入)(?:广告法|平台|规定)?[^,，.。!！?？;；\\n]{0,6}?(?:禁用词|违禁词|极限词|敏感词|违规词|禁词|禁止用语|禁用语|限制用语|绝对化用语)',
    '(?:禁用词|违禁词|极限词|敏感词|违规词|禁用语|禁止用语|限制用语|绝对化用语)(?:有|包括|比如|例如|像|如|是)[:：]?[^,，.。!！?？;；\\n]{1,40}',
  ].join('|'),
  'g',
);
const NAMING_NOUN = /叫法|名称|名字|俗称|简称|统称|称呼|款名|品名|店名|品牌名|牌子名|昵称|外号|老话|俗话|说法|口号|广告语|宣传语|噱头/;
const DEFINED_NAME = new RegExp(
  `(?<=^|[,，.。!！?？;；:：\\s])[^\\s,，.。!！?？;；:：]{1,10}?(?=是[^,，.。!！?？;；]{0,14}?(?:叫法|名称|名字|俗称|简称|统称|称呼|款名|品名|商品名|店名|店铺名|品牌名|牌子名|昵称|外号|老话|俗话|老说法|说法|口号|广告语|宣传语|噱头)[哦哈啦呢呀~～]*(?:[,，.。!！?？;；]|$))`,
  'g',
);
// The scope is the whole mention, quotes and wording noun included: normalizing drops the quotes,
// so a rule may match across them ('最'这个字 reads 最这).
const MENTION = new RegExp(
  [
    // '国家级'这种说法, “招财进宝”字样, ‘最’字
    `${QUOTED}(?:这种|这类|这样的|这个|这些|这几个|之类的?|等|的)?(?:${WORDING}|字|词)`,
    // Unquoted, with a demonstrative: 国家级这种说法, 最低价之类的字眼 (the clause's words before it).
    // 那种说法, 这种话 as well (绝对不用走路的那种说法我们不敢说).
    `(?<=^|[,，.。!！?？;；:：\s])[^,，.。!！?？;；:：\s'"‘’“”]{1,12}?(?:这种|这类|这样的|这些|这个|那种|那类|那样的|那些|那个|之类的?)(?:${WORDING}|词|话)`,
    // Written or printed somewhere: 收件人写的是'旺财', 吊牌上印着“国家免检”的是旧款.
    `(?<=(?:写的是|写的|写了|写着|写成|填的是|填的|填写的是|印着|印的是|印有|刻着|刻的是|刻有|绣着|绣的是|备注的是|备注的|署名))${QUOTED}`,
    // A title in book-title marks (《微信营销实战》, 《易经》入门): a work named, not a claim or a contact.
    '《[^《》\\n]{1,20}》',
    ...NAMES,
  ].join('|'),
  'g',
);

/** What a sentence says of a wording when it judges or forbids it (特供字样的酒都不合规, “最佳”这种说法
 *  广告法禁用, 包装上写的世界领先是品牌方原话), by category, each with where such verdicts are worded.
 *  Shared by every rule through the mention scope below; test/lint/refusal.test.ts holds a row per
 *  rule. A verdict denied (不是假的, 不违规, 并不夸大) judges nothing. */
export const WORDING_VERDICTS: readonly { category: string; source: string; words: readonly string[] }[] = [
  {
    category: '合规认定（违法、违规）',
    source: '《广告法》第九条、第五十七条；各地市场监管局行政处罚决定书的认定用语（「使用了……等绝对化用语，违反了……」）',
    words: ['不合规', '不合法', '违规', '违法', '违反', '违禁', '不规范'],
  },
  {
    category: '禁止使用（不得、禁用）',
    source: '《广告法》第九条「不得使用」；小红书、淘宝、抖音商家规则中心的禁用词说明（「禁止使用……字样」）',
    words: ['禁用', '禁止', '严禁', '不得使用', '不得出现', '不能用', '不准用', '不许用', '不让用', '不允许', '不能写', '不能出现', '不可以用', '不能标', '不让写', '不许写'],
  },
  {
    category: '处罚后果（罚款、下架）',
    source: '市场监管总局和各地市场监管局的典型案例通报；平台违规处理公示（扣分、下架、限流）',
    words: ['被罚', '罚款', '处罚', '查处', '下架', '扣分', '限流', '整改'],
  },
  {
    category: '不实（虚假、夸大）',
    source: '《广告法》第二十八条虚假广告；中国消费者协会消费提示',
    words: ['是假的', '虚假', '夸大', '不实', '误导'],
  },
  {
    category: '不可信（别信、智商税）',
    source: '中国消费者协会和各地消协的消费提示（「不要轻信……等宣传」）',
    words: ['别信', '不要信', '不能信', '不可信', '不要相信', '别相信', '不靠谱', '骗人', '忽悠', '智商税', '噱头'],
  },
  {
    category: '转述而不担保（原话、仅供参考）',
    source: '《广告法》第十一条、第二十八条（引证内容应当真实、准确并表明出处）；电商客服话术合规指南的转述用语',
    words: ['原话', '听听就好', '仅供参考', '核实不了', '无法核实', '没法核实', '不代表我们', '不代表本店'],
  },
];
/** A verdict word in the sentence, not itself denied (不是假的, 不违规, 并不夸大 judge nothing). */
const VERDICT = new RegExp(`(?<!不是|并非|没有|不算|并不|绝不|[不没])(?:${WORDING_VERDICTS.flatMap((v) => v.words).join('|')})`);
const CLAUSE_MARK = ',，.。!！?？;；:：';
const SENTENCE_MARK = /[.。!！?？;；\n]/;
/** A list word named as a word, unquoted, before a wording noun (特供字样, 最佳这种说法, 国家级、最高级
 *  等字眼): the clause's words up to the noun, lists and quotes included. */
const NAMED_WORDING = new RegExp(
  `(?<=^|[${CLAUSE_MARK}\\s])[^${CLAUSE_MARK}\\n]{1,24}?(?:的|等|这种|这类|这样的|这个|这些|这几个|之类的?|那种|那类)?(?:${WORDING}|(?:这|那)(?:个|几个)?字)`,
  'g',
);
/** A quoted word with a verdict on it in its clause (“最好”不能用, 写“第一”会被罚). */
const QUOTED_JUDGED = new RegExp(`${QUOTED}(?=[^${CLAUSE_MARK}\\n]{0,10}?(?:${VERDICT.source}))`, 'g');
/** Words another party said or printed, reported (中介说的…, 包装上写的…, 品牌方宣传的…): the clause from
 *  the report on, when the sentence distances or judges them. */
const REPORTED_WORDING = new RegExp(
  `(?:中介|销售|商家|别家|别人|人家|同行|品牌方|厂家|厂商|网上|网友|博主|主播|达人|广告|包装|[\\u4e00-\\u9fff]{1,4}上)(?:那边)?(?:说|讲|写|印|标|宣传|承诺|吹)(?:的|着)[^${CLAUSE_MARK}\\n]{1,16}`,
  'g',
);

/** Appends the stretches of `re`'s matches whose sentence holds a verdict on the wording. */
function judgedMentions(original: string, re: RegExp, scopes: number[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(original); m !== null; m = re.exec(original)) {
    // The sentence around it, at most 60 characters each way.
    let from = m.index;
    while (from > 0 && from > m.index - 60 && !SENTENCE_MARK.test(original[from - 1])) from--;
    let to = m.index + m[0].length;
    const last = Math.min(original.length, to + 60);
    while (to < last && !SENTENCE_MARK.test(original[to])) to++;
    if (VERDICT.test(original.slice(from, to))) scopes.push(m.index, m.index + m[0].length);
  }
}

/** Appends the mention scopes of an ORIGINAL text to `scopes`. */
function mentionScopes(original: string, scopes: number[]): void {
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(original); m !== null; m = MENTION.exec(original)) scopes.push(m.index, m.index + m[0].length);
  // A word named as a word in a sentence that judges or forbids the wording: a mention for every rule.
  if (VERDICT.test(original)) {
    judgedMentions(original, NAMED_WORDING, scopes);
    judgedMentions(original, QUOTED_JUDGED, scopes);
    judgedMentions(original, REPORTED_WORDING, scopes);
  }
  if (BANNED_WORD_NOUN.test(original)) {
    BANNED_WORDS.lastIndex = 0;
    for (let m = BANNED_WORDS.exec(original); m !== null; m = BANNED_WORDS.exec(original)) scopes.push(m.index, m.index + m[0].length);
  }
  if (!NAMING_NOUN.test(original)) return;
  DEFINED_NAME.lastIndex = 0;
  for (let m = DEFINED_NAME.exec(original); m !== null; m = DEFINED_NAME.exec(original)) scopes.push(m.index, m.index + m[0].length);
}

/** Whether the finding [start, end) of the ORIGINAL text lies in a refusal scope or is disowned
 *  by what follows it. */
export function inRefusal(original: string, scopes: readonly number[], start: number, end: number): boolean {
  if (ACCOUNT.test(original.slice(start, end))) return false;
  if (SPEAKER_LABEL.test(original.slice(start, end))) return true;
  const after = original.slice(end, end + 30);
  // 根治不了, 治愈不了: the act named is the one the goods cannot do.
  if (/^不了(?![吗么呢])/.test(after)) return true;
  if (HISTORY_AFTER.test(after) || HISTORY_BEFORE.test(original.slice(Math.max(0, start - 14), start))) return true;
  if (REFUSED_OUTRIGHT_AFTER.test(after) || UNANSWERED_AFTER.test(after) || NOT_NEEDED_AFTER.test(after) || RISK_AFTER.test(after)) return true;
  if (POINTED_BACK_AFTER.test(after) || GOODS_ABSENT_AFTER.test(after) || NO_PROOF_AFTER.test(original.slice(end, end + 40)) || KIND_REFUSED_AFTER.test(after)) return true;
  return insidePair(scopes, start, end) || DISOWNED_AFTER.test(after) || REFUSED_AFTER.test(after) || DECLINED_AFTER.test(after) || UNTRUE_AFTER.test(after) || NOT_ALLOWED_AFTER.test(after) || INCAPABLE_AFTER.test(after) || WORDING_REFUSED_AFTER.test(after) || UNKNOWN_TERM_AFTER.test(after);
}

/** Whether [start, end) lies wholly inside one [from, to) pair of `pairs` (refusal scopes, allowed
 *  words): the one span test the engine and the learned second opinion share. */
export function insidePair(pairs: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < pairs.length; i += 2) if (start >= pairs[i] && end <= pairs[i + 1]) return true;
  return false;
}
