// Editing as a seller meets it (issue 12 §5–6): Ctrl-U in the footer, 类目 as a select list,
// a search that Esc and leaving reset, 丢弃草稿 asking first, the start screen opening the
// config in the folder, long notices wrapping, wider terminals used, and no clipboard claim
// without a clipboard.
import React from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App, copyNote } from '../../src/tui/app.js';
import { footerBindings } from '../../src/tui/keys.js';
import { fitSize } from '../../src/tui/hooks/use-terminal-size.js';
import { noticeLines } from '../../src/tui/components/StatusLine.js';
import { initialState, reducer } from '../../src/tui/state.js';
import { plainTheme } from '../../src/tui/theme.js';
import { FIXTURE, KEY, openApp, press, renderApp, tempDir, waitFor, waitForText, widestLine } from './helpers.js';

describe('footer', () => {
  it('shows Ctrl-U 清空 in a text field, not on a list', () => {
    expect(footerBindings('form', true).map((b) => `${b.label} ${b.desc}`)).toContain('Ctrl-U 清空');
    expect(footerBindings('rulesList', false).map((b) => b.label)).not.toContain('Ctrl-U');
  });
});

describe('category', () => {
  it('is a select list with Chinese names; ←→ changes it', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.tab);
    let frame = await waitFor(lastFrame, (f) => /› 类目\s+通用 \[服装\] 美妆/.test(f));
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
    await press(stdin, KEY.right);
    frame = await waitFor(lastFrame, (f) => f.includes('[美妆]'));
    expect(frame).toContain('未保存');
  });

  it('names a code that is none of the templates as unknown', async () => {
    const { lastFrame, stdin } = await openApp(FIXTURE.replace('category: apparel', 'category: apparelx'));
    await press(stdin, KEY.tab);
    await waitForText(lastFrame, '[apparelx（未知类目）]');
  });
});

describe('search', () => {
  it('Esc clears the filter, and so does leaving the screen', () => {
    let s = reducer(initialState('/x.yaml'), { type: 'load', file: '/x.yaml', dirty: false, screen: 'rules', config: { version: 1, keyword_rules: [{ id: 'a', keywords: ['发货'], reply: 'x' }, { id: 'b', keywords: ['退货'], reply: 'y' }] } });
    s = reducer(reducer(s, { type: 'rules/searching', on: true }), { type: 'rules/search', query: '退' });
    s = reducer(s, { type: 'rules/searching', on: false });
    expect(s.rules.query).toBe('退');
    expect(reducer(s, { type: 'back' }).rules.query).toBe('');
    expect(reducer(s, { type: 'back' }).screen).toBe('rules');
    const away = reducer(reducer(s, { type: 'next' }), { type: 'back' });
    expect(away.screen).toBe('rules');
    expect(away.rules.query).toBe('');
  });
});

describe('start screen', () => {
  it('asks before discarding a draft', async () => {
    const cwd = tempDir();
    const draft = { file: `${cwd}/xhs-reply.yaml`, screen: 'rules' as const, savedAt: '2026-11-25 13:20', config: { version: 1 as const, shop: { name: '草稿里的店' } } };
    const { lastFrame, stdin } = renderApp({ cwd, draft });
    await waitForText(lastFrame, '恢复上次未保存的草稿');
    await press(stdin, KEY.down, KEY.enter);
    await waitForText(lastFrame, '再按一次 Enter 丢弃');
    expect(lastFrame()).toContain('丢弃草稿');
    await press(stdin, KEY.enter);
    const frame = await waitForText(lastFrame, '草稿已丢弃');
    expect(frame).not.toContain('恢复上次未保存的草稿');
  });
});

describe('status line', () => {
  it('wraps a long notice below the counts instead of cutting it', () => {
    const notice = { kind: 'error' as const, text: '当前配置还没保存：按 Ctrl-S 保存，或再按一次 Enter 放弃改动，之后再打开别的文件' };
    const lines = noticeLines({ errors: 0, warnings: 0, dirty: true, loaded: true, notice }, 80);
    expect(lines.join('')).toBe(notice.text);
    expect(noticeLines({ errors: 0, warnings: 0, dirty: true, loaded: true, notice: { kind: 'ok', text: '已保存' } }, 80)).toEqual([]);
  });
});

describe('clipboard claims', () => {
  it('says 已复制 only for a system clipboard', () => {
    expect(copyNote(true, 'clipboard')).toBe('，已复制到剪贴板');
    expect(copyNote(true, 'osc52')).toContain('OSC 52');
    expect(copyNote(true, 'osc52')).not.toContain('已复制');
    expect(copyNote(true, 'none')).toContain('未复制');
    expect(copyNote(false, 'none')).toBe('');
  });
});

describe('wider terminals', () => {
  it('draws at the terminal width up to 160 columns', () => {
    expect(fitSize(120, 40)).toEqual({ width: 120, height: 39 });
    expect(fitSize(300, 100)).toEqual({ width: 160, height: 60 });
    expect(fitSize(60, 20)).toEqual({ width: 60, height: 19 });
  });

  it('shows longer reply previews at 120 columns', async () => {
    const cwd = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${cwd}/xhs-reply.yaml`, FIXTURE);
    const r = render(<App cwd={cwd} width={120} height={39} theme={plainTheme} draft={null} />);
    await waitForText(r.lastFrame, '› 打开 xhs-reply.yaml');
    await press(r.stdin, KEY.enter);
    await waitForText(r.lastFrame, '店铺名');
    await press(r.stdin, KEY.ctrl('n'), KEY.ctrl('n'));
    const frame = await waitForText(r.lastFrame, '条：买家消息含关键词时自动回复');
    // The whole reply of rule 2 (31 characters) fits; at 80 columns it is cut at ~16.
    expect(frame).toContain('支持签收后{{return_days}}天无理由退换，在订单页申请售后就可以');
    expect(widestLine(frame)).toBeLessThanOrEqual(120);
    expect(widestLine(frame)).toBeGreaterThan(80);
  });
});
