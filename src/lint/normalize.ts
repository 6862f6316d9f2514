// Text normalization before the content rules run.
//
// Sellers disguise contact details and claims so that naive word lists miss them:
// full-width letters (Ｖ信), traditional characters (微信號), Chinese or circled numerals
// (壹叁捌, ①③⑧), spaces and dashes between digits, zero-width characters, Cyrillic look-alikes
// and homophones (薇信, 绿泡泡). Rules match against one canonical view of the text and every
// character of that view remembers which span of the ORIGINAL text it came from, so findings
// always point at what the merchant actually typed (UTF-16 offsets).
//
// Speed matters (this runs on every text on every keystroke): per code point the work is one
// typed-array lookup in a lazily filled fold table; no objects are allocated per character.
import { PAIR_SLOT_BITS, pairSlot, scanPrefilter, scanWarmUp } from './context.js';
import { firstChars } from './first-chars.js';
import { bakedGate, bakedMayStart } from './scan-gates.js';
import { SOUND_CHARS } from './homophones.js';
import { T2S_PAIRS } from './t2s-table.js';
import { csiEnd } from './terminal-sequences.js';
import { wordFreq } from './words.js';

// Any spelling that SOUNDS like 微信 / 扣扣 / 淘宝 (pinyin sets baked by scripts/gen-homophones.mjs):
// 徽信, 威芯, 卫星, 寇寇, 陶宝. Ordinary words with these sounds (威信, 卫星, 味精 …) are only
// rewritten where an account is meant: after an add/contact verb, or before an ID or a colon.
const W = `[${SOUND_CHARS.wei}]`;
const X = `[${SOUND_CHARS.xin}]`;
const ADD_BEFORE_SOUND = '(?:加|添加|联系|私|搜|我的|我们的|店长的?|客服的?|老板的?)(?:我|个|下|一下)?';

export interface NormalizedText {
  /** The canonical view the rules match against. */
  readonly text: string;
  /** The text as the merchant typed it. */
  readonly original: string;
  /** starts[i]/ends[i]: the span of `original` that produced `text[i]`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Maps a span [start, end) of `text` to the span of `original` it came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** Whether `original` holds a character the fold dropped that is no punctuation, symbol or
   *  space: a control, format or combining character, or an invisible filler (see HIDDEN). Texts
   *  without one need no search for invisible characters. */
  readonly hidden: boolean;
}

// ---------------------------------------------------------------------------------------------
// Per code point folding: NFKC → lower case → look-alike letters → traditional → simplified,
// then separators, symbols and invisible characters are dropped. Results are cached:
//   BMP_FOLD[c] = 0 unknown, -1 dropped, > 0 the folded UTF-16 unit + 1,
//                 < -1 an expansion (EXPANSIONS[-value - 2]), e.g. ⑬ → "13", ㎏ → "kg".
const UNKNOWN = 0;
const DROP = -1;
const BMP_FOLD = new Int32Array(0x10000);
const ASTRAL_FOLD = new Map<number, number>();
const EXPANSIONS: string[] = [];

/** Punctuation that survives: sentence boundaries for context rules and the parts of
 *  e-mail addresses, domains, IDs and percentages. Everything else in \p{P}/\p{S} is a separator. */
const KEPT_PUNCTUATION = new Set(Array.from(',.!?;:。、@_%&¥$\n', (ch) => ch.charCodeAt(0)));

const DROPPED_CLASS = /[\p{P}\p{S}\p{Z}\p{C}\p{M}\s]/u;
/** The dropped characters a reader sees (or sees as a gap): punctuation, symbols, spaces, tabs.
 *  Not \s: it holds U+FEFF and the vertical tab, which are hidden. */
const SEPARATOR_CLASS = /[\p{P}\p{S}\p{Z}\t\r]/u;

/** Invisible letters (category Lo/So) abused as blanks: Hangul fillers, braille blank. */
const INVISIBLE_LETTERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x2800]);

/** Cyrillic and Greek letters that look like Latin ones (mixed-script tricks like "Vх"). */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԛ: 'q', ԝ: 'w', ν: 'v', ο: 'o', α: 'a', ρ: 'p',
  τ: 't', υ: 'u', χ: 'x', κ: 'k', ι: 'i', ε: 'e', β: 'b', μ: 'u', ω: 'w', η: 'n', ѵ: 'v',
  // Canadian syllabics and ballot crosses that read as v and x (ᐯ✘ = vx).
  ᐯ: 'v', ᐱ: 'a', '\u2718': 'x', '\u2717': 'x', '\u2715': 'x', '\u2716': 'x',
  // The ratio sign (1∶1) is a colon to the reader; NFKC leaves it, and as a symbol it would be dropped.
  '\u2236': ':',
};

