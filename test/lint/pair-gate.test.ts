// The pair gate (src/lint/pair-gate.ts, src/lint/context.ts) decides from two units of a text
// where a rule's regex may start; it must never hide a match. Checked two ways: the analysis on
// small patterns whose pairs are known, and, for every regex the content rules actually gate
// (whatever lexicon entries and patterns they hold today), random texts built from the pattern's
// own characters and literal runs, scanned with the gate and with a plain global exec loop.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gatedRegexes, prepareScans, scan, setScanPrefilter } from '../../src/lint/context.js';
import { lintText } from '../../src/lint/engine.js';
import { SOUND_NAMES, SYLLABLE_CHARS } from '../../src/lint/homophones.js';
import { normalize } from '../../src/lint/normalize.js';
import { firstUnits, pairGate, type PairGate } from '../../src/lint/pair-gate.js';
import { lexiconScanners } from '../../src/lint/lexicon/scan.js';
import { soundNames } from '../../src/lint/sound-names.js';
import { fragmentsOf } from '../helpers/pattern-gates.js';

/** The gate of `re` as readable sets: units any next unit may follow, and two-unit pairs. */
function described(re: RegExp): { anyNext: string; pairs: string[] } | null {
  const g = pairGate(re);
  if (g === null) return null;
  let anyNext = '';
  for (let k = 0; k < g.anyNext.length; k += 2) for (let c = g.anyNext[k]; c <= g.anyNext[k + 1]; c++) anyNext += String.fromCharCode(c);
  const pairs = new Set<string>();
  for (let k = 0; k < g.pairs.length; k += 2) pairs.add(String.fromCharCode(g.pairs[k], g.pairs[k + 1]));
  return { anyNext, pairs: [...pairs].sort() };
}

/** The third-unit part of the gate of `re`: pairs that take any third unit, and unit triples. */
function thirds(re: RegExp): { open: string[]; triples: string[] } | null {
  const g = pairGate(re);
  if (g === null) return null;
  const strings = (flat: readonly number[], n: number): string[] => {
    const out: string[] = [];
    for (let k = 0; k < flat.length; k += n) out.push(String.fromCharCode(...flat.slice(k, k + n)));
    return out.sort();
  };
  return { open: strings(g.openPairs ?? [], 2), triples: strings(g.triples ?? [], 3) };
}

/** Whether the gate lets a match start at `i` — the sets themselves, no hashing: the first unit,
 *  then any next unit, or a pair that takes any third unit, or a listed triple. */
function admits(g: PairGate, text: string, i: number): boolean {
  const inRanges = (r: readonly number[], u: number): boolean => {
    for (let k = 0; k < r.length; k += 2) if (u >= r[k] && u <= r[k + 1]) return true;
    return false;
  };
  const has = (flat: readonly number[], n: number, units: number[]): boolean => {
    for (let k = 0; k < flat.length; k += n) if (units.every((u, j) => flat[k + j] === u)) return true;
    return false;
  };
  const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
  if (!inRanges(g.first, a)) return false;
  if (inRanges(g.anyNext, a)) return true;
  if (i + 1 >= text.length || !has(g.pairs, 2, [a, b])) return false;
  return has(g.openPairs ?? g.pairs, 2, [a, b]) || (i + 2 < text.length && has(g.triples ?? [], 3, [a, b, c]));
}

describe('the third unit', () => {
  it.each([
    // Whole two-unit matches take any third unit.
    [/微信|qq|淘宝/, ['qq', '微信', '淘宝'], []],
    [/加(?:我|个)?好友/, [], ['加个好', '加好友', '加我好']],
    [/[0-9]+天(?:见效|好)/, [], Array.from({ length: 10 }, (_, d) => [`${d}天见`, `${d}天好`, ...Array.from({ length: 10 }, (_, e) => [`${d}${e}天`, ...Array.from({ length: 10 }, (_, f) => `${d}${e}${f}`)]).flat()]).flat()],
    // A third unit from a large class is not listed: the pair then takes any.
    [/买不[^,.]/, ['买不'], []],
    // A pair that is a whole match needs no triples even where longer matches follow it.
    [/ab(?=x)|abc|abd/, ['ab'], []],
    [/(?:ab){2,}/, [], ['aba']],
    [/a(?:bc)?d/, ['ad'], ['abc']],
    // Lookarounds consume nothing: the third unit comes after them.
    [/好(?<=你好)评(?!价)返/, [], ['好评返']],
  ])('%s', (re, open, triples) => {
    expect(thirds(re)).toEqual({ open: [...open].sort(), triples: [...triples].sort() });
  });

  it('never turns away a position where the pattern matches (every gated pattern and lexicon group)', () => {
    const sample = ['加我微信', '好评返现5元', '你是不是傻', '全网最低价', '高仿A货', '开过光的', '你好，在吗', '差评删了给红包'];
    for (let r = 0; r < 40; r++) for (const t of sample) lintText(t);
    const patterns = [
      ...gatedRegexes().map((re) => re.source),
      ...lexiconScanners().flatMap((s) => Object.values(s.groups)),
    ];
    for (const source of new Set(patterns)) {
      const gate = pairGate(new RegExp(source));
      if (gate === null) continue;
      const sticky = new RegExp(source, 'y');
      const texts = fc.array(fc.constantFrom(...fragmentsOf(source)), { maxLength: 16 }).map((p) => p.join(''));
      fc.assert(
        fc.property(texts, (text) => {
          for (let i = 0; i < text.length; i++) {
            sticky.lastIndex = i;
            if (sticky.exec(text) !== null) expect(admits(gate, text, i), `${source.slice(0, 40)} at ${i} of ${text}`).toBe(true);
          }
        }),
        { numRuns: 100 },
      );
    }
  });
});

