// Every lexicon (src/lint/lexicon/*.yaml) is well formed, compiled output is current, its words
// are written the way the rules see text (normalized), and every flag/clean spec holds when run
// through the whole linter — so a word added to a list proves itself in a shop sentence.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicon, generatedSource, lexiconDir, lexiconNames, loadLexicon, type Lexicon } from '../../scripts/compile-lexicons.mjs';
import { lintText } from '../../src/lint/engine.js';
import { scanWarmUp, setScanPrefilter } from '../../src/lint/context.js';
import { lexiconScanner } from '../../src/lint/lexicon/scan.js';
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
        for (const [name, set] of Object.entries(doc.sets ?? {})) for (const w of set.words) if (normalize(w).text !== w) bad.push(`set ${name}: ${w}`);
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
          // The lexicon's specs are about the rule: run it without the learned second opinion.
          const fired = lintText(s.text, { secondOpinion: false }).filter((m) => m.ruleId === doc.rule);
          if (s.kind === 'flag') expect(fired.length, `${doc.rule} must flag it`).toBeGreaterThan(0);
          else expect(fired.map((m) => s.text.slice(m.start, m.end)), `${doc.rule} must leave it clean`).toEqual([]);
        });
      }
    });
  }
});

describe('lexiconScanner', () => {
  // Every labelled text of the repo, normalized: the first-character dispatch must find exactly
  // the matches (position, text, group) of a global exec loop over the whole alternation.
  const dir = join(lexiconDir, '..', '..', '..', 'test', 'fixtures', 'corpus');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => normalize((JSON.parse(l) as { text: string }).text).text);
  const key = (m: RegExpExecArray): string => `${m.index}:${m[0]}:${Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0]}`;

  for (const name of names) {
    it(`${name}: same matches as the alternation`, () => {
      const c = compileLexicon(loadLexicon(name));
      const scanner = lexiconScanner(c.pattern, c.groups);
      const whole = new RegExp(c.pattern, 'g');
      let checked = 0;
      for (let round = 0; round < 2; round++) {
        for (const t of texts) {
          const want: string[] = [];
          whole.lastIndex = 0;
          for (let m = whole.exec(t); m !== null; m = whole.exec(t)) {
            if (m[0].length === 0) whole.lastIndex++;
            want.push(key(m));
          }
          const got: string[] = [];
          scanner.scan(t, (m) => void got.push(key(m)));
          expect(got).toEqual(want);
          checked += want.length;
        }
      }
      expect(checked).toBeGreaterThan(0);
      // A sweep over every corpus text with the plain alternation (the slow path the scanner
      // replaces): ~10 s CPU for absolute-claim, several times that on a loaded CI machine.
    }, 180_000);
  }
});

describe('lexiconScanner rejection', () => {
  // A visit that returns false rejects its match: the later groups at the same position get their
  // turn, then the scan goes on from the next position instead of past the match — the same in the
  // plain alternation (gates off), the first uses and the gated scan.
  const groups = { short: '甲乙', long: '甲乙丙', inner: '乙丙丁' };
  const pattern = Object.entries(groups)
    .map(([k, v]) => `(?<${k}>${v})`)
    .join('|');
  const run = (reject: (m: RegExpExecArray) => boolean): string[] => {
    const out: string[] = [];
    const scanner = lexiconScanner(pattern, groups);
    for (const prefilter of [false, true]) {
      setScanPrefilter(prefilter);
      for (let round = 0; round < scanWarmUp() + 2; round++) {
        const got: string[] = [];
        scanner.scan('甲乙丙丁，甲乙', (m) => {
          got.push(`${m.index}:${m[0]}`);
          return !reject(m);
        });
        out.push(got.join(' '));
      }
    }
    setScanPrefilter(true);
    return [...new Set(out)];
  };
  it('goes on after an accepted match', () => {
    expect(run(() => false)).toEqual(['0:甲乙 5:甲乙']);
  });
  it('tries the later groups at a rejected position', () => {
    expect(run((m) => m[0] === '甲乙')).toEqual(['0:甲乙 0:甲乙丙 5:甲乙']);
  });
  it('reads inside a rejected match', () => {
    expect(run((m) => m[0].startsWith('甲'))).toEqual(['0:甲乙 0:甲乙丙 1:乙丙丁 5:甲乙']);
  });
});
