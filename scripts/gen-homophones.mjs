// Generates src/lint/homophones.ts: the Han characters that sound like the syllables sellers use
// to spell banned names (微信 → wei + xin, QQ → kou kou, 淘宝 → tao + bao), from pinyin-pro, so the
// normalizer catches any spelling that sounds like them (徽信, 威芯, 卫星, 寇寇, 陶宝) instead of a
// hand list of variants. Looking pinyin up at run time would load pinyin-pro's dictionaries
// (~150 ms), so the character sets are baked; test/lint/homophones.test.ts re-derives them.
// usage: node scripts/gen-homophones.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { parse } from 'yaml';

/** Syllables (toneless) of each sound, and characters left out: function words and suffixes
 *  (为, 未, 位, 性, 型, 行) that stand next to 信/新 in ordinary phrases after 加 (加为信任的…), and
 *  everyday characters (味, 围, 尾, 委 …) no seller disguises 微 with: each one in the first-character
 *  table sends ordinary texts through the normalizer's variant pass. */
export const SOUNDS = {
  wei: { syllables: ['wei'], exclude: '为未位味围尾委唯惟违胃喂伪谓慰畏' },
  xin: { syllables: ['xin', 'xing'], exclude: '行性型形' },
  kou: { syllables: ['kou'], exclude: '口' },
  tao: { syllables: ['tao'], exclude: '套讨逃' },
  bao: { syllables: ['bao'], exclude: '' },
};

export function deriveSounds() {
  const out = {};
  for (const [name, { syllables, exclude }] of Object.entries(SOUNDS)) {
    let chars = '';
    for (let cp = 0x4e00; cp <= 0x9fa5; cp++) {
      const ch = String.fromCodePoint(cp);
      if (exclude.includes(ch)) continue;
      const readings = pinyin(ch, { toneType: 'none', type: 'array', multiple: true });
      if (readings.some((r) => syllables.includes(r))) chars += ch;
    }
    out[name] = chars;
  }
  return out;
}

/** Every toneless reading of each Han character (U+4E00–U+9FA5), computed once. */
let readingsCache;
function readingsOf(ch) {
  if (!readingsCache) {
    readingsCache = new Map();
    for (let cp = 0x4e00; cp <= 0x9fa5; cp++) {
      const c = String.fromCodePoint(cp);
      readingsCache.set(c, pinyin(c, { toneType: 'none', type: 'array', multiple: true }));
    }
  }
  return readingsCache.get(ch) ?? [];
}

/** The names of src/lint/lexicon/names/offsite-names.yaml (platforms and contact apps). */
export function loadSoundNames() {
  const file = fileURLToPath(new URL('../src/lint/lexicon/names/offsite-names.yaml', import.meta.url));
  const doc = parse(readFileSync(file, 'utf8'));
  for (const n of doc.names) {
    if (!n.name || !['platform', 'contact'].includes(n.kind) || !(n.source in doc.sources)) throw new Error(`${file}: bad entry ${JSON.stringify(n)}`);
  }
  return doc.names;
}

/**
 * Sound-alikes of every name: its syllables (from pinyin-pro, in the name's context), the Han
 * characters that can be read as each syllable, and the real words of jieba's dictionary that
 * sound like the name (微波 for 微博, 鲜鱼 for 闲鱼, 默默): those are what a seller means when he
 * writes them, so they are never read as the name.
 */
/** Characters this common in jieba's dictionary (的, 是, 有, 时, 只, 地 …) stand in running text
 *  far more often than in a disguised name, so they are no sound-alike (a name's own characters
 *  still match in their own place: 多 in 拼多多). */
export const COMMON_CHAR_FREQ = 20000;

export function deriveSoundNames(dictText) {
  const names = loadSoundNames();
  const common = new Set();
  for (const line of dictText.split('\n')) {
    const [word, freq] = line.split(' ');
    if (word && word.length === 1 && Number(freq) >= COMMON_CHAR_FREQ) common.add(word);
  }
  const syllableChars = {};
  const entries = names.map(({ name, kind }) => {
    const syllables = pinyin(name, { toneType: 'none', type: 'array' });
    for (const s of syllables) syllableChars[s] ??= '';
    return { name, kind, syllables };
  });
  for (let cp = 0x4e00; cp <= 0x9fa5; cp++) {
    const ch = String.fromCodePoint(cp);
    if (common.has(ch)) continue;
    for (const r of readingsOf(ch)) if (r in syllableChars && !syllableChars[r].includes(ch)) syllableChars[r] += ch;
  }
  const byLength = new Map();
  for (const e of entries) {
    if (!byLength.has(e.syllables.length)) byLength.set(e.syllables.length, []);
    byLength.get(e.syllables.length).push(e);
  }
  const realWords = new Set();
  for (const line of dictText.split('\n')) {
    const word = line.split(' ')[0];
    if (!word || !/^[\u4e00-\u9fa5]+$/.test(word)) continue;
    const chars = [...word];
    for (const e of byLength.get(chars.length) ?? []) {
      if (word === e.name) continue;
      if (chars.every((ch, i) => readingsOf(ch).includes(e.syllables[i]))) realWords.add(word);
    }
  }
  return {
    names: entries,
    syllables: Object.fromEntries(Object.entries(syllableChars).sort(([a], [b]) => (a < b ? -1 : 1))),
    realWords: [...realWords].sort(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sounds = deriveSounds();
  const body = Object.entries(sounds)
    .map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`)
    .join('\n');
  const require = createRequire(import.meta.url);
  const named = deriveSoundNames(readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'));
  const out = fileURLToPath(new URL('../src/lint/homophones.ts', import.meta.url));
  writeFileSync(
    out,
    `// Generated by scripts/gen-homophones.mjs from pinyin-pro 3.29.4 — do not edit.\n// Han characters by the toneless syllable they can be read as (see the script for exclusions).\nexport const SOUND_CHARS = {\n${body}\n} as const;\n` +
      `\n// Names of src/lint/lexicon/names/offsite-names.yaml by syllable, every character that can be read\n// as each syllable, and jieba's real words that sound like a name (never read as the name).\n` +
      `export const SOUND_NAMES: ReadonlyArray<{ readonly name: string; readonly kind: 'platform' | 'contact'; readonly syllables: readonly string[] }> = ${JSON.stringify(named.names)};\n` +
      `export const SYLLABLE_CHARS: Readonly<Record<string, string>> = ${JSON.stringify(named.syllables, null, 1)};\n` +
      `export const SOUND_REAL_WORDS = ${JSON.stringify(named.realWords.join(' '))};\n`,
  );
  console.log(`wrote ${out}`, Object.fromEntries(Object.entries(sounds).map(([k, v]) => [k, v.length])), `${named.names.length} names, ${named.realWords.length} real words`);
}