/** Pinyin vowels with tone marks fold to the bare vowel (hǎo píng → hao ping): sellers write the
 *  reading of the one character a filter keys on, with or without tones, and every rule's pinyin
 *  then needs one spelling only. Each is one code unit before and after, so offsets stay exact;
 *  ü and its toned forms become v, the usual keyboard spelling (lǜ → lv). */
const TONE_MARKED: Record<string, string> = {};
for (const [vowel, marked] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['v', 'üǖǘǚǜ']] as const) {
  for (const ch of marked) TONE_MARKED[ch] = vowel;
}

/** Single characters used only as disguises of another one. */
const CHAR_DISGUISES: Record<string, string> = {
  蕞: '最', // 蕞低价: looks like 最, used to dodge 广告法 word filters
  // Hearts stand for 心 in 微❤ / V❤ (WeChat); elsewhere a stray 心 changes no other rule's match.
  '\u2764': '心', '\u2665': '心', '\u2661': '心', '\u{1f493}': '心', '\u{1f495}': '心', '\u{1f496}': '心',
  '\u{1f497}': '心', '\u{1f498}': '心', '\u{1f49d}': '心', '\u{1f49e}': '心', '\u{1f9e1}': '心', '\u{1f49b}': '心',
  '\u{1f49a}': '心', '\u{1f499}': '心', '\u{1f49c}': '心', '\u{1f5a4}': '心', '\u{1f90d}': '心', '\u{1f90e}': '心',
};

/** Emoji that spell a word: 🐧号 is a QQ number (QQ's mascot). */
const EMOJI_WORDS: Record<string, string> = {
  '\u{1f427}': '企鹅',
  // 🍑宝 / 闲🐟: a peach and a fish stand for 桃 (淘宝) and 鱼 (闲鱼); the variant pass still needs
  // the rest of the name, so a fruit shop's 🍑 alone changes no match.
  '\u{1f351}': '桃', '\u{1f41f}': '鱼', '\u{1f420}': '鱼',
  // ➕V / ➕薇: a plus sign stands for 加 (add); 🐴仕 is 马仕 (爱马仕, the brand by its nickname).
  '\u2795': '加', '\u{1f434}': '马', '\u{1f40e}': '马',
  // 🐶都知道 / 🐷脑子: a dog and a pig stand for 狗 and 猪, the animals insults liken people to.
  '\u{1f436}': '狗', '\u{1f415}': '狗', '\u{1f437}': '猪', '\u{1f416}': '猪',
  // Review rewards written as pictures (⭐⭐⭐⭐⭐→🧧, 5🌟返5💴): stars, red packets and money.
  '\u2b50': '星', '\u{1f31f}': '星', '\u2605': '星', '\u2606': '星',
  '\u{1f9e7}': '红包', '\u{1f4b0}': '钱', '\u{1f4b4}': '钱', '\u{1f4b5}': '钱', '\u{1f4b8}': '钱', '\u{1f381}': '礼物',
  // Rankings written as pictures (全网🔝, 销量🥇, 品类🏆): the TOP arrow, the gold medal and the cup.
  '\u{1f51d}': 'top', '\u{1f947}': '第一', '\u{1f3c6}': '冠军',
};

let tradToSimp: Map<number, number> | undefined;

/** Character-level traditional → simplified table, from opencc-js's dictionaries (baked into
 *  t2s-table.ts by scripts/gen-t2s.mjs). Only 1:1 character pairs are used so the
 *  offset map stays exact; phrase-level conversion is not needed to recognise words. */
function loadTradToSimp(): Map<number, number> {
  const map = new Map<number, number>();
  let from = -1;
  for (const ch of T2S_PAIRS) {
    const cp = ch.codePointAt(0)!;
    if (from < 0) from = cp;
    else {
      map.set(from, cp);
      from = -1;
    }
  }
  return map;
}

/** Lookups answered by walking T2S_PAIRS before the map is worth building. */
let t2sWalks = 0;

/** The simplified form of `cp` (or `cp`). Building the map takes ~3 ms, which a one-off
 *  `check 你好` (two lookups, each cached per character in BMP_FOLD) need not pay: the first few
 *  lookups walk the pairs, which gen-t2s.mjs sorts by traditional code point, and stop early. */
export function simplifiedOf(cp: number): number {
  if (tradToSimp === undefined && ++t2sWalks > 32) tradToSimp = loadTradToSimp();
  if (tradToSimp !== undefined) return tradToSimp.get(cp) ?? cp;
  const s = T2S_PAIRS;
  for (let i = 0; i < s.length; ) {
    const from = s.codePointAt(i)!;
    if (from > cp) return cp;
    i += from > 0xffff ? 2 : 1;
    const to = s.codePointAt(i)!;
    if (from === cp) return to;
    i += to > 0xffff ? 2 : 1;
  }
  return cp;
}

