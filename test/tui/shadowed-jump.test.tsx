// A keyword that can never fire (an earlier rule answers first) is named where the merchant
// fixes it: on the status line, in the review list, and — after review's Enter — in the rule
// editor with the message under the keywords and the keyword marked, not hidden behind 「+N」.
import { describe, expect, it } from 'vitest';
import { fieldConfigFindings, statusFinding, type ReviewFinding } from '../../src/tui/findings.js';
import { fitChips } from '../../src/tui/components/Chips.js';
import { initialState, reducer } from '../../src/tui/state.js';
import { FIXTURE, KEY, openApp, press, waitFor, waitForText, widestLine } from './helpers.js';

// 「几天发货呢」 contains the first rule's 「几天发货」: it never fires; 「发货快吗」 still works.
const SHADOWED = FIXTURE.replace(
  'product_cards:',
  `  - id: bargain
    keywords: [发货快吗, 能包邮吗, 包邮到新疆吗, 质量好吗, 有现货吗, 几天发货呢]
    match: contains
    reply: 现货下单后尽快发出～
product_cards:`,
);

describe('fieldConfigFindings', () => {
  it('marks the keyword a keyword-shadowed finding is about', () => {
    const f: ReviewFinding = { path: ['keyword_rules', 3, 'keywords', 1], ruleId: 'keyword-shadowed', severity: 1, message: 'm' };
    const got = fieldConfigFindings(['keyword_rules', 3, 'keywords'], '发货快吗，几天发货呢', 'keywords', [f]);
    expect(got).toEqual([{ ruleId: 'keyword-shadowed', severity: 1, message: 'm', start: 5, end: 10 }]);
    // Content findings are the field's own live lint, not repeated.
    expect(fieldConfigFindings(['keyword_rules', 3, 'keywords'], 'x', 'keywords', [{ ...f, ruleId: 'offsite-contact' }])).toEqual([]);
  });

  it('the status line names the finding of the rule in hand', () => {
    const f: ReviewFinding = { path: ['keyword_rules', 3, 'keywords', 5], ruleId: 'keyword-shadowed', severity: 1, message: 'm' };
    expect(statusFinding({ screen: 'rules', item: { top: 'keyword_rules', index: 3 } }, [f])).toBe(f);
    expect(statusFinding({ screen: 'rules', item: { top: 'keyword_rules', index: 2 } }, [f])).toBeUndefined();
  });
});

describe('fitChips', () => {
  it('never hides a flagged keyword behind the count', () => {
    const items = ['发货快吗', '能包邮吗', '包邮到新疆吗', '质量好吗', '有现货吗', '几天发货呢'];
    expect(fitChips(items, 30).shown).not.toContain('[几天发货呢]');
    const fit = fitChips(items, 30, 5);
    expect(fit.shown).toContain('[几天发货呢]');
    expect(fit.skipped).toBeGreaterThan(0);
  });
});

describe('jump from review', () => {
  it('puts the cursor on the keyword the finding is about', () => {
    const loaded = reducer(initialState('/x.yaml'), {
      type: 'load',
      file: '/x.yaml',
      dirty: false,
      screen: 'review',
      config: { version: 1, keyword_rules: [{ id: 'a', keywords: ['发货'], reply: 'x' }, { id: 'b', keywords: ['快吗', '发货时间'], reply: 'y' }] },
    });
    const s = reducer(loaded, { type: 'jump', path: ['keyword_rules', 1, 'keywords', 1] });
    expect(s.screen).toBe('rules');
    expect(s.rules.editing).toBe(1);
    expect(s.focus).toBe(0);
    expect(s.cursor).toBe(3);
  });
});

describe('a shadowed keyword in the app', () => {
  it('is counted and named on the status line, listed in review, and shown in the editor after Enter', async () => {
    const { lastFrame, stdin } = await openApp(SHADOWED);
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'));
    await waitForText(lastFrame, '条：买家消息含关键词时自动回复');
    await press(stdin, KEY.down, KEY.down, KEY.down);
    let frame = await waitFor(lastFrame, (f) => f.includes('⚠ 关键词「几天发货呢」永远不会触发'));
    // The list row shows the flagged keyword instead of hiding it behind 「+N」.
    expect(frame).toMatch(/›\s+4 .*\[几天发货呢\]/);
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'));
    frame = await waitForText(lastFrame, '个警告');
    expect(frame).toMatch(/规则 #4 · 关键词「几天发货呢」/);
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
    const row = frame.split('\n').findIndex((l) => l.includes('关键词「几天发货呢」'));
    const selected = frame.split('\n').findIndex((l) => l.startsWith('›'));
    await press(stdin, ...Array(Math.max(0, row - selected)).fill(KEY.down));
    frame = await waitFor(lastFrame, (f) => f.includes('keyword-shadowed · 关键词回复 #4'));
    // The detail names the rule that answers instead by its number, never 「第 1 行」.
    expect(frame.replace(/\s+/g, '')).toContain('关键词规则「shipping-time」（第1条）的关键词「几天发货」');
    expect(frame).not.toContain('第 1 行');
    await press(stdin, KEY.enter);
    frame = await waitForText(lastFrame, '编辑关键词回复 #4');
    expect(frame).toMatch(/› 关键词/);
    expect(frame).toContain('⚠ 关键词「几天发货呢」永远不会触发');
    expect(frame).toContain('[几天发货呢]');
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
  });
});
