// The same promise made with different numbers in two texts (「3天内发货」 here, 「48小时发货」
// there; 「7天无理由」 vs 「15天」; 「包邮」 vs 「运费自理」). Buyers quote the better one in
// disputes, and the platform sides with what the shop wrote. Promises made under a stated
// condition (预售, 质量问题, 满59元, 偏远地区) are compared only with promises under the same one.
import type { ConfigRule } from '../config-rules.js';
import type { ConfigText } from '../config-context.js';
import type { Localized } from '../../i18n.js';

type Kind = 'ship' | 'return' | 'fee';

interface Pledge {
  readonly kind: Kind;
  /** Hours for shipping, days for returns, 'free' | 'paid' for the shipping fee. */
  readonly value: string;
  readonly condition: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

const NUM = '(\\d+|[一二两三四五六七八九十]+)';
const SHIP = [
  new RegExp(`${NUM}\\s*(个)?\\s*(天|日|小时|h|工作日)\\s*(?:内|之内|以内)?\\s*(?:就|即可|会|可以|安排|陆续|统一|左右)?\\s*(?:发货|发出|寄出|出库)`, 'giu'),
  new RegExp(`(?:发货|发出)(?:时间)?\\s*(?:为|是|在|约|大约|一般)?\\s*${NUM}\\s*(个)?\\s*(天|日|小时|h|工作日)`, 'giu'),
];
const RETURN = [
  new RegExp(`${NUM}\\s*(天|日)\\s*(?:内)?\\s*(?:无理由|包退|包换|退换|退货|换货|可退|可换|内可退)`, 'giu'),
  new RegExp(`(?:无理由退换货?|无理由退货|退换货?)\\s*(?:期|时间)?\\s*(?:为|是)?\\s*${NUM}\\s*(天|日)`, 'giu'),
];
const FEE_PAID = /不包邮|运费自理|邮费自理|运费到付|邮费到付|不免运费|(?:需要?|要)(?:补|付|自付)?(?:运费|邮费)/gu;
const FEE_FREE = /(?<!不)(?:包邮|免运费|免邮)(?![吗不么嘛呢?？])/gu;

const NEGATED = /不支持|不能|不可以?|无法|不提供|不享受|不参与|除外/u;

/** Conditions that make a promise a different promise; plain 现货 is the default case. */
const CONDITIONS: readonly [string, RegExp][] = [
  ['presale', /预售|定制|订制|现做|手工|代购/u],
  ['peak', /大促|双十一|双11|618|节假日|春节|过年|活动期间/u],
  ['remote', /偏远|新疆|西藏|港澳台|海外|青海|内蒙/u],
  ['quality', /质量问题|破损|瑕疵|坏了|错发|漏发/u],
  ['threshold', /满\s*\d+|不满|以上|超过|指定|部分|活动/u],
];

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, 十五, 四十八, 二十 → number; NaN for anything else. */
export function parseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) return s.length === 1 ? (DIGITS[s] ?? NaN) : NaN;
  const parts = s.split('十');
  if (parts.length !== 2) return NaN;
  const [tens, ones] = parts;
  const t = tens === '' ? 1 : DIGITS[tens];
  const o = ones === '' ? 0 : DIGITS[ones];
  return t === undefined || o === undefined ? NaN : t * 10 + o;
}

const SENTENCE_END = /[。！？!?；;\n]/u;

function sentenceAround(text: string, start: number, end: number): { before: string; whole: string } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e])) e++;
  return { before: text.slice(s, start), whole: text.slice(s, e) };
}

function conditionOf(sentence: string, kind: Kind): string {
  const found = CONDITIONS.filter(([name, re]) => (kind === 'fee' || name !== 'threshold') && re.test(sentence));
  return found.map(([name]) => name).join('+');
}

