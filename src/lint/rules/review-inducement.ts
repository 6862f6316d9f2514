// Paying or pressing for reviews (好评返现, 五星截图领红包, 删差评给补偿) is 诱导好评, which the
// platform punishes. Asking for an honest review without a reward is fine, so a review word
// alone never fires: it needs a reward in the same sentence, or a demand to delete/change one.
import { CLAUSE_END, SENTENCE_END, clauseEnd, clauseStart, scan, sentenceEnd, sentenceStart, matchesIn } from '../context.js';
import { defineTextRule, type Report } from '../define-rule.js';
import * as lexicon from '../lexicon/review-inducement.gen.js';

// The vocabulary lives in ../lexicon/review-inducement.yaml, each entry with its category and
// source: the review act (goodReview, act — also in pinyin and emoji stars) and the benefits to the
// buyer (reward: cash, cards and coupons, points and membership, privileged prices, gifts, free
// service, postage, warranty and priority, draws, compensation). The combination — a review and a
// benefit tied to it in one clause or the next — and what breaks the tie stay here.
/** A review act: the words a shop uses for the review it wants (五颗星, 星评 included; 五星级 is a
 *  hotel grade, 好评率 a statistic). */
const REVIEW = new RegExp(`${lexicon.groups.goodReview}|${lexicon.groups.act}`, 'g');
/** The good-review words a shop may beg for (给个好评吧), as opposed to 评价 or 晒图 in general. */
const GOOD_REVIEW = new RegExp(`^(?:${lexicon.groups.goodReview})`);
/** Benefits to the buyer. */
const REWARD = new RegExp(lexicon.groups.reward, 'g');
/** The review-for-reward phrases written in pinyin initials (hpfx): review and reward in one word. */
const ABBREVIATED = new RegExp(lexicon.groups.abbreviated, 'g');
/** After such letters: the offer goes on (活动, 截图找我, 私我, 领, a sum) or the clause ends. */
const LETTERS4 = /[a-z]{4}/;
const ABBREVIATED_NEXT = /^(?:活动|截图|截个图|截屏|找|私|联系|加|领|返|送|有|[0-9]|[,.!?;。~]|$)/;
/** Deleting or changing a review, or demanding a good one. */
const PRESSING =
  /(?:把|将)(?:那条|这条|那个|这个|您的|你的)?(?:差评|中评|评价|评论|追评)(?:给)?(?:删|撤|改)(?:掉|除|了|销|回|一下|成|为)?|(?:评价|评论|追评)(?:能|可以|可不可以|能不能|帮忙|帮我们|麻烦|请|您|你|方便){0,3}(?:删|撤)(?:掉|了|除|销|回)|(?:删|撤|改|修改)(?:掉|除|销|一下|成|为|了)?(?:那条|这条|那个|这个|您的|你的|一下)*(?:差评|中评|评价|评论)|(?:差评|中评)[^,.!?;。]{0,4}?(?:删|撤|改)(?:掉|了|除|一下)?|(?:差评|中评)[^.!?;。]{0,10}?(?:删除|删掉|撤销|撤回|修改|改成好评|改为好评|改成|改为|改掉)(?:一下)?|(?:好评|五星|5星|评价|评论|追评|晒图|买家秀)[^.!?;。]{0,8}?截(?:个|一下|一张|张|下)?(?:图|tu(?![a-z]))(?:后)?[^.!?;。]{0,3}?(?:发给|发|给|私信|私|找|联系)(?:给)?(?:我们|我|客服|店主|掌柜|老板)?|改(?:成|为)好评|(?:必须|一定要|务必)(?:给|打)?(?:个)?(?:(?:五星|5星)?好评|五星|5星)|不给(?:好评|五星)(?:就|不)|刷(?:单|好评|评价|评论|评|销量)|补单/g;
/** Rewards that are unmistakable across a comma (好评…，返现5元); weaker ones (送, 领, 5元, 券)
 *  must share the review word's clause, or 满99元包邮 after a polite request would count. */
const STRONG_REWARD = /返|反|红包|现金|补偿|补贴|免单|奖励|有奖|有礼|下[次回]|下(?:一单|一次|一回|一件)|差价|翻倍|中奖|奶茶钱|转[0-9]|换(?:一|个|支|份|瓶|盒|张|只|件)|免费|延长|优先|抽|惊喜|福利|好礼|礼包|多塞|多送|额外/;
const NO_REWARD_BEFORE = /(?:不|没有?|无|拒绝|禁止|不会|严禁|杜绝)(?:搞|做|参与|支持|提供|存在|进行|设置|允许)?(?:五星|5星)?(?:好评|晒图|晒单|追评|评价)?$/;
/** Before the review word: the shop says it does NOT do this (我们不搞好评返现), or does not ask for
 *  the review (红包是新店福利，不用好评; 无需给好评; 不要求您晒图). 不给好评 is not among them: it is
 *  the condition a threat hangs on (不给好评就…). */
const NEGATED_BEFORE = /(?:不|没有?|无|拒绝|禁止|不会|严禁|杜绝)(?:搞|做|参与|支持|提供|存在|进行|设置|允许|(?:用|需|需要|必|要求|强制|强求)(?:您|你)?(?:特意|特地|专门|刻意|一定|非要|非得)?(?:给|写|打|留|晒)?)?$/;

/** After the review word: how it was written (评价写得很用心): the buyer's review, already given — not
 *  an instruction for one (写得越夸张越好, 写得详细点). */
const WRITTEN_AFTER = /^写[得的](?![^,.!?;。]{0,3}?(?:越|要|一定|多|长|详细|好点))/;
/** After the review word: it is left to the buyer (评价随意, 评价您自由, 看您心情). */
const LEFT_TO_BUYER_AFTER = /^(?:您|你)?(?:随意|随便|随您|随你|自由|看(?:您|你)的?(?:心情|意愿))/;
const ENDED_AFTER = /^[^.!?;。]{0,8}?(?:已经?|早就?)(?:结束|取消|停止|下线|不做)/;
/** A reward is looked for up to this many characters before the review word (inside its
 *  sentence), in the review word's own clause, and in the one clause after it: condition and
 *  reward are often split by a comma (带图好评满30字，下次下单减8元 / 五星+晒图，联系客服领零食). */
const BEFORE_WINDOW = 10;
const CLAUSE_MAX = 30;
/** The next clause opens a shop-wide promotion or another topic, not a reward for the review
 *  (给个好评，店铺优惠券在首页领 / 满99元包邮 / 有问题联系客服). */
const OTHER_TOPIC_START = /^(?:店铺|本店|全店|全场|平台|首页|活动期间|新人|新客|首单|满[0-9]|今天下单|现在下单|下单即|拍下即|购买即|买[0-9一二两三]送|有问题|如有问题)/;
/** The review clause names who gets what follows (给好评的亲，… / 晒图的宝子，…): the next clause is
 *  their benefit even when it opens with the shop (本店会员积分翻倍). */
const BENEFICIARY_AFTER = /^[^,.!?;。]{0,6}?的(?:亲|亲们|顾客|买家|宝宝|宝子|宝贝|朋友|小伙伴|姐妹|客户|用户|各位|您)$/;
/** …or its benefit is one every buyer gets (下次购买记得领店铺券, 平台满减), not one for the review. */
const SHOP_WIDE = /(?:店铺|本店|全店)的?(?:券|优惠券|优惠|活动|满减|福利)|平台(?:券|活动|满减|补贴)|全场|新人(?:券|价|礼)|首页|记得领/;
/** A benefit handed to the buyer (发您一张无门槛券, 补你两个): whatever it is, it is theirs, so it ties
 *  across a comma or a full stop like an unmistakable reward. */
