// A RuleTester for config rules, in the spirit of ESLint's: a table of valid configs (no
// findings) and invalid ones (exactly these findings, at these config paths). Duplicate cases
// and invalid cases without expected findings are rejected, as ESLint's RuleTester does.
import { describe, expect, it } from 'vitest';
import type { Config, ConfigPath, KeywordRule, MatchMode, ProductCard } from '../../../src/config/types.js';
import { resolveConfig } from '../../../src/config/vars.js';
import type { ConfigReport, ConfigRule } from '../../../src/lint/config-rules.js';
import { createContext } from '../../../src/lint/config-context.js';

export type RuleRow = readonly [id: string, keywords: readonly string[], reply: string, match?: MatchMode];

/** A config from compact rows; everything else optional. */
export function cfg(parts: {
  rules?: readonly RuleRow[];
  cards?: readonly Partial<ProductCard>[];
  welcome?: string;
  quick?: readonly string[];
  vars?: Record<string, string | number>;
  category?: string;
  shopName?: string;
}): Config {
  const config: Config = { version: 1 };
  if (parts.category !== undefined || parts.shopName !== undefined) {
    config.shop = { name: parts.shopName ?? '小店', category: parts.category };
  }
  if (parts.vars) config.vars = parts.vars;
  if (parts.welcome !== undefined || parts.quick) {
    config.welcome = {};
    if (parts.welcome !== undefined) config.welcome.text = parts.welcome;
    if (parts.quick) config.welcome.quick_questions = [...parts.quick];
  }
  if (parts.rules) {
    config.keyword_rules = parts.rules.map(([id, keywords, reply, match]): KeywordRule => ({
      id,
      keywords: [...keywords],
      reply,
      ...(match ? { match } : {}),
    }));
  }
  if (parts.cards) {
    config.product_cards = parts.cards.map((c, i) => ({ id: c.id ?? `card-${i}`, ...c }) as ProductCard);
  }
  return config;
}

export interface Expected {
  readonly path: ConfigPath;
  readonly severity?: 1 | 2;
  /** Substrings the zh message must contain. */
  readonly message?: readonly string[];
  /** The span in the text at `path`, quoted. */
  readonly span?: string;
  /** The config after applying the finding's fix to the written value. */
  readonly fixed?: unknown;
}

export interface InvalidCase {
  readonly name?: string;
  readonly config: Config;
  readonly errors: readonly Expected[];
}

export function runRule(rule: ConfigRule, config: Config): ConfigReport[] {
  const reports: ConfigReport[] = [];
  const ctx = createContext(config, resolveConfig(config), { lang: 'zh' });
  rule.check(ctx, (r) => reports.push(r));
  return reports;
}

const label = (c: Config, i: number) => `#${i} ${JSON.stringify(c).slice(0, 120)}`;

export function ruleTester(rule: ConfigRule, cases: { valid: readonly (Config | { name: string; config: Config })[]; invalid: readonly InvalidCase[] }): void {
  const keys = [...cases.valid.map((v) => JSON.stringify(v)), ...cases.invalid.map((v) => JSON.stringify(v.config))];
  if (new Set(keys).size !== keys.length) throw new Error(`${rule.id}: duplicate test cases`);
  for (const c of cases.invalid) if (c.errors.length === 0) throw new Error(`${rule.id}: invalid case without errors`);

  describe(rule.id, () => {
    it('has metadata in both languages', () => {
      expect(rule.description.zh).toMatch(/\p{Script=Han}/u);
      expect(rule.description.en).toMatch(/[a-z]/);
      expect(rule.protects.zh).not.toBe('');
      expect(rule.protects.en).not.toBe('');
      expect(['error', 'warning']).toContain(rule.severity);
    });
    cases.valid.forEach((v, i) => {
      const config = 'config' in v ? v.config : v;
      it(`valid ${'name' in v ? v.name : label(config, i)}`, () => {
        expect(runRule(rule, config).map((r) => ({ path: r.path, message: r.message.zh }))).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid ${c.name ?? label(c.config, i)}`, () => {
        const reports = runRule(rule, c.config);
        expect(reports.map((r) => r.path)).toEqual(c.errors.map((e) => e.path));
        reports.forEach((r, j) => {
          const e = c.errors[j];
          if (e.severity !== undefined) expect(r.severity ?? (rule.severity === 'error' ? 2 : 1)).toBe(e.severity);
          for (const part of e.message ?? []) expect(r.message.zh).toContain(part);
          expect(r.message.en).not.toBe('');
          if (e.span !== undefined) {
            expect(r.span).toBeDefined();
            const config = r.span!.in === 'raw' ? c.config : resolveConfig(c.config);
            const text = r.path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], config) as string;
            expect(text.slice(r.span!.start, r.span!.end)).toBe(e.span);
          }
          if (e.fixed !== undefined) {
            expect(r.fix).toBeDefined();
            expect(applyToPlain(c.config, r.fix!)).toEqual(e.fixed);
          }
        });
      });
    });
  });
}

/** The fix applied to a plain copy of the config (the real fixer edits the yaml Document). */
function applyToPlain(config: Config, fixes: NonNullable<ConfigReport['fix']>): unknown {
  const copy = structuredClone(config) as unknown as Record<string, unknown>;
  const parentOf = (path: ConfigPath) =>
    path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
  const edits = [...fixes].sort((a, b) => (b.op === 'edit' && a.op === 'edit' ? b.start - a.start : 0));
  for (const f of edits) {
    const parent = parentOf(f.path);
    const key = f.path.at(-1)!;
    if (f.op === 'remove') (parent as unknown as unknown[]).splice(key as number, 1);
    else {
      const s = parent[key] as string;
      parent[key] = s.slice(0, f.start) + f.text + s.slice(f.end);
    }
  }
  return copy;
}
