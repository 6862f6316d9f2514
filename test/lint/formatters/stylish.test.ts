import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { format } from '../../../src/lint/formatters/stylish.js';
import { textResult } from '../../../src/lint/formatters/results.js';
import type { LintMessage } from '../../../src/lint/types.js';

const contact: LintMessage = {
  ruleId: 'offsite-contact',
  severity: 2,
  message: '疑似站外联系方式「薇信」',
  start: 2,
  end: 4,
  suggestion: '有问题直接在小红书私信我们哦',
};
const nagging: LintMessage = { ruleId: 'harassment', severity: 1, message: '催促', start: 0, end: 2 };

describe('stylish formatter', () => {
  it('prints nothing when no text has a problem', () => {
    expect(format([textResult('<text 1>', '你好', [])], { color: false, lang: 'zh' })).toBe('');
  });

  it('shows the sentence, underlines the span, suggests the rewrite and sums up (zh)', () => {
    const out = format([textResult('<text 1>', '加我薇信吧', [contact])], { color: false, lang: 'zh' });
    expect(out).toBe(
      [
        '',
        '<text 1>',
        '  1:3  错误  疑似站外联系方式「薇信」  offsite-contact',
        '       加我薇信吧',
        '           ^^^^',
        '       → 建议：有问题直接在小红书私信我们哦',
        '',
        '✖ 1 个问题（1 个错误，0 个警告）',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --lang en', () => {
    const out = format([textResult('<text 1>', '快点下单', [nagging])], { color: false, lang: 'en' });
    expect(out).toContain('  1:1  warning  催促  harassment');
    expect(out).toContain('✖ 1 problem (0 errors, 1 warning)');
  });

  it('aligns the message and rule columns by terminal width, not string length', () => {
    const short: LintMessage = { ruleId: 'a-rule', severity: 2, message: 'ab', start: 0, end: 1 };
    const wide: LintMessage = { ruleId: 'b-rule', severity: 1, message: '中文消息', start: 1, end: 2 };
    const out = format([textResult('<text 1>', 'xyz', [short, wide])], { color: false, lang: 'zh' });
    const rows = out.split('\n').filter((l) => /-rule$/.test(l));
    expect(rows).toHaveLength(2);
    const ruleColumn = (row: string) => stringWidth(row.slice(0, row.lastIndexOf(' ') + 1));
    expect(ruleColumn(rows[0])).toBe(ruleColumn(rows[1]));
  });

  it('groups results, skips clean ones and counts over all of them', () => {
    const out = format(
      [
        textResult('<text 1>', '加我薇信吧', [contact]),
        textResult('<text 2>', '你好', []),
        textResult('<text 3>', '快点下单', [nagging]),
      ],
      { color: false, lang: 'zh' },
    );
    expect(out).toContain('<text 1>');
    expect(out).not.toContain('<text 2>');
    expect(out).toContain('<text 3>');
    expect(out).toContain('✖ 2 个问题（1 个错误，1 个警告）');
  });

  it('places messages on later lines of a multi-line text', () => {
    const text = '第一行\n第二行加薇信';
    const m: LintMessage = { ...contact, start: 8, end: 10 };
    const out = format([textResult('<text 1>', text, [m])], { color: false, lang: 'zh' });
    expect(out).toContain('  2:5  错误');
    expect(out).toContain('       第二行加薇信\n               ^^^^\n');
  });

  it('spells out invisible characters so the caret has something to point at', () => {
    const m: LintMessage = { ruleId: 'invisible-chars', severity: 2, message: '隐藏字符', start: 1, end: 2 };
    const out = format([textResult('<text 1>', '微\u200B信', [m])], { color: false, lang: 'zh' });
    expect(out).toContain('微<U+200B>信\n');
    expect(out).toContain(' '.repeat(7 + 2) + '^'.repeat(8) + '\n');
  });

  it('keeps emoji joiners inside an emoji as they are', () => {
    const text = '好评👩\u200D👩\u200D👧加薇信';
    const m: LintMessage = { ...contact, start: text.indexOf('加'), end: text.length };
    const out = format([textResult('<text 1>', text, [m])], { color: false, lang: 'zh' });
    expect(out).toContain(text);
  });

  it('clips long lines around the span', () => {
    const text = '前'.repeat(500) + '薇信' + '后'.repeat(500);
    const m: LintMessage = { ...contact, start: 500, end: 502 };
    const out = format([textResult('<text 1>', text, [m])], { color: false, lang: 'zh' });
    const frame = out.split('\n')[3].trim();
    expect(frame.startsWith('…')).toBe(true);
    expect(frame.endsWith('…')).toBe(true);
    expect(frame).toContain('薇信');
    expect(stringWidth(frame)).toBeLessThanOrEqual(24 + 4 + 24);
  });

  it('colours only when asked', () => {
    const results = [textResult('<text 1>', '加我薇信吧', [contact])];
    expect(format(results, { color: false, lang: 'zh' })).not.toContain('\u001B[');
    const coloured = format(results, { color: true, lang: 'zh' });
    expect(coloured).toContain('\u001B[31m错误\u001B[39m');
    expect(coloured.replace(/\u001B\[\d+m/g, '')).toBe(format(results, { color: false, lang: 'zh' }));
  });

  it('mentions --fix when some problems have a safe fix', () => {
    const fixable: LintMessage = { ...contact, fix: { start: 2, end: 4, text: '' } };
    const out = format([textResult('<text 1>', '加我薇信吧', [fixable])], { color: false, lang: 'zh' });
    expect(out).toContain('其中 1 个错误、0 个警告可用 --fix 自动修复');
  });

  it('shows file paths relative to cwd and works without a source text', () => {
    const out = format(
      [
        {
          filePath: '/shop/xhs-reply.yaml',
          messages: [{ ...contact, line: 12, column: 10, endLine: 12, endColumn: 12 }],
          errorCount: 1,
          warningCount: 0,
          fixableErrorCount: 0,
          fixableWarningCount: 0,
        },
      ],
      { color: false, lang: 'zh', cwd: '/shop' },
    );
    expect(out.split('\n').slice(1, 4)).toEqual([
      'xhs-reply.yaml',
      '  12:10  错误  疑似站外联系方式「薇信」  offsite-contact',
      '         → 建议：有问题直接在小红书私信我们哦',
    ]);
  });
});

describe('stylish formatter on huge texts', () => {
  it('frames many findings in a 100 KB one-line text with bounded lines', () => {
    // Emoji between CJK so a window's edge can fall inside a surrogate pair.
    const text = '好'.repeat(50_000) + '好😀'.repeat(16_000);
    const messages: LintMessage[] = [];
    for (let at = 0; at < 50_000; at += 50) {
      messages.push({ ruleId: 'r', severity: 1, message: 'm', start: at, end: at + 2 });
    }
    messages.push({ ruleId: 'r', severity: 2, message: 'long span', start: 10, end: text.length - 3 });
    const out = format([textResult('<text 1>', text, messages)], { color: false, lang: 'en' });
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(130);
    // Cutting the long span and its context to a window never leaves half an emoji behind.
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
