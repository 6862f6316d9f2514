// A scan over a compiled lexicon that dispatches on the first character. A lexicon compiles to one
// alternation with a named group per lexicon group; V8 tries every alternative of it at each
// position where some word can start, and with a few hundred words starting with common
// characters (不, 一, 问, 天 …) that walk dominates. Here each group is its own sticky regex, and a
// table says, per UTF-16 unit, which groups can start with it: a position runs only those groups,
// in lexicon order, and the first that matches wins — the same match the alternation would give.
// The first uses go through the plain alternation (see WARM_UP_USES): building the tables costs a
// few milliseconds that a one-off `check 你好` should not pay.
import { gateCovers, gateOf, nextCandidate, scan, scanPrefilter, type Gate } from '../context.js';
import { firstUnits } from '../pair-gate.js';

const WARM_UP_USES = 16;

export interface LexiconScanner {
  /** Calls `visit` for each match in order, like a global exec loop over the whole pattern. */
  scan(text: string, visit: (m: RegExpExecArray) => void): void;
}

export function lexiconScanner(pattern: string, groups: Readonly<Record<string, string>>): LexiconScanner {
  const whole = new RegExp(pattern, 'g');
  let uses = 0;
  let sticky: RegExp[] | undefined;
  /** masks[c]: bit k set when group k can start with unit c. */
  let masks: Uint32Array | undefined;
  /** Groups that can start anywhere (their first characters are beyond the parser). */
  let anyMask = 0;
  /** The whole lexicon's place in the shared pair gate (context.ts). */
  let gate: Gate | undefined;

  function build(): void {
    const names = Object.keys(groups);
    if (names.length > 32) throw new Error('lexiconScanner: at most 32 groups');
    sticky = names.map((n) => new RegExp(`(?<${n}>${groups[n]})`, 'y'));
    masks = new Uint32Array(0x10000);
    names.forEach((n, k) => {
      // Marked range by range: a walk over all 65,536 units per group cost milliseconds at start-up.
      const first = firstUnits(new RegExp(groups[n]));
      if (first === null) {
        anyMask |= 1 << k;
        return;
      }
      for (let r = 0; r < first.length; r += 2) for (let c = first[r]; c <= first[r + 1]; c++) masks![c] |= 1 << k;
    });
    if (anyMask !== 0) for (let c = 0; c < 0x10000; c++) masks[c] |= anyMask;
    gate = gateOf(whole);
  }

  return {
    scan(text, visit) {
      if (masks === undefined) {
        if (++uses <= WARM_UP_USES) {
          scan(whole, text, visit);
          return;
        }
        build();
      }
      // With the gates off (tests comparing both), the plain alternation is the reference.
      if (!scanPrefilter()) {
        scan(whole, text, visit);
        return;
      }
      const table = masks!;
      const res = sticky!;
      const n = text.length;
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
        let mask = table[text.charCodeAt(i)];
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
          if (m !== null) break;
        }
        if (m === null) {
          i++;
          continue;
        }
        i += m[0].length > 0 ? m[0].length : 1;
        visit(m);
      }
    },
  };
}
