// Small helpers the content rules share to look at what comes before and after a match.
// Context decides false alarms (订单号 before digits, 转运 followed by 中心), not longer lists.

import { firstChars } from './first-chars.js';
import { pairGate, type PairGate } from './pair-gate.js';
import { bakedGate, bakedMayMatch, bakedNeedsMet, bakedThirds, decodeGate, scanGatesGeneration, type BakedGate, type GateUnits } from './scan-gates.js';

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
  /** The build's gate of the pattern (scan-gates.ts), null when there is none: during the
   *  warm-up a text it admits nowhere skips the regex, which is then never compiled. */
  baked: BakedGate | null;
  /** The table generation `baked` was looked up in (scan-gates.ts). */
  bakedIn: number;
  sticky?: RegExp;
  /** The regex's place in the shared pair gate (see prepareScans). */
  gate?: Gate;
  /** Without a pair gate: the first-character table as a bitset (8 KB instead of 64 KB): the
   *  scans of one text walk several tables, and the small ones stay in the CPU cache. */
  bits?: Int32Array;
}

function toBits(table: Uint8Array): Int32Array {
  const bits = new Int32Array(0x10000 >> 5);
  for (let c = 0; c < 0x10000; c++) if (table[c] !== 0) bits[c >> 5] |= 1 << (c & 31);
  return bits;
}

const scanners = new WeakMap<RegExp, Scanner>();
let prefilter = true;
/** Sources of the patterns scanned while recording (the build bakes their gates). */
let recorded: Set<string> | undefined;

/** Starts (or stops) recording the sources of the patterns scan() is given. */
export function recordScans(on: boolean): void {
  recorded = on ? new Set() : undefined;
}

/** The sources scan() was given since recordScans(true). */
export function recordedScans(): string[] {
  return recorded === undefined ? [] : [...recorded];
}

/** A regex is scanned without the shared tables for its first uses: filling them costs a few
 *  milliseconds (and deriving a gate the build did not bake, more), which a one-off `check 你好`
 *  should not pay; a bulk run earns it back at once. */
let warmUpUses = 16;

/** How many uses a pattern (or a lexicon scanner) runs before it gets its tables. */
export function scanWarmUp(): number {
  return warmUpUses;
}

/** Tests lengthen the warm-up to check its path on many texts; `check` on thousands of texts
 *  sets it to 0 (commands/check.ts: the tables pay at once there). */
export function setScanWarmUp(uses: number): void {
  warmUpUses = uses;
}

/** Turns the first-character and pair gates off or on; tests use it to prove the scans agree. */
export function setScanPrefilter(enabled: boolean): void {
  prefilter = enabled;
}

export function scanPrefilter(): boolean {
  return prefilter;
}

// ---------------------------------------------------------------------------------------------
// The shared pair gate. Each gated regex owns one bit (up to 32); per UTF-16 unit, FIRST_BITS
// says which regexes a match can start with it, ANY_NEXT_BITS which of those need no particular
// next unit; PAIR_BITS, hashed by (unit, next unit), which accept that pair, and which of those
// accept it whatever comes third ("open"); TRIPLE_BITS, hashed by the three units, which accept
// those three (pair-gate.ts derives them all from the patterns). Two units alone let the big
// alternations run at 15天, 可以直, 我们会 … where the third unit is already wrong: most of their
// runs failed there. A hash collision only lets a regex run where it then fails; no match is ever
// skipped. prepareScans walks a text once for all regexes and lists each one's candidate
// positions, so a rule whose words cannot start anywhere in the text returns at once and the
// others run their regex at a handful of positions, without walking the text again. Allocated
// with the first gate (after the warm-up): `check 你好` needs none of them.
export const PAIR_SLOT_BITS = 16;
let FIRST_BITS = new Int32Array(0);
let ANY_NEXT_BITS = FIRST_BITS;
/** Two entries per pair slot, side by side (one cache line): the gates that accept the pair, and
 *  those that accept it whatever comes third. */
