// The learned second opinion (模型复核): one logistic regression per content rule over the 2–4
// character n-grams of the NORMALIZED text, trained from the repo's labelled corpora by
// `npm run train-model` (scripts/second-opinion/train.mjs) and committed as model.gen.ts. The
// engine asks it about a rule only when the rules found nothing for that rule in a text; it then
// reports a warning under that rule with the n-grams that drove the score.
//
// Pure (no Ink, no files: the caller hands over the bytes) and cheap on the hot path. The model
// is a small header (model.gen.ts: rules, biases, scales, thresholds, section sizes) and one binary
// file, model.bin (the lookup table, the n-grams as UTF-16 and int16 weights), read on first use
// into typed-array views — nothing to parse. n-grams are hashed as they are walked (FNV-1a over
// UTF-16 units, no substring per n-gram) and a hit is confirmed against the stored n-gram, so a
// collision never adds a weight. Refusal scopes are computed only when the positive weights
// present could reach a threshold at all.
import { insidePair, refusalScopes } from '../refusal.js';

/** The small part of the committed model (model.gen.ts). */
export interface ModelHeader {
  /** Rule ids, in the order of every per-rule array. */
  readonly rules: readonly string[];
  readonly bias: readonly number[];
  /** A weight is `scale * q` with q an int16, so a score is an exact integer sum times scale. */
  readonly scale: readonly number[];
  /** Probability at or above which the rule is reported; above 1 means the rule is off. */
  readonly threshold: readonly number[];
  /** Section sizes of model.bin: table slots, n-grams, UTF-16 units of all n-grams, and per
   *  rule the number of weights. */
  readonly slots: number;
  readonly count: number;
  readonly units: number;
  readonly weights: readonly number[];
}

/** The whole model in memory: the header plus the decoded sections of model.bin. */
export interface ModelData extends ModelHeader {
  /** Every n-gram of the model, sorted, concatenated. */
  readonly grams: string;
  /** Length of each n-gram in UTF-16 units. */
  readonly sizes: Uint8Array;
  /** Open-addressing table, a power of two long: slot (FNV-1a hash & mask, then linear probing)
   *  → n-gram index + 1, 0 = empty. Built by the trainer so that loading does no hashing. */
  readonly table: Uint16Array;
  /** Per rule, the n-gram indices it weighs and their q. */
  readonly index: readonly Uint16Array[];
  readonly q: readonly Int16Array[];
}

/** The decoded model. Offsets and the n-gram-major weights are placed on the first text that
 *  holds a model n-gram (`check 你好` usually needs neither). */
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
  /** A bit per hashed pair of UTF-16 units that starts some n-gram: most positions of a text
   *  start none, and one bit test skips their three lookups. */
  pairs?: Int32Array;
  /** The bound's view (see positiveOf): pair bits of the n-grams with a positive weight for some
   *  rule, and per n-gram that starts with such a pair its row of weights (-1: the walk never
   *  meets it). */
  positive?: { readonly pairs: Int32Array; readonly row: Int32Array; readonly q: Int32Array };
  /** The bound's n-grams packed for bulk runs (boundTableOf). */
  bound?: BoundTable;
}

// 2^18 pair slots (32 KB of bits): with 2^16, hash collisions made about a seventh of the positions
// a walk stops at (18.9% of a bulk run's positions against 15.1% that really start a model pair);
// with 2^18, 16.2%.
const PAIR_SLOTS = 1 << 18;
const pairSlot = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_SLOTS - 1);

function pairsOf(model: CompiledModel): Int32Array {
  if (model.pairs !== undefined) return model.pairs;
  const { grams, sizes } = model.data;
  const bits = new Int32Array(PAIR_SLOTS >> 5);
  for (let g = 0, at = 0; g < sizes.length; g++) {
    const slot = pairSlot(grams.charCodeAt(at), grams.charCodeAt(at + 1));
    bits[slot >> 5] |= 1 << (slot & 31);
    at += sizes[g];
  }
  return (model.pairs = bits);
}

