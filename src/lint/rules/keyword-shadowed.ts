// A keyword already caught by an earlier rule never fires. With "contains" matching,
// 「发货时间」 is caught by an earlier 「发货」: any question containing the longer keyword
// contains the shorter one. Reported per keyword; a rule whose every keyword is caught never
// answers at all, and its findings say so.
import type { ConfigRule } from '../config-rules.js';
import type { KeywordEntry, MatchItem } from '../config-context.js';
import { describePath } from '../config-context.js';
import { backendProfile } from '../../backend/profile.js';
import type { KeywordIndex } from '../keyword-index.js';

const precedence = backendProfile.matching.precedence;
const assumption = precedence.confirmed
  ? { zh: '', en: '' }
  : {
      zh: '（假设后台按顺序匹配、精确匹配优先于包含匹配，尚未确认）',
      en: ' (assuming the backend tries rules in order, exact before contains; unconfirmed)',
    };

interface Earliest {
  contains?: KeywordEntry;
  exact?: KeywordEntry;
}

const rule: ConfigRule = {
  id: 'keyword-shadowed',
  severity: 'warning',
  description: {
    zh: '关键词永远不会触发：更靠前的规则的关键词会先匹配',
    en: 'A keyword can never fire: an earlier rule\'s keyword matches first',
  },
  protects: {
    zh: '以为设置好了的回复其实永远发不出去，买家得不到答案',
    en: 'A reply the merchant counts on is never sent',
  },
  check(ctx, report) {
    // The earliest contains- and exact-mode owner of each keyword; one pass, no pairs.
    const earliest = new Map<string, Earliest>();
    for (const entry of ctx.keywords()) {
      if (entry.norm === '') continue;
      const e = earliest.get(entry.norm) ?? {};
      if (entry.item.match === 'exact') e.exact ??= entry;
      else e.contains ??= entry;
      earliest.set(entry.norm, e);
    }
    const index = ctx.keywordIndex();
    const all = ctx.keywords();
    // Entries come grouped by item, in backend order: walk each item's run of keywords.
    for (let from = 0; from < all.length; ) {
      const item = all[from].item;
      let to = from;
      while (to < all.length && all[to].item === item) to++;
      const covered: { entry: KeywordEntry; cover: KeywordEntry }[] = [];
      let live = 0;
      for (let i = from; i < to; i++) {
        const entry = all[i];
        if (entry.norm === '') continue;
        live++;
        const cover = coverOf(entry, item, index, earliest);
        if (cover) covered.push({ entry, cover });
      }
      from = to;
      // Each dead keyword is reported at its own line, also when the rule's other keywords
      // still answer: a keyword the merchant added for 「能便宜吗」 that never fires is a
      // question the merchant believes is handled by this reply.
      const wholeRule = covered.length === live;
      const self = describePath(ctx.config, item.path);
      for (const { entry, cover } of covered) {
        // The identical keyword in another rule is keyword-conflict's finding (an error).
        if (cover.norm === entry.norm) continue;
        const where = ctx.where(cover.item.path);
        const why = {
          zh: `关键词「${cover.text}」（含「${entry.text}」的问题都含「${cover.text}」）`,
          en: `keyword "${cover.text}" (every question containing "${entry.text}" contains "${cover.text}")`,
        };
        const tail = wholeRule
          ? { zh: `；${self.zh}的每个关键词都是这样，这条永远不会回复`, en: `; every keyword of ${self.en} is, so it can never answer` }
          : { zh: '', en: '' };
        report({
          path: entry.path,
          message: {
            zh: `关键词「${entry.text}」永远不会触发：更靠前的${where.zh}的${why.zh}会先回答${tail.zh}${assumption.zh}`,
            en: `Keyword "${entry.text}" can never fire: the earlier ${where.en} answers first with ${why.en}${tail.en}${assumption.en}`,
          },
          suggestion: {
            zh: wholeRule ? '把这条规则移到前面，或把前面那条的关键词改得更具体' : '删掉这个关键词，或把这条规则移到前面',
            en: wholeRule ? 'Move this rule up, or make the earlier keyword more specific' : 'Remove this keyword, or move this rule up',
          },
        });
      }
    }
  },
};

/**
 * The earlier keyword that answers every question this keyword would answer, if any.
 * Exact-mode keywords are tried before contains-mode ones, so an exact keyword is only
 * pre-empted by an earlier identical exact keyword.
 */
function coverOf(
  entry: KeywordEntry,
  item: MatchItem,
  index: KeywordIndex<KeywordEntry>,
  earliest: Map<string, Earliest>,
): KeywordEntry | undefined {
  if (item.match === 'exact') {
    const e = earliest.get(entry.norm)?.exact;
    return e && e.item.order < item.order ? e : undefined;
  }
  let cover: KeywordEntry | undefined;
  index.scan(entry.norm, (keyword) => {
    if (cover) return;
    const e = earliest.get(keyword)?.contains;
    if (e && e.item.order < item.order) cover = e;
  });
  return cover;
}

export default rule;
