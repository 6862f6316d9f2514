// The build's pair gates (src/lint/scan-gates.ts, scripts/gen-scan-gates.mjs): the table in dist/
// is the one the current patterns give (no stale table), its encoding reads back exactly, and the
// warm-up scans that use it find what the plain scans find — on every corpus text and on random
// texts made of the patterns' own pieces — while a pattern whose gate admits no position of a
// text is not run at all.
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { scanGateTable } from '../../scripts/gen-scan-gates.mjs';
import { gatedRegexes, scan, setScanPrefilter, setScanWarmUp } from '../../src/lint/context.js';
import { lintText } from '../../src/lint/engine.js';
import { SOUND_NAMES, SYLLABLE_CHARS } from '../../src/lint/homophones.js';
import { pairGate } from '../../src/lint/pair-gate.js';
import { soundNames } from '../../src/lint/sound-names.js';
import {
  bakedGate,
  bakedMayMatch,
  decodeGate,
  decodeTable,
  decodeThirds,
  encodeGate,
  encodeTable,
  encodeThirds,
  setScanGates,
  type BakedGate,
  type BakedThirds,
} from '../../src/lint/scan-gates.js';
import { fromSrc } from '../helpers/pattern-gates.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

let current: Record<string, BakedGate & BakedThirds> | undefined;
async function currentTable(): Promise<Record<string, BakedGate & BakedThirds>> {
  current ??= await scanGateTable(fromSrc);
  return current;
}

afterEach(() => {
  setScanPrefilter(true);
  setScanWarmUp(16);
  setScanGates(null);
});

describe('the baked table', () => {
  it('in dist/ is the one the current patterns give (rebuilt with them, never stale)', async () => {
    const file = `${root}dist/lint/scan-gates.bin`;
    if (!existsSync(file)) throw new Error('dist/lint/scan-gates.bin is missing: run `npm run build` first');
    const built = decodeTable(readFileSync(file).toString('utf16le'));
    const builtThirds = decodeThirds(readFileSync(`${root}dist/lint/scan-thirds.bin`).toString('utf16le'));
    const table = await currentTable();
    expect(Object.keys(table).length).toBeGreaterThan(40);
    const entries = Object.entries(table);
    expect(new Map(entries.map(([k, g]) => [k, { first: g.first, anyNext: g.anyNext, pairs: g.pairs, needOnes: g.needOnes, needPairs: g.needPairs }]))).toEqual(built);
    expect(new Map(entries.map(([k, g]) => [k, { openPairs: g.openPairs, triples: g.triples, needOnes: g.needOnes, needPairs: g.needPairs }]))).toEqual(builtThirds);
  });

  it('covers every lexicon group, and each lexicon pattern is exactly its groups’ alternation', async () => {
    const table = await currentTable();
    const { lexiconScanners } = await import('../../src/lint/lexicon/scan.js');
    expect(lexiconScanners().length).toBeGreaterThanOrEqual(5);
    for (const { pattern, groups } of lexiconScanners()) {
      for (const source of Object.values(groups)) expect(table[source], source.slice(0, 40)).toBeDefined();
      // So the union of the groups' gates is the whole pattern's gate (lexicon/scan.ts build()).
      const alternation = Object.entries(groups).map(([name, body]) => `(?<${name}>${body})`).join('|');
      expect(new RegExp(pattern).source).toBe(new RegExp(alternation).source);
    }
  });

  it('reads back exactly, lone surrogates and all', () => {
    const entries = {
      '微信|qq': encodeGate(pairGate(/微信|qq/)!),
      '\ud83d[\ude00-\ude4f]|x': encodeGate(pairGate(/\ud83d[\ude00-\ude4f]|x/)!),
    };
    const gates = (e: Record<string, BakedGate>) =>
      new Map(Object.entries(e).map(([k, g]) => [k, { first: g.first, anyNext: g.anyNext, pairs: g.pairs, needOnes: g.needOnes, needPairs: g.needPairs }]));
    expect(decodeTable(Buffer.from(encodeTable(entries), 'utf16le').toString('utf16le'))).toEqual(gates(entries));
    expect(decodeThirds(Buffer.from(encodeThirds(entries), 'utf16le').toString('utf16le'))).toEqual(
      new Map(Object.entries(entries).map(([k, g]) => [k, { openPairs: g.openPairs, triples: g.triples, needOnes: g.needOnes, needPairs: g.needPairs }])),
    );
    // Each file has its own tag: one read as the other is no table.
    expect(decodeTable(encodeThirds(entries)).size).toBe(0);
    expect(Array.from(decodeGate(entries['微信|qq']).pairs)).toEqual([0x71, 0x71, 0x5fae, 0x4fe1]);
    // A truncated file reads as no table, not as a wrong one.
    expect(decodeTable(encodeTable(entries).slice(0, 20)).size).toBe(0);
  });

  it('finds nothing for a source it was not made from', () => {
    setScanGates({ '加微信': encodeGate(pairGate(/加微信/)!) });
    expect(bakedGate('加微信')).toBeDefined();
    expect(bakedGate('加微信|qq')).toBeUndefined();
    expect(bakedGate('加微信', 'gi')).toBeUndefined();
  });
});

/** Characters and short literal runs of the baked patterns: random texts made of them reach
 *  their alternatives. */
function piecesOf(table: Record<string, BakedGate>): string[] {
  const pieces = new Set<string>([',', '。', '!', '?', ' ', '1', '5', 'a', 'v', '的', '你', '好']);
  for (const source of Object.keys(table)) {
    for (const run of source.split(/[\\()[\]{}|?*+^$<>=!:,-]+/)) {
      if (run.length > 0 && run.length <= 6) pieces.add(run);
      for (const ch of run) pieces.add(ch);
    }
  }
  return [...pieces];
}

