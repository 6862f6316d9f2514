import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import { refusalScopes, WORDING_VERDICTS } from '../../src/lint/refusal.js';
import { normalize } from '../../src/lint/normalize.js';

// The shared refusal scope is the rules' mechanism: tested on the rules alone. The learned second
// opinion masks the same scopes in its features (test/lint/second-opinion.test.ts).
const content = (text: string) => lintText(text, { secondOpinion: false }).filter((m) => m.ruleId !== 'invisible-chars');

describe('refusal scope (shared by every content rule)', () => {
  // A warning or refusal names the banned act only to refuse it.
  it.each([
    '千万别私下加任何人的联系方式哦',
    '我们从不会问您要微信号',
    '小心冒充客服叫您扫二维码的人',
    '只在平台下单，交易有保障',
    '千万别相信让您加微信的陌生人',
    '别信那些说能加微信返现的',
    '我们从不让顾客私下转账',
    '有人让您加微信的都是骗子',
    '淘宝上有家同名的店，并不是我们开的',
    // The buyer's question echoed, then refused; a heading naming the question of a refusal.
    '私下转账？不需要哦，在订单页面付款就可以',
    '小程序？本店没有小程序哦，只在这家店铺卖',
    '【微信】为了您的售后有保障，本店不加个人微信，在这儿沟通就好',
    '自称客服让您加微信或QQ的都是骗子，也不要扫来历不明的二维码',
    // Asking whether someone else reached the buyer for a scam (issue 10, real staff replies).
    '请问是有其他人员联系您刷单吗？那是诈骗，请不要理会',
    // A notion denied as a whole (…这回事, …这种好事), a title declined in its own clause, a sentence
    // quoted as a print, a book's author credited (issue 10, lists8).
    '哪有一贴就瘦这种好事，坚持运动才是关键',
    '染发没有永不褪色这一说，护色洗发水能让颜色留久一点',
    '老字号谈不上，我们就是开了十几年的小铺子',
    '门头上那句“全城最低价”是上一任店主留下的',
    '这套是李时珍原著的影印本，字是繁体竖排',
    // Session 11 (benign12, own wording): the buyer's words asked back (您是说…), a wording the shop
    // does not shout, disowns or attributes to others, those who promise it warned against.
    '您是说收到的是最新款吗？我帮您看下',
    '我们从来不喊全网最低那种口号，价格实在就好',
    '行业第一的说法是有些博主写的，不是我们',
    '纯天然无添加的说法我们不认可，成分表都写着',
    '承诺包过的机构都是违规的，我们只做辅导',
    '有说三天就能根治的，建议您谨慎',
    '说行业第一我们不敢，口碑您可以看评价',
    '独家配方之类的我们不敢乱写',
    '最正宗的不敢说，我们是本地老作坊',
    // Session 15 (benign16, own wording): the shop unable to reach it (做不到…), declining it to the
    // buyer by name (不敢跟您说…), a wording the platform forbids (…二字平台不让用), hearsay called wrong.
    '我们这边做不到全网最低，只能保证活动价是真的',
    '羊绒衫做不到永久不起球，穿久了用去球器修一下',
    '不敢跟您说根治，只能说用了会舒服一些',
    '特效二字广告法不让用，我们详情页已经删了',
    '网上说泡脚能排毒减肥是不对的，这只是普通浴盐',
    // The buyer's earlier words quoted back (您上次问的…), a claim named with the tests not done for
    // it (…我们没做过检测), a game title where the sentence sells its code.
    '您上次问的国家级认证，我们查过了没有',
    '这个抑菌效果我们没做过检测，所以页面上不写',
    '极品飞车的激活码拍下后自动发货',
    // A relation denied (和…没有关系, 跟…不沾边), a warned-off claim whose object comes first
    // (宣称…的赶紧远离), a scheme called a trap, a promotion told as ended.
    '我们的教辅和出题组没有任何关系，是老师自己编的',
    '这款枕头跟医院不沾边，就是普通家用的',
    '看到宣称保本高收益的理财产品赶紧远离',
    '那种号称三天根治的疗法都是割韭菜的',
    '页面上那个终身免费换新是去年的活动，早就结束了',
    // A label someone trades on (打着…的旗号), a claim the shop has no standing to make (没资格说),
    // those who say it and a warning not to buy rashly (…的，不要乱买).
    '有的机构打着包过的旗号收费，大家要擦亮眼睛',
    '我们没资格说行业第一，只是做了很多年',
    '那些说一抹就白的，不要乱买',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  // The real violation worded near a negation stays caught.
  it.each([
    ['别去其他店了，加我微信kx7789', 'offsite-contact'],
    ['不要去别家加我微信', 'offsite-contact'],
    ['不加微信就没法发货', 'offsite-contact'],
    ['请勿私下交易，有问题加我微信', 'offsite-contact'],
    ['不打差评的话运费我们承担', 'review-inducement'],
    ['别墨迹了，赶紧拍', 'harassment'],
    ['请勿外传，我的微信号是shop_kf01', 'offsite-contact'],
    // Modesty in another clause and a bare denial without a notion word excuse nothing.
    ['本店是百年老字号，别家比不上', 'absolute-claim'],
    ['天天喝这个茶血压就降了，没有副作用', 'absolute-claim'],
    ['李时珍推荐过的方子，喝了就好', 'absolute-claim'],
    // What another shop cannot reach is a boast about this one; an act ahead with 做不到 in a feat.
    ['别家都做不到全网最低，只有我们能', 'absolute-claim'],
    ['同行做不到的顶级工艺，我们做到了', 'absolute-claim'],
    // A relation claimed, and a promotion still running, stay findings.
    ['我们和三甲医院合作，医生推荐的配方', 'absolute-claim'],
    ['终身免费换新的活动还在，下单就送', 'absolute-claim'],
    ['我们不打价格战的旗号，品质全网第一', 'absolute-claim'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  // Issue 10: the shop declines to word a claim, does not sell the goods, or mentions a wording,
  // a print or what is written somewhere rather than using it.
  it.each([
    '我们不敢打包票说百分百有效，要看个人体质',
    '我们不敢乱写国家级，详情页只写了检测结果',
    '我们店从来不卖高仿，都是专柜同批次',
    '特效药是处方药，小店不卖的',
    'A货这种东西本店不售',
    "'最'这个字我们不能用，所以写的是'很受欢迎'",
    '亲，顶级这种说法广告法不让写的',
    '杯子上印着“招财纳福”四个字，送长辈挺喜庆',
    '订单备注写着“第一名”，是您要刻的字吗？',
    // The shop refuses the act in a clause of its own after naming it; a decline to advertise.
    '小程序我们不发的哦，直接在店铺首页下单就行',
    '微信我们这边不加哈，有问题随时留言',
    '本店不宣传任何转运招财的说法，就是普通的手链',
    // A title in book-title marks; the buyer's words quoted back before the answer.
    '《QQ空间装修指南》这本书已经绝版了',
    '您刚才说的加微信领红包，是别人发的吧？我们没有这个活动',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  // Issue 10 (fa6): a description of the goods denied, an effect the goods cannot have, a thing
  // the shop does not have, a group the shop does not build.
  it.each([
    '这只是日常款，不是什么顶级面料',
    '本品并非进口原装，是国内工厂代工',
    '护发素没法彻底治愈脱发，只能改善毛躁',
    '我们不能保证百分百有效，看个人情况',
    '二维码这种东西我们没有哦，只在店铺里卖',
    '我们不建粉丝群，上新看店铺动态就行',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    // The negation is itself the claim, or the clause goes on to an instruction.
    ['品质好到别家无法超越，全网最低价', 'absolute-claim'],
    ['面料质感无法替代，业内顶级', 'absolute-claim'],
    ['还是解决不了的话可以加客服微信kx7789', 'offsite-contact'],
    ['没法发货的话加我微信', 'offsite-contact'],
    ['不是什么都能退，想要退款加我微信详聊', 'offsite-contact'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  it.each([
    // Quotes alone are emphasis, not a mention: the claim stands.
    ['本店“最低价”，只有今天', 'absolute-claim'],
    // Somebody else not selling it is no refusal by the shop.
    ['别家不卖顶级面料，我们家有', 'absolute-claim'],
    // The shop does not sell one thing but offers another banned one.
    ['我们不卖便宜货，只卖国家级的精品', 'absolute-claim'],
    // A wording word without a demonstrative or quotes does not make the clause a mention.
    ['顶级面料，说法一点不夸张', 'absolute-claim'],
    // A refusal that does not end its clause, then the contact offered.
    ['二维码我们不发这边，私聊我给你', 'offsite-contact'],
    // 您提交 / 您说明 are no quotes of the buyer: asking for the phone stays caught.
    ['麻烦您提交时给个手机号', 'offsite-contact'],
    ['您说明时给个手机号哦', 'offsite-contact'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  // Issue 10 (fa7): names of things — an official place designation, an honour with where to check
  // it, a famous place's name, a pet's name, a word engraved and counted, a term defined as a name —
  // and a description denied by 不是…的, what the shop does not say, 那种说法.
  it.each([
    '民宿紧挨着国家级森林公园，清晨能看到日出',
    '这个村子是省级历史文化名村，周末人比较多',
    '行程里的古城是世界文化遗产，门票含在套餐里',
    '捏泥人的老师傅是国家级非遗代表性传承人，名录里能查到编号',
    '主讲老师是特级教师，职称证书可以给您看',
    '天下第一关离我们客栈只有两公里',
    '我家的狗狗叫旺财，今年五岁了',
    '宠物牌刻名字，比如招财、富贵都可以',
    '名牌上刻了招财两个字，是猫咪的名字',
    '转运珠是首饰款式的叫法，就是一颗小圆珠',
    '这串是普通木珠，不是开过光的',
    '我们不说能招财，喜欢款式再拍',
    '绝对不掉色那种说法我们不敢用，深色会有点浮色',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    // A level said of the goods' make, an honour with nothing to check, a place-like word as a claim.
    ['我们家用的是国家级工艺，质量没得挑', 'absolute-claim'],
    ['国家级非遗大师一针一线绣的手帕', 'absolute-claim'],
    ['这是天下第一好茶，喝过都说好', 'absolute-claim'],
    // 不是…的 asked or emphatic is no denial; a denial in one clause does not cover the next.
    ['这难道不是开过光的？挂着保平安', 'sensitive-topic'],
    ['这可不是普通的手串，是开过光的', 'sensitive-topic'],
    ['不是普通款的，全网最低价', 'absolute-claim'],
    // Saying nothing else, then the claim; a name given, then a claim of its own.
    ['不多说了，加我微信kx778899细聊', 'offsite-contact'],
    ['它叫旺财，全网销量第一的狗粮', 'absolute-claim'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  // Issue 10 (fa7): a word held at a distance and disowned, a topic the shop will not discuss, a
  // word named as a word or a saying, a denial whose noun follows 的, what the shop does not read,
  // somebody's question reported and answered no.
  it.each([
    '所谓包租返利早就被查处了，我们不做这个',
    '有人问能不能转运，这类问题我们不回答，只介绍面料',
    '保本这个词我们文案里不能用',
    '一本万利是句老话，做生意哪有那么容易',
    '这块料子不是满色的顶级，价格才这么实在',
    '我们不看风水，只卖家具',
    '有顾客问我们在抖音有没有直播间，没有的，只在这里卖',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    // 所谓 that owns the word, a topic declined then a claim of its own, a question answered yes.
    ['所谓的全网最低价就是我们家', 'absolute-claim'],
    ['关于价格我们不回答，反正全网最低价', 'absolute-claim'],
    ['有顾客问我们在抖音有没有直播间，有的，搜店名就行', 'offsite-contact'],
    // 不是…的 as a question stays a claim.
    ['这不是最好的极品吗', 'absolute-claim'],
    ['我们不看好别家，我们是全网第一', 'absolute-claim'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  // Issue 10 (fa7): words quoted as banned words, a rule that forbids the act.
  it.each([
    '广告法里顶级、首选、第一品牌都属于禁用词',
    '违禁词包括根治、特效，所以我们详情页都没写',
    '平台不让发二维码，领券去小店首页',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    // A word list, then the claim in a clause of its own; 不得不说 insists; a product serial is no
    // place to check an honour.
    ['违禁词有：最好、第一，本店是全网最低价', 'absolute-claim'],
    ['不得不说这是全网最低价', 'absolute-claim'],
    ['国家级老匠人一锤锤敲出来的，每只都编了号', 'absolute-claim'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  // Issue 10 (session 9): a claim quoted as a buyer's question, then denied or declined; a
  // designation told as history; a folk cure reported, then debunked.
  it.each([
    '有买家问这副耳机是不是最顶级的，说实话不是，中端价位',
    '姐妹们问是不是纯手工的？并不是，机器缝的',
    '您问过能不能彻底根治吧，真的不能，只能舒缓',
    '第一品牌？这个我们真不敢当，就是个小厂',
    '最便宜？那可说不好，各家活动不一样',
    '全网独家？这个我们保证不了哈',
    '百分百有效，这个我们实在不敢保证，看个人情况',
    '部优产品的评比很多年前就停止了，现在没有这个说法',
    '吊牌上那个免检标志是老早以前的事了，新批次都没有',
    '早年的包装印过特供字样，后来规定不许印了',
    '听说用白酒擦身子能治发烧，这没有科学依据，孩子烧了要去医院',
    '老人说的土方子喝了能根治咳嗽，不靠谱，还是看医生',
    // The denial opening on 这个, an echo answered with 不了, hearsay the shop disowns or calls untrue.
    '不少顾客问有没有国家级检测，这个确实没有，只有第三方报告',
    '这款膏能根治吗？根治不了，只能止一阵子痒',
    '评论区有人说这枕头能治失眠，我们从来没这么宣传过',
    '听说它是万能药，其实不是，就是一支芦荟胶',
    // No product of the kind can do it; the goods cannot, told to the buyer; refused outright or
    // unanswered after the word; what the buyer may come across, then warned off; not done by the
    // shop (不刷单, 不具备); an impostor who approaches the buyer; a shop closed; not the shop's own.
    '没有哪种防晒霜能保证一整天不脱妆，记得补涂',
    '我们没法向您保证100%祛痘，痘痘成因很多',
    '仿品我们店一概不收，寄来也会原样退回',
    'a货我们这边一律拒收',
    '看到自称我们客服要您加好友的，千万别理',
    '本店从来不刷好评，评价随您心意',
    '我们也不送返现卡，按真实感受评就好',
    '若是有人假冒本店找你做刷单任务，那是骗局',
    '八字合婚这种问题我们这边解答不了',
    '这块玉牌不具有任何辟邪的作用，当普通挂坠戴',
    '要私下转账这个我们没办法，只能走平台',
    '以前开过的淘宝店早就关掉了，现在只有这一家',
    '包装上那串数字是物流码，不是我们的微信号哦',
    '这款面霜不过敏的话可以长期用',
  ])('keeps %s clean (quoted then denied, history, debunked folk cure)', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    // The buyer's question answered yes, a refusal that only refuses to go lower, a deadline ahead,
    // other shops' history, the shop's own remedy before the debunk.
    ['有买家问这副耳机是不是最顶级的，当然是，音质天花板', 'absolute-claim'],
    ['第一品牌？那必须是我们家', 'absolute-claim'],
    ['最低价，这个价我们真给不了更低了', 'absolute-claim'],
    ['全网最低价明天就取消了，抓紧下单', 'absolute-claim'],
    ['国家免检的牌子，别家早就取消了', 'absolute-claim'],
    ['我们家祖传秘方能根治咳嗽，外面那些偏方不靠谱', 'absolute-claim'],
    ['这款膏能根治吗？能根治，坚持用就行', 'absolute-claim'],
    ['听说它是万能药，确实是，一抹就好', 'absolute-claim'],
    ['不少顾客问有没有国家级检测，这个当然有', 'absolute-claim'],
    ['没有哪家店比我们家更便宜，全网最低', 'absolute-claim'],
    ['看到喜欢的a货款别犹豫，直接拍', 'counterfeit'],
    ['我们的淘宝店早就开了，去淘宝搜店名更便宜', 'offsite-contact'],
    ['这款面霜不过敏，加我微信abcde123领小样', 'offsite-contact'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  it('covers a power or a guarantee denied where it is named, so the second opinion sees it refused', () => {
    for (const [raw, word] of [['这串手链不开光，戴着好看', '开光'], ['黄金首饰不保本哦', '保本'], ['手串没开过光的', '开过光']]) {
      const text = normalize(raw).text;
      const at = text.indexOf(word);
      const scopes = refusalScopes(text);
      expect(scopes.some((s, i) => i % 2 === 0 && s <= at && at + word.length <= scopes[i + 1]), raw).toBe(true);
    }
    // A condition that demands the rite opens no scope.
    const cond = normalize('不开光就没用').text;
    expect(refusalScopes(cond)).toEqual([]);
  });

  // Issue 10 (benign9): a notion denied by a rhetorical 哪有, another's wording called untrue in its
  // own clause, a claim the shop says it cannot make, a wording placed with other shops, a name
  // given in quotes after a naming noun or before the head of what it names.
  it.each([
    '护肤品哪有一抹就白的，坚持两周看看',
    '哪里有一吃就瘦的，饮食也要注意',
    '有人说这个枕头能治颈椎病，那都是夸大',
    '包过班那种说法都是忽悠人的，我们只提供题库',
    '说能一次去根的都不靠谱，灰指甲要慢慢养',
    '百分百有效我们保证不了，每个人情况不同',
    '行业第一我们不敢说，回头客倒是挺多',
    '那个全网最低价的截图是别家发的，不是我们店',
    '新出的配色官方名称叫“王者金”，和香槟金不是一个色',
    '我们的「冠军」系列是运动款，面料偏速干',
    // The wording refused right after it; a term defined as the shop's or brand's name.
    '巨星同款的说法我们不用，就是普通的遮阳帽',
    '独家秘方这个词我们从来不写，配料表都公开',
    '面包之王是我们的店名，开在老城区',
    '一次根治是不可能的，要坚持护理',
    // A trade term the shop cannot even name; 不方便 with its verb; content someone else made; a kind
    // of thing the shop does not use.
    '纯原是什么意思？我们这边真的不清楚，店里都是专柜货',
    '抱歉，我们不方便加微信，您在这里留言就好',
    '快手上那些视频是买家自己拍的，我们没有开号',
    '淘口令这种我们不用，您直接在店铺搜就行',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    // A comparison after 哪有 is the claim that nobody beats the shop; untrue said of other shops or
    // in another clause keeps the claim; praise by others is no name; quotes alone are emphasis.
    ['全网最低价，别家说的都是骗人的', 'absolute-claim'],
    ['全网最低价别家全是瞎说', 'absolute-claim'],
    ['大家都叫它“神药”，一抹就好', 'absolute-claim'],
    ['我们是“第一”品牌，放心买', 'absolute-claim'],
    // A wording noun with no refusal after it, or a refusal of something else.
    ['顶级面料的说法一点不夸张', 'absolute-claim'],
    ['全网最低价我们不用担心，放心拍', 'absolute-claim'],
    // The shop explaining the term it deals in; the shop's own account after the platform.
    ['纯原是啥意思？就是跟专柜做得一模一样的货', 'counterfeit'],
    ['快手上的视频是我们拍的，搜店名就能找到', 'offsite-contact'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  it('opens no scope at a 哪有 that compares (nobody beats the shop)', () => {
    expect(refusalScopes(normalize('哪有比这更便宜的').text)).toEqual([]);
    expect(refusalScopes(normalize('哪有这么好的价格的').text)).toEqual([]);
  });

  it('starts after the cue and stops at the clause end or where the sentence turns', () => {
    const text = normalize('请勿私下交易，但可以加我微信').text;
    const scopes = refusalScopes(text);
    expect(text.slice(scopes[0], scopes[1])).toBe('私下交易');
    const turned = normalize('不要私下交易但加我微信').text;
    const s2 = refusalScopes(turned);
    expect(turned.slice(s2[0], s2[1])).toBe('私下交易');
  });

  // Two refusals joined by punctuation and 也/还/并且 are one refused stretch: a finding that pairs
  // a word of each (the review of the first with the reward of the second) is refused (issue 10,
  // session 10). A clause between them that refuses nothing keeps them apart.
  it.each([
    '我们不会叫您晒图，也不会拿晒图换红包',
    '从不催好评，更不会搞好评送券',
    '不会要您的手机号，也不会加您微信',
  ])('keeps %s clean across two refused clauses', (text) => {
    expect(content(text)).toEqual([]);
  });
  it.each([
    ['我们不会叫您删评，晒图就送红包', 'review-inducement'],
    ['不催您好评，但好评送券', 'review-inducement'],
    // A denial of existence is the claim itself (没有之一), never the second half of a bridge.
    ['这个价位里没有比它更耐用的，没有之一', 'absolute-claim'],
  ])('still flags %s when the second clause refuses nothing', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });
  it('bridges two refusals only over punctuation and a joining word', () => {
    const text = normalize('不会催您好评，也不会送返现').text;
    const scopes = refusalScopes(text);
    const pairs = [];
    for (let i = 0; i < scopes.length; i += 2) pairs.push(text.slice(scopes[i], scopes[i + 1]));
    expect(pairs).toContain('催您好评,也不会送返现');
    expect(refusalScopes(normalize('不会催您好评，送返现').text).length).toBe(2);
  });

  // The thing named first, then refused in its own clause (issue 10, session 10): not allowed
  // (…这个不可以), the buyer told not to do it (…别点), the shop unable to take it (…没法收), no such
  // activity, a counted wording the shop does not write, a denial ending on a particle, an official
  // zone by its short name.
  it.each([
    '扫码付款这个不可以哦，请在订单页付',
    '私下交易是不行的，出了问题没人管',
    '陌生号码发来的链接千万别点',
    '现金红包我们这边没法发哈，可以领店铺券',
    '口令红包我们店没有这种活动哦',
    '销量第一这四个字我们不会乱写',
    '这款不是独家款哈，好几家都在卖',
    '仓库在国家级经开区，快递每天来两趟',
  ])('keeps %s clean when the clause refuses what it names first', (text) => {
    expect(content(text)).toEqual([]);
  });
  it.each([
    ['加微信不行的话打我电话13812345678', 'offsite-contact'],
    ['这款是全网独家，别家没有哦', 'absolute-claim'],
    ['加微信可以吗，不可以的话我就加您QQ', 'offsite-contact'],
    ['我们是国家级品牌，质量有保障', 'absolute-claim'],
  ])('still flags %s where nothing is refused', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  // Session 12 (benign13, own wording): refusal shapes grouped by why nothing is claimed — a kind
  // denied (不是那种…), an offering the shop does not run (不开…班), 了 as an aspect marker inside a
  // warning, a whether-clause under a verb of finding out, another party's turn after its label,
  // words the shop says it cannot promise 这么, a claim it has no proof for, a category not carried.
  it.each([
    '我们家是正经代理，不是那种仿货小作坊',
    '这边不办包过班，只有普通的备考课',
    '千万别信那些说喝了就能根治胃病的',
    '得做过化验才能判断这个方子是否有疗效',
    '回收前要鉴定一下是不是高仿，结果出来再报价',
    '请您对本次服务做个评价。买家:刚才已经给了五星好评啦',
    '知道您想听到最低价三个字，但我们不能这样承诺，以页面价格为准',
    '除螨这块我们手上没有检测报告，页面上就没提',
    '您问的是国宝级那种吗？我们家就是普通款，没有相关证书',
    '店里只有围巾帽子，祛斑类的产品没有哈',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });
  it.each([
    // The aside after a refusal turns to new words (a colon opens it), and 跟你说 is the shop
    // speaking, not the buyer quoted: the offer after it stands.
    ['平台不让留联系方式，悄悄告诉你：小程序里搜店名更便宜', 'offsite-contact'],
    ['老顾客跟你说个事我们有自己的小程序商城价格更低', 'offsite-contact'],
    // A direct question answered yes, another shop disowning, an unrelated missing paper.
    ['保证是全网最低价，不信您查一下有没有更便宜的', 'absolute-claim'],
    ['全网最低价，别家都不敢这么说', 'absolute-claim'],
    ['国家级大师手作，别家都拿不出证书', 'absolute-claim'],
    ['顶级面料，没有发票哦', 'absolute-claim'],
    // A reply that opens with its own label speaks for the shop.
    ['商家：好评返现五元，截图发我', 'review-inducement'],
    // Aspect 了 ends nothing, but a warning still does not shelter a second clause's offer.
    ['别信别人，吃了就好，加我微信kx7789领试用', 'offsite-contact'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  // Session 14 (clean15, own wording): what the shop cannot send (发不了), does not take (不收),
  // does not promise (不保证); a correction (不是…，是…); an act waved off (就不必了); the risk of
  // doing it; impostors reported; a wording called a slip; the object of a disposal (把…直接);
  // a quoted account word followed by 我们; and a space typed as a comma ending a refusal.
  it.each([
    '这里可以分享，但发不了外部链接',
    '我们不收转账，请直接在链接里拍',
    '我们也不保证招财，水晶就是饰品',
    '这罐不是祖传秘方，是药厂按国标配的',
    '加店长微信就不必了，有事在这里留言就行',
    '私下交易没保障的，还是在平台拍吧',
    '有自称店长让您扫码付款的，请直接举报',
    '标着能根治脱发的产品都不要轻信哦',
    '详情页原来写的销量第一是笔误，已经改了',
    '千万不要把货款直接转给陌生人',
    '你提到的加个V我们这边弄不成，有事在这里说就好',
    // A rumour about the shop reported and rebutted; a print the shop will not make.
    '有顾客说我们家卖高仿，特此澄清：都是专柜正品，有购物小票',
    '开过光的佛像图案我们不能印，麻烦换一张',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });
  it.each([
    ['这款没有赠品 关注公众号可以领券', 'offsite-contact'],
    ['发不了链接的话加我微信', 'offsite-contact'],
    ['不收平台的钱，直接转账给我', 'offsite-contact'],
    ['私下交易更划算，没有平台抽成', 'offsite-contact'],
    ['加群就不用说了，福利最多', 'offsite-contact'],
    ['有人说我们卖高仿，我们就是卖高仿', 'counterfeit'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  it('finds no scope where a word only contains a cue character (识别, 区别)', () => {
    expect(refusalScopes(normalize('长按识别二维码').text)).toEqual([]);
  });
});

// Session 18 (scope19): a word named as a word — before a wording noun (字样, 说法, 等字眼), quoted, or
// reported as another party's words — in a sentence that judges or forbids the wording is a mention
// for every rule with a refusal scope (harassment has none: its phrases are negations themselves).
// The scope is the mention's own clause: a claim in a clause before it is never covered, so a claim
// followed by a disclaimer about the wording (全网最低价，“最低价”字样不合规的话我们再改) stays a finding.
describe('judged mention (shared by every rule with a refusal scope)', () => {
  it.each([
    // offsite-contact
    ['私信里带扫码进群字样会被平台限流', 'offsite-contact'],
    // absolute-claim
    ['特供字样的酒属于违法宣传', 'absolute-claim'],
    ['全网最低等字眼会被罚款', 'absolute-claim'],
    ['写“包过”会被处罚，我们只写辅导', 'absolute-claim'],
    // sensitive-topic
    ['标有转运字样的吊坠被市场监管查处过，我们不进这种货', 'sensitive-topic'],
    // review-inducement
    ['晒图领红包等字眼平台禁用', 'review-inducement'],
    // counterfeit
    ['高仿的说法在平台是违禁的，我们只写专柜同款面料', 'counterfeit'],
    ['复刻版字样的商品平台会下架，我们不上', 'counterfeit'],
    // Another party's words reported and not vouched for (…是厂家原话, …您听听就好).
    ['质检单上印的顶级是厂家原话，我们核实不了', 'absolute-claim'],
    ['中介说的稳赚不赔您听听就好', 'absolute-claim'],
  ])('keeps %s clean (%s mentioned, not used)', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    // The claim in its own clause, then a disclaimer that does not retract it.
    ['全网最低价，“最低价”字样不合规的话我们再改', 'absolute-claim'],
    ['国家级大师手作，“国家级”这种说法我们核实过', 'absolute-claim'],
    ['加我微信abc12345，“微信”这两个字违规我知道', 'offsite-contact'],
    ['开过光的手串，保平安，“开光”字样平台不让写所以私信说', 'sensitive-topic'],
    ['好评返现5元，“返现”两个字违规但我们照样返', 'review-inducement'],
    ['高仿的包包，做工一比一，“高仿”这种说法违规', 'counterfeit'],
    // A verdict denied judges nothing; no verdict, no mention.
    ['详情页写的全网第一不是夸大，有榜单为证', 'absolute-claim'],
    ['标着特供字样的酒我们有货，绝对正宗', 'absolute-claim'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });

  it('keeps the verdicts as a sourced, categorised lexicon', () => {
    expect(WORDING_VERDICTS.length).toBeGreaterThan(3);
    for (const v of WORDING_VERDICTS) {
      expect(v.category).not.toBe('');
      expect(v.source).not.toBe('');
      expect(v.words.length).toBeGreaterThan(0);
    }
  });
});

// Session 18 (scope19): other shared classes of clean text — the buyer's question echoed with a
// laugh before the denial, the buyer's words quoted back with what they wanted (您说想…), those who
// do it disowned as not the shop (…的都不是官方), a demand the shop never makes, a kind of goods the
// shop does not advertise, another shop's practice, what a work is about, the buyer's own medicine and
// the buyer's child's prize congratulated, a kind of goods the shop says it does not sell.
describe('shared clean classes (session 18)', () => {
  it.each([
    '您问的祖传秘方?哈哈不是的,就是普通配方',
    '您说想加个微信聊，不好意思，平台规定只能在站内沟通',
    '店里没有会员群，拉您扫码进群的都不是官方',
    '亲，要求加私人微信这种事我们从来不会提，请认准平台',
    '风水摆件我们不宣称任何功效，就是装饰',
    '别家承诺好评返现是他们的做法，我们这边按真实评价来',
    '这本讲道教符箓的画册印刷很精美',
    '您在吃降血糖的药的话，先问问医生',
    '宝贝拿了全国第一呀,恭喜',
    '恭喜您家孩子考了全市第一名',
    // What it is, then the shop saying it does not sell that kind.
    '特效止痛膏属于药品，我们店不卖药的，请去药房买',
    '高仿包属于假货，我们不卖这类',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    ['祖传秘方？哈哈是的，我们家传了三代', 'absolute-claim'],
    ['您说想加微信，可以的，加我vx：abc12345', 'offsite-contact'],
    ['球衣是复刻版，不是官方授权的，但号码绣得很精致', 'counterfeit'],
    ['风水摆件我们不宣称功效，但是摆了就能招财', 'sensitive-topic'],
    ['好评返现是同行的做法，我们也一样返', 'review-inducement'],
    ['这套书讲的是风水招财的秘诀，照着做就能发财', 'sensitive-topic'],
    ['您在吃降血压的药吗？我们这款茶也能降血压', 'absolute-claim'],
    ['用了我们的练习册，宝贝考了全国第一，恭喜', 'absolute-claim'],
    ['特效止痛膏属于药品，我们店不卖药，但这款贴也能根治腰痛', 'absolute-claim'],
    ['高仿包属于假货，我们只卖高仿', 'counterfeit'],
    ['特效药是处方药，我们这边有卖处方药', 'absolute-claim'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });
});
