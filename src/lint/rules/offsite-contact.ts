// Steering buyers off the platform is the most expensive mistake a 小红书 shop can make
// (《交易导流违规管理细则》). Sellers disguise it, so the rule works on the normalized view where
// ＶＸ, 薇信 and 绿泡泡 are already 微信 and ①③⑧ and 一五九 are digits; context decides the rest
// (QQ糖 vs QQ号, 订单号 3025… vs a phone number, 请勿私下交易 vs 私下交易).
import { SENTENCE_END, clauseAfter, clauseBefore, matchAt, scan, sentenceAfter, sentenceBefore, matchesIn } from '../context.js';
import { defineTextRule, type Report } from '../define-rule.js';
import { NEGATED_BEFORE, READ_IN_APP_BEFORE } from '../lexicon/shared.js';
import type { NormalizedText } from '../normalize.js';
import { soundNames } from '../sound-names.js';

const TLD = 'com|cn|net|org|top|shop|vip|xyz|cc|me|io|co|info|link|club|site|online|store|tv|app|hk|tw|ltd|wang|ink|live|fun|icu|work|biz';
const URL_TAIL = '[a-z0-9._%&@:?=~/-]*';

const PATTERN = new RegExp(
  [
    // WeChat and QQ by name (the normalizer already folded 薇信/VX/扣扣/绿泡泡 into these).
    // 卫信 is folded here rather than in normalize: 卫 (卫衣) is too common to send every text
    // through the normalizer's variant pass.
    '(?<wechat>[微卫]信(?:号|群)?(?!支付|付款|付(?:的|了|过)|读书)|(?:个人|私人)(?:号(?!码)|账号))',
    '(?<qq>qq(?:号|群)?)',
    // Chat apps used abroad (Line, KakaoTalk …): an account only after an add verb or before an ID.
    '(?<app>(?<![a-z])(?:line|kakaotalk|kakao|skype|viber|zalo)(?![a-z]))',
    '(?<penguin>企鹅)',
    // A lone letter v/q stands for WeChat/QQ in context: 加V, 我的v是…, q:123456.
    '(?<letter>(?<![a-z])[vq](?![a-z]))',
    // 加薇/加威 without 信.
    // 薇/威 alone after an add verb (加店长薇), or after an owner (店长的薇：…, 我们的威 kf01) when an
    // ID or a colon follows: 蔷薇, 薇薇安, 威风 and 维c are names and words, not accounts.
    '(?<addwei>(?<![附增参更追叠])(?:加|添加)(?:我)?(?=:(?:[a-z_][a-z0-9_]{4,}|[0-9]{6,}))|(?<![附增参更追叠])(?:加|添加)(?:我的?)?[\u4e00-\u9fff](?<![个下我入购到在上进一了点些钱价大厚长宽高粗绒热冰糖奶量急班工强速重])(?=:?(?:[a-z][a-z0-9]*[0-9_][a-z0-9_]{2,}|[0-9]{6,}))|(?:加|添加)(?:我|个|我们)?(?:(?:店长|客服|店主|老板|掌柜|助理|小助手)的?)?[薇威](?![薇风严力武望慑胁尼士廉])|(?:(?:我|我们)的|(?:店长|客服|店主|老板|掌柜|助理|小助手|主理人)的?|私人)[薇威维](?=[:号]|是?(?:[a-z_][a-z0-9_]{3,}|[0-9]{5,})|$|[,.!?;。])|(?:加|添加)(?:我|个)?[微维](?=[:是号a-z0-9]|$|[,.!?;。]|领|获取|发你|发您|聊|细聊|详聊|详谈|沟通|了解|看|咨询|备注|私聊))',
    '(?<wxid>wxid_[a-z0-9_]+)',
    '(?<channel>联系方式|邮箱|(?<![a-z])e?mail|电话(?:号码?)?|手机号码?|手机|号码|热线|座机|(?<![a-z])tel)',
    '(?<platform>淘宝|天猫|拼多多|京东|抖音|快手|闲鱼|微店|有赞|(?<![获取所购记值觉])得物|咸鱼|唯品会|阿里巴巴|哔哩哔哩|b站|微博|公众号|(?<!办)公号(?!码)|视频号|朋友圈|官网|官方网站|知乎|豆瓣(?!酱)|陌陌|钉钉(?!子)|飞书|whatsapp|telegram|网盘|(?<![a-z])ins(?![a-z])|instagram|推特|twitter|facebook|脸书|油管|youtube|美团|大众点评|饿了么(?=上|里|搜|店|平台|外卖|app)|苏宁易购|一淘|国美在线|当当网?|亚马逊|盒马)',
    // Latin abbreviations of platforms (tb, dy, jd, ks, xy) and half-Latin spellings (淘bao, 抖y):
    // letters that are also model numbers (TB12), standards (KS认证) or word parts, so the visit
    // wants a shop signal nearby (搜, 店, 直播间, 上链接, 也有). pdd/某宝 are folded by normalize.
    '(?<abbr>(?<![a-z0-9])(?:tb|dy|jd|ks|xy|wb)(?![a-z0-9]|系列|款|型|版|码|色|尺|认证|标准)|淘bao|抖y(?![a-z]))',
    // QR codes named without 二维码 (长按识别图中码, 扫下图的码); bare 识别码 is a serial number.
    '(?<miniapp>长按(?:识别|扫描?)(?![^,.!?;。]{0,2}二维码)|识别(?:图中|图片中?|图里|下方|上方|下图)的?(?:二维)?码|扫(?:图中|图片中?|图里|下方|上方|下图)的?码|小程序|二维码|扫码|扫一扫|扫描[^,.!?;。]{0,6}码|[淘吱]?口令|复制链接|浏览器打开|提取码|外链|外部链接)',
    '(?<group>(?:(?<![融深打混步纳])(?:加|进|入)|拉|建)(?:个|我们的?|你|下|一下|入)?[\\u4e00-\\u9fff]{0,2}?(?<![人族羊鱼牛马蜂])群(?![体众岛落居山星像组租])|(?:粉丝|福利|会员|vip|交流|售后|宠粉|秒杀|内购|优惠|折扣|团购|私域|抢购|活动|微信|qq|(?<![a-z])tg|电报)群(?![体众])|群(?:号|聊)|社群)',
    // A second account (加我小号); 小号 alone is a size, so the visit checks what comes before.
    // Anchored on 号 (rarer than 小/生) so the scan does not stop at every 小红书 or 小时.
    '(?<altaccount>(?<=小|私|工作|生活|备用|副|fu)号)',
    '(?<steer>私下|私单|当面(?:交易|付款?|支付|结算)|面交|(?:到|给|转|打)(?:我|我们)(?:的)?(?:支付宝|银行卡|卡上|账户|账上)|转账|平台外|站外|(?:店铺|店|小红书)外的?(?:购买)?(?:链接|渠道)|走(?:个人|私人)(?:账户|账号|银行卡|卡|通道)|线下(?:交易|付款|支付|联系|转账)|绕过平台|(?:不|别|不要|不用|无需|没必要)(?:走|经过)平台|(?:不|别|不要|无需|不用|没必要)(?:走|在|通过)?(?:平台|这里|这边|这儿|这(?=[拍下买付购交])|小红书|app)(?:拍(?!照)|下单|买|付款|购买|交易)|(?:去|到)(?:那边|那里|别的平台|其他平台|外面)(?:拍|买|下单|付款|看看?|逛逛?|搜)|打款给|直接(?:转|付|打)(?:钱|款)?给|(?:转|打|付)(?:给)?(?:我们|我)[0-9]+(?:\\.[0-9]+)?(?![0-9.]*(?:折|号|件|天|个|点|%))|(?:转|打)(?:个)?[0-9]+(?:\\.[0-9]+)?(?:元|块钱?|rmb)?(?:到|给)(?:我们|我)(?!们?的(?:客服|店铺|小红书))|(?:发|转)(?:个)?红包给(?:我|我们)|返(?:现|钱|款|红包|[0-9]+)[^,.!?;。]{0,8}?(?:到|给|进)(?:你|您)的?(?:支付宝|微信(?!钱包)|银行卡|卡上)|(?:发|给|告诉|留)(?:我|我们)?(?:一下)?(?:你|您)的(?:私人)?(?:手机号?|电话|微信|联系方式)(?![上里]?(?:发送|发了|发个|发一|推送|刷机|维修|检测|检查|换屏|贴膜|安装|升级|更新|清理|恢复|重置|备份|充电))|(?:你|您)的(?:手机号?|电话|微信|联系方式)(?:发|给|告诉|留)(?:给)?(?:我|我们)|添?加(?:我|个)?好友|留(?:个|下|一下)?(?:您的|你的)?(?:电话|手机号?|联系方式|微信|qq|(?<![a-z])[vq](?![a-z])|(?:邮箱|email)(?![^.!?;。]{0,16}发票)(?<!发票[^.!?;。]{0,16}(?:邮箱|email)))|(?:给|发)(?:我|我们)?(?:个|一个|一下)(?:您的|你的)?(?:手机号码?|电话号码?|微信号?|联系方式)|加(?:一下|下)?我(?=[,.!?;。]|$|返|领|拿|送|享|有(?:优惠|福利|红包|惊喜|折扣)|更便宜|便宜)|备注(?:来自|是)?小红书|(?:省得?|省去|省掉|省下|免得|避开|绕开|躲开|不被|不让)被?(?:平台|小红书|官方)?的?(?:扣点|抽成|抽佣|扣佣|佣金)|(?:省得?|省去|省掉|省下|免得|避开|绕开|不交|不付)被?(?:平台|小红书)的?(?:手续费|服务费|扣钱|收费)|平台(?:要|会)?(?:扣点|抽成|抽佣)(?:太?高|太多|很高))',
    // WeChat or QQ described instead of named (那个绿色的软件, 两个绿色对话泡泡的软件, 蓝色企鹅, 鹅厂的聊天
    //软件): the visit wants a contact signal (加, 搜, 号, 找我) in the sentence.
    '(?<describe>(?:绿色|蓝色|绿|蓝)[^,.!?;。]{0,8}?(?:软件|app|图标|聊天工具|企鹅)|鹅厂|(?<!(?:绿色|蓝色|绿|蓝)[^,.!?;。]{0,8}?)(?:聊天|社交|通讯|通信)(?:软件|app|工具))',
    // Another platform described by what it does or by its icon's colour instead of named (那个刷短视频的
    // 平台, 卖二手的那个黄色app, 橙色软件): the visit wants the buyer sent there (搜, 同名, 更便宜, 店).
    '(?<described>(?:那个|另一个|另外(?:一)?个|隔壁|别的|某个)[^,.!?;。]{1,10}?的(?:那个)?(?:平台|app|软件|网站|商城)|(?:橙|黄|红|粉|黑|紫)色?的?(?:那个)?(?:app|软件|平台)|(?:短视频|二手|直播|团购|外卖|买菜|种草|社交)(?:的)?(?:平台|app|软件|网站))',
    // A circle of regulars the buyer is invited into (老粉群, 老顾客小圈子, 内部圈): the visit wants a
    // join verb (拉你, 想进, 私我) — 圈子 alone is a social circle.
    '(?<circle>(?:老粉|老客户?|老顾客|铁粉|熟客|回头客|内部|私密|专属|核心)(?:的)?(?:小)?(?:群|圈子?)|小圈子)',
    // A code or account pointed at in a picture (封面第三张图右下角那个码, 图里有我的号).
    '(?<picture>(?:图|图片|封面|主图|头像|背景|视频|照片|主页|简介|个签|签名)(?:里|上|中)?[^,.!?;。]{0,10}?(?:(?:我|我们)的(?:号|码|联系方式|v|微信)|那个码|的码(?![数])|二维码|那串(?:数字|号码?|字母|字符|id)|那个(?:号|id|账号))|(?:我|我们)的(?:号|码|联系方式|(?<![a-z])v(?![a-z])|vx|微信|qq|(?<![a-z])q(?![a-z]))(?:就|都|已经)?(?:在|放在|见|藏在|写在|挂在|印在)[^,.!?;。]{0,10}?(?:图|图片|封面|主图|头像|背景|视频|照片|主页|简介|个签|签名|笔记|置顶|名片|卡片|小卡|包裹)|(?:主页|简介|个签|签名|头像|置顶)(?:置顶)?(?:里|上|中)?(?:面)?(?:有|留了?|写了?|挂了?|放了?)[^,.!?;。]{0,3}?(?:(?:找到?|联系(?:到|上)?|加)(?:我|我们)的?(?:方式|办法|途径|方法)|(?:办法|方式|途径|方法)(?:找到?|联系(?:到|上)?|加)(?:我|我们))|(?:卡片|小卡|名片|售后卡|纸条|便签)(?:里|上|内|背面|后面)?(?:面)?[^,.!?;。]{0,4}?(?:有|写了?|印了?|留了?)(?:我|我们|老板|店主)?的?(?:号码|电话|手机号?|联系方式|微信|私人号|(?<=(?:我|我们|老板|店主)的?)号)|(?:主页|简介|个签|签名|头像)(?:置顶)?(?:里|上|中)?(?:面)?(?:有|留了?|写了?|挂了?|放了?)(?:我们?的?)?(?:另一个|另外的?|私人|其他|别的|个人)?(?:联系方式|私人号|小号|号码|手机号|电话|(?<=另一个|另外的?|其他|别的|私人|个人)(?:号|账号)))',
    // A mobile number with letters for digits (l3988886666, 139oo001234): l and o stand in for 1
    // and 0 so that a digit filter misses it; eleven characters, eight or more of them digits.
    '(?<lookphone>(?<![a-z0-9])(?=[0-9lo]{11}(?![a-z0-9]))(?=[0-9]{0,10}[lo])(?=(?:[lo]*[0-9]){8})[1l][3-9lo][0-9lo]{9})',
    // Other ways off the platform: a payment QR code of the shop, moving the chat elsewhere, the
    // platform as being watched, WeChat that is the phone number, a 口令 between ¥ signs.
    '(?<offchannel>收款码|(?<!出示|打开|您的|你的)(?:付款|收钱)码(?=[^,.!?;。]{0,3}(?:发你|发您|发给你|发给您|给你|给您|扫))|扫[^,.!?;。]{0,4}(?:我|我们)的(?:付款|收钱)码|换个地方(?:聊|说|谈|交易|沟通)|(?:去|到|换到|换个|换)(?:另一个|另外一个|另外的?|别的|其他的?)(?:app|软件|平台|地方)(?:上|里)?(?:聊|说|谈|交易|沟通|加|联系|找我)|(?:在|去|到|上)(?:我们)?(?:的)?(?:另一个|另外一个|另外的?|别的|其他的?)(?:app|软件|平台|网站|商城)(?:上|里)?(?:的店铺?)?(?:下单|拍|买|购买|搜|更便宜|便宜|能便宜|有优惠|价格更低)(?!的)|换个(?:软件|app|平台|聊天工具)(?:聊|说|谈|沟通|发|联系)?|不(?:在|方便在)(?:这里|这边|平台上?|小红书上?)(?:说|聊|谈|讲)|(?:这里|这边|平台上?|小红书上?)(?:说话|聊天|聊|说)(?:不方便|不太方便)|(?:这里|这边|平台上?|小红书上?)(?:不方便|不太方便)(?:说|聊|讲|细说|细聊|透露|谈)|(?:小红书|红书|某书|这里|这边|平台)(?:以外|之外)的?(?:地方|平台|渠道|app|软件)(?=[^,.!?;。]{0,8}(?:找我|加我|联系我|私聊|聊|下单|搜|更便宜))(?![^,.!?;。]{0,14}(?:不|无法|没|概不))|(?:链接|付款|交易|转账)[^.!?;。]{0,8}?走(?:别的|其他|另外的?)(?:渠道|途径)|走(?:别的|其他|另外的?)(?:渠道|途径)(?:付款|付|交易|下单|购买)|(?:这边|这里|平台|小红书)(?:被|有)?(?:监控|监管)|(?:微信|qq|(?<![a-z])[vq])号?(?:同|=|就是|即)(?:手机|电话)号?码?|¥[a-z0-9]{6,}¥)',
    // The sale moved to the shop's own offline counter with a price pull (实体店来拿比网上便宜, 门店自提更
    // 划算, 线下私聊价格更优惠): the buyer is sent off the platform to pay. The visit clears a price
    // that is higher offline and prices said to be the same.
    '(?<offline>(?:实体店|门店|线下店?|档口|店面|工作室|仓库自提|上门自提|到店)(?:里|上)?[^.!?;。]{0,12}?(?:比(?:这里|这边|网上|线上|平台|小红书|店铺)?(?:便宜|划算|实惠|优惠|低)|更(?:便宜|划算|实惠|优惠)|价格更低|价格更优惠|更有优惠))',
    // The shop's other account or name, to be searched or found elsewhere (搜我名字就能找到我，那边聊,
    // 另一个号上有更多款, 下载我们自己的app领券): a path off the platform told without a platform's name.
    '(?<pathway>(?<=搜(?:索)?(?:一下|下)?)(?:我|我们)(?:的|家)?(?:名字|昵称|店名|id|账号|用户名|网名)(?=[^.!?;。]{0,10}?(?:找到我(?!们)|加我|那边|另一个|另外一个|私聊|聊))|(?:(?:我|我们|咱|咱们|店里|本店)(?:的|还有个?|还有一个|(?:发|给|推)(?:你|您))?)(?:另一个|另外一个|另个)(?:号|账号)|(?:另一个|另外一个|另个)(?:号|账号)(?:上|里)(?:有|也有|还有|卖|更)|(?:下载|安装)(?:一下|下)?(?:我们|咱们|咱家|我家|本店)家?(?:自己|自家)?的?(?:app|软件|客户端|应用)|(?:我们|咱们|咱家|我家)(?:自己|自家)的(?:app|商城|网站|网店))',
    // A code on the parcel or a card in it that gives perks when scanned (包裹里的卡片扫一下有惊喜):
    // after miniapp, so 扫码 stays that group's; the visit clears a warranty, an authenticity check
    // or instructions.
    '(?<slipcode>(?<=(?:包裹|快递盒|盒子|箱子|卡片|小卡|售后卡|纸条|说明书)[^.!?;。]{0,8}?)扫(?:一下|下|一扫)?[^.!?;。]{0,10}?(?:惊喜|福利|红包|返现|领|优惠|老客|专属|券|礼)|扫(?:一下|下)?(?:包裹|快递盒|盒子|箱子|卡片|小卡片?|售后卡)(?:里|上|内|背面)?[^.!?;。]{0,6}?码[^.!?;。]{0,12}?(?:惊喜|福利|红包|返现|领|优惠|老客|专属|券|礼))',
    // Money between the shop and the buyer's own wallet or card, outside the order (a compensation, a
    // cash back, a refund the shop pays itself: 我用支付宝转给您, 直接打到您卡上, 把银行卡号发我): the
    // shop needs the buyer's account, so both sides leave the platform. The visit clears the
    // platform's own refund (原路退回, 工作日, 系统).
    '(?<walletpay>(?:用|通过|走)(?:支付宝|微信|银行卡|网银)(?:转|打|退|返|补|发)(?:个|点)?(?:钱|款|账|红包|差价)?(?:给|到)?(?:您|你)|(?:直接|私下|单独|另外)(?:转|打)(?:钱|款|账)?(?:给|到)(?:您|你)的?(?:支付宝|微信|银行卡|卡上|卡里|账户|账上)?|(?:转|打)(?:钱|款|账)?(?:给|到)(?:您|你)的?(?:支付宝|微信|银行卡|卡上|卡里)|(?:发|给|告诉|留)(?:我|我们)?(?:一下|下)?(?:您|你)的(?:支付宝|银行卡|收款)(?:账号|账户|卡号|号码?|码)?|(?:您|你)(?:的|把)(?:支付宝|银行卡|收款)(?:账号|账户|卡号|号码?|码)?(?:发|给|告诉|留)(?:给)?(?:我|我们)|留(?:个|下|一下)?(?:您的|你的)?(?:支付宝账号|支付宝|银行卡号?|收款码|收款账号)|(?:给|发)(?:你|您)(?:一下|个)?(?:我的|我们的)?(?:银行卡号|卡号|收款账号|收款码|支付宝账号)(?![^,.!?;。]{0,8}(?:卡密|密码|激活|充值|兑换)))',
    // Paying the shop directly with no amount (支付宝转给我, 钱打到我们这边); after steer, so that
    // 转我260 still takes the amount. The visit wants a payment word (支付宝, 卡, 钱, 定金…) in the
    // clause: 打给我们客服 is a call, 退给您 a refund; 付给我们的货款 (what was paid) and
    // 付到我们店铺链接 stay on the platform.
    '(?<privpay>直接给(?:我|我们)(?:转|打)?(?:过来)?(?=[,.!?;。]|$)|(?:转|打|付)(?:款|钱|账)?(?:给|到)?(?:我|我们)(?!们)(?:这边|这里|卡上|账上|的?(?:支付宝|微信|银行卡|卡上?|账户|账上))?(?!的|店|链接|客服|小红书|官方|旗舰|售后|平台))',
  ].join('|'),
  'g',
);