export function extractPromises(text: string): Pledge[] {
  const out: Pledge[] = [];
  const add = (kind: Kind, value: string, start: number, end: number) => {
    const { before, whole } = sentenceAround(text, start, end);
    if (kind !== 'fee' && NEGATED.test(before)) return;
    const condition = conditionOf(whole, kind);
    // 「满59元包邮」 and 「不满59元运费自理」 are two halves of one policy, not a contradiction:
    // only unconditional fee statements are compared.
    if (kind === 'fee' && condition !== '') return;
    out.push({ kind, value, condition, start, end, quote: text.slice(start, end) });
  };
  for (const re of SHIP) {
    for (const m of text.matchAll(re)) {
      const n = parseNumber(m[1]);
      if (!Number.isFinite(n) || n <= 0) continue;
      const hours = /小时|h/i.test(m[3]) ? n : n * 24;
      add('ship', String(hours), m.index, m.index + m[0].length);
    }
  }
  for (const re of RETURN) {
    for (const m of text.matchAll(re)) {
      const n = parseNumber(m[1]);
      if (!Number.isFinite(n) || n <= 0) continue;
      add('return', String(n), m.index, m.index + m[0].length);
    }
  }
  const paid: [number, number][] = [];
  for (const m of text.matchAll(FEE_PAID)) {
    paid.push([m.index, m.index + m[0].length]);
    add('fee', 'paid', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(FEE_FREE)) {
    if (paid.some(([s, e]) => m.index >= s && m.index < e)) continue;
    add('fee', 'free', m.index, m.index + m[0].length);
  }
  // Overlapping matches of two patterns are one promise.
  out.sort((a, b) => a.start - b.start);
  return out.filter((p, i) => !out.slice(0, i).some((q) => q.kind === p.kind && q.end > p.start));
}

const describe = (p: Pledge): Localized => {
  if (p.kind === 'fee') return p.value === 'free' ? { zh: '包邮', en: 'free shipping' } : { zh: '不包邮', en: 'buyer pays shipping' };
  if (p.kind === 'ship') return { zh: `${p.value} 小时内发货`, en: `ships within ${p.value} hours` };
  return { zh: `${p.value} 天退换`, en: `${p.value}-day returns` };
};

const topics: Record<Kind, Localized> = {
  ship: { zh: '发货时间', en: 'shipping time' },
  return: { zh: '退换期限', en: 'return period' },
  fee: { zh: '运费', en: 'shipping fee' },
};

const rule: ConfigRule = {
  id: 'inconsistent-promise',
  severity: 'warning',
  description: {
    zh: '不同回复对同一承诺（发货时间、退换天数、运费）说法不一致',
    en: 'Texts make the same promise (shipping time, return days, fee) with different terms',
  },
  protects: {
    zh: '前后矛盾的承诺会引发纠纷，平台会按对买家有利的说法判',
    en: 'Contradicting promises lead to disputes the shop loses',
  },
  check(ctx, report) {
    const first = new Map<string, { text: ConfigText; promise: Pledge }>();
    for (const t of ctx.texts()) {
      if (t.kind !== 'welcome' && t.kind !== 'reply' && t.kind !== 'card_reply' && t.kind !== 'follow_up') continue;
      const reported = new Set<string>();
      for (const p of extractPromises(t.text)) {
        const key = `${p.kind}|${p.condition}`;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { text: t, promise: p });
          continue;
        }
        if (earlier.promise.value === p.value || reported.has(key) || earlier.text === t) continue;
        reported.add(key);
        const where = ctx.where(earlier.text.path);
        const a = describe(p);
        const b = describe(earlier.promise);
        report({
          path: t.path,
          span: { start: p.start, end: p.end, in: 'resolved' },
          message: {
            zh: `${topics[p.kind].zh}说法不一致：这里是「${p.quote}」（${a.zh}），${where.zh}写的是「${earlier.promise.quote}」（${b.zh}）`,
            en: `Inconsistent ${topics[p.kind].en}: "${p.quote}" (${a.en}) here, but ${where.en} says "${earlier.promise.quote}" (${b.en})`,
          },
          suggestion: {
            zh: '统一成同一个说法，最好用 vars 里的同一个变量',
            en: 'Use one wording everywhere, ideally the same variable from vars',
          },
        });
      }
    }
  },
};

export default rule;