export const MIN_N = 2;
export const MAX_N = 4;
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** model.bin, little-endian, every section 2-byte aligned: table (slots × u16), n-grams (units ×
 *  u16), sizes (count × u8, padded to even), then per rule its indices (u16) and q (i16). */
export function binaryLength(h: ModelHeader): number {
  return 2 * h.slots + 2 * h.units + (h.count + (h.count & 1)) + h.weights.reduce((n, w) => n + 4 * w, 0);
}

function u16(bytes: Uint8Array, at: number, n: number): Uint16Array {
  if (LITTLE_ENDIAN) return new Uint16Array(bytes.buffer, bytes.byteOffset + at, n);
  const v = new DataView(bytes.buffer, bytes.byteOffset);
  return Uint16Array.from({ length: n }, (_, k) => v.getUint16(at + 2 * k, true));
}

function i16(bytes: Uint8Array, at: number, n: number): Int16Array {
  if (LITTLE_ENDIAN) return new Int16Array(bytes.buffer, bytes.byteOffset + at, n);
  const v = new DataView(bytes.buffer, bytes.byteOffset);
  return Int16Array.from({ length: n }, (_, k) => v.getInt16(at + 2 * k, true));
}

/** The model from its header and model.bin's bytes (views, no copies beyond alignment). */
export function readModel(header: ModelHeader, bin: Uint8Array): ModelData {
  if (bin.length !== binaryLength(header)) throw new Error(`model.bin has ${bin.length} bytes, the header says ${binaryLength(header)}`);
  // Views need 2-byte alignment; a file read into a pooled buffer may start at an odd offset.
  const bytes = bin.byteOffset % 2 === 0 ? bin : new Uint8Array(bin);
  let at = 0;
  const table = u16(bytes, at, header.slots);
  at += 2 * header.slots;
  const grams = Buffer.from(bytes.buffer, bytes.byteOffset + at, 2 * header.units).toString('utf16le');
  at += 2 * header.units;
  const sizes = bytes.subarray(at, at + header.count);
  at += header.count + (header.count & 1);
  const index: Uint16Array[] = [];
  const q: Int16Array[] = [];
  for (const n of header.weights) {
    index.push(u16(bytes, at, n));
    q.push(i16(bytes, at + 2 * n, n));
    at += 4 * n;
  }
  return { ...header, grams, sizes, table, index, q };
}

/** The lookup table is ready as it is: compiling is a view. */
export function compileModel(data: ModelData): CompiledModel {
  return { rules: data.rules, data, table: data.table, mask: data.table.length - 1 };
}

function offsetsOf(model: CompiledModel): Int32Array {
  if (model.offsets !== undefined) return model.offsets;
  const { sizes } = model.data;
  const offsets = new Int32Array(sizes.length);
  for (let g = 0, at = 0; g < sizes.length; g++) {
    offsets[g] = at;
    at += sizes[g];
  }
  return (model.offsets = offsets);
}

/** The weights of every rule, placed n-gram-major (one pass over about 9,000 entries). */
function weightsOf(model: CompiledModel): Int16Array {
  if (model.q !== undefined) return model.q;
  const { data } = model;
  const R = data.rules.length;
  const q = new Int16Array(data.count * R);
  for (let r = 0; r < R; r++) {
    const index = data.index[r];
    const weight = data.q[r];
    for (let k = 0; k < index.length; k++) q[index[k] * R + r] = weight[k];
  }
  model.stamp = new Uint32Array(data.count);
  return (model.q = q);
}

/** The bound's view. The walk of `reachable` looks only at the positions where an n-gram with a
 *  positive weight for some rule can start (about an eighth of a text's positions, against nearly
 *  half for all n-grams). Every n-gram it meets there counts with its whole row, negative weights
 *  included: a negative weight counts wherever its n-gram stands (judge), so leaving out only the
 *  negative n-grams the walk does not visit keeps the sum an upper bound — a much tighter one. */