/** Numbers, e-mail addresses and links. They can only start where a run of digits or of
 *  letters starts, so they are tried there only (see scanRuns) instead of at every character. */
const ASCII_PATTERN = new RegExp(
  [
    '(?<phone>(?<![0-9])(?:86)?1\\.?[3-9](?:\\.?[0-9]){9}(?![0-9]))',
    // A mobile number cut into groups by commas (电话138，1234，5678): the visit counts its digits.
    '(?<splitphone>(?<![0-9])1[3-9][0-9]{1,5}(?:[,、][0-9]{2,5}){1,3}(?![0-9]))',
    '(?<hotline>(?<![0-9])[48]00[0-9]{7}(?![0-9]))',
    '(?<landline>(?<![0-9])0[1-9][0-9]{8,10}(?![0-9]))',
    // A local number without its area code (热线：7558899): only after a phone word (the visit).
    '(?<localline>(?<![0-9])[2-9][0-9]{6,7}(?![0-9]))',
    '(?<email>(?<![a-z0-9._])[a-z0-9][a-z0-9._]*@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)',
    `(?<url>https?:${URL_TAIL}|www\\.${URL_TAIL}|(?<![a-z0-9@.])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${TLD})(?![a-z])${URL_TAIL})`,
  ].join('|'),
  'y',
);

const PHONE_LABEL = /电话|热线|座机|来电|tel|(?<![a-z])t(?=:?$)|拨打|致电|手机(?!壳|膜|支架|套)|传真|fax|客服/g;

/** Where the last phone word of `ctx` starts, or -1. */
function lastPhoneLabel(ctx: string): number {
  let at = -1;
  PHONE_LABEL.lastIndex = 0;
  for (let m = PHONE_LABEL.exec(ctx); m !== null; m = PHONE_LABEL.exec(ctx)) at = m.index;
  return at;
}

const DIGIT_RUN = /[0-9]{3,}/g;

/** Whether `text` holds two separate runs of three or more digits: one linear pass (a regex with a
 *  lazy gap would go quadratic on a long run of digits). */
function hasTwoDigitRuns(text: string): boolean {
  let runs = 0;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isDigit(text.charCodeAt(i))) len++;
    else {
      if (len >= 3 && ++runs === 2) return true;
      len = 0;
    }
  }
  return false;
}

/** A mobile number given in parts around words (手机号后四位是6688，前面是13912): after a phone
 *  word, digit runs in the same sentence that add up to eleven digits, one of them starting like a
 *  mobile number (1[3-9]). A run that is a whole number is left to the phone pattern. */
function phoneInParts(normalized: NormalizedText, report: Report): void {
  const text = normalized.text;
  // Two runs of three or more digits are needed; most texts have none, so ask that first.
  if (!hasTwoDigitRuns(text)) return;
  PHONE_LABEL.lastIndex = 0;
  const label = PHONE_LABEL.exec(text);
  if (label === null) return;
  const from = label.index + label[0].length;
  if (READ_IN_APP_BEFORE.test(clauseBefore(text, label.index, 10))) return;
  const stretch = sentenceAfter(text, from, 30);
  const runs: { start: number; end: number }[] = [];
  let digits = 0;
  let mobile = false;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(stretch); m !== null; m = DIGIT_RUN.exec(stretch)) {
    if (m[0].length >= 11) return;
    runs.push({ start: from + m.index, end: from + m.index + m[0].length });
    digits += m[0].length;
    if (/^1[3-9]/.test(m[0])) mobile = true;
  }
  // Nine or ten digits are a number with a part left for the buyer to ask (前面是13912, 后四位6688).
  if (runs.length < 2 || digits < 9 || digits > 11 || !mobile) return;
  // Runs joined only by separators are the split-number pattern's (电话138，1234，5678).
  const between = text.slice(runs[0].end, runs[runs.length - 1].start);
  if (!/[\u4e00-\u9fff]/.test(between)) return;
  const span = normalized.toOriginal(runs[0].start, runs[runs.length - 1].end);
  report({ start: span.start, end: span.end, raw: true, messageId: 'contact', suggestion: SUGGEST_CONTACT });
}

const EN_DIGIT: Record<string, string> = { zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const EN_DIGITS = /(?<![a-z])(?:zero|one|two|three|four|five|six|seven|eight|nine){3,}/g;

/** A mobile number read out in English words (打 one three eight，后面是2255 7788): three or more
 *  digit words that start like a mobile number, and with the digits after them in the sentence
 *  eleven digits in all. */
function phoneInWords(normalized: NormalizedText, report: Report): void {
  const text = normalized.text;
  if (!/(?:one|two|three|four|five|six|seven|eight|nine|zero)/.test(text)) return;
  EN_DIGITS.lastIndex = 0;
  for (let m = EN_DIGITS.exec(text); m !== null; m = EN_DIGITS.exec(text)) {
    const digits = m[0].replace(/zero|one|two|three|four|five|six|seven|eight|nine/g, (w) => EN_DIGIT[w]);
    if (!/^1[3-9]/.test(digits)) continue;
    const rest = sentenceAfter(text, m.index + m[0].length, 30);
    let count = digits.length;
    let to = m.index + m[0].length;
    DIGIT_RUN.lastIndex = 0;
    for (let r = DIGIT_RUN.exec(rest); r !== null && count < 11; r = DIGIT_RUN.exec(rest)) {
      count += r[0].length;
      to = m.index + m[0].length + r.index + r[0].length;
    }
    if (count !== 11) continue;
    const span = normalized.toOriginal(m.index, to);
    report({ start: span.start, end: span.end, raw: true, messageId: 'contact', suggestion: SUGGEST_CONTACT });
  }
}

/** Chinese area codes (010, 02x, 0xxx) then a 7–8 digit local number starting 2–9. */
const LANDLINE_WRITTEN = /^(?:[(（]0(?:10|2[0-9]|[3-9][0-9]{2})[)）]\s*|0(?:10|2[0-9]|[3-9][0-9]{2})\s*[-‐‑–—―－~ ]\s*)[2-9][0-9]{2,3}\s*[-–—－ ]?\s*[0-9]{4}$/;

function writtenAsLandline(normalized: NormalizedText, start: number, end: number): boolean {
  const span = normalized.toOriginal(start, end);
  let from = span.start;
  const original = normalized.original;
  if (from > 0 && /[(（]/.test(original[from - 1])) from--;
  return LANDLINE_WRITTEN.test(original.slice(from, span.end).normalize('NFKC'));
}

/** A QR code or scan that serves the product (PRODUCT_USE) and leads to nothing of the shop's
 *  (SHOP_LEAD) in its sentence. Codes, links and 口令 are never product use. */
function productUse(text: string, start: number, end: number, word: string): boolean {
  if (!/码|扫/.test(word) || /口令|链接|浏览器|提取码|外链/.test(word)) return false;
  let around = sentenceBefore(text, start, 24) + word + sentenceAfter(text, end, 24);
  // A list of ways to get the device's app split by semicolons (APP下载：扫描说明书的二维码；扫描商品页面的
  // 二维码；应用商店搜索…): the items share the list's heading and neighbours.
  if (!PRODUCT_USE.test(around) && /;/.test(text.slice(Math.max(0, start - 60), Math.min(text.length, end + 40)))) {
    const head = text.slice(Math.max(0, start - 60), start);
    const tail = text.slice(end, end + 40);
    const from = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf('。')) + 1;
    const to = tail.search(/[.!?。]/);
    around = head.slice(from) + word + (to < 0 ? tail : tail.slice(0, to));
  }
  return PRODUCT_USE.test(around) && !SHOP_LEAD.test(around.replace(/加热|加湿|添加剂|参加|增加|更加|附加|(?:添加|加)(?:设备|到手机)|应用商店|应用市场|app\s?store|商店搜索/g, ''));
}

function isDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}

function isAlnum(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || (u >= 0x61 && u <= 0x7a);
}

/** Runs ASCII_PATTERN where a digit run or a letter/digit run begins. */
function scanRuns(text: string, visit: (m: RegExpExecArray) => void): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) continue;
    const p = i > 0 ? text.charCodeAt(i - 1) : 0;
    const digitRunStart = isDigit(c) && !isDigit(p);
    const wordRunStart = !isAlnum(p) && p !== 0x2e && p !== 0x5f && p !== 0x40;
    if (!digitRunStart && !wordRunStart) continue;
    ASCII_PATTERN.lastIndex = i;
    const m = ASCII_PATTERN.exec(text);
    if (m === null) continue;
    visit(m);
    i += m[0].length - 1;
  }
}

/** An account ID: starts with a letter (shop_kf01), or five or more digits (QQ numbers), or digits
 *  then letters (88shop); short numbers (38, 36-40) are sizes, not IDs. */
const ID = '(?:[a-z_][a-z0-9_.@]{3,}|[0-9]{5,}[a-z0-9_]*|[0-9]+[a-z_][a-z0-9_.@]{2,})';
const CONNECTOR_ID = new RegExp(`我?(?:号码?|账号|号是|同号|是|为|:|搜索?|添加|加|备注)*${ID}`, 'y');
/** An explicit connector before the ID, for words that are also ordinary nouns (手机, 号码). */
const STRICT_CONNECTOR_ID = new RegExp(`(?:号码?|账号)?(?:(?:是|为|:)+${ID}|[0-9]{5,})`, 'y');
/** After a phone word (电话, 手机, 热线): only digits make a number — 手机是m901c is a model. */
const PHONE_CONNECTOR_ID = /(?:号码?)?(?:(?:是|为|:)+[0-9][0-9_-]{4,}|[0-9]{5,})/y;

/** Before a lone v/q or QQ/企鹅: someone is asking to add or contact an account (私聊我 too, so
 *  私聊我微信退款 is a contact to message, not the refund's wallet). */
const ADD_BEFORE = /(?:加|联系|私聊|私信|私|添加|扫|找|搜|关注|拿|要|(?:给|留)(?=个|一个|下|一下)|我的|我们的|我家的?|店主的?|店长的?|掌柜的?|助理的?|客服的?|老板的?|发你|给你|(?:简介|主页|个签|签名|头像|背景图?)(?:里面?|上面?|中)?(?:有|是|的|写的?|留的?)?)(?:我|个|下|一下|一个)?$/;
/** Around 微信 without an ID: it is a way to pay at checkout, to log in to the app, or where a
 *  refund goes back to (原路退到微信零钱). */
const PAYMENT = /支付|付款|买单|结算|缴费|交费|交的费|充值|话费|花呗|云闪付|登录|登陆|绑定|分享|转发给|零钱|原路|钱包|卡包|余额|到账|进账|入账|账单|退到|退款|退回|返回|返还|原返|(?:[0-9]+|数字)个?工作日/;
/** Other ways to pay or be refunded: 微信 listed among them (储蓄卡…，微信…，现金支付; 可以刷卡，可以给
 *  现金，微信不一定支持) is a wallet, not an account — unless a contact verb follows it. */
/** Ways a cash-on-delivery order is paid at the door. */
const COD_INSTRUMENT = /刷卡|现金|pos机?|货到付款|到付|(?:配送|送货|快递)?师傅|配送员|快递员|送货员|快递小哥/;
const PAY_INSTRUMENT = /(?:交|缴|充)(?:的)?(?:费|值)|银行卡|储蓄卡|信用卡|借记卡|现金|刷卡|pos机?|云闪付|支付宝|花呗|货到付款|数字人民币/;
const CONTACT_AFTER = /^(?:号|群|上?(?:联系|聊(?!天记录)|找|私|问|沟通|发|加|搜)|我|给我)/;
/** After 微信: a feature of the product (手环的微信消息提醒, 微信内容显示), not an account. */
const FEATURE_AFTER = /^(?:(?:消息|内容|通知|来电|语音)(?:显示|提醒|推送|通知)|运动|步数|读书|[^,.!?;。]{0,4}联名|(?:头像|表情包?|红包封面|聊天背景|主题)?同款|表情包|红包封面)/;
/** A picture of the thing, not the thing (二维码图案的T恤, 二维码印花): a print on a product. */
const PRINT_AFTER = /^的?(?:图案|印花|造型|花纹|纹样|样式|元素|贴纸|刺绣|抱枕)/;
/** After 二维码: the goods themselves are a stand or sticker for a code (二维码台卡, 收款二维码桌贴) — a
 *  product the shop sells, whatever code the buyer has printed on it. */
const CODE_GOODS_AFTER = /^(?:桌贴|台卡|桌牌|立牌|挂牌|标牌|牌子|胸牌|工牌|餐牌|亚克力牌|展示牌|贴牌|挂卡)/;
/** Before a code: the thing it is printed on or stuck to (帆布袋上的, 快递袋上那个, 瓶身背面的) — a code
 *  on an object, which leads nowhere of the shop's unless the sentence says what scanning it earns. */
const ON_OBJECT_BEFORE = /[\u4e00-\u9fff](?:上|上面|表面|背面|正面|侧面|底部|里面?|内侧|外面|外侧|外边)(?:的|那个|这个|那|印的|贴的|印着的?|那块)?$/;
const ON_OBJECT_OWNER = /主页|头像|简介|个签|签名|封面|主图|笔记|图片|照片|视频|店铺|直播|朋友圈|名片|卡片|小卡|售后卡|宣传单|传单|纸条|便签|说明卡|感谢卡/;
const CODE_LEAD = /惊喜|福利|专属|老客|抽|上新|更多|回购|复购|下次|便宜|通知/;
/** A courier's or the post's own app (顺丰官方小程序, 快递公司的公众号): the buyer's delivery, not the shop. */
const COURIER_APP_BEFORE = /(?:顺丰|中通|圆通|韵达|申通|邮政|ems|极兔|德邦|菜鸟|京东物流|快递公司|物流公司|快递)(?:速运|快递)?(?:官方|自己)?的?$/;
/** 口令 alone (not 淘口令): off the platform only when it is copied or opened elsewhere or handed over
 *  as a code (复制口令, 打开某宝, ￥…￥, 口令给您) — 下单备注口令 is a note in the platform's own order. */
