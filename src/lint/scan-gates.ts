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
// record per pattern — the lengths of its four strings, two units each, then the strings: the source,
// `first` and `anyNext` (sorted, disjoint [lo, hi] unit ranges, two units per range) and `pairs` (the
// sorted (first unit, next unit) pairs, two units per pair). Strings are slices of the one read string
// and a lookup binary-searches them as they are. (JSON.parse of the same table cost ~2 ms.)
//
// The third-unit part of each gate (pair-gate.ts: `openPairs`, pairs as above, and `triples`, three
// units each) is in a second file of the same layout, scan-thirds.bin: it is three times the size
// of the first, and only the tables of a bulk run use it — the one-off warm-up path reads the pairs.
// Its records also hold each pattern's needs (need-gate.ts): `needOnes`, units one of which (or
// one of the pairs of `needPairs`) every match needs somewhere in its text; both empty when the
// pattern needs nothing the analysis can name.
import { readFileSync } from 'node:fs';
import { pairGate, type PairGate } from './pair-gate.js';

/** A pair gate as the scans' tables read it: pair-gate.ts's number arrays, or the baked gate's
 *  units as typed arrays (decodeGate). Same fields and meaning as PairGate. */
export interface GateUnits {
  readonly first: ArrayLike<number>;
  readonly anyNext: ArrayLike<number>;
  readonly pairs: ArrayLike<number>;
  readonly openPairs?: ArrayLike<number>;
  readonly triples?: ArrayLike<number>;
  /** need-gate.ts: units and pairs (flattened) one of which every match needs in its text; both
   *  absent or empty: no such need is known. */
  readonly needOnes?: ArrayLike<number>;
  readonly needPairs?: ArrayLike<number>;
}

export interface BakedGate {
  readonly first: string;
  readonly anyNext: string;
  readonly pairs: string;
  /** The pattern's needs as in BakedThirds, here too so the warm-up scans (which read only this
   *  file) skip a pattern whose needs a text does not hold: 你好 lets 你 open the harassment rebuff
   *  group's 4 KB regex, which needs 嫌 or one of its pairs, and compiling it cost ~2.5 ms. Absent
   *  (a gate made by hand): no need known. */
  readonly needOnes?: string;
  readonly needPairs?: string;
}

/** The third-unit part of a baked gate. */
export interface BakedThirds {
  readonly openPairs: string;
  readonly triples: string;
  readonly needOnes: string;
  readonly needPairs: string;
}

export const SCAN_GATES_FILE = 'scan-gates.bin';
export const SCAN_THIRDS_FILE = 'scan-thirds.bin';

/** undefined: not read yet. */
let table: Map<string, BakedGate> | undefined;
let thirds: Map<string, BakedThirds> | undefined;
/** Bumped when a test replaces the table, so scanners look their gates up again. */
let generation = 0;

export function scanGatesGeneration(): number {
  return generation;
}

function load<T>(file: string, decode: (data: string) => Map<string, T>): Map<string, T> {
  try {
    return decode(readFileSync(new URL(`./${file}`, import.meta.url)).toString('utf16le'));
  } catch {
    // No table (tests run the sources; a build that skipped it): every pattern is derived or
    // scanned plainly, as before.
    return new Map();
  }
}

const GATE_FIELDS = ['first', 'anyNext', 'pairs', 'needOnes', 'needPairs'] as const;
const THIRD_FIELDS = ['openPairs', 'triples', 'needOnes', 'needPairs'] as const;
/** The first units of each file: a table in another layout (an older build's) reads as none. */
const GATES_TAG = 'xhs-reply scan gates 3\n';
const THIRDS_TAG = 'xhs-reply scan thirds 2\n';

function encodeRecords(tag: string, fields: readonly string[], entries: Readonly<Record<string, Readonly<Record<string, string>>>>): string {
  let out = tag;
  for (const [source, g] of Object.entries(entries)) {
    const strings = [source, ...fields.map((f) => g[f] ?? '')];
    for (const str of strings) out += String.fromCharCode(str.length >>> 16, str.length & 0xffff);
    out += strings.join('');
  }
  return out;
}

/** Reads encodeRecords' format; a malformed table reads as none. */
function decodeRecords<T>(tag: string, fields: readonly string[], data: string): Map<string, T> {
  const table = new Map<string, T>();
  if (!data.startsWith(tag)) return table;
  let at = tag.length;
  while (at < data.length) {
    const lengths: number[] = [];
    for (let k = 0; k <= fields.length; k++, at += 2) lengths.push(data.charCodeAt(at) * 0x10000 + data.charCodeAt(at + 1));
    const strings: string[] = [];
    for (const n of lengths) {
      strings.push(data.slice(at, at + n));
      at += n;
    }
    if (at > data.length || Number.isNaN(lengths[0])) return new Map();
    const entry: Record<string, string> = {};
    fields.forEach((f, k) => (entry[f] = strings[k + 1]));
    table.set(strings[0], entry as T);
  }
  return table;
}

/** The gates file as it is written (see the top of this file). */
export function encodeTable(entries: Readonly<Record<string, BakedGate>>): string {
  return encodeRecords(GATES_TAG, GATE_FIELDS, entries as unknown as Record<string, Record<string, string>>);
}

