// The text-lint kernel: normalizes a text once, runs every enabled content rule over it,
// maps findings back to the original text, drops allowed words, merges overlapping findings
// of one rule and renders messages that quote the original span. Knows nothing of files,
// configs or output formats.
import { pick, type Lang } from '../i18n.js';
import type { ContentRule, Finding } from './define-rule.js';
import { prepareScans } from './context.js';
import { normalize, type NormalizedText } from './normalize.js';
import { inRefusal, insidePair, originalRefusalScopes } from './refusal.js';
import { contentRuleList } from './rules/index.js';
import { secondOpinion, shippedModel } from './second-opinion/index.js';
import { reachable } from './second-opinion/model.js';
import type { LintMessage, RuleMeta, SeverityLevel } from './types.js';

export type RuleSetting = 'off' | 'warning' | 'error';

export interface LintTextOptions {
  /** Per-rule severity overrides; unknown ids are ignored (config-lint reports them). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Words that are fine for this shop: a finding inside one of them is dropped. */
  allow?: readonly string[];
  lang?: Lang;
  /** The text is a keyword (buyers type it, it is never shown to them): only the rules marked
   *  `onKeywords` run. Every place that lints keywords (config lint, live field lint, export
   *  sheet, imported sheets) says so here, so no caller can re-flag 加微信 as a question. */
  keyword?: boolean;
  /** The learned second opinion (second-opinion/): on unless false (`--no-model`, config
   *  `lint.model: false`). It never runs on keywords. */
  secondOpinion?: boolean;
}

/** Metadata of the content rules, sorted by id. */
export const contentRules: readonly RuleMeta[] = Object.freeze(
  contentRuleList.map(({ id, severity, description, protects }) => Object.freeze({ id, severity, description, protects })),
);

/** A rule's finding placed on the original text, between running the rules and writing messages.
 *  `rule` is the rule's index in the list linted with; plain data, so a check worker thread can
 *  hand it over (commands/check-threads.ts). */
export interface PlacedFinding {
  readonly rule: number;
  start: number;
  end: number;
  finding: Finding;
}

const QUOTE_MAX = 40;