const GIVEN_TO_BUYER = /(?:给|发|送|补|返|转|寄|赠|奖励?)(?:给)?(?:您|你)(?:[一两几]|[0-9]+)?(?:张|个|份|点|些|次|包|件)?$/;
/** A clause that is one more step of the review instruction: a screenshot, contacting the shop. */
const NEXT_STEP = /^(?:然后|再|并|并且|之后)?(?:截图|截个图|截屏|联系|找|私信|私聊|私我|发给|发我|登记|备注|告诉|提交)/;
/** Price tokens and generic discounts tie to nothing across a comma on their own. */
/** 换 as switching a device, a network or a way of doing it to try again (换个网络试试, 换浏览器上传). */
const SWITCH_TO_TRY = /^换(?:个|一个|一下|成)?(?:网络|网|wifi|浏览器|手机|设备|电脑|方式|方法|姿势|角度|时间|位置|账号|app|版本|入口|图片|照片|格式)|^换(?:个|一个|一下)?[^,.!?;。]{0,6}?(?:试试|试一下|试一试|再试|重试|重新)/;
const WEAK_ACROSS = /^(?:[0-9]+(?:元|块钱?)|¥[0-9]|优惠|打折|折扣|券|积分|无门槛|赠送)$/;
/** Thanks for a review already given (感谢您的好评): only a reward in the same clause ties to it. */
const THANKS_BEFORE = /(?:谢谢|感谢|多谢)(?:您|你|亲|宝宝|姐妹)?们?(?:的|给的|给我们的)?$/;
/** A guilt or pressure reason for a good review (…不然这个月绩效要被扣钱了, 老板会骂我). */
const HARM =
  /扣(?:我|我们)?的?(?:钱|工资|绩效|奖金|提成|分)|(?:奖金|提成|工资|全勤)(?:就|都|也)?(?:没了|泡汤|没有了|扣光)|绩效|业绩|白忙|白辛苦|(?<![a-z])kpi|考核|罚款|罚钱|被罚|挨骂|被骂|骂我|挨批|被批评|开除|炒鱿鱼|丢(?:工作|饭碗)|失业|白干|没饭吃|喝西北风/;
const PLEA_WINDOW = 30;
/** The clerk's hardship pleaded (做客服真的不容易, 打工不易, 养家糊口): pressure only for a good review or
 *  a top rating (求个好评, 打个满意), not for a review of any kind (给妹子一个评价) — the platform's rule
 *  is about good reviews pressed for. 不容易 only closing its clause: 不容易起球 is a product's merit. */
const HARDSHIP = /(?:真的|实在|实属|太|挺|很)不(?:容)?易(?=[了啊呀呢的哦,.!?;。~]|$)|打工不易|养家糊口/;
const GOOD_RATING = /好评|[五5](?:颗|个)?星|满意|满分/;

/** A review's text written by the shop: a template, a model text or ready wording for the review
 *  (评价模板, 好评文案, 范文…好评, 评语). Vocabulary: 《电子商务法》第十七条 (编造用户评价) and
 *  《网络交易监督管理办法》第十四条 (利诱作出指定好评). */
const TEMPLATE = /(?:评价|好评|评论|追评|买家秀|晒单)[^,.!?;。]{0,4}?(?:模板|范文|文案|话术|范本|样本|内容|评语)|(?:模板|范文|文案|话术|范本)[^,.!?;。]{0,6}?(?:评价|好评|评论|追评)|评语|范文/g;
/** A pair of characters one of which a template match holds (模板, 范文, 文案, 话术, 范本, 样本, 评语, 内容):
 *  one native test gates the scan. */
const TEMPLATE_ANY = /[模范文话样评内][板文案术本语容]/;
/** The shop supplies it and the buyer copies it (写好了, 发您, 照着, 复制, 抄). */
const TEMPLATE_SUPPLIED = /写好|拟好|编好|准备好|弄好|发(?:您|你|给您|给你)|给(?:您|你)(?:写|发|拟|准备)|照着|复制|粘贴|抄/;
const TEMPLATE_WINDOW = 40;

/** A bad review the buyer is asked not to give, or to hold back until the shop is told
 *  (别给差评, 不打中评的话, 差评之前先联系我们). Asking this alone is ordinary after-sales; it is
 *  buying the review away only with a benefit in the same sentence, see AVOID_BENEFIT. */
const AVOID_BAD =
  /(?:不|别|不要|不用|千万别|请勿|勿|只要不|先别)(?:急着|直接|随便|轻易)?(?:给|打|留|写|发)?(?:个|一个|条)?(?:中差评|差评|中评|低分|坏评|[一1两2]星)(?![价论率])|(?:差评|中评)(?:之前|以前|前)|(?:先别|别急着|不要急着|先不要|暂时别|先不)(?:给|打|写)?(?:评价?|评分|打分)/g;
/** A benefit for holding the review back: money, a gift or a cost the shop takes on. Plain
 *  退换/退款/处理 is the after-sales service every buyer gets, so it is not in here. */
const AVOID_BENEFIT =
  /部分退款|退(?:一部分|一点|点|部分)|差价|承担|报销|补偿|补贴|补(?:给)?(?:您|你)?(?:个|点)?(?:[0-9]+|钱|差价)|退(?:给)?(?:您|你)?[0-9一二两三四五六七八九十]+(?:元|块)?|返(?!回|修|厂|程)|红包|现金|免单|(?:包|免)(?:邮|运费)|优惠|券|打[0-9一二三四五六七八九]+折|[0-9](?:\.[0-9])?折|赠品|小礼物|礼品|送(?!达|货|到|出|去|回|检|修|快递)/;
const AVOID_WINDOW = 24;
/** A bad review banned outright (别给差评, 千万不要打中评), as opposed to 差评之前先联系我们. */
const BAN_BAD = /^(?:千万别|别|不要|请勿|勿)/;
/** A good review asked for (请给五星, 记得打个好评). With a ban on a bad one in the same sentence the
 *  shop steers the rating both ways (满意给五星，不满意别给差评): pressure, not a free request. */
const GOOD_ASKED = /(?:请|麻烦|记得|给|打|留)(?:我们|个|一个)?(?:[五5](?:颗|个)?星(?!级)|好评)(?![率度])/;
const BAN_WINDOW = 30;

/** Any review word, bad ones and the shop's rating included: the subject of guilt, penalty and
 *  after-sales conditions. */
const ANY_REVIEW = /差评|中评|追评|好评率?|[五5](?:颗|个)?星(?!级)|[一1](?:颗)?星(?!期)|星评|评价|评分|(?:打|选|点|给)(?:个|一个)?(?:非常)?满意(?![度的])/g;
/** Guilt or penalty pressure tied to a review (差评我们就白干了, 小店要倒闭了, 一个差评扣50, 您忍心吗). */
const GUILT =
  /扣[^,.!?;。]{0,6}?(?:钱|工资|绩效|奖金|提成|分)|关门|手下留情|高抬贵手|饶了|放过(?:我们|我|小店)|扣了?[0-9]+|算工资|绩效|(?<![a-z])kpi|考核|罚款|罚钱|被罚|处罚|降权|挨骂|被骂|骂我|挨批|被批评|开除|炒鱿鱼|丢(?:工作|饭碗)|失业|白干|白忙|白辛苦|业绩|(?:奖金|提成|工资|全勤)(?:就|都|也)?(?:没了|泡汤|没有了|扣光)|(?:小店|店铺|本店|我们|店)(?:就|要|会|都)?(?:完了|完蛋)|没饭吃|喝西北风|倒闭|关店|开不下去|活不下去|撑不下去|打击|忍心|良心|求求|太难了/;
