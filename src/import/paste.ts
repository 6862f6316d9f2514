// Text copied out of the backend's 关键词回复 screen (or typed from it). Accepted shapes:
//
//   1. Labelled blocks, one rule per block, blocks separated by blank lines (or by the next
//      关键词 label). Labels are the sheet's header names followed by ：or :, e.g.
//        关键词：什么时候发货、几天发货
//        匹配方式：包含
//        回复：本店现货商品下单，预计3天内发货
//      A line without a label continues the field above it (multi-line replies).
//      Optional labels: 匹配方式, 规则名称, 商品ID, 商品名称; 关键词1：/关键词2：… add keywords to
//      the same rule. A leading "1." / "-" is ignored,
//      and a title line such as "规则1" starts a new rule.
//   2. Arrow lines, one rule per line: 什么时候发货、几天发货 → 本店现货…
//      (→, ->, =>, ⇒). Following lines without an arrow continue that reply.
//
// Any other non-empty line is reported with its line number, never dropped silently.
import type { SourceRecord } from './draft.js';
import { fieldOfHeader, type ColumnField } from './headers.js';
import type { Cell, ImportProblem } from './types.js';
import { lineStarts, positionAt } from '../text-lines.js';

const LABEL = /^(\s*(?:\d+\s*[.、)）]\s*|[-*•·]\s*)?)([^：:\n]{1,16}?)\s*[：:]/;
const ARROW = /\s*(?:→|->|=>|⇒|⟶)\s*/;
const TITLE = /^\s*(?:规则|关键词规则|rule)\s*#?\s*\d+\s*[：:]?\s*$/i;

export interface PasteResult {
  readonly records: SourceRecord[];
  readonly problems: ImportProblem[];
}

interface Span {
  start: number;
  end: number;
}

interface Open {
  row: number;
  at: Cell;
  fields: Partial<Record<ColumnField, Span>>;
  /** 关键词2：…, 关键词3：… lines of the same rule. */
  moreKeywords: Span[];
  /** The span unlabelled lines continue. */
  current?: Span;
  firstLine: number;
  lastLine: number;
  shape: 'label' | 'arrow';
}

/** True when the text has at least one labelled field or arrow line — i.e. looks like a paste. */
export function looksLikePaste(text: string): boolean {
  for (const line of text.split('\n')) {
    const m = LABEL.exec(line);
    if (m && fieldOfHeader(m[2]) !== undefined) return true;
    if (ARROW.test(line) && line.split(ARROW)[0].trim() !== '') return true;
  }
  return false;
}

export function parsePaste(text: string): PasteResult {
  const starts = lineStarts(text, 'newline');
  const lines = text.split('\n');
  const records: SourceRecord[] = [];
  const problems: ImportProblem[] = [];
  let open: Open | undefined;

  const cellOf = (start: number, end: number): Cell => {
    const pos = positionAt(starts, start);
    return { value: text.slice(start, end), line: pos.line, col: pos.column, start, quoted: false };
  };
  const close = () => {
    if (!open) return;
    const fields: Partial<Record<ColumnField, Cell>> = {};
    for (const [k, span] of Object.entries(open.fields) as [ColumnField, Span][]) {
      fields[k] = cellOf(span.start, span.end);
    }
    const moreKeywords = open.moreKeywords.map((span) => cellOf(span.start, span.end));
    const source = lines.slice(open.firstLine, open.lastLine + 1).join('\n');
    records.push({ row: open.row, fields, moreKeywords, source, at: open.at });
    open = undefined;
  };
  const begin = (i: number, col: number, shape: Open['shape']): Open => {
    const start = starts[i] + col;
    open = { row: i + 1, at: cellOf(start, start), fields: {}, moreKeywords: [], firstLine: i, lastLine: i, shape };
    return open;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineStart = starts[i];
    if (line.trim() === '') {
      close();
      continue;
    }
    if (TITLE.test(line)) {
      close();
      continue;
    }
    const label = LABEL.exec(line);
    const field = label ? fieldOfHeader(label[2]) : undefined;
    if (label && field) {
      const span = { start: lineStart + label[0].length, end: lineStart + line.length };
      // 关键词2：… before the reply adds keywords to the same rule.
      if (open && open.shape === 'label' && field === 'keywords' && open.fields.keywords && !open.fields.reply && /\d\s*$/.test(label[2])) {
        open.moreKeywords.push(span);
        open.current = span;
        open.lastLine = i;
        continue;
      }
      // A field seen twice in one block (say, the next 关键词) starts the next rule.
      if (!open || open.shape === 'arrow' || open.fields[field]) {
        close();
        begin(i, label[1].length, 'label');
      }
      const o = open as Open;
      o.fields[field] = span;
      o.current = span;
      o.lastLine = i;
      continue;
    }
    const arrow = ARROW.exec(line);
    const left = arrow ? line.slice(0, arrow.index) : '';
    // Inside a labelled block every unlabelled line continues the field above ("点击→领券" is
    // reply text there); arrows start rules only outside such blocks.
    if (arrow && left.trim() !== '' && (!open || open.shape === 'arrow')) {
      close();
      const o = begin(i, left.length - left.trimStart().length, 'arrow');
      o.fields.keywords = { start: lineStart, end: lineStart + arrow.index };
      o.fields.reply = { start: lineStart + arrow.index + arrow[0].length, end: lineStart + line.length };
      o.current = o.fields.reply;
      continue;
    }
    if (open && open.current) {
      open.current.end = lineStart + line.length;
      open.lastLine = i;
      continue;
    }
    const col = line.length - line.trimStart().length + 1;
    problems.push({
      row: i + 1,
      col,
      message: {
        zh: '无法识别的行：应为「关键词：…」「回复：…」块，或「关键词 → 回复」',
        en: 'unrecognised line: expected "关键词：…" / "回复：…" blocks or "keyword → reply" lines',
      },
      source: line,
      kind: 'skipped',
    });
  }
  close();
  return { records, problems };
}