const TOKEN_SIGNAL = /复制|打开|粘贴|淘|宝|¥|￥|#|给(?:您|你)|发(?:您|你|个)|我们的|领|红包|券|app|浏览器/;
/** 复制链接 after the platform's own share button (点右上角分享就能复制链接): sharing the product. */
const SHARE_FEATURE = /分享|转发/;
/** Before 微信: a document goes INTO the buyer's own WeChat (发票添加至微信, 保存到微信卡包). */
const INTO_WALLET_BEFORE = /(?:添加|保存|存|导入|同步|收藏|放)(?:至|到|进)$/;
/** Earlier in the sentence a document went into the buyer's WeChat: a later 微信 (在微信-我-卡包里
 *  下载) is the same wallet. */
const INTO_WALLET_EARLIER = /(?:添加|保存|存|导入|同步|收藏)(?:至|到|进)微信(?!好友|通讯录|群)/;
/** 微信端/微信渠道: which app the buyer is using or ordered in (您是京东app还是微信端, 因为是微信渠道),
 *  asked or stated, as long as nobody is sent there. */
const CHANNEL_AFTER = /^(?:端|渠道|客户端)/;
const CHANNEL_STEER = /去|到|关注|搜|加|下单|购买|[^您你]买|拍/;
/** A parcel locker or pickup point that notifies the buyer through WeChat (关注了丰巢就不再发取件码). */
/** After 微信: money went to the courier through it (微信转给配送, 微信付给快递员了). */
const PAID_TO_COURIER_AFTER = /^(?:转|付|支付|扫码付)(?:款|钱)?(?:给|到)?(?:配送员?|快递员?|快递小哥|师傅|骑手|送货员?|站点)/;
/** Cash on delivery paid to the courier (师傅有pos机, 跟快递员说用微信转账): the buyer's wallet pays the
 *  courier at the door, no account of the shop's is involved. */
const COURIER_PAYEE = /(?:配送|送货|快递)?师傅|配送员|快递员|送货员|快递小哥|pos机?|货到付款/;
function courierPaidAtDoor(sentence: string): boolean {
  return COURIER_PAYEE.test(sentence) && !/(?:给|到)(?:我|我们|店主|老板)|私下|加(?!钱)|卡号|账户|账号|收款码/.test(sentence);
}
const LOCKER = /丰巢|蜂巢|快递柜|智能柜|自提柜|驿站|取件码|取货码/;
/** A refund in the sentence, and 微信 is where the money is handled or lands (财务退款后微信处理
 *  1-3个工作日到账, 退款原路退回微信): the refund's rail, named beyond PAYMENT's few characters. */
const REFUND_IN = /退款|退钱|退费|原路|退回|返还|退还/;
const REFUND_RAIL_AFTER = /^[^,.!?;。]{0,10}?(?:到账|入账|进账|处理|审核|退回|返还|原路|通知|明细|账单|记录|零钱|钱包|余额)/;
/** Before 微信: it is a courier's (转给配送的微信了吗, 快递员的微信收的款), asked about, not the
 *  shop's account — as long as nobody is told to add or contact it. */
const COURIER_OWNS_BEFORE = /(?:配送员?|快递员?|快递小哥|师傅|骑手|送货员?)的$/;
/** Before 联系方式/邮箱: the shop's own, or a swap (我们的, 加个, 留下, 交换, 发你), or where the
 *  profile shows it (主页里的, 简介上写的, 个签有) — the buyer is sent there to copy it. */
const OFFER_BEFORE = /(?:我的|我们的|我们|客服的?|店主的?|老板的?|店铺的?|私人|交换|互换|加(?:个|一下)?|留(?:个|下|一下)?|发(?:你|您)|给(?:你|您)|要(?:个)?|私信|看|见|有|通过|用|(?:主页|简介|个签|签名|头像|背景图?)(?:里面?|上面?|中)?(?:的|写的?|留的?|挂的?))$/;
/** Before 邮箱: the buyer's or a customer's own (您提供的, 客户其他的). */
const BUYER_OWNS_BEFORE = /(?:您|你|客户|用户|买家)[^,.!?;。]{0,6}$/;
/** A document sent by e-mail (an e-bill, an invoice, a statement). */
const DOCUMENT = /账单|发票|详单|报告|凭证|回执|合同|电子版|对账单|通知单|邮件/;
/** …and a request for the address or for a reply to the shop (请提供一下您的邮箱, 发给我们). */
const ADDRESS_REQUEST = /请|麻烦|烦请|提供(?:一下|下)|留(?:个|下|一下)|告诉|告知|(?:发|回)(?:给|到)?(?:我|我们)|私信/;
/** After 联系方式/邮箱: where it is found or what it is (在主页, 见简介, 是…, ：…). */
const OFFER_AFTER = /^(?:在|见|看|是|:|发|私|联系|沟通|找)/;
/** Before 小号/工作号: someone's second account to add (加我小号, 我的工作号), not a size. */
const ALT_ACCOUNT_BEFORE = /(?:(?:加|添加)(?:我|我的|一下我的?|一下)?|(?:我的|我们的|店主的?|老板的?))$/;
/** Before 电话/手机: the buyer is told to call the shop (打我电话, 拨我们的手机, 给我打). */
const CALL_ME_BEFORE = /(?:(?:打|拨|call)(?:我|我们|店主|老板)(?:的)?(?:私人)?|(?:给我|给我们)打)$/;
/** Before 给我打: somebody else called, told as an event (刚才有人给我打电话, 快递员昨天给我打了) —
 *  the buyer's words quoted back, not the shop asking to be called. */
/** Earlier in the sentence a courier or station is told to call the shop (您让配送有疑问直接电话联系我们):
 *  the phone call is between the shop and the courier, the buyer is not sent anywhere. */
const THIRD_PARTY_CALLS_BEFORE = /(?:让|请|叫|告诉|通知|麻烦)(?:配送员?|快递员?|快递小哥|师傅|骑手|送货员?|物流|站点|网点)/;
const CALLED_BY_OTHER_BEFORE = /(?:有人|他|她|对方|快递|配送|师傅|骗子|陌生|刚才|刚刚|之前|昨天|前天|上午|下午|早上|晚上)[^,.!?;。]{0,6}给我们?打$/;
/** Around 联系方式 set off by a colon: a field of a mailing address or a delivery record (寄到:…，收件人，
 *  联系方式:…，邮编:…), not the shop's account. An ID after it is still reported. */
const ADDRESS_FORM = /邮寄到|寄到|寄回|收件人|收货人|收件地址|收货地址|邮编|送达时间|联系人/;
/** The buyer's own order record (收货人, 收件人, 收货信息/地址) … */
const BUYER_RECORD = /收货人|收件人|收货信息|收件信息|收货地址|收件地址|配送地址|地址信息/;
/** …read back to be checked (请核对, 确认一下, 是否正确, 对吗). */
const CONFIRM_RECORD = /核对|确认|核实|是否正确|是否有误|对吗|对不对|对么|无误|有没有错|没问题吧/;
/** …while the shop's own people stay the shop's (我们的电话, 客服电话, 售后电话). */
const SHOP_NUMBER_BEFORE = /(?:我|我们|客服|售后|店铺|门店|热线|服务)(?:的)?(?:电话|手机|联系方式|号码)?[^,.!?;。]{0,2}$/;

/** Whether the phone word or number at [start, end) is a field of the buyer's own order record
 *  read back for the buyer to check (请核对收货信息：收货人：…电话：186…，地址：…): the buyer's
 *  own details are nobody's offer of a channel (like an order number the buyer reads in the app). */
function buyerRecordEchoed(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 40));
  return BUYER_RECORD.test(around) && CONFIRM_RECORD.test(around) && !SHOP_NUMBER_BEFORE.test(clauseBefore(text, start, 8));
}

/** A courier, delivery station or service point whose contact details the reply points to
 *  (配送员:…，电话:… 这里有联系方式), not the shop's. */
const COURIER = /配送员|快递员|快递小哥|送货员|骑手|师傅|站点|网点|驿站|服务中心|维修点/;
// A request for the buyer's contact detail, read back from the contact word: 留/提供/告诉/报 (or 发/给
// to us), the buyer as owner (您的, 能联系到您的), other details listed before it (姓名和, 、).
// The details may be a list cut by commas (提供一下您的商家ID，以及您的联系方式; 提供您的姓名,联系方式,…), and
// 告知/告诉 may take the buyer's detail directly (请您告知您的手机号).
const BUYER_CONTACT_ASK = /(?:(?<!预|保)留|提供|告诉(?:我|我们|小编|客服)|告知(?:我|我们|小编|客服)|告(?:诉|知)(?:一下|下)?(?=(?:您|你)的)|(?<![电回])报|发(?:给)?(?:我|我们|小编|客服)|给(?:我|我们|小编|客服))(?:一下|下)?(?:下|留下|给(?:我|我们|小编|客服))?(?:个|一个)?(?:(?:您|你|亲)(?:的)?)?(?:(?:方便|能够?|可以)?联系(?:到)?(?:您|你)的)?(?:[^,.!?;。:和及、]{1,8}(?:和|及|以及|、|,(?:以及|和|及|还有)?)){0,4}(?:以及|还有)?(?:(?:您|你)的?)?(?:(?:常用|有效|私人)的?)?(?:联系)?$/;
// The order's or account's own number, confirmed or changed inside the app.
const ORDER_PHONE = /收货|收件|订单(?:上|里|中)|下单|取消|预留|绑|注册|登录|登陆|验证码|修改|更改|更换|换成|改成|核对|配送|送货|派送|上门/;
// Staff reaching the buyer by phone: what makes a bare 号码 the buyer's phone number, not a size.
const CALL_BACK = /回电|来电|致电|打给|电话(?:联系|沟通|回复|告知|通知)|联系(?:到)?(?:您|你)/;

/** The shop's own people or places, which keep 联系方式 the shop's (我们的联系方式, 客服联系方式). */
const SHOP_OWN = /我|我们|客服|店|老板|掌柜/;
/** Paper that travels with the parcel: a waybill, a card or leaflet in the box. */
const SLIP = /快递单|发货单|面单|运单|包裹|快递盒|快递箱|卡片|小卡|售后卡|名片|说明书|宣传单|传单|纸条|便签|包装(?:盒|袋)/;
/** The shop's own number, not the courier's (我的电话, 老板的手机号). */
const SLIP_OWNER_BEFORE = /(?:我|我们|老板|店主|店长|掌柜)(?:的|私人的?)?$/;
/** 转账 as a checkout payment method (付款方式选择公司转账/对公转账), not money sent to the shop privately. */
const CHECKOUT_TRANSFER_BEFORE = /(?:付款方式|支付方式)[^,.!?;。]{0,4}(?:公司|对公|银行)$/;
/** A company or bank transfer (公司转账, 对公转账) talked about for how long it takes or who checks it
 *  (一般1到3个工作日到账, 需要财务审核): the payment option's timing, not a request to pay privately. */
const CORPORATE_TRANSFER_BEFORE = /(?:公司|对公|银行|企业)$/;
/** 转账 opening its clause as a topic (一般转账, 银行转账的话): nothing before it but a general adverb. */
const TRANSFER_TOPIC_BEFORE = /^(?:一般|通常|正常|平常|平时|普通|默认)?(?:情况下)?(?:的)?$/;
/** …then how long it takes (是1-3个工作日的, 要两个小时左右到账): the process's timing. */
const TRANSFER_DURATION_AFTER = /^(?:的话)?(?:一般|通常|大概|大约|需要|要|是|会|都)*[^,.!?;。]{0,12}?(?:工作日|个?小时|天|分钟)(?:左右|以内|内)?(?:到账|到)?(?:的)?[哦呢哈啦]*$|^(?:一般|通常|大概|大约|需要|要|会|都)*[^,.!?;。]{0,8}?到账/;
/** Around a company transfer: the order's checkout or its refund (下单, 选择支付, 退款, 余额). */
const CHECKOUT_OPTION = /下单|选择(?:支付|付款)?|支付方式|付款方式|结算|退款|余额|提现/;
const TRANSFER_TIMING = /到账|到款|未到|没到|工作日|财务|审核|入账|核实|确认(?:订单|收款)|比较慢|会慢/;
/** …but money sent to the shop's people or accounts is still private payment. */
const TO_SHOP_ACCOUNT = /(?:给|到|转|打)(?:我|我们)|账号|卡号|账户是|收款/;
/** Before the match: impostors are the subject (仿冒我们的微信号很多). */
const IMPERSONATION_BEFORE = /(?:仿冒|假冒|冒充|冒用|盗用|山寨)/;
/** After the match: the shop disowns it (…不是我们开的, 非本店, 均为假冒). */
const DISCLAIMER_AFTER = /^[^.!?;。]*?(?:不是我们|不是本店|非本店|非官方|均为假冒|都是假的|是假冒|谨防上当)/;
/** Before 企鹅: only a verb makes it an account (我们的企鹅玩偶 is a toy). */
const ADD_VERB_BEFORE = /(?:加|联系|私|添加|扫|找|搜)(?:我|个|下|一下|一个)?$/;
/** After 加v: a purpose (领, 获取, 咨询…) then the account ID, set off by a colon or starting with
 *  a letter — 加V领设计 165/88A is a collar and a size, not an account. */
const PURPOSE_ID = new RegExp(
  `(?:领取?|获取|拿|看|咨询|要|送|享|备注)[\\u4e00-\\u9fff]{0,6}?(?::+(?:${ID})|(?:号码?|账号|是|为)?[a-z_][a-z0-9_.@]{3,})`,
  'y',
);
/** Around a direct payment to the shop: what is paid or how (支付宝, 卡, 钱, 定金). */
const PAY_WORD = /支付宝|微信|银行卡|卡|网银|钱|款|账|定金|订金|尾款|差价|红包/;
/** Before 转给我们: what is forwarded is a record of the payment, not the money. */
const FORWARDED_DOC = /截图|截屏|记录|凭证|照片|图片|视频|订单号|单号|发票|信息|小票|聊天/;
/** The sentence keeps the payment on the platform (在小红书下单付款, 平台担保), unless it says not to. */
const ON_PLATFORM = /(?<!不|别|不用|无需|没必要)(?:在|通过|走)(?:小红书|平台)|平台(?:担保|代收)/;
/** Around tb/dy/jd/ks/xy: the abbreviation is a shop or an account the buyer is sent to. */
const ABBR_SIGNAL = /搜|店|直播|链接|下单|(?<!照)拍(?!照)|那边|那里|也有|便宜|关注|账号|号|主页|粉丝|购买|买|上(?:有|也|卖|找)|挂|找我|私信|私聊/;

/** After v used as a verb (v一下：…, 可以v，…): an optional 一下, a colon or comma, then an ID. */
const V_VERB_ID = new RegExp(`(?:一下|下)?[:,]?(?:我|我们)?(?:号码?|账号|是|为|:)*${ID}`, 'y');
/** Before v used as a verb: a modal offering it (可以v, 直接v, 欢迎v). */
const V_VERB_BEFORE = /(?:可以|直接|欢迎|随时|请|麻烦|方便的话|记得)$/;

/** After a lone v/q: a garment or style (V领, V字, Q版, Q弹), not an account. */
const NOT_ACCOUNT_AFTER = /^(?:领(?!取)|字|脸|型|口|版|弹|萌|仔|码)/;
/** After an account word, the words that keep it an account (我的qq是…, 加qq聊); any other
 *  character (我的qq糖) makes it a product. */
const ACCOUNT_CONTINUES = /^(?:[^\u3007\u3400-\u9fff\uf900-\ufaff]|$|号|群|空间|联系|聊|详|看|找|私|上|加|是|为|我|领|发|备注|咨询|问|吧|呀|哦|啊|呢|哈|嘛|呗|好(?:吗|不|嘛)|行(?:吗|不))/;
/** After QQ/企鹅/v: it is an account (QQ号, QQ群, v:…, v聊), not QQ糖 or V领. */
const ACCOUNT_AFTER = /^(?:号|群|空间|:|是|联系|聊|找|私|上|加)/;
/** After a platform name: logistics, a product, or a trend, not a shop or account. */
const PLATFORM_NOT_SHOP_AFTER = /^(?:快递|物流|配送|安装|自营|精灵|方|仓|同款|爆款|网红|热门|很火|上很火|风)/;
/** Platforms that also run a courier network (京东物流): in a parcel's trace the name is the courier's
 *  sorting centre or station (订单在京东【华北分拣中心】, 已发往京东某某营业部), not a shop to go to. */
const COURIER_NETWORK = /^京东$/;
/** After the name: the trace's facility, within its clause (…分拣中心, …站点, …营业部); or, in the
 *  original text, the facility's name opening in brackets as traces print it (京东【北京…】 — the
 *  normalized text drops brackets). */
