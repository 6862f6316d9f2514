// Pair gates (pair-gate.ts) worked out at build time. Deriving the gate of a rule's pattern costs
// milliseconds (its source is parsed), so the scans used to run every pattern plainly for their
// first uses — and a one-off `check 你好` compiled every big alternation to machine code (~13 ms)
// although none of them can match there. The build (scripts/gen-scan-gates.mjs) writes the gate
// of every pattern the scans use to scan-gates.bin next to the compiled module; on the first
// scan it is read once, and a pattern whose gate admits no position of a text is not run at all.
//
// A gate is keyed by the exact source it was derived from, so a table older than the patterns
// finds nothing for a changed pattern and that pattern is scanned plainly, as without a table:
// a stale or missing table costs time, never a match. (test/lint/scan-gates.test.ts still checks
// that the built table is the one the current patterns give.)
//
// Encoding, so loading is one read and no parsing: the file is UTF-16LE text, a format tag, then one
// record per pattern — the lengths of its six strings, two units each, then the strings: the source,
// `first` and `anyNext` (sorted, disjoint [lo, hi] unit ranges, two units per range), `pairs` (the
// sorted (first unit, next unit) pairs, two units per pair), and the third-unit part of the gate:
// `openPairs` (pairs as `pairs`) and `triples` (three units each, sorted). Strings are slices of the
// one read string and a lookup binary-searches them as they are. (JSON.parse of the same table cost
// ~2 ms.) The one-off warm-up path reads only the pairs; the tables of a bulk run use the triples.
import { readFileSync } from 'node:fs';
import { pairGate, type PairGate } from './pair-gate.js';

export interface BakedGate {
  readonly first: string;
  readonly anyNext: string;
  readonly pairs: string;
  readonly openPairs: string;
  readonly triples: string;
}

export const SCAN_GATES_FILE = 'scan-gates.bin';

/** undefined: not read yet. */
let table: Map<string, BakedGate> | undefined;
/** Bumped when a test replaces the table, so scanners look their gates up again. */
let generation = 0;

export function scanGatesGeneration(): number {
  return generation;
}

function load(): Map<string, BakedGate> {
  try {
    return decodeTable(readFileSync(new URL(`./${SCAN_GATES_FILE}`, import.meta.url)).toString('utf16le'));
  } catch {
    // No table (tests run the sources; a build that skipped it): every pattern is derived or
    // scanned plainly, as before.
    return new Map();
  }
}

const FIELDS = ['source', 'first', 'anyNext', 'pairs', 'openPairs', 'triples'] as const;
/** The first units of the file: a table in another layout (an older build's) reads as none. */
const FORMAT = 'xhs-reply scan gates 2\n';

/** The table as the file holds it (see the top of this file). */
export function encodeTable(entries: Readonly<Record<string, BakedGate>>): string {
  let out = FORMAT;
  for (const [source, g] of Object.entries(entries)) {
    const strings = [source, g.first, g.anyNext, g.pairs, g.openPairs, g.triples];
    for (const str of strings) out += String.fromCharCode(str.length >>> 16, str.length & 0xffff);
    out += strings.join('');
  }
  return out;
}

/** Reads encodeTable's format; a malformed table reads as none. */
export function decodeTable(data: string): Map<string, BakedGate> {
  const table = new Map<string, BakedGate>();
  if (!data.startsWith(FORMAT)) return table;
  let at = FORMAT.length;
  while (at < data.length) {
    const lengths: number[] = [];
    for (let k = 0; k < FIELDS.length; k++, at += 2) lengths.push(data.charCodeAt(at) * 0x10000 + data.charCodeAt(at + 1));
    const strings: string[] = [];
    for (const n of lengths) {
      strings.push(data.slice(at, at + n));
      at += n;
    }
    if (at > data.length || Number.isNaN(lengths[0])) return new Map();
    table.set(strings[0], { first: strings[1], anyNext: strings[2], pairs: strings[3], openPairs: strings[4], triples: strings[5] });
  }
  return table;
}

/** The baked gate of a pattern source (no i/u/v flags: the gates read units, not letters or
 *  code points), or undefined. */
export function bakedGate(source: string, flags = ''): BakedGate | undefined {
  if (flags !== '' && /[iuv]/.test(flags)) return undefined;
  table ??= load();
  return table.get(source);
}

/** Replaces the table (tests compare the scans with and without one); null reads the file again. */
export function setScanGates(entries: Readonly<Record<string, BakedGate>> | null): void {
  table = entries === null ? undefined : new Map(Object.entries(entries));
  generation++;
}

function rangesString(ranges: readonly number[]): string {
  let s = '';
  for (const u of ranges) s += String.fromCharCode(u);
  return s;
}

/** The baked form of a gate: ranges as they are, pairs sorted and without repeats. A gate without
 *  third units (made by hand) has all its pairs open. */
export function encodeGate(g: PairGate): BakedGate {
  const pairs = sortedPairs(g.pairs);
  return {
    first: rangesString(g.first),
    anyNext: rangesString(g.anyNext),
    pairs,
    openPairs: g.openPairs === undefined ? pairs : sortedPairs(g.openPairs),
    triples: g.triples === undefined ? '' : rangesString(g.triples),
  };
}

function sortedPairs(flat: readonly number[]): string {
  const keys: number[] = [];
  for (let k = 0; k < flat.length; k += 2) keys.push(flat[k] * 0x10000 + flat[k + 1]);
  keys.sort((a, b) => a - b);
  let pairs = '';
  let last = -1;
  for (const key of keys) {
    if (key === last) continue;
    last = key;
    pairs += String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000);
  }
  return pairs;
}

/** The gate back as pair-gate.ts gives it (pairs in sorted order). */
export function decodeGate(b: BakedGate): PairGate {
  const units = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
  return { first: units(b.first), anyNext: units(b.anyNext), pairs: units(b.pairs), openPairs: units(b.openPairs), triples: units(b.triples) };
}

/** The baked gates of pattern sources (those pair-gate.ts cannot read are left out). */
export function bakeGates(sources: Iterable<string>): Record<string, BakedGate> {
  const out: Record<string, BakedGate> = {};
  for (const source of [...new Set(sources)].sort()) {
    const g = pairGate(new RegExp(source));
    if (g !== null) out[source] = encodeGate(g);
  }
  return out;
}

/** Whether a range string (first or anyNext) holds unit `u`. */
export function inRanges(ranges: string, u: number): boolean {
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (u < ranges.charCodeAt(2 * mid)) hi = mid - 1;
    else if (u > ranges.charCodeAt(2 * mid + 1)) lo = mid + 1;
    else return true;
  }
  return false;
}

function hasPair(pairs: string, a: number, b: number): boolean {
  let lo = 0;
  let hi = (pairs.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = pairs.charCodeAt(2 * mid);
    const d = a !== x ? a - x : b - pairs.charCodeAt(2 * mid + 1);
    if (d < 0) hi = mid - 1;
    else if (d > 0) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether a match of the gated pattern may start at `i` of `text` (a unit past the end is no
 *  pair: a match there is one unit long, and one-unit matches start with an anyNext unit). */
export function bakedMayStart(g: BakedGate, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!inRanges(g.first, c)) return false;
  return inRanges(g.anyNext, c) || (i + 1 < text.length && hasPair(g.pairs, c, text.charCodeAt(i + 1)));
}

/** Whether a match of the gated pattern may start anywhere in `text`. */
export function bakedMayMatch(g: BakedGate, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bakedMayStart(g, text, i)) return true;
  return false;
}