function foldString(raw: string): string {
  let out = '';
  for (const ch of raw.normalize('NFKC').toLowerCase()) {
    const word = EMOJI_WORDS[ch];
    if (word !== undefined) {
      out += word;
      continue;
    }
    let cp = ch.codePointAt(0)!;
    const look = LOOKALIKES[ch] ?? TONE_MARKED[ch] ?? CHAR_DISGUISES[ch];
    if (look !== undefined) cp = look.codePointAt(0)!;
    if (cp >= 0x2e80) {
      cp = simplifiedOf(cp);
      const again = CHAR_DISGUISES[String.fromCodePoint(cp)];
      if (again !== undefined) cp = again.codePointAt(0)!;
    }
    if (INVISIBLE_LETTERS.has(cp)) continue;
    // Han characters and ASCII letters and digits are kept without consulting the Unicode
    // property regex (compiling it costs ~2 ms, which a plain Chinese text need not pay).
    const plain = (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
    if (!plain && !KEPT_PUNCTUATION.has(cp) && DROPPED_CLASS.test(String.fromCodePoint(cp))) continue;
    out += String.fromCodePoint(cp);
  }
  return out;
}

/** Enclosed letters that NFKC leaves alone (🅥🆇 squared / negative circled / negative squared). */
function enclosedLetter(cp: number): string | undefined {
  for (const base of [0x1f130, 0x1f150, 0x1f170]) {
    if (cp >= base && cp < base + 26) return String.fromCharCode(0x61 + cp - base);
  }
  return undefined;
}

/** HIDDEN[u] for BMP units, ASTRAL_HIDDEN for the rest: the fold drops the character and it is
 *  no separator (see NormalizedText.hidden). Filled with the fold tables. */
const HIDDEN = new Uint8Array(0x10000);
const ASTRAL_HIDDEN = new Set<number>();

function computeFold(cp: number): number {
  if (cp === 0x0a) return 0x0a + 1;
  const raw = enclosedLetter(cp) ?? String.fromCodePoint(cp);
  const folded = foldString(raw);
  if (folded.length === 0) {
    if (INVISIBLE_LETTERS.has(cp) || !SEPARATOR_CLASS.test(raw)) {
      if (cp < 0x10000) HIDDEN[cp] = 1;
      else ASTRAL_HIDDEN.add(cp);
    }
    return DROP;
  }
  if (folded.length === 1) return folded.charCodeAt(0) + 1;
  EXPANSIONS.push(folded);
  return -(EXPANSIONS.length - 1) - 2;
}

function foldOf(cp: number): number {
  if (cp < 0x10000) {
    let f = BMP_FOLD[cp];
    if (f === UNKNOWN) BMP_FOLD[cp] = f = computeFold(cp);
    return f;
  }
  let f = ASTRAL_FOLD.get(cp);
  if (f === undefined) ASTRAL_FOLD.set(cp, (f = computeFold(cp)));
  return f;
}

// Chinese numerals become digits only inside a run of numerals (一五九 → 159, 壹叁捌 → 138), so
// words like 第一次, 一起, 万一 keep their meaning for the other rules.
const CN_DIGIT = new Int8Array(0x10000).fill(-1);
for (const [chars, digit] of [
  ['〇零', 0], ['一壹幺', 1], ['二贰', 2], ['三叁', 3], ['四肆', 4], ['五伍', 5],
  ['六陆', 6], ['七柒', 7], ['八捌', 8], ['九玖', 9],
] as const) {
  for (const ch of chars) CN_DIGIT[ch.charCodeAt(0)] = digit;
}

/** 一 after these is part of a word (唯一, 第一, 统一, 万一, 同一), so 唯一一款 is not the number 11. */
const WORD_BEFORE_ONE = new Uint8Array(0x10000);
for (const ch of '唯第统万同单专逐划均') WORD_BEFORE_ONE[ch.charCodeAt(0)] = 1;

function isHan(u: number): boolean {
  return (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff);
}

function isDigitUnit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}

