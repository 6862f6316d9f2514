// Width-aware text helpers: the terminal counts CJK characters as two columns, so every cut,
// pad and wrap goes through string-width per grapheme, never through String#length.
import stringWidth from 'string-width';
import { escapeControls } from '../escape.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** Zero-width, bidi and other invisible characters shown as a visible dot so they can be found. */
const INVISIBLE = /^[\p{Cf}\p{Cc}\u2028\u2029]+$/u;

export interface Grapheme {
  /** What is drawn on screen (an invisible character becomes a visible marker). */
  readonly shown: string;
  readonly width: number;
  /** UTF-16 offsets of the grapheme in the source text. */
  readonly start: number;
  readonly end: number;
  readonly invisible: boolean;
}

export function graphemes(text: string): Grapheme[] {
  const out: Grapheme[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const invisible = INVISIBLE.test(segment);
    const shown = invisible ? '·' : segment === '\t' ? ' ' : segment;
    out.push({ shown, width: Math.max(invisible ? 1 : 0, stringWidth(shown)), start: index, end: index + segment.length, invisible });
  }
  return out;
}

export function width(text: string): number {
  return stringWidth(text);
}

/** Cuts `text` to at most `max` columns, ending with "…" when something was cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  // Control characters from a config (ESC, BEL) are spelled out as check does: string-width
  // counts an escape sequence as zero columns, so the short path would hand it to the terminal.
  const flat = escapeControls(text.replace(/\s*\n\s*/g, ' '), { singleLine: true });
  if (stringWidth(flat) <= max) return flat;
  let out = '';
  let used = 0;
  for (const g of graphemes(flat)) {
    if (used + g.width > max - 1) break;
    out += g.shown;
    used += g.width;
  }
  return out + '…';
}

/** Pads with spaces to exactly `cols` columns (truncating first when longer). */
export function padEnd(text: string, cols: number): string {
  const cut = truncate(text, cols);
  return cut + ' '.repeat(Math.max(0, cols - stringWidth(cut)));
}

/** Breaks text into lines of at most `max` columns; hard newlines are kept. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const g of graphemes(para)) {
      if (used + g.width > max && line !== '') {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += g.shown;
      used += g.width;
    }
    lines.push(line);
  }
  return lines;
}

export interface Span<S> {
  readonly text: string;
  readonly style: S;
}

/**
 * Wraps styled graphemes into lines of at most `max` columns. Used by text fields, whose
 * characters carry their own style (cursor, highlighted finding) across line breaks.
 */
export function wrapStyled<S>(cells: readonly { shown: string; width: number; style: S }[], max: number): Span<S>[][] {
  const lines: Span<S>[][] = [[]];
  let used = 0;
  for (const cell of cells) {
    if (used + cell.width > max && used > 0) {
      lines.push([]);
      used = 0;
    }
    const line = lines[lines.length - 1];
    const last = line[line.length - 1];
    if (last && last.style === cell.style) line[line.length - 1] = { text: last.text + cell.shown, style: cell.style };
    else line.push({ text: cell.shown, style: cell.style });
    used += cell.width;
  }
  return lines;
}