/** A regex that counts its runs. */
class Counted extends RegExp {
  runs = 0;
  override exec(text: string): RegExpExecArray | null {
    this.runs++;
    return super.exec(text);
  }
}

describe('warm-up scans with baked gates', () => {
  it('do not run a pattern whose gate admits no position, and run it where one does', () => {
    const re = new Counted('加(?:我|个)?微信|qq', 'g');
    setScanGates({ [re.source]: encodeGate(pairGate(re)!) });
    const found: string[] = [];
    scan(re, '你好，请问有货吗', (m) => found.push(m[0]));
    expect(re.runs).toBe(0);
    scan(re, '你好加我微信，或qq', (m) => found.push(m[0]));
    expect(re.runs).toBeGreaterThan(0);
    expect(found).toEqual(['加我微信', 'qq']);
  });

  it('a stale entry (another source) changes nothing: the pattern is scanned plainly', () => {
    const re = new Counted('加(?:我|个)?微信|qq', 'g');
    setScanGates({ '加微信': encodeGate(pairGate(/加微信/)!) });
    const found: string[] = [];
    scan(re, '加个微信', (m) => found.push(m[0]));
    expect(found).toEqual(['加个微信']);
  });

  it('bakedMayMatch admits every position a match starts at', () => {
    const g = encodeGate(pairGate(/(?<![a-z])v[信心]|微信|q/)!);
    expect(bakedMayMatch(g, '加v信')).toBe(true);
    expect(bakedMayMatch(g, '加q')).toBe(true);
    expect(bakedMayMatch(g, '微')).toBe(false);
    expect(bakedMayMatch(g, '微笑v')).toBe(false);
  });

  const corpusTexts = (): string[] => {
    const dir = `${root}test/fixtures/corpus/`;
    const texts: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(dir + f, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
    return texts;
  };

  // Whole-corpus sweeps with the plain scans (the slow path the gates replace): tens of seconds
  // on a loaded CI machine, hence the longer timeouts below.
  it('give lintText the same messages as the plain scans on every corpus text', async () => {
    const table = await currentTable();
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(1000);
    setScanPrefilter(false);
    const plain = texts.map((t) => lintText(t));
    setScanPrefilter(true);
    setScanGates(table);
    // Every use stays in the warm-up, so every text takes the baked-gate path.
    setScanWarmUp(Infinity);
    texts.forEach((t, i) => expect(lintText(t), t).toEqual(plain[i]));
    // The path above really consults the table: one that admits nothing loses most findings.
    const closed = Object.fromEntries(Object.keys(table).map((source) => [source, { first: '', anyNext: '', pairs: '' }]));
    setScanGates(closed);
    const found = (messages: readonly (readonly unknown[])[]) => messages.reduce((n, m) => n + m.length, 0);
    // Rules alone here: with the scans shut, the learned second opinion would speak for them.
    expect(found(texts.map((t) => lintText(t, { secondOpinion: false })))).toBeLessThan(found(plain) / 2);
  }, 180_000);

  it('give lintText the same messages on random texts made of the patterns’ pieces', async () => {
    const table = await currentTable();
    const texts = fc.array(fc.constantFrom(...piecesOf(table)), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        setScanGates({});
        setScanPrefilter(false);
        const plain = lintText(text);
        setScanPrefilter(true);
        setScanGates(table);
        setScanWarmUp(Infinity);
        expect(lintText(text)).toEqual(plain);
        setScanWarmUp(16);
      }),
      { numRuns: 1500 },
    );
  });

  it('past the warm-up, the shared gate made from the table (a lexicon’s as its groups’ union) changes no message', async () => {
    const table = await currentTable();
    const texts = corpusTexts();
    setScanPrefilter(false);
    const plain = texts.map((t) => lintText(t));
    setScanPrefilter(true);
    setScanGates(table);
    // Every scanner builds its tables on its next use, from the table (nothing built them before
    // in this file: the tests above stay in the warm-up).
    setScanWarmUp(0);
    texts.forEach((t, i) => expect(lintText(t), t).toEqual(plain[i]));
    expect(gatedRegexes().length).toBeGreaterThanOrEqual(8);
    // And on random texts made of the patterns' pieces.
    const random = fc.array(fc.constantFrom(...piecesOf(table)), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(random, (text) => {
        setScanPrefilter(false);
        const reference = lintText(text);
        setScanPrefilter(true);
        expect(lintText(text)).toEqual(reference);
      }),
      { numRuns: 1500 },
    );
  }, 180_000);
});

describe('sound-alike names during the warm-up', () => {
  it('are found without the tables exactly as with them', () => {
    const fragments = [
      ...SOUND_NAMES.flatMap(({ name, syllables }) => [name, ...name, ...syllables, ...syllables.map((x) => x.slice(0, 1))]),
      ...Object.values(SYLLABLE_CHARS).flatMap((chars) => [...chars].filter((_, i) => i % 5 === 0)),
      '店', '直播', '号', 'a', 'x', '1', ',', '。', ' ', '的', '都', '是', '加', '搜',
    ];
    const found = (text: string): string[] => {
      const out: string[] = [];
      soundNames(text, (start, end, name, kind) => out.push(`${start}-${end}:${name}:${kind}`));
      return out;
    };
    let names = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 16 }).map((p) => p.join('')), (text) => {
        setScanWarmUp(0);
        const tabled = found(text);
        names += tabled.length;
        setScanWarmUp(Infinity);
        expect(found(text)).toEqual(tabled);
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous comparison: the random texts do hold names.
    expect(names).toBeGreaterThan(10);
  });
});
