import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { T2S_PAIRS } from '../../src/lint/t2s-table.js';
import { normalize, simplifiedOf } from '../../src/lint/normalize.js';
// @ts-expect-error a plain ESM script without type declarations
import { deriveCharPairs, pairsToString } from '../../scripts/gen-t2s.mjs';

describe('traditional → simplified table', () => {
  it('is what the installed opencc-js gives (rerun scripts/gen-t2s.mjs when this fails)', () => {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn');
    expect(pairsToString(deriveCharPairs(opencc))).toBe(T2S_PAIRS);
  });

  it('maps one character to one character, so offsets stay exact', () => {
    const text = '聯繫電話號碼 開過光 風水 臺灣 著作 乾燥 裏面';
    const n = normalize(text);
    expect(n.text).toBe('联系电话号码开过光风水台湾著作干燥里面');
    for (let i = 0; i < n.text.length; i++) expect(n.ends[i] - n.starts[i]).toBe(1);
  });

  it('answers the same before and after the lookup map is built (the first lookups walk the sorted pairs)', () => {
    const cps = Array.from(T2S_PAIRS, (ch) => ch.codePointAt(0)!);
    for (let i = 2; i < cps.length; i += 2) expect(cps[i]).toBeGreaterThan(cps[i - 2]);
    const expected = new Map<number, number>();
    for (let i = 0; i < cps.length; i += 2) expected.set(cps[i], cps[i + 1]);
    // Traditional characters (first and last of the table, an astral one), simplified ones, one past the end.
    const probes = [cps[0], cps[cps.length - 2], cps.find((cp, i) => i % 2 === 0 && cp > 0xffff)!, 0x4f60, 0x8aaa, 0x8bf4, 0x10fff0];
    const walked = probes.map((cp) => simplifiedOf(cp));
    for (let k = 0; k < 40; k++) simplifiedOf(0x4e00 + k); // past the walk budget: the map is built
    expect(probes.map((cp) => simplifiedOf(cp))).toEqual(walked);
    expect(walked).toEqual(probes.map((cp) => expected.get(cp) ?? cp));
  });

  it('leaves simplified text alone', () => {
    expect(normalize('什么才是你想要的').text).toBe('什么才是你想要的');
  });
});