// ---------------------------------------------------------------------------------------------
// Word-level variants, applied to the folded view. Left: what sellers write; right: canonical.
const WORD_VARIANTS: ReadonlyArray<readonly [RegExp | string, string]> = [
  // WeChat: homophones, letter abbreviations, nicknames.
  // 威信 (prestige) and 微芯 (microchip) are real words: only an add verb or an ID makes them
  // WeChat. Hearts fold to 心 (see HEART_DISGUISES), so 微❤ / V❤ arrive here as 微心 / v心.
  [/[微薇威维徽魏危巍]心信|(?<![a-z])v心信|[薇维徽魏危巍]信|威信(?<=(?:加|添加)(?:个|我)?威信|我的威信|我们的威信|联系威信|私威信)|威信(?=号|:|是?[a-z0-9_])|[薇威维徽魏危v]芯(?!片)|[薇威维徽魏危]心|微心(?!愿)|(?<![a-z])v[信心]|[薇威维]x|微x(?![a-z])|微xin|(?<![a-z])wei(?:xin|信)|(?<![a-z])(?:vx|wx|[vw]\.x|vchat|weixin|wechat)/, '微信'],
  // Homophones in general (pinyin): an account only in an add/contact context, or the buyer's own
  // asked for (你卫星多少, 您的威芯发我) or named as where to talk (卫星上聊): a satellite or a chip is
  // nobody's to send or chat on.
  [new RegExp(`${W}${X}(?<=${ADD_BEFORE_SOUND}${W}${X})|${W}${X}(?=号|:|是?[a-z_][a-z0-9_]{3,}|是?[0-9]{5,}|上(?:聊|细聊|私聊|说|谈|联系|找我|加我))|${W}${X}(?<=(?:你|您)的?${W}${X})(?=(?:是)?多少|发(?:我|一下)|给(?:我|一下))|${W}${X}(?<=(?:^|[,.!?;。])${W}${X})(?=号?(?:是)?多少(?:[?,.!;。]|$))|${W}(?<![\u4e00-\u9fff]${W})(?=:(?:[a-z_][a-z0-9_]{3,}|[0-9]{5,}))`), '微信'],
  // 信 split into its components (亻言) dodges word filters; 微/薇/v + 亻言 is WeChat outright.
  [/(?:[微薇威维徽魏危巍]|(?<![a-z])v)亻言/, '微信'], ['亻言', '信'],
  // 绿泡泡 names WeChat by its icon — not where it is a picture on a product (印着绿泡泡的那款).
  [/(?<!画着|印着|画有|印有|绣着|绣有|带着?)绿色?泡泡(?!的?(?:那|这|款|图|造型|样式|印花|贴纸|气球|形状|设计|包装|杯|糖|袖|裙|裤|衫|领))/, '微信'], ['卫星号', '微信号'],
  // 加个绿色软件 / 绿色app: WeChat by its icon, only as something to add.
  [/绿色(?:软件|app|图标|聊天软件)(?<=加(?:个|我|一下)?绿色(?:软件|app|图标|聊天软件))/, '微信'],
  // QQ: 扣扣, 企鹅号 (not 企鹅 alone: 企鹅造型, 企鹅图案 are products).
  [new RegExp(`[扣抠叩寇蔻]{2}|[${SOUND_CHARS.kou}]{2}(?=号|群|:|是?[0-9]{5,})|[${SOUND_CHARS.kou}]{2}(?<=${ADD_BEFORE_SOUND}[${SOUND_CHARS.kou}]{2})`), 'qq'],
  // 扣我 / 叩我 followed by a QQ-length number, or 扣群: the single syllable stands for Q.
  [/[扣叩蔻](?<![折抵预纽].)(?=我?:?[0-9]{5,}|群)/, 'q'], ['企鹅号', 'qq号'], [/(?<![a-z])(?:kou){2}/, 'qq'],
  // 小飞机 (paper plane) is Telegram by its icon — only as where to contact someone (小飞机联系, 小飞机：
  // @id); a toy plane is followed by no contact word.
  [/小飞机(?=上?(?:联系|找我|聊|私聊|加我|私我|号|:|@|id))/, 'telegram'],
  // Other platforms.
  [/拼夕夕|拼xx|拼dd|某多多|(?<![a-z])pdd|(?<![a-z])pinduoduo/, '拼多多'],
  [new RegExp(`某宝|桃宝|(?<![a-z])tao宝|(?<![a-z])taobao|[${SOUND_CHARS.tao}][${SOUND_CHARS.bao}](?=店|上|搜|号|链接|口令)|[${SOUND_CHARS.tao}][${SOUND_CHARS.bao}](?<=(?:去|在|上|搜|到)[${SOUND_CHARS.tao}][${SOUND_CHARS.bao}])`), '淘宝'],
  ['某猫', '天猫'],
  ['某鱼', '闲鱼'],
  // 狗东 (a nickname of JD) but not 狗东西, the insult harassment must still see.
  [/某东|狗东(?!西)/, '京东'],
  [/抖阴|某音|(?<![a-z])dou音|(?<![a-z])douyin/, '抖音'],
  ['小黄鱼', '闲鱼'],
  [/公主号|公众hao|(?<![a-z])gzh(?![a-z])/, '公众号'],
  // Domains with the dot spelled out (meilu点com, shop dot cn).
  [/(?<=[a-z0-9])(?:点|dot)(?=(?:com|cn|net|org|top|shop|vip|cc|xyz)(?![a-z]))/, '.'],
  // Review words written with a homophone or in pinyin (好平返现, haoping), but not 好平整/好平稳.
  // Tone marks are folded away per character (hǎo评 arrives as hao评, see TONE_MARKED).
  [/好平(?![整稳坦滑静和])|(?<![a-z])hao评|好pin(?![a-z])|(?<![a-z])haoping(?=fanx|[^a-z]|$)/, '好评'],
  // Review-reward abbreviations: hp (好评) before a reward or a screenshot, hb (红包) after an
  // exchange verb, shai (晒) before 图/单 — hp/hb elsewhere are brands and models.
  // Spaces are dropped before this pass, so hp fx 5r reads hpfx5r: fx (返现) is the reward.
  // fx only before a sum, a stop or a screenshot/contact word (hp fx系列 is a model line).
  [/(?<![a-z])hp(?=返|截图|晒|shai|有礼|送|领|换|=|[0-9]*红包|后|fx(?=[0-9,.!?;]|截|私|找|$))/, '好评'],
  [/(?<=hp|好评)fx(?=[0-9,.!?;]|截|私|找|$)/, '返现'],
  [/(?<=换|返|领|送|发|给)hb(?![a-z])/, '红包'],
  [/(?<![a-z])shai(?=图|单)/, '晒'],
  [/(?<=返)x(?![a-z0-9])/, '现'],
  [/(?<![a-z])fan现|返xian(?![a-z])|(?<=好评|haoping)fanxian(?![a-z])/, '返现'],
  // 广告法 disguises in pinyin.
  [/(?<![a-z])zui(?![a-z])/, '最'],
  // 醉/罪 for 最 (全网醉低价): only before a price or ranking word, so 醉蟹, 陶醉, 罪过 stay.
  [/[醉罪](?=低价?|便宜|实惠|划算|优惠|高端|强|佳|畅销|热销|火爆)/, '最'],
];

