import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/lint/engine.js';
import { normalize } from '../../../src/lint/normalize.js';
import rule from '../../../src/lint/rules/review-inducement.js';
import { ruleTester } from '../rule-tester.js';

ruleTester('review-inducement', {
  valid: [
    // Session 19 (meaning20, own wording): a review and a benefit in one sentence without the one
    // being the condition of the other — a refusal, a complaint already written and answered, help
    // with the review page.
    '给不给五星都随您，补发的包裹今天照样寄出',
    '追评里说的线头问题我们看到了，下一批换了缝纫师傅',
    '评价页上传图片失败的话，可以换个网络再试',
    // Session 14 (meaning15, own wording): near misses of the paraphrased trade — praise reported,
    // a remedy that says the review does not matter, a cost taken for a defect, a shop-wide coupon,
    // thanks for a review given, an open invitation, the review left to the buyer.
    '好多回头客都夸这款面料舒服',
    '您追评的问题收到了，运费我们出，不影响您评价',
    '质量问题的话运费算我们的，评价您随意',
    '下次来买记得领首页的券，欢迎给个真实评价',
    '谢谢您的好评，下次来给您留新款',
    '欢迎写长评分享真实感受，好坏都可以',
    '您上次说的颜色下次到货先留给您，评价随意哦',
    '赠品是店铺活动 人人都有 不用特意写好评 赠品是试用装',
    '您的评价写得很用心，下次来给您留新款',
    '尺码不合适可以退，运费险会补您一点',
    // Session 9 (own wording): a template that is no review, a review asked for without a model text
    // or a gift, replies counted one by one.
    '我们的模板尺码表发您，照着量就行',
    '评价随便写，真实感受就好，不需要模板',
    '评论区的问题我们一条一条都回复了',
    // Issue 10 (benign9): the review is said not to be needed for what the shop gives.
    '收藏店铺就送小样，不用好评也行',
    '赠品是活动自带的，无需给好评',
    // Issue 10 (fa6): the buyer's review quoted as where a complaint was made; the remedy answers it.
    '您追评里提到的开线问题，我们给您换一件新的寄过去',
    '看到您评价中说的色差了，这边给您补发一个颜色',
    // Issue 10: 换 as switching a device or network to try again, in help with posting a review.
    '追评上传不了图片的话，换个浏览器再试一下',
    '评价里的视频传不上去，可以换成wifi重新传',
    // 半价 that is a shop-wide sale or thanks, not a reward for the review.
    '感谢您的好评，新品今天半价',
    '给个好评吧，全场半价进行中',
    '晒图有礼活动已经结束啦，感谢支持',
    // The stars are the shop's reward from a satisfied buyer: a request, no benefit offered.
    '觉得我们服务还行的话，麻烦用五颗星奖励一下我们客服',
    '收到差评我们会认真改进，谢谢您的反馈',
    '晒过的评价图在我的订单那一栏能找到',
    // SPEC §3 must-not-catch: honest feedback without a reward.
    '欢迎收到后给我们真实评价',
    '如果满意可以给我们一个好评哦，谢谢亲',
    '遇到问题先找在线客服，我们会跟进到底',
    '好评率98%，放心购买',
    // Reviews talked about without reward, penalty or condition.
    '差评我们也会认真看，有问题随时联系',
    '五星好评的宝贝我们都有认真回复哦',
    'hp打印机的墨盒也有货',
    '⭐⭐⭐⭐⭐的评价我们都会置顶展示',
    '有评价说图片颜色偏深，主图我们重新拍过了',
    '往下翻评价，有不少顾客的上身照能参考',
    '小店从不搞好评返现这一套，真实体验照写就行',
    '很多买家评价说送货很快',
    // A review word next to a shop-wide promotion, thanks after the fact, or a statistic.
    '喜欢的话留个好评，全场满200减20今天截止',
    '感谢您的五星好评，下次光临也有新人价哦',
    '谢谢亲的好评，我们会继续努力',
    '这款五星级酒店同款的枕头很软',
    '有问题先联系客服，评价前说一声我们马上处理',
    '看评价好几位说这款鞋码偏大，可以选小半码',
    '晒图的姐妹都说颜色和图片一样，我们是实拍',
    '这个月销量和好评都不错，库存不多了',
    '很多好评都提到包装很用心，送人也合适',
    '觉得不错可以给个好评，下次购买记得领店铺券',
    // Asking for contact before a bad review, with no benefit tied to holding it back.
    '东西有瑕疵的话先找我们，一定处理到您满意',
    '差评我们都会一条条看，认真改进',
    '先别急着给差评，联系客服我们马上处理',
    '不要给中评哦，有问题我们包退换',
    // A delivery-care follow-up that asks for honest feedback, no benefit attached.
    '包裹签收了没？用着哪里不顺手就说，也想听听您真实的感受',
    // A review next to a service with no condition between them (acc-review, issue 10): praise with
    // 就是, a problem clause that the service answers, thanks after the fact, a denied rumour, a question.
    '好评就是对我们最大的鼓励，谢谢亲',
    '收到货给个好评，有问题我们再补发',
    '感谢您的好评，下次再买可以包邮哦',
    '开票在订单页点申请就行，跟写不写评价没关系',
    '好评差评我们都不会删，请放心',
    '先确认收货再评价就可以了',
    '天气原因可能影响物流速度，评价前可以先联系我们',
    '麻烦报一下单号，这边立刻安排重寄',
    '有问题先找我们，评价您随意写，售后都一样',
    '好评后再发货是不可能的，下单就发',
    '给了好评就不能退货了吗？当然可以退',
    '不给好评也可以，不满意直接退',
    '大促期间流量大，回复可能慢一点',
    // Honest asks and statements near the new reward and pressure shapes (issue 10, own wording).
    "小店从没做过好评返现，体验如何照实写就好",
    "收到您的中评了，指出的不足我们会改进",
    "不满意先别急着评价，联系我们帮您处理",
    "亲，用了一段时间后欢迎追评，说说真实感受",
    "九折活动是全店的，和评价无关",
    "五分钟后会有客服联系您",
    "hp笔记本电脑下单送鼠标",
    "好评率百分之九十八，回头客很多",
    // Platform points, a refused or denied rebate, service that does not wait for the review.
    '评价后系统会自动发放平台积分，这是平台的规则',
    '好评返现是违规行为，本店不参与',
    '评价截图发给我做什么呀，咱家不返现的',
    '您的差评我们已经反馈给质检，补发的快递今天出',
    '评价是您的权利，补发照常安排',
    '亲，评价不着急，先用上几天，用得不好就来找我们',
    '差评我们都会认真处理，不会不理',
    '买了运费险的话，退货运费不用自己掏',
    '您的好评我们收到了，谢谢支持',
    '退款已经处理了，和评价没有关系',
    '有问题先别急着给差评，联系客服处理',
    // Near-misses of the w7 classes (acc-review, own wording): a warranty, points or a member
    // price with no review tie, a model name after hp, and a bad review banned with no good one
    // demanded (SPEC §3: asking to be contacted first is after-sales, not inducement).
    '延保服务可以在下单时一起购买',
    '积分可以在会员中心兑换，和评价无关',
    '老客价只对会员开放，欢迎真实评价',
    '哪里不满意先跟我们说，肯定帮您解决',
    '满意的话欢迎给五星，不满意可以先找客服',
    '运费险退货时自动理赔，欢迎评价',
    'hp fx系列墨盒有现货',
    '别给差评哈，有问题找客服马上处理',
    // The broad benefit and review-act vocabulary (lexicon groups goodReview/act/reward) near
    // ordinary shop talk: prices, points and samples with no review tied to them, 三星 the brand,
    // sun-drying, a notebook computer, a review that cannot be withdrawn.
    '会员价在首页可以看到，下单前记得登录',
    '五星好评是对我们最大的支持，会员价商品在首页',
    '三星手机壳有现货，下单送钢化膜',
    '衣服别暴晒，晒干后再收',
    '这款笔记本电脑支持分期，下单送鼠标',
    '评价提交后不能撤回，请确认后再评',
    '评价不能删掉的哦',
    '试用装是随机赠送的，和评价没关系',
    '积分兑换在会员中心，欢迎真实评价',
    '亲友价只在周年庆当天有',
    // Facts about removing a review, improving after one, following up, refusing, another shop's
    // offer, and a refund without return that does not wait for any review.
    '差评回复后平台会自动折叠',
    '差评我们是没法删除的，只能平台处理',
    '差评不能删除哦',
    '差评是删不掉的哦',
    '收到差评后我们会改进包装',
    '差评我们不会再犯',
    '给个好评吧，有问题我们会一直跟进',
    '晒单有礼是其他店的活动，我们没有',
    '我们没法用红包换好评，请您理解',
    '质量问题的话不用寄回，拍照给我们就行',
    // A ban named (是平台禁止的), a shop-wide offer after the review, manners (礼貌).
    '好评返现是平台明令禁止的，我们不做',
    '好评后记得领店铺券哦',
    '评价完之后可以看看店铺优惠',
    '有问题请联系客服，客服会礼貌地帮您处理，欢迎评价',
    // Improving after a bad review; a follow-up step then a shop-wide offer; the shop's own errand.
    '差评我们会好好改改服务态度',
    '给个好评吧，有问题联系客服，满99减10',
    '欢迎评价，有问题找客服，全店包邮',
    '我们天天找您核对地址也不合适',
    // Session-4 near misses (own wording): 满分 as a test result, price protection on its own,
    // a model code, a refused abbreviation.
    '这款粉底在测评里拿了满分',
    '买完又便宜了可以走价保，多出的钱会退回',
    '型号hpyl-2的配件',
    '我们不搞hpfx',
    '评价随意，快递我们帮您催了好几次了',
    // Issue 10, session 5 (own wording): 苹果 after 好; the shop promising not to keep messaging; a
    // reminder about the parcel near a review; the shop noting a bad review's problem; 评论区 after 赶紧.
    '好苹果一箱十斤，买两箱送一斤',
    '评不评都随您，我们不会一直发消息打扰',
    '没评价也没关系，物流我们每天提醒您一次',
    '给差评的亲，我们记下您的问题了，马上补发',
    '赶紧去评论区看看别人的穿搭',
    // Session 11 (meaning12, own wording): the platform's own default review is a fact, the shop
    // explaining that a review can be edited answers a question, a product merit that is 不容易,
    // a review of any kind asked with the clerk's hardship (the rule is about good reviews pressed for).
    '交易成功满15天没评价的，平台会自动记为好评',
    '您问评价能不能改？可以的，在订单里点追评就行',
    '这款好评挺多的，面料不容易起球',
    '做客服不容易，有空的话写几句评价，好坏随意',
    // Session 11 (meaning12, second round, own wording): 评完 before an address check, 返回 a page, a
    // fair price (好平价), a skill unlocked by a buyer's note, a unit returned to the factory.
    '评完价记得核对收件信息',
    '好评后会返回到订单详情页',
    '这款价格好平价，放心拍',
    '评价区有同学说解锁了新技能',
    '您评价里说的问题，我们返厂检测一台',
    // Session 12 (meaning13, own wording): the exchange check's near misses — thanks for a review,
    // a review read back, a problem fixed, a resend already done, reviews read rather than asked.
    '感谢您的好评，下次来给您优惠',
    '您的评价我们看到了，已经给您补发了',
    '收到后麻烦给个评价，有问题找我们，给您换新',
    '评价里您说的漏液问题，我们给您补寄一瓶',
  ],
  invalid: [
    // Session 19 (meaning20, own wording): a rating made the condition of something the shop hands
    // out or holds back — goods, a price, priority, a draw, the after-sales service.
    { text: '星星全点亮的话，下次来买给您多称二两', spans: ['星星全点亮的话，下次来买给您多称'] },
    { text: '写了晒单心得的宝子，下单时按会员价算', spans: ['晒单心得的宝子，下单时按会员价'] },
    { text: '没打满分的话，后续售后就难办了哦', spans: ['满分的话，后续售后'] },
    { text: '加急发货可以，前提是收到先给个好评', spans: ['前提是收到先给个好评'] },
    { text: '有不满意先别在评价里说，直接找我', spans: ['先别在评价里说'] },
    // Not giving a good review is the condition a threat hangs on.
    { text: '不给好评就不给您退运费', spans: ['不给好评就不给您退运费'] },
    // A review still asked for after one is quoted, or a reward for what the review says.
    { text: '评价里说的问题我们改，追评一下就给您返5元', spans: ['追评一下就给您返5元'] },
    { text: '评价里带上顺滑两个字就送您试用装', spans: ['评价里带上顺滑两个字就送'] },
    // Session-4 shapes (own wording): a share of the order paid back, the next order cheaper, the
    // price difference for a review, 满分 as the top score, 截图 with 图 in pinyin, the phrases in
    // pinyin initials.
    { text: '晒图满20字，返订单金额的5%', spans: ['晒图满20字，返订单金额的5%'] },
    { text: '好评截图给我，下一单减3块', spans: ['好评截图给我，下一单减3块'] },
    { text: '五星晒图后，差价给您退', spans: ['五星晒图后，差价给您退'] },
    { text: '记得选满分，满分的送清洁套装', spans: ['满分，满分的送'] },
    { text: '五星截tu发我', spans: ['五星截tu发我'] },
    { text: 'styl活动进行中，私我', spans: ['styl'] },
    { text: '追评写一下呗，都催您好几次了', spans: ['追评写一下呗，都催您好几次'] },
    { text: '五星好评可以换一份小零食哦', spans: ['五星好评可以换一份小零食哦'] },
    // The review act × a benefit, in new wording: pinyin with spaces and tone marks, emoji stars,
    // English, a post on the platform, a score, and benefits beyond cash (cards, membership,
    // privileged prices, gifts, free service, a transfer in r).
    { text: 'hǎo píng jié tú，返您3元', spans: ['hǎo píng jié tú，返您3元'] },
    { text: 'gěi wǔ xīng hǎo píng sòng 5 r', spans: ['wǔ xīng hǎo píng sòng 5 r'] },
    { text: 'shai tu 评价送小样', spans: ['shai tu 评价送小样'] },
    { text: 'zhui ping一下送您一包湿巾', spans: ['zhui ping一下送'] },
    { text: 'h评送礼盒一个', spans: ['h评送礼盒'] },
    { text: '5 star review可以返现哦', spans: ['5 star review可以返现'] },
    { text: '写篇种草笔记发出来，我们返您8元', spans: ['写篇种草笔记发出来，我们返您8元'] },
    { text: '给个高分，补您一张20元代金券', spans: ['给个高分，补您一张20元'] },
    { text: '好评后找客服升级成VIP会员', spans: ['好评后找客服升级成VIP'] },
    { text: '晒出买家秀的亲，下单都按亲友价', spans: ['晒出买家秀的亲，下单都按亲友价'] },
    { text: '五颗小星星点亮，送您一个福袋', spans: ['五颗小星星点亮，送'] },
    { text: '追评带图的顾客免费刻字一次', spans: ['追评带图的顾客免费刻字'] },
    { text: '好评截图发来，转您6r', spans: ['好评截图发来，转您6'] },
    // A bad review to be hidden or withdrawn, across a comma or as a question (能不能…？).
    { text: '中评能不能先隐藏起来？我们给您寄个小礼物', spans: ['中评能不能先隐藏'] },
    { text: '看到您给了两星，麻烦撤回一下，这边补您10元', spans: ['两星，麻烦撤回'] },
    { text: '那条差评可以撤掉吗', spans: ['差评可以撤掉'] },
    // Who gets the benefit is named by the review (给五星的宝宝，…); a coupon handed to the buyer.
    { text: '给五星的宝宝，全店商品下次九折', spans: ['五星的宝宝，全店商品下次九折'] },
    { text: '好评截个图，我们发你一张满减券', spans: ['好评截个图，我们发'] },
    // Nagging, the buyer's address, contempt; the goods kept as the benefit.
    { text: '您要是不改好评，我们天天给您打电话', spans: ['改好评，我们天天给您打电话'] },
    { text: '不给好评的话，你的地址我这都有哦', spans: ['好评的话，你的地址我这都有'] },
    { text: '写个好评很难吗', spans: ['好评很难吗'] },
    { text: '好评晒图，这件衣服就不用退回了', spans: ['好评晒图，这件衣服就不用退回'] },
    // A gift named by its kind; whatever benefit comes after the review (评价后…).
    { text: '追评带上视频，送您一份回购礼', spans: ['追评带上视频，送'] },
    { text: '晒单评价后，满减券直接发到您账户', spans: ['评价后，满减券'] },
    // A rating changed by a reduplicated verb; a reward two steps after the review; nagging.
    { text: '那条中评能改改吗', spans: ['中评能改改'] },
    { text: '晒图评价后截图，私信客服，周末统一发红包', spans: ['晒图评价后截图，私信客服，周末统一发红包'] },
    { text: '您给差评的话，客服天天找您', spans: ['差评的话，客服天天找您'] },
    // Asking, politely, for a review to be withdrawn is pressing whatever follows.
    { text: '评价能帮忙删掉吗，给你补点差价', spans: ['评价能帮忙删掉'] },
    { text: '那条评价能撤掉吗？撤掉后给您一张券', spans: ['评价能撤掉吗？撤掉后给您一张券'] },
    // The reward nearest the review word is quoted, not an earlier gift in the same stretch.
    { text: '给您留了份小礼品行吗亲好评返现3元', spans: ['好评返现3元'] },
    // Half price as the reward (半价名额 for a good-review screenshot).
    { text: '发一下好评截图就能登记半价名额', spans: ['好评截图就能登记半价'] },
    // Rewards written as equations, emoji or abbreviations.
    { text: '⭐⭐⭐⭐⭐=🧧，懂的来', spans: ['⭐⭐⭐⭐⭐=🧧'] },
    // A reward for the buyer after the stars is still one.
    { text: '五星好评后奖励您一个红包', spans: ['五星好评后奖励'] },
    { text: '5🌟返3元', spans: ['5🌟返3元'] },
    { text: 'hp返x，截图私我', spans: ['hp返x，截图私我'] },
    { text: '好pin有礼哦', spans: ['好pin有礼'] },
    { text: '晒买家秀抽switch，写得越长越容易中', spans: ['晒买家秀抽'] },
    { text: '给了好评就把保修多加半年', spans: ['好评就把保修'] },
    { text: '追评满20字，积分翻倍', spans: ['追评满20字，积分翻倍'] },
    // Guilt and penalty pressure, after-sales conditional on the review, threats, deleting walk-throughs.
    { text: '一个差评我们整个月都白干了', spans: ['差评我们整个月都白干'] },
    { text: '差评的话店铺要被平台处罚的，求您高抬贵手', spans: ['差评的话店铺要被平台处罚'] },
    { text: '给五星的亲才可以享受免费换新', spans: ['五星的亲才可以享受免费换'] },
    { text: '中差评的订单我们就不给退换了', spans: ['中差评的订单我们就不给退'] },
    { text: '你打个差评试试看，以后别想在这买', spans: ['差评试试'] },
    { text: '在评价页面找到那条评价，点击删除就好啦', spans: ['评价，点击删除'] },
    { text: '把3星改成5星好吗', spans: ['3星改成5星'] },
    // 签收关怀 follow-ups (跟单助手) that tie a surprise gift to the review.
    { text: '用着顺手的话帮忙点个好评，我们给您备了一份小礼品', spans: ['好评，我们给您备了一份小礼'] },
    { text: "写满20字的评价，下次购物包邮", spans: ["评价，下次购物包邮"] },
    { text: "帮忙删了那条差评，给您补个红包", spans: ["删了那条差评"] },
    { text: "追评截张图私信客服领奖励", spans: ["追评截张图私信客服领奖励"] },
    { text: "差评那条麻烦您撤销一下，给您补5元", spans: ["差评那条麻烦您撤销一下"] },
    { text: "中评可以帮忙改成好评吗", spans: ["中评可以帮忙改成好评"] },
    { text: "好评截图私信客服哦", spans: ["好评截图私信客服"] },
    { text: "追评截图发给我们，有惊喜", spans: ["追评截图发给我们，有惊喜"] },
    { text: "给五星好评，下次购买打九折", spans: ["五星好评，下次购买打九折"] },
    { text: '只要您不打差评，这单运费就由我们承担', spans: ['不打差评，这单运费就由我们承担'] },
    { text: '别留中评了，我们给您退15元', spans: ['别留中评了，我们给您退15元'] },
    { text: '写差评之前先找客服，会给您补偿的', spans: ['差评之前先找客服，会给您补偿'] },
    { text: '先别给低分，加送一个小礼物给您', spans: ['先别给低分，加送'] },
    { text: '好评返现2元', spans: ['好评返现2元'], suggestion: '欢迎收到后给我们真实评价' },
    { text: '好评晒图返5元红包', spans: ['好评晒图返5元红包'] },
    { text: '五星好评截图给客服，返现8元', spans: ['五星好评截图给客服，返现8元'] },
    { text: '追评送小礼物', spans: ['追评送小礼物'] },
    { text: '带图评价领无门槛券', spans: ['带图评价领无门槛券'] },
    { text: '给五星好评免单', spans: ['五星好评免单'] },
    { text: '评价满15字送运费险', spans: ['评价满15字送运费险'] },
    { text: '晒单有礼', spans: ['晒单有礼'] },
    { text: '领红包：五星好评后截图', spans: ['领红包：五星好评'] },
    { text: '改成好评给您退10元', spans: ['改成好评给您退10元'] },
    { text: '麻烦把差评删了，我给你补偿', spans: ['把差评删了'] },
    // A reward of any kind tied to a review, in either order, across one comma.
    { text: "写够50字的带图评价，下回购物直接减6元", spans: ["带图评价，下回购物直接减6元"] },
    { text: "晒单加追评的宝子，下次拍免运费", spans: ["晒单加追评的宝子，下次拍免运费"] },
    { text: "打个5颗星的话，给您补个小挂件红包", spans: ["5颗星的话，给您补个小挂件红包"] },
    { text: "好评+三张图，私聊客服领一份试吃装", spans: ["好评+三张图，私聊客服领"] },
    { text: "给我们好评的朋友都能进会员群领专属优惠券", spans: ["好评的朋友都能进会员群领"] },
    { text: "星评截图发过来，这单享八折", spans: ["星评截图发过来，这单享八折"] },
    { text: "五星评价满15个字，补您3元", spans: ["五星评价满15个字，补您3元"] },
    // Begging for a good review with a guilt or pressure reason.
    { text: "拜托给个五星吧，要不然组长要扣我工资", spans: ["五星吧，要不然组长要扣我工资"] },
    { text: "亲给个好评好吗，给差评的话我这个季度绩效就没了", spans: ["好评好吗，给差评的话我这个季度绩效"] },
    { text: "求您打个好评，老板看到差评会骂我的", spans: ["好评，老板看到差评会骂我"] },
    // Getting a review removed or changed, with any offer.
    { text: "您把那条评价撤了，我这边给您重发一件", spans: ["把那条评价撤了，我这边给您重发"] },
    { text: "追评删掉的话运费我们来出", spans: ["追评删掉"] },
    { text: '删除差评后联系客服', spans: ['删除差评'] },
    { text: '必须给五星好评哦', spans: ['必须给五星好评'] },
    // More disguises and phrasings of the same classes.
    { text: "好评返2元", spans: ["好评返2元"] },
    { text: "五星好评送小礼物", spans: ["五星好评送小礼物"] },
    { text: "晒图好评返现5元", spans: ["晒图好评返现5元"] },
    { text: "带图评价后截图给客服领3元红包", spans: ["带图评价后截图给客服领3元红包"] },
    { text: "追加评价返现", spans: ["评价返现"] },
    { text: "好评截图领优惠券", spans: ["好评截图领优惠券"] },
    { text: "给个好评送您一张无门槛券", spans: ["好评送"] },
    { text: "评论区晒图有奖", spans: ["评论区晒图有奖"] },
    { text: "亲，给个五星好评，返您5块钱", spans: ["五星好评，返您5块钱"] },
    { text: "差评可以改一下吗，给您补偿", spans: ["差评可以改一下"] },
    { text: "好评后联系客服返现", spans: ["好评后联系客服返现"] },
    // More disguises and phrasings of the same classes.
    { text: "刷单返佣金", spans: ["刷单"] },
    // More disguises and phrasings of the same classes.
    { text: "好平返现3元", spans: ["好平返现3元"] },
    // More disguises and phrasings of the same classes.
    { text: "好评返现5元", spans: ["好评返现5元"] },
    { text: "五星好评截屏私我拿红包", spans: ["五星好评截屏私我拿红包"] },
    { text: "晒图返3元", spans: ["晒图返3元"] },
    { text: "给好评送小礼品", spans: ["好评送小礼品"] },
    { text: "删除差评给你补偿10元", spans: ["删除差评"] },
    { text: "宝子，收货后打个五星好评，截屏发客服拿2元红包", spans: ["五星好评，截屏发客服拿2元红包"] },
    // More disguises and phrasings of the same classes.
    { text: "好评送积分", spans: ["好评送积分"] },
    { text: "五星好评下次购买打折", spans: ["五星好评下次购买打折"] },
    // More disguises and phrasings of the same classes.
    { text: "hao评有fan现", spans: ["hao评有fan现"] },
    // More disguises and phrasings of the same classes.
    { text: "好评可返现", spans: ["好评可返现"] },
    { text: "带图好评奖励5元", spans: ["带图好评奖励"] },
    { text: "好评截图私信客服领现金", spans: ["好评截图私信客服领现金"] },
    { text: "追评有惊喜红包", spans: ["追评有惊喜红包"] },
    { text: "亲，五星好评后返您3元", spans: ["五星好评后返您3元"] },
    { text: "给五星送你一个小挂件", spans: ["五星送"] },
    { text: "评价晒图可以参加抽奖", spans: ["评价晒图可以参加抽奖"] },
    { text: "差评删了给你退钱", spans: ["差评删了"] },
    // After-sales, invoices or service made to wait for the review, in either order (acc-review, issue 10).
    { text: '先写个五星好评，我们再给您安排换货', spans: ['五星好评，我们再给您安排换货'] },
    { text: '开发票需要您先追评一下哦', spans: ['开发票需要您先追评'] },
    { text: '给个好评，我们就帮您申请延保', spans: ['好评，我们就帮您申请延保'] },
    { text: '您给好评后才给您开票', spans: ['好评后才给您开票'] },
    // A service withheld without the review, a plea of pity, the shop's loss held against a bad review.
    { text: '不给五星的话，下次就不卖给您了', spans: ['不给五星的话，下次就不卖'] },
    { text: '好评对我们特别要紧，不写的话后续售后就没法处理了', spans: ['好评对我们特别要紧，不写的话后续售后就没法处理'] },
    { text: '亲，帮帮孩子吧，给个五星好评', spans: ['帮帮孩子吧，给个五星'] },
    { text: '一个中评就会影响我们的排名，您看看', spans: ['中评就会影响我们的排名'] },
    { text: '差评影响小店的生意，就当行行好', spans: ['差评影响小店的生意，就当行行好'] },
    // 好评 in pinyin.
    { text: 'haoping的图私给客服，返4元', spans: ['haoping的图私给客服，返4元'] },
    // Rewards by abbreviation, numeral, gift or priority; conditions, guilt, punitive after-sales,
    // dictated content and remembered reviewers (issue 10, own wording).
    { text: "h评有礼，详情问客服", spans: ["h评有礼"] },
    { text: "好p返3元", spans: ["好p返3元"] },
    { text: "五星好评后下次来打九折", spans: ["五星好评后下次来打九折"] },
    { text: "评价写满三十字，有小惊喜", spans: ["评价写满三十字，有小惊喜"] },
    { text: "晒图的宝子找客服领福利", spans: ["晒图的宝子找客服领"] },
    { text: "给个五星，再多送您一包", spans: ["五星，再多送您一包"] },
    { text: "好评截图发来，我们返您运费", spans: ["好评截图发来，我们返您运费"] },
    { text: "确认收货并好评，即可获赠小样一份", spans: ["好评，即可获赠"] },
    { text: "给我们打五分的都送钥匙扣", spans: ["打五分的都送"] },
    { text: "五星好评的订单售后优先处理", spans: ["五星好评的订单售后优先处理"] },
    { text: "不给好评，以后退换货就比较麻烦了", spans: ["不给好评，以后退换货就比较麻烦"] },
    { text: "评论里提到“物流很快”就给您返两元", spans: ["评论里提到“物流很快”就给您返两元"] },
    { text: "先别急着评价，联系我们给您退一部分", spans: ["别急着评价，联系我们给您退一部分"] },
    { text: "追评也写好评，再返您五元", spans: ["追评也写好评，再返您五元"] },
    { text: "一个差评扣我半个月工资，求您高抬贵手", spans: ["差评扣我半个月工资"] },
    { text: "差评的订单我们一律最后处理", spans: ["差评的订单我们一律最后处理"] },
    { text: "给差评的人我们都记住了", spans: ["差评的人我们都记住"] },
    // Benefits of every kind tied to the review by 后/可以/下次, or offered right after asking for it;
    // threats after a bad one; holding any review back for money (acc-review, issue 10).
    { text: '好评后私聊客服，赠送价值20元的收纳袋', spans: ['好评后私聊客服，赠送'] },
    { text: '麻烦您追加个好评，保价服务我们帮您申请', spans: ['好评，保价服务我们帮'] },
    { text: '您给个好评，退货运费我们来出', spans: ['好评，退货运费我们来出'] },
    { text: '先点收货给个五星，我们马上退您差价', spans: ['五星，我们马上退您差价'] },
    { text: '好评的亲可以进VIP群享受专属价', spans: ['好评的亲可以进VIP群享受专属价'] },
    { text: '追评带视频的，下次购物享受VIP价', spans: ['追评带视频的，下次购物享受VIP价'] },
    { text: '差评不删的话，售后我们就不管了', spans: ['差评不删的话，售后我们就不管'] },
    { text: '您给了差评我们以后就不接您的单', spans: ['差评我们以后就不接'] },
    { text: '亲亲~有不满意先别急着写评价，我们补您点差价', spans: ['别急着写评价，我们补您点差价'] },
    { text: '亲，别给差评，我给你转10块钱', spans: ['别给差评，我给你转10块钱'] },
    { text: '差评一条我们要赔平台好多钱，求您删掉', spans: ['差评一条我们要赔平台好多钱'] },
    { text: '评价满十五个字，我们补您两块', spans: ['评价满十五个字，我们补您两块'] },
    { text: '晒图评价后找客服，可以抽一台拍立得', spans: ['晒图评价后找客服，可以抽一台'] },
    { text: '写好评的宝宝我们会优先处理售后', spans: ['好评的宝宝我们会优先处理'] },
    { text: '差评的话，您的售后申请我们一律驳回', spans: ['差评的话，您的售后申请我们一律驳回'] },
    { text: '您先好评，退款我们这边马上处理', spans: ['好评，退款'] },
    // w7 classes (acc-review, own wording): pinyin with spaces or tone marks, warranty, returning-
    // buyer price, points and refunded postage as the price of a review, a rating raised to five
    // stars for a gift, and a good review asked for while a bad one is banned.
    { text: 'hp fx 8r，发图给客服', spans: ['hp fx 8'] },
    { text: 'hǎo评fàn现，私我', spans: ['hǎo评fàn现'] },
    { text: 'hǎopíng jiù sòng hóngbāo，私聊小助手', spans: ['hǎopíng jiù sòng hóngbāo'] },
    { text: '晒图评价送半年延保', spans: ['晒图评价送'] },
    { text: '给好评的亲可享延长保修服务', spans: ['好评的亲可享延长保修'] },
    { text: '五星好评的亲，以后下单都算老客价', spans: ['五星好评的亲，以后下单都算老客价'] },
    { text: '写满三十字追评，领取会员积分500', spans: ['追评，领取会员积分'] },
    { text: '给个五星好评，运费我们全额退给您', spans: ['五星好评，运费我们全额退给您'] },
    { text: '原来的2星可以改五星吗，我们多送一份赠品', spans: ['2星可以改五星吗，我们多送一份赠品'] },
    { text: '满意记得打个好评，不满意也千万不要给中差评', spans: ['打个好评，不满意也千万不要给中差评'] },
    // Issue 10, session 5 (own wording): 评 written as 坪/萍; nagging until the review comes, also
    // after a review not given; asks counted with 说/第N次; the reviewer marked; what the review may
    // say dictated with the reward taken back; an urgent order to review.
    { text: '好坪截图发我，返三块', spans: ['好坪截图发我，返三块'] },
    { text: '不给好评的话我天天来问', spans: ['好评的话我天天来问'] },
    { text: '还没评价呢，我明天还会来问的', spans: ['评价呢，我明天还会来问'] },
    { text: '五星的事跟您讲了好几遍了', spans: ['五星的事跟您讲了好几遍'] },
    { text: '打差评的那个人，我记住你了', spans: ['差评的那个人，我记住你'] },
    { text: '评论里不要提掉色，提了就没红包了', spans: ['评论里不要提掉色，提了就没红包'] },
    { text: '快点去给个五星，都签收好几天了', spans: ['快点去给个五星'] },
    // Session 9 (own wording): a review text the shop writes with a gift for posting it, and
    // piece-rate pay for comments.
    { text: '评语我给您写好了，照着发上去就有小惊喜', spans: ['评语我给您写好了，照着发上去就有小惊喜'] },
    { text: '先别着急评价，等我把范文发您，抄完有赠品拿', spans: ['范文'] },
    { text: '来我们评论区多夸几句，一句算一块钱', spans: ['评论区多夸几句，一句算一块钱'] },
    { text: '每天来点评一下，按次结算', spans: ['点评一下，按次结算'] },
    // Session 11 (meaning12, own wording): pressure for a good review without a reward word — the
    // clerk's wasted month or sales target, hardship pleaded for a top rating, the chat's satisfaction
    // rating pressed with a penalty, a review already given asked to be changed or raised.
    { text: '一个中评我们整个月都白辛苦了', spans: ['中评我们整个月都白辛苦'] },
    { text: '帮忙给个五星吧，这周业绩还差一点', spans: ['五星吧，这周业绩'] },
    { text: '小妹打工不易，求个好评', spans: ['打工不易，求个好评'] },
    { text: '记得点个非常满意，不然要扣我绩效', spans: ['点个非常满意，不然要扣我绩效'] },
    { text: '您留的那条评价可不可以改改', spans: ['评价可不可以改改'] },
    { text: '评分可以给我们调高吗', spans: ['评分可以给我们调高吗'] },
    { text: '麻烦把星级调到五颗', spans: ['把星级调到五'] },
    { text: '看在售后这么快的份上，补两颗星吧', spans: ['补两颗星'] },
    // Session 11 (meaning12, second round, own wording): the full score in points, goods handed back
    // by count, a course perk unlocked, 好平 before the reward, sums in pinyin and English, 评完 as the
    // review act, a begging question with its reason in the next sentence, the shop said to be done for.
    { text: '麻烦打个全5分，送您一支小样', spans: ['全5分，送'] },
    { text: '带图评价返纸巾三包', spans: ['带图评价返纸巾三包'] },
    { text: '学完给五星评价，解锁两节进阶课', spans: ['五星评价，解锁两节'] },
    { text: '好平送小样', spans: ['好平送小样'] },
    { text: 'haoping fan 2 kuai', spans: ['haoping fan 2 kuai'] },
    { text: '5 star rating get 2 usd', spans: ['5 star rating get 2 usd'] },
    { text: '评完发个截图，下回给您打八折', spans: ['评完发个截图，下回给您打八折'] },
    { text: '可以给个好评吗？拜托，这个月全勤就泡汤了', spans: ['好评吗？拜托，这个月全勤就泡汤'] },
    { text: '一颗星的话我们店就完了', spans: ['一颗星的话我们店就完了'] },
    // Session 12 (meaning13, own wording): the exchange — a review asked of the buyer, then later in
    // the sentence a benefit the shop hands them, in any wording.
    { text: '麻烦给个五星，这单运费我们来出', spans: ['五星，这单运费我们来出'] },
    { text: '晒个买家秀，下回来直接给你抹零', spans: ['晒个买家秀，下回来直接给你抹零'] },
    { text: '追评带两张图，我们给您寄一包试吃', spans: ['追评带两张图，我们给您寄一包'] },
    { text: '在评论里夸夸我们家的包装，给你返三块', spans: ['评论里夸夸我们家的包装，给你返三块'] },
    { text: '写个好评，下次来我给你内部价', spans: ['好评，下次来我给你内部价'] },
    // Session 14 (meaning15, own wording): the trade in paraphrase — praise, a long review or the
    // stars asked by a verb, and a favour with no reward noun: a later order made cheaper, a cost the
    // shop takes on, a favour hinted; and the other order, the favour first and the review all that
    // is asked.
    { text: '麻烦在评论里夸几句做工，下回来店里少收您八块', spans: ['评论里夸几句做工，下回来店里少收'] },
    { text: '写条长评发我看看，以后来拍都包邮', spans: ['长评发我看看，以后来拍都包邮'] },
    { text: '点亮五颗星的朋友，下次拍多送一包湿巾', spans: ['五颗星的朋友，下次拍多送'] },
    { text: '给个好评，这单的邮费就算店里的', spans: ['好评，这单的邮费就算店里的'] },
    { text: '晒单之后告诉我一声，有小惊喜给你', spans: ['晒单之后告诉我一声，有小惊喜'] },
    { text: '这件给你改成39，到了给个五星就行', spans: ['给你改成39，到了给个五星'] },
    // The review asked by how to write it (评价写满…), sums in Chinese numerals or shares, goods counted
    // out, a slot kept for the buyer, an easier after-sales, 刷评, a polite 方便 before the delete.
    { text: '评价写满三十字再配两张图，补您两块钱', spans: ['评价写满三十字再配两张图，补您两块'] },
    { text: '晒个图到评价里，下单金额退您一成', spans: ['晒个图到评价里，下单金额退您一成'] },
    { text: '写条长评，再多送您两包纸巾', spans: ['长评，再多送您两包'] },
    { text: '追评带上店名，抽奖名额给你留一个', spans: ['追评带上店名，抽奖'] },
    { text: '打过五星的老客，以后退换都特别好说话', spans: ['五星的老客，以后退换都特别好说话'] },
    { text: '帮忙刷评一下，给你补个红包', spans: ['刷评'] },
    { text: '那条两星的评价您方便撤掉吗', spans: ['两星的评价您方便撤掉'] },
    { text: '评价写得越长越好，写完多给你寄一包', spans: ['评价写得越长越好，写完多给你寄一包'] },
  ],
});

// The platform's own default review stated as a fact (session 11, meaning12, own wording): the system
// is the actor and nothing is asked of the buyer, so neither the rule nor the learned second opinion
// (which reads 评价…好评 as a request) reports it; a request or a reward beside it keeps the model asked.
describe('review-inducement: the platform default review quiets the second opinion', () => {
  const facts = [
    '过了十五天还没评价，系统就默认给五星好评',
    '您要是不想写评价也行，到期平台会自动好评',
    '超时没评的订单，系统自动记为好评，不影响售后',
  ];
  const asked = ['系统会默认好评，不过还是麻烦您手动给个五星', '系统默认好评前截图给我，返您三元'];
  for (const t of facts) {
    it(t, () => {
      expect(rule.quietsModel!(normalize(t))).toBe(true);
      expect(lintText(t).filter((m) => m.ruleId === 'review-inducement')).toEqual([]);
    });
  }
  for (const t of asked) it(t, () => expect(rule.quietsModel!(normalize(t))).toBe(false));
});
