// An Aho-Corasick automaton over keywords. Config rules (conflicts, shadowing, broad keywords,
// intent coverage) and the backend matcher ask "which keywords occur inside this text?" once per
// text, so a 10,000-rule config stays near-linear instead of comparing every pair of keywords.

/** Characters that render as nothing; merchants paste them in from web pages and chat apps. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
const SPACES = /[\s\u3000]+/gu;
/** CJK unified ideographs (NFKC-stable), a–z and 0–9. */
const PLAIN = /^[\u4E00-\u9FFFa-z0-9]*$/u;

/**
 * The form in which the backend most likely compares keywords: width-folded (NFKC turns
 * full-width letters, digits and the ideographic space into ASCII), case-folded
 * (`backendProfile.matching.caseSensitive` is false), without spaces or invisible characters.
 */
export function normalizeKeyword(keyword: string): string {
  // Nearly every keyword is plain Chinese, lower-case letters and digits, which all four steps
  // leave as is: skip the three intermediate strings (50,000 keywords in a big config).
  if (PLAIN.test(keyword)) return keyword;
  return keyword.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, '').toLowerCase();
}

export interface KeywordHit<T> {
  /** The normalized keyword found. */
  readonly keyword: string;
  /** Every value added under that keyword, in insertion order. */
  readonly values: readonly T[];
  /** UTF-16 offsets of the occurrence in the searched (already normalized) text. */
  readonly start: number;
  readonly end: number;
}

/** A node with more children than this gets a Map; below it a short sibling scan is faster. */
const SCAN_LIMIT = 8;

/**
 * Keywords are added already normalized or raw (they are normalized here); search texts are
 * normalized by the caller with `normalizeKeyword` when they come from a buyer.
 * Characters are matched by code point, so emoji and CJK extension characters are one step.
 * Nodes live in parallel number arrays (a 10,000-rule config has ~400k of them, nearly all with
 * one child), so memory stays small and lookups allocate nothing.
 */
export class KeywordIndex<T> {
  // Node fields as growable typed arrays: 4 bytes per field per node, no per-node objects.
  private fail = new Int32Array(16);
  /** Nearest node along the fail chain that ends a keyword, or -1. */
  private output = new Int32Array(16);
  private firstChild = new Int32Array(16).fill(-1);
  private nextSibling = new Int32Array(16);
  private charOf = new Int32Array(16);
  /** Index into `keywordOf`/`valuesOf` when the node ends a keyword, else -1. */
  private ends = new Int32Array(16).fill(-1);
  private nodes = 1;
  private readonly wide = new Map<number, Map<number, number>>();
  private readonly keywordOf: string[] = [];
  private readonly valuesOf: T[][] = [];
  private readonly exact = new Map<string, T[]>();
  private built = false;

  /** `capacity`: expected number of trie nodes (total characters of the keywords), to size storage once. */
  constructor(entries?: Iterable<readonly [string, T]>, options: { capacity?: number } = {}) {
    if (options.capacity) this.reserve(options.capacity + 1);
    if (entries) for (const [k, v] of entries) this.add(k, v);
  }

  private reserve(n: number): void {
    if (n <= this.fail.length) return;
    const size = Math.max(n, Math.ceil(this.fail.length * 1.5));
    const grow = (a: Int32Array, fill: number) => {
      const b = new Int32Array(size);
      if (fill !== 0) b.fill(fill, a.length);
      b.set(a);
      return b;
    };
    this.fail = grow(this.fail, 0);
    this.output = grow(this.output, 0);
    this.firstChild = grow(this.firstChild, -1);
    this.nextSibling = grow(this.nextSibling, 0);
    this.charOf = grow(this.charOf, 0);
    this.ends = grow(this.ends, -1);
  }

  private child(node: number, cp: number): number {
    const map = this.wide.get(node);
    if (map) return map.get(cp) ?? -1;
    for (let c = this.firstChild[node]; c >= 0; c = this.nextSibling[c]) if (this.charOf[c] === cp) return c;
    return -1;
  }

  private countChildren(node: number): number {
    let n = 0;
    for (let c = this.firstChild[node]; c >= 0; c = this.nextSibling[c]) n++;
    return n;
  }

