// The first worksheet of an .xlsx as a grid. exceljs is loaded lazily: lint and the other
// commands should not pay its start-up cost unless a workbook is actually read.
import { UserError } from '../errors.js';
import type { Cell, Grid, GridRow } from './types.js';

export interface XlsxGrid extends Grid {
  /** Name of the sheet read (the first) and how many the workbook has, for messages. */
  readonly sheetName?: string;
  readonly sheetCount: number;
}

export async function readXlsxGrid(buf: Buffer, file: string): Promise<XlsxGrid> {
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
      // cell.text is what Excel shows: rich text joined, formula results, hyperlink labels.
      const value = (cell.text ?? '').replace(/\r\n?/g, '\n');
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
