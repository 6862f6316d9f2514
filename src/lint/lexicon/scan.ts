// A scan over a compiled lexicon that dispatches on the first character. A lexicon compiles to one
// alternation with a named group per lexicon group; V8 tries every alternative of it at each
// position where some word can start, and with a few hundred words starting with common
// characters (不, 一, 问, 天 …) that walk dominates. Here each group is its own sticky regex, and a
// table says, per UTF-16 unit, which groups can start with it: a position runs only those groups,
// in lexicon order, and the first that matches wins — the same match the alternation would give.
// The first uses build no tables (see scanWarmUp): that costs a few milliseconds that a one-off
// `check 你好` should not pay. They use the build's gate of each group (../scan-gates.ts) instead,
// position by position, so a group is compiled only when a text has a place where it can start;
// without baked gates they run the plain alternation.
import {
  gateCovers,
  gateOf,
  needMask,
  needSlot,
  nextCandidate,
  openPairsOf,
  PAIR_SLOT_BITS,
  pairSlot,
  scanPrefilter,
  scanWarmUp,
  fillTriples,
  unitArray,
  tripleBitsFor,
  tripleSlot,
  type Gate,
} from '../context.js';
import { firstUnits } from '../pair-gate.js';
import { bakedGate, bakedMayStart, bakedNeedsMet, bakedThirds, decodeGate, scanGatesGeneration, type BakedGate, type GateUnits } from '../scan-gates.js';

/** Called for each match; returning false rejects it (see LexiconScanner.scan). */
export type LexiconVisit = (m: RegExpExecArray) => boolean | void;

export interface LexiconScanner {
  /** Calls `visit` for each match in order, like a global exec loop over the whole pattern. A
   *  visit that returns false rejects its match (the rule's context says it is no finding): the
   *  scan then tries the later groups at the same position and goes on from the next position,
   *  not past the match, so a word that starts inside a rejected match (a shorter reading that
   *  breaks a longer word, or a refused word followed by one that is not) is still seen. Any other
   *  return accepts the match and the scan goes on after it. */
  scan(text: string, visit: LexiconVisit): void;
}

/** Every scanner's whole pattern and groups, in creation order (the build bakes their gates). */
const created: { readonly pattern: string; readonly groups: Readonly<Record<string, string>> }[] = [];

/** The pattern and groups of every lexicon scanner created so far. */
export function lexiconScanners(): readonly { readonly pattern: string; readonly groups: Readonly<Record<string, string>> }[] {
  return created;
}

/** A scanner over named groups given as a record: the whole pattern is their alternation, in the record's order. */
export function groupsScanner(groups: Readonly<Record<string, string>>): LexiconScanner {
  return lexiconScanner(
    () =>
      Object.entries(groups)
        .map(([k, v]) => `(?<${k}>${v})`)
        .join('|'),
    groups,
  );
}

/** `pattern` may be given as a function that makes it: it is then made only when first needed
 *  (see `whole`), not when the rule module loads — joined into one string, a few whole patterns
 *  were ~200 KB on the young heap of every `check 你好`, which two scavenges then copied. */
