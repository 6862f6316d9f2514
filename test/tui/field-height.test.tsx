// A text that fills the field's width exactly puts the cursor on a line of its own: the stack
// of fields must count that line, or the screen runs past its rows and Ink squeezes the fields
// into each other (seen at 80×24: a 39-character welcome drew its findings over one another).
import { describe, expect, it } from 'vitest';
import { FIXTURE, KEY, openApp, press, waitFor } from './helpers.js';

const paste = (text: string) => `\u001b[200~${text}\u001b[201~`;

describe('a focused text as wide as the field', () => {
  it('keeps the text, the cursor line and every finding on rows of their own', async () => {
    const { lastFrame, stdin } = await openApp(FIXTURE.replace('quick_questions: [什么时候发货, 可以退换吗]', 'quick_questions: [什么时候发货, 可以退换吗, 保质期多久, 是正品吗, 会过敏吗, 转人工客服]'));
    await press(stdin, KEY.ctrl('n'));
    await waitFor(lastFrame, (f) => f.includes('› 欢迎语'));
    await press(stdin, KEY.ctrl('u'));
    // 39 full-width characters: 78 columns, the width of the text area at 80 columns.
    const text = '姐妹们这套护肤品是医生都在用的，坚持一个月保证祛斑，想要同款的加我绿色软件问哈';
    expect(text.length).toBe(39);
    stdin.write(paste(text));
    const frame = await waitFor(lastFrame, (f) => f.includes('39/300字') && f.includes('✖'));
    const rows = frame.split('\n');
    const at = rows.findIndex((r) => r.includes('› 欢迎语'));
    expect(rows[at + 1]).toBe(`  ${text}`);
    // The cursor's own row, then the findings, each message starting on a row of its own.
    expect(rows[at + 2].trim()).toBe('');
    const findings = rows.slice(at + 3).filter((r) => r.startsWith('  ✖ '));
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const r of findings) expect(r).toMatch(/^  ✖ [^ ]/);
    expect(rows.slice(at + 3).join('\n')).toContain('医生都在用');
    expect(rows.length).toBeLessThanOrEqual(24);
  });
});