function positiveOf(model: CompiledModel): NonNullable<CompiledModel['positive']> {
  if (model.positive !== undefined) return model.positive;
  const { grams, sizes, index, q } = model.data;
  const R = model.rules.length;
  const positive = new Uint8Array(sizes.length);
  for (let r = 0; r < R; r++) for (let k = 0; k < index[r].length; k++) if (q[r][k] > 0) positive[index[r][k]] = 1;
  const pairs = new Int32Array(PAIR_SLOTS >> 5);
  const slotOf = new Int32Array(sizes.length);
  for (let g = 0, at = 0; g < sizes.length; g++) {
    slotOf[g] = pairSlot(grams.charCodeAt(at), grams.charCodeAt(at + 1));
    if (positive[g] === 1) pairs[slotOf[g] >> 5] |= 1 << (slotOf[g] & 31);
    at += sizes[g];
  }
  // A row for every n-gram the walk can meet (its first pair's bit is set), -1 for the others.
  const row = new Int32Array(sizes.length).fill(-1);
  let rows = 0;
  for (let g = 0; g < sizes.length; g++) if ((pairs[slotOf[g] >> 5] & (1 << (slotOf[g] & 31))) !== 0) row[g] = rows++;
  const pq = new Int32Array(rows * R);
  for (let r = 0; r < R; r++) for (let k = 0; k < index[r].length; k++) if (row[index[r][k]] >= 0) pq[row[index[r][k]] * R + r] = q[r][k];
  model.stamp ??= new Uint32Array(sizes.length);
  return (model.positive = { pairs, row, q: pq });
}

/** The tables the walks otherwise build on their first text (offsetsOf, pairsOf, positiveOf),
 *  made at build time (scripts/bake-model-tables.mjs) and written beside model.bin: a one-off
 *  `check 你好` spent ~4 ms building them in the interpreter, and a split check's worker built them
 *  again. Little-endian int32s: a header naming the model they belong to, then offsets (count),
 *  the pair bits (PAIR_SLOTS / 32), the bound's pair bits (the same), its row per n-gram (count)
 *  and its weights (rows × rules). */
const TABLES_TAG = 0x584d5432;
const TABLES_HEADER = 7;

export function bakeTables(model: CompiledModel): Uint8Array {
  const { count, units, slots } = model.data;
  const R = model.rules.length;
  const offsets = offsetsOf(model);
  const pairs = pairsOf(model);
  const positive = positiveOf(model);
  const rows = positive.q.length / R;
  const out = new Int32Array(TABLES_HEADER + 2 * count + 2 * pairs.length + positive.q.length);
  out.set([TABLES_TAG, count, units, slots, R, rows, pairs.length]);
  let at = TABLES_HEADER;
  for (const part of [offsets, pairs, positive.pairs, positive.row, positive.q]) {
    out.set(part, at);
    at += part.length;
  }
  if (!LITTLE_ENDIAN) throw new Error('bakeTables: the tables are written little-endian');
  return new Uint8Array(out.buffer);
}

/** Takes the baked tables (bakeTables' bytes) into `model`; false, leaving it to build them itself,
 *  when they are of another model or shape. */
export function useBakedTables(model: CompiledModel, bytes: Uint8Array): boolean {
  if (!LITTLE_ENDIAN || bytes.length < 4 * TABLES_HEADER || bytes.length % 4 !== 0) return false;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const all = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
  const { count, units, slots } = model.data;
  const R = model.rules.length;
  const words = PAIR_SLOTS >> 5;
  const rows = all[5];
  const expected = [TABLES_TAG, count, units, slots, R, rows, words];
  if (expected.some((v, k) => all[k] !== v) || all.length !== TABLES_HEADER + 2 * count + 2 * words + rows * R) return false;
  let at = TABLES_HEADER;
  const take = (n: number): Int32Array => all.subarray(at, (at += n));
  model.offsets = take(count);
  model.pairs = take(words);
  const pairs = take(words);
  const row = take(count);
  model.positive = { pairs, row, q: take(rows * R) };
  model.stamp ??= new Uint32Array(count);
  return true;
}