/** After-sales, warranty or service made conditional on the review (给好评的亲才能享受换货, 差评的话售后就
 *  没法处理, 中差评的订单只保三个月), a threat for a bad one (给了差评就拉黑, 中评试试), or nagging for one. */
const CONDITIONAL =
  /(?:好评|[五5](?:颗|个)?星)[^.!?;。]{0,12}?才(?:能|可以|可)?(?:享受?|有|给|退|换|保|办理|处理|参加)|(?:差评|中评|中差评|[一1](?:颗)?星)[^.!?;。]{0,10}?(?:就|只|便)?(?:(?:不(?:退|换|给|予)|只(?:保|退|换))(?:给(?:您|你))?(?:退|换|处理|售后|保修|保|办理|发货|卖|受理)?|(?:不能|只能|没法|无法|不再|不会再)(?:给(?:您|你))?(?:退|换|处理|售后|保修|保|办理|发货|卖|受理))|(?:差评|中评|中差评)[^.!?;。]{0,16}?(?:拉黑|黑名单|别想|试试|不卖|挂到|挂你|曝光|(?:你|您)的?地址|找上门|后果自负|走着瞧|有(?:你|您)好看|后悔)|(?:差评|中评|中差评)(?:的)?(?:那位|那个人?|那些人?|的人|的买家|的顾客|的客人|的亲|的)[,]?[^.!?;。]{0,12}?(?:记着|盯上|盯着|等着|(?:记住|记下)(?=了(?:[,.!?;。~]|$))|(?:记住|记下)(?:你|您)(?!的?(?:问题|意见|建议|反馈|需求))|(?:你|您)的?(?:订单号|id|账号|昵称))|(?:评价|评论|好评|追评)(?:里|中|的时候|时)?[^.!?;。]{0,3}?(?:(?:别|不要|不能|千万别|不许|不准)(?:写|提|说|带|留)|只(?:写|提|说)(?:好的|优点|好话|满意))[^.!?;。]{1,16}?(?:不(?:返|给|送|退|补)|没(?:有)?(?:了)?(?:返现|红包|返|补贴|赠品|礼物)|(?:返现|红包|补贴|赠品|礼物)(?:就)?没(?:了|有了))|(?:差评|中评|中差评)[^.!?;。]{0,12}?(?:慢慢|排队|最后(?:处理|再)|延后|不优先|按流程)|不(?:给|打)?(?:个)?(?:好评|[五5](?:颗)?星)(?:的话)?[^.!?;。]{0,10}?(?:售后|退换|退款|保修|处理|发货|服务)[^.!?;。]{0,6}?(?:不好|没法|无法|不能|不给|难|麻烦|慢)|(?:评价|好评|评论)(?:里|中)?(?:写上|写|提到|带上|加上|注明)[^.!?;。]{1,14}?(?:就|即可|才)(?:给|送|返|退|能|可以)|评(?:价)?试试|(?:赶紧|赶快|快点|快去|马上去|立刻去|速度)(?:去|来|给)?(?:个)?(?:评价|评(?![论率区分级])|好评|(?:打|给)(?:个)?(?:[五5](?:颗)?星(?!级)|好评))|(?:好评|[五5](?:颗|个)?星)[^.!?;。]{0,6}?(?:呗|吧|哦)?[,]?(?:不然|否则|要不然)|怎么还不(?:给)?(?:好)?评|还不(?:给)?(?:个)?好评|改(?:成|为|到|个)?(?:[五5](?:颗)?星(?!级)|好评)|(?:评价|差评|中评|评论|追评)[^.!?;。]{0,8}?(?:点击?|点一下|选择|找到|进入)[^.!?;。]{0,4}?(?:删除|删掉|撤销|撤回|修改评价)/g;
/** A transfer for the review anywhere in its sentence (写完告诉我，给你转2块). */
const TRANSFER = /(?:给|转)(?:您|你)?转?[0-9]+(?:元|块|块钱)?/;

// The condition and pressure words live in ../lexicon/review-inducement.yaml (with sources and
// specs); the grammar that ties them to a review stays here.
/** A review the shop asks for (好评, 五星, 追评, 晒图, 评价 — also in pinyin). */
const DEMANDED = new RegExp(lexicon.groups.demanded, 'g');
/** After the review, a condition word and then (a few characters on: 我们就给您, 再安排) a service or
 *  benefit: the service waits for the review (给好评就给开发票, 追评一下运费我们就给报销). 就是/就好
 *  is praise or politeness (好评就是对我们最大的鼓励), not a condition. */
const THEN_SERVICE = new RegExp(`^[^.!?;。]{0,16}?(?:就|才|再|即可|便|可以|能|下次|下回)(?!是|算|好|行|可以了)[^.!?;。]{0,8}?(?:${lexicon.groups.benefit})`);
/** Right after asking for the review, the shop offers to do something for the buyer (给个好评，保价
 *  我们帮您申请 / …，我们马上给您退差价): the offer is the price of the review. */
const OFFER_AFTER = new RegExp(
  `^[^.!?;。]{0,16}?(?:(?:${lexicon.groups.benefit})[^.!?;。]{0,6}?(?:我们|我|这边|小店|店铺)(?:就|会|都|来)?(?:帮|给|为|替|来|出|承担|包|报销)|(?:我们|我|这边)(?:就|会|马上|立刻|立马|都)?(?:(?:帮|给|为|替)(?:您|你))?[^.!?;。]{0,4}?(?:${lexicon.groups.benefit}))`,
);
/** The buyer's review already given (您的评价我们看到了): what follows answers it, it is not its price. */
const GIVEN_BEFORE = /(?:您|你)(?:的|给的|写的|留的)$/;
/** …or quoted as where the buyer said something (您追评里说的漏水问题, 评价中提到的色差): the review is
 *  written, and what follows is the remedy for the complaint in it. */
