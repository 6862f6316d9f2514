// What text a match of a pattern needs somewhere in the text it is found in. The pair gates
// (pair-gate.ts) say where a match can START; for the lexicons' big groups that still lets most
// positions of an ordinary reply through (马上 opens an urgency phrase, 可以 a luck promise), and
// there the group's regex runs and fails — most of a bulk check's regex time. But nearly every
// alternative of such a group needs some rare pair of units that the text does not hold at all:
// 马上…涨价 needs 涨价 (or 翻倍, 调价 …), 可以…心想事成 needs 想事 (or 金榜 …). This parser works
// out, per pattern, a set of one- or two-unit strings such that every match — lookarounds
// included, since what they look at is in the text too — holds one of them; a text holding none
// of a pattern's needs is not scanned for it at all. From every sequence it keeps the cheapest
// choice by how common the strings are in Chinese text (a cost the caller gives, from jieba's
// word frequencies at build time), so 想事 is chosen over 可以.
//
// The analysis under-claims, never over-claims: a piece it cannot pin down (a wide class, an
// optional part, a backreference) needs nothing, and an alternation needs something only when
// every alternative does. null: the pattern needs nothing it can name.
import { ALL, NONE, parseWith, rangesOf, size, union, type Algebra, type Ranges, type Units } from './pair-gate.js';

/** A set of needed strings, as a tree of unions flattened once at the end (see pair-gate.ts's
 *  Units: eager unions over hundreds of alternatives were quadratic). */
type Items = readonly string[] | { readonly l: Items; readonly r: Items };

interface Need {
  /** Whether it can match without consuming a unit (lookarounds and anchors always do). */
  readonly nullable: boolean;
  /** Whether it never consumes a unit (lookarounds, anchors and their sequences). */
  readonly empty: boolean;
  /** Units the unit right before a match must be one of (a lookbehind at its start), and the
   *  unit right after it (a lookahead at its end); null: any. They pair with what a match
   *  around them consumes: (?<=学习|考试)运 needs 习运 or 试运, 运(?=势|气) 运势 or 运气. */
  readonly before: Units | null;
  readonly after: Units | null;
  /** Units a non-empty match can start / end with. */
  readonly first: Units;
  readonly last: Units;
  /** Strings one of which every match needs in the text; null: nothing it can name. */
  readonly items: Items | null;
  /** The sum of the items' costs (Infinity without items). */
  readonly cost: number;
}

/** A class of more units than this needs nothing (each unit would be a needed string). */
const ATOM_MAX = 16;
/** A junction of more (last unit × first unit) pairs than this is not listed as needed pairs. */
const CROSS_MAX = 512;

const EMPTY: Need = { nullable: true, empty: true, before: null, after: null, first: NONE, last: NONE, items: null, cost: Infinity };
const ANY: Need = { nullable: true, empty: false, before: null, after: null, first: ALL, last: ALL, items: null, cost: Infinity };

function flatten(items: Items): string[] {
  const out: string[] = [];
  const stack: Items[] = [items];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (Array.isArray(x)) out.push(...(x as readonly string[]));
    else stack.push((x as { l: Items }).l, (x as { r: Items }).r);
  }
  return out;
}

function unitList(r: Ranges): number[] {
  const out: number[] = [];
  for (let k = 0; k < r.length; k += 2) for (let c = r[k]; c <= r[k + 1]; c++) out.push(c);
  return out;
}

