// Which pairs of UTF-16 units can open a match of a regular expression. first-chars.ts knows
// which single units can start a match; for the content rules' big alternations that is a large
// set of common characters (你, 不, 说, 看, 都 …), so the regex still runs at most positions of an
// ordinary reply and fails there. The first TWO units of every alternative are far more telling
// (你是, 不买, 说了 …): this parser works them out from the pattern itself, so a gate built on
// them covers every word a lexicon or rule adds without a list of its own.
//
// The analysis over-approximates: every match starting at position i has (text[i], text[i+1]) in
// `pairs`, or text[i] in `anyNext` (a one-unit match, or a second unit from a set too large to
// list). A pattern it cannot read, one that can match the empty string, or one whose first unit
// can be almost anything gives null: the caller then runs the regex at every position as before.

/** A set of UTF-16 units: sorted, disjoint, inclusive [lo, hi] ranges, flattened — or, while the
 *  pattern is parsed, the union of two sets, flattened only at the end. Unions of the hundreds of
 *  alternatives of a rule's pattern, merged eagerly, made building its gate quadratic. */
export type Ranges = readonly number[];
export type Units = Ranges | { readonly a: Units; readonly b: Units };

export const NONE: Ranges = [];
export const ALL: Ranges = [0, 0xffff];

function isEmpty(u: Units): boolean {
  return Array.isArray(u) && u.length === 0;
}

export function union(a: Units, b: Units): Units {
  if (isEmpty(a) || a === b) return b;
  if (isEmpty(b)) return a;
  return { a, b };
}

const flattened = new WeakMap<object, Ranges>();

/** The ranges of a set. */
export function rangesOf(u: Units): Ranges {
  if (Array.isArray(u)) return u as Ranges;
  const cached = flattened.get(u);
  if (cached !== undefined) return cached;
  const all: number[] = [];
  const stack: Units[] = [u];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (Array.isArray(x)) all.push(...(x as Ranges));
    else {
      const done = flattened.get(x);
      if (done !== undefined) all.push(...done);
      else stack.push((x as { a: Units }).a, (x as { b: Units }).b);
    }
  }
  const order: number[] = [];
  for (let i = 0; i < all.length; i += 2) order.push(i);
  order.sort((x, y) => all[x] - all[y]);
  const out: number[] = [];
  for (const i of order) {
    const lo = all[i];
    const hi = all[i + 1];
    const n = out.length;
    if (n > 0 && lo <= out[n - 1] + 1) out[n - 1] = Math.max(out[n - 1], hi);
    else out.push(lo, hi);
  }
  flattened.set(u, out);
  return out;
}

function complement(u: Units): Ranges {
  const a = rangesOf(u);
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i] > next) out.push(next, a[i] - 1);
    next = a[i + 1] + 1;
  }
  if (next <= 0xffff) out.push(next, 0xffff);
  return out;
}

export function size(u: Units): number {
  const a = rangesOf(u);
  let n = 0;
  for (let i = 0; i < a.length; i += 2) n += a[i + 1] - a[i] + 1;
  return n;
}

function unit(c: number): Ranges {
  return [c, c];
}

/** Pair products (first units × second units), collected as a tree and walked once at the end. */
type Pairs = null | { readonly first: Units; readonly second: Units } | { readonly l: Pairs; readonly r: Pairs };

function both(l: Pairs, r: Pairs): Pairs {
  return l === null ? r : r === null ? l : { l, r };
}

/** Triple products (first × second × third units), as a tree: a product, a union, or a set of
 *  units before every pair product of a pair tree (`head`) or after every one (`tail`) — kept
 *  unexpanded, like the pairs, until the gate is made. */
type Triples =
  | null
  | { readonly a: Units; readonly b: Units; readonly c: Units }
  | { readonly l: Triples; readonly r: Triples }
  | { readonly head: Units; readonly pairs: Pairs }
  | { readonly pairs: Pairs; readonly tail: Units };

function all3(l: Triples, r: Triples): Triples {
  return l === null ? r : r === null ? l : { l, r };
}

/** The three-unit view of a pattern piece: whether it can match empty, the units a non-empty
 *  match can start with, the units that can be a whole one-unit match, the (first, second) unit
 *  pairs of its longer matches, the pairs that are whole two-unit matches, and the first three
 *  units of its matches of three units or more — pairs and triples as products of sets. */
interface Lang {
  readonly nullable: boolean;
  readonly first: Units;
  readonly singles: Units;
  readonly pairs: Pairs;
  readonly doubles: Pairs;
  readonly triples: Triples;
}

