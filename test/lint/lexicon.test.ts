// Every lexicon (src/lint/lexicon/*.yaml) is well formed, compiled output is current, its words
// are written the way the rules see text (normalized), and every flag/clean spec holds when run
// through the whole linter — so a word added to a list proves itself in a shop sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSource, lexiconDir, lexiconNames, loadLexicon, type Lexicon } from '../../scripts/compile-lexicons.mjs';
import { lintText } from '../../src/lint/engine.js';
import { normalize } from '../../src/lint/normalize.js';
import { contentRuleList } from '../../src/lint/rules/index.js';

const names = lexiconNames();

describe('lexicons', () => {
  it('exist for the ad-law rules', () => {
    expect(names).toEqual(expect.arrayContaining(['absolute-claim', 'sensitive-topic']));
  });

  for (const name of names) {
    describe(name, () => {
      const doc: Lexicon = loadLexicon(name);

      it('names a content rule', () => {
        expect(contentRuleList.map((r) => r.id)).toContain(doc.rule);
      });

      it('compiled module is current (npm run build regenerates it)', () => {
        expect(readFileSync(join(lexiconDir, `${name}.gen.ts`), 'utf8')).toBe(generatedSource(name, doc));
      });

      it('words are in normalized form, so they can match', () => {
        const bad: string[] = [];
        for (const g of doc.groups) for (const e of g.entries) for (const w of e.words ?? []) if (normalize(w).text !== w) bad.push(`${g.name}: ${w}`);
        expect(bad).toEqual([]);
      });

      const specs: { kind: 'flag' | 'clean'; text: string; where: string }[] = [];
      for (const g of doc.groups) {
        for (const text of g.flag ?? []) specs.push({ kind: 'flag', text, where: g.name });
        for (const text of g.clean ?? []) specs.push({ kind: 'clean', text, where: g.name });
        for (const e of g.entries) {
          for (const text of e.flag ?? []) specs.push({ kind: 'flag', text, where: g.name });
          for (const text of e.clean ?? []) specs.push({ kind: 'clean', text, where: g.name });
        }
      }
      it('has specs', () => {
        expect(specs.some((s) => s.kind === 'flag')).toBe(true);
        expect(specs.some((s) => s.kind === 'clean')).toBe(true);
      });
      for (const s of specs) {
        it(`${s.where} ${s.kind}: ${s.text}`, () => {
          const fired = lintText(s.text).filter((m) => m.ruleId === doc.rule);
          if (s.kind === 'flag') expect(fired.length, `${doc.rule} must flag it`).toBeGreaterThan(0);
          else expect(fired.map((m) => s.text.slice(m.start, m.end)), `${doc.rule} must leave it clean`).toEqual([]);
        });
      }
    });
  }
});
