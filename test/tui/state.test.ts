// The flow without a terminal: every action is plain data and the reducer is pure.
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { fields, focusedField, initialState, reducer, textTarget, valueOf, withExtension, type Action, type State } from '../../src/tui/state.js';

const config: Config = {
  version: 1,
  shop: { name: '小美的衣橱', category: 'apparel' },
  vars: { ship_days: 3, return_days: 7 },
  welcome: { text: '亲，欢迎光临', quick_questions: ['什么时候发货', '可以退换吗'] },
  keyword_rules: [
    { id: 'shipping-time', keywords: ['什么时候发货', '几天发货'], match: 'contains', reply: '预计{{ship_days}}天内发货' },
    { id: 'returns', keywords: ['可以退换吗'], match: 'contains', reply: '支持{{return_days}}天无理由退换' },
    { id: 'size', keywords: ['尺码'], match: 'exact', reply: '详情页有尺码表' },
  ],
  product_cards: [{ id: 'dress', product_id: '1', name: '碎花裙', keywords: ['碎花裙'], reply: '有现货' }],
};

const noKey = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
};

const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const loaded = () => run(initialState('/tmp/xhs-reply.yaml'), { type: 'load', config, file: '/tmp/xhs-reply.yaml', dirty: false });

describe('reducer: screens', () => {
  it('starts on the start screen and opens a config on the shop screen', () => {
    const s = loaded();
    expect(initialState('/x').screen).toBe('start');
    expect(s.screen).toBe('shop');
    expect(s.config?.shop?.name).toBe('小美的衣橱');
    expect(s.dirty).toBe(false);
  });

  it('walks the flow forward with next and back with back, never past either end', () => {
    let s = loaded();
    const seen = [s.screen];
    for (let i = 0; i < 9; i++) {
      s = reducer(s, { type: 'next' });
      seen.push(s.screen);
    }
    expect(seen).toEqual(['shop', 'welcome', 'rules', 'cards', 'followups', 'try', 'review', 'export', 'export', 'export']);
    s = run(s, { type: 'back' }, { type: 'back' });
    expect(s.screen).toBe('try');
  });

  it('does not leave the start screen without a config', () => {
    const s = run(initialState('/x'), { type: 'next' }, { type: 'go', screen: 'rules' });
    expect(s.screen).toBe('start');
  });

  it('Esc closes help, then a confirmation, then the rule editor, before leaving the screen', () => {
    let s = run(loaded(), { type: 'go', screen: 'rules' }, { type: 'list/edit', list: 'rules', index: 1 }, { type: 'help', open: true });
    s = reducer(s, { type: 'back' });
    expect(s.help).toBe(false);
    expect(s.rules.editing).toBe(1);
    s = reducer(s, { type: 'back' });
    expect(s.rules.editing).toBeNull();
    expect(s.screen).toBe('rules');
    s = reducer(s, { type: 'back' });
    expect(s.screen).toBe('welcome');
  });
});

