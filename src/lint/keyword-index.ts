// An Aho-Corasick automaton over keywords. Config rules (conflicts, shadowing, broad keywords,
// intent coverage) and the backend matcher ask "which keywords occur inside this text?" once per
// text, so a 10,000-rule config stays near-linear instead of comparing every pair of keywords.

/** Characters that render as nothing; merchants paste them in from web pages and chat apps. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
const SPACES = /[\s\u3000]+/gu;

/**
 * The form in which the backend most likely compares keywords: width-folded (NFKC turns
 * full-width letters, digits and the ideographic space into ASCII), case-folded
 * (`backendProfile.matching.caseSensitive` is false), without spaces or invisible characters.
 */
export function normalizeKeyword(keyword: string): string {
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

interface Node<T> {
  readonly next: Map<string, number>;
  fail: number;
  /** Node reached by following fail links to the nearest node that ends a keyword. */
  output: number;
  keyword?: string;
  values?: T[];
  depth: number;
}

/**
 * Keywords are added already normalized or raw (they are normalized here); search texts are
 * normalized by the caller with `normalizeKeyword` when they come from a buyer.
 * Characters are matched by code point, so emoji and CJK extension characters are one step.
 */
export class KeywordIndex<T> {
  private readonly nodes: Node<T>[] = [{ next: new Map(), fail: 0, output: -1, depth: 0 }];
  private readonly exact = new Map<string, T[]>();
  private built = false;

  constructor(entries?: Iterable<readonly [string, T]>) {
    if (entries) for (const [k, v] of entries) this.add(k, v);
  }

  /** Adds a keyword; empty keywords (after normalization) are ignored since they match nothing. */
  add(keyword: string, value: T): void {
    const key = normalizeKeyword(keyword);
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
      let nxt = this.nodes[cur].next.get(ch);
      if (nxt === undefined) {
        nxt = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, output: -1, depth: this.nodes[cur].depth + ch.length });
        this.nodes[cur].next.set(ch, nxt);
      }
      cur = nxt;
    }
    this.nodes[cur].keyword = key;
    this.nodes[cur].values = values;
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
    const { nodes } = this;
    for (const n of nodes) {
      n.fail = 0;
      n.output = -1;
    }
    const queue: number[] = [];
    for (const child of nodes[0].next.values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const id = queue[qi];
      const node = nodes[id];
      const failNode = nodes[node.fail];
      node.output = failNode.keyword !== undefined ? node.fail : failNode.output;
      for (const [ch, child] of node.next) {
        let f = node.fail;
        while (f !== 0 && !nodes[f].next.has(ch)) f = nodes[f].fail;
        const target = nodes[f].next.get(ch);
        nodes[child].fail = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
    }
    this.built = true;
  }

  /**
   * Every occurrence of every keyword inside `text` (which must already be normalized),
   * in order of end offset. Cost: text length + number of hits.
   */
  *search(text: string): Generator<KeywordHit<T>> {
    this.build();
    const { nodes } = this;
    let cur = 0;
    let offset = 0;
    for (const ch of text) {
      offset += ch.length;
      while (cur !== 0 && !nodes[cur].next.has(ch)) cur = nodes[cur].fail;
      cur = nodes[cur].next.get(ch) ?? 0;
      for (let out = nodes[cur].keyword !== undefined ? cur : nodes[cur].output; out > 0; out = nodes[out].output) {
        const n = nodes[out];
        yield { keyword: n.keyword!, values: n.values!, start: offset - n.depth, end: offset };
      }
    }
  }

  /** The distinct keywords occurring in `text` (normalized), each once. */
  keywordsIn(text: string): Map<string, readonly T[]> {
    const found = new Map<string, readonly T[]>();
    for (const hit of this.search(text)) if (!found.has(hit.keyword)) found.set(hit.keyword, hit.values);
    return found;
  }
}
