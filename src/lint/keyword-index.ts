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
  private readonly fail: number[] = [0];
  /** Nearest node along the fail chain that ends a keyword, or -1. */
  private readonly output: number[] = [-1];
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  private readonly charOf: number[] = [0];
  private readonly wide = new Map<number, Map<number, number>>();
  /** Index into `entries` when the node ends a keyword, else -1. */
  private readonly ends: number[] = [-1];
  private readonly entries: { keyword: string; values: T[] }[] = [];
  private readonly exact = new Map<string, T[]>();
  private built = false;

  constructor(entries?: Iterable<readonly [string, T]>) {
    if (entries) for (const [k, v] of entries) this.add(k, v);
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
    for (const ch of key) {
      const cp = ch.codePointAt(0)!;
      let nxt = this.child(cur, cp);
      if (nxt < 0) {
        nxt = this.fail.length;
        this.fail.push(0);
        this.output.push(-1);
        this.firstChild.push(-1);
        this.nextSibling.push(this.firstChild[cur]);
        this.charOf.push(cp);
        this.ends.push(-1);
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
    this.ends[cur] = this.entries.length;
    this.entries.push({ keyword: key, values });
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
    const { fail, output, ends, entries } = this;
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
        const e = entries[ends[out]];
        visit(e.keyword, e.values, offset - e.keyword.length, offset);
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
