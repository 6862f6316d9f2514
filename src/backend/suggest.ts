// `coverage --suggest`: for each group of unanswered questions, the short core the group shares
// as a keyword, and where it belongs — an existing rule whose keywords already name the topic,
// or a new rule whose reply the merchant writes. Every suggestion is tried on a copy of the
// config against the keyword rules (conflict, shadowed, too broad, keywords per rule) before it
// is offered, and suggestions build on each other, so applying all of them stays lint-clean.
// Pure: config in, suggestions and the changed config out; the command writes the file.
import type { Config, KeywordRule } from '../config/types.js';
import { resolveConfig } from '../config/vars.js';
import type { Localized } from '../i18n.js';
import { createContext } from '../lint/config-context.js';
import { getConfigRule, type ConfigReport } from '../lint/config-rules.js';
import { normalizeKeyword } from '../lint/keyword-index.js';
import { groupUnanswered, type UnansweredGroup } from './coverage.js';
import { buildMatcher } from './matcher.js';

/** The config rules a new keyword must pass; content rules never run on keywords. */
const KEYWORD_CHECKS = ['keyword-conflict', 'keyword-shadowed', 'keyword-too-broad', 'max-length'] as const;

/** Particles and pronouns never start or end a core: 「吗发票」 is not what buyers share. */
const EDGE_STOP = new Set([...'的了吗呢吧啊呀么哦嘛哈噢个是我你您亲请这那就都也很和一下在有能要可不没还']);
const HAN = /\p{Script=Han}/u;
const MAX_CORE = 6;
/** Conversational words that name no topic, however often a group shares them. */
const CHATTER = new Set(['意思', '麻烦', '问题', '知道', '需要', '想问', '处理', '操作', '情况', '帮忙', '时间', '这样', '还是', '应该', '直接', '然后', '谢谢', '好的', '确认', '看看', '看下', '查下', '回复', '联系']);
/** A core found in questions that this many different rules answer is phrasing, not a topic. */
const FILLER_RULES = 3;

export type SuggestionTarget =
  | { readonly kind: 'existing'; readonly index: number; readonly id: string }
  | { readonly kind: 'new'; readonly id: string };

export interface Suggestion {
  readonly group: UnansweredGroup;
  /** The keyword to add, as buyers write it. */
  readonly keyword: string;
  readonly target: SuggestionTarget;
  /** Unanswered questions (of the whole file) the keyword would answer. */
  readonly answers: number;
  /** Why it was not offered: the first keyword-rule finding it would cause. */
  readonly rejected?: { readonly ruleId: string; readonly message: Localized };
}

export interface SuggestResult {
  readonly suggestions: readonly Suggestion[];
  /** Cores left out as filler: they run through questions that several different rules answer. */
  readonly filler: readonly string[];
  /** The config with every offered suggestion applied. */
  readonly config: Config;
  /** Questions answered before and after applying them. */
  readonly before: number;
  readonly after: number;
  readonly total: number;
}

export interface SuggestOptions {
  /** At most this many groups are looked at (largest first). */
  readonly limit?: number;
  /** Groups smaller than this are one-offs, not a pattern worth a keyword. */
  readonly minCount?: number;
}

/**
 * The longest string around the group's term that most of its distinct questions share
 * (「开发票」 when most say 开发票, else 「发票」), never starting or ending on a particle.
 */
export function groupCore(group: UnansweredGroup): string | null {
  if (!group.term) return null;
  const texts = [...new Set(group.questions.map((q) => normalizeKeyword(q.text)))];
  const need = Math.max(2, Math.ceil(texts.length * 0.6));
  const shared = (s: string) => texts.filter((t) => t.includes(s)).length >= need;
  let core = group.term;
  for (let grown = true; grown && [...core].length < MAX_CORE; ) {
    grown = false;
    const counts = new Map<string, number>();
    for (const t of texts) {
      for (let at = t.indexOf(core); at >= 0; at = t.indexOf(core, at + 1)) {
        const before = t[at - 1];
        const after = t[at + core.length];
        if (before && HAN.test(before)) counts.set(before + core, (counts.get(before + core) ?? 0) + 1);
        if (after && HAN.test(after)) counts.set(core + after, (counts.get(core + after) ?? 0) + 1);
      }
    }
    const best = [...counts].filter(([s]) => !EDGE_STOP.has(s[0]) && !EDGE_STOP.has(s.at(-1)!) && shared(s)).sort((a, b) => b[1] - a[1])[0];
    if (best) {
      core = best[0];
      grown = true;
    }
  }
  return core;
}

/**
 * The rule whose keywords already name the core's topic: one sharing a two-character word with
 * it (快递员 → 快递), or the only rule whose keywords end in the same character (Chinese
 * compounds put the head last: 开票 belongs with 发票 and 增票, while 收据 has nothing to do with
 * 收到). A core only in a rule's reply counts too.
 */
