// The first worksheet of an .xlsx as a grid. exceljs is loaded lazily: lint and the other
// commands should not pay its start-up cost unless a workbook is actually read.
import { UserError } from '../errors.js';
import type { Cell, Grid, GridRow } from './types.js';
import { checkZipSize } from './zip-guard.js';

export interface XlsxGrid extends Grid {
  /** Name of the sheet read (the first) and how many the workbook has, for messages. */
  readonly sheetName?: string;
  readonly sheetCount: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as the merchant sees it in the sheet: 2024-01-01 (with hh:mm when it has a time). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  // exceljs turns Excel's serial day number into a UTC instant; the wall-clock digits are UTC's.
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
}

/**
 * The text a cell contributes. An error value (#N/A, #REF! — also as a formula's result) is no
 * text at all: it must never become a reply or a keyword.
 */
function cellValue(value: unknown, text: string): string {
  const inner = value !== null && typeof value === 'object' && 'result' in value ? (value as { result: unknown }).result : value;
  if (inner instanceof Date) return dateText(inner);
  if (inner !== null && typeof inner === 'object' && 'error' in inner) return '';
  return text;
}

export async function readXlsxGrid(buf: Buffer, file: string): Promise<XlsxGrid> {
  // Counted before exceljs inflates anything: a zip bomb stops here, at the cap.
  checkZipSize(buf, file);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings want its own Buffer flavour; a Node Buffer is what it reads at runtime.
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw new UserError(
      {
        zh: `无法读取 XLSX（文件损坏或不是 Excel 工作簿：${(err as Error).message}）`,
        en: `Cannot read the XLSX (damaged or not an Excel workbook: ${(err as Error).message})`,
      },
      { file },
    );
  }
  const sheet = workbook.worksheets[0];
  const rows: GridRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // cell.text is what Excel shows: rich text joined, formula results, hyperlink labels —
      // except dates (exceljs gives JavaScript's "Mon Jan 01 2024 …") and error values (#N/A).
      const value = cellValue(cell.value, cell.text ?? '').replace(/\r\n?/g, '\n');
      cells[colNumber - 1] = { value, line: rowNumber, col: colNumber };
    });
    if (cells.some((c) => c !== undefined && c.value.trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  return {
    rows,
    positionIn: (cell) => ({ line: cell.line, col: cell.col }),
    sheetName: sheet?.name,
    sheetCount: workbook.worksheets.length,
  };
}