const VARIANT_RE = new RegExp(
  WORD_VARIANTS.map(([from]) => `(${typeof from === 'string' ? from : from.source})`).join('|'),
  'g',
);

/** Units that can start a variant word; texts without any skip the variant pass. From the
 *  build's gate of the pattern when there is one (parsing the 7 KB source here cost ~1.5 ms of
 *  every start-up), else worked out now. */
const VARIANT_FIRST = bakedFirst(VARIANT_RE) ?? firstChars(VARIANT_RE) ?? new Uint8Array(0x10000).fill(1);

function bakedFirst(re: RegExp): Uint8Array | null {
  const gate = bakedGate(re.source, re.flags);
  if (gate === undefined) return null;
  const table = new Uint8Array(0x10000);
  for (let k = 0; k < gate.first.length; k += 2) table.fill(1, gate.first.charCodeAt(k), gate.first.charCodeAt(k + 1) + 1);
  return table;
}

/** The patterns normalize scans with (the build bakes their gates). */
export function scannedPatterns(): string[] {
  return [VARIANT_RE.source];
}

/** Sticky twin of VARIANT_RE, tried only where a variant word can start. Several alternatives
 *  open with a lookbehind, which defeats V8's own first-character scan, so a global exec would
 *  try every alternative at every position (14% of a bulk check's time). Trying the sticky regex
 *  at the positions VARIANT_FIRST allows, left to right, finds the same leftmost matches. */
const VARIANT_STICKY = new RegExp(VARIANT_RE.source, 'y');

/** The second check of a position, by the build's pair gate of VARIANT_RE (scan-gates.ts): the units
 *  that may start a one-unit match, and the (unit, next unit) pairs hashed as in the scans' shared
 *  gate (a collision only runs the regex where it fails). The first characters alone let through 好,
 *  小, 公, 点, v … (好啦, 小朋友, 公斤, v领) at almost every text. Made once the scans' warm-up is
 *  over, so a one-off `check 你好` does not fill them; null when the build baked no gate. */
let variantUses = 0;
let variantAnyNext: Uint8Array | null | undefined;
let variantPairs: Uint8Array | undefined;

function buildVariantPairs(): void {
  const gate = bakedGate(VARIANT_RE.source, VARIANT_RE.flags);
  if (gate === undefined) {
    variantAnyNext = null;
    return;
  }
  const anyNext = new Uint8Array(0x10000);
  for (let k = 0; k < gate.anyNext.length; k += 2) anyNext.fill(1, gate.anyNext.charCodeAt(k), gate.anyNext.charCodeAt(k + 1) + 1);
  const pairs = new Uint8Array(1 << PAIR_SLOT_BITS);
  for (let k = 0; k < gate.pairs.length; k += 2) pairs[pairSlot(gate.pairs.charCodeAt(k), gate.pairs.charCodeAt(k + 1))] = 1;
  variantPairs = pairs;
  variantAnyNext = anyNext;
}