const QUOTED_AFTER = /^(?:里|中|上)(?:您|你)?(?:说|提到|提|反映|反馈|写|讲)(?:的|过|了)/;
/** 好评后… : whatever benefit follows in the sentence comes after, and for, the review. */
const AFTER_REVIEW = new RegExp(`^(?:了|过|完)?(?:后|之后|以后)[^.!?;。]{0,16}?(?:${lexicon.groups.benefit}|${lexicon.groups.reward})`);
/** The stretch says the service does not depend on the review (评价是您的权利，补发照常安排). */
const UNCONDITIONAL = /不影响|无关|没关系|照常|照样|一样|无论|都会|保障|不管(?:多|怎|如何|是|什么|好|有)/;
/** The stretch denies the benefit (评价截图发我干嘛，我们这不搞返现). */
const DENIED_IN = /不搞|不做|不参与|没有|不会|不用(?!寄回|退回|寄还|返回|退货)|不需要|不支持|不提供|从不|绝不|不(?:返|送|给|退|补)/;
/** A bad review, then a service refused (差评的话以后就不接您的单, 差评不删售后就不管了). */
const BAD_THEN_WITHHELD = new RegExp(`(?:差评|中评|中差评|[一1](?:颗)?星|低分)[^.!?;。]{0,14}?(?:${lexicon.groups.withheld})`, 'g');
/** After the review-and-reward: the shop says it does not do it (好评返现这种事我们不做, …是违规行为). */
const REFUSED_AFTER = /^[^,.!?;。]{0,10}?(?:这种|这类|之类的?|什么的)?(?:事|事情|活动|行为|做法)?(?:我们|本店|咱们|小店)?(?:都|也|从来|从|一律)?(?:不做|不搞|不参与|没有|不支持|不允许|不会做|(?:是|属于|都是)?违规|是不允许|(?:是|属于|都是|被)?(?:平台|规则|法规|法律|国家|官方)?(?:明令)?(?:禁止|不允许|严禁))/;
/** Between the review and the reward: the platform or the system gives it, not the shop (评价后系统发放平台积分). */
const PLATFORM_GIVES = /平台|系统|官方/;
/** Holding back any review, not only a bad one (先别评价，我们给您补差价). */
const AVOID_REVIEW = /(?:先别|先不要|先不|暂时别|暂时不要|别急着|先不用)(?:给|打|写|留)?(?:评价|评论|评分)/g;
/** Benefits for holding a review back beyond AVOID_BENEFIT: a transfer, a refunded price difference. */
const AVOID_EXTRA = /转(?:您|你)?[0-9]+(?:元|块钱?)?|差价/;
/** Before the review: the service, then a demand that the review come first (补发需要您先给个好评). */
const SERVICE_NEEDS_FIRST = new RegExp(`(?:${lexicon.groups.benefit})[^.!?;。]{0,8}?(?:需要|要|得|必须|务必)(?:您|你|亲)?先(?:给|打|写|留|追加|来)?(?:个|一个|一条|条)?$`);
/** 先好评，再…: the review demanded before anything else the buyer wants (先给好评，我们再安排补发). */
const FIRST_BEFORE = /先(?:给|打|写|留|追加|来)?(?:个|一个|一条|条)?(?:[五5](?:颗)?星)?$/;
const THEN_AFTER = /^[^.!?;。]{0,16}?(?:再|才|然后|之后再)/;
/** …or the benefit right after it (您先好评，退款我们马上处理). */
const BENEFIT_AFTER = new RegExp(`^[^.!?;。]{0,12}?(?:${lexicon.groups.benefit})`);
/** Not giving the review, then a service withheld (不给的话以后都不敢接您的单了). */
const WITHHELD_AFTER = /^[^.!?;。]{0,16}?不(?:给|打|写|留)?(?:的话|就)[^.!?;。]{0,12}?(?:不敢|不再|不会再|没法|无法|不能|不)(?:接|卖|发|给|处理|退|换|售后|服务)/;
/** …or the review held back first (不给五星的话，下次就不卖给您了). */
const WITHHELD_BEFORE = /不(?:给|打|写|留)(?:个|一个)?$/;
const WITHHELD_THEN = /^(?:的话)?[^.!?;。]{0,12}?(?:不敢|不再|不会再|没法|无法|不能|不)(?:接|卖|发|给|处理|退|换|售后|服务)/;
/** The tie denied or asked about right after it (好评后再发货是不可能的, 给了好评就不能退货了吗？):
 *  the shop is answering a rumour or a question, not setting a condition. */
const DENIED_AFTER = /^[^,.!?;。]{0,8}?(?:是不可能|不可能|没有的事|不存在|是谣言|是假的|(?:吗|么|嘛|呢)?\?)/;
/** A problem clause between the review and the service: the service is for the problem (给个好评，
 *  有问题我们再补发), not for the review. */
const PROBLEM_BETWEEN = /有问题|如有|若有|如果|任何问题|不满意|有什么|质量问题|坏了|破损|漏发|少发|错发/;
/** A threat, nagging or a contemptuous demand around any review (每天给您打电话直到改为止, 地址我这有,
 *  给个好评会死啊): the lexicon's threat group. */
const THREAT = new RegExp(lexicon.groups.threat);
/** A bad review, then a verb that removes or changes it (看到您的差评了，撤掉的话…; 把差评那条隐藏掉):
 *  the shop asking for the review to go, across a comma. 改 only as a change of the rating (改进 is
 *  improving; 改改 only on its own, not 改改服务态度); a verb that cannot (删不掉), is negated (不会删) or is done by the platform is none. */
const BAD_THEN_REMOVED =
  /(?:差评|中评|中差评|低分|[一二两三1-3](?:颗)?星(?:的)?(?:评价)?)[^.!?;。]{0,12}?(?<![不没别被会]|不会|(?<!能)不能|没法|无法|自动)(?:删除?|撤销?|撤回|隐藏|屏蔽|折叠|去掉|拿掉|改(?=成|为|掉|一下|了|好评|[五5]星|(?:一改|改)(?:[,.!?;。吧呗哦吗呀嘛哈]|$)))(?:掉|除|销|回|一下|一改|改|了|成|为)?(?![不得])/g;
const REMOVED_BY_OTHERS = /平台|系统|官方|自动|客服介入|申诉/;
const REMOVAL_DENIED = /^[^,.!?;。]{0,8}?(?:是不可能|不可能|没有的事|不存在|是谣言|是假的)/;
/** A plea of pity or the shop's loss used to press for a review (就当帮帮小店, 影响店铺流量). */
const PITY = new RegExp(lexicon.groups.pity);
const SHOP_HARM = new RegExp(lexicon.groups.shopHarm);
/** A bad review: only this, not the shop's own rating, is said to cost the shop (差评影响流量). */
const BAD_REVIEW = /^(?:差评|中评|[一1](?:颗)?星)$/;
/** The buyer's offer echoed as a question (评价截图发我干嘛？): the shop is about to decline it. */
const ASKED_WHY_AFTER = /^[^,.!?;。]{0,3}?(?:干嘛|干什么|做什么|为什么|为啥)/;
/** Inside PRESSING's match, the delete/change verb negated (好评差评我们都没删过, 评价不能撤回): a fact, not a
 *  demand — but 能不能删, 可不可以改 ask for it. */
const NEGATED_VERB = /(?<![能可会])(?:没|不|未|从不|从没|绝不|不会)(?:有|曾|能|可以|会|用|要|法|办法)?(?:删|撤|改)/;

/** A review already given, asked to be changed or raised (您的评价能不能改一下, 评分麻烦调高一点, 补一颗星):
 *  pressing for a review without a reward word. The request is marked (能不能, 麻烦, 求, 请, 能…吗), so
 *  the shop explaining that reviews can be edited (评价可以改，在订单里点追评) is no request. */
const CHANGE_ASKED =
  /(?:评价|评分|评论|追评|星级|打分|分数)[^.!?;。]{0,12}?(?:(?:能不能|可不可以|可否|麻烦(?:您|你)?|帮忙|求(?:求)?(?:您|你)?|请(?:您|你)?)(?:帮忙|帮我们)?(?:给)?(?:我们)?(?:修改|改(?:一下|下|一改|改|掉|了)?(?![进善正良装版])|调高|改高|提高|往上调|调(?:一下|下)?|加(?:一|两|几)?(?:颗|个)?星)|(?:能|可以)(?:帮忙|麻烦)?(?:给)?(?:我们)?(?:修改|改(?:一下|下)?|调高|改高)(?:吗|嘛|么))|(?:把|将)[^.!?;。]{0,8}?(?:评价|评分|星级|打分)(?:给)?(?:调高|改高|提高|往上调|调(?:到|成)(?:[五5]|满))|(?:调高|改高|提高|加|补|多给)(?:一|两|[12])(?:颗|个)星/g;
