// A rule sheet (CSV/TSV/XLSX or text pasted from the backend) → Config draft + where every
// value came from. `import` writes the draft as YAML; `lint` lints it in place, pointing at the
// sheet's own rows and columns.
import { extname, resolve } from 'node:path';
import type { ConfigPath } from '../config/types.js';
import { UserError } from '../errors.js';
import { readFileChecked } from '../files.js';
import { decodeSheet } from './decode.js';
import { parseDelimited, suspiciousQuotes, textGrid, unclosedQuote, unclosedQuoteError } from './delimited.js';
import { buildDraft, type SourceRecord } from './draft.js';
import { acceptedHeadersHint, fieldOfHeader, matchHeader, recognisedCount, type ColumnField } from './headers.js';
import { looksLikePaste, parsePaste } from './paste.js';
import type { Grid, ImportProblem, QuoteSpan, RuleSheet, SheetFormat } from './types.js';
import { readXlsxGrid } from './xlsx.js';

/** Title rows ("自动回复规则 2024-05") may sit above the header; look this far down for it. */
const HEADER_SCAN_ROWS = 5;
/** How much text the delimiter sniffing parses (the header and title rows fit easily). */
const HEADER_PREFIX_CHARS = 64 * 1024;

export const sheetExtensions = ['.csv', '.tsv', '.xlsx', '.txt'] as const;