describe('reducer: fields and typing', () => {
  it('Tab and Shift-Tab cycle through the fields of the screen', () => {
    let s = loaded();
    const n = fields(s).length;
    expect(focusedField(s)?.id).toBe('shop.name');
    s = reducer(s, { type: 'focus', delta: -1 });
    expect(s.focus).toBe(n - 1);
    s = reducer(s, { type: 'focus', delta: 1 });
    expect(s.focus).toBe(0);
  });

  it('types at the cursor, deletes a whole character and marks the config dirty', () => {
    let s = loaded();
    // The prefilled shop name starts selected; an arrow key starts editing it instead.
    expect(s.fresh).toBe(true);
    s = run(s, { type: 'type', input: '', key: { ...noKey, rightArrow: true } });
    expect(s.fresh).toBe(false);
    expect(s.dirty).toBe(false);
    s = run(s, { type: 'type', input: '店', key: noKey });
    expect(s.config?.shop?.name).toBe('小美的衣橱店');
    s = run(s, { type: 'type', input: '', key: { ...noKey, leftArrow: true } }, { type: 'type', input: '', key: { ...noKey, leftArrow: true } });
    s = reducer(s, { type: 'type', input: '的', key: noKey });
    expect(s.config?.shop?.name).toBe('小美的衣的橱店');
    s = reducer(s, { type: 'type', input: '', key: { ...noKey, backspace: true } });
    expect(s.config?.shop?.name).toBe('小美的衣橱店');
    expect(s.dirty).toBe(true);
  });

  it('replaces a selected prefilled value with the first typed character; Backspace clears it', () => {
    let s = run(loaded(), { type: 'type', input: '小', key: noKey }, { type: 'type', input: '玉', key: noKey });
    expect(s.config?.shop?.name).toBe('小玉');
    s = run(s, { type: 'focus', delta: 1 }, { type: 'focus', delta: 1 });
    expect(s.fresh).toBe(true);
    s = run(s, { type: 'type', input: '', key: { ...noKey, backspace: true } });
    expect(s.fresh).toBe(false);
    expect(s.config?.vars?.ship_days).toBe('');
  });

  it('moving the cursor does not mark the config unsaved', () => {
    const s = run(loaded(), { type: 'type', input: '', key: { ...noKey, leftArrow: true } }, { type: 'type', input: '', key: { ...noKey, leftArrow: true } });
    expect(s.cursor).toBeGreaterThanOrEqual(0);
    expect(s.dirty).toBe(false);
  });

  it('keeps numbers as numbers in vars', () => {
    const s = reducer(loaded(), { type: 'setText', path: ['vars', 'ship_days'], value: '5' });
    expect(s.config?.vars?.ship_days).toBe(5);
    const t = reducer(s, { type: 'setText', path: ['vars', 'ship_days'], value: '5天' });
    expect(t.config?.vars?.ship_days).toBe('5天');
  });

  it('keeps a trailing comma of a keyword list while the next keyword is typed', () => {
    let s = run(loaded(), { type: 'go', screen: 'rules' }, { type: 'list/edit', list: 'rules', index: 0 });
    const spec = focusedField(s)!;
    expect(spec.kind).toBe('keywords');
    s = reducer(s, { type: 'type', input: '，', key: noKey });
    expect(valueOf(s, spec)).toBe('什么时候发货，几天发货，');
    expect(s.config?.keyword_rules?.[0].keywords).toEqual(['什么时候发货', '几天发货']);
    s = reducer(s, { type: 'type', input: '发货时间', key: noKey });
    expect(s.config?.keyword_rules?.[0].keywords).toEqual(['什么时候发货', '几天发货', '发货时间']);
  });

  it('toggles the match mode of a rule', () => {
    const s = reducer(loaded(), { type: 'toggleMatch', path: ['keyword_rules', 0, 'match'] });
    expect(s.config?.keyword_rules?.[0].match).toBe('exact');
    expect(reducer(s, { type: 'toggleMatch', path: ['keyword_rules', 0, 'match'] }).config?.keyword_rules?.[0].match).toBe('contains');
  });

  it('adds a quick question and focuses it; removes one', () => {
    let s = run(loaded(), { type: 'go', screen: 'welcome' }, { type: 'addQuestion' });
    expect(s.config?.welcome?.quick_questions).toEqual(['什么时候发货', '可以退换吗', '']);
    expect(focusedField(s)?.path).toEqual(['welcome', 'quick_questions', 2]);
    s = reducer(s, { type: 'removeQuestion', index: 0 });
    expect(s.config?.welcome?.quick_questions).toEqual(['可以退换吗', '']);
  });

  it('refuses an eleventh quick question (the backend holds ten)', () => {
    let s = run(loaded(), { type: 'go', screen: 'welcome' });
    for (let i = 0; i < 12; i++) s = reducer(s, { type: 'addQuestion' });
    expect(s.config?.welcome?.quick_questions).toHaveLength(10);
    expect(s.notice?.text).toContain('最多 10 个快捷问题');
  });

  it('routes typing to the search, the question or the export file name', () => {
    let s = run(loaded(), { type: 'go', screen: 'rules' }, { type: 'rules/searching', on: true }, { type: 'type', input: '退', key: noKey });
    expect(s.rules.query).toBe('退');
    s = run(s, { type: 'go', screen: 'try' }, { type: 'type', input: '几天发货', key: noKey });
    expect(s.question).toBe('几天发货');
    s = run(s, { type: 'go', screen: 'export' }, { type: 'focus', delta: 1 });
    expect(textTarget(s)?.value).toBe('xhs-reply-sheet.txt');
  });
});

