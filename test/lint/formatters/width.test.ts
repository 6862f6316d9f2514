// The fast width must be string-width's answer for every string, not only for the plain ones.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/lint/formatters/width.js';

const pieces = ['\u302A', '…', '·', '×', '→', '©', '\u00AD', '\u0600', '\u0903', 'ॐ', '\u200D', '\u1100', '\u1161', '\u11A8', '가', '\u20E3', '#', '\uFE0F', '❤', '\r', '\n', 'a', 'Z', ' ', '~', '中', '文', '。', '，', '「', '！', '１', '\u3000', 'é', 'e\u0301', '한', '😀', '👍🏽', '❤\uFE0F', '\u200B', '\t', '\u001B[31m', '\u001B[39m', '\uFF61', 'ｱ', '\u{20000}', '\u3040', '〿'];

describe('textWidth', () => {
  it('counts ASCII as one column and CJK as two', () => {
    expect(textWidth('加我微信 kx7789')).toBe(15);
    expect(textWidth('「最低价」，！')).toBe(14);
  });

  it('agrees with string-width on any mix of scripts, emoji, marks and escape codes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(textWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000 },
    );
    // Every BMP character next to others: the learned widths hold wherever a character stands.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 6 }), fc.constantFrom(...pieces), (units, piece) => {
        const s = String.fromCharCode(...units) + piece + String.fromCharCode(...units.reverse());
        expect(textWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        expect(textWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000 },
    );
  });
});