const EPSILON: Lang = { nullable: true, first: NONE, singles: NONE, pairs: null, doubles: null, triples: null };
/** What a backreference can match: anything, of any length. */
const ANYTHING: Lang = {
  nullable: true,
  first: ALL,
  singles: ALL,
  pairs: { first: ALL, second: ALL },
  doubles: { first: ALL, second: ALL },
  triples: { a: ALL, b: ALL, c: ALL },
};

function atomOf(set: Units): Lang {
  return { nullable: false, first: set, singles: set, pairs: null, doubles: null, triples: null };
}

function alt(a: Lang, b: Lang): Lang {
  return {
    nullable: a.nullable || b.nullable,
    first: union(a.first, b.first),
    singles: union(a.singles, b.singles),
    pairs: both(a.pairs, b.pairs),
    doubles: both(a.doubles, b.doubles),
    triples: all3(a.triples, b.triples),
  };
}

function concat(x: Lang, y: Lang): Lang {
  const xSingle = !isEmpty(x.singles);
  let pairs = x.pairs;
  if (xSingle && !isEmpty(y.first)) pairs = both(pairs, { first: x.singles, second: y.first });
  if (x.nullable) pairs = both(pairs, y.pairs);
  // Two units: x's two-unit matches with y empty, one unit of each, or y's with x empty.
  let doubles = y.nullable ? x.doubles : null;
  if (xSingle && !isEmpty(y.singles)) doubles = both(doubles, { first: x.singles, second: y.singles });
  if (x.nullable) doubles = both(doubles, y.doubles);
  // Three units: x's own, x's two-unit matches then y's first unit, x's one-unit matches then
  // y's first two units, or y's own with x empty.
  let triples = x.triples;
  if (x.doubles !== null && !isEmpty(y.first)) triples = all3(triples, { pairs: x.doubles, tail: y.first });
  if (xSingle && y.pairs !== null) triples = all3(triples, { head: x.singles, pairs: y.pairs });
  if (x.nullable) triples = all3(triples, y.triples);
  return {
    nullable: x.nullable && y.nullable,
    first: x.nullable ? union(x.first, y.first) : x.first,
    singles: union(y.nullable ? x.singles : NONE, x.nullable ? y.singles : NONE),
    pairs,
    doubles,
    triples,
  };
}

function repeat(x: Lang, min: number, max: number): Lang {
  if (max === 0) return EPSILON;
  const nullable = min === 0 || x.nullable;
  if (max === 1) return { ...x, nullable };
  // A repetition's empty matches add nothing: x{min,max} of a nullable x is its non-empty
  // matches, zero to max times. Of non-empty repetitions, the first three units of three or more
  // lie within the first three (each adds a unit at least), so x^k for k > 3 adds nothing to x^3.
  const once: Lang = { ...x, nullable: false };
  const lo = x.nullable ? 1 : Math.max(1, min);
  const hi = Math.min(max, 3);
  let out: Lang | undefined;
  let power = once;
  for (let k = 1; k <= hi; k++) {
    if (k > 1) power = concat(power, once);
    if (k >= Math.min(lo, 3)) out = out === undefined ? power : alt(out, power);
  }
  return { ...out!, nullable };
}

/** What the parser builds a pattern's view from: the view of the empty match, of anything (a
 *  backreference it cannot follow), of one unit from a set, and how views combine. Two views are
 *  built: this file's pair view (Lang) and need-gate.ts's view of what text a match needs. */
export interface Algebra<L> {
  readonly empty: L;
  readonly anything: L;
  atom(set: Ranges): L;
  alt(a: L, b: L): L;
  concat(x: L, y: L): L;
  repeat(x: L, min: number, max: number): L;
  /** A lookaround around `inner` (a lookbehind when `behind`): it consumes nothing. */
  look(inner: L, positive: boolean, behind: boolean): L;
  /** A backreference to a group that may not have taken part: what it matched, or nothing. */
  maybe(x: L): L;
}

const PAIRS: Algebra<Lang> = {
  empty: EPSILON,
  anything: ANYTHING,
  atom: atomOf,
  alt,
  concat,
  repeat,
  // A lookaround consumes nothing, so it adds nothing to what a match starts with.
  look: () => EPSILON,
  maybe: (x) => ({ ...x, nullable: true }),
};

class Unreadable extends Error {}

const DIGITS: Ranges = [0x30, 0x39];
const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const SPACE: Ranges = [
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f,
  0x3000, 0x3000, 0xfeff, 0xfeff,
];

