// A RuleTester in ESLint's spirit for the content rules: a table of texts that must stay clean
// and texts that must be caught, with the exact original spans (and optionally the suggestion
// and the text after --fix). Duplicate rows are rejected so tables stay honest.
import { describe, expect, it } from 'vitest';
import { applyFixes, lintText } from '../../src/lint/engine.js';

export interface InvalidCase {
  readonly text: string;
  /** The exact substrings of `text` the rule must report, in order. */
  readonly spans: readonly string[];
  /** Suggestion of the first finding. */
  readonly suggestion?: string;
  /** The text after applying the rule's safe fixes. */
  readonly output?: string;
}

export interface RuleTable {
  readonly valid: readonly string[];
  readonly invalid: readonly InvalidCase[];
}

// A table specifies what the RULE does, so it runs the rules alone: the learned second opinion
// (a statistical warning where the rules are silent) has its own tests and its own measured bound
// on these texts (test/lint/second-opinion.test.ts), and a rule's author must not be blocked by it.
const RULES_ALONE = { secondOpinion: false } as const;

export function ruleTester(ruleId: string, table: RuleTable): void {
  const seen = new Set<string>();
  for (const text of [...table.valid, ...table.invalid.map((c) => c.text)]) {
    if (seen.has(text)) throw new Error(`${ruleId}: duplicate case ${JSON.stringify(text)}`);
    seen.add(text);
  }
  if (table.invalid.length === 0) throw new Error(`${ruleId}: a rule table needs invalid cases`);

  describe(ruleId, () => {
    describe('valid', () => {
      for (const text of table.valid) {
        it(text, () => {
          const found = lintText(text, RULES_ALONE).filter((m) => m.ruleId === ruleId);
          expect(found.map((m) => text.slice(m.start, m.end)), 'no finding expected').toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of table.invalid) {
        it(c.text, () => {
          const found = lintText(c.text, RULES_ALONE).filter((m) => m.ruleId === ruleId);
          expect(found.length, 'the rule must report this text').toBeGreaterThan(0);
          expect(found.map((m) => c.text.slice(m.start, m.end))).toEqual(c.spans);
          for (const m of found) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(c.text.length);
            const span = c.text.slice(m.start, m.end);
            // Messages quote what the merchant typed (invisible characters are named by code point).
            if (ruleId === 'invisible-chars') expect(m.message).toMatch(/U\+[0-9A-F]{4}/);
            else expect(m.message).toContain(span.length > 40 ? span.slice(0, 39) : span);
          }
          if (c.suggestion !== undefined) expect(found[0].suggestion).toBe(c.suggestion);
          if (c.output !== undefined) expect(applyFixes(c.text, found)).toBe(c.output);
        });
      }
    });
  });
}