describe('reducer: lists', () => {
  it('adds a rule with a fresh id and opens it', () => {
    const s = run(loaded(), { type: 'go', screen: 'rules' }, { type: 'list/add', list: 'rules' });
    expect(s.config?.keyword_rules).toHaveLength(4);
    expect(s.config?.keyword_rules?.[3]).toMatchObject({ id: 'rule-4', keywords: [], match: 'contains', reply: '' });
    expect(s.rules.editing).toBe(3);
  });

  it('drops a rule that was added and left empty, keeps one with content', () => {
    let s = run(loaded(), { type: 'go', screen: 'rules' }, { type: 'list/add', list: 'rules' }, { type: 'back' });
    expect(s.config?.keyword_rules).toHaveLength(3);
    expect(s.notice?.text).toContain('空的关键词回复');
    s = run(s, { type: 'list/add', list: 'rules' }, { type: 'setKeywords', path: ['keyword_rules', 3, 'keywords'], text: '质量问题' }, { type: 'list/close', list: 'rules' });
    expect(s.config?.keyword_rules).toHaveLength(4);
  });

  it('deletes and reorders rules, keeping the selection on the moved rule', () => {
    let s = run(loaded(), { type: 'go', screen: 'rules' }, { type: 'list/move', list: 'rules', index: 2, delta: -1 });
    expect(s.config?.keyword_rules?.map((r) => r.id)).toEqual(['shipping-time', 'size', 'returns']);
    expect(s.rules.selected).toBe(1);
    s = reducer(s, { type: 'list/move', list: 'rules', index: 0, delta: -1 });
    expect(s.config?.keyword_rules?.map((r) => r.id)).toEqual(['shipping-time', 'size', 'returns']);
    s = reducer(s, { type: 'list/delete', list: 'rules', index: 0 });
    expect(s.config?.keyword_rules?.map((r) => r.id)).toEqual(['size', 'returns']);
  });

  it('clamps the selection to the list', () => {
    const s = run(loaded(), { type: 'go', screen: 'cards' }, { type: 'list/select', list: 'cards', delta: 5, count: 1 });
    expect(s.cards.selected).toBe(0);
  });
});

describe('reducer: review and export', () => {
  it('jumps from a finding to the rule editor with the field focused', () => {
    const s = run(loaded(), { type: 'go', screen: 'review' }, { type: 'jump', path: ['keyword_rules', 1, 'reply'] });
    expect(s.screen).toBe('rules');
    expect(s.rules.editing).toBe(1);
    expect(focusedField(s)?.path).toEqual(['keyword_rules', 1, 'reply']);
  });

  it('jumps to a keyword inside a card and to a quick question', () => {
    let s = reducer(loaded(), { type: 'jump', path: ['product_cards', 0, 'keywords', 0] });
    expect(s.screen).toBe('cards');
    expect(focusedField(s)?.path).toEqual(['product_cards', 0, 'keywords']);
    s = reducer(s, { type: 'jump', path: ['welcome', 'quick_questions', 1] });
    expect(s.screen).toBe('welcome');
    expect(focusedField(s)?.path).toEqual(['welcome', 'quick_questions', 1]);
  });

  it('changes the file extension with the format', () => {
    expect(withExtension('xhs-reply-sheet.txt', 'html')).toBe('xhs-reply-sheet.html');
    expect(withExtension('noext', 'csv')).toBe('noext.csv');
    const s = reducer(loaded(), { type: 'export/set', patch: { format: 'csv' } });
    expect(s.exportForm.fileName).toBe('xhs-reply-sheet.csv');
  });

  it('clears the written path when the config changes after an export', () => {
    let s = reducer(loaded(), { type: 'export/set', patch: { written: '/tmp/a.txt' } });
    expect(s.exportForm.written).toBe('/tmp/a.txt');
    s = reducer(s, { type: 'setText', path: ['shop', 'name'], value: '新店' });
    expect(s.exportForm.written).toBeNull();
  });
});
