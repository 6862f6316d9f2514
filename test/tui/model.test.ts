// Pure helpers under the app: var resolution with an offset map, live lint of a field,
// fixes, keywords, width-aware cutting and wrapping, key chunks and the text buffer.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import type { Config } from '../../src/config/types.js';
import { windowFields } from '../../src/tui/forms.js';
import { splitChunk } from '../../src/tui/keys.js';
import { applyFinding, describePath, fixable, lintField, locate, resolveMapped, splitKeywords, joinKeywords } from '../../src/tui/model.js';
import { editBuffer } from '../../src/tui/text-edit.js';
import { padEnd, truncate, wrap } from '../../src/tui/width.js';

const config: Config = { version: 1, shop: { name: '小美的衣橱' }, vars: { ship_days: 3, wx: '微信qz2046' } };
const noKey = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
};

describe('resolveMapped', () => {
  it('fills vars and maps resolved offsets back to the raw text', () => {
    const r = resolveMapped('预计{{ship_days}}天内发货', config);
    expect(r.text).toBe('预计3天内发货');
    // "天内" sits at 3..5 resolved, 15..17 raw
    expect(r.toRaw(3, 5)).toEqual({ start: 15, end: 17 });
    // the filled-in "3" maps to the whole placeholder
    expect(r.toRaw(2, 3)).toEqual({ start: 2, end: 15 });
  });

  it('leaves unknown variables as typed', () => {
    expect(resolveMapped('欢迎{{nope}}', config).text).toBe('欢迎{{nope}}');
    expect(resolveMapped('欢迎光临{{shop.name}}', config).text).toBe('欢迎光临小美的衣橱');
  });
});

describe('lintField', () => {
  it('finds the off-site contact in a reply and marks its span in the raw text', () => {
    const text = '本店现货，加我微信qz2046';
    const [f] = lintField(text, config);
    expect(f.ruleId).toBe('offsite-contact');
    expect(f.severity).toBe(2);
    expect(text.slice(f.start, f.end)).toContain('微信');
    const fixed = applyFinding(text, fixable([f])!);
    expect(fixed).not.toContain('微信');
    expect(lintField(fixed!, config).filter((x) => x.ruleId === 'offsite-contact')).toEqual([]);
  });

  it('points a finding inside a variable at the placeholder', () => {
    const text = '售后：{{wx}}，工作日在线';
    const [f] = lintField(text, config);
    expect(f.ruleId).toBe('offsite-contact');
    expect(text.slice(f.start, f.end)).toBe('{{wx}}');
  });

  it('lints keywords one by one with offsets into the typed list', () => {
    const text = '发货时间，发\u200b票';
    const found = lintField(text, config, true);
    expect(found.map((f) => f.ruleId)).toEqual(['invisible-chars']);
    expect(found[0].start).toBe(6);
  });

  it('runs no content rule on keywords: buyers type them, nobody is shown them', () => {
    expect(lintField('加微信，最便宜的是哪款，好评返现吗', config, true)).toEqual([]);
    expect(lintField('加微信 qz204678', config).map((f) => f.ruleId)).toContain('offsite-contact');
  });

  it('follows the shop allowlist and rule settings', () => {
    const withOff: Config = { ...config, lint: { rules: { 'offsite-contact': 'off' } } };
    expect(lintField('加我微信qz2046', withOff)).toEqual([]);
    expect(lintField('', config)).toEqual([]);
  });
});

describe('keywords and paths', () => {
  it('splits on Chinese and ASCII separators and joins with the Chinese comma', () => {
    expect(splitKeywords('什么时候发货，几天发货,发货时间、 多久 ')).toEqual(['什么时候发货', '几天发货', '发货时间', '多久']);
    expect(joinKeywords(['a', 'b'])).toBe('a，b');
  });

  it('locates and describes texts for review', () => {
    expect(locate(['keyword_rules', 4, 'keywords', 2])).toEqual({ screen: 'rules', item: 4, path: ['keyword_rules', 4, 'keywords'] });
    expect(locate(['vars', 'ship_days']).screen).toBe('shop');
    expect(describePath(['keyword_rules', 0, 'reply'], null)).toBe('关键词回复 #1 · 回复内容');
    expect(describePath(['welcome', 'quick_questions', 2], null)).toBe('快捷问题 #3');
    expect(describePath(['shop', 'name'], null)).toBe('店铺 · 店铺名');
  });
});

describe('width helpers', () => {
  it('cuts CJK text by columns, never past the limit', () => {
    const s = '亲，欢迎光临小美的衣橱，有什么可以帮您';
    for (const max of [1, 2, 5, 10, 11, 30]) expect(stringWidth(truncate(s, max))).toBeLessThanOrEqual(max);
    expect(truncate(s, 10)).toBe('亲，欢迎…');
    expect(stringWidth(padEnd('店铺名', 10))).toBe(10);
  });

  it('wraps without splitting a wide character across the edge', () => {
    const lines = wrap('一二三四五六七八九十', 5);
    expect(lines).toEqual(['一二', '三四', '五六', '七八', '九十']);
    for (const l of wrap('abc一二三def四五六', 7)) expect(stringWidth(l)).toBeLessThanOrEqual(7);
  });

  it('scrolls a field window only as far as the focus needs', () => {
    expect(windowFields([3, 3, 3, 3], 0, 7)).toEqual({ from: 0, to: 2 });
    expect(windowFields([3, 3, 3, 3], 3, 7)).toEqual({ from: 2, to: 4 });
  });
});

describe('keys and text buffer', () => {
  it('splits a chunk of keys that arrived together', () => {
    const parts = splitChunk('\t\tab\u007f', noKey);
    expect(parts.map((p) => (p.key.tab ? 'TAB' : p.key.backspace ? 'BS' : p.input))).toEqual(['TAB', 'TAB', 'ab', 'BS']);
    expect(splitChunk('加我微信', noKey)).toHaveLength(1);
    // Esc followed at once by Ctrl-N or a letter arrives merged; both keys must act.
    const merged = splitChunk('\u000e', noKey);
    expect(merged.map((p) => (p.key.escape ? 'ESC' : p.key.ctrl ? `C-${p.input}` : p.input))).toEqual(['ESC', 'C-n']);
    const alt = splitChunk('a', { ...noKey, meta: true });
    expect(alt.map((p) => (p.key.escape ? 'ESC' : p.input))).toEqual(['ESC', 'a']);
    expect(splitChunk('', { ...noKey, escape: true, meta: true })).toHaveLength(1);
  });

  it('edits at the cursor on grapheme boundaries', () => {
    let b = editBuffer({ value: '你好👍', cursor: -1 }, '', { ...noKey, backspace: true })!;
    expect(b).toEqual({ value: '你好', cursor: 2 });
    expect(editBuffer(b, 'x', { ...noKey, ctrl: true })).toBeNull();
    b = editBuffer({ value: '你好', cursor: 2 }, 'a', { ...noKey, ctrl: true })!;
    expect(b.cursor).toBe(0);
    b = editBuffer(b, '呀\n', noKey)!;
    expect(b).toEqual({ value: '呀 你好', cursor: 2 });
    expect(editBuffer(b, '', { ...noKey, tab: true })).toBeNull();
  });
});