const TRACE_FACILITY_AFTER = /^(?:[^,.!?;。]{0,14}?(?:分拣中心|分拨中心|转运中心|集散中心|中转场|配送站|营业部|站点|网点|仓库|配送中心))/;
/** Before the name: the parcel moving (送往, 发往, 到达, 离开, 交给) or lying at it (在). */
const TRACE_BEFORE = /(?:送往|发往|运往|到达|抵达|离开|已到|转运至|转至|途经|交给|交由|在)$/;
/** The sentence is about a parcel (订单, 包裹, 运单, 派送 …). */
const PARCEL = /订单|包裹|快件|运单|单号|物流|派送|配送|揽收|分拣|站点|送往|发往|中转|签收/;
/** After 抖音同款 / 京东快递: the buyer is still sent to that platform (去那边买, 搜店名, 那边更便宜).
 *  Buying words alone (抖音同款，本店下单就有) describe the product sold HERE, so they do not count:
 *  another platform's name as a trend label is not a shop or an account (SPEC §3). */
const STEER_SIGNAL = /去|到(?:那|它|他们)|那边|那里|搜|链接|直播间|更便宜|价格?更低|[账帐]号|@[a-z0-9_]/;
/** After a platform name: only where the buyer came across the product (抖音上刷到的, 在快手看到的). */
const SEEN_THERE_AFTER = /^(?:上|里|直播间?里?)?(?:刷到|看到|看见|刷着|种草|看中|看过|同款)/;
/** …while the purchase is made here (本店也能拍, 我们店里就能下单, 在小红书直接买). */
const BUY_HERE = /(?:我们店|咱们?店|本店|店里|我们家|咱家|这里|这边|小红书|这个链接)[^,.!?;。]{0,5}(?:拍|下单|买|购买|有(?:货|卖)?)/;
/** Steering that still sends the buyer to the other platform, whatever else is said; a 链接 or
 *  直播间 of the shop itself (店铺首页的链接) is not it. */
const HARD_STEER = /去(?!年|掉|除)|到(?:那|它|他们)|那边|那里|搜|更便宜|价格?更低|(?<!店铺|本店|我们|首页)链接(?!就?在(?:店铺|本店|首页|我们))/;
/** After a platform name: other people or shops sell there (淘宝上也有人卖, 拼多多上别家卖的). */
const OTHERS_SELL_THERE = /^(?:上|里)?[^,.!?;。]{0,3}?(?:有人|别人|别家|其他(?:商家|店铺?|人)|有些(?:店|商家|人)|不少(?:店|商家|人)|很多(?:店|商家|人))(?:也|都)?(?:在)?(?:卖|开|挂|仿|做)/;
/** Around a described app (那个绿色的软件): the buyer is to add, search or message an account there. */
const DESCRIBE_SIGNAL = /加|搜|号|找我|联系|私聊|私信|下载|备注|聊天软件|id|就是我/;
/** Around a described platform: the buyer is sent there to buy or find the shop (搜同名, 更便宜, 直播间,
 *  挂着, 店). A platform only talked about (那个短视频平台的视频拍得好看) sends nobody. */
const DESCRIBED_STEER = /搜|同名|店|(?:上|也)有(?:我们|我)(?:的?(?:店|号|账号|直播间))?(?!的)|也在|也开|直播间|更便宜|便宜|价格?更低|下单|拍下|挂着|挂了|上架|关注|找(?:我|我们)|去(?!年|掉|除)/;
/** Joining a circle: someone is pulled in or asks to be (拉你进, 想进的话, 私我, 邀请您). */
const CIRCLE_JOIN = /拉(?:你|您)|想进|进来|进(?:群|圈)|加入|私(?:我|信我)|邀请(?:你|您)|找我|带(?:你|您)进/;

/** Around an app's name: the app is the software the buyer has trouble with (找到微信清除数据, 升级微信
 *  版本, 在微信里显示正常吗, 微博这个应用卡死, 邮箱收不到验证码) — support for the buyer's own phone,
 *  not an account or a place to go. */
const APP_TROUBLE =
  /设置|退出|重启|重新(?:进入|登录|登陆|打开|启动)|清除|清理|缓存|卸载|重装|重新安装|安装包|升级|更新(?:到|后|一下|了)|版本|备份|聊天记录|闪退|卡死|卡顿|崩溃|黑屏|白屏|客户端|应用程序|这个应用|该应用|软件(?:的)?(?:问题|原因)|权限|后台运行|自启|打不开|登不上|登录不上|登陆不上|无法登录|压缩|输入法|键盘|(?<![a-z])bug|兼容|适配|耗电|误触|验证码|收不到|发不出|显示(?:正常|异常|不全|不出|乱码|是否正常)|定向流量|流量包|免流|沃包|安卓|android|(?<![a-z])ios|刷机|越狱|农历|日历|语音|音量|听筒|扬声器|视频通话|录制|播放器|提示音|铃声|通知栏|未读|(?<!重新)安装了?|出现(?:了)?(?:这样|这种|这个|类似)?的?(?:问题|情况|现象)/;
/** …unless the sentence still sends the buyer to an account or a deal there: an add, a follow, a
 *  search, a scan, a contact or a service account, a group, an ID, buying or an offer, or the
 *  shop's own account (我们的微信, 客服微博). */
const APP_STEER =
  /(?<![载速密热湿工价重大强深快上入参])加(?!载|速|密|热|湿|工|价|重|大|强|深|快|上|入)|添加(?!了)|关注(?=[^,.!?;。]{0,12}(?:微信|微博|qq|公众号|服务号|号|账号|我们|官方|店|抖音|快手|小红书))|搜|扫|联系|私信|私聊|找我|客服|公众号|服务号|订阅号|小程序|好友|群|(?<!版本|型号|序列|编|帐|账)号(?:码|是|:)|[0-9]{5,}|下单|购买|(?<!可)买|领|优惠|活动|福利|红包|返|抽奖|参与|参加|报名|咨询|问我|(?:发|推|转)(?:给|到)?(?:你|您)|更多(?!设置|选项|功能)|款式|实拍|上新|便宜|(?:我|我们|本店|店铺|官方)的?(?:微信|微博|qq|邮箱|朋友圈)/;

/** Right after the app's name: the app itself is at fault or asked about (微信的问题, 在微信里正常吗). */
const APP_FAULT_AFTER = /^(?:里|中|上)?(?:的)?(?:问题|原因|故障|毛病|是否正常|正常吗|显示|应用|客户端|软件|本身|的设计|版本)/;
/** Before the app's name: it is the shop's own (我的工作邮箱, 我们的微信, 客服微博). */
const SHOP_APP_BEFORE = /(?:我|我们|本店|店铺|店里|客服|官方|工作)的?[\u4e00-\u9fff]{0,2}$/;

/** Platforms that are apps on the buyer's phone. */
const APP_NAME = /^(?:微博|朋友圈|抖音|快手|淘宝|天猫|京东|拼多多|闲鱼|得物|知乎|豆瓣|钉钉|飞书|陌陌|b站|哔哩哔哩|唯品会)$/;

/** Whether the app named at [start, end) is troubleshot, not steered to (see APP_TROUBLE). */
function appTroubleshooting(text: string, start: number, end: number): boolean {
  if (SHOP_APP_BEFORE.test(clauseBefore(text, start, 6))) return false;
  const sentence = sentenceBefore(text, start, 30) + text.slice(start, end) + sentenceAfter(text, end, 30);
  return (APP_TROUBLE.test(sentence) || APP_FAULT_AFTER.test(text.slice(end, end + 6))) && !APP_STEER.test(sentence);
}

/** 微信 as something other than an account to add: a wallet among other ways to pay, a product
 *  feature, where a document is saved, the app the buyer uses, a parcel locker's notices. An ID
 *  after it is still reported (reportContact), whatever this says. */
function wechatNotAccount(text: string, start: number, end: number, before: string): boolean {
  if (ADD_BEFORE.test(before)) return false;
  // 在微信-我-卡包里下载: the app's own 我 tab, after the document was saved there.
  if (INTO_WALLET_BEFORE.test(before) || INTO_WALLET_EARLIER.test(sentenceBefore(text, start, 30))) return !/^(?:号|群|好友|联系|聊)/.test(text.slice(end, end + 2));
  if (CONTACT_AFTER.test(text.slice(end, end + 5))) return false;
  if (appTroubleshooting(text, start, end)) return true;
  const sentence = sentenceBefore(text, start, 24) + text.slice(start, end) + sentenceAfter(text, end, 12);
  if (PAY_INSTRUMENT.test(sentence)) return true;
  // The buyer sent into WeChat to handle it (去微信上处理) is still steering.
  // 退款会在3个工作日内到您微信, 微信里的服务通知有退款记录: the buyer's own wallet, where the
  // platform's refund lands — unless the shop pays it there itself (我直接退到您微信).
  if (REFUND_IN.test(sentence) && !/(?:去|到|在|用|打开|进入|登录|登陆)$/.test(before) && !/^(?:上|里|内|app)(?!的?(?:服务通知|支付通知|零钱|钱包|账单|明细|余额))/.test(text.slice(end, end + 9)) &&
    (REFUND_RAIL_AFTER.test(clauseAfter(text, end, 14)) || /(?:退|返|原路)(?:回|到|至|还)?(?:您的?)?$/.test(before) ||
      (/(?:到|至|进|回)(?:您|你)的?$/.test(before) && !/直接|私下|单独|我(?:们)?(?:这边)?(?:转|打|发)/.test(sentence)))) return true;
  if (FEATURE_AFTER.test(text.slice(end, end + 4))) return true;
  if (CHANNEL_AFTER.test(text.slice(end, end + 3)) && !CHANNEL_STEER.test(clauseBefore(text, start, 8) + clauseAfter(text, end, 10))) return true;
  if (COURIER_OWNS_BEFORE.test(before) && !/加|扫|联系|找/.test(before)) return true;
  // 您微信转给配送: how the buyer paid the courier on delivery, a wallet.
  if (PAID_TO_COURIER_AFTER.test(text.slice(end, end + 10))) return true;
  if (/^(?:转账|付款|支付|付)/.test(text.slice(end, end + 2)) && courierPaidAtDoor(sentenceBefore(text, start, 40) + sentenceAfter(text, end, 24))) return true;
  // 是您自己的微信吗: whose wallet or login it is, asked without asking for the account.
  if (/(?:您|你)自己的$/.test(before) && !/^(?:号)?(?:是多少|多少|发|给|告诉|留)/.test(text.slice(end, end + 4))) return true;
  return LOCKER.test(sentence) && !/我|我们/.test(clauseBefore(text, start, 6));
}

/** The shop says it is NOT on the other platform or app (没上别的平台, 在那边没开店, 本店只在小红书, 就这
 *  一家): naming the place answers a buyer's question about it, nobody is sent there. */
const ABSENT_THERE = /(?:没|没有|并没有|从没|从来没有?)(?:在)?(?:那边|那里|那儿|别的平台|其他平台|别处)?(?:上)?(?:开|开设|开过|入驻|上架|上过|卖过?)(?:过)?(?:店|店铺|号|账号|分店)?|没上(?:过)?(?:别的|其他)?(?:平台|渠道)|没有(?:别的|其他)(?:店|分店|店铺|渠道|平台)|只在(?:小红书|这里|这边|本店)|只能在(?:小红书|这里|这边|本店)|就这一家|仅此一家|只有这一家|别无分店|(?:其他|别的)(?:渠道|平台)[^.!?;。]{0,12}(?:都不是|不是我们|假冒)/;
/** …while the sentence of the name still sends the buyer there or hands over a way to reach it. */
const ABSENT_BUT_SENT = /加|搜|联系|找我|私信|私聊|链接|便宜|去(?!年)|号(?:是|:)|[a-z0-9_]{5,}/;

function absentThere(text: string, start: number, end: number): boolean {
  return ABSENT_THERE.test(text) && !ABSENT_BUT_SENT.test(sentenceBefore(text, start, 20) + sentenceAfter(text, end, 20));
}

/** Before a Latin disguise glued to digits (型号是VX200): a model code, not an account. */
const MODEL_CODE_BEFORE = /(?:型号|款号|货号|编号|机型)(?:是|为|:)?$/;
/** Before 扣扣 in the original text: a fastener (按扣扣上, 纽扣扣好), not QQ. */
const FASTENER_BEFORE = /[按纽钮暗搭卡袖领磁锁插挂排带环扣]$/;

/** Names that are accounts or off-platform places by themselves (关注公众号, 发朋友圈, 官网). */
const ACCOUNT_PLATFORM = /^(?:公众号|公号|视频号|朋友圈|官网|官方网站|网盘|whatsapp|telegram|微店|有赞)$/;
/** In the platform's clause: it is where the buyer is sent (a store, an account, a search, buying
 *  there, a lower price, a download, a group). 订单号 is an order number, not an account. */
const PLATFORM_STEER_AFTER =
  /^(?:[^,.!?;。]{0,10}?(?:联系|都有|有(?:我们|我)的|搜|(?<!订单|单|编|工|[0-9a-z])号|账号|主页|(?<![这本])店(?!铺?券)|旗舰|直播|粉丝|链接|口令|那边|那里|便宜|更低|也有|也在|也开|上有|^上(?:出|挂|架|卖)|有卖|有货|同名|私信|私聊|找我|找我们|(?<!的)关注|下载|进群|群|地址|网址|(?<![您你].{0,4})(?:下单|购买|买|拍(?!照))))/;
const PLATFORM_STEER_BEFORE = /(?:去|到|上|关注|下载|搜|来|转到|换到|移步|联系|加|打开(?:手机)?)(?:我们?的?|一下|下)?$/;

function platformSteers(text: string, start: number, end: number): boolean {
  if (PLATFORM_STEER_BEFORE.test(clauseBefore(text, start, 6))) return true;
  // 抖音同款，去那边直播间拍更便宜: the next clause still sends the buyer there.
  if (STEER_SIGNAL.test(sentenceAfter(text, end, 16))) return true;
  // 钉钉：dd_zhang, pdd.cn/…: an account or a domain follows at once.
  if (/^[:@.]/.test(text.slice(end, end + 1))) return true;
  const after = clauseAfter(text, end, 14);
  // 您在拼多多买的 is the buyer's own past purchase, not steering.
  if (/(?:您|你)(?:是|之前|以前|上次)?在$/.test(clauseBefore(text, start, 6)) && !/搜|店|号|关注|那边|便宜/.test(after)) return false;
  return PLATFORM_STEER_AFTER.test(after);
}

/** A name spelled by sound (斗音, 逃宝) is a disguise only as a place the buyer is sent to: a verb
 *  of going or searching right before it (去斗音, 搜品多多, 关注围脖), or the platform as a place or
 *  a shop right after it (斗音上, 贤鱼里, 逃宝店, 拼哆哆搜). Plain buying words after it (快熟面在
 *  店里买) are not enough: the same sounds make ordinary words. */
const SOUND_STEER_BEFORE = /(?:去|到|在|上|搜|搜索|关注|下载|打开|换到|转到|移步|来)(?:我们?的?|一下|下)?$/;
const SOUND_STEER_AFTER = /^(?:上|里|店|旗舰|直播|[账帐]?号|搜|主页|同名|口令|链接|也有|有我们|平台|app)/;

function soundAlikeSteers(text: string, start: number, end: number): boolean {
  return SOUND_STEER_BEFORE.test(clauseBefore(text, start, 6)) || SOUND_STEER_AFTER.test(text.slice(end, end + 3));
}

/** Names that are also everyday words (快手菜, 有赞) need a shop/account signal nearby. */
/** Local-services apps and other malls (美团, 饿了么, 苏宁易购 …), named later than the big platforms. */
const LOCAL_MALL = /^(?:美团|大众点评|饿了么|苏宁易购|一淘|国美在线|当当网?|亚马逊|盒马)$/;
/** Around the shop's other account: the buyer sent there to buy, find or contact it. */
const OTHER_ACCOUNT_STEER = /下单|拍(?!照)|买(?!不)|便宜|优惠|价|现货|有货|库存|同款|更多|加|联系|私聊|私信|私我|找我|搜|关注|去(?!年)|那边|发(?:你|您)|头像/;
const AMBIGUOUS_PLATFORM = new Set(['快手', '有赞', '咸鱼', '官网', '官方网站']);
const SHOP_SIGNAL = /搜|号|店|直播|主页|关注|账号|平台|粉丝|同名|下单|购买|买|拍|付款|有卖|有货|链接|地址|网址|二手|上(?:有|也|卖|搜|找)/;
/** Disguises that are also plain words (绿泡泡 bubbles, 扣扣 buttons): an account only where the
 *  clause adds, contacts or searches it, or an ID or a chat word follows (加我绿泡泡, 扣扣号, 绿泡泡搜
 *  tt5566) — 浴球泡开是绿泡泡的, 开衫的扣扣是贝壳做的 name the thing itself. */
const LITERAL_DISGUISE = /泡泡|扣扣/;
const DISGUISE_VERB_BEFORE = /加|联系|私|滴|找|搜|扫|发|留|给|要|报|求|备注|通过|我的|我们的|店主|店长|老板|客服|(?:上|来|去|到|用|进|换|走)$/;
const DISGUISE_ACCOUNT_AFTER = /^(?:号|群|空间|上?(?:聊|联系|私|找|搜|发|加|详|问|沟通|见|备注)|同|[:：]|[0-9a-z])/;
function literalDisguise(normalized: NormalizedText, start: number, end: number): boolean {
  // A text without either word anywhere has none in the span either: spared the offset map (a text
  // the check worker normalized has none until asked, and QQ is named in many replies).
  if (!LITERAL_DISGUISE.test(normalized.original)) return false;
  const o = normalized.toOriginal(start, end);
  if (!LITERAL_DISGUISE.test(normalized.original.slice(o.start, o.end))) return false;
  const text = normalized.text;
  if (DISGUISE_VERB_BEFORE.test(clauseBefore(text, start, 10))) return false;
  if (DISGUISE_ACCOUNT_AFTER.test(text.slice(end, end + 3)) || PURPOSE_AFTER.test(text.slice(end, end + 2)) || ADD_BENEFIT_AFTER.test(text.slice(end, end + 5))) return false;
  return matchAt(CONNECTOR_ID, text, end) < 0;
}

