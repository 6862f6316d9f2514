import { describe, expect, it } from 'vitest';
import {
  clauseAfter,
  clauseBefore,
  clauseEnd,
  clauseStart,
  sentenceAfter,
  sentenceAround,
  sentenceBefore,
  sentenceEnd,
  sentenceStart,
} from '../../src/lint/context.js';

// The clause and sentence walks every rule's context logic slices its windows from. Rules see
// normalised text, where full-width commas are already ASCII.
describe('clause and sentence walks', () => {
  const text = '亲,这款杯子很耐摔,放心用。下单后三天内发货';
  const at = text.indexOf('耐摔');

  it('stops a clause at a comma and a sentence at a full stop', () => {
    expect(text.slice(clauseStart(text, at), clauseEnd(text, at))).toBe('这款杯子很耐摔');
    expect(text.slice(sentenceStart(text, at), sentenceEnd(text, at))).toBe('亲,这款杯子很耐摔,放心用');
  });

  it('walks no further than max characters', () => {
    expect(clauseStart(text, at, 2)).toBe(at - 2);
    expect(clauseEnd(text, at, 1)).toBe(at + 1);
    expect(sentenceStart(text, at, 3)).toBe(at - 3);
    expect(sentenceEnd(text, at, 4)).toBe(at + 4);
  });

  it('is unbounded by default and stays inside the text', () => {
    expect(clauseStart('没有标点的一句话', 5)).toBe(0);
    expect(clauseEnd('没有标点的一句话', 5)).toBe(8);
    expect(sentenceStart(text, 0)).toBe(0);
    expect(sentenceEnd(text, text.length)).toBe(text.length);
  });

  it('gives the string forms as slices of the index forms', () => {
    expect(clauseBefore(text, at)).toBe('这款杯子很');
    expect(clauseBefore(text, at, 3)).toBe('杯子很');
    expect(clauseAfter(text, at)).toBe('耐摔');
    expect(sentenceBefore(text, at, 30)).toBe('亲,这款杯子很');
    expect(sentenceAfter(text, at, 30)).toBe('耐摔,放心用');
    expect(sentenceAround(text, at, at + 2)).toBe('亲,这款杯子很耐摔,放心用');
  });
});