let PAIR_BITS = FIRST_BITS;
let TRIPLE_BITS = FIRST_BITS;
/** log2 of TRIPLE_BITS' length: it grows with the triples listed, so a collision stays rare. */
let tripleBits = 0;
/** Every gate's triples, to refill TRIPLE_BITS when it grows. */
const tripleLists: { bit: number; triples: Uint16Array }[] = [];
let tripleCount = 0;
const MAX_GATES = 32;

/** One gated regex: its bit, and its candidate positions in the text prepareScans last walked. */
export interface Gate {
  /** The gated regex (made on demand: a lexicon scanner's whole alternation is tens of KB to
   *  parse, and with its groups' gates given, only tests ever ask for it). */
  readonly regex: () => RegExp;
  readonly bit: number;
  list: Int32Array;
  count: number;
}

const gates: Gate[] = [];
/** Bits of every registered gate. */
let gatedMask = 0;

/** The slot of the unit pair (a, b) in a pair table of 2^PAIR_SLOT_BITS entries. */
export function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b | 0, 0x85ebca6b)) >>> (32 - PAIR_SLOT_BITS);
}

/** The slot of the units (a, b, c) in a triple table of 2^bits entries (a unit past the end of
 *  the text, NaN, counts as 0). */
export function tripleSlot(a: number, b: number, c: number, bits: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b | 0, 0x85ebca6b) ^ Math.imul(c | 0, 0xc2b2ae35)) >>> (32 - bits);
}

/** Slots enough for `count` triples: about one in sixteen taken, so a unit triple that no gate
 *  lists seldom lands on one that does. */
export function tripleBitsFor(count: number): number {
  return Math.min(20, Math.max(10, Math.ceil(Math.log2(count * 16 + 1))));
}

/** The pairs of a gate that take any third unit: all of them when it has no third-unit part. */
export function openPairsOf(g: GateUnits): ArrayLike<number> {
  return g.openPairs ?? g.pairs;
}

/** Gates of `mask` that may start at `i` of `text`, of those FIRST_BITS lets through there. */
function admitted(mask: number, text: string, i: number, c: number): number {
  const any = ANY_NEXT_BITS[c] & mask;
  if (any === mask) return any;
  // A unit past the end reads as 0, as the slot functions take it (NaN | 0): a read past the end
  // made the optimized code of every caller fall back ("out of bounds") and be compiled again.
  const n = text.length;
  const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
  const slot = pairSlot(c, d) << 1;
  const paired = PAIR_BITS[slot] & mask & ~any;
  if (paired === 0) return any;
  const open = PAIR_BITS[slot + 1] & paired;
  if (open === paired) return any | open;
  return any | open | (TRIPLE_BITS[tripleSlot(c, d, i + 2 < n ? text.charCodeAt(i + 2) : 0, tripleBits)] & paired);
}

/** Whether a match of the regex with gate `bit` may start at `i` of `text`. */
function mayStart(bit: number, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((FIRST_BITS[c] & bit) === 0) return false;
  return admitted(bit, text, i, c) !== 0;
}

/** Gives `re` a gate; undefined when its pattern cannot be gated or the bits are used up.
 *  `parts`: the gates of the alternatives `re` is made of, when the caller has them (a lexicon
 *  scanner's groups): their union is the gate of the whole, without deriving it. Each part is
 *  marked as it is (no merged copy of them all: for the lexicons that was ~a million numbers). */
