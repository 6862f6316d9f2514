// The learned second opinion (模型复核): one logistic regression per content rule over the 2–4
// character n-grams of the NORMALIZED text, trained from the repo's labelled corpora by
// `npm run train-model` (scripts/second-opinion/train.mjs) and committed as model.gen.ts. The
// engine asks it about a rule only when the rules found nothing for that rule in a text; it then
// reports a warning under that rule with the n-grams that drove the score.
//
// Pure (no Ink, no files) and cheap on the hot path: the weights are one string and one base64
// block per rule, decoded on first use into typed arrays; n-grams are hashed as they are walked
// (FNV-1a over UTF-16 units, no substring per n-gram) and a hash hit is confirmed against the
// stored n-gram, so a collision never adds a weight. Refusal scopes are computed only when the
// positive weights present could reach a threshold at all.
import { refusalScopes } from '../refusal.js';

/** The committed model, as model.gen.ts holds it (written by the trainer, checked by tests). */
export interface ModelData {
  /** Rule ids, in the order of every per-rule array below. */
  readonly rules: readonly string[];
  readonly bias: readonly number[];
  /** A weight is `scale * q` with q an int16, so a score is an exact integer sum times scale. */
  readonly scale: readonly number[];
  /** Probability at or above which the rule is reported; above 1 means the rule is off. */
  readonly threshold: readonly number[];
  /** Every n-gram of the model, sorted, concatenated. */
  readonly grams: string;
  /** One digit per n-gram: its length in UTF-16 units. */
  readonly sizes: string;
  /** Per rule, base64 of little-endian (uint16 n-gram index, int16 q) pairs. */
  readonly weights: readonly string[];
}

export interface CompiledModel {
  readonly rules: readonly string[];
  readonly data: ModelData;
  /** Open-addressing table: slot → n-gram index + 1 (0 = empty). */
  readonly table: Int32Array;
  readonly mask: number;
  readonly hashes: Int32Array;
  readonly offsets: Int32Array;
  readonly lengths: Uint8Array;
  /** q of n-gram g for rule r at g * rules.length + r (0 when the rule does not use it). */
  readonly q: Int16Array;
  /** Per n-gram, the last text it was counted in (dedupes n-grams within a text). */
  readonly stamp: Uint32Array;
}

export const MIN_N = 2;
export const MAX_N = 4;
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Decodes the committed form into lookup tables (about 1 ms for ~9,000 n-grams). */
export function compileModel(data: ModelData): CompiledModel {
  const count = data.sizes.length;
  const offsets = new Int32Array(count);
  const lengths = new Uint8Array(count);
  const hashes = new Int32Array(count);
  let size = 1;
  while (size < count * 2) size <<= 1;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (let g = 0, at = 0; g < count; g++) {
    const n = data.sizes.charCodeAt(g) - 48;
    offsets[g] = at;
    lengths[g] = n;
    let h = FNV_BASIS;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ data.grams.charCodeAt(at + k), FNV_PRIME);
    hashes[g] = h;
    let slot = h & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = g + 1;
    at += n;
  }
  const R = data.rules.length;
  const q = new Int16Array(count * R);
  for (let r = 0; r < R; r++) {
    const bytes = Buffer.from(data.weights[r], 'base64');
    for (let k = 0; k + 4 <= bytes.length; k += 4) q[bytes.readUInt16LE(k) * R + r] = bytes.readInt16LE(k + 2);
  }
  return { rules: data.rules, data, table, mask, hashes, offsets, lengths, q, stamp: new Uint32Array(count) };
}

// Scratch of one text's n-gram hits (index, start, length), reused across texts.
let hitGram = new Int32Array(256);
let hitStart = new Int32Array(256);
let hitLen = new Uint8Array(256);
let uniq = new Int32Array(256);
let stampNow = 0;

function nextStamp(model: CompiledModel): number {
  stampNow = (stampNow + 1) >>> 0;
  if (stampNow === 0) {
    model.stamp.fill(0);
    stampNow = 1;
  }
  return stampNow;
}

