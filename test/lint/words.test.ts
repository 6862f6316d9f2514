import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deriveWords } from '../../scripts/gen-words.mjs';
import { crossesWord, listWordCrosses, wordFreq } from '../../src/lint/words.js';
import { lintText } from '../../src/lint/engine.js';

describe('word boundaries (jieba two-character words)', () => {
  it('knows common words and not the list words that straddle them', () => {
    expect(wordFreq('修改')).toBeGreaterThan(1000);
    expect(wordFreq('改运')).toBe(0);
    expect(wordFreq('问题')).toBeGreaterThan(1000);
  });

  it.each([
    ['修改运费', 1, 3, true],
    ['问什么问题', 0, 4, true],
    ['打开光盘', 1, 3, true],
    ['今天开光', 2, 4, false],
    ['问什么问！', 0, 4, false],
    ['好转运势', 1, 3, false],
  ] as const)('%s [%i, %i) crosses a word: %s', (text, start, end, crosses) => {
    expect(crossesWord(text, start, end)).toBe(crosses);
  });

  // The stricter test for list words that are slang or rare in the dictionary: both characters
  // taken by neighbour words, or one by an everyday word; one rare neighbour is not enough
  // (纯原|版本 and 有神|效 keep the list word).
  it.each([
    ['说明目前', 1, 3, true],
    ['抽空前往', 1, 3, true],
    ['经过验货', 1, 3, true],
    ['预防癌症', 1, 3, true],
    ['纯原版本', 0, 2, false],
    ['有神效', 1, 3, false],
    ['清肝明目', 2, 4, false],
    ['特供品质', 0, 2, false],
    ['a货', 0, 2, false],
    ['说明目前', 0, 3, false],
  ] as const)('%s [%i, %i) is not a list word there: %s', (text, start, end, crosses) => {
    expect(listWordCrosses(text, start, end)).toBe(crosses);
  });

  it('keeps list words inside other words clean, whole list words caught', () => {
    expect(lintText('麻烦让小二给您修改运费')).toEqual([]);
    expect(lintText('想知道其他商家都爱问什么问题吗')).toEqual([]);
    expect(lintText('这串手链已开光，保平安').map((m) => m.ruleId)).toContain('sensitive-topic');
    expect(lintText('问什么问！自己看').map((m) => m.ruleId)).toContain('harassment');
  });

  it('matches what scripts/gen-words.mjs derives from the installed jieba dictionary', () => {
    const require = createRequire(import.meta.url);
    const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
    const committed = JSON.parse(readFileSync(new URL('../../src/lint/words-table.json', import.meta.url), 'utf8'));
    const derived = deriveWords(dict);
    expect(committed.words).toBe(derived.words);
    expect(committed.freqs).toBe(derived.freqs);
  });
});