/** After a change request: the shop answers a question (评价能不能改？可以的 / 能改的，在订单里…). */
const CHANGE_ANSWERED_AFTER = /^[?]*(?:可以|能|不能|不可以|当然|是可以|是能|没法|不行)/;
/** Before it: the buyer's question quoted (您问评价…). */
const CHANGE_QUOTED_BEFORE = /(?:您|你)(?:是)?(?:问|想问|咨询)[^.!?;。]{0,6}$/;
/** The platform's own default review stated as a fact (确认收货15天后系统默认好评, 超时未评价平台自动给五星):
 *  the system is the actor, nothing is asked of the buyer. The rule has no finding there, and the
 *  learned second opinion is not asked either (it reads 评价…好评 as a request). */
const PLATFORM_DEFAULT = /(?:系统|平台)[^.!?;。]{0,10}?(?:默认|自动)[^.!?;。]{0,6}?(?:好评|五星|评价|满意)|(?:默认|自动)(?:为|给|成|是)?(?:好评|五星)/;
/** …unless the text also asks for a review, pleads, or names a reward. */
const ASKS_FOR_REVIEW = /请|麻烦|记得|求|帮忙|务必|一定要|必须|给个|打个|给我们|返|红包|现金|礼|券|奖|送|补偿|不然|否则/;
/** Parcel news (每天提醒您物流进度): contact about the order, not nagging for the review. */
const PARCEL_NEWS = /物流|快递|发货|进度|到货|派送|签收/;
/** A review asked of the buyer: a request or an act word before it in its clause (给个, 写, 晒, 麻烦,
 *  记得, 在…里), or a word that is itself the act (晒图, 追评, 带图). 看评价 / 参考评价 read reviews. */
const REQUEST_BEFORE = /(?:给|写|打|留|发|晒|追加?|带|来|麻烦|记得|请|帮|求|在|把)[^,.!?;。]{0,6}$/;
const READ_BEFORE = /(?:看|查看|参考|翻|浏览|瞅)(?:一下|下|看)?(?:我们|大家|别人|买家)?的?$/;
const ACT_WORD = /^(?:晒|追评|带图|返图|写评|留评|买家秀)/;
/** After the review word: how to write it (评价写满五十字, 好评满二十字, 评价的时候能写一下…): the review
 *  is being asked for, not read. 写得/写的 report a review written. */
const REQUEST_AFTER = /^(?:的时候|时)?(?:能|可以|麻烦|记得|请|帮忙)?(?:写(?![得的])|带图|配图|配|满[0-9一二两三四五六七八九十百]|追加|晒)/;
/** After the review word: the buyer's words read back (评价里看到您说…) — the review is written. */
const READ_BACK_AFTER = /^(?:里|中|上|区)?(?:看到|您说|你说|说的|提到|反映|反馈)/;
/** A benefit the shop hands the buyer, in any wording (给您把运费补上, 我给你退一点钱, 运费我帮你出,
 *  直接给你抹零, 送您一对…, 给你改低价): a transfer to the buyer (给/帮/送/寄/补/退/返 + 您/你) with a
 *  verb of giving or a benefit word after it, or the shop taking a cost on. The exchange check pairs
 *  it with a requested review anywhere later in the sentence, commas included. */
const HANDED_TO_BUYER = new RegExp(
  `(?:给|帮|替|为|送|寄|补|退|返|赠)(?:给)?(?:您|你)(?!们)(?:把)?[^,.!?;。]{0,8}?(?:补|退|返|送|寄|减|抹(?:零)?|免|报销|承担|包邮|改低|便宜|优惠|打折|折|加送|多送|多发|升级|延保|出(?=[,.!?;。~哈哦呀啦吧]|$)|${lexicon.groups.reward})|(?:运费|邮费|差价|钱)[^,.!?;。]{0,4}?(?:我|我们|这边|小店)(?:来|帮(?:您|你)|给(?:您|你))?(?:出|包|报销|承担|买单)(?=[,.!?;。~哈哦呀啦吧了]|$)|抹零|改(?:成)?低价`,
);
/** The handed benefit is done or answers a problem (已经给您补发了): service, not a price. */
const HANDED_DONE = /已经|已|了(?=[,.!?;。~]|$)|运费险|保险/;
const EXCHANGE_WINDOW = 48;
/** A review asked for in paraphrase (夸两句, 说几句好话, 写个长评, 点亮五颗星): the lexicon's praise group. */
const PRAISE = new RegExp(lexicon.groups.praise, 'g');
/** A favour to the buyer without a reward noun (下次来少收五块, 运费算我们的, 有惊喜, 包裹里多一份): the
 *  lexicon's favour group. Said of a review asked in the same sentence, it is the review's price. */
const FAVOUR = new RegExp(lexicon.groups.favour);
/** A favour said as already done, or insurance (已经给您退了运费, 运费险): service, not a price. A
 *  closing 了 is left out here: 运费给你报了 promises. */
const FAVOUR_DONE = /已经|已|运费险|保险/;
/** After the review: it is all the shop asks (给个好评就行): a benefit before it in the sentence is
 *  its price (这单给你改成十九块，收到给个好评就行). */
const ONLY_ASKED_AFTER = /^(?:就行|就好|就可以|即可|就成|就够)/;
/** After the review word: what the buyer's review says (追评的问题, 评价里的内容): it is written already. */
const REVIEW_TOPIC_AFTER = /^(?:的|里的|中的|里面的)(?:问题|内容|反馈|意见|情况|照片|图)/;
/** The first benefit the shop hands the buyer in `s`, in any wording: a transfer (HANDED_TO_BUYER)
 *  or a favour (FAVOUR), whichever comes first. */
function firstBenefit(s: string): { readonly index: number; readonly length: number; readonly favour: boolean } | null {
  const h = HANDED_TO_BUYER.exec(s);
  const f = FAVOUR.exec(s);
  if (h === null && f === null) return null;
  if (f === null || (h !== null && h.index <= f.index)) return { index: h!.index, length: h![0].length, favour: false };
  return { index: f.index, length: f[0].length, favour: true };
}

/** The exchange: a review asked of the buyer, then — later in the same sentence, across commas —
 *  a benefit the shop hands them. New wordings of either side pair up without a phrase for each.
 *  The first pair found is reported. */
