// How many real buyer questions the rules answer, which go unanswered (grouped so the merchant
// sees "12× 能便宜点吗" instead of 12 lines), and which rules never fire.
import type { Answer, Matcher, MatcherItem } from './matcher.js';
import { normalizeQuestion } from './matcher.js';

export interface ItemHits extends MatcherItem {
  readonly count: number;
}

export interface PhrasingCount {
  readonly text: string;
  readonly count: number;
}

export interface UnansweredGroup {
  /** The shared two-character term the group was formed on; null for a one-off question. */
  readonly term: string | null;
  readonly count: number;
  /** The group's most common phrasing. */
  readonly example: string;
  /** Distinct phrasings, most common first. */
  readonly questions: readonly PhrasingCount[];
}

export interface CoverageReport {
  readonly total: number;
  readonly answered: number;
  readonly items: readonly ItemHits[];
  readonly neverFired: readonly MatcherItem[];
  readonly unanswered: readonly UnansweredGroup[];
  /** What answered each question, in input order (null = nothing). */
  readonly answers: readonly (Answer | null)[];
}

/**
 * Two-character sequences that appear in questions on every topic; grouping on them would put
 * "什么时候发货" and "什么颜色好看" together.
 */
const GENERIC_BIGRAMS = new Set([
  '请问', '你好', '您好', '亲亲', '在吗', '可以', '什么', '怎么', '这个', '那个', '这款', '一下', '有没', '没有',
  '是不', '不是', '时候', '多少', '我的', '你们', '我们', '为什', '么时', '么样', '怎样', '如何', '能不', '不能',
  '吗?', '呢?', '的吗', '了吗', '是什', '么呀', '一个', '还有', '就是', '现在', '已经', '为啥', '咋办', '请问',
]);

/** Characters that carry meaning: Han, letters, digits (punctuation and emoji are dropped). */
const CONTENT = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * Particles and pronouns: a bigram containing one straddles a word boundary ("下赠" in
 * "问一下赠品") or is filler, so it never names a group.
 */
const FUNCTION_CHARS = new Set([...'的了吗呢吧啊呀么哦嘛哈噢个是我你您亲请这那就都也很和一下']);

function bigrams(normalized: string): string[] {
  const chars = [...normalized].filter((c) => CONTENT.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (FUNCTION_CHARS.has(chars[i]) || FUNCTION_CHARS.has(chars[i + 1])) continue;
    // Numbers (order numbers, sizes, "第3个") group unrelated questions together.
    if (/\d/.test(chars[i] + chars[i + 1])) continue;
    const b = chars[i] + chars[i + 1];
    if (!GENERIC_BIGRAMS.has(b)) out.add(b);
  }
  return [...out];
}

interface Distinct {
  readonly key: string;
  count: number;
  readonly phrasings: Map<string, number>;
  readonly firstSeen: number;
}

function topPhrasings(phrasings: Map<string, number>): PhrasingCount[] {
  return [...phrasings]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || a.text.length - b.text.length || (a.text < b.text ? -1 : 1));
}

/**
 * Groups unanswered questions cheaply: each question joins the group of its most widespread
 * non-generic character bigram (shared by at least two questions); the rest stand alone.
 */
export function groupUnanswered(questions: readonly string[]): UnansweredGroup[] {
  const distinct = new Map<string, Distinct>();
  questions.forEach((text, i) => {
    const key = normalizeQuestion(text);
    let d = distinct.get(key);
    if (!d) distinct.set(key, (d = { key, count: 0, phrasings: new Map(), firstSeen: i }));
    d.count++;
    const shown = text.trim();
    d.phrasings.set(shown, (d.phrasings.get(shown) ?? 0) + 1);
  });
  const grams = new Map<Distinct, string[]>();
  const df = new Map<string, number>();
  for (const d of distinct.values()) {
    const g = bigrams(d.key);
    grams.set(d, g);
    for (const b of g) df.set(b, (df.get(b) ?? 0) + d.count);
  }
  // In a long list, a term shared by half of all questions or more is filler of this shop's
  // phrasing ("问一下", "亲亲") rather than a topic; prefer the next term when there is one.
  const total = questions.length;
  const generic = total >= 10 ? total / 2 : Infinity;
  const groups = new Map<string, { term: string | null; members: Distinct[] }>();
  for (const d of distinct.values()) {
    let term: string | null = null;
    let best = 1;
    let fallback: string | null = null;
    let fallbackDf = 1;
    for (const b of grams.get(d)!) {
      const n = df.get(b)!;
      if (n >= generic) {
        if (n > fallbackDf) {
          fallbackDf = n;
          fallback = b;
        }
      } else if (n > best) {
        best = n;
        term = b;
      }
    }
    term ??= fallback;
    const key = term ?? `\u0000${d.key}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { term, members: [] }));
    g.members.push(d);
  }
  const result: (UnansweredGroup & { firstSeen: number })[] = [];
  for (const g of groups.values()) {
    const phrasings = new Map<string, number>();
    for (const m of g.members) for (const [t, c] of m.phrasings) phrasings.set(t, (phrasings.get(t) ?? 0) + c);
    const list = topPhrasings(phrasings);
    const count = g.members.reduce((n, m) => n + m.count, 0);
    // A term only means something when it joins different questions.
    const term = g.members.length > 1 ? g.term : null;
    result.push({ term, count, example: list[0].text, questions: list, firstSeen: g.members.reduce((n, m) => Math.min(n, m.firstSeen), Infinity) });
  }
  result.sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen);
  return result.map(({ firstSeen: _, ...g }) => g);
}

export function measureCoverage(matcher: Matcher, questions: readonly string[]): CoverageReport {
  const hits = new Array<number>(matcher.items.length).fill(0);
  const unanswered: string[] = [];
  const answers = questions.map((q) => {
    const a = matcher.answer(q);
    if (a) hits[a.order]++;
    else unanswered.push(q);
    return a;
  });
  const items = matcher.items.map((it, i) => ({ ...it, count: hits[i] }));
  return {
    total: questions.length,
    answered: questions.length - unanswered.length,
    items,
    neverFired: matcher.items.filter((_, i) => hits[i] === 0),
    unanswered: groupUnanswered(unanswered),
    answers,
  };
}
