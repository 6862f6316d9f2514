// Names of things. A list word that opens the name of a game mode, an event, a company, a street,
// a design or a dish (巅峰赛, 冠军杯, 第一汽车集团, 第一大道, 强效制冷模式, 国宝熊猫造型, 极品飞车联名,
// 至尊海鲜披萨)
// or that a naming noun introduces (这个颜色叫极致黑, 色号是女王红), or a street or an estate where
// the shop says something is (仓库在王牌街, 门店在至尊花园小区), is how the goods or a place are
// called — the shop does not rank or praise anything by saying it. Names are found by their head
// noun (the last word of a Chinese name says what kind of thing is named) and by the naming noun
// before them, not by a list of names. Works on the normalized text.

/** Heads that end a name the list word opens, at most two characters on (强效|制冷|模式), none
 *  of them a function word (疗效由保险公司承保 is no company's name).
 *  An edition or a series is no such head: 至尊版礼盒, 至臻系列, 终极版散粉 rank the goods by their
 *  own edition's name. 赛车/赛道/赛过 are no events, 档次 a quality level (a claim), 杯子 a cup. */
const NAME_HEAD_AFTER = new RegExp(
  '^(?:(?![的是由在为被给让和与及])[\\u4e00-\\u9fff]){0,2}?' +
    '(?:联名|周边|手办|赛季|联赛|锦标赛|大赛|赛(?![车道过])|杯(?![子具])|模式|档位|挡位|' +
    // A dish on a menu (至尊海鲜披萨, 王牌鸡排): the kitchen's name for it.
    '披萨|比萨|汉堡|鸡排|拉面|米线|寿司|' +
    '集团|公司|大道|大街|广场|大厦|中学|小学|医院|造型|图案|印花|表情包)',
);

/** A naming noun and its verb right before the word (颜色叫, 色号是, 型号为, 款名叫做). Only a noun
 *  that names the goods' own designation: 这款叫顶级好物 (no such noun) stays a claim, and 颜色 with
 *  是 describes the colour (颜色是极品) — it names it only with 叫/名为. */
const NAMED_BY_BEFORE =
  /(?:(?:名称|名字|色号|型号|款名|品名|系列名)(?:的)?(?:就|也)?(?:是|叫做?|叫作|为)|(?:颜色|配色|花色|款式)(?:的)?(?:名字|名称)?(?:就|也)?(?:叫做?|叫作|名为)|名叫|名为|取名(?:为|叫)?|命名为|起名(?:为|叫)?)[:：]?$/;
/** After a word introduced as a name: the name ends within a few characters (极致黑，…; 女王红是…). */
const SHORT_NAME_AFTER = /^[\u4e00-\u9fffa-z0-9]{0,4}(?:[,.!?;。、]|的|是|和|跟|与|偏|$)/;

/** Before a place's name: the shop saying where something is or goes (仓库在, 门店位于, 地址是, 寄到). */
const LOCATED_BEFORE = /(?:在|位于|寄到|送到|发到|邮到|退到|寄回|地址(?:是|在|为)?[:：]?|搬到了?|就在|坐落于)[\u4e00-\u9fff]{0,3}$/;
/** After the word: the head of a street, an estate or a district at most four characters on
 *  (王牌街, 至尊花园小区, 极品家居城, 中华第一街). Only heads that no shop ranks itself by: a place
 *  type it could boast of (顶级商场, 五星酒店) is not among them. */
const PLACE_HEAD_AFTER = /^(?:(?![的是由在为被给让和与及])[\u4e00-\u9fff]){0,4}?(?:街|路|巷|胡同|大道|小区|花园|家园|公寓|新村|家居城|商业城|城|广场|大厦|工业区|工业园|产业园|开发区|村|镇|乡|站|码头)(?![的了市])/;

/** Whether a naming noun and its verb introduce the list word ending at `end` as a short name
 *  (名字叫金牌红, 色号是女王红, 款名叫做独家记忆): said of any list word, since the noun says the word
 *  is what the thing is called. `before` is the clause before it. */
export function namedByNoun(text: string, end: number, before: string): boolean {
  return NAMED_BY_BEFORE.test(before) && SHORT_NAME_AFTER.test(text.slice(end, end + 6));
}

