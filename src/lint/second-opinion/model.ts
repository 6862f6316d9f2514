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
  /** Base64 of the open-addressing table (uint16 little-endian, a power of two long): slot
   *  (FNV-1a hash & mask, then linear probing) → n-gram index + 1, 0 = empty. Built by the
   *  trainer so that loading does no hashing. */
  readonly table: string;
  /** Per rule, base64 of n uint16 n-gram indices followed by their n int16 q (little-endian). */
  readonly weights: readonly string[];
}

/** The decoded model. Only the table is decoded up front; the rest on the first text that holds
 *  a model n-gram (`check 你好` usually needs none of it). */
export interface CompiledModel {
  readonly rules: readonly string[];
  readonly data: ModelData;
  readonly table: Uint16Array;
  readonly mask: number;
  /** Where n-gram g starts in data.grams. */
  offsets?: Int32Array;
  /** q of n-gram g for rule r at g * rules.length + r (0 when the rule does not use it). */
  q?: Int16Array;
  /** Per n-gram, the last text it was counted in (dedupes n-grams within a text). */
  stamp?: Uint32Array;
}

export const MIN_N = 2;
export const MAX_N = 4;
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** base64 → bytes in a fresh, aligned buffer (Buffer.from may hand out a slice of its pool). */
function bytesOf(base64: string): Uint8Array {
  const b = Buffer.from(base64, 'base64');
  const out = new Uint8Array(b.length);
  out.set(b);
  return out;
}

function u16(bytes: Uint8Array, at: number, n: number): Uint16Array {
  if (LITTLE_ENDIAN) return new Uint16Array(bytes.buffer, at, n);
  const v = new DataView(bytes.buffer);
  return Uint16Array.from({ length: n }, (_, k) => v.getUint16(at + 2 * k, true));
}

function i16(bytes: Uint8Array, at: number, n: number): Int16Array {
  if (LITTLE_ENDIAN) return new Int16Array(bytes.buffer, at, n);
  const v = new DataView(bytes.buffer);
  return Int16Array.from({ length: n }, (_, k) => v.getInt16(at + 2 * k, true));
}

/** Decodes the committed form's lookup table (a view over the decoded bytes: no per-entry work). */
export function compileModel(data: ModelData): CompiledModel {
  const tableBytes = bytesOf(data.table);
  const table = u16(tableBytes, 0, tableBytes.length >> 1);
  return { rules: data.rules, data, table, mask: table.length - 1 };
}

function offsetsOf(model: CompiledModel): Int32Array {
  if (model.offsets !== undefined) return model.offsets;
  const { sizes } = model.data;
  const offsets = new Int32Array(sizes.length);
  for (let g = 0, at = 0; g < sizes.length; g++) {
    offsets[g] = at;
    at += sizes.charCodeAt(g) - 48;
  }
  return (model.offsets = offsets);
}

/** The weights of every rule, placed n-gram-major (one pass over about 9,000 entries). */
function weightsOf(model: CompiledModel): Int16Array {
  if (model.q !== undefined) return model.q;
  const { data } = model;
  const R = data.rules.length;
  const q = new Int16Array(data.sizes.length * R);
  for (let r = 0; r < R; r++) {
    const bytes = bytesOf(data.weights[r]);
    const n = bytes.length >> 2;
    const index = u16(bytes, 0, n);
    const weight = i16(bytes, 2 * n, n);
    for (let k = 0; k < n; k++) q[index[k] * R + r] = weight[k];
  }
  model.stamp = new Uint32Array(data.sizes.length);
  return (model.q = q);
}

/** FNV-1a over the UTF-16 units of `s` (the hash the table is built and probed with). */
function hashOf(s: string): number {
  let h = FNV_BASIS;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
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
    model.stamp!.fill(0);
    stampNow = 1;
  }
  return stampNow;
}

/** Collects every occurrence of a model n-gram in `text`; returns how many. */
function collectHits(model: CompiledModel, text: string): number {
  const { table, mask } = model;
  const { grams, sizes } = model.data;
  let offsets = model.offsets;
  let hits = 0;
  const last = text.length - MIN_N;
  for (let i = 0; i <= last; i++) {
    let h = Math.imul(FNV_BASIS ^ text.charCodeAt(i), FNV_PRIME);
    for (let n = 2; n <= MAX_N && i + n <= text.length; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME);
      for (let slot = h & mask, e = table[slot]; e !== 0; slot = (slot + 1) & mask, e = table[slot]) {
        const g = e - 1;
        if (sizes.charCodeAt(g) - 48 !== n) continue;
        offsets ??= offsetsOf(model);
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
  const { bias, scale, threshold } = model.data;
  const hits = collectHits(model, text);
  if (hits === 0) return NONE;
  const q = weightsOf(model);
  const stamp = model.stamp!;
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
  const q = weightsOf(model);
  const stamp = model.stamp!;
  const s = nextStamp(model);
  const z = new Array<number>(R).fill(0);
  for (let k = 0; k < hits; k++) {
    const g = hitGram[k];
    if (stamp[g] === s) continue;
    if (scopes.length > 0 && inScopes(scopes, hitStart[k], hitStart[k] + hitLen[k])) continue;
    stamp[g] = s;
    for (let r = 0; r < R; r++) z[r] += q[g * R + r];
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
  if (grams.length >= 0x7fff) throw new Error(`${grams.length} n-grams do not fit a uint16 index`);
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
      buf.writeUInt16LE(g, k * 2);
      buf.writeInt16LE(q, pairs.length * 2 + k * 2);
    });
    scale.push(s);
    weights.push(buf.toString('base64'));
  }
  // The lookup table, at most about half full: slot = hash & mask, then the next free slot.
  let size = 2;
  while (size < grams.length * 2) size <<= 1;
  const table = Buffer.alloc(size * 2);
  grams.forEach((g, i) => {
    let slot = hashOf(g) & (size - 1);
    while (table.readUInt16LE(slot * 2) !== 0) slot = (slot + 1) & (size - 1);
    table.writeUInt16LE(i + 1, slot * 2);
  });
  return {
    rules: [...rules],
    bias: fitted.map((f) => f.bias),
    scale,
    threshold: [...threshold],
    grams: grams.join(''),
    sizes: grams.map((g) => String(g.length)).join(''),
    table: table.toString('base64'),
    weights,
  };
}
