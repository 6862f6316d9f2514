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
  | 'card_reply'
  | 'follow_up';

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

const FIELD_LABELS: Record<string, Localized> = {
  keywords: { zh: '的关键词', en: ' keywords' },
  reply: { zh: '的回复', en: ' reply' },
  name: { zh: '的名称', en: ' name' },
};

/**
 * A place in the merchant's words: 「关键词规则「returns」的回复」 reads right both for a YAML
 * file and for a sheet whose rules have no paths, only names.
 */
export function describePath(config: Config, path: ConfigPath): Localized {
  const [head, index, fieldName] = path;
  if ((head === 'keyword_rules' || head === 'product_cards') && typeof index === 'number') {
    const id = str(getAt(config, [head, index, 'id']));
    const kind = head === 'keyword_rules' ? { zh: '关键词规则', en: 'keyword rule' } : { zh: '商品卡片', en: 'product card' };
    const name = id ? { zh: `${kind.zh}「${id}」`, en: `${kind.en} "${id}"` } : { zh: `第 ${index + 1} 条${kind.zh}`, en: `${kind.en} #${index + 1}` };
    const label = typeof fieldName === 'string' ? FIELD_LABELS[fieldName] : undefined;
    return label ? { zh: name.zh + label.zh, en: name.en + label.en } : name;
  }
  if (head === 'follow_ups' && typeof index === 'number') {
    const id = str(getAt(config, [head, index, 'id']));
    const name = id ? { zh: `跟单消息「${id}」`, en: `follow-up "${id}"` } : { zh: `第 ${index + 1} 条跟单消息`, en: `follow-up #${index + 1}` };
    return name;
  }
  if (head === 'welcome' && path[1] === 'text') return { zh: '欢迎语', en: 'the welcome text' };
  if (head === 'welcome' && path[1] === 'quick_questions' && typeof path[2] === 'number') {
    return { zh: `第 ${path[2] + 1} 个快捷问题`, en: `quick question #${path[2] + 1}` };
  }
  const p = pathToString(path);
  return { zh: p, en: p };
}

export function pathToString(path: ConfigPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** Where each kind of text sits; the path is built on demand (a big config has 50,000 texts). */
const TEXT_PATHS: Record<TextKind, (i: number, j: number) => ConfigPath> = {
  welcome: () => ['welcome', 'text'],
  quick_question: (i) => ['welcome', 'quick_questions', i],
  keyword: (i, j) => ['keyword_rules', i, 'keywords', j],
  reply: (i) => ['keyword_rules', i, 'reply'],
  card_name: (i) => ['product_cards', i, 'name'],
  card_keyword: (i, j) => ['product_cards', i, 'keywords', j],
  card_reply: (i) => ['product_cards', i, 'reply'],
  follow_up: (i) => ['follow_ups', i, 'text'],
};

class Text implements ConfigText {
  constructor(
    readonly kind: TextKind,
    private readonly i: number,
    private readonly j: number,
    readonly raw: string,
    readonly text: string,
    readonly field?: FieldId,
  ) {}
  get path(): ConfigPath {
    return TEXT_PATHS[this.kind](this.i, this.j);
  }
}

type Obj = Record<string, unknown> | undefined;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);

/** Every text in the order the backend shows them: welcome, quick questions, rules, cards, follow-ups. */
export function collectTexts(config: Config, resolved: Config): ConfigText[] {
  const texts: ConfigText[] = [];
  const push = (rawValue: unknown, resolvedValue: unknown, kind: TextKind, i: number, j: number, field?: FieldId) => {
    const raw = str(rawValue);
    const text = str(resolvedValue);
    if (raw === undefined && text === undefined) return;
    texts.push(new Text(kind, i, j, raw ?? text ?? '', text ?? raw ?? '', field));
  };
  const w = obj(config.welcome);
  const rw = obj(resolved.welcome);
  push(w?.text, rw?.text, 'welcome', 0, 0, 'welcome.text');
  const rq = list(rw?.quick_questions);
  list(w?.quick_questions).forEach((q, i) => push(q, rq[i], 'quick_question', i, 0, 'quick_questions.item'));
  const rRules = list(resolved.keyword_rules);
  list(config.keyword_rules).forEach((rule, i) => {
    const r = obj(rule);
    const rr = obj(rRules[i]);
    const rk = list(rr?.keywords);
    list(r?.keywords).forEach((k, j) => push(k, rk[j], 'keyword', i, j, 'keyword_rules.keyword'));
    push(r?.reply, rr?.reply, 'reply', i, 0, 'keyword_rules.reply');
  });
  const rCards = list(resolved.product_cards);
  list(config.product_cards).forEach((card, i) => {
    const c = obj(card);
    const rc = obj(rCards[i]);
    push(c?.name, rc?.name, 'card_name', i, 0);
    const rk = list(rc?.keywords);
    list(c?.keywords).forEach((k, j) => push(k, rk[j], 'card_keyword', i, j, 'product_cards.keyword'));
    push(c?.reply, rc?.reply, 'card_reply', i, 0, 'product_cards.reply');
  });
  const rFollowUps = list(resolved.follow_ups);
  list(config.follow_ups).forEach((f, i) => {
    push(obj(f)?.text, obj(rFollowUps[i])?.text, 'follow_up', i, 0, 'follow_ups.text');
  });
  return texts;
}

class Entry implements KeywordEntry {
  constructor(
    readonly item: MatchItem,
    readonly index: number,
    readonly text: string,
    readonly norm: string,
  ) {}
  get path(): ConfigPath {
    return [...this.item.path, 'keywords', this.index];
  }
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
        const owner = obj(list(item.kind === 'keyword_rule' ? resolved.keyword_rules : resolved.product_cards)[item.index]);
        list(owner?.keywords).forEach((k, j) => {
          const text = str(k);
          if (text === undefined) return;
          keywords!.push(new Entry(item, j, text, normalizeKeyword(text)));
        });
      }
      return keywords;
    },
    keywordIndex() {
      if (index) return index;
      const entries = ctx.keywords();
      let capacity = 0;
      for (const entry of entries) capacity += entry.norm.length;
      index = new KeywordIndex<KeywordEntry>(undefined, { capacity });
      for (const entry of entries) index.addNormalized(entry.norm, entry);
      return index;
    },
    where(path) {
      const pos = options.positionOf?.(path);
      const line = pos?.line;
      const place = describePath(config, path);
      // Without a file line (the app, a pasted sheet), a rule known by its id gets its
      // number, as the app lists rules: 「关键词规则「discount」（第 9 条）」.
      const [top, index] = path;
      const numbered = pos !== undefined && !line && (top === 'keyword_rules' || top === 'product_cards') && typeof index === 'number' && !place.zh.startsWith('第');
      const n = typeof index === 'number' ? index + 1 : 0;
      return {
        zh: `${place.zh}${line ? `（第 ${line} 行）` : numbered ? `（第 ${n} ${top === 'keyword_rules' ? '条' : '张'}）` : ''}`,
        en: `${place.en}${line ? ` (line ${line})` : numbered ? ` (#${n})` : ''}`,
      };
    },
  };
  return ctx;
}
