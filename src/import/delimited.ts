// A CSV/TSV reader that keeps where every cell starts. csv-parse reports lines per record but
// not per cell, and lint findings must point at the exact cell (file:line:col), so we tokenise
// ourselves: RFC 4180 quoting, any one-character delimiter, quoted cells spanning lines.
import { lineStarts, positionAt } from '../text-lines.js';
import { UserError } from '../errors.js';
import type { Cell, Grid, GridRow, QuoteSpan } from './types.js';

/** Maps a character offset inside a cell's value back to an offset in the source text. */
export function sourceOffset(text: string, cell: Cell, offset: number): number {
  const start = cell.start ?? 0;
  if (!cell.quoted) return start + offset;
  let src = start;
  for (let n = 0; n < offset && src < text.length; n++) src += text[src] === '"' && text[src + 1] === '"' ? 2 : 1;
  return src;
}

export function textGrid(text: string, rows: GridRow[]): Grid {
  const starts = lineStarts(text, 'newline');
  return {
    rows,
    positionIn(cell, offset) {
      if (cell.start === undefined) return { line: cell.line, col: cell.col };
      const pos = positionAt(starts, sourceOffset(text, cell, offset));
      return { line: pos.line, col: pos.column };
    },
  };
}

/**
 * Splits delimited text into rows of cells. Rows with only empty cells give no row. An unterminated quote
 * runs to the end of the text, as Excel does — and every quoted cell spanning line breaks is listed in
 * `quoteSpans`, so the reader can refuse or report rows swallowed by a missing closing quote.
 */
export function parseDelimited(text: string, delimiter: string): Grid {
  const starts = lineStarts(text, 'newline');
  const rows: GridRow[] = [];
  const quoteSpans: QuoteSpan[] = [];
  let cells: Cell[] = [];
  let rowStart = 0;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    // Rows of empty cells (blank lines, ",,,") carry nothing to import or to lose.
    if (cells.some((c) => c.value.trim() !== '')) rows.push({ row: positionAt(starts, rowStart).line, cells });
    cells = [];
  };
  while (i <= n) {
    let value: string;
    let quoted = false;
    let valueStart = i;
    if (text[i] === '"') {
      quoted = true;
      valueStart = i + 1;
      let j = i + 1;
      let out = '';
      let unclosed = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          out += text.slice(j);
          j = n;
          unclosed = true;
          break;
        }
        out += text.slice(j, q);
        if (text[q + 1] === '"') {
          out += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      if (out.includes('\n')) {
        const inner = out.split('\n');
        let rowLike = 0;
        let lines = 0;
        for (let l = 1; l < inner.length; l++) {
          if (inner[l].trim() !== '') lines++;
          if (inner[l].includes(delimiter)) rowLike++;
        }
        const at = positionAt(starts, i);
        quoteSpans.push({ line: at.line, col: at.column, lineBreaks: inner.length - 1, lines, rowLike, unclosed });
      }
      // Text after the closing quote up to the delimiter belongs to the cell (lenient, as Excel).
      let k = j;
      while (k < n && text[k] !== delimiter && text[k] !== '\n') k++;
      out += text.slice(j, k);
      value = out;
      i = k;
    } else {
      let k = i;
      while (k < n && text[k] !== delimiter && text[k] !== '\n') k++;
      value = text.slice(i, k);
      i = k;
    }
    const pos = positionAt(starts, valueStart);
    cells.push({ value, line: pos.line, col: pos.column, start: valueStart, quoted });
    if (i >= n) {
      endRow();
      break;
    }
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    // newline
    i++;
    endRow();
    rowStart = i;
    if (i === n) break;
  }
  return { rows, quoteSpans, positionIn: textGrid(text, rows).positionIn };
}

/**
 * The problem with a grid's quoting, if any: a quote never closed that swallowed lines (an error,
 * since those rows would silently become part of one cell), else null. Spans that closed but hold
 * row-like lines are reported per row by the readers (see suspiciousQuotes).
 */
export function unclosedQuote(grid: Grid): QuoteSpan | null {
  return grid.quoteSpans?.find((s) => s.unclosed || swallowsRows(s)) ?? null;
}

/**
 * A quote that closes only after three or more lines that look like rows (and they are at least
 * half of its lines) is a missing closing quote whose cell ends at some later quote — a
 * multi-line reply rarely has a delimiter on most of its lines.
 */
function swallowsRows(s: QuoteSpan): boolean {
  return s.rowLike >= 3 && s.rowLike * 2 >= s.lineBreaks;
}

/** Closed quoted cells whose inner lines look like rows of the sheet: probably a quote missing earlier. */
export function suspiciousQuotes(grid: Grid): QuoteSpan[] {
  return (grid.quoteSpans ?? []).filter((s) => !s.unclosed && !swallowsRows(s) && s.rowLike > 0);
}

/**
 * A quote never closed turns every later line into one cell — the import would report two rules
 * and no problem with a thousand rows gone. Refused at the quote, exit 2.
 */
export function unclosedQuoteError(span: QuoteSpan, file: string): UserError {
  const pos = { file, line: span.line, col: span.col };
  if (span.unclosed) {
    return new UserError(
      {
        zh: `这里的英文双引号 " 没有闭合，后面 ${span.lines} 行都会被并进这一格；请补上右引号，或去掉这个引号`,
        en: `this double quote is never closed, so the ${span.lines} lines after it would become one cell; add the closing quote or remove this one`,
      },
      pos,
    );
  }
  return new UserError(
    {
      zh: `这里的英文双引号 " 到第 ${span.line + span.lineBreaks} 行才闭合，中间 ${span.rowLike} 行像表格行，会被并进这一格；请在这一格末尾补上右引号`,
      en: `this double quote closes only on line ${span.line + span.lineBreaks}, taking in ${span.rowLike} lines that look like rows; add the closing quote at the end of this cell`,
    },
    pos,
  );
}
