// A text that fills the field's width exactly puts the cursor on a line of its own: the stack
// of fields must count that line, or the screen runs past its rows and Ink squeezes the fields
// into each other (seen at 80×24: a 39-character welcome drew its findings over one another).
import { describe, expect, it } from 'vitest';
import { FIXTURE, KEY, openApp, press, renderWithProviders, waitFor } from './helpers.js';
import { FieldStack } from '../../src/tui/components/FieldStack.js';
import type { FieldSpec } from '../../src/tui/forms.js';

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

// A one-line value sits beside its label only when it fits in the columns the label and the
// hint leave (TextField's inline layout); a longer one moves under the label and takes a row
// more. The stack must size each field the way TextField draws it, hint included.
describe('one-line fields with a label column and a hint', () => {
  const specs: FieldSpec[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => ({
    id: `shop.vars.${k}`,
    kind: 'text',
    label: `变量 ${k}`,
    path: ['shop', 'vars', k],
    hint: `{{after_sales_${k}}}`,
  }));
  // 22 full-width characters: 44 columns fit the 78 a field has alone, not the 80 − 22 − 2 −
  // hint columns beside the label.
  const long = '周一到周五早上九点到晚上六点都有人工客服在线';

  it('never draws more rows than it is given', () => {
    for (const focus of [0, 3, 5]) {
      const values = specs.map((_, i) => (i % 2 === 0 ? long : '3'));
      const { lastFrame } = renderWithProviders(<FieldStack specs={specs} values={values} focus={focus} cursor={-1} config={null} rows={8} labelWidth={22} maxLines={2} />);
      const rows = (lastFrame() ?? '').split('\n');
      expect(rows.length).toBeLessThanOrEqual(8);
      // The focused field is on screen with its whole value, on the row under its label.
      const at = rows.findIndex((r) => r.includes(`› ${specs[focus].label}`));
      expect(at).toBeGreaterThanOrEqual(0);
      if (focus % 2 === 0) expect(rows[at + 1]).toContain(long);
      else expect(rows[at]).toContain('3');
    }
  });

  it('keeps a short value beside its label', () => {
    const values = specs.map(() => '3');
    const { lastFrame } = renderWithProviders(<FieldStack specs={specs} values={values} focus={0} cursor={-1} config={null} rows={8} labelWidth={22} maxLines={2} />);
    const rows = (lastFrame() ?? '').split('\n');
    expect(rows.length).toBe(6);
    for (const [i, r] of rows.entries()) expect(r).toMatch(new RegExp(`变量 ${specs[i].id.slice(-1)}\\s+3`));
  });
});