/** After 私下: what makes it a deal off the platform — trading, paying, contacting, a price. */
const PRIVATE_DEAL_AFTER = /^里?[^,.!?;。]{0,4}?(?:交易|转|走|补|联系|聊|给|结|沟通|便宜|优惠|找(?:我|我们|店主|老板|客服)|处理|发|加|买|卖|付|汇|打款|约|见|面交|收|退|返|成交|协商|商量|解决|下单|拍|订|出|问(?:我|我们)|私聊|价|单|微信|电话|号)/;
/** After the match: the sentence warns against it (平台外交易没有保障, 私下转账有风险). */
const CAUTION_AFTER = /(?:没有|无|没法|无法|不能|得不到)[^,.!?;。]{0,4}(?:保障|保证|保护)|不受[^,.!?;。]{0,4}(?:保护|保障)|(?<!没|没有|无|零|不会有|不存在)风险|被骗|不安全|不受理|不负责|概不|谨慎|小心|当心|警惕|注意安全|(?:不要|别|不可|不能)相?信|是骗(?:局|子)|都是骗/;
/** Some place of BYPASS_HERE (one native test spares the frame on most texts). */
const BYPASS_PLACE = /这里|这儿|这边|平台|小红书|店里|网上|线上|app|进店|付款/;
/** The order's own path here avoided or run down: 别在这里拍, 不用再从平台下单, 付款时别走这里, 以后就
 *  不用绕这里了, 这里回复太慢, 平台抽成高, 比在这儿快. Alone it steers nowhere (不用在这里下单，仓库
 *  直接补发 is after-sales), so BYPASS_OUT must name where the buyer goes instead. */
const BYPASS_HERE =
  /(?:别|不用|不必|无需|不要|用不着|没必要|不从|可以不)(?:再|急着)?(?:在|从|走|通过|进|去|上|绕|经过)(?:这里|这儿|这边|平台|小红书|店里|网上|线上|app)(?:上|里)?|(?:别|不用|不必|无需|不要|用不着|没必要)(?:再)?(?:这里|这儿|这边|平台|小红书)(?:上|里)?(?:拍(?!照)|下单|付款?|买|结|交易)|不用(?:再)?进店|(?:先)?别(?:急着)?付款|(?:这里|这儿|这边|平台上?|小红书)(?:拍|付|走|买|下单|售后|回复|回消息|联系|挂)?[^,.!?;。]{0,4}?(?:太慢|很慢|慢|抽成|佣金|扣点|手续费|挂不出来|不让发|不方便(?:挂|发|说))|比(?:在)?(?:这里|这儿|这边|平台|店里|小红书)(?:上|里)?(?:拍|买|下单|联系|找|问|付)?[^,.!?;。]{0,3}?(?:快|划算|便宜|省|实惠)/g;
/** Where the buyer goes instead, in the same sentence: the seller in person or privately, money paid
 *  to the seller, a code to scan, a number or a way to reach the seller. */
const BYPASS_OUT =
  /直接(?:找|联系|加|打|问|报|私)(?:我|本人|老板)|直接(?:转|付)(?:给)?(?:我|钱|款)|直接来(?:找|我|店|档口|仓库|拿|取)|直接打(?:过来|给我|我)|(?:以后|下次|下回|私下|单独)[^,.!?;。]{0,4}?找我(?!们)|私下|私底下|私聊|私信我|线下|当面|现金|单独(?:联系|发|算|给)|另外(?:发|给)|扫(?:一下|下|我|我的)?[^,.!?;。]{0,8}?(?:码|方块|图案)|扫[^,.!?;。]{0,8}?图[^,.!?;。]{0,3}?(?:付|支付|转|给我)|收款|钱[^,.!?;。]{0,6}?(?:给我|转我|打给我|另算|另外算)|下线后|(?:我的|私人|个人)[^,.!?;。]{0,3}?(?:号|电话)|号码|联系方式|能找到(?:你|您)的|座机|(?:去|到|在)那边(?:付|买|拍|下单)/;

/** How far after a steering phrase its warning may come (私下交易没有平台保障, 不走平台的交易出了问题我们没法保障). */
const CAUTION_REACH = 18;
/** After 官网: looking a serial or a code up on the brand's site, not a shop there. */
const AUTHENTICITY_CHECK = /查|验证|序列号|型号|防伪|真伪|验真|保修|授权/;
/** A code printed on the product or its manual that serves the product itself — a manual, an
 *  installation video, activating, pairing or topping up a device, a warranty card, what the
 *  fabric is (机身背面的二维码扫码看安装视频, 扫码配网, 吊牌二维码看成分): product feature copy, not a
 *  way to the shop off the platform. */
const PRODUCT_USE = /说明书|使用说明|使用方法|安装(?:视频|教程|步骤|指导|说明)|教程|操作视频|激活|充值|绑定|配网|联网|连接(?:设备|蓝牙|wifi|网络)|配套(?:的)?(?:app|软件|程序|应用|客户端)|(?:app|手机)(?:控制|操控|遥控)|同步数据|机身|设备|屏幕|(?:下载|安装)(?:官方|品牌|配套|对应)?的?(?:app|应用|客户端)|(?:app|应用|客户端)(?:下载|安装)|包装盒|瓶身|罐身|盒身|吊牌|洗标|保修|质保|成分|产地|生产日期|食用方法|冲泡方法/;
/** …unless the code also leads to the shop's people, offers or sales (扫码加客服看安装视频). */
const SHOP_LEAD = /加|好友|群|领|券|优惠|返|红包|关注|粉丝|客服|私聊|私信|联系|咨询|下单|购买|买|付款|支付|转账|抽奖|福利|微信|qq|公众号|更多款|同款|折扣|便宜|店/;
/** A parcel's waybill (面单, 快递单, 运单): its code carries the logistics record. */
const WAYBILL = /面单|快递单|运单|物流单|快递标签/;
/** A certificate or test report named in the sentence before a code (翡翠有证书，国检的，可以扫码查). */
const CERTIFICATE = /证书|鉴定|国检|检测报告|质检报告|检验报告|质检|检测|报告|认证/;
/** …and the code only looks it up (扫码查, 扫码就能查到证书编号). */
const LOOK_UP_AFTER = /^(?:就|即|便)?(?:可以|能|可)?(?:查|查询|查到|查看|查证|验证|核验|核对|看(?:证书|报告|编号|结果))/;
/** A separator of a menu path (我的订单-订单详情-立即使用-扫二维码-绑定车型, 我的>服务>扫码). */
const PATH_SEP = /[-—–>→＞－]/;
/** What ends a step other than a separator: punctuation or a space. */
const STEP_END = /[,，.。!！?？;；:：\s]/;

/** Whether the code at [start, end) is one step of a menu path the reply walks the buyer through
 *  (订单详情-立即使用-扫二维码-绑定车型-选择门店): a step of the order's own service flow, unless the
 *  steps around it lead to the shop's people or offers (打开微信-扫一扫-加好友). */
function menuPathStep(normalized: NormalizedText, from: number, to: number): boolean {
  // Separators are looked for as written: normalization drops dashes and arrows between words.
  const text = normalized.original;
  const { start, end } = normalized.toOriginal(from, to);
  // The step holding the match: from the separator before it to the one after (within a clause).
  let a = start;
  while (a > 0 && start - a < 8 && !PATH_SEP.test(text[a - 1]) && !STEP_END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 8 && !PATH_SEP.test(text[b]) && !STEP_END.test(text[b])) b++;
  if (!(a > 0 && PATH_SEP.test(text[a - 1])) || !(b < text.length && PATH_SEP.test(text[b]))) return false;
  // The steps before and after, up to the next separators.
  let p = a - 1;
  while (p > 0 && a - 1 - p < 10 && !PATH_SEP.test(text[p - 1]) && !STEP_END.test(text[p - 1])) p--;
  let q = b + 1;
  while (q < text.length && q - b - 1 < 10 && !PATH_SEP.test(text[q]) && !STEP_END.test(text[q])) q++;
  return !SHOP_LEAD.test((text.slice(p, a - 1) + text.slice(a, b) + text.slice(b + 1, q)).toLowerCase());
}

/** 二维码 on a tag to check authenticity is the brand's, not a way off the platform. */
/** After a phone word: where to read it — a picture, the profile or its intro (号码在图片上, 电话见主页简介). */
const POINTED_AT = /^(?:就|都|已经)?(?:在|见|放在|写在|挂在)(?:我们?的)?(?:图片|图|主页|简介|个签|签名|头像|封面|背景图?|照片|主图)+(?:上|里|中)?/;
const AUTHENTICITY = /防伪|真伪|溯源|验真|验证|查验|核验|(?:扫码|扫描|读码)(?:枪|器|机(?!身)|设备|模块|仪)|一维码|条码|条形码|商品码/;

const CITE = {
  zh: '，违反《交易导流违规管理细则》（扣10–25分，多次违规限流/封店）',
  en: ", which breaks Xiaohongshu's off-platform steering rules (10–25 points deducted; repeat offences lead to throttling or a ban)",
};

const SUGGEST_CONTACT = '有问题直接在小红书私信我们哦';
const SUGGEST_SHOP = '欢迎直接在本店下单哦';
const SUGGEST_GROUP = '关注店铺，上新和优惠会及时通知您';
const SUGGEST_STEER = '请在小红书下单付款，交易有平台保障';

/** The words that lead up to a contact detail and belong to the steering: 有问题加我, 想要便宜点的话
 *  加我, 我的, 打我电话, 手机号是. The TUI and `check --fix` replace the reported span with the
 *  suggestion, so the span takes them along and the rewritten sentence reads naturally
 *  (「有问题加我微信abc123」→「有问题直接在小红书私信我们哦」, not 「有问题加我有问题…」). */
const LEAD_IN = new RegExp(
  '(?:(?:有(?:任何)?(?:问题|事|疑问)|(?<![不没无别])想[^,.!?;。]{0,8}?|(?<![不没无别])有?需要[^,.!?;。]{0,6}?)(?:的话)?)?(?:可以|请|就|直接|都可以|也可以)*' +
    '(?:(?:加|添加|联系|私聊|私信|找|扫|关注|搜|打|拨打|致电|call|发短信到|短信)(?:一下|下)?(?:我|我们|店主|店长|客服|老板|财务)?(?:的)?|(?:我|我们|店主|店长|客服|老板)的)?' +
    '(?:个|一个|这个)?(?:私人|个人)?(?:(?:客服|售后|门店|店铺|财务|批发|商务|咨询|服务)?(?:电话|手机|热线|座机|号码|手机号|联系方式|tel|t)(?:号码)?(?:是|为)?:?)?$',
);
/** After the contact, a purpose that only makes sense off the platform (加V领取尺码表, 加我看实拍):
 *  the whole clause goes with it. */
/** After 加V: what adding earns (还能再减, 有优惠, 送小样, 更便宜) — the letter is an account to add. */
const ADD_BENEFIT_AFTER = /^(?:还能|还可以|还有|可以|能|就能|再减|领(?:取|优惠|券|红包|福利|小样|赠品|礼|资料|试用|返现)|减[0-9一二两三四五六七八九十]|有(?:优惠|福利|折扣|赠品|小样|礼|券|红包|惊喜|内部价)|送|返|更便宜|便宜|优惠|打折)/;
const PURPOSE_AFTER = /^(?:领|获取|拿|看|咨询|聊|了解|发你|发您|备注|进群|私聊|问|拉你|送|享|免费)/;

/** Reports a contact detail [start, end) with its lead-in and purpose clause (see LEAD_IN). */
function reportSteering(normalized: NormalizedText, start: number, end: number, report: Report): void {
  const text = normalized.text;
  const lead = LEAD_IN.exec(clauseBefore(text, start, 16));
  // A modal alone (直接微信转给我) is no lead-in: the verb or label must be there.
  if (lead !== null && !/^(?:可以|请|就|直接|都可以|也可以)*$/.test(lead[0])) start -= lead[0].length;
  if (PURPOSE_AFTER.test(text.slice(end, end + 2))) end += clauseAfter(text, end, 24).length;
  // A sentence-final particle goes too: the suggestion brings its own (…私信我们哦).
  const particle = /^[哦呀啊吧呢哈嘛喔]+(?=[,.!?;。]|$)/.exec(text.slice(end, end + 3));
  if (particle !== null) end += particle[0].length;
  const span = normalized.toOriginal(start, end);
  // "+V：abc" — the plus sign is dropped by normalization but means "add".
  let from = span.start;
  const original = normalized.original;
  let k = from;
  while (k > 0 && (original[k - 1] === ' ' || original[k - 1] === '\u3000')) k--;
  if (k > 0 && (original[k - 1] === '+' || original[k - 1] === '\uff0b')) from = k - 1;
  // (0571)8888…: the opening bracket of an area code belongs to the number.
  else if (from > 0 && (original[from - 1] === '(' || original[from - 1] === '\uff08') && /^[0-9０-９]/.test(original[from] ?? '')) from--;
  report({ start: from, end: span.end, raw: true, messageId: 'contact', suggestion: SUGGEST_CONTACT });
}

/** A number written with its middle masked (186****7650, 138xxxx5678, 尾号1234): the buyer's own
 *  number read back to confirm it. Nobody can call or add a masked number, so it is no contact. */
const MASKED_NUMBER = /[0-9][*＊xX×·•]{2,}[0-9]|[0-9]\s*[*＊]+\s*[0-9]|尾号/;

/** …unless the reply arranges a call on it (保持手机畅通, 工作人员会电话联系您, 联系电话是…): then the
 *  service moves to the phone. */
const CALL_ARRANGED = /(?:加|找|打|联系|call)(?:我|您|你)|电话(?:联系|沟通|回访|回复|通知)|回电|致电(?:您|你)|来电|接听|畅通|联系方式|联系电话|联系号码/;

/** Whether [start, end) of the normalized text was typed as a masked number (see MASKED_NUMBER)
 *  that no call is arranged on. */
function maskedNumber(normalized: NormalizedText, start: number, end: number): boolean {
  if (end <= start) return false;
  const o = normalized.toOriginal(start, end);
  const original = normalized.original;
  if (!MASKED_NUMBER.test(original.slice(Math.max(0, o.start - 2), o.end))) return false;
  return !CALL_ARRANGED.test(original.slice(Math.max(0, o.start - 40), o.end + 80));
}

/** `strict`: an explicit connector must come before the ID; 'phone': a phone word, whose ID is digits. */
function reportContact(normalized: NormalizedText, start: number, wordEnd: number, strict: boolean | 'phone', report: Report, always: boolean): void {
  let idEnd = matchAt(strict === 'phone' ? PHONE_CONNECTOR_ID : strict ? STRICT_CONNECTOR_ID : CONNECTOR_ID, normalized.text, wordEnd);
  if (idEnd >= 0 && maskedNumber(normalized, wordEnd, idEnd)) idEnd = -1;
  if (idEnd < 0 && !always) return;
  reportSteering(normalized, start, idEnd < 0 ? wordEnd : idEnd, report);
}

/** 号 as a number to reach someone, not a document's or a product's (备案号, 注册证号, 型号, 单号). */
const OWN_NUMBER = '(?<![案证准编列型单货批码账序])号';
/** The seller's own page, where a contact is left for the buyer to find. */
const PROFILE = '(?:主页|简介|签名|个签|头像|背景图|昵称)';
/** A word every branch of CONTACT_PLACED holds (one native test spares it on most texts). */
const PLACE_WORD = /主页|简介|签名|个签|头像|背景图|昵称|张图|详情图|面单|寄件人|卡片|店名|店铺名/;
/** A contact said to sit somewhere the buyer can read it, without saying it: 号在签名里, 号码写在我简介里,
 *  主页背景图上的号, 头像上那行字就是我的号, 联系方式藏在详情图角落, 号码在面单寄件人那栏, 聊天号就是店名全拼.
 *  A contact of the platform's own pages (订单详情里的快递员电话) names no carrier here. */
const CONTACT_PLACED = new RegExp(
  [
    `(?:${OWN_NUMBER}码?|联系方式|电话|手机号?|私人号|聊天号)[^,.!?;。]{0,6}?(?:在|写在|藏在|印在|留在|放在|见)(?:我的?|我们的?|店铺的?)?[^,.!?;。]{0,4}?${PROFILE}`,
    `${PROFILE}(?:里|上|中)?[^,.!?;。]{0,8}?(?:有|是|就是|写着|那行|留了)[^,.!?;。]{0,6}?(?:${OWN_NUMBER}|联系方式|电话)`,
    `(?:${OWN_NUMBER}码?|联系方式|电话)[^,.!?;。]{0,4}?(?:藏在|印在|写在|在)[^,.!?;。]{0,10}?(?:详情图|第.张图|最后一张图|面单|寄件人|小卡片|卡片)`,
    '(?:号|聊天号|账号)[^,.!?;。]{0,3}?(?:就是|是|同)(?:我们?的?)?(?:店名|店铺名)(?:的)?(?:全拼|拼音|首字母|缩写)',
  ].join('|'),
);