/** The next variant match starting at or after `from`, like VARIANT_RE.exec with lastIndex = from,
 *  leaving out matches that are part of an ordinary word (see ordinaryWord). */
function nextVariant(text: string, from: number, original: string, spans: Int32Array, so: number, cap: number): RegExpExecArray | null {
  if (variantAnyNext === undefined && ++variantUses > scanWarmUp()) buildVariantPairs();
  const anyNext = scanPrefilter() ? variantAnyNext : null;
  // Before the tables are made (the warm-up), the build's gate itself checks the pair, so a
  // one-off `check 你好` does not compile the 4 KB pattern because 好 can start a variant.
  const warm = anyNext === undefined && scanPrefilter() ? bakedGate(VARIANT_RE.source, VARIANT_RE.flags) : undefined;
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (VARIANT_FIRST[c] === 0) continue;
    if (anyNext && anyNext[c] === 0 && variantPairs![pairSlot(c, i + 1 < n ? text.charCodeAt(i + 1) : 0)] === 0) continue;
    if (warm !== undefined && !bakedMayStart(warm, text, i)) continue;
    VARIANT_STICKY.lastIndex = i;
    const m = VARIANT_STICKY.exec(text);
    if (m !== null && !ordinaryWord(text, i, i + m[0].length, original, spans, so, cap)) return m;
  }
  return null;
}

/** How much likelier the word the match's first character makes with the character before it
 *  must be than the match's own first two characters (as in words.ts). */
const LEFT_WORD_MARGIN = 2;

/**
 * Whether the variant match [at, end) of the folded text is really part of an ordinary word, so
 * rewriting it would invent a word nobody wrote:
 * - its first character ends a word with the character before it (蔷薇|信纸 holds 薇信, 樱桃|宝宝
 *   holds 桃宝, 美好|平台 holds 好平, 陶醉|低调 holds 醉低, 折扣|扣除 holds 扣扣): the jieba word on
 *   the left is clearly likelier than the match's own first two characters. A disguise is typed
 *   after a verb or a stop (加薇信, 我的威信号), where no such word forms.
 * - it is Latin letters inside a product code (型号HPF-X200 holds hp…fx, 好评返现 in letters):
 *   letters and digits joined by a hyphen with three or more of them before it, the way model
 *   numbers are written; an abbreviation is typed as letters (hp fx5, v-x).
 * Matches are rare (only texts with a variant's first character get here), so the lookups cost
 * nothing in bulk.
 */
function ordinaryWord(text: string, at: number, end: number, original: string, spans: Int32Array, so: number, cap: number): boolean {
  const first = text.charCodeAt(at);
  if (at > 0 && isHan(first) && isHan(text.charCodeAt(at - 1)) && end - at >= 2) {
    const left = wordFreq(text.slice(at - 1, at + 1));
    if (left > 0 && left > LEFT_WORD_MARGIN * wordFreq(text.slice(at, at + 2))) return true;
  }
  if (first >= 0x61 && first <= 0x7a) return inProductCode(original, spans[so + at], spans[so + cap + end - 1]);
  return false;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether [start, end) of the original lies in a product code such as HPF-X200 or SM-G9730: a run
 *  of ASCII letters and digits with a hyphen inside, three or more of them before a hyphen, and a
 *  digit somewhere. */
function inProductCode(original: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && (isAsciiAlnum(original.charCodeAt(a - 1)) || (original[a - 1] === '-' && a > 1 && isAsciiAlnum(original.charCodeAt(a - 2))))) a--;
  let b = end;
  while (b < original.length && (isAsciiAlnum(original.charCodeAt(b)) || (original[b] === '-' && isAsciiAlnum(original.charCodeAt(b + 1))))) b++;
  const token = original.slice(a, b);
  return /[0-9]/.test(token) && /[A-Za-z0-9]{3}-[A-Za-z0-9]/.test(token);
}

// ---------------------------------------------------------------------------------------------
// Reusable work buffers: grown as needed, never shrunk.
let units = new Uint16Array(256);

function ensureCapacity(n: number): void {
  if (n <= units.length) return;
  let size = units.length;
  while (size < n) size *= 2;
  const u = new Uint16Array(size);
  u.set(units);
  units = u;
}

function unitsToString(buf: Uint16Array, n: number): string {
  if (n <= 8192) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return out;
}