export function decodeTable(data: string): Map<string, BakedGate> {
  return decodeRecords(GATES_TAG, GATE_FIELDS, data);
}

/** The thirds file as it is written. */
export function encodeThirds(entries: Readonly<Record<string, BakedThirds>>): string {
  return encodeRecords(THIRDS_TAG, THIRD_FIELDS, entries as unknown as Record<string, Record<string, string>>);
}

export function decodeThirds(data: string): Map<string, BakedThirds> {
  return decodeRecords(THIRDS_TAG, THIRD_FIELDS, data);
}

/** The baked gate of a pattern source (no i/u/v flags: the gates read units, not letters or
 *  code points), or undefined. */
export function bakedGate(source: string, flags = ''): BakedGate | undefined {
  if (flags !== '' && /[iuv]/.test(flags)) return undefined;
  table ??= load(SCAN_GATES_FILE, decodeTable);
  return table.get(source);
}

/** The third-unit part of a pattern's baked gate, or undefined (then all its pairs are open). */
export function bakedThirds(source: string, flags = ''): BakedThirds | undefined {
  if (flags !== '' && /[iuv]/.test(flags)) return undefined;
  thirds ??= load(SCAN_THIRDS_FILE, decodeThirds);
  return thirds.get(source);
}

/** Replaces the tables (tests compare the scans with and without them); null reads the files
 *  again. An entry without `triples` has no third-unit part. */
export function setScanGates(entries: Readonly<Record<string, BakedGate & Partial<BakedThirds>>> | null): void {
  table = entries === null ? undefined : new Map(Object.entries(entries));
  thirds =
    entries === null
      ? undefined
      : new Map(
          Object.entries(entries).flatMap(([k, g]) =>
            g.triples === undefined || g.openPairs === undefined
              ? []
              : [[k, { openPairs: g.openPairs, triples: g.triples, needOnes: g.needOnes ?? '', needPairs: g.needPairs ?? '' }]],
          ),
        );
  generation++;
}

function rangesString(ranges: readonly number[]): string {
  let s = '';
  for (const u of ranges) s += String.fromCharCode(u);
  return s;
}

/** The baked form of a gate: ranges as they are, pairs sorted and without repeats. A gate without
 *  third units (made by hand) has all its pairs open; `needs` (need-gate.ts's strings, one or two
 *  units each) are split into units and pairs. */
export function encodeGate(g: PairGate, needs: readonly string[] | null = null): BakedGate & BakedThirds {
  const pairs = sortedPairs(g.pairs);
  let needOnes = '';
  let needPairs = '';
  for (const s of [...new Set(needs ?? [])].sort()) {
    if (s.length === 1) needOnes += s;
    else if (s.length === 2) needPairs += s;
  }
  return {
    first: rangesString(g.first),
    anyNext: rangesString(g.anyNext),
    pairs,
    openPairs: g.openPairs === undefined ? pairs : sortedPairs(g.openPairs),
    triples: g.triples === undefined ? '' : rangesString(g.triples),
    needOnes,
    needPairs,
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

/** The gate back as pair-gate.ts gives it (pairs in sorted order), with its third-unit part when
 *  given, as typed arrays: a bulk run decodes every gate of the rules (about a million units), and
 *  a plain copy loop into a Uint16Array is ~20 times faster than building number arrays. */
export function decodeGate(b: BakedGate, t?: BakedThirds): GateUnits {
  const gate = { first: units(b.first), anyNext: units(b.anyNext), pairs: units(b.pairs) };
  return t === undefined
    ? gate
    : { ...gate, openPairs: units(t.openPairs), triples: units(t.triples), needOnes: units(t.needOnes), needPairs: units(t.needPairs) };
}

function units(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The baked gates of pattern sources (those pair-gate.ts cannot read are left out), with what
 *  `needsOf` says each needs (need-gate.ts; the build passes it, so the check bundle never holds
 *  the analysis or the word table it costs strings by). */
export function bakeGates(
  sources: Iterable<string>,
  needsOf: (re: RegExp) => readonly string[] | null = () => null,
): Record<string, BakedGate & BakedThirds> {
  const out: Record<string, BakedGate & BakedThirds> = {};
  for (const source of [...new Set(sources)].sort()) {
    const re = new RegExp(source);
    const g = pairGate(re);
    if (g !== null) out[source] = encodeGate(g, needsOf(re));
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

/** Whether `text` holds one of the gate's needs (a unit of needOnes or a pair of needPairs), or
 *  the gate knows no need: a text without any cannot hold a match. */
export function bakedNeedsMet(g: BakedGate, text: string): boolean {
  const ones = g.needOnes ?? '';
  const pairs = g.needPairs ?? '';
  if (ones.length === 0 && pairs.length === 0) return true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    for (let k = 0; k < ones.length; k++) if (ones.charCodeAt(k) === c) return true;
    if (i + 1 < n && pairs.length > 0 && hasPair(pairs, c, text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Whether a match of the gated pattern may start anywhere in `text`. */
export function bakedMayMatch(g: BakedGate, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bakedMayStart(g, text, i)) return true;
  return false;
}
