// Pieces of the learned-second-opinion evaluation (eval.mjs): corpus loading, character n-gram
// features of the NORMALIZED text (so 薇信 / Ｖ信 / 高‍仿 fold before the model sees them) and a
// deterministic logistic regression per rule.
//
// Deterministic on purpose: the same corpora give bit-identical weights on every machine
// (fixed data order, a seeded shuffle, no parallelism, plain IEEE double arithmetic).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { prng as rng } from '../prng.mjs';

/** The content rules the model may give a second opinion on (invisible-chars is about the
 *  characters themselves, which the normalizer drops: rule-only). */
export const MODEL_RULES = ['absolute-claim', 'counterfeit', 'harassment', 'offsite-contact', 'review-inducement', 'sensitive-topic'];

/** n-gram lengths: 2–4 (single characters such as 原 / 货 / 付 made the model fire on short,
 *  ordinary staff replies in the first evaluation). */
export const MIN_N = 2;
export const MAX_N = 4;

export function loadJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Distinct n-grams (minN..maxN UTF-16 units) of a normalized text outside `scopes`, in
 *  first-seen order. */
export function ngrams(text, minN = MIN_N, maxN = MAX_N, scopes = []) {
  const seen = new Set();
  for (let i = 0; i < text.length; i++) {
    for (let n = minN; n <= maxN && i + n <= text.length; n++) {
      if (!inScopes(scopes, i, i + n)) seen.add(text.slice(i, i + n));
    }
  }
  return [...seen];
}

/** Whether [start, end) lies wholly inside one of the [from, to) pairs (the rules' refusal
 *  scopes): an n-gram there is the shop refusing the act (我们不做好评返现), not doing it, so the
 *  model never sees it — the same shared mechanism that drops the rules' findings there. */
export function inScopes(scopes, start, end) {
  for (let k = 0; k < scopes.length; k += 2) if (start >= scopes[k] && end <= scopes[k + 1]) return true;
  return false;
}


const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * L2-regularised logistic regression by AdaGrad SGD over binary n-gram features.
 * samples: [{ feats: string[], y: 0|1, w?: number }] (order matters for determinism).
 * Returns { bias, weights: Map<string, number> } keeping the `keep` largest |weights|,
 * refitted on just those features so the pruned model is the one that is scored.
 */
