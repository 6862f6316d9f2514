// What config rules see: the config (as written and with variables filled), every text in
// backend order, and every keyword with its owner — computed once per lint run and shared,
// so each rule stays a small function of data.
import type { Config, ConfigPath, MatchMode } from '../config/types.js';
import type { FieldId } from '../backend/profile.js';
import { backendProfile } from '../backend/profile.js';
import type { Lang, Localized } from '../i18n.js';
import { KeywordIndex, normalizeKeyword } from './keyword-index.js';

export type TextKind =
  | 'welcome'
  | 'quick_question'
  | 'keyword'
  | 'reply'
  | 'card_name'
  | 'card_keyword'
  | 'card_reply';

/** One text of the config, as written (`raw`) and as the buyer receives it (`text`). */
export interface ConfigText {
  readonly path: ConfigPath;
  readonly kind: TextKind;
  readonly raw: string;
  readonly text: string;
  /** The backend field it is pasted into, for limits. */
  readonly field?: FieldId;
}

/** A keyword rule or product card: the things the backend matches questions against. */
export interface MatchItem {
  readonly kind: 'keyword_rule' | 'product_card';
  readonly index: number;
  readonly id: string;
  readonly path: ConfigPath;
  /** Position in backend order (keyword rules first, then product cards). */
  readonly order: number;
  readonly match: MatchMode;
}

export interface KeywordEntry {
  readonly item: MatchItem;
  readonly path: ConfigPath;
  /** Index of the keyword within its item. */
  readonly index: number;
  /** As the buyer-facing text reads (variables filled). */
  readonly text: string;
  readonly norm: string;
}

export interface PositionLike {
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
}

export interface ConfigRuleContext {
  readonly config: Config;
  readonly resolved: Config;
  readonly lang: Lang;
  texts(): readonly ConfigText[];
  items(): readonly MatchItem[];
  keywords(): readonly KeywordEntry[];
  /** All keywords (normalized), each mapping to its entries in backend order. */
  keywordIndex(): KeywordIndex<KeywordEntry>;
  /** A human pointer to a place in the config, e.g. `keyword_rules[2]「returns」（第 12 行）`. */
  where(path: ConfigPath): Localized;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function getAt(root: unknown, path: ConfigPath): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

export function pathToString(path: ConfigPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** Every text in the order the backend shows them: welcome, quick questions, rules, cards. */
export function collectTexts(config: Config, resolved: Config): ConfigText[] {
  const texts: ConfigText[] = [];
  const push = (path: ConfigPath, kind: TextKind, field?: FieldId) => {
    const raw = str(getAt(config, path));
    const text = str(getAt(resolved, path));
    if (raw === undefined && text === undefined) return;
    texts.push({ path, kind, raw: raw ?? text ?? '', text: text ?? raw ?? '', field });
  };
  push(['welcome', 'text'], 'welcome', 'welcome.text');
  list(config.welcome?.quick_questions).forEach((_, i) =>
    push(['welcome', 'quick_questions', i], 'quick_question', 'quick_questions.item'),
  );
  list(config.keyword_rules).forEach((_, i) => {
    list(getAt(config, ['keyword_rules', i, 'keywords'])).forEach((__, j) =>
      push(['keyword_rules', i, 'keywords', j], 'keyword', 'keyword_rules.keyword'),
    );
    push(['keyword_rules', i, 'reply'], 'reply', 'keyword_rules.reply');
  });
  list(config.product_cards).forEach((_, i) => {
    push(['product_cards', i, 'name'], 'card_name');
    list(getAt(config, ['product_cards', i, 'keywords'])).forEach((__, j) =>
      push(['product_cards', i, 'keywords', j], 'card_keyword', 'product_cards.keyword'),
    );
    push(['product_cards', i, 'reply'], 'card_reply', 'product_cards.reply');
  });
  return texts;
}

export function collectItems(config: Config): MatchItem[] {
  const items: MatchItem[] = [];
  list(config.keyword_rules).forEach((rule, i) => {
    const r = (rule ?? {}) as { id?: unknown; match?: unknown };
    items.push({
      kind: 'keyword_rule',
      index: i,
      id: str(r.id) ?? `#${i + 1}`,
      path: ['keyword_rules', i],
      order: items.length,
      match: r.match === 'exact' ? 'exact' : r.match === 'contains' ? 'contains' : backendProfile.matching.defaultMode,
    });
  });
  list(config.product_cards).forEach((card, i) => {
    const c = (card ?? {}) as { id?: unknown };
    // Cards have no match setting in the backend; they answer when a keyword is contained.
    items.push({
      kind: 'product_card',
      index: i,
      id: str(c.id) ?? `#${i + 1}`,
      path: ['product_cards', i],
      order: items.length,
      match: 'contains',
    });
  });
  return items;
}

export function createContext(
  config: Config,
  resolved: Config,
  options: { lang?: Lang; positionOf?: (path: ConfigPath) => PositionLike } = {},
): ConfigRuleContext {
  let texts: ConfigText[] | undefined;
  let items: MatchItem[] | undefined;
  let keywords: KeywordEntry[] | undefined;
  let index: KeywordIndex<KeywordEntry> | undefined;
  const ctx: ConfigRuleContext = {
    config,
    resolved,
    lang: options.lang ?? 'zh',
    texts: () => (texts ??= collectTexts(config, resolved)),
    items: () => (items ??= collectItems(config)),
    keywords() {
      if (keywords) return keywords;
      keywords = [];
      for (const item of ctx.items()) {
        list(getAt(resolved, [...item.path, 'keywords'])).forEach((k, j) => {
          const text = str(k);
          if (text === undefined) return;
          keywords!.push({ item, path: [...item.path, 'keywords', j], index: j, text, norm: normalizeKeyword(text) });
        });
      }
      return keywords;
    },
    keywordIndex() {
      if (index) return index;
      index = new KeywordIndex<KeywordEntry>();
      for (const entry of ctx.keywords()) index.addNormalized(entry.norm, entry);
      return index;
    },
    where(path) {
      const p = pathToString(path);
      const itemPath = path.length >= 2 && typeof path[1] === 'number' ? path.slice(0, 2) : undefined;
      const id = itemPath ? str(getAt(config, [...itemPath, 'id'])) : undefined;
      const pos = options.positionOf?.(path);
      const line = pos?.line;
      return {
        zh: `${p}${id ? `「${id}」` : ''}${line ? `（第 ${line} 行）` : ''}`,
        en: `${p}${id ? ` "${id}"` : ''}${line ? ` (line ${line})` : ''}`,
      };
    },
  };
  return ctx;
}