function algebra(cost: (s: string) => number): Algebra<Need> {
  const costOf = (items: readonly string[]): number => items.reduce((n, s) => n + cost(s), 0);
  const repeat = (x: Need, min: number, max: number): Need => {
    if (max === 0) return EMPTY;
    if (min === 0) return { nullable: true, empty: x.empty, before: null, after: null, first: x.first, last: x.last, items: null, cost: Infinity };
    return x;
  };
  /** The pairs a × b as needed strings and their cost, or null when there are too many. */
  const cross = (a: Units, b: Units): { items: string[]; cost: number } | null => {
    if (size(a) * size(b) > CROSS_MAX) return null;
    const items: string[] = [];
    for (const x of unitList(rangesOf(a))) for (const y of unitList(rangesOf(b))) items.push(String.fromCharCode(x, y));
    return { items, cost: costOf(items) };
  };
  return {
    empty: EMPTY,
    anything: ANY,
    atom(set) {
      const base = { nullable: false, empty: false, before: null, after: null, first: set, last: set };
      if (size(set) > ATOM_MAX) return { ...base, items: null, cost: Infinity };
      const items = unitList(rangesOf(set)).map((c) => String.fromCharCode(c));
      return { ...base, items, cost: costOf(items) };
    },
    alt(a, b) {
      const both = a.items !== null && b.items !== null;
      return {
        nullable: a.nullable || b.nullable,
        empty: a.empty && b.empty,
        before: a.before !== null && b.before !== null ? union(a.before, b.before) : null,
        after: a.after !== null && b.after !== null ? union(a.after, b.after) : null,
        first: union(a.first, b.first),
        last: union(a.last, b.last),
        items: both ? { l: a.items!, r: b.items! } : null,
        cost: both ? a.cost + b.cost : Infinity,
      };
    },
    concat(x, y) {
      // Every match of xy holds a match of x and one of y; with neither empty, x's last unit
      // right before y's first unit too (a lookaround between them consumes nothing).
      let items = x.items;
      let c = x.cost;
      if (y.cost < c) {
        items = y.items;
        c = y.cost;
      }
      const pick = (p: { items: string[]; cost: number } | null): void => {
        if (p !== null && p.cost < c) {
          items = p.items;
          c = p.cost;
        }
      };
      if (!x.nullable && !y.nullable) pick(cross(x.last, y.first));
      // A lookbehind right before y (x consumes nothing) or a lookahead right after x.
      if (x.empty && x.before !== null && !y.nullable) pick(cross(x.before, y.first));
      if (y.empty && y.after !== null && !x.nullable) pick(cross(x.last, y.after));
      return {
        nullable: x.nullable && y.nullable,
        empty: x.empty && y.empty,
        before: x.before ?? (x.empty ? y.before : null),
        after: y.after ?? (y.empty ? x.after : null),
        first: x.nullable ? union(x.first, y.first) : x.first,
        last: y.nullable ? union(x.last, y.last) : y.last,
        items,
        cost: c,
      };
    },
    repeat,
    // What a lookaround looks at is in the text, though not in the match; a negative one asks
    // for something to be absent, which needs nothing.
    look: (inner, positive, behind) =>
      positive
        ? {
            ...EMPTY,
            items: inner.items,
            cost: inner.cost,
            before: behind && !inner.nullable ? inner.last : null,
            after: !behind && !inner.nullable ? inner.first : null,
          }
        : EMPTY,
    maybe: (x) => repeat(x, 0, 1),
  };
}

/** Needed strings of `re` (one or two units each, sorted, without repeats), or null when it needs
 *  nothing the parser can name. `cost(s)`: how often s is expected in text (lower is rarer). */
export function needGate(re: RegExp, cost: (s: string) => number): string[] | null {
  const need = parseWith(re, algebra(cost));
  if (need === null || need.items === null) return null;
  return [...new Set(flatten(need.items))].sort();
}

/**
 * How common a one- or two-unit string is in Chinese text, from jieba's dictionary (`dict`: its
 * lines "word frequency tag", as @node-rs/jieba ships it; the build reads it): a unit by the
 * frequencies of the words holding it, a pair by its own frequency as a word plus what its two
 * units give side by side (也不, 会自 are no words but common). A unit jieba has no words of
 * (letters, digits: jieba has a few, rare, words of them) counts as a character of the commonest hundredth: a Latin pair such as "sh"
 * is everywhere in pinyin.
 */
export function textCost(dict: string): (s: string) => number {
  const chars = new Map<number, number>();
  const pairs = new Map<string, number>();
  let total = 0;
  for (const line of dict.split('\n')) {
    const [word, f] = line.split(' ');
    const freq = Number(f);
    if (!word || !(freq > 0)) continue;
    for (let k = 0; k < word.length; k++) chars.set(word.charCodeAt(k), (chars.get(word.charCodeAt(k)) ?? 0) + freq);
    total += freq * word.length;
    if (word.length === 2) pairs.set(word, freq);
  }
  const sorted = [...chars.values()].sort((a, b) => b - a);
  const common = sorted[Math.floor(sorted.length / 100)] ?? 1;
  const charFreq = (c: number): number => (c >= 0x3400 ? (chars.get(c) ?? common) : Math.max(chars.get(c) ?? 0, common));
  return (s) => {
    const a = charFreq(s.charCodeAt(0));
    if (s.length === 1) return a;
    return (pairs.get(s) ?? 0) + (a * charFreq(s.charCodeAt(1))) / total;
  };
}