/** Recursive descent over a pattern without the u/v flags (units, not code points). */
class Parser<L> {
  i = 0;
  /** Capturing groups parsed so far, by number and by name: a backreference repeats one. */
  readonly groups: L[] = [];
  readonly named = new Map<string, L>();
  /** Per alternative being parsed (innermost last): the groups that are whole terms of it with
   *  at least one repetition, so a backreference later in the same alternative repeats a group
   *  that certainly took part (快\k<u>{2,} needs 快 again, not nothing). */
  readonly certain: Set<string>[] = [];
  /** The key (number, and name if any) of the group atom() just parsed. */
  lastGroup: string[] = [];
  constructor(
    readonly src: string,
    readonly alg: Algebra<L>,
  ) {}

  disjunction(): L {
    let lang = this.alternative();
    while (this.src[this.i] === '|') {
      this.i++;
      lang = this.alg.alt(lang, this.alternative());
    }
    return lang;
  }

  alternative(): L {
    let lang = this.alg.empty;
    this.certain.push(new Set());
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') lang = this.alg.concat(lang, this.term());
    this.certain.pop();
    return lang;
  }

  term(): L {
    const s = this.src;
    const c = s[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return this.alg.empty;
    }
    if (c === '\\' && (s[this.i + 1] === 'b' || s[this.i + 1] === 'B')) {
      this.i += 2;
      return this.alg.empty;
    }
    if (c === '(' && s[this.i + 1] === '?' && (s[this.i + 2] === '=' || s[this.i + 2] === '!' || (s[this.i + 2] === '<' && (s[this.i + 3] === '=' || s[this.i + 3] === '!')))) {
      const behind = s[this.i + 2] === '<';
      const positive = behind ? s[this.i + 3] === '=' : s[this.i + 2] === '=';
      this.i += behind ? 4 : 3;
      const inner = this.disjunction();
      this.expect(')');
      const q = this.quantifier();
      // A lookaround that may be skipped (Annex B allows a quantifier on one) asks for nothing.
      return q !== undefined && q[0] === 0 ? this.alg.empty : this.alg.look(inner, positive, behind);
    }
    this.lastGroup = [];
    const atom = this.atom();
    const group = this.lastGroup;
    const q = this.quantifier();
    if (q === undefined || q[0] >= 1) for (const key of group) this.certain[this.certain.length - 1].add(key);
    return q === undefined ? atom : this.alg.repeat(atom, q[0], q[1]);
  }

