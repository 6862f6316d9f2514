import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseRuleSheet, readRuleSheet } from '../../src/import/read-rule-sheet.js';
import type { RuleSheet } from '../../src/import/types.js';
import { fixtures } from './helpers.js';

const read = (name: string) => readRuleSheet(name, { cwd: fixtures });

async function userError(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

/** The rules every encoding of test/fixtures/import/rules.csv must yield. */
const CSV_RULES = [
  { id: '什么时候发货', keywords: ['什么时候发货', '几天发货', '发货时间'], match: 'contains', reply: '本店现货商品下单，预计3天内发货' },
  { id: '运费', keywords: ['运费', '包邮'], match: 'exact', reply: '全场包邮哦\n偏远地区除外' },
  { id: '尺码', keywords: ['尺码'], match: 'contains', reply: '' },
  { id: '退货', keywords: ['退货'], match: 'contains', reply: '七天无理由退换' },
  { id: 'vip', keywords: ['VIP'], match: 'exact', reply: '会员专享价' },
];
const CSV_CARDS = [{ id: '碎花裙', product_id: '65f0c0ffee', keywords: ['碎花裙', '连衣裙'], reply: '这款是本店爆款，说"好看"的人最多' }];

/** Every non-empty data row is a rule/card or a problem, and no row is counted twice. */
function expectNothingLost(sheet: RuleSheet, dataRows: readonly number[]) {
  const imported = sheet.rows.map((r) => r.row);
  const skipped = sheet.problems.filter((p) => p.kind === 'skipped').map((p) => p.row);
  expect(new Set(imported).size).toBe(imported.length);
  expect([...imported, ...skipped].sort((a, b) => a - b)).toEqual([...dataRows].sort((a, b) => a - b));
}

describe('readRuleSheet: CSV in every encoding Excel/WPS writes', () => {
  it.each([
    ['rules.csv', 'UTF-8'],
    ['rules-bom.csv', 'UTF-8（BOM）'],
    ['rules-gbk.csv', 'GBK/GB18030'],
  ])('%s (%s)', async (name, encoding) => {
    const sheet = await read(name);
    expect(sheet.format).toBe('csv');
    expect(sheet.encoding).toBe(encoding);
    expect(sheet.config).toEqual({ version: 1, keyword_rules: CSV_RULES, product_cards: CSV_CARDS });
    expect(sheet.problems.map((p) => [p.row, p.kind])).toEqual([
      [5, 'kept'],
      [6, 'skipped'],
      [8, 'kept'],
    ]);
    expect(sheet.problems[1].source).toContain('只有回复没有关键词');
    expectNothingLost(sheet, [2, 3, 5, 6, 7, 8, 9]);
  });

  it('nothing is lost: every csv-parse record is a rule, a card or a reported problem', async () => {
    const text = await readFile(join(fixtures, 'rules.csv'), 'utf8');
    const records = (parse(text, { relax_column_count: true }) as string[][]).slice(1);
    const sheet = await read('rules.csv');
    const texts = JSON.stringify(sheet.config) + sheet.problems.map((p) => p.source).join('\n');
    for (const record of records) {
      for (const value of record.filter((v) => v.trim() !== '' && !['包含', '精确', 'exact'].includes(v))) {
        for (const piece of value.split(/[、，,;；/\n]/)) expect(texts).toContain(piece.replace(/"/g, '\\"').trim());
      }
    }
    expect(sheet.rows.length + sheet.problems.filter((p) => p.kind === 'skipped').length).toBe(records.length);
  });

  it('points every value at its cell, down to a keyword inside a cell', async () => {
    const sheet = await read('rules-gbk.csv');
    expect(sheet.positionOf(['keyword_rules', 0, 'keywords', 1])).toEqual({ file: 'rules-gbk.csv', line: 2, col: 10 });
    expect(sheet.positionOf(['keyword_rules', 1, 'reply'], 6)).toEqual({ file: 'rules-gbk.csv', line: 4, col: 1 });
    expect(sheet.positionOf(['keyword_rules', 1, 'match'])).toEqual({ file: 'rules-gbk.csv', line: 3, col: 10 });
    expect(sheet.positionOf(['product_cards', 0, 'product_id'])).toMatchObject({ line: 7, col: 36 });
    // A generated value (no id cell) points at the row.
    expect(sheet.positionOf(['keyword_rules', 0, 'id'])).toMatchObject({ line: 2, col: 1 });
  });
});

describe('readRuleSheet: TSV, UTF-16 and XLSX', () => {
  it('joins keywords spread over 关键词1, 关键词2 … columns', async () => {
    const sheet = await parseRuleSheet(Buffer.from('关键词1,关键词2,回复\n发货,几天发货、发货时间,3天内\n,运费,包邮\n'), 'wide.csv');
    expect(sheet.config.keyword_rules?.map((r) => r.keywords)).toEqual([['发货', '几天发货', '发货时间'], ['运费']]);
    expect(sheet.positionOf(['keyword_rules', 0, 'keywords', 2])).toEqual({ file: 'wide.csv', line: 2, col: 9 });
  });


  it('reads a TSV with English headers', async () => {
    const sheet = await read('rules.tsv');
    expect(sheet.format).toBe('tsv');
    expect(sheet.config.keyword_rules).toEqual([
      { id: 'how-much', keywords: ['How much'], match: 'contains', reply: 'Prices are on the product page' },
      { id: '退换', keywords: ['退换', '退货'], match: 'exact', reply: '七天无理由退换' },
    ]);
    expectNothingLost(sheet, [2, 3, 4]);
  });

  it('reads Excel "Unicode text" (UTF-16LE, tabs) saved as .txt', async () => {
    const sheet = await read('rules-utf16.txt');
    expect([sheet.format, sheet.encoding]).toEqual(['tsv', 'UTF-16LE']);
    expect(sheet.config.keyword_rules?.map((r) => r.id)).toEqual(['how-much', '退换']);
  });

  it('reads the first sheet of an XLSX below a title row', async () => {
    const sheet = await read('rules.xlsx');
    expect(sheet.format).toBe('xlsx');
    expect(sheet.encoding).toBeUndefined();
    expect(sheet.ignoredColumns).toEqual(['备注']);
    expect(sheet.config.keyword_rules).toEqual([
      { id: 'shipping', keywords: ['什么时候发货', '几天发货'], match: 'contains', reply: '本店现货商品下单，预计3天内发货' },
      { id: '运费', keywords: ['运费'], match: 'exact', reply: '全场包邮，偏远地区除外～' },
      { id: '尺码', keywords: ['尺码'], match: 'contains', reply: '' },
      { id: '退换', keywords: ['退换', '退货'], match: 'contains', reply: '七天无理由退换，运费险已买' },
    ]);
    expect(sheet.config.product_cards).toEqual([
      { id: '春季碎花连衣裙', product_id: '6500123', name: '春季碎花连衣裙', keywords: ['碎花裙', '连衣裙'], reply: '这款是本店爆款碎花裙，S–XL 都有现货～' },
    ]);
    // Title row 1 and the 备注-only row 9 are reported; the blank row 8 holds nothing.
    expectNothingLost(sheet, [1, 3, 4, 5, 6, 7, 9]);
    expect(sheet.problems.find((p) => p.row === 6)).toMatchObject({ kind: 'kept', col: 4 });
    expect(sheet.positionOf(['keyword_rules', 1, 'reply'])).toEqual({ file: 'rules.xlsx', line: 4, col: 4 });
  });

  it('reads pasted backend text', async () => {
    const sheet = await read('backend-paste.txt');
    expect(sheet.format).toBe('paste');
    expect(sheet.config.keyword_rules?.map((r) => [r.keywords.join('、'), r.match, r.reply])).toEqual([
      ['什么时候发货、几天发货', 'contains', '本店现货商品下单，预计3天内发货'],
      ['运费', 'contains', '全场包邮哦\n偏远地区除外\n点击→领券更划算'],
      ['尺码', 'exact', ''],
      ['什么材质', 'contains', '纯棉，亲肤透气'],
      ['退换、退货', 'contains', '七天无理由退换\n  运费险已买'],
    ]);
    expect(sheet.problems.map((p) => [p.row, p.kind])).toEqual([
      [11, 'kept'],
      [14, 'skipped'],
    ]);
    expect(sheet.positionOf(['keyword_rules', 1, 'reply'], 6)).toEqual({ file: 'backend-paste.txt', line: 7, col: 1 });
  });
});

describe('readRuleSheet: broken input is a one-line UserError', () => {
  it.each([
    ['empty.csv', /空的/],
    ['blank.txt', /空的/],
    ['no-header.csv', /没有找到可识别的表头.*关键词\/关键字\/keyword/],
    ['unknown-header.csv', /可识别的表头/],
    ['header-without-reply.csv', /第 1 行像表头，但缺少回复列/],
    ['bad-encoding.csv', /既不是 UTF-8，也不是 GBK\/GB18030/],
    ['picture.csv', /二进制文件/],
    ['missing.csv', /找不到/],
  ])('%s', async (name, message) => {
    const err = await userError(read(name));
    expect(err.text.zh).toMatch(message);
    expect(err.pos?.file).toBe(name);
  });

  it('suggests the paste shapes for an unrecognised .txt', async () => {
    const err = await userError(parseRuleSheet(Buffer.from('随便写的一些话\n没有冒号\n'), 'notes.txt'));
    expect(err.text.zh).toMatch(/关键词 → 回复/);
  });

  describe('XLSX', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'xhs-import-'));
    });
    const workbook = async (name: string, rows: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      for (const r of rows) ws.addRow(r);
      await wb.xlsx.writeFile(join(dir, name));
      return readRuleSheet(name, { cwd: dir });
    };

    it('an empty sheet', async () => {
      expect((await userError(workbook('empty.xlsx', []))).text.zh).toMatch(/空的/);
    });
    it('an empty first sheet before the rules', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('封面');
      wb.addWorksheet('规则').addRow(['关键词', '回复']);
      await wb.xlsx.writeFile(join(dir, 'cover.xlsx'));
      expect((await userError(readRuleSheet('cover.xlsx', { cwd: dir }))).text.zh).toMatch(/第一个工作表「封面」是空的（共 2 个工作表/);
    });
    it('a sheet without header', async () => {
      expect((await userError(workbook('noheader.xlsx', [['发货', '3天内']]))).text.zh).toMatch(/可识别的表头/);
    });
    it('a damaged workbook', async () => {
      await writeFile(join(dir, 'broken.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
      expect((await userError(readRuleSheet('broken.xlsx', { cwd: dir }))).text.zh).toMatch(/无法读取 XLSX/);
    });
    it('an old .xls', async () => {
      const err = await userError(parseRuleSheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls'));
      expect(err.text.zh).toMatch(/另存为 \.xlsx/);
    });
    it('a .xlsx that is really text', async () => {
      expect((await userError(parseRuleSheet(Buffer.from('关键词,回复\n'), 'fake.xlsx'))).text.zh).toMatch(/不是有效的 \.xlsx/);
    });
  });
});

describe('nothing is lost, for any sheet', () => {
  const cell = fc.oneof(
    fc.constant(''),
    fc.constantFrom('发货', '运费、包邮', '退换\n退货', '精确', '包含', '随便', '65f0', ' ', '回复,带逗号', '说"好"'),
  );
  it('every non-empty row is a rule, a card or a skipped problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 }), async (table) => {
        const lines = [['关键词', '回复', '匹配方式', '商品ID', '备注'], ...table];
        const text = lines.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n');
        const sheet = await parseRuleSheet(Buffer.from(text), 'random.csv');
        const nonEmpty = table.filter((r) => r.some((v) => v.trim() !== '')).length;
        const skipped = sheet.problems.filter((p) => p.kind === 'skipped').length;
        expect(sheet.rows.length + skipped).toBe(nonEmpty);
        expect((sheet.config.keyword_rules?.length ?? 0) + (sheet.config.product_cards?.length ?? 0)).toBe(sheet.rows.length);
        const ids = sheet.rows.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 150 },
    );
  });
});