export function gateOf(regex: RegExp | (() => RegExp), parts?: readonly GateUnits[]): Gate | undefined {
  if (gates.length >= MAX_GATES) return undefined;
  let list: readonly GateUnits[];
  if (parts !== undefined) list = parts;
  else {
    const re = typeof regex === 'function' ? regex() : regex;
    const baked = bakedGate(re.source, re.flags);
    const one: PairGate | GateUnits | null = baked === undefined ? pairGate(re) : decodeGate(baked, bakedThirds(re.source, re.flags));
    if (one === null) return undefined;
    list = [one];
  }
  if (gates.length === 0) {
    FIRST_BITS = new Int32Array(0x10000);
    ANY_NEXT_BITS = new Int32Array(0x10000);
    PAIR_BITS = new Int32Array(2 << PAIR_SLOT_BITS);
  }
  // Room for the candidates of a long reply from the start: growing the list is a branch the
  // warm-up texts never take, and the optimized prepareScans was thrown away at the first text
  // that took it (and compiled again, ~50 ms of a compiler thread in each thread of a bulk run).
  const gate: Gate = { regex: typeof regex === 'function' ? regex : () => regex, bit: 1 << gates.length, list: new Int32Array(1024), count: 0 };
  const bit = gate.bit;
  for (const pairs of list) {
    markRanges(FIRST_BITS, pairs.first, bit);
    markRanges(ANY_NEXT_BITS, pairs.anyNext, bit);
    markPairs(pairs.pairs, bit, false);
    // An open pair is a listed pair too (a gate made by hand may list it only as open).
    markPairs(openPairsOf(pairs), bit, true);
  }
  addTriples(
    bit,
    list.flatMap((p) => (p.triples === undefined || p.triples.length === 0 ? [] : [p.triples])),
  );
  if (parts === undefined) gateNeeds(gates.length, list[0]);
  gates.push(gate);
  gatedMask |= bit;
  return gate;
}

// The marking loops are small functions of their own: run over tens of thousands of units once per
// gate, a loop gets its function compiled by the optimizing compiler mid-run (on-stack replacement),
// and compiling all of gateOf for it cost more CPU time, on a compiler thread, than the loops.

/** Marks `bit` at every unit of `ranges` (first, last, first, last …) in `table`. */
function markRanges(table: Int32Array, ranges: ArrayLike<number>, bit: number): void {
  for (let k = 0; k < ranges.length; k += 2) for (let c = ranges[k]; c <= ranges[k + 1]; c++) table[c] |= bit;
}

/** Marks `bit` at the pair slots of `pairs` (flattened) in PAIR_BITS, and as open too when `open`. */
function markPairs(pairs: ArrayLike<number>, bit: number, open: boolean): void {
  for (let k = 0; k < pairs.length; k += 2) {
    const slot = pairSlot(pairs[k], pairs[k + 1]) << 1;
    PAIR_BITS[slot] |= bit;
    if (open) PAIR_BITS[slot + 1] |= bit;
  }
}

/** Marks `bit` at the slots of each of `lists` (flattened triples), growing the table first when
 *  they would crowd it (then every gate's triples are marked again, once). */
function addTriples(bit: number, lists: readonly ArrayLike<number>[]): void {
  const before = tripleLists.length;
  for (const triples of lists) {
    tripleLists.push({ bit, triples: unitArray(triples) });
    tripleCount += triples.length / 3;
  }
  const want = tripleBitsFor(tripleCount);
  if (want > tripleBits) {
    tripleBits = want;
    TRIPLE_BITS = new Int32Array(1 << want);
    for (const t of tripleLists) fillTriples(TRIPLE_BITS, want, t.bit, t.triples);
  } else for (let k = before; k < tripleLists.length; k++) fillTriples(TRIPLE_BITS, tripleBits, bit, tripleLists[k].triples);
}

/** Units as a Uint16Array (the baked gates' form), so fillTriples sees one kind of array: it runs
 *  over hundreds of thousands of triples at the start of a bulk run, and a loop that meets two
 *  kinds of arrays (or tables) is compiled for neither. */
export function unitArray(units: ArrayLike<number>): Uint16Array {
  return units instanceof Uint16Array ? units : Uint16Array.from(units);
}

/** Marks `bit` at the slots of `triples` (flattened) in a table of 2^bits entries. */
export function fillTriples(table: Int32Array, bits: number, bit: number, triples: Uint16Array): void {
  for (let k = 0; k < triples.length; k += 3) table[tripleSlot(triples[k], triples[k + 1], triples[k + 2], bits)] |= bit;
}

/** The text prepareScans last walked, and the gates whose candidate lists are of that text. */
let gateText: string | undefined;
let gateCovered = 0;

