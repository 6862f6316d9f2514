// The whole config's findings for the status line, the lists and the review screen, through
// the same engine as `xhs-reply lint` (lintConfigFindings). What makes it cheap enough to run
// on every keystroke: the text linter it is given remembers each text's messages, so after
// one keystroke only the edited text is linted again; the config rules are near-linear.
import type { Config, ConfigPath } from '../config/types.js';
import { resolveConfig } from '../config/vars.js';
import { lintConfigFindings, type ConfigSubject } from '../lint/config-engine.js';
import { lintText } from '../lint/engine.js';
import type { LintMessage } from '../lint/types.js';

export interface ReviewFinding {
  readonly path: ConfigPath;
  readonly ruleId: string;
  readonly severity: 1 | 2;
  readonly message: string;
  readonly suggestion?: string;
}

export interface LintCache {
  readonly lintText: typeof lintText;
  readonly size: () => number;
}

/** Bounded so a long session of typing does not grow memory without end. */
const MAX_ENTRIES = 50_000;

export function createLintCache(): LintCache {
  const cache = new Map<string, LintMessage[]>();
  const cached: typeof lintText = (text, options = {}) => {
    const key = `${JSON.stringify(options.rules ?? {})}\u0001${(options.allow ?? []).join('\u0002')}\u0001${options.lang ?? 'zh'}\u0001${text}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const messages = lintText(text, options);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, messages);
    return messages;
  };
  return { lintText: cached, size: () => cache.size };
}

const TOP_ORDER = ['shop', 'vars', 'welcome', 'keyword_rules', 'product_cards', 'lint'];
const FIELD_ORDER = ['text', 'quick_questions', 'product_id', 'name', 'keywords', 'match', 'reply'];

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

/** The in-memory config as the engine's subject; positions are not shown in the app. */
export function subjectOf(config: Config, file = 'xhs-reply.yaml'): ConfigSubject {
  return {
    file,
    config,
    resolved: resolveConfig(config),
    positionOf: (_path, options) => ({ file, line: 1, col: (options?.offset ?? 0) + 1 }),
  };
}

/** Every finding of the config: errors first, each group in the backend's order. */
export function reviewFindings(config: Config, cache: LintCache): ReviewFinding[] {
  const found = lintConfigFindings(subjectOf(config), { lang: 'zh', lintText: cache.lintText });
  return found
    .map((f) => ({ path: f.path, ruleId: f.ruleId, severity: f.severity, message: f.message, ...(f.suggestion ? { suggestion: f.suggestion } : {}) }))
    // Errors first: they block the export; within each, the backend's order.
    .sort((a, b) => b.severity - a.severity || compareRank(a.path, b.path));
}

export function countFindings(findings: readonly ReviewFinding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 2) errors++;
  return { errors, warnings: findings.length - errors };
}

/** Error and warning counts per rule or card, for the list screens. */
export function countsByItem(findings: readonly ReviewFinding[], top: 'keyword_rules' | 'product_cards'): Map<number, { errors: number; warnings: number }> {
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