function reportExchange(text: string, reviews: readonly { readonly index: number; readonly word: string; readonly praise?: boolean }[], report: Report): void {
  for (const { index: start, word, praise } of reviews) {
    const end = start + word.length;
    const clause = text.slice(clauseStart(text, start, 12), start);
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || THANKS_BEFORE.test(clause) || GIVEN_BEFORE.test(clause) || READ_BEFORE.test(clause)) continue;
    if (praise !== true && !ACT_WORD.test(word) && !REQUEST_BEFORE.test(clause) && !REQUEST_AFTER.test(text.slice(end, end + 10))) continue;
    if (QUOTED_AFTER.test(text.slice(end, end + 6)) || READ_BACK_AFTER.test(text.slice(end, end + 6)) || REVIEW_TOPIC_AFTER.test(text.slice(end, end + 6)) || WRITTEN_AFTER.test(text.slice(end, end + 8))) continue;
    const after = text.slice(end, sentenceEnd(text, end, EXCHANGE_WINDOW));
    const h = firstBenefit(after);
    if (h === null) continue;
    // The sentence says the review does not matter to the remedy (运费我们出，不影响您的评价); the
    // benefit's own words (价格会不一样) are not that.
    // A degree or aspect word leading into the favour (都会特别好说话) belongs to it.
    if (UNCONDITIONAL.test(after.slice(0, h.index).replace(/(?:都会|也会|都|会)+$/, '') + '|' + after.slice(h.index + h.length))) continue;
    const handedEnd = end + h.index + h.length;
    // A favour's own words may hold a negation (不用付运费, 不收邮费): only what stands between counts.
    const between = (h.favour ? after.slice(0, h.index) : after.slice(0, h.index + h.length)).replace(/(?:都会|也会)$/, '');
    if (PROBLEM_BETWEEN.test(between) || UNCONDITIONAL.test(between) || DENIED_IN.test(between) || PLATFORM_GIVES.test(between) || SHOP_WIDE.test(after.slice(0, h.index + h.length)) || (h.favour ? FAVOUR_DONE : HANDED_DONE).test(clauseAround(after, h.index))) continue;
    if (DENIED_AFTER.test(text.slice(handedEnd, handedEnd + 12)) || REFUSED_AFTER.test(text.slice(end, end + 24))) continue;
    report({ start, end: handedEnd, messageId: 'reward', suggestion: '欢迎收到后给我们真实评价' });
    return;
  }
  // The other order: a benefit first, then the review as all that is asked (这单给你改成十九块，收到后给个
  // 好评就行).
  for (const { index: start, word } of reviews) {
    const end = start + word.length;
    if (!ONLY_ASKED_AFTER.test(text.slice(end, end + 3))) continue;
    const clause = text.slice(clauseStart(text, start, 12), start);
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || THANKS_BEFORE.test(clause) || GIVEN_BEFORE.test(clause)) continue;
    const a = sentenceStart(text, start, EXCHANGE_WINDOW);
    const before = text.slice(a, start);
    const h = firstBenefit(before);
    if (h === null) continue;
    const rest = before.slice(h.index + h.length);
    if (PROBLEM_BETWEEN.test(rest) || UNCONDITIONAL.test(before) || DENIED_IN.test(rest) || PLATFORM_GIVES.test(before) || SHOP_WIDE.test(before) || (h.favour ? FAVOUR_DONE : HANDED_DONE).test(clauseAround(before, h.index))) continue;
    report({ start: a + h.index, end: end, messageId: 'reward', suggestion: '欢迎收到后给我们真实评价' });
    return;
  }
}

/** The clause of `s` that holds index i. */
function clauseAround(s: string, i: number): string {
  return s.slice(clauseStart(s, i), clauseEnd(s, i));
}

/** The sentence around [start, end), up to `max` characters each way, as indices. */
function sentenceAround(text: string, start: number, end: number, max: number): [number, number] {
  return [sentenceStart(text, start, max), sentenceEnd(text, end, max)];
}

/** Review-inducement said by meaning only, as one conditional frame inside a sentence: a rating or a
 *  review the buyer gives (五星, 满分, 星星点满, 好评, 评价, 晒单, 心得, 追评, 笔记), a link that makes it the
 *  condition (的话, 后, 完, 就, 才, 凭, 截图发我, "给了好评的" buyers as a class), then anything the shop
 *  hands out or holds back for it — money, goods, a price, priority, a membership, a place in a draw, or
 *  the after-sales service itself (售后就不管了). Also the benefit first and the review as its 前提/条件.
 *  A refusal of such deals, a review that says what the buyer may write freely, and a review already
 *  written that the shop answers (评价里说的起球问题…换了面料) clear it. */
