// XLSX edge cases from issue 14: a zip bomb stops at the uncompressed-size cap before exceljs
// inflates it (also when the zip directory lies about sizes); date cells import as dates;
// Excel error values (#N/A) never become reply text.
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseRuleSheet } from '../../src/import/read-rule-sheet.js';
import { checkZipSize, XLSX_MAX_UNCOMPRESSED } from '../../src/import/zip-guard.js';

/** A one-entry zip; `declared` is what the directory claims the entry inflates to. */
function zipOf(name: string, content: Buffer, declared = content.length): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + nameBuf.length + data.length;
  const dirSize = central.length + nameBuf.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(dirSize, 12);
  eocd.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, eocd]);
}

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError');
}

describe('XLSX zip bomb', () => {
  const huge = Buffer.alloc(XLSX_MAX_UNCOMPRESSED + 1024 * 1024, 0x61);

  it('an entry inflating past the cap is refused (a few hundred KB on disk, 51 MB inside)', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', huge);
    expect(bomb.length).toBeLessThan(200_000);
    const err = await parseRuleSheet(bomb, 'bomb.xlsx').then(
      () => undefined,
      (e: unknown) => e as UserError,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(err!.format('zh')).toBe('bomb.xlsx: XLSX 解压后超过 50 MB，不像规则表（可能是压缩炸弹）；请只保留规则所在的工作表，或另存为 CSV');
  }, 20_000);

  it('a directory that lies about the size is caught by inflating for real', () => {
    const liar = zipOf('xl/worksheets/sheet1.xml', huge, 1000);
    expect(errorOf(() => checkZipSize(liar, 'liar.xlsx')).text.zh).toMatch(/^XLSX 解压后超过 50 MB/);
  });

  it('ordinary workbooks pass', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('规则');
    ws.addRow(['关键词', '回复']);
    for (let i = 0; i < 500; i++) ws.addRow([`问题${i}`, `回复${i}`]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect(() => checkZipSize(buf, 'ok.xlsx')).not.toThrow();
    expect((await parseRuleSheet(buf, 'ok.xlsx')).config.keyword_rules).toHaveLength(500);
  });
});

describe('XLSX cell values', () => {
  it('dates import as YYYY-MM-DD (with hh:mm when set); #N/A and other error values are no text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('规则');
    ws.addRow(['关键词', '回复']);
    ws.addRow(['发货', new Date(Date.UTC(2024, 0, 1))]);
    ws.addRow(['退货', { error: '#N/A' }]);
    ws.addRow(['尺码', { formula: 'VLOOKUP(A1,B:B,1,0)', result: { error: '#N/A' } }]);
    ws.addRow(['活动', { formula: 'DATE(2024,5,20)', result: new Date(Date.UTC(2024, 4, 20, 9, 30)) }]);
    const sheet = await parseRuleSheet(Buffer.from(await wb.xlsx.writeBuffer()), 'dates.xlsx');
    const replies = sheet.config.keyword_rules!.map((r) => r.reply);
    expect(replies).toEqual(['2024-01-01', '', '', '2024-05-20 09:30']);
    for (const r of replies) expect(r).not.toMatch(/#N\/A|GMT/);
    expect(sheet.problems.map((p) => p.row)).toEqual([3, 4]);
  });
});
