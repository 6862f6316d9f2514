// SPEC §8: an import never swallows rows. A CSV quote that is never closed (or closes only after
// many row-like lines) folds every later row into one reply; that is refused at the quote with
// file:line:col, and a short suspicious span is reported on its row — never exit 0 with rows gone.
import { describe, expect, it } from 'vitest';
import { parseDelimited, suspiciousQuotes, unclosedQuote } from '../../src/import/delimited.js';
import { parseQuestions } from '../../src/import/questions.js';
import { parseRuleSheet } from '../../src/import/read-rule-sheet.js';
import { rejectionOf } from '../helpers/user-error.js';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `问题${i},回复${i}\n`).join('');

const errorOf = rejectionOf;

describe('unclosed quotes in a CSV', () => {
  it('a quote running to the end of the file is refused at the quote (the issue: 运费,"满99包邮 + 1,000 rows)', async () => {
    const csv = `关键词,回复\n发货,三天内发货\n运费,"满99包邮\n${rows(1000)}`;
    const err = await errorOf(parseRuleSheet(Buffer.from(csv), 'rules.csv'));
    expect(err.format('zh')).toBe('rules.csv:3:4: 这里的英文双引号 " 没有闭合，后面 1000 行都会被并进这一格；请补上右引号，或去掉这个引号');
  });

  it('a quote that closes only at a later quote, after many row-like lines, is refused too', async () => {
    const csv = `关键词,回复\n运费,"满99包邮\n${rows(50)}退货,"七天无理由"\n`;
    const err = await errorOf(parseRuleSheet(Buffer.from(csv), 'rules.csv'));
    expect(err.text.zh).toMatch(/^这里的英文双引号 " 到第 53 行才闭合，中间 51 行像表格行/);
    expect(err.pos).toEqual({ file: 'rules.csv', line: 2, col: 4 });
  });

  it('a short suspicious span is imported but reported on its row', async () => {
    const csv = `关键词,回复\n运费,"满99包邮\n退货,七天"\n发货,三天内发货\n`;
    const sheet = await parseRuleSheet(Buffer.from(csv), 'rules.csv');
    expect(sheet.problems).toHaveLength(1);
    expect(sheet.problems[0]).toMatchObject({ row: 2, col: 4, kind: 'kept' });
    expect(sheet.problems[0].message.zh).toMatch(/中间 1 行像表格行却被并进了这一格/);
  });

  it('multi-line replies without delimiters stay ordinary cells, with no problem', async () => {
    const csv = `关键词,回复\n发货,"亲，您好\n我们三天内发货\n有问题随时问"\n退货,七天\n`;
    const sheet = await parseRuleSheet(Buffer.from(csv), 'rules.csv');
    expect(sheet.problems).toEqual([]);
    expect(sheet.config.keyword_rules).toHaveLength(2);
    expect(suspiciousQuotes(parseDelimited(csv, ','))).toEqual([]);
  });

  it('an unclosed quote on the very last line swallows nothing and stays lenient, as Excel', () => {
    const grid = parseDelimited('关键词,回复\n发货,"三天内发货', ',');
    expect(unclosedQuote(grid)).toBeNull();
    expect(grid.rows[1].cells[1]!.value).toBe('三天内发货');
  });

  it('coverage question lists refuse an unclosed quote as well', async () => {
    const err = await errorOf(parseQuestions(Buffer.from(`问题\n"包邮吗\n${'什么时候发货\n'.repeat(10)}`), 'q.csv'));
    expect(err.pos).toEqual({ file: 'q.csv', line: 2, col: 1 });
  });
});
