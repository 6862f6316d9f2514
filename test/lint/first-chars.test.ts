import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { setScanPrefilter } from '../../src/lint/context.js';
import { lintText } from '../../src/lint/engine.js';
import { firstChars } from '../../src/lint/first-chars.js';

const starts = (re: RegExp): string | null => {
  const t = firstChars(re);
  if (t === null) return null;
  let out = '';
  for (let c = 0; c < t.length; c++) if (t[c]) out += String.fromCharCode(c);
  return out;
};

describe('firstChars', () => {
  it.each([
    [/微信|qq|淘宝/g, 'q微淘'],
    [/(?<![a-z])[vq](?![a-z])/g, 'qv'],
    [/(?<![0-9])(?:86)?1[3-9][0-9]{9}/g, '18'],
    [/[淘吱]?口令|添?加好友|e?mail/g, 'em加口吱淘添'],
    [/(?<n>赶紧|快)\k<n>{2,}/g, '快赶'],
    [/(?:a|b)*c/g, 'abc'],
    [/\d{2}x|\u{5fae}/gu, '0123456789微'],
  ])('%s', (re, expected) => {
    expect(starts(re)).toBe(expected);
  });

  it.each([[/[^,.]+/g], [/.*x/g], [/a?/g], [/\p{Script=Han}+/gu], [/x/i]])('gives up on %s', (re) => {
    expect(firstChars(re)).toBeNull();
  });
});

describe('scan with the first-character skip', () => {
  afterEach(() => setScanPrefilter(true));

  const fragments = [
    '微信', 'vx', 'V', '加', '我的', 'qq', 'QQ糖', '企鹅', '1', '3', '8', '5', ' ', '-', '：', '，', '。', '！', '一', '五',
    '淘宝', '群', '好评', '返现', '5元', '红包', '最', '低', '价', '好', '的', '第一', '次', '100%', '开光', '转运', '中心',
    '爱买不买', '快点付款', '赶紧', '\u200b', '👩\u200d👧', 'a', 'b', '@', '.', 'com', '订单号', '私下', '差评', '删',
  ];
  const texts = fc.array(fc.constantFrom(...fragments), { maxLength: 24 }).map((parts) => parts.join(''));

  it('finds exactly what the plain global scan finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        setScanPrefilter(false);
        const plain = lintText(text);
        setScanPrefilter(true);
        expect(lintText(text)).toEqual(plain);
      }),
      { numRuns: 1500 },
    );
  });
});
