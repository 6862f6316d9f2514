// A rule whose every keyword is already caught by an earlier rule never answers. With
// "contains" matching, 「发货时间」 is caught by an earlier 「发货」: any question containing the
// longer keyword contains the shorter one.
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
    zh: '规则永远不会触发：它的每个关键词都会先被更靠前的规则匹配',
    en: 'A rule can never answer: an earlier rule matches each of its keywords first',
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
      let firstCover: KeywordEntry | undefined;
      let live = 0;
      let allCovered = true;
      for (let i = from; i < to && allCovered; i++) {
        const entry = all[i];
        if (entry.norm === '') continue;
        live++;
        const cover = coverOf(entry, item, index, earliest);
        if (cover) firstCover ??= cover;
        else allCovered = false;
      }
      let example: KeywordEntry | undefined;
      for (let i = from; i < to && !example; i++) if (all[i].norm !== '') example = all[i];
      from = to;
      if (!allCovered || live === 0 || !firstCover || !example) continue;
      const where = ctx.where(firstCover.item.path);
      const self = describePath(ctx.config, item.path);
      report({
        path: [...item.path, 'keywords'],
        message: {
          zh: `${self.zh}永远不会触发：它的每个关键词都会先被更靠前的${where.zh}匹配（例如「${example.text}」包含「${firstCover.text}」）${assumption.zh}`,
          en: `${self.en[0].toUpperCase()}${self.en.slice(1)} can never answer: an earlier ${where.en} matches each of its keywords first (e.g. "${example.text}" contains "${firstCover.text}")${assumption.en}`,
        },
        suggestion: {
          zh: '把这条规则移到前面，或把前面那条的关键词改得更具体',
          en: 'Move this rule up, or make the earlier keyword more specific',
        },
      });
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