/** The bypass frame: the order's path here avoided or run down (BYPASS_HERE) and, in the same
 *  sentence, the way round it (BYPASS_OUT) — a deal or a contact moved off the platform said without
 *  a contact word of its own (别在这里拍，直接找我; 付款别走这里，线下结). A warning (私下交易没有保障)
 *  or a refusal of the way round (不要私下…) is no steering. */
function reportBypass(text: string, report: Report): void {
  const placed = PLACE_WORD.test(text) ? CONTACT_PLACED.exec(text) : null;
  if (placed !== null && !NEGATED_BEFORE.test(clauseBefore(text, placed.index, 8)) && !CAUTION_AFTER.test(sentenceAfter(text, placed.index, 40))) {
    report({ start: placed.index, end: placed.index + placed[0].length, messageId: 'steer', suggestion: SUGGEST_STEER });
    return;
  }
  if (!BYPASS_PLACE.test(text)) return;
  for (const m of text.matchAll(BYPASS_HERE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = sentenceBefore(text, start, 30);
    const after = sentenceAfter(text, end, 40);
    const around = before + '|' + after;
    const out = BYPASS_OUT.exec(around);
    if (out === null) continue;
    const at = out.index < before.length ? start - before.length + out.index : end + out.index - before.length - 1;
    if (NEGATED_BEFORE.test(clauseBefore(text, at, 8)) || CAUTION_AFTER.test(around)) continue;
    report({ start, end, messageId: 'steer', suggestion: SUGGEST_STEER });
    return;
  }
}

/** Offsite contact said by meaning only, as one frame: the buyer is to act (search, add, buy, pay,
 *  message, join) at a place that is not this platform, the place described instead of named — an
 *  app by its icon's colour (橙色那个购物app), the shop's other store or account elsewhere (我们另一家店,
 *  隔壁那个平台), what is not listed here (不在这边上架), the shop's own circle (拉您进我们的圈子), a
 *  code or number on the parcel, its card or the shop's name to be added or kept, the order's path
 *  here left out (不走这边的系统, 不经过这边) or the money handed to the shop itself (钱当面给我, 单不用下了)
 *  — or the buyer's own reachable number or account asked for (留个能打通的号码, 把那边的用户名告诉我).
 *  A refusal, a warning against impostors or a caution about such deals clears it. */
const ELSEWHERE = new RegExp(
  [
    '(?<colour>(?:橙|黄|粉|紫|绿|蓝|红|黑)色(?:的)?(?:那个|图标的?)?[\\u4e00-\\u9fff]{0,4}?(?:app|软件|平台|商城))',
    '(?<other>(?:另一个|另外一个|另一家|另外一家|另个|姐妹|隔壁)(?![^,.!?;。]{0,4}?(?:门店|单号))[\\u4e00-\\u9fff]{0,4}?(?:app|软件|平台|店|商城))',
    '(?<nothere>不在(?:这边|这里|小红书|平台)(?:上架|上|卖|挂)?)',
    '(?<circle>(?:拉|带)(?:你|您)(?:进|入)(?:我们的?|咱们的?)?[\\u4e00-\\u9fff]{0,6}?(?:群|圈子?|地方|频道))',
    '(?<slip>(?:包裹|卡片|小卡|吊牌|包装盒|包装|发货单|面单|店名|店铺名字?|收货单)[^,.!?;。]{0,10}?(?:码|号码|(?<![0-9一二三四五六七八九十字型单货批案证编])号|电话|方块|数字|id))',
    '(?<buyer>(?:您|你)(?:把|的)?[^,.!?;。]{0,6}?(?:用户名|尾号|聊天号|能视频的号|常用的[\\u4e00-\\u9fff]{0,3}号)[^,.!?;。]{0,4}?(?:告诉|发|留|给)(?:我|一下)|(?:留|给|发)(?:我)?(?:一个|个|一下)(?:您|你)?的?(?:能打通的|常用的|能视频的)(?:号码|号|聊天号|电话)|(?:留|给|发)(?:我)?(?:一个|个|一下)(?:您|你)?的?(?:聊天号|手机尾号|用户名))',
    '(?<samename>(?:id|账号|用户名|昵称|名字)[^,.!?;。]{0,3}?(?:和|跟|与|同)(?:店名|店铺名字?)(?:一模一样|一样|相同))',
    '(?<placed>(?:号码|电话|手机号|号)[^,.!?;。]{0,4}?(?:写在|就在|在|印在|藏在)(?:店铺?名字?|店名)(?:的)?(?:后面|里|上|前面))',
    '(?<spelled>(?:[0-9]{2,}|[幺一二三四五六七八九零〇壹贰叁肆伍陆柒捌玖]{2,})开头的(?:号|手机号?|电话))',
    '(?<profile>(?:主页|简介|头像|置顶|评论区)[^.!?;。]{0,12}?(?:办法|方式|途径|路子)[^,.!?;。]{0,3}?(?:找到?|联系|加)(?:我|我们)|(?:找|联系|加)(?:到)?(?:我|我们)的(?:路子|办法|途径))',
    '(?<bypass>(?:不走|不用走|不经过|不从|不用经过|不通过)(?:这边|这里|平台|系统|页面|订单|这个店铺?|小红书))',
    '(?<handed>(?:钱|(?<!付)款|现金)[^,.!?;。截图]{0,4}?(?:直接)?(?:给|交给|转给|带给)(?:我|我们)(?:本人)?(?!们?的)|(?:钱|现金|款)[^,.!?;。]{0,2}给骑手|单(?:就)?不用下了|私底下(?=[^,.!?;。]{0,8}(?:按|给|发|卖|便宜|交易|转|价))|直接找我(?:拿|买|订))',
  ].join('|'),
  'g',
);
/** What makes the described place a destination: a search, a shop or account there, a lower price. */
const ELSEWHERE_LURE = /搜|找|下单|拍|店|号|便宜|划算|券|优惠|福利|那边|同名|开了|有货|现货|有卖|价格|下载|打开|复制|进|加|领|直播|上新/;
/** The shop's other store or account elsewhere: said with a way to find it or a reason to go. */
const OTHER_LURE = /搜|同名|店|便宜|划算|券|优惠|福利|那边|开了|有卖|有号|现货|下单|拍|价格/;
const SLIP_ACT = /加|存|找|打过|打给|打这|联系|私|送|领|福利|折扣|惊喜|问/;
const SLIP_NOT = /防伪|溯源|查|真伪|快递(?:公司|员|单)|分拣|隐私|虚拟|仓库|批次|条码|不是我们|不会放/;
const BYPASS_LURE = /直接|找我|给我|付我|便宜|地址|当面|拿货|转|省|优惠|划算|私下/;
/** A warning, a refusal or a policy statement anywhere in the sentence. */
const ELSEWHERE_WARNING = /冒充|举报|别信|不要信|谨防|不是我们|不是本店|没有开通|没开通|一律不|不接受|不支持|没有保障|没保障|拒绝|诈骗|骗子|假的|不做|不会(?:让|要求|拉|引导)|请不要|千万不要|没有(?:任何)?(?:粉丝群|群|小号|其他店)/;
function reportElsewhere(text: string, report: Report): void {
  for (const m of matchesIn(ELSEWHERE, text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceBefore(text, start, 30) + m[0] + sentenceAfter(text, end, 30);
    const rest = sentenceBefore(text, start, 30) + '|' + sentenceAfter(text, end, 30);
    if (NEGATED_BEFORE.test(clauseBefore(text, start, 8)) || CAUTION_AFTER.test(sentence) || ELSEWHERE_WARNING.test(sentence)) continue;
    if (g.colour !== undefined && !ELSEWHERE_LURE.test(rest)) continue;
    if (g.other !== undefined && !OTHER_LURE.test(rest)) continue;
    // 另一家店的宣传 / 您说的另一家店: another shop's claims spoken of, nobody sent there.
    if (g.other !== undefined && (/^(?:您|你)说的|那是$/.test(clauseBefore(text, start, 6)) || /^的?(?:介绍|宣传|说法|说的|描述)/.test(text.slice(end, end + 4)))) continue;
    if (g.slip !== undefined && (!SLIP_ACT.test(sentenceAfter(text, end, 30)) || SLIP_NOT.test(sentence))) continue;
    if (g.bypass !== undefined && !BYPASS_LURE.test(rest)) continue;
    if (g.handed !== undefined && /平台(?:才|会|结|打|收)|确认收货|结给|结算|退款|订单号/.test(sentence)) continue;
    if ((g.samename !== undefined || g.spelled !== undefined || g.placed !== undefined) && !/搜|加|找|打|联系|关注|存/.test(rest)) continue;
    report({ start, end, messageId: 'steer', suggestion: SUGGEST_STEER });
    return;
  }
}

export default defineTextRule({
  id: 'offsite-contact',
  severity: 'error',
  description: {
    zh: '引导买家到站外联系或交易（微信、QQ、电话、其他平台、链接、二维码、加群、私下交易等，含变体）',
    en: 'Steers the buyer off the platform (WeChat, QQ, phone, other platforms, links, QR codes, groups, private deals — disguised ones included)',
  },
  protects: {
    zh: '《交易导流违规管理细则》（2025-03-12 施行）：禁止提供联系方式或其他平台账号店铺、诱导添加联系方式、链接、口令、二维码、小程序等站外导流，含变体；每次扣10–25分，多次违规限流、封店',
    en: 'Xiaohongshu 《交易导流违规管理细则》 (in force 2025-03-12): no contact details, other platforms\' shops or accounts, links, 口令, QR codes or mini-programs, disguised ones included; 10–25 points per violation, repeat offences lead to throttling and bans',
  },
  messages: {
    contact: { zh: `疑似站外联系方式「{{quote}}」${CITE.zh}`, en: `Possible off-platform contact detail "{{quote}}"${CITE.en}` },
    platform: { zh: `提到其他平台或站外店铺「{{quote}}」${CITE.zh}`, en: `Mentions another platform or an off-platform shop "{{quote}}"${CITE.en}` },
    link: { zh: `站外链接或网址「{{quote}}」${CITE.zh}`, en: `Off-platform link "{{quote}}"${CITE.en}` },
    miniapp: { zh: `二维码、口令或小程序「{{quote}}」会把买家引到站外${CITE.zh}`, en: `QR code, 口令 or mini-program "{{quote}}" takes the buyer off the platform${CITE.en}` },
    group: { zh: `引导买家加群「{{quote}}」${CITE.zh}`, en: `Invites the buyer into a group "{{quote}}"${CITE.en}` },
    steer: { zh: `引导私下或站外交易「{{quote}}」${CITE.zh}`, en: `Steers towards a private or off-platform deal "{{quote}}"${CITE.en}` },
  },
  check(normalized, outer) {
    const text = normalized.text;
    let reports = 0;
    const report: Report = (f) => {
      reports++;
      outer(f);
    };
    // 不加微信就…/不加的话… is a condition that demands the add, not a refusal of it.
    // A warning about impostors (仿冒我们的微信号, 淘宝上的同名店不是我们开的) counts as a negation.
    const negatedAt = (start: number, end: number): boolean => {
      const before = clauseBefore(text, start, 8);
      return (
        (NEGATED_BEFORE.test(before) && !(/不(?:加|添加)(?:我|个)?$/.test(before) && /^(?:号)?(?:就|还|的话|没法|怎么)/.test(text.slice(end, end + 3)))) ||
        IMPERSONATION_BEFORE.test(before) ||
        DISCLAIMER_AFTER.test(sentenceAfter(text, end, 16))
      );
    };
    /** Another platform named at [start, end) as `name`; a sound-alike (斗音, 贤鱼) must always be
     *  steered to, even where the name itself is an account (公众号). */
    const visitPlatform = (name: string, start: number, end: number, soundAlike: boolean): void => {
      const before = clauseBefore(text, start, 8);
      // 京东快递, 抖音同款: logistics or a trend — unless the sentence sends the buyer there.
      if (PLATFORM_NOT_SHOP_AFTER.test(text.slice(end, end + 4)) && !STEER_SIGNAL.test(sentenceAfter(text, end, 16))) return;
      // 订单在京东【…分拣中心】, 准备送往京东某站点: the courier network in a parcel's trace.
      if (
        COURIER_NETWORK.test(name) &&
        TRACE_BEFORE.test(before) &&
        (TRACE_FACILITY_AFTER.test(text.slice(end, end + 16)) || /^[【[]/.test(normalized.original.slice(normalized.toOriginal(start, end).end))) &&
        PARCEL.test(sentenceBefore(text, start, 30) + sentenceAfter(text, end, 30)) &&
        !STEER_SIGNAL.test(sentenceAfter(text, end, 16))
      )
        return;
      // 抖音上刷到的同款本店也能拍: the other app is where the buyer saw it; the sale stays here.
      if (SEEN_THERE_AFTER.test(text.slice(end, end + 5)) && BUY_HERE.test(sentenceAfter(text, end, 30)) && !HARD_STEER.test(sentenceAfter(text, end, 30))) return;
      // 拼多多上有人卖仿的，认准本店: the platform is where OTHERS sell (copies, the same goods), told
      // to keep the buyer here — unless the sentence still sends the buyer there (去那边, 搜, 更便宜).
      if (OTHERS_SELL_THERE.test(clauseAfter(text, end, 14)) && !HARD_STEER.test(sentenceAfter(text, end, 30))) return;
      // 跟淘宝上那些低价货不一样 / 跟得物上卖的一模一样: the platform is a comparison, nobody is sent there.
      if (/(?:跟|和|与|不像|区别于)$/.test(before) && /不一样|不同|区别|不是一回事|一模一样|一样|相同|差不多/.test(sentenceAfter(text, end, 20)) && !HARD_STEER.test(sentenceAfter(text, end, 30))) return;
      // 闲鱼上有人冒充我们家卖: impostors there, told to keep the buyer here.
      if (/冒充|假冒|仿冒|冒用|盗用/.test(clauseAfter(text, end, 14)) && !HARD_STEER.test(sentenceAfter(text, end, 30))) return;
      // 亲的美团账户名: the buyer's own account on a local-services or other mall, named to sort out an
      // order there, not a place the buyer is sent.
      if (LOCAL_MALL.test(name) && /(?:您|你|亲)的?$/.test(before)) return;
      // 您在京东买的那单…得联系京东的客服: the buyer's own order there, sent to that platform's service for it.
      if (/^的?(?:官方)?(?:客服|售后|人工)/.test(text.slice(end, end + 5)) && new RegExp(`在${name}(?:上|里)?(?:买|下单|购买|拍|订)|${name}(?:上|里)?买(?:到|的)`).test(text)) return;
      // 找到微博这个应用清除数据: the app the buyer has trouble with (an app, not a website).
      if (APP_NAME.test(name) && appTroubleshooting(text, start, end)) return;
      if (AMBIGUOUS_PLATFORM.has(name) && !SHOP_SIGNAL.test(clauseBefore(text, start, 6) + clauseAfter(text, end, 8)) && !(/(?:去|到|上)$/.test(clauseBefore(text, start, 2)) && /^(?:上|里)?(?:找我|找我们|搜|id|联系我|私信我|私聊)/.test(text.slice(end, end + 6)))) return;
      // 官网序列号查询: the brand's site to check a serial number is an authenticity check.
      // Unless something is bought or asked there (查完序列号去官网下单更便宜).
      if (/^官/.test(name)) {
        const around = clauseBefore(text, start, 8) + clauseAfter(text, end, 12);
        if (AUTHENTICITY_CHECK.test(around) && !/下单|购买|买|拍(?!照)|店|链接|便宜|联系|客服|加/.test(around)) return;
      }
      // Another platform named without sending the buyer there (感谢您对京东的支持, 天猫不能改价,
      // 在拼多多看到的那个价, 我们的微博只发日常) is no steering: a store, an account, a search, a
      // purchase there or a price pull must stand in the platform's own clause.
      if (soundAlike ? !soundAlikeSteers(text, start, end) : !ACCOUNT_PLATFORM.test(name) && !platformSteers(text, start, end)) return;
      if (negatedAt(start, end) || absentThere(text, start, end)) return;
      report({ start, end, messageId: 'platform', suggestion: SUGGEST_SHOP });
    };
    const visit = (m: RegExpExecArray): void => {
      const g = m.groups!;
      const start = m.index;
      const end = start + m[0].length;
      const before = (): string => clauseBefore(text, start, 8);
      // 不加微信就…/不加的话… is a condition that demands the add, not a refusal of it.
      // A warning about impostors (仿冒我们的微信号, 淘宝上的同名店不是我们开的) counts as a negation.
      const negated = (): boolean =>
        (NEGATED_BEFORE.test(before()) && !(/不(?:加|添加)(?:我|个)?$/.test(before()) && /^(?:号)?(?:就|还|的话|没法|怎么)/.test(text.slice(end, end + 3)))) ||
        IMPERSONATION_BEFORE.test(before()) ||
        DISCLAIMER_AFTER.test(sentenceAfter(text, end, 16));
      if (g.wechat !== undefined) {
        if (literalDisguise(normalized, start, end)) return;
        // 型号是VX200: a model code spelled with the same letters.
        if (MODEL_CODE_BEFORE.test(clauseBefore(text, start, 6)) && isDigit(text.charCodeAt(end)) && /^[a-z]/i.test(normalized.original.slice(normalized.toOriginal(start, end).start))) return;
        if (absentThere(text, start, end) && !/^(?:号|群)/.test(m[0].slice(2))) return;
        // 支持微信、支付宝付款 names a checkout method of the platform, not an account.
        const payment = !ADD_BEFORE.test(before()) && PAYMENT.test(clauseBefore(text, start, 6) + clauseAfter(text, end, 8));
        const always = !negated() && !payment && !(/^[微卫]信$/.test(m[0]) && wechatNotAccount(text, start, end, before()));
        reportContact(normalized, start, end, false, report, always);
      } else if (g.app !== undefined) {
        const after = text.slice(end, end + 2);
        const account = (ADD_BEFORE.test(before()) && ACCOUNT_CONTINUES.test(after)) || ACCOUNT_AFTER.test(after);
        if (account && !negated()) reportContact(normalized, start, end, false, report, true);
        else reportContact(normalized, start, end, true, report, false);
      } else if (g.splitphone !== undefined) {
        // Eleven digits in all, and the sentence says it is a number to call or add.
        if (m[0].replace(/[^0-9]/g, '').length !== 11) return;
        const ctx = clauseBefore(text, start, 16);
        const sentence = text.slice(Math.max(0, start - 16), start);
        if (lastPhoneLabel(sentence) < 0 && !/联系|号码|加我|打我|找我/.test(sentence)) return;
        if (READ_IN_APP_BEFORE.test(ctx)) return;
        reportSteering(normalized, start, end, report);
      } else if (g.qq !== undefined || g.penguin !== undefined) {
        if (g.qq !== undefined && literalDisguise(normalized, start, end)) return;
        // Only a text that has 扣 somewhere can have it here (and needs the offset map to say).
        if (g.qq !== undefined && normalized.original.includes('扣')) {
          const o = normalized.toOriginal(start, end);
          const written = normalized.original;
          // 按扣扣上, 扣扣子: a fastener and the verb to close it, not QQ.
          if (written.startsWith('扣', o.start) && (FASTENER_BEFORE.test(written.slice(Math.max(0, o.start - 1), o.start)) || written[o.end] === '子')) return;
        }
        const after = text.slice(end, end + 2);
        const addBefore = g.penguin !== undefined ? ADD_VERB_BEFORE : ADD_BEFORE;
        const account =
          m[0].length > 2 ||
          (addBefore.test(before()) && ACCOUNT_CONTINUES.test(after)) ||
          ACCOUNT_AFTER.test(after) ||
          /^[0-9]{5}/.test(after + text.slice(end + 2, end + 5)) ||
          // QQ搜 12345678 / 扣扣加:3456789: a search or add verb between the name and the number.
          /^(?:搜索?|加|找我?|私|联系)(?:一下)?:?[0-9]{5}/.test(text.slice(end, end + 10));
        // 企鹅群 55667788: the group word and its number belong to the finding.
        const wordEnd = account && /^[群号]/.test(after) ? end + 1 : end;
        if (account && !negated()) reportContact(normalized, start, wordEnd, false, report, true);
        else reportContact(normalized, start, end, true, report, false);
      } else if (g.letter !== undefined) {
        const after = text.slice(end, end + 2);
        const account =
          (ADD_BEFORE.test(before()) && !NOT_ACCOUNT_AFTER.test(after) && ACCOUNT_CONTINUES.test(after)) ||
          // 小v私信您: an agent's nickname sending the platform's own message to the buyer.
          (/^(?:聊|私|联系|号|群|详|细聊|我(?!们))/.test(after) && !(text[start - 1] === '小' && /^私信(?:给)?(?:您|你)/.test(text.slice(end, end + 5)))) ||
          // v同手机号: the WeChat account is the phone number.
          /^号?(?:同|就是|即)(?:手机|电话)/.test(text.slice(end, end + 5)) ||
          // 加v领：abc123 — a purpose clause between the letter and the ID does not break the link.
          (ADD_BEFORE.test(before()) && matchAt(PURPOSE_ID, text, end) >= 0) ||
          // 加V还能再减十块: adding is what earns the benefit, so the letter is the account.
          (ADD_BEFORE.test(before()) && ADD_BENEFIT_AFTER.test(text.slice(end, end + 5)));
        // v as a verb ("WeChat me"): v一下：abc123, 可以v，lily_22 — an ID must follow (the span takes
        // it), and a digit before makes it volts or a version (12v一下, 5v2a). (start > 0: a read
        // before the text's start sent this function's optimized code back to the interpreter.)
        const verbEnd =
          !account && m[0] === 'v' && !(start > 0 && isDigit(text.charCodeAt(start - 1))) &&
          (/^(?:一下|下)(?=[:,a-z0-9_]|$)/.test(text.slice(end, end + 3)) || V_VERB_BEFORE.test(before()))
            ? matchAt(V_VERB_ID, text, end)
            : -1;
        if (verbEnd >= 0) {
          reportContact(normalized, start, verbEnd, false, report, !negated());
          return;
        }
        // Q群 783-112-694: the group word and its number belong to the finding.
        const wordEnd = account && text.charCodeAt(end) === 0x7fa4 ? end + 1 : end;
        reportContact(normalized, start, wordEnd, !account, report, account && !negated());
      } else if (g.addwei !== undefined) {
        reportContact(normalized, start, end, false, report, !negated());
      } else if (g.phone !== undefined || g.hotline !== undefined || g.landline !== undefined) {
        // 订单号 3025… is read in the app — unless a phone word stands between it and the number
        // (需要发票的话打财务电话 0571…: the number is a phone, 发票 is only the topic).
        const ctx = clauseBefore(text, start, 16);
        const label = lastPhoneLabel(ctx);
        if (READ_IN_APP_BEFORE.test(label < 0 ? ctx : ctx.slice(label))) return;
        // A landline-shaped number is a phone when the sentence says so (电话, 热线, 拨打…) or when
        // it is written as one: an area code set off by brackets or a dash (0755-8654…, (020)3876…).
        if (g.landline !== undefined && label < 0 && !/联系/.test(ctx) && !writtenAsLandline(normalized, start, end)) return;
        if (buyerRecordEchoed(text, start, end)) return;
        reportSteering(normalized, start, end, report);
      } else if (g.localline !== undefined) {
        const ctx = clauseBefore(text, start, 12);
        if (!/(?:电话|热线|座机|拨打|致电|来电|(?<![a-z])tel)[^,.!?;。0-9]{0,6}$/.test(ctx) || READ_IN_APP_BEFORE.test(ctx)) return;
        if (buyerRecordEchoed(text, start, end) || maskedNumber(normalized, start, end)) return;
        reportSteering(normalized, start, end, report);
      } else if (g.email !== undefined || g.wxid !== undefined) {
        reportSteering(normalized, start, end, report);
      } else if (g.url !== undefined) {
        // Normalization drops spaces and slashes, so the normalized match can run on into the next
        // word (…?entrance=3 M端客服) and stop short of https://: the quoted span is the link as
        // written, up to the first space, with its slashes.
        const o = normalized.toOriginal(start, end);
        const original = normalized.original;
        const written = original.slice(o.start, o.end);
        const gap = written.search(/\s/);
        // A link spelled out with spaces (shop dot cn) keeps them: cut only after a whole address.
        let to = gap > 0 && /^(?:https?:|www\.)|\.[a-z]{2,}/i.test(written.slice(0, gap)) ? o.start + gap : o.end;
        while (to < original.length && (original[to] === '/' || original[to] === '／')) to++;
        report({ start: o.start, end: to, raw: true, messageId: 'link', suggestion: SUGGEST_SHOP });
      } else if (g.altaccount !== undefined) {
        const kind = /(?:小|私|工作|生活|备用|副|fu)$/.exec(text.slice(Math.max(0, start - 2), start))!;
        const from = start - kind[0].length;
        const lead = clauseBefore(text, from, 8);
        // 小号发你：lulu_2 — an account ID after it makes it an account without an add verb.
        const idAfter = /^[^,.!?;。]{0,4}?:[a-z0-9_]{4,}/.exec(text.slice(end, end + 30));
        // 点我头像进去有个小号，那边…: the shop's second account pointed at, not a size.
        const pointed = /(?:有|开了?)(?:个|一个)$/.test(lead) && /头像|主页|那边|关注|私信|搜/.test(sentenceBefore(text, from, 20) + sentenceAfter(text, end, 20)) && !/码|尺|穿|件|size|偏/.test(sentenceBefore(text, from, 20) + sentenceAfter(text, end, 20));
        if ((!ALT_ACCOUNT_BEFORE.test(lead) && idAfter === null && !pointed) || NEGATED_BEFORE.test(lead)) return;
        reportContact(normalized, from, idAfter === null ? end : end + idAfter[0].length, false, report, true);
      } else if (g.channel !== undefined) {
        const word = m[0];
        // 号码在图片上 / 电话见主页简介: the shop's number pointed at in a picture or its profile, to be
        // read there and called or added off the platform (the courier's number in a trace is not).
        if (/^(?:电话|号码|座机|手机号?|联系方式|热线)/.test(word) && POINTED_AT.test(text.slice(end, end + 14)) && !COURIER.test(sentenceBefore(text, start, 24) + sentenceAfter(text, end, 24)) && !negated()) {
          report({ start, end, messageId: 'contact', suggestion: SUGGEST_CONTACT });
          return;
        }
        // 我的手机号写在快递单背面 / 卡片上有老板电话，下次直接打: the shop's own number printed on the
        // parcel or a slip in it reaches the buyer off the platform, digits or not (the waybill word
        // before it is where the number is, not a record read in the app).
        if ((word === '电话' || word === '手机' || word.startsWith('手机号') || word === '联系方式') && SLIP_OWNER_BEFORE.test(clauseBefore(text, start, 6))) {
          const around = sentenceBefore(text, start, 24) + sentenceAfter(text, end, 24);
          if (SLIP.test(around) && !COURIER.test(around) && !negated()) {
            reportContact(normalized, start, end, 'phone', report, true);
            return;
          }
        }
        // 打包裹上留的电话, 快递盒上有店主手机号：the shop's number left on the parcel (留的, an owner word),
        // not the courier's and not the buyer's own.
        if (/^(?:电话|手机号?|号码|联系方式)/.test(word) && SLIP.test(clauseBefore(text, start, 10))) {
          const lead = clauseBefore(text, start, 10);
          const around = sentenceBefore(text, start, 24) + sentenceAfter(text, end, 24);
          if (/(?:留|写|印|贴)的?$|(?:我|我们|店主|老板|店长|掌柜)的?(?:私人的?)?$/.test(lead) && !/(?:您|你)的?$/.test(lead) && !COURIER.test(around) && !negated()) {
            reportContact(normalized, start, end, 'phone', report, true);
            return;
          }
        }
        if (READ_IN_APP_BEFORE.test(clauseBefore(text, start, 10))) return;
        // 麻烦留个电话, 请提供一下您的姓名和联系方式, 方便留个号码我回电给您: the shop asks for the
        // buyer's own number so staff can reach them off the platform. Not the order's receiving phone
        // (核对/修改收货手机号, 预留的电话), the courier's or installer's call, the shop's own number given
        // to the buyer (告诉您, 给您), a refusal or warning (不会索要, 请勿提供), or the buyer speaking (我留了电话).
        if (/^(?:手机号码?|电话号码?|联系方式|电话|号码)$/.test(word)) {
          const lead = sentenceBefore(text, start, 40);
          const ask = BUYER_CONTACT_ASK.exec(lead);
          if (ask !== null) {
            const verbAt = start - (lead.length - ask.index);
            // The clause of the request verb (a list may run on over commas after it).
            const head = clauseBefore(text, verbAt, Math.max(8, 24 - (start - verbAt)));
            const sentence = sentenceBefore(text, start, 30) + word + sentenceAfter(text, end, 30);
            if (
              !(/我/.test(head) && !/(?:您|你|亲)/.test(head)) &&
              !/(?:给|告诉|告知|发)(?:您|你)(?!的)/.test(head + ask[0]) &&
              !COURIER.test(sentence) && !ORDER_PHONE.test(sentence) && !/客服|售后|热线|服务|官方|店|公司|快递|物流/.test(ask[0]) &&
              !/之前|以前|已经|已|曾经?|上次|刚才|有$/.test(head.slice(-6)) &&
              (word !== '号码' || /(?:联系|手机|电话)$/.test(lead) || ask[0].includes('留') || CALL_BACK.test(sentence)) &&
              !/^(?:给|到)(?!(?:我|我们|小编|客服|专员))/.test(text.slice(end, end + 2)) &&
              !negatedAt(verbAt, end)
            ) {
              report({ start: verbAt, end, messageId: 'contact', suggestion: SUGGEST_CONTACT });
              return;
            }
          }
        }
        // 手机号发我一下, 联系方式告诉我们: the buyer is asked for a number off the platform (not one
        // somebody else already sent: 快递员把电话发给我了).
        if (/^(?:手机号码?|电话号码?|联系方式|手机|电话|号码)$/.test(word) && /^(?:发|告诉|留)(?:给)?(?:我|我们)(?!们?的)(?:一下|下)?(?![^,.!?;。]{0,3}了)(?![^,.!?;。]{0,4}(?:核对|核实|确认|登记)(?:一下|下)?(?:收货|收件|地址|订单|信息))/.test(text.slice(end, end + 16)) &&
          !COURIER.test(sentenceBefore(text, start, 16)) && !/(?:我|我们|客服|店铺|快递|物流|他|她)的?$/.test(clauseBefore(text, start, 4)) &&
          !/之前|以前|已经|曾经?|上次|刚才|有通过/.test(clauseBefore(text, start, 16)) && !negated()) {
          report({ start, end: end + /^(?:发|告诉|留)(?:给)?(?:我|我们)(?:一下|下)?/.exec(text.slice(end, end + 8))![0].length, messageId: 'contact', suggestion: SUGGEST_CONTACT });
          return;
        }
        // 打我电话 / 给我打电话 / 电话联系我: calling the shop's own phone, number or not.
        if (
          (word === '电话' || word === '手机') &&
          (CALL_ME_BEFORE.test(before()) || /^联系我(?!们的客服)/.test(text.slice(end, end + 6))) &&
          !CALLED_BY_OTHER_BEFORE.test(clauseBefore(text, start, 16)) &&
          !THIRD_PARTY_CALLS_BEFORE.test(sentenceBefore(text, start, 24)) &&
          !negated()
        ) {
          reportContact(normalized, start, end, false, report, true);
          return;
        }
        // 联系方式/邮箱 only count when the shop offers its own or asks to swap (我们的邮箱, 联系方式在主页,
        // 留个联系方式); 修改收货联系方式 or 发票发到您邮箱 are about the buyer's order.
        // 邮箱收不到验证码, 日历里登录的是什么邮箱: the buyer's mail app is what is troubleshot.
        if ((word === '邮箱' || word.endsWith('mail')) && appTroubleshooting(text, start, end)) return;
        // 您的联系方式是186****7404吗: the buyer's number read back masked is nobody's offer.
        const maskedAfter = OFFER_AFTER.test(text.slice(end, end + 2)) && maskedNumber(normalized, end, matchAt(CONNECTOR_ID, text, end));
        let offered = OFFER_BEFORE.test(clauseBefore(text, start, 6)) || (OFFER_AFTER.test(text.slice(end, end + 2)) && !maskedAfter);
        // 电子账单发送到客户其他的邮箱上, 您提供的邮箱: a document goes to the buyer's own mailbox and
        // nobody asks for or gives an address.
        if (offered && word === '邮箱' && BUYER_OWNS_BEFORE.test(clauseBefore(text, start, 10))) {
          const sentence = sentenceBefore(text, start, 30) + sentenceAfter(text, end, 30);
          if (DOCUMENT.test(sentence) && !ADDRESS_REQUEST.test(sentence)) offered = false;
        }
        // 这边会发您邮箱, 已发到您的邮箱: a document is delivered to the buyer's mailbox, nobody is
        // given an address (我发你邮箱, without 会/到, may still be the shop's own address).
        if (offered && word === '邮箱' && /(?:(?:会|将|已|已经|稍后|马上)发(?:到|至)?|发(?:到|至))(?:您|你)的?$/.test(clauseBefore(text, start, 10))) offered = false;
        if (offered && word === '联系方式' && !SHOP_OWN.test(clauseBefore(text, start, 6))) {
          // 寄到:…，联系方式:…，邮编:… is an address form; 配送员…这里有联系方式 is the courier's.
          const around = text.slice(Math.max(0, start - 40), start) + sentenceAfter(text, end, 20);
          if ((text[end] === ':' && ADDRESS_FORM.test(around)) || COURIER.test(around)) offered = false;
        }
        // 这个是您的新联系方式是吗: the buyer's own detail asked back, nobody offers one.
        if (offered && /(?:您|你)的[^,.!?;。]{0,3}$/.test(clauseBefore(text, start, 6)) && /^是?(?:吗|吧|对吗|对吧|么|嘛)/.test(text.slice(end, end + 4))) offered = false;
        // 请核对收货信息：收货人…电话：186…，地址…: the buyer's own order record read back to confirm.
        if (buyerRecordEchoed(text, start, end)) return;
        const always = (word === '联系方式' || word === '邮箱' || word.endsWith('mail')) && offered && !negated();
        reportContact(normalized, start, end, /[号码式箱l]$/.test(word) ? false : 'phone', report, always);
      } else if (g.platform !== undefined) {
        visitPlatform(m[0], start, end, false);
      } else if (g.abbr !== undefined) {
        // A model or order number (型号 TB12 is cut by the digit look-ahead; 型号：jd款 by this).
        if (READ_IN_APP_BEFORE.test(clauseBefore(text, start, 10))) return;
        if (!ABBR_SIGNAL.test(clauseBefore(text, start, 6) + clauseAfter(text, end, 10)) && !/(?:去|到|上)$/.test(clauseBefore(text, start, 2))) return;
        // dy同款 is a trend label like 抖音同款, unless the sentence still sends the buyer there.
        if (PLATFORM_NOT_SHOP_AFTER.test(text.slice(end, end + 4)) && !STEER_SIGNAL.test(sentenceAfter(text, end, 16))) return;
        if (negated()) return;
        report({ start, end, messageId: 'platform', suggestion: SUGGEST_SHOP });
      } else if (g.miniapp !== undefined) {
        if (AUTHENTICITY.test(clauseBefore(text, start, 24) + m[0] + clauseAfter(text, end, 12))) return;
        const sentence = sentenceBefore(text, start, 30) + m[0] + sentenceAfter(text, end, 30);
        // 帆布袋上的二维码是装饰图案, 快递袋上那个二维码是给快递员扫的: a code on an object.
        if (/码/.test(m[0]) && ON_OBJECT_BEFORE.test(clauseBefore(text, start, 10)) && !ON_OBJECT_OWNER.test(clauseBefore(text, start, 10)) && !SHOP_LEAD.test(sentence) && !CODE_LEAD.test(sentence)) return;
        // 顺丰官方小程序里预约派送: the courier's app.
        if (COURIER_APP_BEFORE.test(clauseBefore(text, start, 10)) && !SHOP_LEAD.test(sentence.replace(/下单|购买|买|预约|派送|寄件/g, ''))) return;
        if (/^口令$/.test(m[0]) && !TOKEN_SIGNAL.test(sentence)) return;
        if (m[0] === '二维码' && CODE_GOODS_AFTER.test(text.slice(end, end + 5))) return;
        if (m[0] === '复制链接' && SHARE_FEATURE.test(sentence) && !/https?|www|浏览器|打开|[淘拼抖京闲]|群|加|[a-z0-9]{5,}/.test(sentence)) return;
        // 二维码扫不出来的话，是包装上的溯源码被刮花了: the same code, named in the next clause.
        if (/码/.test(m[0]) && AUTHENTICITY.test(sentenceAfter(text, end, 24)) && !SHOP_LEAD.test(sentenceAfter(text, end, 24))) return;
        // The code on a parcel's waybill (包裹上贴的二维码是快递面单上的): the courier's, not the shop's.
        if (WAYBILL.test(text) && WAYBILL.test(sentenceBefore(text, start, 30) + clauseAfter(text, end, 16)) && !SHOP_LEAD.test(sentenceAfter(text, end, 30).replace(/物流信息/g, ''))) return;
        // 翡翠有证书，国检的，可以扫码查: a certificate or report in the sentence, and the code looks it up.
        if (LOOK_UP_AFTER.test(clauseAfter(text, end, 10)) && CERTIFICATE.test(sentenceBefore(text, start, 40)) && !SHOP_LEAD.test(sentenceAfter(text, end, 24))) return;
        if (productUse(text, start, end, m[0])) return;
        // 您在别的小程序领的券这边用不了: where the buyer got something, told it does not count here.
        if (m[0] === '小程序' && /(?:您|你)(?:是|之前|以前|上次)?在(?:别的|其他的?|其它的?)?$/.test(clauseBefore(text, start, 8)) && /^[^,.!?;。]{0,4}?(?:领|买|下单|拍|付)的/.test(text.slice(end, end + 8)) && !HARD_STEER.test(sentenceAfter(text, end, 30))) return;
        if (menuPathStep(normalized, start, end)) return;
        if (m[0] === '二维码' && PRINT_AFTER.test(text.slice(end, end + 4)) && !SHOP_LEAD.test(sentenceAfter(text, end, 24))) return;
        // 微信扫码支付 at the app's own checkout (收银台, 小红书内) is how the platform takes the money.
        if (/^(?:支付|付款)/.test(text.slice(end, end + 2)) && /收银台|小红书|平台|结算页|下单页/.test(sentenceAfter(text, end, 24))) return;
        if (negated()) return;
        report({ start, end, messageId: 'miniapp', suggestion: SUGGEST_SHOP });
      } else if (g.group !== undefined) {
        if (negated()) return;
        // 小红书群聊 / the shop's group on its 小红书 page is the platform's own feature.
        if (/小红书|薯队长|店铺主页|平台内/.test(clauseBefore(text, start, 16) + m[0] + sentenceAfter(text, end, 16)) && !/微信|qq|企鹅|(?<![a-z])[vq](?![a-z])|tg|电报/.test(m[0])) return;
        const idEnd = matchAt(CONNECTOR_ID, text, end);
        report({ start, end: idEnd < 0 ? end : idEnd, messageId: 'group', suggestion: SUGGEST_GROUP });
      } else if (g.describe !== undefined) {
        const sentence = clauseBefore(text, start, 12) + m[0] + sentenceAfter(text, end, 24);
        // The signal must come from the words around, not from the description itself (聊天软件).
        if (!DESCRIBE_SIGNAL.test(sentence.replace(m[0], '')) || negated()) return;
        reportSteering(normalized, start, end, report);
      } else if (g.described !== undefined) {
        if (negated()) return;
        const rest = sentenceAfter(text, end, 30);
        // 在那个短视频平台上看到的同款，这里也能拍: where the buyer saw it, the sale stays here.
        if (SEEN_THERE_AFTER.test(text.slice(end, end + 5)) && BUY_HERE.test(rest) && !HARD_STEER.test(rest)) return;
        if (!DESCRIBED_STEER.test(clauseBefore(text, start, 10) + rest)) return;
        report({ start, end, messageId: 'platform', suggestion: SUGGEST_SHOP });
      } else if (g.circle !== undefined) {
        if (negated()) return;
        if (/小红书|薯队长|店铺主页|平台内/.test(sentenceBefore(text, start, 16) + sentenceAfter(text, end, 16))) return;
        if (!CIRCLE_JOIN.test(sentenceBefore(text, start, 20) + '|' + sentenceAfter(text, end, 30))) return;
        report({ start, end, messageId: 'group', suggestion: SUGGEST_GROUP });
      } else if (g.picture !== undefined) {
        if (AUTHENTICITY.test(clauseBefore(text, start, 24) + m[0] + clauseAfter(text, end, 12)) || negated()) return;
        if (/码$/.test(m[0]) && productUse(text, start, end, m[0])) return;
        report({ start, end, messageId: 'miniapp', suggestion: SUGGEST_SHOP });
      } else if (g.offline !== undefined) {
        // 实体店价格比这里高 / 线上线下同价: no pull off the platform.
        if (negated() || /贵|高|同价|一样|一致/.test(m[0]) || CAUTION_AFTER.test(clauseAfter(text, end, CAUTION_REACH))) return;
        report({ start, end, messageId: 'steer', suggestion: SUGGEST_STEER });
      } else if (g.pathway !== undefined) {
        if (negated()) return;
        const sentence = sentenceBefore(text, start, 24) + m[0] + sentenceAfter(text, end, 24);
        // 在小红书搜我们店名 / 店铺主页的另一个号: the search or the account stays on the platform.
        if (/小红书|薯|本平台|站内|店铺主页/.test(sentence) && !HARD_STEER.test(sentence.replace(/搜/g, ''))) return;
        // The buyer's own other account (您换另一个号登录) is not the shop's.
        if (/(?:您|你)(?:的|换|用)?$/.test(clauseBefore(text, start, 4))) return;
        // Our own app: a steer only when it is where to buy or what pays (注册领券, 下单更便宜); an app that
        // runs a device (连接音箱, 查看保修) is the product's.
        if (/app|软件|客户端|应用|商城|网站|网店/.test(m[0]) && !/下单|买|购|券|便宜|优惠|折|返|红包|新人|注册|会员|积分|领/.test(sentence)) return;
        // Our other account: a path off only where the buyer is sent there to buy, find or contact
        // (同款在另一个号上, 另一个号下单更便宜); 另一个号只发穿搭，不卖东西 sends nobody.
        if (/号$|号(?:上|里)/.test(m[0]) && !/搜|名字|昵称|店名|id|用户名|网名/.test(m[0])) {
          const rest = sentence.replace(m[0], '');
          if (!OTHER_ACCOUNT_STEER.test(rest) || /不卖|不接单|不带货|不做生意/.test(rest)) return;
        }
        report({ start, end, messageId: 'platform', suggestion: SUGGEST_SHOP });
      } else if (g.slipcode !== undefined) {
        if (negated() || AUTHENTICITY.test(sentenceBefore(text, start, 24) + m[0]) || /保修|防伪|真伪|说明|教程|安装|视频|食用|使用方法/.test(m[0])) return;
        report({ start, end, messageId: 'miniapp', suggestion: SUGGEST_SHOP });
      } else if (g.lookphone !== undefined) {
        if (negated()) return;
        report({ start, end, messageId: 'contact', suggestion: SUGGEST_CONTACT });
      } else if (g.offchannel !== undefined) {
        if (negated() || CAUTION_AFTER.test(clauseAfter(text, end, CAUTION_REACH))) return;
        // 可以印您自己摊位的收款码: the buyer's own code, on goods made for the buyer — unless it is asked
        // for (发我您的收款码), which moves money off the platform.
        if (m[0] === '收款码' && /(?:您|你)(?:自己)?[^,.!?;。]{0,6}的$/.test(clauseBefore(text, start, 10)) && !/(?:发|给|告诉|留)(?:给)?(?:我|我们)?(?:一下|下)?(?:您|你)/.test(clauseBefore(text, start, 14)) && !/^(?:发|给|告诉|留|私)/.test(text.slice(end, end + 2))) return;
        report({ start, end, messageId: 'steer', suggestion: SUGGEST_STEER });
      } else if (g.walletpay !== undefined) {
        if (negated() || CAUTION_AFTER.test(clauseAfter(text, end, CAUTION_REACH))) return;
        const sentence = sentenceBefore(text, start, 24) + m[0] + sentenceAfter(text, end, 24);
        // 退款原路退到您的支付宝, 3个工作日内打到您卡上: the platform's refund, by its own rail.
        if (/原路|工作日|系统|自动|平台|小红书|售后|退款/.test(sentence) && !/直接|私下|单独|另外|不用申请|(?:用|通过)(?:支付宝|微信|银行卡)/.test(sentence)) return;
        report({ start, end, messageId: 'steer', suggestion: SUGGEST_STEER });
      } else if (g.privpay !== undefined) {
        const around = clauseBefore(text, start, 12) + m[0] + clauseAfter(text, end, 6);
        if ((!PAY_WORD.test(around) && !/(?:转|打)过来$/.test(m[0]) && !(/直接$/.test(clauseBefore(text, start, 4)) && /不拍|别拍|不用拍|不走平台|便宜|优惠|发货|定金|尾款/.test(sentenceAfter(text, end, 20)))) || negated() || CAUTION_AFTER.test(clauseAfter(text, end, CAUTION_REACH))) return;
        // 把付款截图转给我们看看: a document is forwarded, no money moves.
        if (FORWARDED_DOC.test(clauseBefore(text, start, 12)) || /^(?:看|核对|确认|查)/.test(text.slice(end, end + 2))) return;
        if (ON_PLATFORM.test(clauseBefore(text, start, 24) + sentenceAfter(text, end, 24))) return;
        report({ start, end, messageId: 'steer', suggestion: SUGGEST_STEER });
      } else if (g.steer !== undefined) {
        // 私下 is a deal only with a deal or a contact in its own words (私下转我, 私下聊, 私下给你便宜,
        // 私下处理): 私下里我也喜欢这个色, 私下也问过版师 are the staff's own opinion or doings.
        if (m[0] === '私下' && !PRIVATE_DEAL_AFTER.test(text.slice(end, end + 10))) return;
        // 私下里跟您说: confiding in the buyer, not a deal.
        if (m[0] === '私下' && /^里?(?:跟|和|对|同|给)(?:您|你)(?:说|讲|透露|讲讲|说说|交个底)/.test(text.slice(end, end + 6))) return;
        // 医生私下都在用, 私下里也推荐: what people do in private, no deal — unless the sentence trades.
        if (m[0] === '私下' && /^里?(?:都|也|还|一直|经常)?(?:在)?(?:用|吃|穿|戴|推荐|说|讲|评价|觉得|认为|承认|夸|讨论|练|囤)/.test(text.slice(end, end + 6)) &&
          !/交易|转账|付款|下单|加我|联系|微信|支付宝|便宜|价格|优惠/.test(sentenceAfter(text, end, 24))) return;
        if (negated() || CAUTION_AFTER.test(clauseAfter(text, end, CAUTION_REACH))) return;
        if (m[0] === '转账' && CHECKOUT_TRANSFER_BEFORE.test(clauseBefore(text, start, 16))) return;
        // 确认收货后钱才到我们账上: the platform's escrow releasing the payment, nothing sent privately.
        if (/^到(?:我|我们)/.test(m[0]) && /确认收货|担保|平台|小红书|结算/.test(sentenceBefore(text, start, 30) + sentenceAfter(text, end, 20)) && !/直接|私下|转|打(?!开)|汇/.test(sentenceBefore(text, start, 30))) return;
        // 是刷卡的还是转账的，还是给现金: 转账 among the ways a cash-on-delivery order is paid, money to
        // nobody in particular — unless it goes to the shop (转账给我).
        if (m[0] === '转账') {
          const sentence = sentenceBefore(text, start, 24) + sentenceAfter(text, end, 24);
          if (COD_INSTRUMENT.test(sentence) && !/(?:给|到)(?:我|我们|店主|老板)|私下|加|支付宝|微信|银行卡|卡号|账户|账号/.test(sentence)) return;
          // 可以和师傅协商，也可以微信转账: the courier paid at the door by the buyer's own wallet.
          if (courierPaidAtDoor(sentence)) return;
        }
        // 转账退款需要财务审核，预计明天到账: how long a refund by transfer takes, a fact about the refund —
        // unless the shop pays it itself (我直接转账给您) or asks to be paid.
        if (m[0] === '转账') {
          const sentence = sentenceBefore(text, start, 24) + m[0] + sentenceAfter(text, end, 24);
          if (REFUND_IN.test(sentence) && TRANSFER_TIMING.test(sentence.replace(/财务/g, '')) && !TO_SHOP_ACCOUNT.test(sentence) && !/私下|直接|单独|加|支付宝|微信|卡号/.test(sentence)) return;
        }
        // 一般转账是1-3个工作日: how long a transfer takes, said as a general fact with 转账 as its
        // topic — no one is told to send money anywhere.
        if (m[0] === '转账' && TRANSFER_TOPIC_BEFORE.test(clauseBefore(text, start, 8)) && TRANSFER_DURATION_AFTER.test(clauseAfter(text, end, 24)) && !TO_SHOP_ACCOUNT.test(sentenceAfter(text, end, 30))) return;
        if (m[0] === '转账' && CORPORATE_TRANSFER_BEFORE.test(clauseBefore(text, start, 4))) {
          const rest = sentenceAfter(text, end, 24);
          if (TRANSFER_TIMING.test(rest) && !TO_SHOP_ACCOUNT.test(rest)) return;
          // 下单时支付方式选择公司转账, 公司转账退款产生的余额: the platform's own checkout option or its
          // refund, chosen or paid back inside the order.
          const sentence = sentenceBefore(text, start, 30) + sentenceAfter(text, end, 24);
          if (CHECKOUT_OPTION.test(sentence) && !TO_SHOP_ACCOUNT.test(sentence)) return;
        }
        // 可以走私单: the verb goes with the deal, so the suggestion replaces the whole phrase.
        const verb = m[0] === '私单' ? /(?:可以)?(?:走|接|做|下)(?:个|一个)?$/.exec(before()) : null;
        report({ start: verb === null ? start : start - verb[0].length, end, messageId: 'steer', suggestion: SUGGEST_STEER });
      }
    };
    scan(PATTERN, text, visit);
    scanRuns(text, visit);
    phoneInParts(normalized, report);
    phoneInWords(normalized, report);
    if (reports === 0) reportBypass(text, report);
    if (reports === 0) reportElsewhere(text, report);
    // Names spelled by sound or in pinyin (斗音, 逃宝, 加个围信, xian鱼, dou店): the same checks as
    // the name itself.
    soundNames(text, (start, end, name, kind) => {
      if (kind === 'platform') {
        visitPlatform(name, start, end, true);
        return;
      }
      const add = ADD_BEFORE.test(clauseBefore(text, start, 8)) && ACCOUNT_CONTINUES.test(text.slice(end, end + 2));
      // 喂心号同手机号: the account is the phone number.
      const samePhone = /^号?(?:同|就是|即|=)(?:手机|电话)/.test(text.slice(end, end + 6));
      reportContact(normalized, start, samePhone ? end + /^号?/.exec(text.slice(end))![0].length : end, false, report, (add || samePhone) && !negatedAt(start, end));
    });
  },
});