/** Collects every occurrence of a model n-gram in `text`; returns how many. */
function collectHits(model: CompiledModel, text: string): number {
  const { table, mask, hashes, offsets, lengths } = model;
  const grams = model.data.grams;
  let hits = 0;
  const last = text.length - MIN_N;
  for (let i = 0; i <= last; i++) {
    let h = Math.imul(FNV_BASIS ^ text.charCodeAt(i), FNV_PRIME);
    for (let n = 2; n <= MAX_N && i + n <= text.length; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME);
      for (let slot = h & mask, e = table[slot]; e !== 0; slot = (slot + 1) & mask, e = table[slot]) {
        const g = e - 1;
        if (hashes[g] !== h || lengths[g] !== n) continue;
        const o = offsets[g];
        let same = true;
        for (let k = 0; k < n && same; k++) same = grams.charCodeAt(o + k) === text.charCodeAt(i + k);
        if (!same) continue;
        if (hits === hitGram.length) grow();
        hitGram[hits] = g;
        hitStart[hits] = i;
        hitLen[hits] = n;
        hits++;
        break;
      }
    }
  }
  return hits;
}

function grow(): void {
  const size = hitGram.length * 2;
  const g = new Int32Array(size);
  g.set(hitGram);
  hitGram = g;
  const s = new Int32Array(size);
  s.set(hitStart);
  hitStart = s;
  const l = new Uint8Array(size);
  l.set(hitLen);
  hitLen = l;
  uniq = new Int32Array(size);
}

/** Whether [start, end) lies wholly inside one [from, to) pair of the refusal scopes: training
 *  left those n-grams out (我们不做好评返现 refuses the act), so scoring does too. */
function inScopes(scopes: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k < scopes.length; k += 2) if (start >= scopes[k] && end <= scopes[k + 1]) return true;
  return false;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** A rule the model would report, with what drove it (normalized-text spans, strongest first). */
export interface ModelVerdict {
  readonly rule: number;
  readonly p: number;
  /** [start, end) pairs in the normalized text of the up to three n-grams with the largest
   *  positive weights present (each at its first occurrence outside a refusal scope). */
  readonly drivers: number[];
}

/** How many driving n-grams a finding names. */
export const DRIVERS = 3;

/**
 * The rules (indices into model.rules) whose probability on the normalized `text` reaches its
 * threshold. `asked[r]` false skips a rule (the rules already found it, or it is off).
 * `scopes` defaults to the text's refusal scopes, computed only when some rule could reach its
 * threshold with every positive weight present.
 */
export function judge(model: CompiledModel, text: string, asked: readonly boolean[], scopes?: readonly number[]): ModelVerdict[] {
  const R = model.rules.length;
  const { q, stamp } = model;
  const { bias, scale, threshold } = model.data;
  const hits = collectHits(model, text);
  if (hits === 0) return NONE;
  // Upper bound first: the distinct n-grams present, positive weights only. Most texts stop here.
  let distinct = 0;
  const s0 = nextStamp(model);
  for (let k = 0; k < hits; k++) {
    const g = hitGram[k];
    if (stamp[g] === s0) continue;
    stamp[g] = s0;
    uniq[distinct++] = g;
  }
  let any = false;
  for (let r = 0; r < R && !any; r++) {
    if (!asked[r] || threshold[r] > 1) continue;
    let up = 0;
    for (let k = 0; k < distinct; k++) {
      const w = q[uniq[k] * R + r];
      if (w > 0) up += w;
    }
    if (sigmoid(bias[r] + up * scale[r]) >= threshold[r]) any = true;
  }
  if (!any) return NONE;
  const sc = scopes ?? refusalScopes(text);
  // Distinct n-grams with an occurrence outside every scope, in first-occurrence order.
  const kept: number[] = [];
  const s = nextStamp(model);
  for (let k = 0; k < hits; k++) {
    const g = hitGram[k];
    if (stamp[g] === s) continue;
    if (sc.length > 0 && inScopes(sc, hitStart[k], hitStart[k] + hitLen[k])) continue;
    stamp[g] = s;
    kept.push(k);
  }
  const out: ModelVerdict[] = [];
  for (let r = 0; r < R; r++) {
    if (!asked[r] || threshold[r] > 1) continue;
    let z = 0;
    for (const k of kept) z += q[hitGram[k] * R + r];
    const p = sigmoid(bias[r] + z * scale[r]);
    if (p < threshold[r]) continue;
    // Strongest positive n-grams; ties go to the n-gram that sorts first (the trainer's order).
    const top = kept
      .filter((k) => q[hitGram[k] * R + r] > 0)
      .sort((a, b) => q[hitGram[b] * R + r] - q[hitGram[a] * R + r] || hitGram[a] - hitGram[b])
      .slice(0, DRIVERS);
    const drivers: number[] = [];
    for (const k of top) drivers.push(hitStart[k], hitStart[k] + hitLen[k]);
    out.push({ rule: r, p, drivers });
  }
  return out;
}