// Per rule, the bound's sum (reachable's scratch).
let upper = new Float64Array(8);

/** The bound's n-grams packed for a bulk run (see boundTableOf): per slot, 4 int32s — the first
 *  two units (a << 16 | b), the next two (0 when absent), the length plus 8 × its row of weights
 *  (0: empty slot) and the text that last counted it (the dedupe stamp) — and the rows, int16s
 *  (the model's q) rather than the int32s of positiveOf: half the bytes to keep in cache. One probe
 *  reads one 16-byte record where the table walk of gramAt read four arrays (slot, size, offset,
 *  units) and then the row and stamp arrays: 2 million n-grams met on 50,000 replies made the bound
 *  memory-bound. */
interface BoundTable {
  readonly mask: number;
  readonly keys: Int32Array;
  readonly q: Int16Array;
}

/** Texts the bound walks through gramAt before the packed table is built: a one-off check does
 *  not pay for building it. */
const BOUND_TABLE_AFTER = 64;
let boundUses = 0;

function boundTableOf(model: CompiledModel): BoundTable {
  if (model.bound !== undefined) return model.bound;
  const { row, q } = positiveOf(model);
  const offsets = offsetsOf(model);
  const { grams, sizes } = model.data;
  let rows = 0;
  for (let g = 0; g < sizes.length; g++) if (row[g] >= 0) rows++;
  let bits = 4;
  while (1 << bits < rows * 2) bits++;
  const mask = (1 << bits) - 1;
  const keys = new Int32Array(4 << bits);
  // Every row the walk can meet (positiveOf gives one to each such n-gram, in order).
  const bq = Int16Array.from(q);
  for (let g = 0; g < sizes.length; g++) {
    if (row[g] < 0) continue;
    const n = sizes[g];
    const o = offsets[g];
    let h = FNV_BASIS;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ grams.charCodeAt(o + k), FNV_PRIME);
    let slot = h & mask;
    while (keys[(slot << 2) + 2] !== 0) slot = (slot + 1) & mask;
    keys[slot << 2] = (grams.charCodeAt(o) << 16) | grams.charCodeAt(o + 1);
    keys[(slot << 2) + 1] = n === 2 ? 0 : (grams.charCodeAt(o + 2) << 16) | (n === 4 ? grams.charCodeAt(o + 3) : 0);
    keys[(slot << 2) + 2] = n | (row[g] << 3);
  }
  return (model.bound = { mask, keys, q: bq });
}

/**
 * Whether some asked rule could reach its threshold: every positive weight present counted once,
 * plus the negative weights of the n-grams met on the way (see positiveOf). Most texts fail it, and
 * then nothing else is looked at.
 */
export function reachable(model: CompiledModel, text: string, asked: readonly boolean[]): boolean {
  const R = model.rules.length;
  if (upper.length < R) upper = new Float64Array(R);
  upper.fill(0, 0, R);
  if (++boundUses > BOUND_TABLE_AFTER) packedBound(model, text);
  else walkedBound(model, text);
  const { bias, scale, threshold } = model.data;
  for (let r = 0; r < R; r++) {
    if (asked[r] && threshold[r] <= 1 && sigmoid(bias[r] + upper[r] * scale[r]) >= threshold[r]) return true;
  }
  return false;
}

/** The bound's per-rule sums of `text`, through the model's table (`packed` false, as the first
 *  texts of a run) or the packed one (tests check they agree). */
export function boundSums(model: CompiledModel, text: string, packed: boolean): number[] {
  const R = model.rules.length;
  if (upper.length < R) upper = new Float64Array(R);
  upper.fill(0, 0, R);
  if (packed) packedBound(model, text);
  else walkedBound(model, text);
  return Array.from(upper.subarray(0, R));
}