function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Whether the next character that is not dropped is a digit or a numeral. */
function nextIsNumeral(s: string, from: number): boolean {
  for (let j = from; j < s.length; ) {
    const cp = codePointAt(s, j);
    j += cp > 0xffff ? 2 : 1;
    const f = foldOf(cp);
    if (f === DROP) continue;
    if (f > 0) return isDigitUnit(f - 1) || CN_DIGIT[f - 1] >= 0;
    return isDigitUnit(EXPANSIONS[-f - 2].charCodeAt(0));
  }
  return false;
}

/** A Buffer over the bytes of `units` (remade when it grows): its UTF-16 slice copies the units
 *  into a string as they are — no decoding (a lone surrogate stays itself) and none of the
 *  TextDecoder's per-call set-up, which cost about as much as the rest of normalizing a reply. */
let unitBytes: Buffer | undefined;

function unitsString(buf: Uint16Array, n: number): string {
  if (unitBytes === undefined || unitBytes.buffer !== buf.buffer) unitBytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  return unitBytes.toString('utf16le', 0, 2 * n);
}
/** Up to this many units, fromCharCode is as fast as the Buffer. */
const SHORT_TEXT = 64;

class Normalized implements NormalizedText {
  private startView?: Int32Array;
  private endView?: Int32Array;

  /** `spans` holds the start of text[i] at [at + i] and its end at [at + cap + i]: a region of a
   *  shared slab (see spanRegion), not an allocation of its own. Null for a text another thread
   *  normalized (normalizedAs): the map is then made on first use. */
  constructor(
    readonly text: string,
    readonly original: string,
    private spans: Int32Array | null,
    private at: number,
    private cap: number,
    readonly hidden: boolean,
  ) {}

  /** The offset map, made by normalizing the original again when this thread has none. */
  private map(): Int32Array {
    if (this.spans !== null) return this.spans;
    const own = normalize(this.original) as Normalized;
    this.at = own.at;
    this.cap = own.cap;
    return (this.spans = own.map());
  }

  get starts(): Int32Array {
    return (this.startView ??= this.map().subarray(this.at, this.at + this.text.length));
  }

  get ends(): Int32Array {
    return (this.endView ??= this.map().subarray(this.at + this.cap, this.at + this.cap + this.text.length));
  }

  toOriginal(start: number, end: number): { start: number; end: number } {
    const n = this.text.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = Math.max(0, Math.min(start, n - 1));
    const e = Math.max(s + 1, Math.min(end, n));
    const spans = this.map();
    if (end <= start) {
      const at = start >= n ? this.original.length : spans[this.at + s];
      return { start: at, end: at };
    }
    return { start: spans[this.at + s], end: spans[this.at + this.cap + e - 1] };
  }
}

/**
 * `original` as normalize gave it in another thread (the check worker sends its normalized texts,
 * commands/check.ts): `text` and `hidden` are normalize(original)'s. The offset map is made here
 * only when a rule places a finding (a few texts in a thousand of a bulk run), by normalizing
 * `original` again — the same function, so the same map.
 */
export function normalizedAs(original: string, text: string, hidden: boolean): NormalizedText {
  return new Normalized(text, original, null, 0, 0, hidden);
}

// Offset maps are cut from slabs: a typed array of its own per text (zeroed, with its own backing
// store) cost more than the rest of normalizing a short reply. A slab stays alive while a text
// cut from it does; a text never shares its region.
const SLAB_SIZE = 1 << 16;
/** The first slab is small: a one-off `check 你好` should not zero 256 KB. */
let slab = new Int32Array(1 << 10);
let slabUsed = 0;

/** Reserves `size` entries; returns where they start in `slab` (which may be a new slab). */
function spanRegion(size: number): number {
  if (slabUsed + size > slab.length) {
    slab = new Int32Array(Math.max(SLAB_SIZE, size));
    slabUsed = 0;
  }
  const at = slabUsed;
  slabUsed += size;
  return at;
}

/** Moves the first `n` entries of the region at `so` (capacity `cap`) to a new region of
 *  capacity `newCap`; returns where it starts in `slab`. */
function growSpans(so: number, n: number, cap: number, newCap: number): number {
  const from = slab;
  const to = spanRegion(2 * newCap);
  slab.set(from.subarray(so, so + n), to);
  slab.set(from.subarray(so + cap, so + cap + n), to + newCap);
  return to;
}