export function trainLogistic(samples, { epochs = 25, lr = 0.3, l2 = 1e-5, minDf = 2, keep = 1500, seed = 7, posCap = 4, noPositive = null, seeds = 1 } = {}) {
  const ids = samples.map(internedFeats);
  const df = new Int32Array(interned.size);
  for (let k = 0; k < samples.length; k++) if (!samples[k].noBias) for (const f of ids[k]) df[f]++;
  let vocab = [];
  for (let f = 0; f < df.length; f++) if (df[f] >= minDf) vocab.push(f);
  let model = fitSeeds(samples, ids, vocab, { epochs, lr, l2, seed, posCap, noPositive, seeds });
  if (model.weights.size > keep) {
    const top = [...model.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
    vocab = top.map(([f]) => interned.get(f));
    model = fitSeeds(samples, ids, vocab, { epochs, lr, l2, seed, posCap, noPositive, seeds });
  }
  return model;
}

// Feature interning (session 18): every n-gram string gets a number once, and each sample's
// feature list is turned into numbers once (cached by the array, which train.mjs shares between
// rules and folds), so a fit builds its rows with typed-array lookups instead of string maps.
// Pure bookkeeping: the arithmetic, and so the weights, are bit for bit those of the string version.
const interned = new Map();
const names = [];
const idsOf = new WeakMap();
function internedFeats(s) {
  let ids = idsOf.get(s.feats);
  if (!ids) {
    ids = new Int32Array(s.feats.length);
    s.feats.forEach((f, i) => {
      let id = interned.get(f);
      if (id === undefined) {
        id = names.length;
        interned.set(f, id);
        names.push(f);
      }
      ids[i] = id;
    });
    idsOf.set(s.feats, ids);
  }
  return ids;
}

/**
 * `seeds` fits of the same features, each with its own shuffle (seed, seed + 1, …), averaged
 * weight by weight (session 16): one fit's weights depend on the order it happened to see the
 * texts in, and a rare n-gram's weight — so which n-grams the `keep` step retains, and the scores
 * of the few real replies that set the thresholds' floors — swung from retrain to retrain.
 */
function fitSeeds(samples, ids, vocabIds, opts) {
  // The features in name order: a feature's slot, and the order the model's map lists them in.
  const vocab = [...vocabIds].sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const slot = new Int32Array(names.length).fill(-1);
  vocab.forEach((f, i) => (slot[f] = i));
  const rows = packRows(samples, ids, slot);
  const capped = new Uint8Array(vocab.length);
  if (opts.noPositive) vocab.forEach((f, i) => (capped[i] = opts.noPositive.has(names[f]) ? 1 : 0));
  const index = vocab.map((f) => names[f]);
  if (!(opts.seeds > 1)) return toModel({ ...fit(rows, capped, opts), index });
  let sum;
  for (let k = 0; k < opts.seeds; k++) {
    const one = fit(rows, capped, { ...opts, seed: opts.seed + k });
    if (!sum) sum = one;
    else {
      for (let i = 0; i < one.w.length; i++) sum.w[i] += one.w[i];
      sum.bias += one.bias;
    }
  }
  for (let i = 0; i < sum.w.length; i++) sum.w[i] /= opts.seeds;
  sum.bias /= opts.seeds;
  return toModel({ ...sum, index });
}

/** The rows packed: each sample's slots (its features in the vocabulary, in its own order) one
 *  after another in xs, sample k's from off[k] to off[k + 1]; label, weight and prior flag beside. */
function packRows(samples, ids, slot) {
  let total = 0;
  for (let k = 0; k < samples.length; k++) for (const f of ids[k]) if (slot[f] >= 0) total++;
  const rows = { xs: new Int32Array(total), off: new Int32Array(samples.length + 1), ys: new Uint8Array(samples.length), ws: new Float64Array(samples.length), nb: new Uint8Array(samples.length) };
  let at = 0;
  samples.forEach((s, k) => {
    for (const f of ids[k]) if (slot[f] >= 0) rows.xs[at++] = slot[f];
    rows.off[k + 1] = at;
    rows.ys[k] = s.y;
    rows.ws[k] = s.w ?? 1;
    rows.nb[k] = s.noBias === true ? 1 : 0;
  });
  return rows;
}

function toModel({ bias, w, index }) {
  const weights = new Map();
  index.forEach((f, i) => {
    if (w[i] !== 0) weights.set(f, w[i]);
  });
  return { bias, weights };
}

/**
 * One AdaGrad fit over prepared rows: { bias, w (by slot) }. `rows` is packed (packRows): every
 * row's slots in one Int32Array, so the epochs walk flat typed arrays (the arithmetic, in its order,
 * is that of sessions 4–17, so the same rows give the same weights bit for bit).
 */
function fit(rows, capped, { epochs, lr, l2, seed, posCap }) {
  const { xs, off, ys, ws, nb } = rows;
  const n = ys.length;
  const w = new Float64Array(capped.length);
  const g2 = new Float64Array(capped.length).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  // Class balance: positives are rare for each rule; weight them up towards the negatives' total
  // (at most posCap times).
  let pos = 0;
  let neg = 0;
  for (let k = 0; k < n; k++) if (!nb[k]) (ys[k] ? (pos += ws[k]) : (neg += ws[k]));
  const posScale = pos > 0 ? Math.min(neg / pos, posCap) : 1;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const next = rng(seed);
  for (let e = 0; e < epochs; e++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (let o = 0; o < n; o++) {
      const k = order[o];
      const a = off[k];
      const b = off[k + 1];
      // A one-n-gram prior row (noBias) only holds back weight towards the rule: nothing when the
      // n-gram's weight is at or below 0, and it never pushes the weight past 0.
      if (nb[k]) {
        if (a === b) continue;
        const f = xs[a];
        if (w[f] <= 0) continue;
        const gf = sigmoid(bias + w[f]) * ws[k];
        g2[f] += gf * gf;
        w[f] = Math.max(0, w[f] - (lr * gf) / Math.sqrt(g2[f]));
        continue;
      }
      let z = bias;
      for (let i = a; i < b; i++) z += w[xs[i]];
      const y = ys[k];
      const g = (sigmoid(z) - y) * ws[k] * (y ? posScale : 1);
      for (let i = a; i < b; i++) {
        const f = xs[i];
        const gf = g + l2 * w[f];
        g2[f] += gf * gf;
        w[f] -= (lr * gf) / Math.sqrt(g2[f]);
        if (capped[f] === 1 && w[f] > 0) w[f] = 0;
      }
      b2 += g * g;
      bias -= (lr * g) / Math.sqrt(b2);
    }
  }
  return { bias, w };
}

/** The probability of a sample: its features (n-grams outside refusal scopes), plus the negative
 *  weights of `inside` (n-grams that occur only inside scopes), as the shipped scorer counts them. */
export function scoreFeats(model, feats, inside = []) {
  let z = model.bias;
  for (const f of feats) z += model.weights.get(f) ?? 0;
  for (const f of inside) z += Math.min(0, model.weights.get(f) ?? 0);
  return sigmoid(z);
}

/** The n-grams of a normalized text that occur only inside refusal scopes. */
export function insideOnly(text, scopes, outside, minN = MIN_N, maxN = MAX_N) {
  if (scopes.length === 0) return [];
  const out = new Set(outside);
  return ngrams(text, minN, maxN, []).filter((g) => !out.has(g));
}

/** Labels of one corpus item for one rule: 1 expected, 0 clean for it, null tolerated (skip). */
export function labelOf(item, rule) {
  if (item.expect.includes(rule)) return 1;
  if ((item.tolerate ?? []).includes(rule)) return null;
  return 0;
}

/** FNV-1a: a stable fold assignment that does not depend on corpus order. */
export function hash32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}


