// Components on their own: the text field marks the offending span and the cursor, chips and
// the footer never pass the width, findings show the fix key.
import React from 'react';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { Chips, fitChips } from '../../src/tui/components/Chips.js';
import { FindingList } from '../../src/tui/components/FindingList.js';
import { Footer, packBindings } from '../../src/tui/components/Footer.js';
import { layoutText, TextField } from '../../src/tui/components/TextField.js';
import { footerBindings, keymaps } from '../../src/tui/keys.js';
import { lintField } from '../../src/tui/model.js';
import { renderWithProviders, widestLine } from './helpers.js';

const reply = '本店现货，加我微信qz2046';
const findings = lintField(reply, { version: 1 });

describe('TextField', () => {
  it('marks every character of the finding as an error and the cursor cell', () => {
    const { lines } = layoutText(reply, 2, true, findings, 78);
    const spans = lines.flat();
    const marked = spans.filter((s) => s.style === 'error').map((s) => s.text).join('');
    const f = findings[0];
    expect(marked).toBe(reply.slice(f.start, f.end));
    expect(spans.find((s) => s.style === 'cursor')?.text).toBe('现');
  });

  it('puts the cursor after the text when it is at the end', () => {
    const { lines } = layoutText('发货', -1, true, [], 78);
    expect(lines.flat().at(-1)).toEqual({ text: ' ', style: 'cursor' });
  });

  it('draws the findings and the fix key under a focused field, wrapped within the width', () => {
    const { lastFrame } = renderWithProviders(<TextField label="回复内容" value={reply} focused cursor={-1} findings={findings} hint="14/300字" />);
    const frame = lastFrame()!;
    expect(frame).toContain('› 回复内容 14/300字');
    expect(frame).toContain('✖ 疑似站外联系方式');
    expect(frame).toContain('Ctrl-F 改为「');
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
  });

  it('shows only a count beside an unfocused field', () => {
    const { lastFrame } = renderWithProviders(<TextField label="回复内容" value={reply} focused={false} findings={findings} />);
    expect(lastFrame()).toContain('回复内容 ✖1');
    expect(lastFrame()).not.toContain('疑似站外联系方式');
  });

  it('wraps a long CJK text and keeps every line within 80 columns', () => {
    const long = '亲，欢迎光临小美的衣橱～'.repeat(20);
    const { lastFrame } = renderWithProviders(<TextField label="欢迎语" value={long} focused cursor={-1} maxLines={4} />);
    expect(widestLine(lastFrame()!)).toBeLessThanOrEqual(80);
    expect(lastFrame()!.split('\n').length).toBeLessThanOrEqual(6);
  });
});

describe('FindingList', () => {
  it('lists at most three findings and counts the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...findings[0], message: `第${i + 1}个问题` }));
    const { lastFrame } = renderWithProviders(<FindingList findings={many} />);
    expect(lastFrame()).toContain('第3个问题');
    expect(lastFrame()).not.toContain('第4个问题');
    expect(lastFrame()).toContain('…还有 2 条');
  });
});

describe('Chips and Footer', () => {
  it('fits chips into the width and counts what does not fit', () => {
    const words = ['什么时候发货', '几天发货', '多久发货', '发货时间', '今天能发', '还没发货', '怎么没发货', '啥时候发'];
    for (const max of [20, 40, 78]) {
      const { shown, rest } = fitChips(words, max);
      expect(stringWidth(shown.join(' ') + (rest ? ` +${rest}` : ''))).toBeLessThanOrEqual(max);
      expect(shown.length + rest).toBe(words.length);
    }
    const { lastFrame } = renderWithProviders(<Chips items={words} max={40} />);
    expect(lastFrame()).toMatch(/^\[什么时候发货\] \[几天发货\].* \+\d$/);
  });

  it('packs the footer into two lines of the width, drawn from the key table', () => {
    for (const map of Object.keys(keymaps) as (keyof typeof keymaps)[]) {
      for (const inText of [false, true]) {
        const all = footerBindings(map, inText);
        const lines = packBindings(all, 80, 2);
        expect(lines.length).toBeLessThanOrEqual(2);
        expect(lines.flat()).toHaveLength(all.length); // no key falls off the footer
        for (const line of lines) expect(stringWidth(line.map((b) => `${b.label} ${b.desc}`).join('  '))).toBeLessThanOrEqual(80);
      }
    }
    const { lastFrame } = renderWithProviders(<Footer bindings={footerBindings('rulesList', false)} />);
    expect(lastFrame()).toContain('a 新增');
    expect(lastFrame()).toContain('Ctrl-S 保存');
  });

  it('hides letter keys from the footer while typing in a field', () => {
    const inText = footerBindings('rulesList', true).map((b) => b.label);
    expect(inText).not.toContain('a');
    expect(inText).not.toContain('?');
    expect(inText).toContain('Ctrl-G');
  });
});
