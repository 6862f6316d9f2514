// Word boundaries: whether a list word in a text is a word of its own or straddles a boundary
// with its neighbours (修改运费 holds 改运, 问什么问题 holds 问什么问, 打开光盘 holds 开光). A full
// segmenter (@node-rs/jieba) loads in ~600 ms, so rules ask only around a candidate match, and
// the answer comes from jieba's two-character words and frequencies (words-table.json, baked by
// scripts/gen-words.mjs), read from disk the first time a rule asks — `check 你好` never does.
import { readFileSync } from 'node:fs';

interface Table {
  readonly words: string;
  /** Base-36 frequencies, parsed only for the words looked up: parsing all 40,000 at load was
   *  most of what the first lookup cost a bulk check. */
  readonly freqs: string[];
}

let table: Table | undefined;

function load(): Table {
  const raw = JSON.parse(readFileSync(new URL('./words-table.json', import.meta.url), 'utf8')) as { words: string; freqs: string };
  return { words: raw.words, freqs: raw.freqs.split(',') };
}

/** jieba's frequency of a two-character word, 0 when it is not a (common) word. */
export function wordFreq(pair: string): number {
  if (pair.length !== 2) return 0;
  table ??= load();
  const { words, freqs } = table;
  // Compared by UTF-16 units in place (the table is sorted by them): no string per probe.
  const a = pair.charCodeAt(0);
  const b = pair.charCodeAt(1);
  let lo = 0;
  let hi = freqs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = words.charCodeAt(mid * 2) - a || words.charCodeAt(mid * 2 + 1) - b;
    if (c === 0) return parseInt(freqs[mid], 36);
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** How much likelier the neighbour's word must be than the match's own first/last two characters. */
const MARGIN = 2;

/**
 * Whether [start, end) of `text` (2+ characters) crosses a word boundary: its first character
 * forms a clearly more frequent word with the character before it (修|改运), or its last
 * character with the character after it (问什么问|题). Rules ask this about list words only —
 * a phrase such as 最低价格 legitimately runs into the next word.
 */
export function crossesWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  if (start > 0) {
    const left = wordFreq(text.slice(start - 1, start + 1));
    if (left > 0 && left > MARGIN * wordFreq(text.slice(start, start + 2))) return true;
  }
  if (end < text.length) {
    const right = wordFreq(text.slice(end - 1, end + 1));
    if (right > 0 && right > MARGIN * wordFreq(text.slice(end - 2, end))) return true;
  }
  return false;
}

/** A CJK ideograph (the only characters jieba's two-character words are made of). */
function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** A neighbour word this frequent is an everyday word (说明, 经过, 预防): one alone that takes a
 *  character of a list word is enough to say the list word is not there. */
const COMMON_WORD = 1000;

/**
 * Whether a two-character list word at [start, end) of `text` is not a word there — a stricter
 * test than crossesWord, for list words that are slang or rare in jieba's dictionary (纯原, 神效,
 * 特供 are absent or rare, so any neighbour word would outweigh them: 纯原版本, 有神效): both of its
 * characters belong to words with their neighbours (说明|目前 holds 明目, 抽空|前往 holds 空前),
 * or one belongs to an everyday word that clearly outweighs it (经过|验货 holds 过验). Only two Han
 * characters are asked: longer list words and those with a Latin letter or digit (f水, a货)
 * carry their own context.
 */
export function listWordCrosses(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !isHan(text.charCodeAt(start)) || !isHan(text.charCodeAt(start + 1))) return false;
  const left = start > 0 ? wordFreq(text.slice(start - 1, start + 1)) : 0;
  const right = end < text.length ? wordFreq(text.slice(end - 1, end + 1)) : 0;
  if (left === 0 && right === 0) return false;
  // Two neighbour words beat one list word between single characters, as in jieba's own path
  // choice: a word's probability is its frequency over ~60 million, so one more word costs far more.
  if (left > 0 && right > 0) return true;
  const own = wordFreq(text.slice(start, end));
  return Math.max(left, right) >= COMMON_WORD && Math.max(left, right) > MARGIN * own;
}