// ---------------------------------------------------------------------------------------------
// The need gate (need-gate.ts). A pattern that needs one of a few units or unit pairs somewhere in
// the text cannot match a text holding none of them, wherever the pair gate lets it start: a
// lexicon's groups owe most of their failed runs to replies like that (马上回复 opens an urgency
// phrase that needs 涨价, 翻倍 … later). Each lexicon scanner owns a slot of 32 bits, one per group;
// prepareScans' walk notes, per slot, the groups whose needs the text holds (NEED_SEEN). Two
// bitsets of 8 KB each (they stay in the CPU's first cache) say which units are needed alone
// (ONE_BITS) and which pairs may be needed (PAIR_FILTER, by a hash of the pair: most pairs of a
// text are in no need, and those skip the lookup); NEED_ONE gives a needed unit's first entry + 1,
// and the pair hash (NEED_KEYS / NEED_VALS, open addressing) a needed pair's. An entry is a slot and the bits of its groups that need the unit or pair, and the next
// entry of the same unit or pair + 1 (0: none) — typed arrays throughout, so the tables of some
// 30,000 needs are built in a few milliseconds by each thread that runs a bulk check.
let ONE_BITS = new Int32Array(0);
let PAIR_FILTER = new Int32Array(0);
let NEED_ONE = new Int32Array(0);
let NEED_KEYS = new Int32Array(0);
let NEED_VALS = new Int32Array(0);
let ENTRY_SLOT = new Int32Array(0);
let ENTRY_BITS = new Int32Array(0);
let ENTRY_NEXT = new Int32Array(0);
let needHashBits = 0;
let NEED_SEEN = new Int32Array(0);
/** Every slot's groups' needs, to build the tables from (again, when a slot is added). */
const needSlots: { ones: ArrayLike<number>; pairs: ArrayLike<number> }[][] = [];
/** Per slot: the groups that need nothing known (always possible). */
const needFree: number[] = [];
let needsDirty = false;
let needText: string | undefined;

/**
 * Gives a lexicon scanner's groups (at most 32, in bit order) a need slot: per group its needed
 * units and pairs (flattened), or undefined when it needs nothing known — that group's bit is then
 * in every text's mask. Returns the slot (needMask reads it).
 */
export function needSlot(groups: readonly ({ ones: ArrayLike<number>; pairs: ArrayLike<number> } | undefined)[]): number {
  if (groups.length > 32) throw new Error('needSlot: at most 32 groups');
  needSlots.push(groups.map((g) => g ?? { ones: [], pairs: [] }));
  // Bits past the groups given are free too (the shared gate's slot grows gate by gate).
  let free = groups.length >= 32 ? 0 : -1 << groups.length;
  groups.forEach((g, k) => {
    if (g === undefined || (g.ones.length === 0 && g.pairs.length === 0)) free |= 1 << k;
  });
  needFree.push(free);
  needsDirty = true;
  // The text prepareScans last walked was walked without this slot.
  needText = undefined;
  return needSlots.length - 1;
}

/** The need slot of the shared pair gate's own regexes (bit k: gate k), -1 until one needs
 *  something (a lexicon scanner's gate is there too, needing nothing: its groups have their own). */
let gateNeedSlot = -1;

/** Notes the needs of gate `k`'s regex, if its gate says any. */
function gateNeeds(k: number, g: GateUnits): void {
  const ones = g.needOnes ?? [];
  const pairs = g.needPairs ?? [];
  if (ones.length === 0 && pairs.length === 0) return;
  if (gateNeedSlot < 0) gateNeedSlot = needSlot([]);
  const groups = needSlots[gateNeedSlot];
  while (groups.length <= k) groups.push({ ones: [], pairs: [] });
  groups[k] = { ones, pairs };
  needFree[gateNeedSlot] &= ~(1 << k);
  needsDirty = true;
  needText = undefined;
}

/** Whether `text` (the one prepareScans walked) holds none of the needs of gate's regex. */
function needless(gate: Gate, text: string): boolean {
  return gateNeedSlot >= 0 && (needMask(gateNeedSlot, text) & gate.bit) === 0;
}

