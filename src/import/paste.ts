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
//   3. 跟单助手 (follow-up) blocks: a scene heading — 催付, 付款后核对地址, 发货提醒, 签收关怀
//      (optionally 「跟单助手 - 」 before it, 【】 around it, a send time such as 「（下单15分钟后）」
//      after it, and the message after a colon) — then the message over the following lines.
//      A line holding only a send time (「发送时间：签收后1天」, 「下单15分钟后发送」) sets the delay.
//      A bare 「跟单助手」 line is a section title.
//
// Any other non-empty line is reported with its line number, never dropped silently.
import type { FollowUpRecord, SourceRecord } from './draft.js';
import { FOLLOW_UP_SECTION, TEXT_LABEL, delayLine, findDelay, sceneHeading } from './follow-up-paste.js';
import type { FollowUpSceneId } from '../config/types.js';
import { fieldOfHeader, type ColumnField } from './headers.js';
import type { Cell, ImportProblem } from './types.js';
import { lineStarts, positionAt } from '../text-lines.js';

const LABEL = /^(\s*(?:\d+\s*[.、)）]\s*|[-*•·]\s*)?)([^：:\n]{1,16}?)\s*[：:]/;
const ARROW = /\s*(?:→|->|=>|⇒|⟶)\s*/;
const TITLE = /^\s*(?:规则|关键词规则|rule)\s*#?\s*\d+\s*[：:]?\s*$/i;

export interface PasteResult {
  readonly records: SourceRecord[];
  readonly followUps: FollowUpRecord[];
  readonly problems: ImportProblem[];
}

interface OpenFollowUp {
  row: number;
  at: Cell;
  scene: FollowUpSceneId;
  sceneSpan: Span;
  delay?: { minutes: number; event?: string; span: Span };
  text?: Span;
  firstLine: number;
  lastLine: number;
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
    if (sceneHeading(line)) return true;
  }
  return false;
}

export function parsePaste(text: string): PasteResult {
  const starts = lineStarts(text, 'newline');
  const lines = text.split('\n');
  const records: SourceRecord[] = [];
  const problems: ImportProblem[] = [];
  let open: Open | undefined;
  const followUps: FollowUpRecord[] = [];
  let fu: OpenFollowUp | undefined;

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
  const closeFu = () => {
    if (!fu) return;
    const source = lines.slice(fu.firstLine, fu.lastLine + 1).join('\n');
    followUps.push({
      row: fu.row,
      at: fu.at,
      scene: fu.scene,
      sceneCell: cellOf(fu.sceneSpan.start, fu.sceneSpan.end),
      delay: fu.delay && { minutes: fu.delay.minutes, event: fu.delay.event, cell: cellOf(fu.delay.span.start, fu.delay.span.end) },
      text: fu.text && cellOf(fu.text.start, fu.text.end),
      source,
    });
    fu = undefined;
  };
  const skip = (i: number, message: ImportProblem['message'], kind: ImportProblem['kind'] = 'skipped', col?: number) => {
    const line = lines[i];
    problems.push({ row: i + 1, col: col ?? line.length - line.trimStart().length + 1, message, source: line, kind });
  };
  /** A scene heading line: the scene, an optional send time, and the message after a colon. */
  const beginFu = (i: number, heading: NonNullable<ReturnType<typeof sceneHeading>>) => {
    const line = lines[i];
    const lineStart = starts[i];
    const wordAt = line.indexOf(heading.word);
    const lead = line.length - line.trimStart().length;
    fu = {
      row: i + 1,
      at: cellOf(lineStart + lead, lineStart + lead),
      scene: heading.scene,
      sceneSpan: { start: lineStart + wordAt, end: lineStart + wordAt + heading.word.length },
      firstLine: i,
      lastLine: i,
    };
    const rest = line.slice(heading.restAt);
    const colon = rest.search(/[：:]/);
    const head = colon < 0 ? rest : rest.slice(0, colon);
    const delay = findDelay(head);
    if (delay) {
      const start = lineStart + heading.restAt + delay.index;
      fu.delay = { minutes: delay.minutes, event: delay.event, span: { start, end: start + delay.length } };
    }
    const leftover = delay ? head.slice(0, delay.index) + head.slice(delay.index + delay.length) : head;
    if (leftover.replace(/[\s（）()【】[\]\-—·,，]/g, '') !== '') {
      skip(
        i,
        { zh: `标题里「${head.trim()}」无法识别为发送时间（例：下单15分钟后），已忽略`, en: `"${head.trim()}" in the heading is not a send time (e.g. 下单15分钟后); ignored` },
        'kept',
        heading.restAt + 1,
      );
    }
    if (colon >= 0 && rest.slice(colon + 1).trim() !== '') {
      fu.text = { start: lineStart + heading.restAt + colon + 1, end: lineStart + line.length };
    }
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
      closeFu();
      continue;
    }
    if (TITLE.test(line) || FOLLOW_UP_SECTION.test(line)) {
      close();
      closeFu();
      continue;
    }
    const label = LABEL.exec(line);
    const field = label ? fieldOfHeader(label[2]) : undefined;
    // A scene heading starts a follow-up — but inside a keyword rule's reply only when it stands
    // out as a heading (colon or brackets), so a reply line "发货提醒" is not torn off its rule.
    const heading = label && field ? undefined : sceneHeading(line);
    if (heading && (!open || /[：:【\[]/.test(line))) {
      close();
      closeFu();
      beginFu(i, heading);
      continue;
    }
    if (fu) {
      if (label && field) closeFu();
      else {
        fu.lastLine = i;
        const textLabel = TEXT_LABEL.exec(line);
        if (textLabel && !fu.text) {
          if (line.slice(textLabel[0].length).trim() !== '') fu.text = { start: lineStart + textLabel[0].length, end: lineStart + line.length };
          continue;
        }
        // Before the message any send-time line counts; after it only a labelled one
        // (「发送时间：…」), since "3天后到货" may well be part of the message.
        const d = delayLine(line);
        if (d && (!fu.text || d.labelled)) {
          if (fu.delay) skip(i, { zh: '发送时间写了两次，只用第一个', en: 'send time given twice; using the first' }, 'kept');
          else fu.delay = { minutes: d.delay.minutes, event: d.delay.event, span: { start: lineStart + d.at, end: lineStart + d.at + d.delay.length } };
          continue;
        }
        if (fu.text) fu.text.end = lineStart + line.length;
        else fu.text = { start: lineStart, end: lineStart + line.length };
        continue;
      }
    }
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
    skip(i, {
      zh: '无法识别的行：应为「关键词：…」「回复：…」块、「关键词 → 回复」，或跟单助手的「催付：…」等',
      en: 'unrecognised line: expected "关键词：…" / "回复：…" blocks, "keyword → reply" lines, or follow-ups such as "催付：…"',
    });
  }
  close();
  closeFu();
  return { records, followUps, problems };
}