export function normalize(original: string): NormalizedText {
  const len = original.length;
  ensureCapacity(len + 16);
  let out = units;
  let cap = len + 8;
  let so = spanRegion(2 * cap);
  let spans = slab;
  let n = 0;
  let loneSurrogate = false;
  let hidden = 0;
  let maybeVariant = 0;
  for (let i = 0; i < len; ) {
    const c = original.charCodeAt(i);
    let f: number;
    let width = 1;
    if (c < 0xd800 || c > 0xdfff) {
      f = BMP_FOLD[c];
      if (f === UNKNOWN) BMP_FOLD[c] = f = computeFold(c);
      hidden |= HIDDEN[c];
    } else {
      const cp = codePointAt(original, i);
      if (cp > 0xffff) width = 2;
      else loneSurrogate = true;
      f = foldOf(cp);
      if (f === DROP && (cp > 0xffff ? ASTRAL_HIDDEN.has(cp) : HIDDEN[cp] === 1)) hidden = 1;
    }
    if (f === DROP && (c === 0x1b || c === 0x9b)) {
      // A terminal control sequence (ESC [ 31 m, C1 CSI) is one invisible unit: its parameters
      // would otherwise stay as text ([31m) and split the word it hides in (加我<ESC>[31mvx).
      i = csiEnd(original, i);
      hidden = 1;
      continue;
    }
    if (f === DROP && c === 0x2f && n > 0 && out[n - 1] >= 0x61 && out[n - 1] <= 0x7a) {
      // A slash after a letter is a URL path (t.cn/abc); elsewhere it separates (155/80A, 微/信).
      f = 0x2f + 1;
    }
    if (f > 0) {
      let unit = f - 1;
      const digit = CN_DIGIT[unit];
      if (
        digit >= 0 &&
        ((n > 0 && isDigitUnit(out[n - 1])) || (nextIsNumeral(original, i + width) && !(n > 0 && WORD_BEFORE_ONE[out[n - 1]] === 1 && unit === 0x4e00)))
      ) {
        unit = 0x30 + digit;
      }
      if (n >= cap) {
        so = growSpans(so, n, cap, cap * 2);
        spans = slab;
        cap *= 2;
        ensureCapacity(cap);
        out = units;
      }
      if (n >= 2 && (out[n - 1] === 0x2e || out[n - 1] === 0x5f) && unit >= 0x3400 && isHan(out[n - 2]) && isHan(unit)) {
        // A dot or underscore between two Han characters (微.信, 微_信) only splits a word to
        // dodge filters; between digits and letters they are decimals, domains and IDs.
        n--;
      }
      out[n] = unit;
      spans[so + n] = i;
      spans[so + cap + n] = i + width;
      n++;
      maybeVariant |= VARIANT_FIRST[unit];
    } else if (f < DROP) {
      const exp = EXPANSIONS[-f - 2];
      if (n + exp.length > cap) {
        const newCap = Math.max(cap * 2, n + exp.length);
        so = growSpans(so, n, cap, newCap);
        spans = slab;
        cap = newCap;
        ensureCapacity(cap);
        out = units;
      }
      for (let k = 0; k < exp.length; k++) {
        const u = exp.charCodeAt(k);
        if (u >= 0xd800 && u <= 0xdfff) loneSurrogate = true;
        out[n] = u;
        spans[so + n] = i;
        spans[so + cap + n] = i + width;
        n++;
        maybeVariant |= VARIANT_FIRST[u];
      }
    }
    i += width;
  }
  // A lone surrogate must stay itself (offsets), so those rare texts take fromCharCode, as do short ones.
  const folded = n === 0 ? '' : loneSurrogate || n <= SHORT_TEXT ? unitsToString(out, n) : unitsString(out, n);
  let m = maybeVariant === 0 ? null : nextVariant(folded, 0, original, spans, so, cap);
  if (m === null) return new Normalized(folded, original, spans, so, cap, hidden === 1);

  // Rare path: rewrite variant words, each output character spanning the whole original word.
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  let text = '';
  let copied = 0;
  while (m !== null) {
    const at = m.index;
    const endAt = at + m[0].length;
    let group = 1;
    while (m[group] === undefined) group++;
    const replacement = WORD_VARIANTS[group - 1][1];
    for (let k = copied; k < at; k++) {
      outStarts.push(spans[so + k]);
      outEnds.push(spans[so + cap + k]);
    }
    text += folded.slice(copied, at) + replacement;
    const s = spans[so + at];
    const e = spans[so + cap + endAt - 1];
    for (let k = 0; k < replacement.length; k++) {
      outStarts.push(s);
      outEnds.push(e);
    }
    copied = endAt;
    m = nextVariant(folded, endAt > at ? endAt : at + 1, original, spans, so, cap);
  }
  for (let k = copied; k < n; k++) {
    outStarts.push(spans[so + k]);
    outEnds.push(spans[so + cap + k]);
  }
  text += folded.slice(copied);
  const total = outStarts.length;
  const packed = new Int32Array(2 * total);
  for (let k = 0; k < total; k++) {
    packed[k] = outStarts[k];
    packed[total + k] = outEnds[k];
  }
  return new Normalized(text, original, packed, 0, total, hidden === 1);
}