/** Thresholds tried for a rule: every hundredth from `minT` up to 0.98, then steps of 0.25 in
 *  log-odds from 0.99 up to about 1 − 10⁻⁷. A threshold is floored just above the highest
 *  calibration reply the model would flag; with the old steep end (…, 0.9998, 0.9999, then off) a
 *  single reply scoring 0.99991 switched a whole rule off in about one retrain in three (session 8,
 *  README 模型复核), so the end is fine enough that the floor only ever sits one step above it. */
export function thresholdGrid(minT = 0.5) {
  const grid = [];
  for (let t = minT; t < 0.985; t += 0.01) grid.push(Math.round(t * 100) / 100);
  for (let z = 4.75; z <= 16; z += 0.25) grid.push(Number((1 / (1 + Math.exp(-z))).toPrecision(9)));
  grid.push(1.01);
  return grid;
}

const logit = (p) => Math.log(p / (1 - p));

/**
 * A rule's threshold floor from the model's scores on calibration replies (real staff replies the
 * rules leave silent for that rule): the least grid value flagging at most realMax of them, and at
 * least floorMargin log-odds above the highest one it must not flag (the top one when realMax is 0). Without the margin (sessions 6–9) the floor
 * sat one grid step above the single top reply: an unseen reply only had to beat it by a hair to be
 * flagged, and a retrain that moved that one reply moved the floor several steps (session 9's end:
 * review-inducement 0.993 → 0.93). Measured in README 模型复核 (session 10): a margin of 1 log-odds
 * cut the model's wrong warnings on real replies outside the calibration by about a third, at
 * −0.001 to −0.005 recall on held-out blind rounds; a smoothed tail quantile (an exponential tail
 * fitted to the top 10–50 scores) did no better than the margin at the same recall.
 */
