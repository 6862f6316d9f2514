// Names of other platforms and contact apps spelled by sound or in pinyin (斗音, 拼哆哆, 贤鱼, 逃宝,
// 加个围信, dou音, xian鱼, dou店). The names, their syllables, the characters that can be read as
// each syllable and the real words that sound like a name (微波, 鲜鱼, 惊动 — what the writer meant)
// are baked from pinyin-pro and jieba by scripts/gen-homophones.mjs, from the list in
// lexicon/names/offsite-names.yaml; nothing here is a hand list of variants. A candidate must also be
// a word of its own (都因为 holds 都因 across a word boundary), which words.ts decides.
//
// Speed: one typed-array lookup per character says whether any name can start there; only those
// positions are checked further, so ordinary text costs a table walk and no regex.
import { SOUND_NAMES, SOUND_REAL_WORDS, SYLLABLE_CHARS } from './homophones.js';
import { scanPrefilter, scanWarmUp } from './context.js';
import { crossesWord } from './words.js';

export type SoundNameKind = 'platform' | 'contact';

interface Tables {
  /** first[c]: bit k set when name k can start with unit c (Han sound-alike, own character or a
   *  pinyin letter). */
  first: Uint32Array;
  /** second[c]: bit k set when unit c can be the second character of a Han spelling of name k;
   *  most first-character hits (现, 小, 天 …) end here without a closer look. */
  second: Uint32Array;
}

let tables: Tables | undefined;
/** Texts seen; the tables are built once the scans' warm-up is over (context.ts scanWarmUp):
 *  filling them is a loop over every listed character that cost a one-off `check 你好` several
 *  milliseconds, while a few texts are checked as fast name by name (firstMask). */
let uses = 0;

/** Built after the warm-up: plain string walks, no Sets; candidates are rare, so membership is a
 *  short indexOf. */
function build(): Tables {
  const first = new Uint32Array(0x10000);
  const second = new Uint32Array(0x10000);
  for (let k = 0; k < SOUND_NAMES.length; k++) {
    const { name, syllables } = SOUND_NAMES[k];
    const bit = 1 << k;
    const list = SYLLABLE_CHARS[syllables[0]] ?? '';
    for (let i = 0; i < list.length; i++) first[list.charCodeAt(i)] |= bit;
    first[name.charCodeAt(0)] |= bit;
    first[syllables[0].charCodeAt(0)] |= bit;
    const next = SYLLABLE_CHARS[syllables[1]] ?? '';
    for (let i = 0; i < next.length; i++) second[next.charCodeAt(i)] |= bit;
    second[name.charCodeAt(1)] |= bit;
    second[syllables[1].charCodeAt(0)] |= bit;
  }
  return { first, second };
}

/** The names that can start at `i`, as the table `first` says, worked out without it. */
function firstMask(text: string, i: number): number {
  const ch = text[i];
  const c = ch.charCodeAt(0);
  let mask = 0;
  for (let k = 0; k < SOUND_NAMES.length; k++) {
    const { name, syllables } = SOUND_NAMES[k];
    if (c === name.charCodeAt(0) || c === syllables[0].charCodeAt(0) || (SYLLABLE_CHARS[syllables[0]] ?? '').indexOf(ch) >= 0) mask |= 1 << k;
  }
  return mask;
}

const REAL_WORDS = ` ${SOUND_REAL_WORDS} `;

function isLatin(u: number): boolean {
  return u >= 0x61 && u <= 0x7a;
}

/** The units read as each syllable, as sets: `text[pos]` looked up in the syllable's string made a
 *  one-character string per candidate position, a quarter of all a bulk check allocated. */
const READ_AS = new Map<string, Set<number>>();

function readAs(syllable: string): Set<number> {
  let set = READ_AS.get(syllable);
  if (set === undefined) {
    set = new Set<number>();
    const list = SYLLABLE_CHARS[syllable] ?? '';
    for (let i = 0; i < list.length; i++) set.add(list.charCodeAt(i));
    READ_AS.set(syllable, set);
  }
  return set;
}

/** The end of name `k` spelled from `pos` (syllable `s` on), or -1: each syllable is its own
 *  character, a character read as it, or the syllable in pinyin (not glued to other letters). */
function spell(text: string, k: number, s: number, pos: number): number {
  const { name, syllables } = SOUND_NAMES[k];
  if (s === syllables.length) return pos;
  if (pos >= text.length) return -1;
  const c = text.charCodeAt(pos);
  if (c === name.charCodeAt(s) || (c >= 0x4e00 && readAs(syllables[s]).has(c))) {
    const end = spell(text, k, s + 1, pos + 1);
    if (end >= 0) return end;
  }
  const py = syllables[s];
  if (text.startsWith(py, pos) && (s > 0 || pos === 0 || !isLatin(text.charCodeAt(pos - 1)))) {
    const after = pos + py.length;
    // The last syllable must not run into more letters (douyinshop is an ID, not a name).
    if (s < syllables.length - 1 || after >= text.length || !isLatin(text.charCodeAt(after))) return spell(text, k, s + 1, after);
  }
  return -1;
}

/** A platform's first syllable in pinyin before 店/直播 (dou店, tao店直播间): a shop there. */
const SHORT_AFTER = /^(?:店|直播)/;

/**
 * Calls `visit(start, end, name, kind)` for each sound-alike of a listed name in the normalized
 * `text`, left to right. The name written as itself is not reported (the rules match it already).
 */
export function soundNames(text: string, visit: (start: number, end: number, name: string, kind: SoundNameKind) => void): void {
  const t = ++uses <= scanWarmUp() ? undefined : (tables ??= build());
  const n = text.length;
  // Off only in tests, which prove the second-character table hides no name (pair-gate.test.ts).
  const gated = scanPrefilter();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let mask = t === undefined ? firstMask(text, i) : t.first[c];
    if (mask === 0) continue;
    // A Han first character must be followed by a possible second one (a pinyin first syllable
    // runs on in letters, and dou店 is the short form: those are checked in full).
    if (t !== undefined && gated && !isLatin(c)) mask &= t.second[i + 1 < n ? text.charCodeAt(i + 1) : 0];
    if (mask === 0) continue;
    while (mask !== 0) {
      const k = 31 - Math.clz32(mask & -mask);
      mask &= mask - 1;
      const { name, kind, syllables } = SOUND_NAMES[k];
      let end = spell(text, k, 0, i);
      if (end < 0 && kind === 'platform' && syllables.length > 1 && text.startsWith(syllables[0], i) && (i === 0 || !isLatin(text.charCodeAt(i - 1)))) {
        const after = i + syllables[0].length;
        if (SHORT_AFTER.test(text.slice(after, after + 2))) end = after;
      }
      if (end < 0) continue;
      const word = text.slice(i, end);
      if (word === name || REAL_WORDS.includes(` ${word} `)) continue;
      // At least one character of the name kept, or a syllable in pinyin: a word made wholly of
      // other characters (痘印 for 抖音) is far likelier a word jieba does not list than a disguise.
      // A contact app's name followed by 号 or a colon (喂心号, 威心:) is spelled to be an account.
      if (!/[a-z]/.test(word) && ![...word].some((ch, j) => ch === name[j]) && !(kind === 'contact' && /^(?:号|:)/.test(text.slice(end, end + 1)))) continue;
      // A Han spelling must be a word of its own: 都因为 holds 都因, 的物流 holds 的物.
      if (!/[a-z]/.test(word) && crossesWord(text, i, end)) continue;
      visit(i, end, name, kind);
      i = end - 1;
      break;
    }
  }
}
