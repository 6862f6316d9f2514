// Generates src/lint/words-table.json: two-character words of jieba's dictionary (MIT, shipped in
// @node-rs/jieba) with their frequencies, for the word-boundary check of src/lint/words.ts
// (修改运费 holds 改运 across a word boundary; 问什么问题 holds 问什么问). A real segmenter was
// measured first: loading @node-rs/jieba and its dictionary costs ~600 ms, so only the part the
// boundary check needs is baked, and words.ts reads it lazily on the first boundary question.
// usage: node scripts/gen-words.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Rarer words change no decision the rules ask about and would only grow the table. */
export const MIN_FREQ = 30;

export function deriveWords(dictText) {
  const words = [];
  for (const line of dictText.split('\n')) {
    const [word, freq] = line.split(' ');
    if (!word || [...word].length !== 2 || word.length !== 2) continue;
    if (!/^[\u3400-\u9fff]{2}$/.test(word)) continue;
    const f = Number(freq);
    if (f >= MIN_FREQ) words.push([word, f]);
  }
  words.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // One string of words and one of frequencies: JSON.parse of two strings is fast.
  return { words: words.map((w) => w[0]).join(''), freqs: words.map((w) => w[1].toString(36)).join(',') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const require = createRequire(import.meta.url);
  const dictPath = require.resolve('@node-rs/jieba/dict.txt');
  const table = deriveWords(readFileSync(dictPath, 'utf8'));
  const out = fileURLToPath(new URL('../src/lint/words-table.json', import.meta.url));
  writeFileSync(out, JSON.stringify({ source: '@node-rs/jieba 2.0.3 dict.txt (jieba, MIT), two-character words with frequency >= 30', ...table }) + '\n');
  console.log(`wrote ${out}: ${table.words.length / 2} words`);
}
