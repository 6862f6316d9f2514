// A CSV/TSV reader that keeps where every cell starts. csv-parse reports lines per record but
// not per cell, and lint findings must point at the exact cell (file:line:col), so we tokenise
// ourselves: RFC 4180 quoting, any one-character delimiter, quoted cells spanning lines.
import { lineStarts, positionAt } from '../text-lines.js';
import type { Cell, Grid, GridRow } from './types.js';

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
 * runs to the end of the text, as Excel does.
 */
export function parseDelimited(text: string, delimiter: string): Grid {
  const starts = lineStarts(text, 'newline');
  const rows: GridRow[] = [];
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
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          out += text.slice(j);
          j = n;
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
  return { rows, positionIn: textGrid(text, rows).positionIn };
}
