// A rule whose every keyword is already caught by an earlier rule never answers. With
// "contains" matching, 「发货时间」 is caught by an earlier 「发货」: any question containing the
// longer keyword contains the shorter one.
import type { ConfigRule } from '../config-rules.js';
import type { KeywordEntry, MatchItem } from '../config-context.js';
import { backendProfile } from '../../backend/profile.js';

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
    const byItem = new Map<MatchItem, KeywordEntry[]>();
    for (const entry of ctx.keywords()) {
      const list = byItem.get(entry.item);
      if (list) list.push(entry);
      else byItem.set(entry.item, [entry]);
    }
    for (const [item, entries] of byItem) {
      const live = entries.filter((e) => e.norm !== '');
      if (live.length === 0) continue;
      let firstCover: KeywordEntry | undefined;
      let allCovered = true;
      for (const entry of live) {
        const cover = coverOf(entry, item, index.keywordsIn(entry.norm), earliest);
        if (!cover) {
          allCovered = false;
          break;
        }
        firstCover ??= cover;
      }
      if (!allCovered || !firstCover) continue;
      const where = ctx.where(firstCover.item.path);
      const path = [...item.path, 'keywords'];
      report({
        path,
        message: {
          zh: `${item.id} 永远不会触发：它的每个关键词都会先被更靠前的 ${where.zh} 匹配（例如「${live[0].text}」包含「${firstCover.text}」）${assumption.zh}`,
          en: `${item.id} can never answer: an earlier ${where.en} matches each of its keywords first (e.g. "${live[0].text}" contains "${firstCover.text}")${assumption.en}`,
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
  inside: Map<string, readonly KeywordEntry[]>,
  earliest: Map<string, Earliest>,
): KeywordEntry | undefined {
  if (item.match === 'exact') {
    const e = earliest.get(entry.norm)?.exact;
    return e && e.item.order < item.order ? e : undefined;
  }
  for (const keyword of inside.keys()) {
    const e = earliest.get(keyword)?.contains;
    if (e && e.item.order < item.order) return e;
  }
  return undefined;
}

export default rule;