describe('pairGate', () => {
  it.each([
    [/微信|qq|淘宝/g, '', ['qq', '微信', '淘宝']],
    [/(?<![a-z])[vq](?![a-z])/g, 'qv', []],
    [/[淘吱]?口令/g, '', ['口令', '吱口', '淘口']],
    [/加(?:我|个)?好友/g, '', ['加个', '加好', '加我']],
    // A backreference repeats its own group: 快 is followed by 快 or 赶, not by anything.
    [/(?<u>赶紧|快)\k<u>{2,}/g, '', ['快快', '快赶', '赶紧']],
    // …but only when the group certainly took part.
    [/(?:(?<o>快)|慢)\k<o>/g, '快慢', []],
    [/a(?:b|c)*/g, 'a', []],
    [/a(?:b|c)+/g, '', ['ab', 'ac']],
    [/\d{2}x/g, '', Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'))],
    // A second unit from a large class is not listed: the first unit then takes any next unit.
    [/都[^,.]{0,6}?买不起/g, '都', []],
    [/(?<=小|私)号/g, '号', []],
  ])('%s', (re, anyNext, pairs) => {
    expect(described(re)).toEqual({ anyNext, pairs });
  });

  it.each([[/[^,.]+/g], [/.x/g], [/a?/g], [/x/i], [/\p{Script=Han}/u], [/(?=a)/g]])('gives up on %s', (re) => {
    expect(pairGate(re)).toBeNull();
  });

  it('lists the units a match starts with as ranges', () => {
    expect(firstUnits(/[a-c]x|d|微信/)).toEqual([0x61, 0x64, 0x5fae, 0x5fae]);
    expect(firstUnits(/a?/)).toBeNull();
  });
});

/** All matches of `re` in `text` by a plain global exec loop: the reference. */
function plainMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

function scannedMatches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  scan(re, text, (m) => out.push(`${m.index}:${m[0]}`));
  return out;
}


describe('the shared pair gate never hides a match', () => {
  beforeAll(() => {
    // Every content rule scans its patterns a few dozen times: past the warm-up, they are gated.
    const sample = ['加我微信', '好评返现5元', '你是不是傻', '全网最低价', '高仿A货', '开过光的', '你好，在吗', '差评删了给红包'];
    for (let r = 0; r < 40; r++) for (const t of sample) lintText(t);
  });
  afterEach(() => setScanPrefilter(true));

  it('gates the content rules’ patterns', () => {
    expect(gatedRegexes().length).toBeGreaterThanOrEqual(8);
  });

  it('scan finds what a plain global exec finds, for every gated regex', () => {
    for (const re of gatedRegexes()) {
      const texts = fc.array(fc.constantFrom(...fragmentsOf(re.source)), { maxLength: 30 }).map((p) => p.join(''));
      fc.assert(
        fc.property(texts, (text) => {
          const plain = plainMatches(re, text);
          // Without a prepared list: the gate is checked position by position.
          prepareScans('');
          expect(scannedMatches(re, text)).toEqual(plain);
          // With the list prepareScans makes for the whole text.
          prepareScans(text);
          expect(scannedMatches(re, text)).toEqual(plain);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('lintText gives the same messages with the gates on and off', () => {
    const fragments = [...new Set(gatedRegexes().flatMap((re) => fragmentsOf(re.source)))];
    const texts = fc.array(fc.constantFrom(...fragments), { maxLength: 24 }).map((p) => p.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        setScanPrefilter(false);
        const plain = lintText(text);
        setScanPrefilter(true);
        expect(lintText(text)).toEqual(plain);
      }),
      { numRuns: 1500 },
    );
  });

  it('normalized texts keep their matches', () => {
    const text = normalize('加我薇信：shop_kf01，好评返现8块，全网最便宜').text;
    for (const re of gatedRegexes()) {
      prepareScans(text);
      expect(scannedMatches(re, text)).toEqual(plainMatches(re, text));
    }
  });
});

describe('the second-unit gate of sound-alike names never hides one', () => {
  afterEach(() => setScanPrefilter(true));

  it('soundNames finds the same names with the gate on and off', () => {
    const fragments = [
      ...SOUND_NAMES.flatMap(({ name, syllables }) => [name, ...name, ...syllables, ...syllables.map((s) => s.slice(0, 1))]),
      ...Object.values(SYLLABLE_CHARS).flatMap((chars) => [...chars].filter((_, i) => i % 7 === 0)),
      '店', '直播', '号', 'a', 'x', '1', ',', '。', ' ', '的', '都', '是',
    ];
    const found = (text: string): string[] => {
      const out: string[] = [];
      soundNames(text, (start, end, name, kind) => out.push(`${start}-${end}:${name}:${kind}`));
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 16 }).map((p) => p.join('')), (text) => {
        setScanPrefilter(false);
        const plain = found(text);
        setScanPrefilter(true);
        expect(found(text)).toEqual(plain);
      }),
      { numRuns: 3000 },
    );
  });
});
