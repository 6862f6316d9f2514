// A zip bomb guard for .xlsx: a 2.5 MB workbook can inflate to gigabytes (exceljs then took
// 3.3 GB and 28 s). Before exceljs sees the bytes, every entry is inflated here with zlib's
// maxOutputLength, so the real uncompressed size is counted (a central directory can lie)
// and reading stops at the cap.
import { inflateRawSync } from 'node:zlib';
import { UserError } from '../errors.js';

/** A rule sheet of 10,000 rules is a few MB of XML; far past this is a bomb or the wrong file. */
export const XLSX_MAX_UNCOMPRESSED = 50 * 1024 * 1024;
/** Workbooks have a few dozen parts; thousands of entries are a bomb of another shape. */
const MAX_ENTRIES = 10_000;

function damaged(file: string, why: string): UserError {
  return new UserError(
    { zh: `无法读取 XLSX（文件损坏或不是 Excel 工作簿：${why}）`, en: `Cannot read the XLSX (damaged or not an Excel workbook: ${why})` },
    { file },
  );
}

function tooLarge(file: string, max: number): UserError {
  const mb = Math.round(max / 1024 / 1024);
  return new UserError(
    {
      zh: `XLSX 解压后超过 ${mb} MB，不像规则表（可能是压缩炸弹）；请只保留规则所在的工作表，或另存为 CSV`,
      en: `the XLSX inflates to more than ${mb} MB — not a rule sheet (possibly a zip bomb); keep only the rules sheet or save it as CSV`,
    },
    { file },
  );
}

/** Throws a UserError when the workbook's entries inflate past `max` bytes in total. */
export function checkZipSize(buf: Buffer, file: string, max: number = XLSX_MAX_UNCOMPRESSED): void {
  // End of central directory: 22 bytes plus a comment of up to 64 KB, at the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(file, 'no zip directory');
  const entries = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || dirOffset === 0xffffffff) throw tooLarge(file, max); // zip64: not a rule sheet
  if (entries > MAX_ENTRIES) throw tooLarge(file, max);
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw damaged(file, 'bad zip directory');
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    p += 46 + nameLen + extraLen + commentLen;
    if (total + declared > max) throw tooLarge(file, max);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw damaged(file, 'bad zip entry');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, Math.min(buf.length, start + compressed));
    if (method === 0) {
      total += data.length;
    } else if (method === 8) {
      try {
        // The declared size may lie: inflate for real, never past what the budget has left.
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, max - total) }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooLarge(file, max);
        throw damaged(file, (err as Error).message);
      }
    } else {
      throw damaged(file, `compression method ${method}`);
    }
    if (total > max) throw tooLarge(file, max);
  }
}
