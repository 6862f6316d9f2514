// The whole config's findings for the status line, the lists and the review screen, through
// the same engine as `xhs-reply lint` (lintConfigFindings). What makes it cheap enough to run
// on every keystroke: the text linter it is given remembers each text's messages, so after
// one keystroke only the edited text is linted again; the config rules are near-linear.
import type { Config, ConfigPath } from '../config/types.js';
import { resolveConfig } from '../config/vars.js';
import { lintConfigFindings, type ConfigFinding, type ConfigSubject } from '../lint/config-engine.js';
import { configRules } from '../lint/config-rules.js';
import { contentRules, lintText } from '../lint/engine.js';
import { keywordSpan, type FieldFinding } from './model.js';
import type { LintMessage } from '../lint/types.js';

export interface ReviewFinding {
  readonly path: ConfigPath;
  readonly ruleId: string;
  readonly severity: 1 | 2;
  readonly message: string;
  readonly suggestion?: string;
  /** The offending span in the text at `path` as written, when the finding has one. */
  readonly start?: number;
  readonly end?: number;
}

export interface LintCache {
  readonly lintText: typeof lintText;
  readonly size: () => number;
  /** The keyword rules' findings for the keywords as they were last (see reviewFindings). */
  keywordPass?: { readonly key: string; readonly findings: readonly ConfigFinding[] };
}

/** Bounded so a long session of typing does not grow memory without end. */
const MAX_ENTRIES = 50_000;

export function createLintCache(): LintCache {
  // Settings → (text → messages). The engine passes the same settings objects for a whole
  // run, so their key is computed once per run, not once per text.
  const bySettings = new Map<string, Map<string, LintMessage[]>>();
  const settingsKeys = new WeakMap<object, string>();
  let size = 0;
  const settingsKey = (options: Parameters<typeof lintText>[1] = {}): string => {
    const rules = options.rules ?? EMPTY;
    let rulesKey = settingsKeys.get(rules);
    if (rulesKey === undefined) settingsKeys.set(rules, (rulesKey = JSON.stringify(rules)));
    const allow = options.allow ?? EMPTY_LIST;
    let allowKey = settingsKeys.get(allow);
    if (allowKey === undefined) settingsKeys.set(allow, (allowKey = allow.join('\u0002')));
    return `${rulesKey}\u0001${allowKey}\u0001${options.lang ?? 'zh'}\u0001${options.keyword === true ? 'k' : ''}\u0001${options.secondOpinion === false ? 'm' : ''}`;
  };
  const cached: typeof lintText = (text, options = {}) => {
    const key = settingsKey(options);
    let texts = bySettings.get(key);
    if (!texts) bySettings.set(key, (texts = new Map()));
    const hit = texts.get(text);
    if (hit) return hit;
    const messages = lintText(text, options);
    if (size >= MAX_ENTRIES) {
      bySettings.clear();
      size = 0;
      bySettings.set(key, (texts = new Map()));
    }
    texts.set(text, messages);
    size++;
    return messages;
  };
  return { lintText: cached, size: () => size };
}

const EMPTY = {};
const EMPTY_LIST: readonly string[] = [];

const TOP_ORDER = ['shop', 'vars', 'welcome', 'keyword_rules', 'product_cards', 'follow_ups', 'lint'];
const FIELD_ORDER = ['text', 'quick_questions', 'product_id', 'name', 'keywords', 'match', 'reply', 'scene', 'delay_minutes'];

function compareRank(a: ConfigPath, b: ConfigPath): number {
  const rank = (p: ConfigPath) => [
    TOP_ORDER.indexOf(String(p[0])),
    typeof p[1] === 'number' ? p[1] : FIELD_ORDER.indexOf(String(p[1])),
    typeof p[2] === 'number' ? p[2] : FIELD_ORDER.indexOf(String(p[2] ?? '')),
    typeof p[3] === 'number' ? p[3] : 0,
  ];
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return 0;
}

/**
 * The in-memory config as the engine's subject. It has no file lines (line 0: messages then
 * name rules by their number, never 「第 1 行」); the column carries the offset in the text,
 * so a finding's span can be marked in the field.
 */
export function subjectOf(config: Config, file = 'xhs-reply.yaml'): ConfigSubject {
  return {
    file,
    config,
    resolved: resolveConfig(config),
    positionOf: (_path, options) => ({ file, line: 0, col: (options?.offset ?? 0) + 1 }),
  };
}

/**
 * The config rules that look only at keywords (their text, match mode, owner and order).
 * Typing a reply cannot change what they find, so their pass is reused until a keyword,
 * a match mode, the order of rules, a variable or the lint settings change.
 */
