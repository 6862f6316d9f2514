import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeywordIndex, normalizeKeyword } from '../../src/lint/keyword-index.js';

describe('normalizeKeyword', () => {
  it('folds width, case, spaces and invisible characters', () => {
    expect(normalizeKeyword('ＶＸ 号')).toBe('vx号');
    expect(normalizeKeyword(' 发\u200B货\u3000时间 ')).toBe('发货时间');
    expect(normalizeKeyword('Size')).toBe(normalizeKeyword('ｓｉｚｅ'));
  });
});

describe('KeywordIndex', () => {
  it('finds every keyword inside a text with offsets', () => {
    const index = new KeywordIndex<string>([
      ['发货', 'a'],
      ['发货时间', 'b'],
      ['时间', 'c'],
      ['货', 'd'],
    ]);
    const hits = [...index.search('请问发货时间')].map((h) => [h.keyword, h.start, h.end, h.values.join()]);
    expect(hits).toEqual([
      ['发货', 2, 4, 'a'],
      ['货', 3, 4, 'd'],
      ['发货时间', 2, 6, 'b'],
      ['时间', 4, 6, 'c'],
    ]);
  });

  it('groups values under one normalized keyword and ignores empty ones', () => {
    const index = new KeywordIndex<number>();
    index.add('包邮', 1);
    index.add(' 包 邮 ', 2);
    index.add('  ', 3);
    expect(index.size).toBe(1);
    expect(index.get('包邮')).toEqual([1, 2]);
    expect([...index.keywordsIn('包邮吗')].map(([k, v]) => [k, [...v]])).toEqual([['包邮', [1, 2]]]);
  });

  it('counts astral characters as one step but reports UTF-16 offsets', () => {
    const index = new KeywordIndex<string>([['😀好', 'x']]);
    expect([...index.search('a😀好')].map((h) => [h.start, h.end])).toEqual([[1, 4]]);
  });

  it.each([
    ['narrow', ['发', '货', '时', '间', 'a', 'b']],
    // More than eight distinct next characters per node switches nodes to a Map.
    ['wide', [...'abcdefghijklmn发货时间😀']],
  ])('agrees with a naive substring scan (%s alphabet)', (_name, chars) => {
    const alphabet = fc.constantFrom(...chars);
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(alphabet, { maxLength: 20 }), (words, chars) => {
        const text = chars.join('');
        const index = new KeywordIndex<string>(words.map((w) => [w, w] as const));
        const got = [...index.search(text)].map((h) => `${h.keyword}@${h.start}`).sort();
        const want: string[] = [];
        for (const w of new Set(words)) {
          for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) want.push(`${w}@${i}`);
        }
        expect(got).toEqual(want.sort());
      }),
    );
  });
});