  /** Adds a keyword; empty keywords (after normalization) are ignored since they match nothing. */
  add(keyword: string, value: T): void {
    this.addNormalized(normalizeKeyword(keyword), value);
  }

  /** `add` for a keyword already passed through `normalizeKeyword`. */
  addNormalized(key: string, value: T): void {
    if (key === '') return;
    const existing = this.exact.get(key);
    if (existing) {
      existing.push(value);
      return;
    }
    const values = [value];
    this.exact.set(key, values);
    let cur = 0;
    for (let i = 0; i < key.length; ) {
      const cp = key.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      let nxt = this.child(cur, cp);
      if (nxt < 0) {
        nxt = this.nodes++;
        this.reserve(this.nodes);
        this.nextSibling[nxt] = this.firstChild[cur];
        this.charOf[nxt] = cp;
        this.firstChild[cur] = nxt;
        const map = this.wide.get(cur);
        if (map) map.set(cp, nxt);
        else if (this.countChildren(cur) > SCAN_LIMIT) {
          const m = new Map<number, number>();
          for (let c = this.firstChild[cur]; c >= 0; c = this.nextSibling[c]) m.set(this.charOf[c], c);
          this.wide.set(cur, m);
        }
      }
      cur = nxt;
    }
    this.ends[cur] = this.keywordOf.length;
    this.keywordOf.push(key);
    this.valuesOf.push(values);
    this.built = false;
  }

  /** Values stored under exactly this keyword (normalized). */
  get(keyword: string): readonly T[] {
    return this.exact.get(normalizeKeyword(keyword)) ?? [];
  }

  get size(): number {
    return this.exact.size;
  }

  keywords(): IterableIterator<string> {
    return this.exact.keys();
  }

  private build(): void {
    if (this.built) return;
    const { fail, output, ends, firstChild, nextSibling, charOf } = this;
    output[0] = -1;
    const queue: number[] = [];
    for (let c = firstChild[0]; c >= 0; c = nextSibling[c]) {
      fail[c] = 0;
      output[c] = -1;
      queue.push(c);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi];
      for (let c = firstChild[u]; c >= 0; c = nextSibling[c]) {
        const cp = charOf[c];
        let f = fail[u];
        let target = this.child(f, cp);
        while (target < 0 && f !== 0) {
          f = fail[f];
          target = this.child(f, cp);
        }
        const fc = target >= 0 && target !== c ? target : 0;
        fail[c] = fc;
        output[c] = ends[fc] >= 0 ? fc : output[fc];
        queue.push(c);
      }
    }
    this.built = true;
  }

  /**
   * Calls `visit` for every occurrence of every keyword inside `text` (which must already be
   * normalized), in order of end offset. Cost: text length + number of hits; allocates nothing,
   * which matters when a 10,000-rule config scans each of its 50,000 keywords.
   */
  scan(text: string, visit: (keyword: string, values: readonly T[], start: number, end: number) => void): void {
    this.build();
    const { fail, output, ends, keywordOf, valuesOf } = this;
    let cur = 0;
    let offset = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      i += width;
      offset += width;
      let next = this.child(cur, cp);
      while (next < 0 && cur !== 0) {
        cur = fail[cur];
        next = this.child(cur, cp);
      }
      cur = next < 0 ? 0 : next;
      for (let out = ends[cur] >= 0 ? cur : output[cur]; out > 0; out = output[out]) {
        const k = ends[out];
        visit(keywordOf[k], valuesOf[k], offset - keywordOf[k].length, offset);
      }
    }
  }

  /** Every occurrence of every keyword inside `text` (normalized), in order of end offset. */
  search(text: string): KeywordHit<T>[] {
    const hits: KeywordHit<T>[] = [];
    this.scan(text, (keyword, values, start, end) => hits.push({ keyword, values, start, end }));
    return hits;
  }

  /** The distinct keywords occurring in `text` (normalized), each once. */
  keywordsIn(text: string): Map<string, readonly T[]> {
    const found = new Map<string, readonly T[]>();
    this.scan(text, (keyword, values) => {
      if (!found.has(keyword)) found.set(keyword, values);
    });
    return found;
  }
}
