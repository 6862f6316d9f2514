// Small helpers the content rules share to look at what comes before and after a match.
// Context decides false alarms (订单号 before digits, 转运 followed by 中心), not longer lists.

import { firstChars, type FirstChars } from './first-chars.js';

/** Characters that end a clause / a sentence in the normalized text, as lookup tables. */
export const CLAUSE_END = boundaryTable(',.!?;。\n');
export const SENTENCE_END = boundaryTable('.!?;。\n');

function boundaryTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

interface Scanner {
  uses: number;
  sticky?: RegExp;
  first?: FirstChars;
  /** The same table as a bitset (8 KB instead of 64 KB): the scans of one text walk several
   *  tables, and the small ones stay in the CPU cache. */
  bits?: Int32Array;
}

function toBits(table: Uint8Array): Int32Array {
  const bits = new Int32Array(0x10000 >> 5);
  for (let c = 0; c < 0x10000; c++) if (table[c] !== 0) bits[c >> 5] |= 1 << (c & 31);
  return bits;
}

const scanners = new WeakMap<RegExp, Scanner>();
let prefilter = true;

/** A regex is scanned plainly for its first uses: working out its first characters costs about
 *  a millisecond, which a one-off `check 你好` should not pay; a bulk run earns it back at once. */
const WARM_UP_USES = 16;

/** Turns the first-character skip off or on; tests use it to prove both scans agree. */
export function setScanPrefilter(enabled: boolean): void {
  prefilter = enabled;
}

function scannerOf(re: RegExp): Scanner {
  let s = scanners.get(re);
  if (s === undefined) {
    s = { uses: 0 };
    scanners.set(re, s);
  }
  if (s.first === undefined && ++s.uses > WARM_UP_USES) {
    s.sticky = new RegExp(re.source, re.flags.replace('g', '').replace('y', '') + 'y');
    s.first = firstChars(re);
    if (s.first) s.bits = toBits(s.first);
  }
  return s;
}

/** Runs `re` (with the g flag) over `text` like a global exec loop, calling `visit` for each
 *  match in order. Positions where no match can start (see first-chars.ts) are skipped without
 *  running the regex; the matches are the same as those of the plain loop. */
export function scan(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  const { sticky, bits } = scannerOf(re);
  const n = text.length;
  if (!bits || !sticky || !prefilter) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      visit(m);
    }
    return;
  }
  let i = 0;
  let c = 0;
  while (i < n) {
    while (i < n && ((bits[(c = text.charCodeAt(i)) >> 5] >>> (c & 31)) & 1) === 0) i++;
    if (i >= n) return;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m === null) {
      i++;
      continue;
    }
    i += m[0].length > 0 ? m[0].length : 1;
    visit(m);
  }
}

/** Up to `max` characters before `index`, not crossing a clause boundary. */
export function clauseBefore(text: string, index: number, max = 12): string {
  let i = index;
  const stop = Math.max(0, index - max);
  while (i > stop && CLAUSE_END[text.charCodeAt(i - 1)] === 0) i--;
  return text.slice(i, index);
}

/** Up to `max` characters from `index` on, not crossing a clause boundary. */
export function clauseAfter(text: string, index: number, max = 12): string {
  let i = index;
  const stop = Math.min(text.length, index + max);
  while (i < stop && CLAUSE_END[text.charCodeAt(i)] === 0) i++;
  return text.slice(index, i);
}

/** Matches `re` (sticky) exactly at `index`; returns the end of the match or -1. */
export function matchAt(re: RegExp, text: string, index: number): number {
  re.lastIndex = index;
  const m = re.exec(text);
  return m === null ? -1 : index + m[0].length;
}