function pickRule(core: string, rules: readonly KeywordRule[]): number | undefined {
  const last = (s: string) => [...s].at(-1) ?? '';
  const endRules = new Map<string, Set<number>>();
  rules.forEach((r, i) => {
    for (const k of r.keywords ?? []) {
      const c = last(normalizeKeyword(String(k)));
      if (HAN.test(c)) (endRules.get(c) ?? endRules.set(c, new Set()).get(c)!).add(i);
    }
  });
  const bigrams = (s: string) => {
    const chars = [...s];
    return new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]));
  };
  const coreBigrams = bigrams(core);
  const head = last(core);
  let best: number | undefined;
  let bestScore = 1;
  rules.forEach((r, i) => {
    const keywords = (r.keywords ?? []).map((k) => normalizeKeyword(String(k)));
    let score = 0;
    if (keywords.some((k) => [...bigrams(k)].some((b) => coreBigrams.has(b)))) score += 3;
    if (HAN.test(head) && endRules.get(head)?.size === 1 && endRules.get(head)!.has(i)) score += 2;
    if (typeof r.reply === 'string' && r.reply.includes(core)) score += 2;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

export function withKeyword(config: Config, target: SuggestionTarget, keyword: string, match: 'contains' | 'exact' = 'contains'): { config: Config; path: (string | number)[] } {
  const rules = [...(config.keyword_rules ?? [])];
  if (target.kind === 'existing') {
    const rule = rules[target.index];
    rules[target.index] = { ...rule, keywords: [...(rule.keywords ?? []), keyword] };
    return { config: { ...config, keyword_rules: rules }, path: ['keyword_rules', target.index, 'keywords', (rule.keywords ?? []).length] };
  }
  rules.push({ id: target.id, keywords: [keyword], match, reply: '' });
  return { config: { ...config, keyword_rules: rules }, path: ['keyword_rules', rules.length - 1, 'keywords', 0] };
}

type Finding = ConfigReport & { ruleId: string };

function keywordFindings(config: Config): Finding[] {
  const ctx = createContext(config, resolveConfig(config));
  const out: Finding[] = [];
  for (const id of KEYWORD_CHECKS) getConfigRule(id)!.check(ctx, (r) => out.push({ ...r, ruleId: id }));
  return out;
}

const findingKey = (f: Finding) => `${f.ruleId}\u0000${JSON.stringify(f.path)}`;

/**
 * The first keyword-rule finding the change causes anywhere — at the new keyword, or at a later
 * rule's keyword it would now shadow. Paths of existing items do not move (keywords and rules
 * are only appended), so findings before and after compare by rule and path.
 */
function problemWith(before: ReadonlySet<string>, config: Config, path: readonly (string | number)[]): Finding | undefined {
  const same = (p: readonly (string | number)[]) => p.length === path.length && p.every((k, i) => k === path[i]);
  const fresh = keywordFindings(config).filter((f) => !before.has(findingKey(f)));
  return fresh.find((f) => same(f.path)) ?? fresh[0];
}

function freshId(config: Config, core: string): string {
  const ids = new Set((config.keyword_rules ?? []).map((r) => r.id));
  const base = `ask-${[...core.replace(/[\s{}\p{P}\p{S}]/gu, '')].slice(0, 12).join('')}`;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

interface Placement {
  readonly accepted?: { readonly target: SuggestionTarget; readonly config: Config };
  readonly firstProblem?: Finding;
  readonly candidates: readonly SuggestionTarget[];
}

/**
 * Where `keyword` can go without a new keyword-rule finding: the rule naming its topic, else a
 * new rule (`match` for that new rule). A full keyword list or a clash inside the chosen rule
 * is a reason to try a new rule.
 */
function placeKeyword(current: Config, keyword: string, match: 'contains' | 'exact' = 'contains'): Placement {
  const rules = current.keyword_rules ?? [];
  const at = match === 'contains' ? pickRule(keyword, rules) : undefined;
  const candidates: SuggestionTarget[] = [];
  if (at !== undefined) candidates.push({ kind: 'existing', index: at, id: rules[at].id });
  candidates.push({ kind: 'new', id: freshId(current, keyword) });
  let firstProblem: Finding | undefined;
  const known = new Set(keywordFindings(current).map(findingKey));
  for (const target of candidates) {
    const next = withKeyword(current, target, keyword, match);
    const problem = problemWith(known, next.config, next.path);
    if (!problem) return { accepted: { target, config: next.config }, candidates };
    if (!(problem.ruleId === 'max-length' && target.kind === 'existing')) firstProblem ??= problem;
  }
  return { firstProblem, candidates };
}

/**
 * Suggestions for the questions `config` leaves unanswered. `config` is the merged config as
 * written (variables not filled), so what is applied is what the merchant would write.
 */
export function suggestKeywords(config: Config, questions: readonly string[], options: SuggestOptions = {}): SuggestResult {
  const limit = options.limit ?? 20;
  const minCount = options.minCount ?? 2;
  const firstMatcher = buildMatcher(resolveConfig(config));
  const answers = questions.map((q) => firstMatcher.answer(q));
  const answered = answers.map((a) => a !== null);
  const answeredNorm = questions.map((q, i) => (answers[i] ? { text: normalizeKeyword(q), order: answers[i]!.order } : undefined));
  // 「需要」「麻烦」「今天」 turn up in questions about every topic: when the questions the rules
  // already answer spread a core over several different rules, it is phrasing, not a topic.
  const isFiller = (core: string) => {
    if (CHATTER.has(core)) return true;
    const rules = new Set<number>();
    for (const a of answeredNorm) if (a && a.text.includes(core)) rules.add(a.order);
    return rules.size >= FILLER_RULES;
  };
  const filler: string[] = [];
  const before = answered.filter(Boolean).length;
  const unanswered = questions.filter((_, i) => !answered[i]);
  const groups = groupUnanswered(unanswered).filter((g) => g.term !== null && g.count >= minCount).slice(0, limit);

  let current = config;
  let open = unanswered;
  const suggestions: Suggestion[] = [];
  const offered = new Set<string>();
  for (const group of groups) {
    const core = groupCore(group);
    if (!core) continue;
    const keyword = core;
    if (offered.has(normalizeKeyword(keyword))) continue;
    offered.add(normalizeKeyword(keyword));
    if (isFiller(normalizeKeyword(keyword))) {
      filler.push(keyword);
      continue;
    }
    const { accepted, firstProblem, candidates } = placeKeyword(current, keyword);
    if (!accepted) {
      suggestions.push({
        group,
        keyword,
        target: candidates[0],
        answers: 0,
        rejected: { ruleId: firstProblem!.ruleId, message: firstProblem!.message },
      });
      continue;
    }
    const matcher = buildMatcher(resolveConfig(accepted.config));
    const stillOpen = open.filter((q) => matcher.answer(q) === null);
    // Earlier suggestions already answer this group: nothing left to add.
    if (stillOpen.length === open.length) continue;
    suggestions.push({ group, keyword, target: accepted.target, answers: open.length - stillOpen.length });
    open = stillOpen;
    current = accepted.config;
  }
  return { suggestions, filler, config: current, before, after: questions.length - open.length, total: questions.length };
}

export interface QuestionSuggestion {
  readonly keyword: string;
  readonly target: SuggestionTarget;
  /** `exact` when no shared core was found and the question itself becomes the keyword. */
  readonly match: 'contains' | 'exact';
  /** The config with the keyword applied (the question is answered by it). */
  readonly config: Config;
}

/**
 * The 试一试 screen's offer for one unanswered question. One question alone shares a core with
 * nothing, so it is grouped together with `context` (the category's typical buyer questions and
 * what was already typed this session); the core of the group holding the question is placed as
 * `coverage --suggest` places it. Failing that, the question itself becomes an exact keyword of
 * a new rule — only when it passes the same keyword checks. Null when the question is answered
 * or nothing passes.
 */
export function suggestForQuestion(config: Config, question: string, context: readonly string[] = []): QuestionSuggestion | null {
  const typed = question.trim();
  if (!typed) return null;
  const resolved = resolveConfig(config);
  const matcher = buildMatcher(resolved);
  if (matcher.answer(typed) !== null) return null;
  const answersTyped = (c: Config) => buildMatcher(resolveConfig(c)).answer(typed) !== null;
  const normTyped = normalizeKeyword(typed);
  const unanswered = [typed, ...context.map((q) => q.trim()).filter((q) => q && normalizeKeyword(q) !== normTyped && matcher.answer(q) === null)];
  const group = groupUnanswered(unanswered).find((g) => g.questions.some((q) => normalizeKeyword(q.text) === normTyped));
  // Phrasing shared with questions that several rules answer is filler, as in suggestKeywords.
  const answeredByRule = context.map((q) => ({ text: normalizeKeyword(q), a: matcher.answer(q) })).filter((x) => x.a !== null);
  const isFiller = (core: string) => CHATTER.has(core) || new Set(answeredByRule.filter((x) => x.text.includes(core)).map((x) => x.a!.order)).size >= FILLER_RULES;
  const core = group && group.term ? groupCore(group) : null;
  if (core && normTyped.includes(normalizeKeyword(core)) && !isFiller(normalizeKeyword(core))) {
    const placed = placeKeyword(config, core);
    if (placed.accepted && answersTyped(placed.accepted.config)) return { keyword: core, target: placed.accepted.target, match: 'contains', config: placed.accepted.config };
  }
  // The question as the buyer wrote it, exact: answers this wording only, so it cannot shadow.
  const placed = placeKeyword(config, typed, 'exact');
  if (placed.accepted && answersTyped(placed.accepted.config)) return { keyword: typed, target: placed.accepted.target, match: 'exact', config: placed.accepted.config };
  return null;
}
