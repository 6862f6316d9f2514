// ESLint's stylish report for people: one block per file (or loose text), aligned
// `line:col  severity  message  ruleId` rows, the offending span underlined in its sentence and
// the safe rewrite under it, then one summary line. Widths are measured as string-width does (width.ts) so
// Chinese text (two columns a character) stays aligned.
import { relative, isAbsolute } from 'node:path';
import { codePointLabel, escapeControls } from '../../escape.js';
import type { Lang } from '../../i18n.js';
import type { LintResultMessage } from '../types.js';
import {
  countProblems,
  fixableLine,
  lineStarts,
  summaryLine,
  type FormattableResult,
  type FormatOptions,
  type Formatter,
} from './results.js';
import { textWidth } from './width.js';

type Paint = (s: string) => string;
interface Palette {
  readonly header: Paint;
  readonly dim: Paint;
  readonly error: Paint;
  readonly warning: Paint;
  readonly suggestion: Paint;
  readonly bold: Paint;
}

const sgr = (open: number, close: number): Paint => (s) => (s === '' ? s : `\u001B[${open}m${s}\u001B[${close}m`);
const plain: Paint = (s) => s;

function palette(color: boolean): Palette {
  if (!color) return { header: plain, dim: plain, error: plain, warning: plain, suggestion: plain, bold: plain };
  return {
    header: sgr(4, 24),
    dim: sgr(2, 22),
    error: sgr(31, 39),
    warning: sgr(33, 39),
    suggestion: sgr(32, 39),
    bold: sgr(1, 22),
  };
}

const LABELS: Record<Lang, { error: string; warning: string; suggestion: string }> = {
  zh: { error: '错误', warning: '警告', suggestion: '→ 建议：' },
  en: { error: 'error', warning: 'warning', suggestion: '→ Suggestion: ' },
};

// How much of a long line is shown around the span, in terminal columns.
const CONTEXT_COLUMNS = 24;
const SPAN_COLUMNS = 40;

// Invisible characters are exactly what the invisible-chars rule reports, so the frame spells
// them out instead of underlining nothing.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function visible(codePoints: readonly string[]): string {
  let out = '';
  for (let i = 0; i < codePoints.length; i++) {
    const ch = codePoints[i];
    if (ch === '\t') out += ' ';
    else if (
      ch === '\u200D' &&
      PICTOGRAPHIC.test(codePoints[i - 1] ?? '') &&
      PICTOGRAPHIC.test(codePoints[i + 1] ?? '')
    ) {
      out += ch; // the joiner inside an emoji sequence is part of an ordinary emoji
    } else if (INVISIBLE.test(ch)) out += codePointLabel(ch.codePointAt(0)!);
    else out += ch;
  }
  return out;
}

/** Keeps at most `columns` columns of `text`, cutting from the left or right with an ellipsis. */
function clip(text: string, columns: number, side: 'left' | 'right' | 'middle'): string {
  if (textWidth(text) <= columns) return text;
  const cps = Array.from(text);
  if (side === 'middle') {
    const half = Math.floor((columns - 1) / 2);
    return clip(text, half, 'right').slice(0, -1) + '…' + clip(text, half, 'left').slice(1);
  }
  let kept = '';
  let width = 1; // the ellipsis
  const order = side === 'left' ? cps.reverse() : cps;
  for (const ch of order) {
    const w = textWidth(ch);
    if (width + w > columns) break;
    kept = side === 'left' ? ch + kept : kept + ch;
    width += w;
  }
  return side === 'left' ? '…' + kept : kept + '…';
}

const isLowSurrogate = (s: string, i: number) => i > 0 && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00;

/**
 * source[from, to) cut to at most `max` UTF-16 units before any width is measured, so a finding
 * in a 100 KB one-line text costs the frame the same as one in a short reply. `keep` says which
 * end survives; a cut never splits a surrogate pair.
 */
function bounded(source: string, from: number, to: number, max: number, keep: 'start' | 'end' | 'both'): string {
  if (to - from <= max) return source.slice(from, to);
  let headEnd = keep === 'end' ? from : keep === 'start' ? from + max : from + (max >> 1);
  let tailStart = keep === 'start' ? to : keep === 'end' ? to - max : to - (max >> 1);
  if (isLowSurrogate(source, headEnd)) headEnd--;
  if (isLowSurrogate(source, tailStart)) tailStart++;
  return source.slice(from, headEnd) + '…' + source.slice(tailStart, to);
}

