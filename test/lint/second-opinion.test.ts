// The learned second opinion (src/lint/second-opinion/): the committed model matches its inputs,
// the shipped scorer computes exactly what the trainer's features give, findings name and span
// the n-grams that drove them, and the engine asks it only where it may (content texts, rules on
// and silent, outside refusal scopes and allowed words, and not when switched off).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { floorOf, insideOnly, ngrams, pickThreshold, thresholdGrid } from '../../scripts/second-opinion/lib.mjs';
import { run as check } from '../../src/commands/check.js';
import { loadConfig } from '../../src/config/load.js';
import type { Io } from '../../src/io.js';
import { lintConfigFindings } from '../../src/lint/config-engine.js';
import { lintText } from '../../src/lint/engine.js';
import { normalize } from '../../src/lint/normalize.js';
import { refusalScopes } from '../../src/lint/refusal.js';
import { secondOpinion, shippedData, shippedModel } from '../../src/lint/second-opinion/index.js';
import { bakeTables, boundSums, compileModel, encodeModel, judge, probabilities, sigmoid, useBakedTables, type ModelData } from '../../src/lint/second-opinion/model.js';
import { MODEL } from '../../src/lint/second-opinion/model.gen.js';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'src', 'lint', 'second-opinion');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  inputs: { repo: { path: string; sha256: string }[]; train: { path: string; sha256: string; lines: number }[]; calibration: { path: string; sha256: string } | null };
  output: { path: string; sha256: string }[];
};
const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');
const corpusDir = join(root, 'test', 'fixtures', 'corpus');
const corpusTexts = (name: string): string[] =>
  readFileSync(join(corpusDir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
const isModel = (m: { message: string }) => m.message.startsWith('模型复核') || m.message.startsWith('Learned second opinion');

const trainDir = join(root, 'test', 'fixtures', 'train');
const jsonlIn = (d: string) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.jsonl')).sort() : []);

describe('committed model', () => {
  it('was trained on the repo corpora as they are now', () => {
    const now = jsonlIn(corpusDir).map((f) => ({ path: `test/fixtures/corpus/${f}`, sha256: sha256(readFileSync(join(corpusDir, f))) }));
    const trained = manifest.inputs.repo.map(({ path, sha256 }) => ({ path, sha256 }));
    expect(now, 'the labelled corpora changed since the model was trained: run `npm run build && npm run train-model` and commit src/lint/second-opinion/').toEqual(trained);
  });

  it('was trained on the training-only corpora (test/fixtures/train) as they are now, counted line by line', () => {
    const now = jsonlIn(trainDir).map((f) => {
      const buf = readFileSync(join(trainDir, f));
      return { path: `test/fixtures/train/${f}`, sha256: sha256(buf), lines: buf.toString('utf8').split('\n').filter((l) => l.trim()).length };
    });
    const trained = manifest.inputs.train.map(({ path, sha256, lines }) => ({ path, sha256, lines }));
    expect(now, 'the training corpora changed since the model was trained: run `npm run build && npm run train-model` and commit src/lint/second-opinion/').toEqual(trained);
  });

  it('is the files the manifest describes (not edited by hand)', () => {
    expect(manifest.output.map((o) => o.path)).toEqual(['src/lint/second-opinion/model.gen.ts', 'src/lint/second-opinion/model.bin']);
    for (const o of manifest.output) expect(sha256(readFileSync(join(root, o.path))), `${o.path} differs from what train-model wrote: rerun npm run train-model`).toBe(o.sha256);
  });

  it('takes the real replies’ part from calibration.json, which holds no reply text and matches the replies where present', () => {
    const text = readFileSync(join(dir, 'calibration.json'), 'utf8');
    expect(manifest.inputs.calibration, 'manifest.json names calibration.json and its sha256').toEqual({ path: 'src/lint/second-opinion/calibration.json', sha256: sha256(text) });
    const cal = JSON.parse(text) as { note: string; real: { path: string; sha256: string; lines: number }[]; weights: string; replies: number; realMax: number; floors: Record<string, number>; heldDigests: string[]; leftOut: number[] };
    // Only numbers, digests and file names: nothing of the replies themselves is committed.
    // judged: which judged-real.tsv left its replies out of the floors (absent before session 13).
    expect(Object.keys(cal).filter((k) => k !== 'judged').sort()).toEqual(['floors', 'heldDigests', 'leftOut', 'note', 'real', 'realMax', 'replies', 'weights']);
    const judged = (cal as { judged?: { path: string; sha256: string; excluded: Record<string, number> } | null }).judged;
    if (judged) {
      expect(Object.keys(judged).sort()).toEqual(['excluded', 'path', 'sha256']);
      expect(Object.keys(judged.excluded)).toEqual([...MODEL.rules]);
      for (const n of Object.values(judged.excluded)) expect(Number.isInteger(n)).toBe(true);
    }
    expect(cal.leftOut).toHaveLength(cal.real.length);
    for (const n of cal.leftOut) expect(Number.isInteger(n)).toBe(true);
    expect(Object.keys(cal.floors)).toEqual([...MODEL.rules]);
    for (const v of Object.values(cal.floors)) expect(typeof v).toBe('number');
    for (const d of [cal.weights, ...cal.heldDigests]) expect(d).toMatch(/^[0-9a-f]+$/);
    for (const f of cal.real) expect(Object.keys(f).sort()).toEqual(['lines', 'path', 'sha256']);
    expect(cal.real.length).toBeGreaterThan(0);
    // A rule's threshold is never below its floor.
    MODEL.rules.forEach((rule, r) => expect(MODEL.threshold[r]).toBeGreaterThanOrEqual(cal.floors[rule]));
    const present = cal.real.filter((f) => existsSync(f.path));
    if (present.length === 0) console.log('second opinion: the real staff replies calibration.json was computed from are not on this machine; hashes not compared');
    for (const f of present) expect(sha256(readFileSync(f.path)), `${f.path} changed since calibration`).toBe(f.sha256);
  });

  it('lists judged real violations by digest, rule and reason only (judged-real.tsv)', async () => {
    const { readJudged } = await import('../../scripts/second-opinion/train.mjs');
    const path = join(dir, 'judged-real.tsv');
    const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [digest, rules, reason, ...rest] = row.split('\t');
      expect(digest).toMatch(/^[0-9a-f]{16}$/);
      for (const r of rules.split(',')) expect(MODEL.rules).toContain(r);
      // A reason in the reader's words, no reply text after it.
      expect(reason.length).toBeGreaterThan(10);
      expect(rest).toEqual([]);
    }
    expect(readJudged(path).size).toBe(rows.length);
  });

  // The ordinary-reply clip (session 14): per n-gram, how many calibration replies the rules leave
  // silent hold it — counts, never a reply. Only n-grams the model could weigh (2–4 units), each held
  // by several replies (a rare n-gram could quote a reply), sorted, and the one the manifest names.
  it('keeps the ordinary-reply clip as n-gram counts only (real-grams.tsv)', async () => {
    const path = join(dir, 'real-grams.tsv');
    const named = (manifest.inputs as { realGrams?: { path: string; sha256: string; grams: number; replies: number } }).realGrams;
    if (!named) return;
    const { parseRealGrams, renderRealGrams } = await import('../../scripts/second-opinion/train.mjs');
    const text = readFileSync(path, 'utf8');
    expect(sha256(text)).toBe(named.sha256);
    const { replies, grams } = parseRealGrams(text);
    expect(replies).toBe(named.replies);
    expect(grams).toHaveLength(named.grams);
    const cfg = (manifest as unknown as { config: { priorMinDf?: number } }).config;
    for (const [g, c] of grams) {
      expect(g.length >= 2 && g.length <= 4, JSON.stringify(g)).toBe(true);
      expect(c).toBeGreaterThanOrEqual(cfg.priorMinDf ?? 5);
      expect(c).toBeLessThanOrEqual(replies);
    }
    expect(renderRealGrams({ replies, grams })).toBe(text);
  });

  it('stays silent, rules and model, on its own ordinary replies (test/second-opinion/ordinary-replies.jsonl)', () => {
    const lines = readFileSync(join(root, 'test', 'second-opinion', 'ordinary-replies.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const { text, class: kind } = JSON.parse(line) as { text: string; class: string };
      expect(kind.length).toBeGreaterThan(10);
      expect(lintText(text).map((m) => m.ruleId), text).toEqual([]);
    }
  });

  // The reproducibility check: the committed weights are what the committed inputs train —
  // corpora, training-only corpora, tables.jsonl (the rules' tables as they were at training; the
  // live ones change with every rule edit, and `npm run train-model -- --check` compares with
  // those) and calibration.json. Every input is compared by sha256 with the manifest and the
  // features digest is recomputed from all the training texts; one rule (named by model.bin's
  // sha256, so another with each retrain) is refitted in full and each of its quantized weights, its
  // bias and scale must be the committed ones. Refitting all six took 260–320 s on a loaded host;
  // `npm run train-model -- --check-committed` does that, byte for byte, before a model lands
  // (session 18). The features also depend on the normalizer and the refusal scopes; after a change
  // there (other work lands between retrains) the weights cannot be reproduced until the next
  // retrain, which the check reports as stale.
  it('has the weights its committed inputs train (every input by sha256, one rule refitted weight for weight)', async () => {
    const { checkCommittedWeights, testedRule } = await import('../../scripts/second-opinion/train.mjs');
    const rule = testedRule();
    expect(MODEL.rules).toContain(rule);
    const { stale, problems } = await checkCommittedWeights({ rules: [rule] });
    expect(problems).toEqual([]);
    if (stale) console.log('second opinion: normalization or refusal scopes changed since the model was trained; its weights are compared again after the next npm run train-model');
  }, 240_000);

  it('keeps the tables it was trained on in tables.jsonl, item for item', async () => {
    const { parseTables, renderTables } = await import('../../scripts/second-opinion/train.mjs');
    const text = readFileSync(join(dir, 'tables.jsonl'), 'utf8');
    const items = parseTables(text);
    expect(items.length).toBeGreaterThan(1000);
    expect(renderTables(items)).toBe(text);
    // Each item is labelled for one rule (the others left out) or clean for every rule.
    for (const it of items) {
      if (it.tolerate.length === 0) expect(it.expect).toEqual([]);
      else expect(it.tolerate.length + 1).toBe(MODEL.rules.length);
    }
    expect(items.some((it) => it.expect.length === 1)).toBe(true);
  });

  it('knows the six content rules and reports on at least one', () => {
    expect(MODEL.rules).toEqual(['absolute-claim', 'counterfeit', 'harassment', 'offsite-contact', 'review-inducement', 'sensitive-topic']);
    expect(MODEL.threshold.some((t) => t <= 1)).toBe(true);
  });
});

// The training-only corpora carry no accuracy bar, but a malformed line would train silently
// wrong (a misspelt rule id is a text clean for every rule), so their format is held here.
describe('training-only corpora (test/fixtures/train)', () => {
  const CONTENT = new Set(['offsite-contact', 'absolute-claim', 'sensitive-topic', 'review-inducement', 'harassment', 'invisible-chars', 'counterfeit']);
  const files = jsonlIn(trainDir);
  const corpusTextSet = new Set(jsonlIn(corpusDir).flatMap((f) => corpusTexts(f)));

  it('are named in the README with where they came from', () => {
    const readme = readFileSync(join(trainDir, 'README.md'), 'utf8');
    for (const f of files) expect(readme, `${f} needs a line in test/fixtures/train/README.md`).toContain(`\`${f}\``);
  });

  it('are labelled corpus lines: id, non-empty text, content-rule expect/tolerate; ids and texts unique, none from a test corpus', () => {
    const ids = new Set<string>();
    const texts = new Set<string>();
    for (const f of files) {
      readFileSync(join(trainDir, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim()) return;
          const where = `test/fixtures/train/${f}:${i + 1}`;
          const item = JSON.parse(line) as { id?: unknown; text?: unknown; expect?: unknown; tolerate?: unknown };
          expect(typeof item.id === 'string' && item.id.length > 0, `${where}: id`).toBe(true);
          expect(typeof item.text === 'string' && item.text.trim().length > 0, `${where}: text`).toBe(true);
          for (const key of ['expect', 'tolerate'] as const) {
            const v = item[key] ?? [];
            expect(Array.isArray(v), `${where}: ${key} is a list`).toBe(true);
            for (const r of v as unknown[]) expect(CONTENT.has(r as string), `${where}: ${key} names ${String(r)}, not a content rule`).toBe(true);
          }
          expect(ids.has(item.id as string), `${where}: id ${String(item.id)} twice`).toBe(false);
          expect(texts.has(item.text as string), `${where}: text twice`).toBe(false);
          expect(corpusTextSet.has(item.text as string), `${where}: text is in a test corpus`).toBe(false);
          ids.add(item.id as string);
          texts.add(item.text as string);
        });
    }
  });
});

/** The model as a plain map, n-gram → per-rule q (the runtime walks a hash table instead). */
/** The shipped model's n-grams as strings, the pieces the bound tests string texts from. */
function shippedGramPieces(): string[] {
  const data = shippedData();
  const pieces: string[] = [];
  for (let g = 0, at = 0; g < data.count; g++) {
    pieces.push(data.grams.slice(at, at + data.sizes[g]));
    at += data.sizes[g];
  }
  return pieces;
}

function referenceWeights(data: ModelData): Map<string, number[]> {
  const grams: string[] = [];
  for (let g = 0, at = 0; g < data.count; g++) {
    grams.push(data.grams.slice(at, at + data.sizes[g]));
    at += data.sizes[g];
  }
  const map = new Map<string, number[]>();
  data.rules.forEach((_, r) => {
    data.index[r].forEach((g, k) => {
      const row = map.get(grams[g]) ?? data.rules.map(() => 0);
      row[r] = data.q[r][k];
      map.set(grams[g], row);
    });
  });
  return map;
}

describe('features and scores', () => {
  const model = shippedModel();
  const reference = referenceWeights(shippedData());
  const texts = [
    ...corpusTexts('dev.jsonl'),
    ...corpusTexts('probe.jsonl'),
    '',
    '好',
    '😀😀好评返现😀',
    '\u{20000}\u{20001}微信\u{20002}',
    '本店从来不搞好评返现，也别加私人微信',
    'ＶＸ：ｋｘ７７８８９９',
    // digits and claim words, also inside a refusal scope
    '用了3天皮肤就变白了，保证有效',
    '1:1做工，和专柜一比一',
    '我们从不保证7天见效，请勿相信',
    '902718364',
  ];

  it('the hashed walk finds exactly the trainer’s distinct n-grams outside refusal scopes (and the negative ones inside)', () => {
    for (const text of texts) {
      const norm = normalize(text).text;
      const scopes = refusalScopes(norm);
      const z = MODEL.rules.map(() => 0);
      const outside = ngrams(norm, 2, 4, scopes);
      for (const f of outside) {
        const row = reference.get(f);
        if (row) row.forEach((q, r) => (z[r] += q));
      }
      for (const f of insideOnly(norm, scopes, outside, 2, 4)) {
        const row = reference.get(f);
        if (row) row.forEach((q, r) => (z[r] += Math.min(0, q)));
      }
      const expected = z.map((zr, r) => sigmoid(MODEL.bias[r] + zr * MODEL.scale[r]));
      expect(probabilities(model, norm, scopes), text).toEqual(expected);
    }
  });

  it('the early exit never changes a verdict', () => {
    const all = MODEL.rules.map(() => true);
    for (const text of texts) {
      const norm = normalize(text).text;
      const p = probabilities(model, norm, refusalScopes(norm));
      const expected = MODEL.rules.map((_, r) => r).filter((r) => MODEL.threshold[r] <= 1 && p[r] >= MODEL.threshold[r]);
      expect(judge(model, norm, all).map((v) => v.rule), text).toEqual(expected);
    }
  });

  it('the bound from positive n-grams alone never changes a verdict (texts strung from the model’s own n-grams)', () => {
    // Texts near the thresholds: pieces of the model's n-grams (positive and negative), repeated
    // and mixed, so the bound is tested where it passes and where it just fails.
    const pieces = shippedGramPieces();
    let seed = 20261129;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const all = MODEL.rules.map(() => true);
    let reported = 0;
    for (let t = 0; t < 400; t++) {
      const parts: string[] = [];
      for (let k = 1 + rand(30); k > 0; k--) parts.push(pieces[rand(pieces.length)], rand(4) === 0 ? '，' : '');
      const norm = normalize(parts.join('')).text;
      const p = probabilities(model, norm, refusalScopes(norm));
      const expected = MODEL.rules.map((_, r) => r).filter((r) => MODEL.threshold[r] <= 1 && p[r] >= MODEL.threshold[r]);
      const got = judge(model, norm, all).map((v) => v.rule);
      expect(got, norm).toEqual(expected);
      if (got.length > 0) reported++;
    }
    expect(reported).toBeGreaterThan(5);
    expect(reported).toBeLessThan(380);
  });

  it('the packed bound table of bulk runs sums what the walk through the model table sums', () => {
    // Texts of the model's own n-grams (both signs, repeated, cut by commas and by other units)
    // and the plain sample texts: every n-gram the walk meets counts once in both.
    const pieces = shippedGramPieces();
    let seed = 20261130;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const strung: string[] = [];
    for (let t = 0; t < 300; t++) {
      const parts: string[] = [];
      for (let k = 1 + rand(40); k > 0; k--) parts.push(pieces[rand(pieces.length)], ['', '，', '的', 'a'][rand(4)]);
      strung.push(normalize(parts.join('')).text);
    }
    const m = compileModel(shippedData());
    let nonzero = 0;
    for (const text of [...strung, ...texts.map((t) => normalize(t).text), '', '好']) {
      const walked = boundSums(m, text, false);
      expect(boundSums(m, text, true), text).toEqual(walked);
      if (walked.some((x) => x !== 0)) nonzero++;
    }
    expect(nonzero).toBeGreaterThan(250);
  });

  it('the tables baked at build time are the ones a walk builds, and give the same verdicts', () => {
    const bytes = bakeTables(compileModel(shippedData()));
    const baked = compileModel(shippedData());
    expect(useBakedTables(baked, bytes)).toBe(true);
    const built = compileModel(shippedData());
    const all = MODEL.rules.map(() => true);
    for (const text of texts) {
      const norm = normalize(text).text;
      expect(judge(baked, norm, all), text).toEqual(judge(built, norm, all));
    }
    // judge built them on the way: the same arrays as the file holds.
    expect(baked.offsets).toEqual(built.offsets);
    expect(baked.pairs).toEqual(built.pairs);
    expect(baked.positive).toEqual(built.positive);
    // The build's own file is this model's (npm run build makes it; tests of the sources do without).
    const file = join(root, 'dist', 'lint', 'second-opinion', 'model-tables.bin');
    if (existsSync(join(root, 'dist', 'lint', 'second-opinion', 'model.bin')) && readFileSync(join(root, 'dist', 'lint', 'second-opinion', 'model.bin')).equals(readFileSync(join(dir, 'model.bin')))) {
      expect(Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('tables of another model, or cut short, are not taken', () => {
    const bytes = bakeTables(compileModel(shippedData()));
    const other = compileModel(encodeModel(['harassment'], [{ bias: -1, weights: new Map([['快点', 4]]) }], [0.5]));
    expect(useBakedTables(other, bytes)).toBe(false);
    expect(other.positive).toBeUndefined();
    const model = compileModel(shippedData());
    expect(useBakedTables(model, bytes.subarray(0, bytes.length - 4))).toBe(false);
    expect(useBakedTables(model, bytes.subarray(0, 8))).toBe(false);
    expect(model.positive).toBeUndefined();
  });
});

// A hand-made model: review-inducement leans on 好评 / 评返 / 返现, 谢谢 pulls the other way.
const tiny = compileModel(
  encodeModel(
    ['review-inducement', 'harassment'],
    [
      { bias: -3, weights: new Map([['好评', 2], ['评返', 2], ['返现', 3], ['谢谢', -6]]) },
      { bias: -3, weights: new Map([['快点', 4]]) },
    ],
    [0.5, 1.01],
  ),
);
const on = () => 1 as const;
const ask = (text: string, found: { ruleId: string }[] = [], severity: (id: string) => 0 | 1 | 2 = on, lang: 'zh' | 'en' = 'zh') =>
  secondOpinion(normalize(text), found as never, severity, lang, tiny);

describe('findings', () => {
  it('spans the strongest n-grams, merged, and says it is the model', () => {
    const text = '亲，好评返现哦';
    const [m, ...rest] = ask(text);
    expect(rest).toEqual([]);
    expect(m.ruleId).toBe('review-inducement');
    expect(m.severity).toBe(1);
    expect(text.slice(m.start, m.end)).toBe('好评返现');
    expect(m.message).toBe('模型复核：「好评返现」读起来像诱导评价，规则没有认出，请人工确认');
    expect(ask(text, [], on, 'en')[0].message).toBe('Learned second opinion (模型复核): "好评返现" reads like review inducement, which the rules did not catch; please check it');
  });

  it('names pieces apart from each other and spans from the first to the last', () => {
    const text = '给好评有惊喜，返现五元';
    const [m] = ask(text);
    expect(text.slice(m.start, m.end)).toBe('好评有惊喜，返现');
    expect(m.message).toContain('「好评…返现」');
  });

  it('maps spans back to the original text (full-width, traditional forms)', () => {
    const text = '亲，好評返現哦';
    const [m] = ask(text);
    expect(text.slice(m.start, m.end)).toBe('好評返現');
  });

  it('negative weights count, and a rule at threshold above 1 is off', () => {
    expect(ask('谢谢好评返现')).toEqual([]);
    expect(ask('快点快点快点')).toEqual([]);
  });

  it('leaves out n-grams inside a refusal scope, as training did', () => {
    expect(ask('小店从不做好评返现')).toEqual([]);
    expect(ask('请勿相信好评返现')).toEqual([]);
    expect(ask('好评返现，来吧')).toHaveLength(1);
  });

  it('still counts a negative n-gram inside a refusal scope (a scope hides only evidence for a violation)', () => {
    // 谢谢 outweighs 好评返现 wherever it stands; inside 请勿… it is still an ordinary word.
    expect(ask('好评返现，请勿谢谢')).toEqual([]);
    expect(ask('好评返现，请勿客气')).toHaveLength(1);
  });

  it('is not asked about a rule that already found something, or that is off', () => {
    expect(ask('好评返现', [{ ruleId: 'review-inducement' }])).toEqual([]);
    expect(ask('好评返现', [{ ruleId: 'harassment' }])).toHaveLength(1);
    expect(ask('好评返现', [], (id) => (id === 'review-inducement' ? 0 : 1))).toEqual([]);
  });
});

describe('in the engine (shipped model)', () => {
  // Texts of the repo's corpora the shipped model reports on (it was trained on them).
  const flagged: { text: string; ruleId: string }[] = [];
  for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const text of corpusTexts(name)) {
      const m = lintText(text).find(isModel);
      if (m) flagged.push({ text, ruleId: m.ruleId });
    }
  }

  it('reports on some corpus texts, only for rules that found nothing there', () => {
    expect(flagged.length).toBeGreaterThan(0);
    for (const { text } of flagged) {
      const messages = lintText(text);
      const byRules = new Set(messages.filter((m) => !isModel(m)).map((m) => m.ruleId));
      for (const m of messages.filter(isModel)) {
        expect(byRules.has(m.ruleId), text).toBe(false);
        expect(m.severity).toBe(1);
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.fix).toBeUndefined();
      }
    }
  });

  it('never runs on keywords', () => {
    for (const { text } of flagged) expect(lintText(text, { keyword: true }).filter(isModel), text).toEqual([]);
  });

  it('warns on at most 1 in 100 of the rules’ hand-written clean cases (tables, lexicon specs, ordinary replies)', async () => {
    const { tableCases } = await import('../../scripts/second-opinion/table-cases.mjs');
    const clean = tableCases(root, MODEL.rules).filter((c) => c.expect.length === 0);
    expect(clean.length).toBeGreaterThan(500);
    const warned = clean.filter((c) => lintText(c.text).some((m) => isModel(m) && !c.tolerate.includes(m.ruleId)));
    expect(warned.length, warned.map((c) => c.text).join(' | ')).toBeLessThanOrEqual(Math.floor(clean.length / 100));
  });

  it('is switched off by secondOpinion: false', () => {
    for (const { text } of flagged) {
      expect(lintText(text, { secondOpinion: false }).filter(isModel)).toEqual([]);
      expect(lintText(text, { secondOpinion: false })).toEqual(lintText(text).filter((m) => !isModel(m)));
    }
  });

  it('follows the rule’s setting: off silences it, error still gives a warning', () => {
    const { text, ruleId } = flagged[0];
    expect(lintText(text, { rules: { [ruleId]: 'off' } }).filter((m) => m.ruleId === ruleId)).toEqual([]);
    const asError = lintText(text, { rules: { [ruleId]: 'error' } }).filter(isModel);
    expect(asError.map((m) => m.severity)).toEqual([1]);
  });

  it('drops a finding inside an allowed word', () => {
    const { text } = flagged[0];
    expect(lintText(text, { allow: [text] }).filter(isModel)).toEqual([]);
  });

  it('check: shown by every format, and --no-model turns it off', async () => {
    const { text, ruleId } = flagged[0];
    const runCheck = async (args: string[]) => {
      let out = '';
      let err = '';
      const io: Io = {
        stdout: { write: (s: string) => ((out += s), true), isTTY: false },
        stderr: { write: (s: string) => ((err += s), true), isTTY: false },
        stdin: Readable.from([]) as never,
        cwd: '/shop',
        env: {},
      } as never;
      const code = await check(args, io);
      return { code, out, err };
    };
    const json = JSON.parse((await runCheck(['--format', 'json', text])).out) as { messages: { ruleId: string; severity: number; message: string }[] }[];
    expect(json[0].messages.filter(isModel).map((m) => [m.ruleId, m.severity])).toEqual([[ruleId, 1]]);
    const off = JSON.parse((await runCheck(['--format', 'json', '--no-model', text])).out) as typeof json;
    expect(off[0].messages.filter(isModel)).toEqual([]);
    const sarif = JSON.parse((await runCheck(['--format', 'sarif', text])).out) as { runs: { results: { ruleId: string; level: string; message: { text: string } }[] }[] };
    const result = sarif.runs[0].results.find((r) => r.message.text.startsWith('模型复核'));
    expect(result).toMatchObject({ ruleId, level: 'warning' });
    const stylish = await runCheck(['--no-color', text]);
    expect(stylish.out).toContain('警告  模型复核：');
    expect(stylish.out).toContain(ruleId);
    const en = await runCheck(['--no-color', '--lang', 'en', text]);
    expect(en.out).toContain('warning  Learned second opinion (模型复核)');
    expect((await runCheck(['--help'])).out).toContain('--no-model');
  });

  it('config: on for replies, never for keywords, off with lint.model: false or --no-model', async () => {
    const { text, ruleId } = flagged[0];
    const yaml = (extra: string) =>
      `version: 1\nkeyword_rules:\n  - id: a\n    keywords: [${JSON.stringify(text)}]\n    reply: ${JSON.stringify(text)}\n${extra}`;
    const modelFindings = async (source: string, secondOpinion?: boolean) => {
      const loaded = await loadConfig('xhs-reply.yaml', { cwd: '/shop', text: source });
      return lintConfigFindings(loaded, { secondOpinion }).filter(isModel);
    };
    const on = await modelFindings(yaml(''));
    expect(on.map((f) => [f.ruleId, f.path.join('.')])).toEqual([[ruleId, 'keyword_rules.0.reply']]);
    expect(await modelFindings(yaml('lint:\n  model: false\n'))).toEqual([]);
    expect(await modelFindings(yaml(''), false)).toEqual([]);
    expect(await modelFindings(yaml('lint:\n  model: true\n'))).toHaveLength(1);
  });
});

describe('thresholds: floors from calibration replies', () => {
  const grid = thresholdGrid();
  const logit = (p: number) => Math.log(p / (1 - p));
  // Scores of our own making: a body of ordinary replies and one top reply.
  const scores = [...Array.from({ length: 200 }, (_, i) => 0.3 + i * 0.002), 0.97];

  it('without a margin sits one grid step above the top reply (the floor of sessions 6–9)', () => {
    const floor = floorOf(scores, grid);
    expect(floor).toBeGreaterThan(0.97);
    expect(grid[grid.indexOf(floor) - 1]).toBeLessThanOrEqual(0.97);
  });

  it('with floorMargin is the least grid value that many log-odds above the top reply', () => {
    const floor = floorOf(scores, grid, { floorMargin: 1 });
    expect(logit(floor)).toBeGreaterThanOrEqual(logit(0.97) + 1);
    expect(logit(grid[grid.indexOf(floor) - 1])).toBeLessThan(logit(0.97) + 1);
    // never below the plain floor, and a reply just above the old floor is no longer enough
    expect(floor).toBeGreaterThan(floorOf(scores, grid));
    expect(floorOf([...scores, 0.995], grid, { floorMargin: 1 })).toBeGreaterThan(floor);
  });

  it('with realMax > 0 lets that many top replies through and keeps the margin above the next one', () => {
    expect(floorOf(scores, grid, { realMax: 1 })).toBeLessThan(0.97);
    const floor = floorOf(scores, grid, { realMax: 1, floorMargin: 1 });
    const second = 0.3 + 199 * 0.002;
    expect(floor).toBeLessThan(0.97);
    expect(logit(floor)).toBeGreaterThanOrEqual(logit(second) + 1);
  });

  it('with floorTail rests on the mean of the top k replies, and still keeps the top one unflagged', () => {
    // Five high replies of our own making: the mean of their log-odds + the tail margin decides.
    const tailScores = [...scores.slice(0, 150), 0.9, 0.92, 0.93, 0.95, 0.97];
    const mean = [0.97, 0.95, 0.93, 0.92, 0.9].reduce((a, p) => a + logit(p), 0) / 5;
    const floor = floorOf(tailScores, grid, { floorMargin: 0.25, floorTail: { k: 5, margin: 1.75 } });
    expect(logit(floor)).toBeGreaterThanOrEqual(mean + 1.75);
    expect(logit(grid[grid.indexOf(floor) - 1])).toBeLessThan(mean + 1.75);
    // one reply far above the rest: the floor follows it by floorMargin instead
    const lone = floorOf([...tailScores, 0.9999], grid, { floorMargin: 0.25, floorTail: { k: 5, margin: 1.75 } });
    expect(logit(lone)).toBeGreaterThanOrEqual(logit(0.9999) + 0.25);
    // moving the single top reply a little moves the floor less than with the margin alone
    const moved = (top: number, o: object) => floorOf([...tailScores.slice(0, -1), top], grid, o);
    const tailOpts = { floorMargin: 0.25, floorTail: { k: 5, margin: 1.75 } };
    expect(logit(moved(0.985, tailOpts)) - logit(moved(0.97, tailOpts))).toBeLessThan(logit(moved(0.985, { floorMargin: 0.75 })) - logit(moved(0.97, { floorMargin: 0.75 })));
  });

  it('is off (1.01) when the margin would need a threshold the grid does not have', () => {
    expect(floorOf([1 - 1e-8], grid, { floorMargin: 1 })).toBe(1.01);
    expect(floorOf([], grid, { floorMargin: 1 })).toBe(grid[0]);
  });

  it('splits the out-of-fold folds by whole files with oofSplit file, in folds of similar size', async () => {
    const { foldAssigner } = await import('../../scripts/second-opinion/train.mjs');
    const samples: { text: string; group?: string; trainOnly: boolean }[] = [
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].flatMap((g, k) => Array.from({ length: 10 + k * 5 }, (_, i) => ({ text: `${g}${i}`, group: `${g}.jsonl`, trainOnly: false }))),
      { text: 'a table case', trainOnly: true },
    ];
    const foldOf = foldAssigner('file', samples, 3);
    const byGroup = new Map<string, Set<number>>();
    const sizes = [0, 0, 0];
    for (const s of samples.filter((x) => !x.trainOnly)) {
      const f = foldOf(s);
      byGroup.set(s.group!, (byGroup.get(s.group!) ?? new Set()).add(f));
      sizes[f]++;
    }
    for (const folds of byGroup.values()) expect(folds.size).toBe(1);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(40);
    expect(foldAssigner('hash', samples, 3)(samples[0])).toBe(foldAssigner('hash', samples, 3)(samples[0]));
  });

  it('takes no threshold that catches fewer than minSupport out-of-fold positives', () => {
    // 10 positives scoring high, negatives low: any threshold catches at most 10.
    const oof = [...Array.from({ length: 10 }, () => ({ y: 1 as const, p: 0.99 })), ...Array.from({ length: 50 }, () => ({ y: 0 as const, p: 0.2 }))];
    expect(pickThreshold(oof, [], grid, { realMax: 0, maxFdr: 0.01 }).tp).toBe(10);
    expect(pickThreshold(oof, [], grid, { realMax: 0, maxFdr: 0.01, minSupport: 25 }).t).toBe(1.01);
  });
});

describe('training', () => {
  // A small configuration (few features, epochs and folds, one corpus) so the test stays fast; the
  // procedure is the shipped one (minSupport scaled down with the corpus: a rule needs 25 out-of-fold
  // catches on the full training set, more than one small corpus holds).
  const small = { keep: 300, epochs: 3, folds: 2, minSupport: 3 };

  it('gives byte-identical output for the same inputs, real replies calibrating', async () => {
    const { train } = await import('../../scripts/second-opinion/train.mjs');
    const work = mkdtempSync(join(tmpdir(), 'xhs-train-'));
    const real = join(work, 'real.txt');
    // Our own ordinary staff replies as the clean sample.
    const replies = ['亲，今天拍下隔天就寄哦', '尺码做得小，推荐选大一码', '收货后哪里不对随时说', '这件是全棉的，洗了不起球', '快递通常三天左右到', '能开票，拍的时候备注抬头就行'];
    writeFileSync(real, Array.from({ length: 8 }, (_, i) => replies.map((r) => `${r}${'～'.repeat(i)}`)).flat().join('\n'));
    const once = await train({ corpora: ['test/fixtures/corpus/dev.jsonl'], real: [real], tables: 'none', config: small, cost: false });
    const twice = await train({ corpora: ['test/fixtures/corpus/dev.jsonl'], real: [real], tables: 'none', config: small, cost: false });
    expect(twice.modelTs).toBe(once.modelTs);
    expect(twice.modelBin.equals(once.modelBin)).toBe(true);
    expect(once.modelBin.length).toBeGreaterThan(0);
    expect(once.modelTs).toContain('export const MODEL: ModelHeader');
    expect(twice.calibration).toEqual(once.calibration);
    expect(Object.keys(once.calibration!.floors)).toEqual([...MODEL.rules]);
    // A reply judged a violation of a rule (judged-real.tsv) does not set that rule's floor: with
    // every reply judged for one rule, the floor has no reply left to stay above.
    const { replyDigest } = await import('../../scripts/second-opinion/train.mjs');
    const judged = join(work, 'judged.tsv');
    const rule = MODEL.rules[0];
    const lines = readFileSync(real, 'utf8').split('\n').filter((l) => l.trim());
    writeFileSync(judged, `# ours\n${lines.map((t) => `${replyDigest(t)}\t${rule}\tour own judged line`).join('\n')}\n`);
    // The ordinary-reply clip and prior count only replies nobody judged a violation, so their
    // weights move with judged-real.tsv; the floors are compared with both off.
    const noClip = { ...small, realClip: 0, realPrior: 0 };
    const base = await train({ corpora: ['test/fixtures/corpus/dev.jsonl'], real: [real], tables: 'none', config: noClip, cost: false });
    const without = await train({ corpora: ['test/fixtures/corpus/dev.jsonl'], real: [real], judged, tables: 'none', config: noClip, cost: false });
    expect(without.modelBin.equals(base.modelBin)).toBe(true);
    expect(without.calibration!.floors[rule]).toBeLessThanOrEqual(base.calibration!.floors[rule]);
    expect(without.calibration!.floors[rule]).toBe(thresholdGrid()[0]);
    expect(without.calibration!.judged!.excluded[rule]).toBeGreaterThan(0);
    for (const r of MODEL.rules.slice(1)) expect(without.calibration!.floors[r]).toBe(base.calibration!.floors[r]);
  }, 120_000);

  it('trains from the repo alone (no real replies): the same weights twice, the calibration’s floors applied', async () => {
    const { train } = await import('../../scripts/second-opinion/train.mjs');
    const inputs = { corpora: ['test/fixtures/corpus/dev.jsonl', 'test/fixtures/corpus/real-staff-ecd.jsonl'], tables: 'all' as const, config: small, cost: false };
    const floors = Object.fromEntries(MODEL.rules.map((r, i) => [r, i === 0 ? 0.999 : 0]));
    const calibration = { weights: 'none', floors, heldDigests: [] };
    const once = await train({ ...inputs, calibration });
    const twice = await train({ ...inputs, calibration });
    expect(twice.modelTs).toBe(once.modelTs);
    expect(twice.modelBin.equals(once.modelBin)).toBe(true);
    expect(once.calibration).toBeUndefined();
    const header = once.modelTs.match(/threshold: (\[[^\]]*\])/);
    const thresholds = JSON.parse(header![1]) as number[];
    expect(thresholds[0]).toBeGreaterThanOrEqual(0.999);
    expect(thresholds.some((t) => t <= 1)).toBe(true);
    // The shipped setting never trains on the replies themselves, so none are needed.
    await expect(train({ ...inputs, config: { ...small, realNeg: 1 } })).rejects.toThrow(/--real/);
  }, 120_000);

  // The check npm test runs refits one rule and compares it with the committed model's: the refit
  // of a single rule is that rule of the full training, and any changed weight, bias or scale shows.
  it('refits one rule exactly as the full training fits it, and tells a changed weight', async () => {
    const { train, sameRuleWeights } = await import('../../scripts/second-opinion/train.mjs');
    const inputs = { corpora: ['test/fixtures/corpus/dev.jsonl'], tables: 'none' as const, config: small, cost: false, weightsOnly: true, calibration: { weights: 'none', floors: {}, heldDigests: [] } };
    const full = (await train(inputs)) as unknown as { modelBin: Buffer; modelTsWith: (t: number[]) => string };
    const modelTs = full.modelTsWith(MODEL.rules.map(() => 1.01));
    const one = (await train({ ...inputs, onlyRules: ['harassment', 'counterfeit'] })) as unknown as { fitted: { rule: string; bias: number; weights: Map<string, number> }[] };
    expect(one.fitted.map((f) => f.rule)).toEqual(['counterfeit', 'harassment']);
    expect(await sameRuleWeights(modelTs, full.modelBin, one.fitted)).toEqual([]);
    const [f] = one.fitted;
    const bumped = new Map(f.weights);
    const [g, w] = [...bumped].find(([, v]) => Math.abs(v) > 0.1)!;
    bumped.set(g, w * 1.01);
    expect(await sameRuleWeights(modelTs, full.modelBin, [{ ...f, weights: bumped }])).toHaveLength(1);
    expect(await sameRuleWeights(modelTs, full.modelBin, [{ ...f, bias: f.bias + 1e-9 }])).toHaveLength(1);
    expect(await sameRuleWeights(modelTs, full.modelBin, [{ ...one.fitted[1], rule: 'counterfeit' }])).toHaveLength(1);
  }, 120_000);
});