/** The bound's sums into `upper`, through the model's own table (gramAt). */
function walkedBound(model: CompiledModel, text: string): void {
  const { pairs, row, q } = positiveOf(model);
  const stamp = model.stamp!;
  const R = model.rules.length;
  const s = nextStamp(model);
  const last = text.length - MIN_N;
  let c1 = text.charCodeAt(0);
  for (let i = 0; i <= last; i++) {
    const c0 = c1;
    c1 = text.charCodeAt(i + 1);
    const slot = pairSlot(c0, c1);
    if ((pairs[slot >> 5] & (1 << (slot & 31))) === 0) continue;
    let h = Math.imul(FNV_BASIS ^ c0, FNV_PRIME);
    for (let n = 2; n <= MAX_N && i + n <= text.length; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME);
      const g = gramAt(model, text, i, n, h);
      if (g < 0) continue;
      const at = row[g];
      if (at >= 0 && stamp[g] !== s) {
        stamp[g] = s;
        for (let r = 0; r < R; r++) upper[r] += q[at * R + r];
      }
    }
  }
}

/** The same sums through the packed table (boundTableOf): the same n-grams met, each counted once. */
function packedBound(model: CompiledModel, text: string): void {
  const { pairs } = positiveOf(model);
  const { mask, keys, q } = boundTableOf(model);
  const R = model.rules.length;
  // Its own stamps, kept in the records: a text's stamp is the same counter judge's walk uses.
  const s = nextStamp(model) | 0;
  const n = text.length;
  const last = n - MIN_N;
  let c1 = text.charCodeAt(0);
  for (let i = 0; i <= last; i++) {
    const c0 = c1;
    c1 = text.charCodeAt(i + 1);
    const ps = pairSlot(c0, c1);
    if ((pairs[ps >> 5] & (1 << (ps & 31))) === 0) continue;
    const k01 = (c0 << 16) | c1;
    let h = Math.imul(Math.imul(FNV_BASIS ^ c0, FNV_PRIME) ^ c1, FNV_PRIME);
    let k23 = 0;
    for (let len = 2; len <= MAX_N; len++) {
      if (len > 2) {
        if (i + len > n) break;
        const c = text.charCodeAt(i + len - 1);
        h = Math.imul(h ^ c, FNV_PRIME);
        k23 = len === 3 ? c << 16 : k23 | c;
      }
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const at = slot << 2;
        const size = keys[at + 2];
        if (size === 0) break;
        if ((size & 7) !== len || keys[at] !== k01 || keys[at + 1] !== k23) continue;
        if (keys[at + 3] !== s) {
          keys[at + 3] = s;
          for (let r = 0, w = (size >> 3) * R; r < R; r++) upper[r] += q[w + r];
        }
        break;
      }
    }
  }
}

/** The model n-gram of length `n` at `text[i]` whose FNV-1a hash is `h`, or -1: one probe of the
 *  open-addressing table, shared by the bound (reachable) and the full walk (collectHits). */
function gramAt(model: CompiledModel, text: string, i: number, n: number, h: number): number {
  const { table, mask } = model;
  const { grams, sizes } = model.data;
  for (let slot = h & mask, e = table[slot]; e !== 0; slot = (slot + 1) & mask, e = table[slot]) {
    const g = e - 1;
    if (sizes[g] !== n) continue;
    const o = offsetsOf(model)[g];
    let same = true;
    for (let k = 0; k < n && same; k++) same = grams.charCodeAt(o + k) === text.charCodeAt(i + k);
    if (same) return g;
  }
  return -1;
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
    const keys = model.bound?.keys;
    if (keys !== undefined) for (let at = 3; at < keys.length; at += 4) keys[at] = 0;
    stampNow = 1;
  }
  return stampNow;
}