function needHash(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

function buildNeeds(): void {
  needsDirty = false;
  let ones = 0;
  let pairs = 0;
  for (const groups of needSlots)
    for (const g of groups) {
      ones += g.ones.length;
      pairs += g.pairs.length >> 1;
    }
  ONE_BITS = new Int32Array(0x10000 >> 5);
  PAIR_FILTER = new Int32Array(0x10000 >> 5);
  NEED_ONE = new Int32Array(0x10000);
  needHashBits = Math.max(10, Math.ceil(Math.log2(pairs * 2 + 1)));
  NEED_KEYS = new Int32Array(1 << needHashBits).fill(-1);
  NEED_VALS = new Int32Array(1 << needHashBits);
  ENTRY_SLOT = new Int32Array(ones + pairs);
  ENTRY_BITS = new Int32Array(ones + pairs);
  ENTRY_NEXT = new Int32Array(ones + pairs);
  let entries = 0;
  // Adds (slot, bit) to the entries from head + 1 on (0: none); returns the new head + 1.
  const add = (head: number, slot: number, bit: number): number => {
    for (let e = head; e !== 0; e = ENTRY_NEXT[e - 1]) {
      if (ENTRY_SLOT[e - 1] === slot) {
        ENTRY_BITS[e - 1] |= bit;
        return head;
      }
    }
    ENTRY_SLOT[entries] = slot;
    ENTRY_BITS[entries] = bit;
    ENTRY_NEXT[entries] = head;
    return ++entries;
  };
  const mask = (1 << needHashBits) - 1;
  needSlots.forEach((groups, slot) =>
    groups.forEach((g, k) => {
      const bit = 1 << k;
      for (let i = 0; i < g.ones.length; i++) {
        const c = g.ones[i];
        ONE_BITS[c >> 5] |= 1 << (c & 31);
        NEED_ONE[c] = add(NEED_ONE[c], slot, bit);
      }
      for (let i = 0; i + 1 < g.pairs.length; i += 2) {
        const key = (g.pairs[i] << 16) | g.pairs[i + 1];
        // PAIR_FILTER's bit of a pair is the pair gate's slot of it (prepareScans hashes once for both).
        const f = pairSlot(g.pairs[i], g.pairs[i + 1]);
        PAIR_FILTER[f >> 5] |= 1 << (f & 31);
        let h = needHash(key, needHashBits);
        while (NEED_KEYS[h] !== -1 && NEED_KEYS[h] !== key) h = (h + 1) & mask;
        NEED_KEYS[h] = key;
        NEED_VALS[h] = add(NEED_VALS[h], slot, bit);
      }
    }),
  );
  NEED_SEEN = new Int32Array(needSlots.length);
}

/** Notes the needs the pair (c, d) meets (PAIR_FILTER let it through). */
function needPair(c: number, d: number): void {
  const key = (c << 16) | d;
  const mask = NEED_KEYS.length - 1;
  for (let h = needHash(key, needHashBits); NEED_KEYS[h] !== -1; h = (h + 1) & mask) {
    if (NEED_KEYS[h] === key) {
      noteNeed(NEED_VALS[h]);
      return;
    }
  }
}

function noteNeed(head: number): void {
  for (let e = head; e !== 0; e = ENTRY_NEXT[e - 1]) NEED_SEEN[ENTRY_SLOT[e - 1]] |= ENTRY_BITS[e - 1];
}

/** The groups of need slot `slot` whose needs `text` holds (all bits when prepareScans did not
 *  walk this text, or the gates are off). */
export function needMask(slot: number, text: string): number {
  if (text !== needText || !prefilter) return -1;
  return NEED_SEEN[slot] | needFree[slot];
}

/**
 * Walks `text` once for every gated regex (the lint engine calls it with each normalized text
 * before the rules run) and lists where each one's matches can start. Scans of that same text
 * then run each regex only there.
 */
export function prepareScans(text: string): void {
  gateText = text;
  gateCovered = prefilter ? gatedMask : 0;
  needText = undefined;
  if (gateCovered === 0) return;
  for (const g of gates) g.count = 0;
  const n = text.length;
  if (needsDirty) buildNeeds();
  const ones = ONE_BITS;
  const filter = PAIR_FILTER;
  const needs = needSlots.length > 0;
  if (needs) {
    NEED_SEEN.fill(0);
    needText = text;
  }
  let c = n > 0 ? text.charCodeAt(0) : 0;
  for (let i = 0; i < n; i++) {
    // The next unit; 0 past the end, as admitted() hashes it there (pairSlot's b | 0 of NaN).
    const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    // One hash of the pair for both tables: PAIR_FILTER's slot is the pair gate's.
    const slot = pairSlot(c, d);
    if (needs) {
      if (((ones[c >> 5] >>> (c & 31)) & 1) !== 0) noteNeed(NEED_ONE[c]);
      if (i + 1 < n && ((filter[slot >> 5] >>> (slot & 31)) & 1) !== 0) needPair(c, d);
    }
    const f = FIRST_BITS[c];
    if (f !== 0) {
      const any = ANY_NEXT_BITS[c] & f;
      let m = any;
      if (any !== f) {
        const paired = PAIR_BITS[slot << 1] & f & ~any;
        if (paired !== 0) {
          const open = PAIR_BITS[(slot << 1) + 1] & paired;
          m = any | open;
          if (open !== paired) m |= TRIPLE_BITS[tripleSlot(c, d, i + 2 < n ? text.charCodeAt(i + 2) : 0, tripleBits)] & paired;
        }
      }
      gateMatches(m, i);
    }
    c = d;
  }
}

/** Lists position `i` for the gates of `m`. */
function gateMatches(m: number, i: number): void {
  while (m !== 0) {
    const g = gates[31 - Math.clz32(m & -m)];
    m &= m - 1;
    if (g.count === g.list.length) {
      const grown = new Int32Array(g.list.length * 2);
      grown.set(g.list);
      g.list = grown;
    }
    g.list[g.count++] = i;
  }
}

/** The regexes gated so far (tests check that no gate hides a match of its regex). */
export function gatedRegexes(): RegExp[] {
  return gates.map((g) => g.regex());
}

/** Whether the gate's candidate list is that of `text` (prepareScans walked it). */
export function gateCovers(gate: Gate, text: string): boolean {
  return (gateCovered & gate.bit) !== 0 && text === gateText;
}

/** The next position from `i` where a match of the regex with `gate` may start, or `n`. */
export function nextCandidate(gate: Gate, text: string, i: number, n: number): number {
  const bit = gate.bit;
  while (i < n && !mayStart(bit, text, i)) i++;
  return i;
}

function scannerOf(re: RegExp): Scanner {
  let s = scanners.get(re);
  if (s === undefined) {
    s = { uses: 0, baked: null, bakedIn: -1 };
    scanners.set(re, s);
  }
  if (++s.uses > warmUpUses && s.sticky === undefined) {
    s.sticky = new RegExp(re.source, re.flags.replace('g', '').replace('y', '') + 'y');
    s.gate = gateOf(re);
    if (s.gate === undefined) {
      const first = firstChars(re);
      if (first) s.bits = toBits(first);
    }
  }
  return s;
}

/** Runs `re` (with the g flag) over `text` like a global exec loop, calling `visit` for each
 *  match in order. Positions where no match can start (see pair-gate.ts, first-chars.ts) are
 *  skipped without running the regex; the matches are the same as those of the plain loop. */
export function scan(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  recorded?.add(re.source);
  const s = scannerOf(re);
  const { sticky, bits, gate } = s;
  const n = text.length;
  const warm = s.uses <= warmUpUses;
  if (warm || !sticky || !prefilter || (gate === undefined && !bits)) {
    if (warm && prefilter) {
      if (s.bakedIn !== scanGatesGeneration()) {
        s.baked = bakedGate(re.source, re.flags) ?? null;
        s.bakedIn = scanGatesGeneration();
      }
      if (s.baked !== null && (!bakedMayMatch(s.baked, text) || !bakedNeedsMet(s.baked, text))) return;
    }
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      visit(m);
    }
    return;
  }
  if (gate !== undefined) {
    if (needless(gate, text)) return;
    if (gateCovers(gate, text)) {
      // The regex runs at the candidate positions prepareScans listed, skipping those inside a match.
      const { list, count } = gate;
      let i = 0;
      for (let j = 0; j < count; j++) {
        const at = list[j];
        if (at < i) continue;
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m === null) continue;
        i = at + (m[0].length > 0 ? m[0].length : 1);
        visit(m);
      }
      return;
    }
    for (let i = 0; i < n; ) {
      if (!mayStart(gate.bit, text, i)) {
        i++;
        continue;
      }
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m === null) {
        i++;
        continue;
      }
      i += m[0].length > 0 ? m[0].length : 1;
      visit(m);
    }
    return;
  }
  let i = 0;
  let c = 0;
  while (i < n) {
    while (i < n && ((bits![(c = text.charCodeAt(i)) >> 5] >>> (c & 31)) & 1) === 0) i++;
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

/** Where the clause holding `index` starts: walks back over at most `max` characters, stopping at a
 *  clause boundary. The index form lets callers slice several windows from one walk. */
export function clauseStart(text: string, index: number, max = Infinity): number {
  let i = index;
  const stop = Math.max(0, index - max);
  while (i > stop && CLAUSE_END[text.charCodeAt(i - 1)] === 0) i--;
  return i;
}

/** Where the clause holding `index` ends: at most `max` characters on, stopping at a clause boundary. */
export function clauseEnd(text: string, index: number, max = Infinity): number {
  let i = index;
  const stop = Math.min(text.length, index + max);
  while (i < stop && CLAUSE_END[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** Where the sentence holding `index` starts, at most `max` characters back (commas are crossed). */
export function sentenceStart(text: string, index: number, max = Infinity): number {
  let i = index;
  const stop = Math.max(0, index - max);
  while (i > stop && SENTENCE_END[text.charCodeAt(i - 1)] === 0) i--;
  return i;
}

/** Where the sentence holding `index` ends, at most `max` characters on (commas are crossed). */
export function sentenceEnd(text: string, index: number, max = Infinity): number {
  let i = index;
  const stop = Math.min(text.length, index + max);
  while (i < stop && SENTENCE_END[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** Up to `max` characters before `index`, not crossing a clause boundary. */
export function clauseBefore(text: string, index: number, max = 12): string {
  return text.slice(clauseStart(text, index, max), index);
}

/** Up to `max` characters from `index` on, not crossing a clause boundary. */
export function clauseAfter(text: string, index: number, max = 12): string {
  return text.slice(index, clauseEnd(text, index, max));
}

/** Up to `max` characters before `index`, not crossing a sentence end (commas are crossed). */
export function sentenceBefore(text: string, index: number, max: number): string {
  return text.slice(sentenceStart(text, index, max), index);
}

/** Up to `max` characters from `index` on, not crossing a sentence end (commas are crossed). */
export function sentenceAfter(text: string, index: number, max: number): string {
  return text.slice(index, sentenceEnd(text, index, max));
}

/** The sentence around [start, end): up to `max` characters each way, not crossing a sentence end
 *  (.!?;。 or a line break) — wider than a clause, for context that spans commas. */
export function sentenceAround(text: string, start: number, end: number, max = 30): string {
  return sentenceBefore(text, start, max) + text.slice(start, end) + sentenceAfter(text, end, max);
}

/** What `text.matchAll(re)` yields for a global, non-unicode `re`, as an array: matchAll copies
 *  the regex on every call (a new RegExp through its species constructor), which was half the cost
 *  of a frame run over every text (ELSEWHERE on 50k texts: 181 -> 90 ms). `re.lastIndex` is 0
 *  before and after. */
export function matchesIn(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // As matchAll steps past an empty match.
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return found;
}

/** Matches `re` (sticky) exactly at `index`; returns the end of the match or -1. */
export function matchAt(re: RegExp, text: string, index: number): number {
  re.lastIndex = index;
  const m = re.exec(text);
  return m === null ? -1 : index + m[0].length;
}