  atom(): L {
    const s = this.src;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      let name: string | undefined;
      let capturing = true;
      if (s[this.i] === '?') {
        if (s[this.i + 1] === ':') {
          this.i += 2;
          capturing = false;
        } else if (s[this.i + 1] === '<') {
          const close = s.indexOf('>', this.i);
          if (close < 0) throw new Unreadable();
          name = s.slice(this.i + 2, close);
          this.i = close + 1;
        } else throw new Unreadable();
      }
      // Numbered in order of their opening parenthesis; filled in once the group is closed.
      const index = capturing ? this.groups.push(this.alg.anything) - 1 : -1;
      const inner = this.disjunction();
      this.expect(')');
      if (capturing) this.groups[index] = inner;
      if (name !== undefined) this.named.set(name, inner);
      this.lastGroup = capturing ? (name === undefined ? [`${index + 1}`] : [`${index + 1}`, `<${name}>`]) : [];
      return inner;
    }
    if (c === '[') return this.alg.atom(this.charClass());
    if (c === '.') {
      this.i++;
      return this.alg.atom(ALL);
    }
    if (c === '\\') {
      const e = s[this.i + 1];
      if (e === 'k' || (e >= '1' && e <= '9')) {
        // A backreference repeats what its group matched, or nothing when the group did not take
        // part; one to a group not yet closed (or unknown) can be anything.
        let target: L | undefined;
        let key: string;
        if (e === 'k') {
          const close = s.indexOf('>', this.i);
          if (close < 0) throw new Unreadable();
          const name = s.slice(this.i + 3, close);
          target = this.named.get(name);
          key = `<${name}>`;
          this.i = close + 1;
        } else {
          const from = this.i + 1;
          this.i += 2;
          while (s[this.i] >= '0' && s[this.i] <= '9') this.i++;
          key = s.slice(from, this.i);
          target = this.groups[Number(key) - 1];
        }
        if (target === undefined) return this.alg.anything;
        return this.certain[this.certain.length - 1].has(key) ? target : this.alg.maybe(target);
      }
      return this.alg.atom(this.escape(false));
    }
    if (c === ')' || c === '|' || c === undefined) throw new Unreadable();
    this.i++;
    return this.alg.atom(unit(c.charCodeAt(0)));
  }

  /** The units an escape stands for (this.i at the backslash). */
  escape(inClass: boolean): Ranges {
    const s = this.src;
    const e = s[this.i + 1];
    this.i += 2;
    switch (e) {
      case 'd':
        return DIGITS;
      case 'w':
        return WORD;
      case 's':
        return SPACE;
      case 'D':
        return complement(DIGITS);
      case 'W':
        return complement(WORD);
      case 'S':
        return complement(SPACE);
      case 'n':
        return unit(0x0a);
      case 'r':
        return unit(0x0d);
      case 't':
        return unit(0x09);
      case 'f':
        return unit(0x0c);
      case 'v':
        return unit(0x0b);
      case '0':
        return unit(0);
      case 'b':
        if (inClass) return unit(0x08);
        throw new Unreadable();
      case 'c': {
        const letter = s.charCodeAt(this.i);
        this.i++;
        return unit(letter % 32);
      }
      case 'x': {
        const hex = s.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Unreadable();
        this.i += 2;
        return unit(parseInt(hex, 16));
      }
      case 'u': {
        const hex = s.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unreadable();
        this.i += 4;
        return unit(parseInt(hex, 16));
      }
      case 'p':
      case 'P':
      case 'k':
      case undefined:
        throw new Unreadable();
      default:
        if (e >= '1' && e <= '9') throw new Unreadable();
        return unit(e.charCodeAt(0));
    }
  }

  charClass(): Ranges {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    let set: Units = NONE;
    while (s[this.i] !== ']') {
      if (this.i >= s.length) throw new Unreadable();
      const lo = this.classAtom();
      if (s[this.i] === '-' && s[this.i + 1] !== ']') {
        this.i++;
        const hi = this.classAtom();
        if (lo.length !== 2 || lo[0] !== lo[1] || hi.length !== 2 || hi[0] !== hi[1] || hi[0] < lo[0]) throw new Unreadable();
        set = union(set, [lo[0], hi[0]]);
      } else set = union(set, lo);
    }
    this.i++;
    return negated ? complement(set) : rangesOf(set);
  }

  classAtom(): Ranges {
    if (this.src[this.i] === '\\') return this.escape(true);
    return unit(this.src.charCodeAt(this.i++));
  }

  /** An optional quantifier as [min, max] (max Infinity for none). */
  quantifier(): [number, number] | undefined {
    const s = this.src;
    const c = s[this.i];
    let q: [number, number];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i, this.i + 24));
      if (!m) return undefined; // a literal brace (Annex B)
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
      this.i += m[0].length - 1;
    } else return undefined;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return q;
  }

  expect(ch: string): void {
    if (this.src[this.i] !== ch) throw new Unreadable();
    this.i++;
  }
}

/** Where a match of a regex can start, by its first unit and the unit after it. Sets are lists
 *  of inclusive [lo, hi] ranges, flattened, so a caller marks its tables range by range instead
 *  of walking all 65,536 units (which, once per pattern at start-up, was most of the cost). */
export interface PairGate {
  /** Units a match can start with. */
  readonly first: readonly number[];
  /** Units a match can start with whatever follows (one-unit matches, or a second unit from a
   *  set too large to list). */
  readonly anyNext: readonly number[];
  /** Every other (first, second) pair, flattened: first0, second0, first1, second1, … */
  readonly pairs: readonly number[];
  /** The third unit, where two units do not settle it: a match starting with a listed pair
   *  either starts with one of `openPairs` (flattened as `pairs`; whole two-unit matches, or a
   *  third unit from a set too large to list) or with one of `triples` (first, second, third,
   *  flattened). Both sorted, without repeats. Absent: the pairs are all there is. */
  readonly openPairs?: readonly number[];
  readonly triples?: readonly number[];
}

/** A pair product larger than this is not listed: its first units take any next unit. */
const PRODUCT_MAX = 4096;
/** A triple product larger than this is not listed: its pairs take any third unit. */
const TRIPLE_MAX = 16384;
/** A pattern that can start with this many units or more is not worth gating. */
const FIRST_MAX = 0x4000;

/** The view `alg` builds of `re`, or null when the pattern is beyond the parser (flags i, u or v
 *  among them: the views read units, not letters or code points). */