function isZip(buf: Uint8Array): boolean {
  return buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

function isOleExcel(buf: Uint8Array): boolean {
  return buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0;
}

const cellText = (v: { value: string } | undefined) => (v ? v.value.trim() : '');

function rowSource(cells: readonly ({ value: string } | undefined)[]): string {
  const texts = Array.from(cells, (c) => cellText(c).replace(/\n/g, '⏎'));
  while (texts.length && texts[texts.length - 1] === '') texts.pop();
  return texts.join(' | ');
}

interface TableResult {
  readonly records: SourceRecord[];
  readonly problems: ImportProblem[];
  readonly ignored: readonly string[];
}

/** Finds the header and turns each later row into a record; null when no header is found. */
function tableRecords(grid: Grid): TableResult | null {
  const scan = grid.rows.slice(0, HEADER_SCAN_ROWS);
  const headerAt = scan.findIndex((r) => matchHeader(r.cells.map((c) => c?.value)) !== null);
  if (headerAt < 0) return null;
  const header = grid.rows[headerAt];
  const { columns, moreKeywordColumns, ignored } = matchHeader(header.cells.map((c) => c?.value))!;
  const problems: ImportProblem[] = grid.rows.slice(0, headerAt).map((r) => ({
    row: r.row,
    col: 1,
    message: { zh: '表头之前的行，不是规则', en: 'row above the header, not a rule' },
    source: rowSource(r.cells),
    kind: 'skipped' as const,
  }));
  const records: SourceRecord[] = [];
  for (const r of grid.rows.slice(headerAt + 1)) {
    const fields: SourceRecord['fields'] = {};
    for (const [field, index] of Object.entries(columns) as [ColumnField, number][]) {
      // An empty XLSX cell has no Cell; give it one so a problem points at the right column.
      fields[field] = r.cells[index] ?? { value: '', line: r.row, col: index + 1 };
    }
    const moreKeywords = moreKeywordColumns.map((i) => r.cells[i]).filter((c) => c !== undefined);
    const at = r.cells.find((c) => c !== undefined)!;
    records.push({ row: r.row, fields, moreKeywords, source: rowSource(r.cells), at });
  }
  return { records, problems, ignored };
}

const PASTE_HINT = {
  zh: '。从后台复制的文本请写成「关键词：…」「回复：…」块（空行分隔），或每行「关键词 → 回复」',
  en: '. Text copied from the backend: "关键词：…"/"回复：…" blocks separated by blank lines, or "keyword → reply" lines',
};

function noHeaderError(grid: Grid, file: string, pasteToo: boolean): UserError {
  const partial = grid.rows.slice(0, HEADER_SCAN_ROWS).find((r) => recognisedCount(r.cells.map((c) => c?.value)) > 0);
  const first = grid.rows[0];
  let why = { zh: '没有找到可识别的表头。', en: 'No recognised header row. ' };
  if (partial) {
    const fields = new Set(partial.cells.map((c) => (c ? fieldOfHeader(c.value) : undefined)));
    const missing = [
      ...(fields.has('keywords') ? [] : [{ zh: '关键词列', en: 'keyword column' }]),
      ...(fields.has('reply') ? [] : [{ zh: '回复列', en: 'reply column' }]),
    ];
    why = {
      zh: `第 ${partial.row} 行像表头，但缺少${missing.map((m) => m.zh).join('和')}。`,
      en: `Row ${partial.row} looks like a header but has no ${missing.map((m) => m.en).join(' and ')}. `,
    };
  }
  const tail = pasteToo ? PASTE_HINT : { zh: '', en: '' };
  return new UserError(
    { zh: why.zh + acceptedHeadersHint.zh + tail.zh, en: why.en + acceptedHeadersHint.en + tail.en },
    { file, line: (partial ?? first)?.row ?? 1, col: 1 },
  );
}

function emptyError(file: string): UserError {
  return new UserError({ zh: '文件是空的，没有可导入的规则', en: 'the file is empty; nothing to import' }, { file });
}

/** A quoted cell that closed only after lines that look like rows: reported on its row, never silent. */
function swallowedRowsProblem(span: QuoteSpan, source: string): ImportProblem {
  return {
    row: span.line,
    col: span.col,
    message: {
      zh: `这一格的引号从第 ${span.line} 行开始，到第 ${span.line + span.lineBreaks} 行才闭合，中间 ${span.rowLike} 行像表格行却被并进了这一格；如果是漏了右引号，请补上后重新导入`,
      en: `this quoted cell runs from line ${span.line} to line ${span.line + span.lineBreaks}, taking in ${span.rowLike} line(s) that look like rows; if a closing quote is missing, add it and import again`,
    },
    source,
    kind: 'kept',
  };
}

/** Delimiters to try, most likely first; the one that yields a recognised header wins. */
function delimitersFor(ext: string): string[] {
  if (ext === '.tsv') return ['\t', ',', ';'];
  if (ext === '.csv') return [',', ';', '\t'];
  return ['\t', ',', ';'];
}

/** Bytes → sheet. Pure apart from lazily loading exceljs; `file` names the source in messages. */
export async function parseRuleSheet(buf: Uint8Array, file: string): Promise<RuleSheet> {
  const ext = extname(file).toLowerCase();
  if (isOleExcel(buf)) {
    throw new UserError(
      { zh: '这是旧版 Excel（.xls），请在 Excel/WPS 中另存为 .xlsx 或 CSV UTF-8 后再导入', en: 'an old Excel .xls file; save it as .xlsx or CSV UTF-8 first' },
      { file },
    );
  }
  let format: SheetFormat;
  let encoding: string | undefined;
  let grid: Grid;
  let table: TableResult | null = null;
  if (isZip(buf)) {
    format = 'xlsx';
    const book = await readXlsxGrid(Buffer.from(buf), file);
    grid = book;
    if (book.rows.length === 0) {
      if (book.sheetCount > 1) {
        throw new UserError(
          {
            zh: `第一个工作表「${book.sheetName ?? ''}」是空的（共 ${book.sheetCount} 个工作表，只读第一个）：请把规则表移到最前面`,
            en: `the first sheet "${book.sheetName ?? ''}" is empty (${book.sheetCount} sheets, only the first is read): move the rules to the front`,
          },
          { file },
        );
      }
      throw emptyError(file);
    }
    table = tableRecords(grid);
    if (!table) throw noHeaderError(grid, file, false);
  } else {
    if (ext === '.xlsx') {
      throw new UserError({ zh: '不是有效的 .xlsx 文件（不是 Excel 工作簿）', en: 'not a valid .xlsx workbook' }, { file });
    }
    const decoded = decodeSheet(buf, file);
    encoding = decoded.encoding;
    const text = decoded.text;
    if (text.trim() === '') throw emptyError(file);
    let firstGrid: Grid | undefined;
    format = 'csv';
    // The header sits in the first rows: try each delimiter on a prefix, parse in full once.
    const cut = text.lastIndexOf('\n', HEADER_PREFIX_CHARS);
    const prefix = text.length > HEADER_PREFIX_CHARS && cut > 0 ? text.slice(0, cut) : text;
    for (const delimiter of delimitersFor(ext)) {
      const g = parseDelimited(prefix, delimiter);
      firstGrid ??= g;
      if (!tableRecords(g)) continue;
      grid = prefix === text ? g : parseDelimited(text, delimiter);
      const open = unclosedQuote(grid);
      if (open) throw unclosedQuoteError(open, file);
      table = tableRecords(grid);
      const sources = new Map(grid.rows.map((r) => [r.row, rowSource(r.cells)]));
      for (const span of suspiciousQuotes(grid)) table?.problems.push(swallowedRowsProblem(span, sources.get(span.line) ?? ''));
      format = delimiter === '\t' ? 'tsv' : 'csv';
      break;
    }
    if (!table) {
      // No header in any delimiter: text copied from the backend, unless the name says sheet.
      if (ext !== '.csv' && ext !== '.tsv' && looksLikePaste(text)) {
        const pasted = parsePaste(text);
        return finish(file, 'paste', encoding, textGrid(text, []), buildDraft(pasted.records, pasted.followUps), pasted.problems, []);
      }
      throw noHeaderError(firstGrid!, file, ext !== '.csv' && ext !== '.tsv');
    }
  }
  const draft = buildDraft(table.records);
  return finish(file, format, encoding, grid!, draft, table.problems, table.ignored);
}

function finish(
  file: string,
  format: SheetFormat,
  encoding: string | undefined,
  grid: Grid,
  draft: ReturnType<typeof buildDraft>,
  earlier: readonly ImportProblem[],
  ignored: readonly string[],
): RuleSheet {
  const problems = [...earlier, ...draft.problems].sort((a, b) => a.row - b.row || (a.col ?? 0) - (b.col ?? 0));
  return {
    file,
    format,
    encoding,
    config: draft.config,
    rows: draft.rows,
    problems,
    ignoredColumns: ignored,
    positionOf(path: ConfigPath, offset = 0) {
      const ref = draft.locate(path);
      if (!ref) return { file, line: 1, col: 1 };
      return { file, ...grid.positionIn(ref.cell, ref.offset + offset) };
    },
  };
}

/** Reads a rule sheet from disk (size-capped; see files.ts). `file` is shown as given. */
export async function readRuleSheet(file: string, options: { cwd?: string } = {}): Promise<RuleSheet> {
  const buf = await readFileChecked(resolve(options.cwd ?? process.cwd(), file), { displayName: file });
  return parseRuleSheet(buf, file);
}