const KEYWORD_RULES = new Set(['keyword-conflict', 'keyword-shadowed', 'keyword-too-broad']);
const off = (ids: Iterable<string>) => Object.fromEntries([...ids].map((id) => [id, 'off' as const]));
const OTHER_RULES_OFF = off([...configRules.map((r) => r.id).filter((id) => !KEYWORD_RULES.has(id)), ...contentRules.map((r) => r.id)]);
const KEYWORD_RULES_OFF = off(KEYWORD_RULES);

function keywordKey(config: Config): string {
  const items = (list: unknown) => (Array.isArray(list) ? list.map((x) => [x?.id, x?.keywords, x?.match]) : null);
  return JSON.stringify([items(config.keyword_rules), items(config.product_cards), config.vars, config.shop, config.lint]);
}

/** Every finding of the config: errors first, each group in the backend's order. */
export function reviewFindings(config: Config, cache: LintCache): ReviewFinding[] {
  const subject = subjectOf(config);
  const key = keywordKey(config);
  if (cache.keywordPass?.key !== key) {
    // The shop's own severities still apply to the keyword rules: only the others are off.
    const findings = lintConfigFindings(subject, { lang: 'zh', rules: { ...config.lint?.rules, ...OTHER_RULES_OFF }, lintText: () => [] });
    cache.keywordPass = { key, findings };
  }
  const rest = lintConfigFindings(subject, { lang: 'zh', rules: { ...config.lint?.rules, ...KEYWORD_RULES_OFF }, lintText: cache.lintText });
  return [...cache.keywordPass.findings, ...rest]
    .map((f) => ({
      path: f.path,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
      ...(f.endColumn > f.column ? { start: f.column - 1, end: f.endColumn - 1 } : {}),
    }))
    // Errors first: they block the export; within each, the backend's order.
    .sort((a, b) => b.severity - a.severity || compareRank(a.path, b.path));
}

export function countFindings(findings: readonly ReviewFinding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 2) errors++;
  return { errors, warnings: findings.length - errors };
}

/** Error and warning counts per rule or card, for the list screens. */
export function countsByItem(findings: readonly ReviewFinding[], top: 'keyword_rules' | 'product_cards' | 'follow_ups'): Map<number, { errors: number; warnings: number }> {
  const out = new Map<number, { errors: number; warnings: number }>();
  for (const f of findings) {
    if (f.path[0] !== top || typeof f.path[1] !== 'number') continue;
    const c = out.get(f.path[1]) ?? { errors: 0, warnings: 0 };
    if (f.severity === 2) c.errors++;
    else c.warnings++;
    out.set(f.path[1], c);
  }
  return out;
}

const CONFIG_RULE_IDS = new Set(configRules.map((r) => r.id));

const startsWith = (path: ConfigPath, prefix: ConfigPath): boolean => prefix.every((k, i) => path[i] === k);

/**
 * The whole-config findings (keyword-shadowed, keyword-conflict, max-length …) that belong to
 * one field, as the field marks them: a keyword's finding spans that keyword in the field's
 * text. Content findings are left out: the field lints its own text live.
 */
export function fieldConfigFindings(path: ConfigPath | undefined, value: string, kind: 'text' | 'keywords', findings: readonly ReviewFinding[]): FieldFinding[] {
  if (!path) return [];
  const out: FieldFinding[] = [];
  for (const f of findings) {
    if (!CONFIG_RULE_IDS.has(f.ruleId) || !startsWith(f.path, path)) continue;
    let span: { start: number; end: number } | undefined;
    if (kind === 'keywords' && f.path.length === path.length + 1) span = keywordSpan(value, Number(f.path[path.length]));
    else if (f.path.length === path.length && f.start !== undefined && f.end !== undefined) span = { start: f.start, end: f.end };
    else if (f.path.length !== path.length) continue;
    out.push({ ruleId: f.ruleId, severity: f.severity, message: f.message, start: span?.start ?? 0, end: span?.end ?? 0 });
  }
  return out;
}

/**
 * The finding the status line names when nothing else is said: the first one of the rule or
 * card being edited (its focused field first), or of the selected one in a list, or of the
 * focused field of a form.
 */
export function statusFinding(
  where: { screen: string; item?: { top: 'keyword_rules' | 'product_cards' | 'follow_ups'; index: number }; field?: ConfigPath },
  findings: readonly ReviewFinding[],
): ReviewFinding | undefined {
  if (where.field) {
    const own = findings.find((f) => startsWith(f.path, where.field!));
    if (own) return own;
  }
  if (where.item) return findings.find((f) => f.path[0] === where.item!.top && f.path[1] === where.item!.index);
  return undefined;
}