export function lexiconScanner(pattern: string | (() => string), groups: Readonly<Record<string, string>>): LexiconScanner {
  // Made when first needed: constructing a RegExp parses its source, and the whole alternation
  // (tens of KB) runs only without baked gates or with the gates off (tests) — a one-off check
  // with the build's gates never parses it (~3 ms for all lexicons).
  let source = typeof pattern === 'string' ? pattern : undefined;
  const sourceOf = (): string => (source ??= (pattern as () => string)());
  let wholeRe: RegExp | undefined;
  const whole = (): RegExp => (wholeRe ??= new RegExp(sourceOf(), 'g'));
  created.push({
    get pattern() {
      return sourceOf();
    },
    groups,
  });
  const names = Object.keys(groups);
  if (names.length > 32) throw new Error('lexiconScanner: at most 32 groups');
  let uses = 0;
  /** Each group as a sticky regex, made when first needed (a regex is compiled on its first run). */
  const stickies: (RegExp | undefined)[] = [];
  const stickyOf = (k: number): RegExp => (stickies[k] ??= new RegExp(`(?<${names[k]}>${groups[names[k]]})`, 'y'));
  /** The build's gate of every group, in order; null when a group has none (then the warm-up uses
   *  the plain alternation). */
  let baked: BakedGate[] | null = null;
  /** The table generation `baked` was looked up in (scan-gates.ts). */
  let bakedIn = -1;
  let sticky: RegExp[] | undefined;
  /** masks[c]: bit k set when group k can start with unit c. */
  let masks: Uint32Array | undefined;
  /** Groups that can start anywhere (their first characters are beyond the parser). */
  let anyMask = 0;
  /** The whole lexicon's place in the shared pair gate (context.ts). */
  let gate: Gate | undefined;
  /** With every group's gate baked, which groups may start at a unit whatever follows
   *  (anyMasks[c]), at a pair (pairMasks[2 * slot], hashed by the pair like the shared gate),
   *  at a pair whatever comes third (pairMasks[2 * slot + 1]) or at three given units
   *  (tripleMasks, hashed likewise): a position then runs only the groups whose own three units
   *  fit, not every group that begins with the same unit (你, 不, 真 … open many) or the same
   *  pair. A collision only runs a group that fails. */
  let anyMasks: Uint32Array | undefined;
  let pairMasks: Uint32Array | undefined;
  let tripleMasks: Int32Array | undefined;
  let tripleBits = 0;
  /** The scanner's slot in the shared need gate (context.ts), -1 without one. */
  let needs = -1;

  function bakedGroups(): BakedGate[] | null {
    const out: BakedGate[] = [];
    for (const n of names) {
      const g = bakedGate(groups[n]);
      if (g === undefined) return null;
      out.push(g);
    }
    return out;
  }

  /** The warm-up scan: at each position, the groups whose baked gate admits it, in order. */
  function warmScan(gs: BakedGate[], text: string, visit: LexiconVisit): void {
    const n = text.length;
    // Per group, once it may start somewhere: 1 when the text holds one of its needs, -1 when not.
    const met = new Int8Array(gs.length);
    let i = 0;
    while (i < n) {
      let m: RegExpExecArray | null = null;
      for (let k = 0; k < gs.length && m === null; k++) {
        if (!bakedMayStart(gs[k], text, i)) continue;
        if (met[k] === 0) met[k] = bakedNeedsMet(gs[k], text) ? 1 : -1;
        if (met[k] < 0) continue;
        const re = stickyOf(k);
        re.lastIndex = i;
        m = re.exec(text);
        // Rejected: the later groups at this position get their turn.
        if (m !== null && visit(m) === false) m = null;
      }
      i += m === null ? 1 : m[0].length > 0 ? m[0].length : 1;
    }
  }

  /** The first of `names` whose group took part in a match of the whole alternation. */
  function groupOf(m: RegExpExecArray): number {
    const g = m.groups!;
    for (let k = 0; k < names.length; k++) if (g[names[k]] !== undefined) return k;
    return names.length;
  }

  /** The plain alternation, with the same answer to a rejected match as the gated scans. */
  function wholeScan(text: string, visit: LexiconVisit): void {
    const re = whole();
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const at = m.index;
      let next = at + (m[0].length > 0 ? m[0].length : 1);
      if (visit(m) === false) {
        next = at + 1;
        for (let k = groupOf(m) + 1; k < names.length; k++) {
          const later = stickyOf(k);
          later.lastIndex = at;
          const r = later.exec(text);
          if (r === null || visit(r) === false) continue;
          next = at + (r[0].length > 0 ? r[0].length : 1);
          break;
        }
      }
      re.lastIndex = next;
    }
  }

  function build(): void {
    sticky = names.map((_, k) => stickyOf(k));
    masks = new Uint32Array(0x10000);
    const parts: GateUnits[] = [];
    const needed: ({ ones: ArrayLike<number>; pairs: ArrayLike<number> } | undefined)[] = [];
    names.forEach((n, k) => {
      // Marked range by range: a walk over all 65,536 units per group cost milliseconds at start-up.
      const b = bakedGate(groups[n]);
      if (b !== undefined) parts.push(decodeGate(b, bakedThirds(groups[n])));
      const part = b === undefined ? undefined : parts[parts.length - 1];
      needed.push(part?.needOnes === undefined || part.needPairs === undefined ? undefined : { ones: part.needOnes, pairs: part.needPairs });
      const first = part === undefined ? firstUnits(new RegExp(groups[n])) : part.first;
      if (first === null) {
        anyMask |= 1 << k;
        return;
      }
      for (let r = 0; r < first.length; r += 2) for (let c = first[r]; c <= first[r + 1]; c++) masks![c] |= 1 << k;
    });
    if (anyMask !== 0) for (let c = 0; c < 0x10000; c++) masks[c] |= anyMask;
    // The whole pattern is its groups' alternation (the scan above runs nothing else), so with
    // every group's gate baked, their union is its gate.
    gate = gateOf(whole, parts.length === names.length ? parts : undefined);
    // A group that needs, somewhere in the text, units the text does not hold is not run at all.
    if (needed.some((g) => g !== undefined && (g.ones.length > 0 || g.pairs.length > 0))) needs = needSlot(needed);
    if (parts.length === names.length) {
      anyMasks = new Uint32Array(0x10000);
      pairMasks = new Uint32Array(2 << PAIR_SLOT_BITS);
      tripleBits = tripleBitsFor(parts.reduce((n, g) => n + (g.triples?.length ?? 0) / 3, 0));
      tripleMasks = new Int32Array(1 << tripleBits);
      parts.forEach((g, k) => {
        const bit = 1 << k;
        for (let r = 0; r < g.anyNext.length; r += 2) for (let c = g.anyNext[r]; c <= g.anyNext[r + 1]; c++) anyMasks![c] |= bit;
        for (let r = 0; r < g.pairs.length; r += 2) pairMasks![pairSlot(g.pairs[r], g.pairs[r + 1]) << 1] |= bit;
        const open = openPairsOf(g);
        for (let r = 0; r < open.length; r += 2) {
          const slot = pairSlot(open[r], open[r + 1]) << 1;
          pairMasks![slot] |= bit;
          pairMasks![slot + 1] |= bit;
        }
        if (g.triples !== undefined) fillTriples(tripleMasks!, tripleBits, bit, unitArray(g.triples));
      });
    }
  }

  return {
    scan(text, visit) {
      if (++uses <= scanWarmUp()) {
        if (scanPrefilter() && bakedIn !== scanGatesGeneration()) {
          baked = bakedGroups();
          bakedIn = scanGatesGeneration();
        }
        if (scanPrefilter() && baked !== null) warmScan(baked, text, visit);
        else wholeScan(text, visit);
        return;
      }
      if (masks === undefined) build();
      // With the gates off (tests comparing both), the plain alternation is the reference.
      if (!scanPrefilter()) {
        wholeScan(text, visit);
        return;
      }
      const table = masks!;
      const res = sticky!;
      const n = text.length;
      const allowed = needs < 0 ? -1 : needMask(needs, text);
      if (allowed === 0) return;
      // Positions where a word of the whole lexicon can start: prepareScans' list for this text,
      // or found here one by one.
      const listed = gate !== undefined && gateCovers(gate, text);
      const list = listed ? gate!.list : undefined;
      const count = listed ? gate!.count : 0;
      let j = 0;
      let i = 0;
      while (i < n) {
        if (list !== undefined) {
          while (j < count && list[j] < i) j++;
          if (j >= count) return;
          i = list[j++];
        } else if (gate !== undefined && (i = nextCandidate(gate, text, i, n)) >= n) return;
        const c = text.charCodeAt(i);
        let mask = table[c] & allowed;
        if (anyMasks !== undefined && mask !== 0) {
          // As the shared gate's admitted() (context.ts): units, then the pair, then the third unit.
          const any = anyMasks[c] & mask;
          if (any !== mask) {
            // Past the end, 0: what the slot functions make of NaN, read without leaving the text
            // (a read past it sent the optimized scan back to the interpreter).
            const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
            const slot = pairSlot(c, d) << 1;
            const paired = pairMasks![slot] & mask & ~any;
            const open = pairMasks![slot + 1] & paired;
            mask = any | open;
            if (open !== paired) mask |= tripleMasks![tripleSlot(c, d, i + 2 < n ? text.charCodeAt(i + 2) : 0, tripleBits)] & paired;
          }
        }
        if (mask === 0) {
          i++;
          continue;
        }
        let m: RegExpExecArray | null = null;
        while (mask !== 0) {
          const k = 31 - Math.clz32(mask & -mask);
          mask &= mask - 1;
          const re = res[k];
          re.lastIndex = i;
          m = re.exec(text);
          if (m === null) continue;
          // Rejected: the later groups at this position get their turn.
          if (visit(m) !== false) break;
          m = null;
        }
        i += m === null ? 1 : m[0].length > 0 ? m[0].length : 1;
      }
    },
  };
}