const CONDITIONED = new RegExp(
  '(?:好评|五星|五颗星|满分|星星|评价|评论|心得|晒单|追评|打分|笔记|高分|好的评价)[^.!?;。]{0,24}?' +
    '(?:的话|后|完|就|才|前提|凭|截图|发我|(?<=[给写打评点])了的|的(?:宝子|顾客|家长|同学|茶友|姐妹|朋友|亲))' +
    '[^.!?;。]{0,20}?' +
    '(?:返(?!回)|红包|补(?:您|你|给)|退(?:您|你|给)|送(?!到|达|货|出|给您的|过去)|(?:送|发|给)[^,.!?;。]{0,4}券|抵|免单|多(?:称|给|送|装|塞|发|放|加)|小礼物|挂件|周边|名额|资格|优先|升级|(?:会员|老客|内部|优惠)价|改价|心意|谢礼|提成|分你|兑|换(?:一个|取|下一)|赢|油钱|不收|回馈|售后|不发|不管|少[0-9一二三四五六七八九十两]|请(?:你|您))' +
    '|(?:前提是|条件是)[^.!?;。]{0,10}(?:好评|五星|满分|评价)' +
    '|(?:别|不要|千万别|先别)(?:急着)?(?:去)?(?:评价区|评价里|在评价里|评论区)(?:写|说|发)|(?:别|不要)(?:写|提)(?:不好听|缺点|不好的)[^.!?;。]{0,12}?(?:礼物|补偿|红包|返|送)|(?:只|就)(?:说|写)优点',
  'g',
);
const CONDITIONED_CLEARED = /不返|做什么|不做|不会|不允许|没有|不能|无关|没关系|不影响|真实|如实|按实际|不用|举报|不是我们|不接受|不搞|不参与|平台规定|禁止|看到了|说的|提到|那位|收到您的|谢谢您的/;
function reportConditioned(text: string, report: Report): void {
  for (const m of matchesIn(CONDITIONED, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = text.slice(sentenceStart(text, start, 60), sentenceEnd(text, end, 30));
    if (CONDITIONED_CLEARED.test(sentence)) continue;
    const pressing = /^(?:别|不要|千万别|先别|只|就)/.test(m[0]);
    report({ start, end, messageId: pressing ? 'pressing' : 'reward', suggestion: pressing ? '有任何问题请先联系我们，一定帮您处理好' : '欢迎收到后给我们真实评价' });
    return;
  }
}

export default defineTextRule({
  id: 'review-inducement',
  severity: 'error',
  description: {
    zh: '以返现、红包、赠品等利益诱导或施压要求好评（好评返现、五星截图领红包、删差评给补偿）',
    en: 'Pays or pressures for reviews (cash back for good reviews, red packets for 5-star screenshots, compensation for deleting a bad review)',
  },
  protects: {
    zh: '平台禁止以利益诱导好评或删改差评（诱导好评、虚假评价），违者扣分、评价清除、限流',
    en: 'The platform bans rewarding or pressuring buyers for reviews; offenders lose points, reviews are removed and traffic is throttled',
  },
  messages: {
    reward: {
      zh: '以利益换评价「{{quote}}」属于诱导好评，平台禁止',
      en: 'Reward in exchange for a review "{{quote}}" is review inducement, banned by the platform',
    },
    pressing: {
      zh: '要求买家删改评价或强要好评「{{quote}}」属于诱导好评，平台禁止',
      en: 'Pressing the buyer to change or give a review "{{quote}}" is review inducement, banned by the platform',
    },
  },
  quietsModel(normalized) {
    const text = normalized.text;
    return PLATFORM_DEFAULT.test(text) && !ASKS_FOR_REVIEW.test(text);
  },
  check(normalized, outerReport) {
    const text = normalized.text;
    let reportedAny = false;
    const report: typeof outerReport = (f) => {
      reportedAny = true;
      outerReport(f);
    };
    // Every review word, kept for the exchange check at the end (no second scan of the text).
    const reviews: { readonly index: number; readonly word: string }[] = [];
    scan(REVIEW, text, (m) => {
      reviews.push({ index: m.index, word: m[0] });
      const start = m.index;
      const end = start + m[0].length;
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return;
      // 您追评里说的漏水问题…给您换个新的: the review is written; the exchange answers its complaint.
      if (QUOTED_AFTER.test(text.slice(end, end + 6))) return;
      // 好评有礼活动已经结束了: the reward is announced as over; 好评返现这种事我们不做: refused.
      if (ENDED_AFTER.test(text.slice(end, end + 16)) || REFUSED_AFTER.test(text.slice(end, end + 24))) return;
      // 评价随意, 评价您自由: the review left to the buyer; 评价写得很用心: a review already written. A
      // benefit beside either is not its price.
      if (LEFT_TO_BUYER_AFTER.test(text.slice(end, end + 6)) || WRITTEN_AFTER.test(text.slice(end, end + 8))) return;
      // Begging for a good review with a guilt reason (给个好评吧，不然绩效要被扣钱了).
      if (GOOD_REVIEW.test(m[0])) {
        let [pa, pb] = sentenceAround(text, start, end, PLEA_WINDOW);
        // 方便给个五星吗？拜托，不然提成就泡汤了: asked as a question, the reason follows in the next sentence.
        if (text.charCodeAt(pb) === 0x3f /* ? */) pb = sentenceEnd(text, pb + 1, PLEA_WINDOW);
        const h = HARM.exec(text.slice(pa, pb));
        if (h !== null) {
          const hs = pa + h.index;
          report({ start: Math.min(start, hs), end: Math.max(end, hs + h[0].length), messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
          return;
        }
      }
      const a = sentenceStart(text, start, BEFORE_WINDOW);
      const ca = clauseStart(text, start, start - a);
      const cb = clauseEnd(text, end, CLAUSE_MAX);
      // The clause after the review word, unless it opens another topic; across a full stop only
      // an unmistakable reward still ties to the review.
      let b = cb;
      let nextStrongOnly = false;
      let stepEnd = -1;
      const thanks = THANKS_BEFORE.test(text.slice(ca, start));
      const beneficiary = BENEFICIARY_AFTER.test(text.slice(end, cb));
      if (!thanks && cb < text.length && CLAUSE_END[text.charCodeAt(cb)] === 1 && (beneficiary || !OTHER_TOPIC_START.test(text.slice(cb + 1, cb + 8)))) {
        nextStrongOnly = SENTENCE_END[text.charCodeAt(cb)] === 1;
        const nb = clauseEnd(text, cb + 1, CLAUSE_MAX);
        if (!SHOP_WIDE.test(text.slice(cb + 1, nb))) b = nb;
      }
      // The next clause is a step of the same instruction (…，联系客服登记，月底统一返现): the clause after
      // it still belongs to the review, for an unmistakable reward only.
      if (b > cb && b < text.length && CLAUSE_END[text.charCodeAt(b)] === 1 && SENTENCE_END[text.charCodeAt(b)] === 0 && NEXT_STEP.test(text.slice(cb + 1, b))) {
        const nb = clauseEnd(text, b + 1, CLAUSE_MAX);
        if (!SHOP_WIDE.test(text.slice(b + 1, nb))) {
          stepEnd = b;
          b = nb;
        }
      }
      const region = text.slice(a, b);
      // The reward nearest the review word is the one tied to it: 送您的礼品行吗…好评返现2元 quotes
      // 好评返现2元, not everything from an earlier gift on.
      let best = null as [number, number] | null;
      let bestGap = Infinity;
      scan(REWARD, region, (r) => {
        // The negation may lie before the window (我们店没有好评返现这种活动，评价…): look in the text.
        if (NO_REWARD_BEFORE.test(text.slice(Math.max(0, a + r.index - 8), a + r.index))) return;
        const rs = a + r.index;
        const re = rs + r[0].length;
        // The reward word must not be part of the review word itself (晒图返 vs 返图).
        if (rs < end && re > start) return;
        // 换个网络试试, 换个浏览器再传: switching something to try again, not a gift in exchange.
        if (text.charCodeAt(rs) === 0x6362 /* 换 */ && SWITCH_TO_TRY.test(text.slice(rs, rs + 14))) return;
        if (PLATFORM_GIVES.test(text.slice(ca, start)) || (rs > end && PLATFORM_GIVES.test(text.slice(end, rs)))) return;
        // A shop-wide offer named with the reward (好评后记得领店铺券) is every buyer's, not the review's.
        if (rs > end && SHOP_WIDE.test(text.slice(end, Math.min(b, re + 4)))) return;
        const strong = STRONG_REWARD.test(r[0]) || GIVEN_TO_BUYER.test(text.slice(Math.max(a, rs - 6), rs));
        if (rs < ca && (thanks || !strong)) return;
        if (re > cb && !strong && (WEAK_ACROSS.test(r[0]) || nextStrongOnly)) return;
        if (stepEnd >= 0 && re > stepEnd && !strong) return;
        const gap = rs >= end ? rs - end : start - re;
        if (gap < bestGap) {
          best = [rs, re];
          bestGap = gap;
        }
      });
      if (best !== null) {
        const [rs, re] = best;
        report({ start: Math.min(start, rs), end: Math.max(end, re), messageId: 'reward', suggestion: '欢迎收到后给我们真实评价' });
      }
    });
    // A review text the shop writes for the buyer (评价模板发您, 评语我写好了, 范文照着抄) with a gift for
    // posting it: an invented review paid for, wherever the gift stands in the next sentences.
    // A template is always of a review: only texts that name one are looked at (most name none).
    if (reviews.length > 0 && TEMPLATE_ANY.test(text)) scan(TEMPLATE, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || /^[^,.!?;。]{0,3}?(?:不需要|不用|没有|无需)/.test(text.slice(end, end + 6))) return;
      const lead = text.slice(Math.max(0, start - 20), start);
      const window = text.slice(end, end + TEMPLATE_WINDOW);
      if (!TEMPLATE_SUPPLIED.test(lead + '|' + window)) return;
      let hit: [number, number] | null = null;
      scan(REWARD, window, (r) => {
        if (hit !== null || NO_REWARD_BEFORE.test(window.slice(Math.max(0, r.index - 8), r.index))) return;
        if (!STRONG_REWARD.test(r[0]) && !GIVEN_TO_BUYER.test(window.slice(Math.max(0, r.index - 6), r.index)) && !/^(?:赠品|礼物|礼品|小样|挂件)/.test(window.slice(r.index, r.index + 2)) && !/有|领|送|拿/.test(window.slice(Math.max(0, r.index - 2), r.index + 1))) return;
        hit = [end + r.index, end + r.index + r[0].length];
      });
      if (hit !== null) report({ start, end, messageId: 'reward', suggestion: '欢迎收到后给我们真实评价' });
    });
    // The letters need a run of four: one native test spares the scan on nearly every text.
    if (LETTERS4.test(text)) scan(ABBREVIATED, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return;
      if (ENDED_AFTER.test(text.slice(end, end + 16)) || REFUSED_AFTER.test(text.slice(end, end + 24))) return;
      // Letters are also model lines (hp fx系列): only an offer's next step or the end follows.
      if (!ABBREVIATED_NEXT.test(text.slice(end, end + 3))) return;
      report({ start, end, messageId: 'reward', suggestion: '欢迎收到后给我们真实评价' });
    });
    // 不给差评的话运费我们承担 / 差评之前联系我们，给您补偿: a benefit for NOT leaving a bad review.
    const avoid = (m: RegExpExecArray): void => {
      const start = m.index;
      const end = start + m[0].length;
      const [pa, pb] = sentenceAround(text, start, end, AVOID_WINDOW);
      const b = AVOID_BENEFIT.exec(text.slice(pa, pb)) ?? AVOID_EXTRA.exec(text.slice(pa, pb));
      if (b === null) {
        if (!BAN_BAD.test(m[0])) return;
        const [ga, gb] = sentenceAround(text, start, end, BAN_WINDOW);
        const g = GOOD_ASKED.exec(text.slice(ga, gb));
        if (g === null) return;
        const gs = ga + g.index;
        report({ start: Math.min(start, gs), end: Math.max(end, gs + g[0].length), messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
        return;
      }
      const bs = pa + b.index;
      report({ start: Math.min(start, bs), end: Math.max(end, bs + b[0].length), messageId: 'reward', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
    };
    scan(AVOID_BAD, text, avoid);
    scan(AVOID_REVIEW, text, avoid);
    // Guilt and penalty pressure around a review, in one sentence (commas included).
    let guiltDone = false;
    scan(ANY_REVIEW, text, (m) => {
      if (guiltDone) return;
      const start = m.index;
      const end = start + m[0].length;
      // 不评价的话我会一直提醒你: a review not given is the buyer's inaction, which a threat to keep
      // contacting presses on; only guilt and pity need a review the shop asks for.
      const negated = NEGATED_BEFORE.test(text.slice(Math.max(0, start - 8), start));
      const [pa, pb] = sentenceAround(text, start, end, PLEA_WINDOW);
      const sentence = text.slice(pa, pb);
      if (negated) {
        const t = THREAT.exec(sentence);
        // …unless the shop says it does not mind (没评价也没关系) or the contact is about the parcel.
        if (t === null || UNCONDITIONAL.test(sentence) || PARCEL_NEWS.test(clauseAround(sentence, t.index))) return;
        const ts = pa + t.index;
        guiltDone = true;
        report({ start: Math.min(start, ts), end: Math.max(end, ts + t[0].length), messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
        return;
      }
      const t = THREAT.exec(sentence);
      const g =
        GUILT.exec(sentence) ??
        PITY.exec(sentence) ??
        (GOOD_RATING.test(m[0]) ? HARDSHIP.exec(sentence) : null) ??
        (t !== null && !PARCEL_NEWS.test(clauseAround(sentence, t.index)) ? t : null) ??
        (BAD_REVIEW.test(m[0]) ? SHOP_HARM.exec(sentence) : m[0] !== '差评' && m[0] !== '中评' ? TRANSFER.exec(sentence) : null);
      if (g === null) return;
      const gs = pa + g.index;
      guiltDone = true;
      report({ start: Math.min(start, gs), end: Math.max(end, gs + g[0].length), messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
    });
    scan(CONDITIONAL, text, (m) => {
      report({ start: m.index, end: m.index + m[0].length, messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
    });
    scan(CHANGE_ASKED, text, (m) => {
      const end = m.index + m[0].length;
      if (NEGATED_VERB.test(m[0]) || CHANGE_ANSWERED_AFTER.test(text.slice(end, end + 6)) || CHANGE_QUOTED_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return;
      if (REMOVED_BY_OTHERS.test(m[0])) return;
      report({ start: m.index, end, messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
    });
    scan(PRESSING, text, (m) => {
      if (NEGATED_VERB.test(m[0]) || ASKED_WHY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
      // 差评是删不掉的, 收到差评会改进: a verb that cannot, or 改 as improving, asks for nothing.
      if (/^(?:[删撤改](?:不|得))|^改[进善正良]/.test(text.slice(m.index + m[0].length - 1, m.index + m[0].length + 1))) return;
      report({ start: m.index, end: m.index + m[0].length, messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
    });
    // A service or benefit made to wait for the review, in either order, or withheld without it.
    scan(DEMANDED, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return;
      const [pa, pb] = sentenceAround(text, start, end, PLEA_WINDOW);
      const before = text.slice(pa, start);
      const after = text.slice(end, pb);
      let hit: [number, number] | undefined;
      const t = AFTER_REVIEW.exec(after) ?? THEN_SERVICE.exec(after) ?? OFFER_AFTER.exec(after);
      // The platform's points or a shop-wide offer after the review are no price for it (评价后系统发放平台积分).
      if (t !== null && !PROBLEM_BETWEEN.test(t[0]) && !UNCONDITIONAL.test(t[0]) && !DENIED_IN.test(t[0]) && !PLATFORM_GIVES.test(t[0]) && !SHOP_WIDE.test(t[0]) && !THANKS_BEFORE.test(before) && !GIVEN_BEFORE.test(before) && !QUOTED_AFTER.test(after)) {
        hit = [start, end + t[0].length];
      }
      const w = hit === undefined ? WITHHELD_AFTER.exec(after) : null;
      if (w !== null) hit = [start, end + w[0].length];
      const f = hit === undefined ? SERVICE_NEEDS_FIRST.exec(before) : null;
      if (f !== null) hit = [pa + f.index, end];
      if (hit === undefined && FIRST_BEFORE.test(before)) {
        const th = THEN_AFTER.exec(after) ?? BENEFIT_AFTER.exec(after);
        if (th !== null && !PROBLEM_BETWEEN.test(th[0])) hit = [start, end + th[0].length];
      }
      const wb = hit === undefined ? WITHHELD_BEFORE.exec(before) : null;
      if (wb !== null) {
        const wt = WITHHELD_THEN.exec(after);
        if (wt !== null) hit = [pa + wb.index, end + wt[0].length];
      }
      if (hit === undefined || DENIED_AFTER.test(text.slice(hit[1], hit[1] + 12))) return;
      report({ start: hit[0], end: hit[1], messageId: 'pressing', suggestion: '售后与评价无关，有任何问题我们都会处理' });
    });
    scan(BAD_THEN_REMOVED, text, (m) => {
      const end = m.index + m[0].length;
      // A question here is a request (能不能先隐藏起来？), so only a denial after it counts.
      if (REMOVED_BY_OTHERS.test(m[0]) || NEGATED_VERB.test(m[0]) || REMOVAL_DENIED.test(text.slice(end, end + 12))) return;
      report({ start: m.index, end, messageId: 'pressing', suggestion: '有任何问题请先联系我们，一定帮您处理好' });
    });
    scan(BAD_THEN_WITHHELD, text, (m) => {
      const end = m.index + m[0].length;
      if (UNCONDITIONAL.test(m[0]) || DENIED_AFTER.test(text.slice(end, end + 12))) return;
      report({ start: m.index, end, messageId: 'pressing', suggestion: '售后与评价无关，有任何问题我们都会处理' });
    });
    // The exchange: a review asked of the buyer, then — later in the same sentence, across commas —
    // a benefit the shop hands them. New wordings of either side pair up without a phrase for each.
    // Only where no other check has a finding: theirs name the act more precisely.
    if (!reportedAny) {
      // The review asked in paraphrase (夸两句, 写个长评) joins the review words, in text order.
      let all: { readonly index: number; readonly word: string; readonly praise?: boolean }[] = reviews;
      if (text.indexOf('夸') >= 0 || text.indexOf('好话') >= 0 || text.indexOf('评') >= 0 || text.indexOf('星') >= 0) {
        const extra: { readonly index: number; readonly word: string; readonly praise: boolean }[] = [];
        scan(PRAISE, text, (m) => {
          extra.push({ index: m.index, word: m[0], praise: true });
        });
        if (extra.length > 0) all = [...reviews, ...extra].sort((x, y) => x.index - y.index);
      }
      reportExchange(text, all, report);
    }
    if (!reportedAny) reportConditioned(text, report);
  },
});
