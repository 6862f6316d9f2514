// Editing a one-field text buffer with a cursor, as plain data: the app's text fields and
// their tests share it. Offsets are UTF-16 but always land on grapheme boundaries, so a
// backspace never splits an emoji or a surrogate pair.
import type { InkKey } from './keys.js';

export interface Buffer {
  readonly value: string;
  readonly cursor: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

function boundaries(text: string): number[] {
  const out = [0];
  for (const { index, segment } of segmenter.segment(text)) out.push(index + segment.length);
  return out;
}

function prevBoundary(text: string, at: number): number {
  let best = 0;
  for (const b of boundaries(text)) if (b < at) best = b;
  return best;
}

function nextBoundary(text: string, at: number): number {
  for (const b of boundaries(text)) if (b > at) return b;
  return text.length;
}

/** Control characters never enter a field from the keyboard (pasted newlines become spaces). */
function clean(input: string): string {
  return input.replace(/\r\n|\r|\n|\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

export function clampCursor(buffer: Buffer): Buffer {
  const c = buffer.cursor < 0 || buffer.cursor > buffer.value.length ? buffer.value.length : buffer.cursor;
  return { value: buffer.value, cursor: c };
}

/** The buffer after a key, or null when the key is not an editing key. */
export function editBuffer(buffer: Buffer, input: string, key: InkKey): Buffer | null {
  const { value, cursor } = clampCursor(buffer);
  if (key.backspace || key.delete) {
    if (cursor === 0) return { value, cursor };
    const from = prevBoundary(value, cursor);
    return { value: value.slice(0, from) + value.slice(cursor), cursor: from };
  }
  if (key.leftArrow) return { value, cursor: prevBoundary(value, cursor) };
  if (key.rightArrow) return { value, cursor: nextBoundary(value, cursor) };
  if (key.ctrl && input === 'a') return { value, cursor: 0 };
  if (key.ctrl && input === 'e') return { value, cursor: value.length };
  if (key.ctrl && input === 'u') return { value: value.slice(cursor), cursor: 0 };
  if (key.ctrl && input === 'k') return { value: value.slice(0, cursor), cursor };
  if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.upArrow || key.downArrow) return null;
  if (key.pageUp || key.pageDown) return null;
  const text = clean(input);
  if (text === '') return null;
  return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
}