function quoteOf(original: string, start: number, end: number): string {
  const q = original.slice(start, end);
  return q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1)}…` : q;
}

function render(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, key: string) => data[key] ?? all);
}

const allowCache = new Map<string, string>();

function normalizedWord(word: string): string {
  let n = allowCache.get(word);
  if (n === undefined) {
    n = normalize(word).text;
    if (allowCache.size > 2000) allowCache.clear();
    allowCache.set(word, n);
  }
  return n;
}

/** Original-text spans of every occurrence of an allowed word, found both as typed and in the
 *  normalized view (so an allowed 'QQ糖' also covers 'ＱＱ糖'). */
function allowedSpans(text: ReturnType<typeof normalize>, allow: readonly string[]): number[] {
  const spans: number[] = [];
  for (const word of allow) {
    if (!word) continue;
    for (let at = text.original.indexOf(word); at >= 0; at = text.original.indexOf(word, at + 1)) {
      spans.push(at, at + word.length);
    }
    const n = normalizedWord(word);
    if (!n) continue;
    for (let at = text.text.indexOf(n); at >= 0; at = text.text.indexOf(n, at + 1)) {
      const o = text.toOriginal(at, at + n.length);
      spans.push(o.start, o.end);
    }
  }
  return spans;
}

function severityOf(rule: ContentRule, setting: RuleSetting | undefined): SeverityLevel | 0 {
  const s = setting ?? rule.severity;
  return s === 'off' ? 0 : s === 'warning' ? 1 : 2;
}

export function lintText(text: string, options: LintTextOptions = {}): LintMessage[] {
  return lintTextWith(contentRuleList, text, options);
}

/** lintText with an explicit rule list (tests, and tools that run a subset). */
export function lintTextWith(rules: readonly ContentRule[], text: string, options: LintTextOptions = {}): LintMessage[] {
  const normalized = normalize(text);
  // One walk over the text decides, for every gated rule pattern, whether and where it can match.
  prepareScans(normalized.text);
  return finishLint(rules, text, normalized, placeFindings(rules, text, normalized, options), options);
}

/** A rule's quietsModel, guarded like its check: a bug in it must not take the lint down (the model is then asked). */
function quiets(rule: ContentRule, normalized: NormalizedText): boolean {
  if (rule.quietsModel === undefined) return false;
  try {
    return rule.quietsModel(normalized);
  } catch {
    return false;
  }
}

/** A text linted by some of the rules, waiting for the findings of the others (lintPart). */
export interface PartLint {
  readonly text: string;
  readonly normalized: NormalizedText;
  readonly placed: PlacedFinding[];
}

/**
 * The first half of lintText split between two threads (commands/check.ts): the text normalized
 * and the findings of the content rules `runs` allows (by index in contentRuleList). finishPart
 * then takes the other rules' findings, as placedFindings gave them in the other thread. `given`:
 * the text already normalized (in the other thread: normalize.ts normalizedAs).
 */
export function lintPart(text: string, options: LintTextOptions, runs: (rule: number) => boolean, given?: NormalizedText): PartLint {
  const normalized = given ?? normalize(text);
  prepareScans(normalized.text);
  return { text, normalized, placed: placeFindings(contentRuleList, text, normalized, options, runs) };
}

/** The findings of the content rules `runs` allows, placed on `text` (the other thread's half). */
export function placedFindings(text: string, options: LintTextOptions, runs: (rule: number) => boolean): PlacedFinding[] {
  return lintPart(text, options, runs).placed;
}

/** The `runs` test of lintPart and placedFindings for the content rules named in `ids`. */
export function rulesNamed(ids: Iterable<string>): (rule: number) => boolean {
  const named = new Set(ids);
  const mask = contentRuleList.map((r) => named.has(r.id));
  return (rule) => mask[rule];
}

/** Whether content rule `id` runs under `options` (not turned off there or by default). */
export function contentRuleOn(id: string, options: LintTextOptions): boolean {
  const rule = contentRuleList.find((r) => r.id === id);
  return rule !== undefined && severityOf(rule, options.rules?.[id]) !== 0;
}

/** The messages of a text linted in two halves: the same as lintText's, given the findings of the
 *  rules lintPart left out. `reach`: modelMayReach of the text when the other thread worked it out
 *  (modelMaySpeak), so it is not worked out again here; undefined: not known. */
export function finishPart(part: PartLint, others: readonly PlacedFinding[], options: LintTextOptions = {}, reach?: boolean): LintMessage[] {
  return finishLint(contentRuleList, part.text, part.normalized, mergePlaced(part.placed, others), options, reach);
}

/**
 * Whether the learned second opinion may speak on this normalized text under `options` (finishPart
 * `reach`): false when it is off, or when its bound reaches no rule's threshold even with every
 * rule asked (modelMayReach) — then it says nothing whatever the rules found. A split check
 * (commands/check-threads.ts) has the worker work this out for the texts it gets to before the
 * front thread does: the bound is a walk over every text, the largest single item of the front
 * thread's lint once the worker runs its rules.
 */
export function modelMaySpeak(normalized: NormalizedText, options: LintTextOptions): boolean {
  return secondOpinionAsked(options) && modelMayReach(normalized.text);
}

/** Whether the learned second opinion is asked at all under `options`: it is on, and the text is
 *  not a buyer keyword (content rules and the model read only what buyers see, SPEC §3). */
export function secondOpinionAsked(options: LintTextOptions): boolean {
  return options.secondOpinion !== false && options.keyword !== true;
}

/** Two lists of placed findings of different rules, each in rule order, as one in rule order (the
 *  order placeFindings gives for all the rules at once). */
function mergePlaced(a: PlacedFinding[], b: readonly PlacedFinding[]): PlacedFinding[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b as PlacedFinding[];
  const out: PlacedFinding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].rule < b[j].rule) ? a[i++] : b[j++]);
  return out;
}

/** Runs the rules (those `runs` allows, when given) over the normalized text and returns their
 *  findings on the original text, in rule order: one per stretch of text per rule. */
function placeFindings(
  rules: readonly ContentRule[],
  text: string,
  normalized: ReturnType<typeof normalize>,
  options: LintTextOptions,
  runs?: (rule: number) => boolean,
): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  let r = 0;
  let found: PlacedFinding[] = [];
  // One report function per text (not per rule): allocation matters at 100k texts a second.
  const report = (finding: Finding): void => {
    let start = finding.start;
    let end = finding.end;
    if (!finding.raw) {
      const o = normalized.toOriginal(start, end);
      start = o.start;
      end = o.end;
    }
    if (!(start >= 0 && end <= text.length && start < end)) return;
    found.push({ rule: r, start, end, finding });
  };
  const keyword = options.keyword === true;
  // Index loops, not for-of: the loop variable is captured by `report`, and V8 then kept an
  // iterator result per step (a sixth of the engine's own allocation in bulk runs).
  for (r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (runs !== undefined && !runs(r)) continue;
    if (severityOf(rule, options.rules?.[rule.id]) === 0) continue;
    if (keyword && rule.onKeywords !== true) continue;
    if (found.length > 0) found = [];
    try {
      rule.check(normalized, report);
    } catch {
      // A rule bug must never take the whole lint down; the other rules still report.
      continue;
    }
    if (found.length === 0) continue;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    // One finding per stretch of text per rule: "微信：shop_kf01" is one contact, not two, and
    // touching findings read as one phrase (史上 + 最低价, 扫码 + 进群).
    let last: PlacedFinding | undefined;
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      if (last !== undefined && f.start <= last.end) {
        if (f.end > last.end) {
          last.end = f.end;
          if (last.finding.fix !== undefined) last.finding = { ...last.finding, fix: undefined };
        }
        continue;
      }
      placed.push(f);
      last = f;
    }
  }
  return placed;
}

/** The messages of the placed findings: allowed words and refusal scopes dropped, the learned
 *  second opinion added, sorted. */
function finishLint(
  rules: readonly ContentRule[],
  text: string,
  normalized: ReturnType<typeof normalize>,
  placed: readonly PlacedFinding[],
  options: LintTextOptions,
  reach?: boolean,
): LintMessage[] {
  const lang = options.lang ?? 'zh';
  const keyword = options.keyword === true;
  const allowed = options.allow?.length ? allowedSpans(normalized, options.allow) : [];
  const messages: LintMessage[] = [];
  // Refusal scopes are worked out only for texts with a finding (few of them in bulk runs).
  let scopes: number[] | undefined;
  for (let k = 0; k < placed.length; k++) {
    const p = placed[k];
    const rule = rules[p.rule];
    if (insidePair(allowed, p.start, p.end)) continue;
    if (rule.refusalScope !== false) {
      scopes ??= originalRefusalScopes(normalized);
      if (inRefusal(text, scopes, p.start, p.end)) continue;
    }
    const template = rule.messages[p.finding.messageId];
    const data = { ...p.finding.data, quote: quoteOf(text, p.start, p.end) };
    const message: LintMessage = {
      ruleId: rule.id,
      severity: severityOf(rule, options.rules?.[rule.id]) as SeverityLevel,
      message: template ? render(pick(template, lang), data) : data.quote,
      start: p.start,
      end: p.end,
    };
    if (p.finding.suggestion !== undefined) message.suggestion = p.finding.suggestion;
    if (p.finding.fix !== undefined) message.fix = { start: p.start, end: p.end, text: p.finding.fix };
    messages.push(message);
  }
  if (secondOpinionAsked(options) && (reach ?? modelMayReach(normalized.text))) {
    // Asked only about rules that are on and found nothing here; its warnings go through the same
    // allowed words and refusal scopes as the rules' findings.
    const severity = (id: string): SeverityLevel | 0 => {
      for (const r of rules) if (r.id === id) return quiets(r, normalized) ? 0 : severityOf(r, options.rules?.[id]);
      return 0;
    };
    const second = secondOpinion(normalized, messages, severity, lang);
    for (let k = 0; k < second.length; k++) {
      const m = second[k];
      if (insidePair(allowed, m.start, m.end)) continue;
      scopes ??= originalRefusalScopes(normalized);
      if (inRefusal(text, scopes, m.start, m.end)) continue;
      messages.push(m);
    }
  }
  messages.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return messages;
}

const EVERY_RULE: boolean[] = [];

/**
 * Whether the learned second opinion's bound (model.ts reachable) reaches some rule's threshold on
 * `text` with every rule asked. When it does not — nearly every text of a bulk run — the model
 * says nothing whichever rules it is then asked about, so the engine skips working out which
 * (each rule's severity, and review-inducement's quietsModel, a regex over the whole text). The
 * few texts that pass are walked again with the rules actually asked.
 */
function modelMayReach(text: string): boolean {
  const model = shippedModel();
  while (EVERY_RULE.length < model.rules.length) EVERY_RULE.push(true);
  return reachable(model, text, EVERY_RULE);
}

/** Applies the safe fixes of `messages` to `text` (non-overlapping, first one wins), as
 *  textlint's fixer does: one declarative replace per finding. */
export function applyFixes(text: string, messages: readonly LintMessage[]): string {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is NonNullable<LintMessage['fix']> => f !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const f of fixes) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.text;
    at = f.end;
  }
  return out + text.slice(at);
}