export function parseWith<L>(re: RegExp, alg: Algebra<L>): L | null {
  if (/[iuv]/.test(re.flags)) return null;
  try {
    const p = new Parser(re.source, alg);
    const lang = p.disjunction();
    return p.i === re.source.length ? lang : null;
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/** The units a match of `re` can start with, as ranges; null when that is beyond the parser, the
 *  pattern can match the empty string, or it can start with nearly anything. */
export function firstUnits(re: RegExp): readonly number[] | null {
  const lang = parseWith(re, PAIRS);
  if (lang === null || lang.nullable || size(lang.first) >= FIRST_MAX) return null;
  return rangesOf(lang.first);
}

/** The pair gate of `re`, or null when the pattern is beyond the parser, can match the empty
 *  string, or can start with nearly anything. */
export function pairGate(re: RegExp): PairGate | null {
  const lang = parseWith(re, PAIRS);
  if (lang === null || lang.nullable || size(lang.first) >= FIRST_MAX) return null;
  let any = lang.singles;
  const listed: [Ranges, Ranges][] = [];
  const stack: Pairs[] = [lang.pairs];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) continue;
    if ('l' in node) {
      stack.push(node.l, node.r);
      continue;
    }
    if (size(node.first) * size(node.second) > PRODUCT_MAX) any = union(any, node.first);
    else listed.push([rangesOf(node.first), rangesOf(node.second)]);
  }
  // Pairs that need no particular third unit: whole two-unit matches, and pairs before a third
  // unit from a set too large to list.
  const open: [Ranges, Ranges][] = [];
  const openPair = (a: Units, b: Units): void => {
    if (size(a) * size(b) > PRODUCT_MAX) any = union(any, a);
    else open.push([rangesOf(a), rangesOf(b)]);
  };
  forEachPair(lang.doubles, openPair);
  const listed3: [Ranges, Ranges, Ranges][] = [];
  forEachTriple(lang.triples, (a, b, c) => {
    const ab = size(a) * size(b);
    if (ab > PRODUCT_MAX || ab * size(c) > TRIPLE_MAX) openPair(a, b);
    else listed3.push([rangesOf(a), rangesOf(b), rangesOf(c)]);
  });
  const anyNext = rangesOf(any);
  const isAny = new Uint8Array(0x10000);
  for (let k = 0; k < anyNext.length; k += 2) isAny.fill(1, anyNext[k], anyNext[k + 1] + 1);
  const pairs: number[] = [];
  for (const [a, b] of listed) expandPairs(a, b, isAny, (x, y) => pairs.push(x, y));
  const openKeys = new Set<number>();
  for (const [a, b] of open) expandPairs(a, b, isAny, (x, y) => openKeys.add(x * 0x10000 + y));
  const openPairs: number[] = [];
  for (const key of [...openKeys].sort((x, y) => x - y)) openPairs.push(Math.floor(key / 0x10000), key % 0x10000);
  const tripleKeys = new Set<number>();
  for (const [a, b, c] of listed3) {
    expandPairs(a, b, isAny, (x, y) => {
      const key = x * 0x10000 + y;
      // An open pair needs no triples of its own.
      if (openKeys.has(key)) return;
      for (let k = 0; k < c.length; k += 2) for (let z = c[k]; z <= c[k + 1]; z++) tripleKeys.add(key * 0x10000 + z);
    });
  }
  const triples: number[] = [];
  for (const key of [...tripleKeys].sort((x, y) => x - y)) {
    const ab = Math.floor(key / 0x10000);
    triples.push(Math.floor(ab / 0x10000), ab % 0x10000, key % 0x10000);
  }
  return { first: rangesOf(lang.first), anyNext, pairs, openPairs, triples };
}

/** Calls `visit` with every (first, second) unit pair of a × b whose first unit does not take any
 *  next unit (such a unit needs no pairs of its own). */
function expandPairs(a: Ranges, b: Ranges, isAny: Uint8Array, visit: (x: number, y: number) => void): void {
  for (let i = 0; i < a.length; i += 2) {
    for (let x = a[i]; x <= a[i + 1]; x++) {
      if (isAny[x] !== 0) continue;
      for (let j = 0; j < b.length; j += 2) for (let y = b[j]; y <= b[j + 1]; y++) visit(x, y);
    }
  }
}

function forEachPair(pairs: Pairs, visit: (a: Units, b: Units) => void): void {
  const stack: Pairs[] = [pairs];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) continue;
    if ('l' in node) stack.push(node.l, node.r);
    else visit(node.first, node.second);
  }
}

function forEachTriple(triples: Triples, visit: (a: Units, b: Units, c: Units) => void): void {
  const stack: Triples[] = [triples];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) continue;
    if ('l' in node) stack.push(node.l, node.r);
    else if ('head' in node) forEachPair(node.pairs, (b, c) => visit(node.head, b, c));
    else if ('tail' in node) forEachPair(node.pairs, (a, b) => visit(a, b, node.tail));
    else visit(node.a, node.b, node.c);
  }
}
