// Which rule or product card answers a buyer's question, the way we believe the backend
// decides (backendProfile.matching; the backend does not document it, so these are assumptions):
//   • keywords and questions compare width-folded, case-folded, without spaces;
//   • an `exact` rule answers only a question equal to one of its keywords, a `contains` rule
//     (and every product card) any question containing one of its keywords;
//   • exact matches win over contains matches; among either, the first item in backend order
//     (关键词回复 in list order, then 商品卡片) answers.
// One Aho-Corasick pass per question finds every contained keyword, so coverage over 10k
// questions × 1k rules costs question length + hits, not questions × keywords.
import type { Config, MatchMode } from '../config/types.js';
import { substituteVars } from '../config/vars.js';
import { KeywordIndex, normalizeKeyword } from '../lint/keyword-index.js';
import { backendProfile } from './profile.js';

export type AnswerKind = 'keyword_rule' | 'product_card';

export interface Answer {
  readonly kind: AnswerKind;
  readonly id: string;
  /** The keyword as written in the config. */
  readonly keyword: string;
  /** The reply with {{vars}} filled in ('' for a card that only sends the product). */
  readonly reply: string;
  /** How the winning keyword matched. */
  readonly match: MatchMode;
  /** Index in config.keyword_rules or config.product_cards. */
  readonly index: number;
  /** Position in backend order (Matcher.items[order]). */
  readonly order: number;
  /** For product cards. */
  readonly productId?: string;
  readonly name?: string;
}

export interface Matcher {
  answer(question: string): Answer | null;
  /** Every item that matches, the answering one first (for `test --verbose`: who else matched). */
  matches(question: string): Answer[];
  /** Every rule and card in backend order, for "which never fire" reports. */
  readonly items: readonly MatcherItem[];
}

export interface MatcherItem {
  readonly kind: AnswerKind;
  readonly id: string;
  readonly index: number;
  /** Position in backend order: all keyword rules, then all product cards. */
  readonly order: number;
}

interface Entry {
  readonly order: number;
  /** Position of the keyword in its item's list, so ties pick the keyword written first. */
  readonly keywordIndex: number;
}

/** The question as the matcher compares it (width, case, spaces, invisible characters). */
export const normalizeQuestion = normalizeKeyword;

/** One line describing the assumed matching, for `test` and `coverage` to show. */
export const matchingAssumption = {
  zh: '注：后台未公开匹配规则，此处按推测模拟——不区分大小写和全半角、忽略空格；精确匹配优先，其余按后台顺序（关键词回复在前、商品卡片在后）第一条命中的回复。',
  en: 'Note: the backend does not document matching; simulated as case- and width-insensitive, spaces ignored, exact before contains, otherwise the first match in backend order (keyword rules, then product cards).',
} as const;

export function buildMatcher(config: Config): Matcher {
  const rules = Array.isArray(config.keyword_rules) ? config.keyword_rules : [];
  const cards = Array.isArray(config.product_cards) ? config.product_cards : [];
  const items: MatcherItem[] = [];
  const resolvers: (() => Omit<Answer, 'keyword' | 'order'>)[] = [];
  const keywordsOf: (readonly string[])[] = [];
  const exact = new Map<string, Entry>();
  const contains = new KeywordIndex<Entry>();
  const fill = (text: string | undefined) => substituteVars(text ?? '', config.vars, config.shop);

  const add = (keywords: unknown, mode: MatchMode, order: number) => {
    const list = Array.isArray(keywords) ? keywords.filter((k): k is string => typeof k === 'string') : [];
    keywordsOf[order] = list;
    list.forEach((keyword, keywordIndex) => {
      const entry = { order, keywordIndex };
      if (mode === 'exact') {
        const key = normalizeKeyword(keyword);
        if (key !== '' && !exact.has(key)) exact.set(key, entry);
      } else contains.add(keyword, entry);
    });
  };

  rules.forEach((rule, index) => {
    const order = items.length;
    const mode: MatchMode = rule.match === 'exact' ? 'exact' : backendProfile.matching.defaultMode;
    items.push({ kind: 'keyword_rule', id: String(rule.id), index, order });
    resolvers.push(() => ({ kind: 'keyword_rule', id: String(rule.id), index, match: mode, reply: fill(rule.reply) }));
    add(rule.keywords, mode, order);
  });
  cards.forEach((card, index) => {
    const order = items.length;
    items.push({ kind: 'product_card', id: String(card.id), index, order });
    resolvers.push(() => ({
      kind: 'product_card',
      id: String(card.id),
      index,
      match: 'contains',
      reply: fill(card.reply),
      ...(card.product_id !== undefined ? { productId: fill(String(card.product_id)) } : {}),
      ...(card.name !== undefined ? { name: fill(card.name) } : {}),
    }));
    // Product cards have no match mode in the backend's form; they answer on containment.
    add(card.keywords, 'contains', order);
  });

  const build = (entry: Entry): Answer => ({
    ...resolvers[entry.order](),
    order: entry.order,
    keyword: keywordsOf[entry.order][entry.keywordIndex],
  });

  return {
    items,
    answer(question: string): Answer | null {
      const q = normalizeQuestion(question);
      if (q === '') return null;
      const hit = exact.get(q);
      if (hit) return build(hit);
      let best: Entry | undefined;
      for (const found of contains.search(q)) {
        for (const entry of found.values) {
          if (!best || entry.order < best.order || (entry.order === best.order && entry.keywordIndex < best.keywordIndex)) {
            best = entry;
          }
        }
      }
      return best ? build(best) : null;
    },
    matches(question: string): Answer[] {
      const q = normalizeQuestion(question);
      if (q === '') return [];
      const byOrder = new Map<number, Entry>();
      for (const found of contains.search(q)) {
        for (const entry of found.values) {
          const seen = byOrder.get(entry.order);
          if (!seen || entry.keywordIndex < seen.keywordIndex) byOrder.set(entry.order, entry);
        }
      }
      const containsHits = [...byOrder.values()].sort((a, b) => a.order - b.order).map(build);
      // Every exact rule whose keyword equals the question, in backend order, goes first.
      const exactHits: Answer[] = [];
      items.forEach((item) => {
        if (item.kind !== 'keyword_rule' || rules[item.index].match !== 'exact') return;
        const k = keywordsOf[item.order].findIndex((kw) => normalizeKeyword(kw) === q);
        if (k >= 0) exactHits.push(build({ order: item.order, keywordIndex: k }));
      });
      return [...exactHits, ...containsHits];
    },
  };
}
