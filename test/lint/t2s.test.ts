import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { T2S_PAIRS } from '../../src/lint/t2s-table.js';
import { normalize } from '../../src/lint/normalize.js';
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

  it('leaves simplified text alone', () => {
    expect(normalize('什么才是你想要的').text).toBe('什么才是你想要的');
  });
});
