// Names of things. A list word that opens the name of a game mode, an event, a company, a street or
// a design (巅峰赛, 冠军杯, 第一汽车集团, 第一大道, 强效制冷模式, 国宝熊猫造型, 极品飞车联名)
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
    '集团|公司|大道|大街|广场|大厦|中学|小学|医院|造型|图案|印花|表情包)',
);

/** A naming noun and its verb right before the word (颜色叫, 色号是, 型号为, 款名叫做). Only a noun
 *  that names the goods' own designation: 这款叫顶级好物 (no such noun) stays a claim, and 颜色 with
 *  是 describes the colour (颜色是极品) — it names it only with 叫/名为. */
const NAMED_BY_BEFORE =
  /(?:(?:名称|名字|色号|型号|款名|品名|系列名)(?:的)?(?:就|也)?(?:是|叫做?|叫作|为)|(?:颜色|配色|花色|款式)(?:的)?(?:名字|名称)?(?:就|也)?(?:叫做?|叫作|名为))[:：]?$/;
/** After a word introduced as a name: the name ends within a few characters (极致黑，…; 女王红是…). */
const SHORT_NAME_AFTER = /^[\u4e00-\u9fffa-z0-9]{0,4}(?:[,.!?;。、]|的|是|和|跟|与|偏|$)/;

/** Before a place's name: the shop saying where something is or goes (仓库在, 门店位于, 地址是, 寄到). */
const LOCATED_BEFORE = /(?:在|位于|寄到|送到|发到|邮到|退到|寄回|地址(?:是|在|为)?[:：]?|搬到了?|就在|坐落于)[\u4e00-\u9fff]{0,3}$/;
/** After the word: the head of a street, an estate or a district at most four characters on
 *  (王牌街, 至尊花园小区, 极品家居城, 中华第一街). Only heads that no shop ranks itself by: a place
 *  type it could boast of (顶级商场, 五星酒店) is not among them. */
const PLACE_HEAD_AFTER = /^(?:(?![的是由在为被给让和与及])[\u4e00-\u9fff]){0,4}?(?:街|路|巷|胡同|大道|小区|花园|家园|公寓|新村|家居城|商业城|城|广场|大厦|工业区|工业园|产业园|开发区|村|镇|乡|站|码头)(?![的了市])/;

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