export function floorOf(scores, grid, { realMax = 0, floorMargin = 0, floorTail = null } = {}) {
  const base = grid.find((t) => scores.filter((p) => p >= t).length <= realMax) ?? 1.01;
  if (scores.length === 0 || (!floorMargin && !floorTail)) return base;
  // The highest score that must stay unflagged (the top one when realMax is 0).
  const sorted = [...scores].sort((a, b) => b - a);
  if (sorted.length <= realMax) return base;
  const lo = (p) => logit(Math.min(Math.max(p, 1e-12), 1 - 1e-12));
  let at = lo(sorted[realMax]) + floorMargin;
  // floorTail { k, margin } (session 17): also at least `margin` log-odds above the mean log-odds
  // of the k highest scores it must not flag, so the floor rests on the tail of the calibration
  // replies rather than on the single top one; floorMargin then only keeps that top reply itself
  // unflagged. Over five retrains of one recipe (seeds, 5% of the texts dropped) the thresholds
  // moved 0.46 log-odds (sd, mean over the rules) instead of 0.73 with the top one + 0.75 alone.
  if (floorTail) {
    const tail = sorted.slice(realMax, realMax + floorTail.k);
    at = Math.max(at, tail.reduce((a, p) => a + lo(p), 0) / tail.length + floorTail.margin);
  }
  const lifted = grid.find((t) => t < 1 && logit(t) >= at) ?? 1.01;
  return Math.max(base, lifted);
}

/** The threshold catching the most out-of-fold positives while keeping the out-of-fold false
 *  discovery rate under `maxFdr` and the flags on calibration replies at most `realMax`. A
 *  threshold catching fewer than `minSupport` out-of-fold positives is not taken (the rule's model
 *  stays off): a false discovery rate measured on a handful of texts says nothing, and a floor
 *  pushed that high leaves a model that would only ever speak on texts like its training ones. */
export function pickThreshold(oof, calibScores, grid, { realMax, maxFdr, minSupport = 0 }) {
  let best = { t: 1.01, tp: 0, fp: 0 };
  for (const t of grid) {
    let tp = 0;
    let fp = 0;
    for (const o of oof) if (o.p >= t) o.y ? tp++ : fp++;
    const realFlags = calibScores.filter((p) => p >= t).length;
    if (realFlags > realMax) continue;
    if (tp < minSupport) continue;
    if (tp + fp > 0 && fp / (tp + fp) > maxFdr) continue;
    if (tp > best.tp || (tp === best.tp && t < best.t && tp > 0)) best = { t, tp, fp, realFlags };
  }
  return best;
}

/** Runs the 7-rule scorer (exit 1 still prints a score) and parses its total and per-rule lines. */
export function runScorer(scorer, corpusPath, answersPath) {
  let text;
  try {
    text = execFileSync('python3', [scorer, corpusPath, answersPath, '--verbose'], { encoding: 'utf8' });
  } catch (e) {
    text = e.stdout;
  }
  const last = text.trim().split('\n').pop();
  const m = /recall ([\d.]+) precision ([\d.]+) clean-alarm ([\d.]+) \((\d+)\/(\d+)\)/.exec(last);
  const perRule = {};
  for (const l of text.split('\n')) {
    const r = /^\s+(\S+)\s+recall \S+ \((\d+)\/(\d+)\)\s+false alarms (\d+)/.exec(l);
    if (r) perRule[r[1]] = { tp: +r[2], n: +r[3], fp: +r[4] };
  }
  return { text, recall: +m[1], precision: +m[2], cleanAlarm: +m[3], cleanFlagged: +m[4], clean: +m[5], perRule, line: last };
}