const NONE: ModelVerdict[] = [];

/** Every rule's probability on `text` with the given scopes (no early exit): what the trainer
 *  calibrates thresholds with, so the shipped scorer is the calibrated one. */
export function probabilities(model: CompiledModel, text: string, scopes: readonly number[]): number[] {
  const R = model.rules.length;
  const hits = collectHits(model, text);
  const s = nextStamp(model);
  const z = new Array<number>(R).fill(0);
  for (let k = 0; k < hits; k++) {
    const g = hitGram[k];
    if (model.stamp[g] === s) continue;
    if (scopes.length > 0 && inScopes(scopes, hitStart[k], hitStart[k] + hitLen[k])) continue;
    model.stamp[g] = s;
    for (let r = 0; r < R; r++) z[r] += model.q[g * R + r];
  }
  return z.map((zr, r) => sigmoid(model.data.bias[r] + zr * model.data.scale[r]));
}

/**
 * The committed form of fitted per-rule models (what the trainer writes): the n-grams of every
 * rule once, sorted; each weight as an int16 times the rule's scale (its largest |weight| / 32767).
 */
export function encodeModel(
  rules: readonly string[],
  fitted: readonly { readonly bias: number; readonly weights: ReadonlyMap<string, number> }[],
  threshold: readonly number[],
): ModelData {
  const grams = [...new Set(fitted.flatMap((f) => [...f.weights.keys()]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const g of grams) if (g.length < MIN_N || g.length > MAX_N) throw new Error(`n-gram of length ${g.length}: ${JSON.stringify(g)}`);
  if (grams.length > 0xffff) throw new Error(`${grams.length} n-grams do not fit a uint16 index`);
  const index = new Map(grams.map((g, i) => [g, i]));
  const scale: number[] = [];
  const weights: string[] = [];
  for (const f of fitted) {
    let max = 0;
    for (const w of f.weights.values()) max = Math.max(max, Math.abs(w));
    const s = max > 0 ? max / 32767 : 0;
    const pairs = [...f.weights]
      .map(([g, w]): [number, number] => [index.get(g)!, s > 0 ? Math.round(w / s) : 0])
      .filter(([, q]) => q !== 0)
      .sort((a, b) => a[0] - b[0]);
    const buf = Buffer.alloc(pairs.length * 4);
    pairs.forEach(([g, q], k) => {
      buf.writeUInt16LE(g, k * 4);
      buf.writeInt16LE(q, k * 4 + 2);
    });
    scale.push(s);
    weights.push(buf.toString('base64'));
  }
  return {
    rules: [...rules],
    bias: fitted.map((f) => f.bias),
    scale,
    threshold: [...threshold],
    grams: grams.join(''),
    sizes: grams.map((g) => String(g.length)).join(''),
    weights,
  };
}
