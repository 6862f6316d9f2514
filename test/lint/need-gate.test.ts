// The need gate (src/lint/need-gate.ts, context.ts, lexicon/scan.ts): a lexicon group is not run
// on a text that holds none of the units or pairs its every match needs. It must never skip a
// text where the group matches. Checked on small patterns whose needs are known, and for every
// pattern the build bakes (lexicon groups and rule patterns as they are today) on random texts
// built from the pattern's own characters and literal runs: wherever the pattern matches, the
// text holds one of its needs. (pair-gate.test.ts compares lintText with the gates on and off.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanGateTable } from '../../scripts/gen-scan-gates.mjs';
import { needGate, textCost } from '../../src/lint/need-gate.js';
import { fragmentsOf, fromSrc } from '../helpers/pattern-gates.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A cost where one unit is far commoner than any pair, and pairs cost by a small table. */
const toyCost = (s: string): number => (s.length === 1 ? 100 : ({ 可以: 50, 马上: 20, 今天: 30, 学习: 40, 考试: 40 } as Record<string, number>)[s] ?? 1);

describe('needGate', () => {
  it.each([
    // A word needs any one of its pairs; the alternation needs one of each alternative's.
    [/微信|淘宝/, ['微信', '淘宝']],
    // Of a sequence, the cheapest part: 涨价 rather than the common 马上 / 今天 before it.
    [/(?:马上|今天)[^,.]{0,8}?涨价/, ['涨价']],
    [/(?:可以|能)[^,.]{0,3}(?:心想事成|金榜题名)/, ['心想', '金榜']],
    // An optional part needs nothing; one alternative needing nothing leaves the whole needing nothing.
    [/(?:加)?微信/, ['微信']],
    [/微信|[^,]{2}/, null],
    [/好?/, null],
    // The junction of two parts: a digit class before 倍 needs one of ten pairs, not 倍 alone.
    [/[0-9]倍/, Array.from({ length: 10 }, (_, d) => `${d}倍`)],
    // What a lookbehind or lookahead looks at is in the text, and meets the match.
    [/(?<=学习|考试)运/, ['习运', '试运']],
    [/运(?=势|气)/, ['运势', '运气']],
    [/(?=[好坏])(?<=(?:很|太))[好坏]/, ['太坏', '太好', '很坏', '很好']],
    // A negative lookaround asks for nothing.
    [/(?<!不)好评/, ['好评']],
    // A backreference to a group that may not have taken part needs nothing of its own.
    [/(?:(好)|坏)\1/, ['坏', '好']],
    [/(?:([^,]{2})|x{0})\1/, null],
  ])('%s', (re, needs) => {
    expect(needGate(re, toyCost)).toEqual(needs === null ? null : [...needs].sort());
  });

  it('takes one unit only when nothing rarer is there', () => {
    expect(needGate(/包(?=[^,]{0,2}(?:瘦|好))/, toyCost)).toEqual(['包']);
  });

  it('reads patterns beyond the parser as needing nothing', () => {
    expect(needGate(/微信/iu, toyCost)).toBeNull();
  });
});

describe('textCost', () => {
  const cost = textCost(readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8'));
  it('rates everyday pairs above rare ones and single units above both', () => {
    expect(cost('可以')).toBeGreaterThan(cost('想事'));
    // A pair that is no word but of two everyday characters is common too.
    expect(cost('也不')).toBeGreaterThan(cost('涨价'));
    expect(cost('马上')).toBeGreaterThan(cost('涨价'));
    expect(cost('可')).toBeGreaterThan(cost('可以'));
    expect(cost('包')).toBeGreaterThan(cost('包邮'));
    // Letters and digits count as common characters, not as free.
    expect(cost('sh')).toBeGreaterThan(50 * cost('包邮'));
  });
});


describe('the baked needs never skip a text where the pattern matches', () => {
  it('for every pattern the build bakes', async () => {
    const table = await scanGateTable(fromSrc);
    let gated = 0;
    for (const [source, g] of Object.entries(table)) {
      if (g.needOnes === '' && g.needPairs === '') continue;
      gated++;
      const ones = new Set(g.needOnes);
      const pairs = new Set<string>();
      for (let k = 0; k < g.needPairs.length; k += 2) pairs.add(g.needPairs.slice(k, k + 2));
      const holds = (text: string): boolean => {
        for (let i = 0; i < text.length; i++) if (ones.has(text[i]) || pairs.has(text.slice(i, i + 2))) return true;
        return false;
      };
      const re = new RegExp(source);
      const texts = fc.array(fc.constantFrom(...fragmentsOf(source)), { maxLength: 16 }).map((p) => p.join(''));
      fc.assert(
        fc.property(texts, (text) => {
          if (re.test(text)) expect(holds(text), `${source.slice(0, 40)} in ${text}`).toBe(true);
        }),
        { numRuns: 60 },
      );
    }
    expect(gated).toBeGreaterThan(100);
  }, 120_000);
});