/** Collects every occurrence of a model n-gram in `text`; returns how many. */
function collectHits(model: CompiledModel, text: string): number {
  const pairs = pairsOf(model);
  let hits = 0;
  const last = text.length - MIN_N;
  for (let i = 0; i <= last; i++) {
    const c0 = text.charCodeAt(i);
    const slot = pairSlot(c0, text.charCodeAt(i + 1));
    if ((pairs[slot >> 5] & (1 << (slot & 31))) === 0) continue;
    let h = Math.imul(FNV_BASIS ^ c0, FNV_PRIME);
    for (let n = 2; n <= MAX_N && i + n <= text.length; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME);
      const g = gramAt(model, text, i, n, h);
      if (g < 0) continue;
      if (hits === hitGram.length) grow();
      hitGram[hits] = g;
      hitStart[hits] = i;
      hitLen[hits] = n;
      hits++;
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
 *
 * A refusal scope (我们不做好评返现) hides the act the shop refuses, so an n-gram that occurs only
 * inside scopes never counts FOR a violation; it still counts against one (a negative weight is
 * evidence of an ordinary reply wherever it stands). A score is therefore at most the score of
 * every n-gram present, and `scopes` (default: the text's refusal scopes) is computed only for a
 * text whose every-n-gram score reaches a threshold — a few in a thousand ordinary replies, where
 * counting only positive weights let a fifth of them through to the scope analysis.
 */
export function judge(model: CompiledModel, text: string, asked: readonly boolean[], scopes?: readonly number[]): ModelVerdict[] {
  const R = model.rules.length;
  const { bias, scale, threshold } = model.data;
  if (!reachable(model, text, asked)) return NONE;
  const hits = collectHits(model, text);
  if (hits === 0) return NONE;
  const q = weightsOf(model);
  const stamp = model.stamp!;
  // The distinct n-grams present, and the score of all of them (no scope hides anything).
  let distinct = 0;
  const s0 = nextStamp(model);
  for (let k = 0; k < hits; k++) {
    const g = hitGram[k];
    if (stamp[g] === s0) continue;
    stamp[g] = s0;
    uniq[distinct++] = g;
  }
  let any = false;
  for (let r = 0; r < R; r++) {
    candidate[r] = false;
    if (!asked[r] || threshold[r] > 1) continue;
    let z = 0;
    for (let k = 0; k < distinct; k++) z += q[uniq[k] * R + r];
    if (sigmoid(bias[r] + z * scale[r]) >= threshold[r]) any = candidate[r] = true;
  }
  if (!any) return NONE;
  const sc = scopes ?? refusalScopes(text);
  // Distinct n-grams with an occurrence outside every scope, in first-occurrence order: only
  // these can carry a positive weight.
  const kept: number[] = [];
  const s = nextStamp(model);
  for (let k = 0; k < hits; k++) {
    const g = hitGram[k];
    if (stamp[g] === s) continue;
    if (sc.length > 0 && insidePair(sc, hitStart[k], hitStart[k] + hitLen[k])) continue;
    stamp[g] = s;
    kept.push(k);
  }
  const out: ModelVerdict[] = [];
  for (let r = 0; r < R; r++) {
    if (!candidate[r]) continue;
    let z = 0;
    for (let k = 0; k < distinct; k++) {
      const w = q[uniq[k] * R + r];
      if (w < 0 || (w > 0 && stamp[uniq[k]] === s)) z += w;
    }
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
// Per rule, whether its every-n-gram score reached the threshold (judge's scratch).
const candidate: boolean[] = [];

/** Every rule's probability on `text` with the given scopes (no early exit): what the trainer
 *  calibrates thresholds with, so the shipped scorer is the calibrated one. A positive weight
 *  counts when its n-gram occurs outside every scope, a negative one wherever it occurs. */
export function probabilities(model: CompiledModel, text: string, scopes: readonly number[]): number[] {
  const R = model.rules.length;
  const hits = collectHits(model, text);
  const q = weightsOf(model);
  const stamp = model.stamp!;
  const s = nextStamp(model);
  // stamp s: counted outside a scope; sIn: seen only inside scopes so far.
  const sIn = nextStamp(model);
  const inside: number[] = [];
  const z = new Array<number>(R).fill(0);
  for (let k = 0; k < hits; k++) {
    const g = hitGram[k];
    if (stamp[g] === s) continue;
    if (scopes.length > 0 && insidePair(scopes, hitStart[k], hitStart[k] + hitLen[k])) {
      if (stamp[g] !== sIn) {
        stamp[g] = sIn;
        inside.push(g);
      }
      continue;
    }
    stamp[g] = s;
    for (let r = 0; r < R; r++) z[r] += q[g * R + r];
  }
  for (const g of inside) {
    if (stamp[g] === s) continue;
    for (let r = 0; r < R; r++) if (q[g * R + r] < 0) z[r] += q[g * R + r];
  }
  return z.map((zr, r) => sigmoid(model.data.bias[r] + zr * model.data.scale[r]));
}

/**
 * The committed form of fitted per-rule models (what the trainer writes): the n-grams of every
 * rule once, sorted; each weight as an int16 times the rule's scale (its largest |weight| / 32767);
 * the lookup table at most half full.
 */
export function encodeModel(
  rules: readonly string[],
  fitted: readonly { readonly bias: number; readonly weights: ReadonlyMap<string, number> }[],
  threshold: readonly number[],
): ModelData {
  const grams = [...new Set(fitted.flatMap((f) => [...f.weights.keys()]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const g of grams) if (g.length < MIN_N || g.length > MAX_N) throw new Error(`n-gram of length ${g.length}: ${JSON.stringify(g)}`);
  if (grams.length >= 0x7fff) throw new Error(`${grams.length} n-grams do not fit the table`);
  const position = new Map(grams.map((g, i) => [g, i]));
  const scale: number[] = [];
  const index: Uint16Array[] = [];
  const q: Int16Array[] = [];
  for (const f of fitted) {
    let max = 0;
    for (const w of f.weights.values()) max = Math.max(max, Math.abs(w));
    const s = max > 0 ? max / 32767 : 0;
    const pairs = [...f.weights]
      .map(([g, w]): [number, number] => [position.get(g)!, s > 0 ? Math.round(w / s) : 0])
      .filter(([, v]) => v !== 0)
      .sort((a, b) => a[0] - b[0]);
    scale.push(s);
    index.push(Uint16Array.from(pairs, ([g]) => g));
    q.push(Int16Array.from(pairs, ([, v]) => v));
  }
  let slots = 2;
  while (slots < grams.length * 2) slots <<= 1;
  const table = new Uint16Array(slots);
  grams.forEach((g, i) => {
    let slot = hashOf(g) & (slots - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (slots - 1);
    table[slot] = i + 1;
  });
  const joined = grams.join('');
  return {
    rules: [...rules],
    bias: fitted.map((f) => f.bias),
    scale,
    threshold: [...threshold],
    slots,
    count: grams.length,
    units: joined.length,
    weights: index.map((x) => x.length),
    grams: joined,
    sizes: Uint8Array.from(grams, (g) => g.length),
    table,
    index,
    q,
  };
}

/** model.bin's bytes for a model (little-endian whatever the machine). */
export function modelBinary(data: ModelData): Uint8Array {
  const out = new Uint8Array(binaryLength(data));
  const v = new DataView(out.buffer);
  let at = 0;
  for (const x of data.table) (v.setUint16(at, x, true), (at += 2));
  for (let i = 0; i < data.grams.length; i++) (v.setUint16(at, data.grams.charCodeAt(i), true), (at += 2));
  out.set(data.sizes, at);
  at += data.count + (data.count & 1);
  data.index.forEach((index, r) => {
    for (const x of index) (v.setUint16(at, x, true), (at += 2));
    for (const x of data.q[r]) (v.setInt16(at, x, true), (at += 2));
  });
  return out;
}

/** The header of a model, as model.gen.ts holds it. */
export function modelHeader(data: ModelData): ModelHeader {
  const { rules, bias, scale, threshold, slots, count, units, weights } = data;
  return { rules, bias, scale, threshold, slots, count, units, weights };
}
