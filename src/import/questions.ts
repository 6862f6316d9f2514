// Real buyer questions for `coverage`: one a line in a text file, or one column of a CSV/TSV/XLSX
// (the column headed 问题/question, else the first).
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { decodeSheet } from './decode.js';
import { parseDelimited, unclosedQuote, unclosedQuoteError } from './delimited.js';
import { headerKey } from './headers.js';
import type { Grid } from './types.js';
import { readXlsxGrid } from './xlsx.js';

const QUESTION_HEADERS = new Set(
  ['问题', '客户问题', '买家问题', '顾客问题', '咨询问题', '咨询内容', '消息', '消息内容', '买家消息', 'question', 'questions', 'query', 'message'].map(headerKey),
);

export interface QuestionList {
  readonly questions: readonly { readonly text: string; readonly row: number }[];
  readonly encoding?: string;
  /** The header of the column used, when a sheet had one. */
  readonly column?: string;
}

function fromGrid(grid: Grid): QuestionList {
  const header = grid.rows[0];
  const headerIndex = header ? header.cells.findIndex((c) => c !== undefined && QUESTION_HEADERS.has(headerKey(c.value))) : -1;
  const column = headerIndex >= 0 ? headerIndex : 0;
  const rows = headerIndex >= 0 ? grid.rows.slice(1) : grid.rows;
  const questions = rows
    .map((r) => ({ text: (r.cells[column]?.value ?? '').trim(), row: r.row }))
    .filter((q) => q.text !== '');
  return headerIndex >= 0 ? { questions, column: header.cells[headerIndex]!.value.trim() } : { questions };
}

export async function parseQuestions(buf: Uint8Array, file: string): Promise<QuestionList> {
  const ext = extname(file).toLowerCase();
  if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    return fromGrid(await readXlsxGrid(Buffer.from(buf), file));
  }
  const { text, encoding } = decodeSheet(buf, file);
  let list: QuestionList;
  if (ext === '.csv' || ext === '.tsv') {
    const grid = parseDelimited(text, ext === '.tsv' ? '\t' : ',');
    // A quote never closed would fold every later question into one: refused at the quote.
    const open = unclosedQuote(grid);
    if (open) throw unclosedQuoteError(open, file);
    list = { ...fromGrid(grid), encoding };
  } else {
    const questions = text
      .split('\n')
      .map((line, i) => ({ text: line.trim(), row: i + 1 }))
      .filter((q) => q.text !== '');
    list = { questions, encoding };
  }
  if (list.questions.length === 0) {
    throw new UserError({ zh: '文件里没有问题（每行一个问题）', en: 'no questions in the file (one a line)' }, { file });
  }
  return list;
}