/** The line holding the message, clipped around the span, and a caret line under the span. */
function sourceFrame(source: string, starts: readonly number[], m: LintResultMessage): [string, string] | null {
  const lineStart = starts[m.line - 1];
  if (lineStart === undefined) return null;
  const nextStart = starts[m.line] ?? source.length + 1;
  let lineEnd = Math.min(nextStart, source.length);
  while (lineEnd > lineStart && /[\r\n\u2028\u2029]/.test(source[lineEnd - 1])) lineEnd--;
  const spanStart = Math.min(Math.max(m.start, lineStart), lineEnd);
  const spanEnd = Math.max(Math.min(m.end, lineEnd), spanStart);
  const show = (from: number, to: number, columns: number, keep: 'start' | 'end' | 'both', side: 'left' | 'right' | 'middle') =>
    clip(visible(Array.from(bounded(source, from, to, columns * 4, keep))), columns, side);
  const before = show(lineStart, spanStart, CONTEXT_COLUMNS, 'end', 'left');
  const span = show(spanStart, spanEnd, SPAN_COLUMNS, 'both', 'middle');
  const after = show(spanEnd, lineEnd, CONTEXT_COLUMNS, 'start', 'right');
  const caret = ' '.repeat(textWidth(before)) + '^'.repeat(Math.max(1, textWidth(span)));
  return [before + span + after, caret];
}

function displayPath(filePath: string, cwd: string | undefined): string {
  if (!cwd || !isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath;
}

const padEndWidth = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - textWidth(s)));

export const format: Formatter = (results: readonly FormattableResult[], options: FormatOptions): string => {
  const paint = palette(options.color);
  const labels = LABELS[options.lang];
  const blocks: string[] = [];

  for (const result of results) {
    if (result.messages.length === 0) continue;
    // Messages quote the config (keywords, ids, spans): control characters are spelled out.
    const rows = result.messages.map((m) => ({
      m,
      message: escapeControls(m.message, { singleLine: true }),
      position: `${m.line}:${m.column}`,
      severity: m.severity === 2 ? labels.error : labels.warning,
    }));
    // Loops, not Math.max(...rows): 150k findings would overflow the call stack as arguments.
    let posWidth = 0;
    let sevWidth = 0;
    let msgWidth = 0;
    for (const r of rows) {
      posWidth = Math.max(posWidth, r.position.length);
      sevWidth = Math.max(sevWidth, textWidth(r.severity));
      msgWidth = Math.max(msgWidth, textWidth(r.message));
    }
    const indent = ' '.repeat(2 + posWidth + 2);

    const lines = [paint.header(escapeControls(displayPath(result.filePath, options.cwd), { singleLine: true }))];
    const starts = result.source === undefined ? [] : lineStarts(result.source);
    for (const { m, message, position, severity } of rows) {
      const tone = m.severity === 2 ? paint.error : paint.warning;
      lines.push(
        `  ${paint.dim(position.padEnd(posWidth))}  ${tone(padEndWidth(severity, sevWidth))}  ` +
          `${padEndWidth(message, msgWidth)}  ${paint.dim(m.ruleId)}`,
      );
      const frame = result.source === undefined ? null : sourceFrame(result.source, starts, m);
      if (frame) lines.push(indent + frame[0], indent + tone(frame[1]));
      if (m.suggestion) lines.push(indent + paint.suggestion(labels.suggestion + escapeControls(m.suggestion, { singleLine: true })));
    }
    blocks.push(lines.join('\n'));
  }

  if (blocks.length === 0) return '';
  const counts = countProblems(results);
  const tone = counts.errors > 0 ? paint.error : paint.warning;
  const tail = [tone(paint.bold(summaryLine(counts, options.lang)))];
  const fixable = fixableLine(counts, options.lang);
  if (fixable) tail.push(tone(paint.bold(fixable)));
  return `\n${blocks.join('\n\n')}\n\n${tail.join('\n')}\n`;
};