/**
 * Whether the list word at [start, end) of the normalized `text` is part of a name: it opens a
 * name whose head follows, or a naming noun introduces it. `before` is the clause before it.
 */
export function inThingName(text: string, end: number, before: string): boolean {
  if (NAME_HEAD_AFTER.test(text.slice(end, end + 8))) return true;
  // 仓库在王牌街, 取货地址是极品家居城二楼: an address names the place.
  if (LOCATED_BEFORE.test(before) && PLACE_HEAD_AFTER.test(text.slice(end, end + 8))) return true;
  return NAMED_BY_BEFORE.test(before) && SHORT_NAME_AFTER.test(text.slice(end, end + 6));
}

/** What a shop calls the buyer in chat: the pronouns and the forms of address of Taobao and
 *  Xiaohongshu customer service (亲, 亲亲, 宝子, 客官, 小仙女 …), with an optional plural 们. */
export const BUYER_ADDRESS =
  '(?:您|你|亲亲?|亲爱的|宝子|宝宝|宝贝|客官|顾客|客户|客人|买家|姐妹|家人|小仙女|仙女|朋友|小伙伴|帅哥|美女|老板|小主)们?';

/** The buyer's own people (您老公, 你家宝宝, 您的闺蜜): praising them is a compliment to the buyer too. */
const BUYER_PEOPLE = '(?:您|你)(?:的|家的?)?(?:老公|老婆|先生|太太|爱人|对象|男朋友|女朋友|男友|女友|妈妈|爸爸|父母|孩子|宝宝|闺蜜|朋友|家人|女儿|儿子)';

/** Words that praise a person — looks, character, taste (美, 帅, 可爱, 善良, 贴心, 有眼光): what a
 *  shop may say of the buyer. Price and goods attributes (低价, 便宜, 好用, 新) are not among them,
 *  so a vocative 亲 before 最低价 (亲，都是最低价了) is no compliment. */
const PERSON_PRAISE = '(?:美丽?|帅气?|漂亮|好看|可爱|迷人|靓|酷|棒|优秀|厉害|聪明|机智|善良|温柔|体贴|贴心|细心|耐心|暖心|大方|爽快|豪爽|通情达理|讲道理|好说话|懂(?:我|您|你|行|事)?|有(?:眼光|品位|品味|气质|魅力)|可靠|nice|甜)';

/** The clause before a superlative, when its subject is the buyer and nothing but an adverb, a
 *  copula or an earlier compliment stands between (您永远是最…, 亲们都是最…, 我的顾客最美最…,
 *  您是我们心中最…). The left edge is the clause start or any non-Han character (emoji codes and
 *  placeholders of chat logs). */
const BUYER_SUBJECT_BEFORE = new RegExp(
  `(?:^|[^\\u4e00-\\u9fff])(?:亲爱的)?(?:我的|我们的|咱们?的)?(?:${BUYER_ADDRESS}|${BUYER_PEOPLE})` +
    '(?:真的?|永远|一直|就|都|也|才|绝对|肯定|一定|果然|简直)*(?:是|都是)?(?:我们?|咱们?)?(?:心中|心里|眼里|见过)?的?' +
    `(?:最${PERSON_PRAISE}(?:的)?(?:又|也|和|、)?)*$`,
);
/** After 最: a compliment word, and no goods, choice or shop ranked in the rest of the clause (您最
 *  放心的选择, 您最爱的这款 — then the buyer only judges a claim about the goods). */
const PRAISE_AFTER = new RegExp(`^${PERSON_PRAISE}`);
const GOODS_RANKED_AFTER = /选择|之选|首选|品牌|产品|好物|商品|宝贝|这款|那款|这个|我们|本店|我家|咱家|店/;

/**
 * Whether the superlative 最 whose clause runs `before` / `after` (from the character after 最)
 * praises the buyer (您是最棒的, 亲们最美啦, 我的顾客最美最贴心): the buyer is its subject, the word a
 * person's quality, and no goods are ranked by it — a compliment, not a claim about the product.
 */
export function praisesBuyer(before: string, after: string): boolean {
  return PRAISE_AFTER.test(after) && BUYER_SUBJECT_BEFORE.test(before) && !GOODS_RANKED_AFTER.test(after);
}
