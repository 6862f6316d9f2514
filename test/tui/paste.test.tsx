// Pasting: a multi-line text pasted into a field stays in that field (bracketed paste), its
// line breaks never act as Enter and never reach the next field; outside a text field a
// paste never runs commands.
import { describe, expect, it } from 'vitest';
import { PasteReader, pastedText, type InkKey } from '../../src/tui/keys.js';
import { initialState, reducer, type State } from '../../src/tui/state.js';
import { KEY, openApp, press, waitFor, waitForText } from './helpers.js';

const NO: InkKey = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false };
const paste = (text: string) => `\u001b[200~${text}\u001b[201~`;

describe('PasteReader', () => {
  it('collects everything between the markers as text, line breaks and tabs included', () => {
    const r = new PasteReader();
    expect(r.read('[200~', { ...NO, meta: true })).toEqual({ kind: 'none' });
    expect(r.read('亲，欢迎光临～', NO)).toEqual({ kind: 'none' });
    expect(r.read('', { ...NO, return: true })).toEqual({ kind: 'none' });
    expect(r.read('有问题请留言', NO)).toEqual({ kind: 'none' });
    expect(r.read('[201~', { ...NO, meta: true })).toEqual({ kind: 'paste', text: '亲，欢迎光临～\n有问题请留言' });
    // After the paste, keys are keys again.
    expect(r.read('', { ...NO, return: true })).toMatchObject({ kind: 'keys' });
  });

  it('reads a multi-line chunk from a terminal without bracketed paste as a paste, a typed chunk as keys', () => {
    const r = new PasteReader();
    expect(r.read('第一行\r第二行', NO)).toEqual({ kind: 'paste', text: '第一行\r第二行' });
    expect(r.read('abc\r', NO)).toMatchObject({ kind: 'keys', parts: [{ input: 'abc' }, { key: { return: true } }] });
  });
});

describe('pastedText', () => {
  it('joins lines with a space in a text, one keyword per line in a keyword list', () => {
    expect(pastedText('亲，欢迎光临～\r\n有问题请留言\n', false)).toEqual({ text: '亲，欢迎光临～ 有问题请留言', lines: 2 });
    expect(pastedText('发货\n\n几天到\n', true)).toEqual({ text: '发货，几天到', lines: 2 });
    expect(pastedText('a\u0007b', false).text).toBe('ab');
  });
});

describe('paste in the reducer', () => {
  const loaded = (): State =>
    reducer(initialState('/tmp/x.yaml'), {
      type: 'load',
      file: '/tmp/x.yaml',
      dirty: false,
      screen: 'welcome',
      config: { version: 1, welcome: { text: '', quick_questions: ['什么时候发货', '包邮吗'] } },
    });

  it('puts a two-line paste into the welcome text only', () => {
    const s = reducer(loaded(), { type: 'paste', text: '亲，欢迎光临～\n有问题请留言，人工客服稍后回复' });
    expect(s.config?.welcome?.text).toBe('亲，欢迎光临～ 有问题请留言，人工客服稍后回复');
    expect(s.config?.welcome?.quick_questions).toEqual(['什么时候发货', '包邮吗']);
    expect(s.focus).toBe(0);
    expect(s.notice?.text).toContain('粘贴了 2 行');
  });

  it('ignores a paste where there is no text field (it never runs list commands)', () => {
    const s0 = { ...loaded(), screen: 'rules' as const };
    const s = reducer(s0, { type: 'paste', text: 'dddq\n' });
    expect(s.config).toBe(s0.config);
    expect(s.notice?.text).toContain('没有输入框');
  });
});

describe('paste in the app', () => {
  it('a bracketed two-line paste into the welcome stays there; quick question 1 is untouched', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.ctrl('n'));
    await waitForText(lastFrame, '快捷问题 2/10');
    await press(stdin, KEY.ctrl('u'), paste('亲，欢迎光临～\r有问题请留言，人工客服稍后回复'));
    const frame = await waitForText(lastFrame, '粘贴了 2 行');
    expect(frame).toContain('亲，欢迎光临～ 有问题请留言，人工客服稍后回复');
    expect(frame).toMatch(/快捷问题 1\s+什么时候发货\s/);
    expect(frame).toMatch(/› 欢迎语/);
  });

  it('a paste on the rule list deletes nothing and does not quit', async () => {
    const { lastFrame, stdin, quit } = await openApp();
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'));
    await waitForText(lastFrame, '条：买家消息含关键词时自动回复');
    await press(stdin, paste('d\ny\nq'));
    await waitFor(lastFrame, (f) => f.includes('没有输入框'));
    expect(lastFrame()).not.toContain('删除关键词回复');
    expect(quit).toEqual([]);
  });
});
