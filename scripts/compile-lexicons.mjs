// Compiles the rule lexicons (src/lint/lexicon/*.yaml, format in src/lint/lexicon/README.md) into
// TypeScript modules next to them (<name>.gen.ts): one regular-expression source per rule, with a
// named group per lexicon group, in file order. The YAML is parsed here at build time only, so
// `check` never loads a YAML parser or walks word lists at startup; the rule builds one RegExp
// from the compiled source and the first-character scan (src/lint/context.ts) does the rest.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const lexiconDir = join(root, 'src', 'lint', 'lexicon');

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const GROUP_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** Lexicon file names (without .yaml), sorted. */
export function lexiconNames() {
  return readdirSync(lexiconDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Parses and checks one lexicon; throws with the file name on a malformed one. */
export function loadLexicon(name) {
  const file = join(lexiconDir, `${name}.yaml`);
  const doc = parse(readFileSync(file, 'utf8'));
  const fail = (msg) => {
    throw new Error(`${file}: ${msg}`);
  };
  if (!doc || typeof doc.rule !== 'string') fail('needs `rule: <rule id>`');
  if (!doc.sources || typeof doc.sources !== 'object') fail('needs `sources:` (id → citation)');
  if (!Array.isArray(doc.groups) || doc.groups.length === 0) fail('needs a non-empty `groups:` list');
  for (const [name, set] of Object.entries(doc.sets ?? {})) {
    if (!GROUP_NAME.test(name)) fail(`set name ${JSON.stringify(name)} must be an identifier`);
    if (typeof set?.category !== 'string' || !set.category) fail(`set ${name} needs a category`);
    const srcs = [].concat(set.source ?? []);
    if (srcs.length === 0) fail(`set ${name} needs a source`);
    for (const s of srcs) if (!(s in doc.sources)) fail(`unknown source ${s} in set ${name}`);
    if (!Array.isArray(set.words) || set.words.length === 0 || set.words.some((w) => typeof w !== 'string' || !w)) fail(`set ${name} needs words`);
    if (set.placeholder !== undefined && set.placeholder !== true) fail(`placeholder of set ${name} must be true`);
  }
  if (Object.values(doc.sets ?? {}).filter((s) => s.placeholder === true).length > 1) fail('at most one set may be a placeholder');
  const seen = new Set();
  for (const g of doc.groups) {
    if (!GROUP_NAME.test(g.name ?? '')) fail(`group name ${JSON.stringify(g.name)} must be an identifier`);
    if (seen.has(g.name)) fail(`duplicate group ${g.name}`);
    seen.add(g.name);
    if (typeof g.category !== 'string' || !g.category) fail(`group ${g.name} needs a category`);
    if (!Array.isArray(g.entries) || g.entries.length === 0) fail(`group ${g.name} needs entries`);
    for (const e of g.entries) {
      const srcs = [].concat(e.source ?? g.source ?? []);
      if (srcs.length === 0) fail(`an entry of ${g.name} has no source (entry or group \`source:\`)`);
      for (const s of srcs) if (!(s in doc.sources)) fail(`unknown source ${s} in group ${g.name}`);
      if (e.words === undefined && e.pattern === undefined) fail(`an entry of ${g.name} needs words or pattern`);
      if (e.category !== undefined && (typeof e.category !== 'string' || !e.category)) fail(`an entry category in ${g.name} must be a non-empty string`);
      if (e.words !== undefined && (!Array.isArray(e.words) || e.words.some((w) => typeof w !== 'string' || !w))) fail(`bad words in ${g.name}`);
      if (e.pattern !== undefined) {
        for (const [, ref] of e.pattern.matchAll(SET_REF)) if (!(ref in (doc.sets ?? {}))) fail(`unknown set {{${ref}}} in group ${g.name}`);
        try {
          new RegExp(withSets(e.pattern, doc.sets));
        } catch (err) {
          fail(`bad pattern in ${g.name}: ${err.message}`);
        }
      }
      for (const k of ['flag', 'clean']) if (e[k] !== undefined && !Array.isArray(e[k])) fail(`${k} of an entry of ${g.name} must be a list`);
    }
    for (const k of ['flag', 'clean']) if (g[k] !== undefined && !Array.isArray(g[k])) fail(`${k} of ${g.name} must be a list`);
  }
  return doc;
}

/** A pattern may name a word set of the lexicon as {{set}} (仿{{brand}}): one list of names shared
 *  by several patterns and by the rule's context logic, instead of copies that drift apart. */
const SET_REF = /\{\{([a-zA-Z][a-zA-Z0-9]*)\}\}/g;

/** A set's words as a regex alternative: longest first; Latin words must not touch other letters
 *  (lv in a model number or an English word is no brand). */
function setSource(set) {
  const words = [...new Set(set.words)].sort((a, b) => b.length - a.length);
  return `(?:${words.map((w) => (/^[a-z0-9]/.test(w) ? '(?<![a-z])' : '') + escapeRe(w) + (/[a-z0-9]$/.test(w) ? '(?![a-z])' : '')).join('|')})`;
}

/** A set with `placeholder: true` is found once per text by the rule, which hands the lexicon a
 *  copy of the text where each of its words is overwritten, unit for unit, by PLACEHOLDER (offsets
 *  stay the same): a pattern's {{set}} then compiles to one character class instead of a copy of
 *  the whole word list, however long the list grows (a lexicon has at most one such set). */
export const PLACEHOLDER = '\uE000';
const PLACEHOLDER_RUN = '\\uE000+';

function withSets(pattern, sets) {
  return pattern.replace(SET_REF, (_, name) => (sets[name].placeholder === true ? PLACEHOLDER_RUN : setSource(sets[name])));
}

/** The normalizer folds tone marks away (ǎ → a, ǜ → v; src/lint/normalize.ts), so a reading needs
 *  its bare letters only; ü is typed as v or u. */
const TONES = { ü: '[uv]', v: '[uv]' };
/** One pinyin syllable, loosely (an initial, then a final): enough to tell a run of pinyin from an
 *  English word or an ID. */
const SYLLABLE = '(?:(?:[zcs]h?|[bpmfdtnlgkhjqxryw])?(?:i(?:ang|ong|an|ao|ng|a|e|u|n|o)?|u(?:ang|ai|an|ei|en|eng|a|o|i|n|e)?|v(?:an|e|n)?|a(?:ng|i|o|n)?|e(?:ng|i|n|r)?|o(?:ng|u)?))';
/** A pinyin syllable of a word may touch other latin letters only when they are pinyin too: the
 *  separators between syllables are dropped by the normalizer, so hao ping jie tu reads
 *  haopingjietu, and 好评 in it is still a word of its own; inside an ID or an English word it is
 *  not. Bounded (six syllables) so a long latin run costs little. */
/** Written after the syllable it guards (hao(?<=…hao), not (?<=…)hao): V8 tries a big
 *  alternation's alternatives one by one at a position, and one that opens with a lookbehind runs
 *  that backward walk before it can fail on its first letter — at nearly every position, since
 *  Han text has no latin letters. After the letters, the walk runs only where they are there. */
const pinyinBefore = (syllable) => `${syllable}(?<=(?:^|[^a-z])${SYLLABLE}{0,6}${syllable})`;
const PINYIN_AFTER = `(?=${SYLLABLE}{0,6}(?![a-z]))`;
const HAN = /[\u3400-\u9fff]/;

/** A word whose Han characters may each be written in pinyin, with or without tone marks
 *  (高仿 → gao仿, gāofǎng, 高fang; the tones are folded before matching): sellers spell the one character a word filter keys on. A pinyin
 *  syllable at the start or the end of the word must not touch other latin letters, so the
 *  spelling inside an ID or an English word does not count. Readings come from pinyin-pro at
 *  build time, in the word's context (so a polyphone gets the reading it has in this word). */
function pinyinWord(word, only = false) {
  const chars = [...word];
  const readings = pinyin(word, { toneType: 'none', type: 'array' });
  const parts = chars.map((ch, i) => {
    if (!HAN.test(ch)) return { han: escapeRe(ch), py: null };
    const py = readings[i];
    if (!py || !/^[a-zü]+$/.test(py)) return { han: ch, py: null };
    let alt = [...py].map((c) => TONES[c] ?? c).join('');
    if (i === 0) alt = pinyinBefore(alt);
    if (i === chars.length - 1) alt = `${alt}${PINYIN_AFTER}`;
    return { han: ch, py: alt };
  });
  const either = (p) => (p.py ? `(?:${p.han}|${p.py})` : p.han);
  if (!only) return parts.map(either).join('') + initialsOf(chars, readings);
  // Only spellings with at least one syllable in pinyin: the i-th alternative has its first
  // pinyin syllable at i (Han before it, anything after it).
  const alts = [];
  parts.forEach((p, i) => {
    if (p.py) alts.push(parts.slice(0, i).map((q) => q.han).join('') + p.py + parts.slice(i + 1).map(either).join(''));
  });
  return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
}

/** With `initials: true`: one syllable written as its initial letter while every other character
 *  stays Han (高f, g仿 for 高仿; zh/ch/sh count as one initial) — sellers shorten the character a
 *  filter keys on. A word written wholly in initials (gf) is too ambiguous for this. */
let initialsWanted = false;
function initialsOf(chars, readings) {
  if (!initialsWanted || chars.length < 2 || chars.some((ch) => !HAN.test(ch))) return '';
  const alts = [];
  chars.forEach((_, i) => {
    const py = readings[i];
    if (!py || !/^[a-z]+$/.test(py)) return;
    const initial = /^[zcs]h/.test(py) ? `${py.slice(0, 2)}?` : py[0];
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i + 1).join('');
    alts.push(`${head}${i === 0 ? '(?<![a-z])' : ''}${initial}${i === chars.length - 1 ? '(?![a-z])' : ''}${tail}`);
  });
  return alts.length ? `|${alts.join('|')}` : '';
}

/** With `acronym: true` (the Han words too) or `acronym: only`: each word written wholly as the
 *  initial letters of its syllables (废物 → fw, 好评返现 → hpfx; zh/ch/sh as z/c/s or in full), as a
 *  latin word of its own. Sellers abbreviate the word a filter keys on; the letters are derived
 *  from pinyin-pro at build, never listed by hand. Two letters are ambiguous (fw is also firmware),
 *  so a group that takes them must check the context in the rule code. */
function acronymOf(word) {
  const chars = [...word];
  if (chars.length < 2 || chars.some((ch) => !HAN.test(ch))) return null;
  const readings = pinyin(word, { toneType: 'none', type: 'array' });
  if (readings.some((py) => !py || !/^[a-z]+$/.test(py))) return null;
  const letters = readings.map((py) => (/^[zcs]h/.test(py) ? `${py[0]}h?` : py[0])).join('');
  return `(?<![a-z0-9])${letters}(?![a-z0-9])`;
}

/** Han characters by toneless reading, from pinyin-pro over the CJK block (made once, on the first
 *  `sound` entry; ~0.3 s). */
let soundTable;
function soundsLike(ch) {
  if (soundTable === undefined) {
    soundTable = new Map();
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const han = String.fromCharCode(c);
      for (const py of pinyin(han, { toneType: 'none', type: 'array', multiple: true })) soundTable.set(py, (soundTable.get(py) ?? '') + han);
    }
  }
  // The character itself is left out: the word as written is its own entry, with its own context.
  const out = new Set();
  for (const py of pinyin(ch, { toneType: 'none', type: 'array', multiple: true })) for (const c of soundTable.get(py) ?? '') if (c !== ch) out.add(c);
  return `[${[...out].join('')}]`;
}

/** With `sound: [仿]`: each listed character of the words is written as another character read
 *  the same, tones aside (高仿 → 高防, 高纺, 高倣): sellers swap the one character a filter keys
 *  on for a sound-alike. The classes are derived from pinyin-pro at build, never listed by hand;
 *  most of them are ordinary words (高防护, 高房价), so the rule code must check the context. */
function soundWord(word, chars) {
  return [...word].map((ch) => (chars.includes(ch) ? soundsLike(ch) : escapeRe(ch))).join('');
}

/** The index after the group that opens at `i` of `src` (escapes and classes skipped), or -1. */
function groupEnd(src, i) {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** A pattern's top-level alternatives. */
function alternativesOf(src) {
  const out = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, k));
      from = k + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

const NEXT_CHAR_LOOKAHEAD = /^\(\?=\[(?:[^\]\\]|\\.)*\]\)/;

const SPECIAL = new Set('\\^$.|?*+()[]{}');

/** The single-character tests one of which the text must pass where `src` (a regex piece) matches:
 *  a leading literal, a class, or those of every alternative of a leading (?:…) group. null when
 *  the piece may start otherwise (an escape, an optional atom, an inner lookaround …). */
function leadTests(src) {
  const optional = (at) => /^(?:[?*]|\{0[,}])/.test(src.slice(at));
  const c = src[0];
  if (c === undefined) return null;
  if (c === '[') {
    if (src[1] === '^') return null;
    const end = groupEndClass(src);
    return end < 0 || optional(end) ? null : [src.slice(0, end)];
  }
  if (src.startsWith('(?:')) {
    const end = groupEnd(src, 0);
    if (end < 0 || optional(end)) return null;
    const tests = [];
    for (const alt of alternativesOf(src.slice(3, end - 1))) {
      const t = leadTests(alt);
      if (t === null) return null;
      tests.push(...t);
    }
    return tests;
  }
  if (SPECIAL.has(c)) return null;
  const unit = src.codePointAt(0) > 0xffff ? src.slice(0, 2) : c;
  return optional(unit.length) ? null : [unit];
}

/** The index after the class that opens `src`, or -1. */
function groupEndClass(src) {
  for (let k = 1; k < src.length; k++) {
    if (src[k] === '\\') k++;
    else if (src[k] === ']') return k + 1;
  }
  return -1;
}

/** leadTests as one lookahead: a class when they are all single BMP characters. */
function lookaheadOf(tests) {
  const unique = [...new Set(tests)];
  if (unique.every((t) => t.length === 1)) return `(?=[${unique.map((t) => (t === '-' || t === '^' ? `\\${t}` : t)).join('')}])`;
  return `(?=${unique.join('|')})`;
}

/** An alternative that opens with lookbehinds gets a one-character test in front of them: the
 *  lookahead on a character class that follows them (moved), or one made of the characters what
 *  follows must start with. Assertions at one position commute, and V8 runs them in the order
 *  written — a lookbehind over a clause ((?<!(?:愿|祝)[^,.]{0,16})) walked back at every position
 *  the group was tried, before the test on the next character that fails almost everywhere. */
function cheapAssertionFirst(pattern) {
  return alternativesOf(pattern)
    .map((alt) => {
      let i = 0;
      while (alt.startsWith('(?<=', i) || alt.startsWith('(?<!', i)) {
        const end = groupEnd(alt, i);
        if (end < 0) return alt;
        i = end;
      }
      if (i === 0) return alt;
      const ahead = NEXT_CHAR_LOOKAHEAD.exec(alt.slice(i));
      if (ahead !== null) return ahead[0] + alt.slice(0, i) + alt.slice(i + ahead[0].length);
      // Or the characters what follows must start with, as a test of its own in front.
      const tests = leadTests(alt.slice(i));
      return tests === null ? alt : lookaheadOf(tests) + alt;
    })
    .join('|');
}

/** One entry as a regex alternative: its words (longest first, so a longer word wins at the same
 *  position) or its pattern, wrapped in the entry's not_before / not_after lookarounds. */
function entrySource(e, sets) {
  const alts = [];
  initialsWanted = e.initials === true;
  const words = [...new Set(e.words ?? [])].sort((a, b) => b.length - a.length);
  if (e.acronym !== 'only') alts.push(...words.map((w) => (e.sound ? soundWord(w, [].concat(e.sound)) : e.pinyin ? pinyinWord(w, e.pinyin === 'only') : escapeRe(w))));
  initialsWanted = false;
  if (e.acronym) alts.push(...new Set(words.map(acronymOf).filter((a) => a !== null)));
  if (e.pattern) alts.push(cheapAssertionFirst(withSets(e.pattern, sets)));
  const before = [].concat(e.not_before ?? []);
  const after = [].concat(e.not_after ?? []);
  // Wrapped whenever lookarounds follow: one alternative may itself hold a `|` (initials, a
  // pattern), and the lookaround must bind to all of it.
  let src = alts.length === 1 && !(before.length || after.length) ? alts[0] : `(?:${alts.join('|')})`;
  if (before.length) src = `(?<!${before.map(escapeRe).join('|')})` + src;
  if (after.length) src = src + `(?!${after.map(escapeRe).join('|')})`;
  return src;
}

/** The compiled form: the rule's regex source (named group per lexicon group, file order). */
export function compileLexicon(doc) {
  const groups = {};
  for (const g of doc.groups) groups[g.name] = g.entries.map((e) => entrySource(e, doc.sets)).join('|');
  const pattern = doc.groups.map((g) => `(?<${g.name}>${groups[g.name]})`).join('|');
  new RegExp(pattern, 'g'); // throws at build time, not at check time
  const sets = {};
  for (const [name, set] of Object.entries(doc.sets ?? {})) sets[name] = setSource(set);
  return { rule: doc.rule, pattern, groups, sets };
}

/**
 * The whole pattern is joined from the groups when the module loads instead of written out a second
 * time: the check bundle's code cache (src/cli.ts) holds every literal its start-up runs, and the
 * lexicons' whole patterns as literals were ~180,000 characters of it, deserialized on every
 * `check 你好` although only a bulk run or a scan without baked gates ever reads them. `+` keeps the
 * joined string a rope of the group strings (V8's cons strings): nothing is copied until a scan
 * that needs the whole pattern reads it. Same string as compileLexicon's `pattern` (the build
 * checks that: see compileLexicons).
 */
const JOIN_GROUPS = [
  `function joinGroups(groups: Readonly<Record<string, string>>): string {`,
  `  let pattern = '';`,
  `  for (const name of Object.keys(groups)) pattern += \`\${pattern === '' ? '' : '|'}(?<\${name}>\${groups[name]})\`;`,
  `  return pattern;`,
  `}`,
];

/** The generated module's joinGroups, run on a compiled lexicon's groups. */
function joinGroups(groups) {
  let pattern = '';
  for (const name of Object.keys(groups)) pattern += `${pattern === '' ? '' : '|'}(?<${name}>${groups[name]})`;
  return pattern;
}

export function generatedSource(name, doc) {
  const c = compileLexicon(doc);
  if (joinGroups(c.groups) !== c.pattern) throw new Error(`compile-lexicons: ${name}: the groups do not join to the pattern`);
  const lines = [
    `// Generated from ${name}.yaml by scripts/compile-lexicons.mjs (npm run build); do not edit.`,
    `/* eslint-disable */`,
    `export const rule = ${JSON.stringify(c.rule)};`,
    `/** Each group's alternatives alone, for rules that scan a group separately. */`,
    `export const groups: Readonly<Record<string, string>> = ${JSON.stringify(c.groups, null, 2)};`,
    `/** Regex source: one named group per lexicon group, in file order (the first group wins at a position). */`,
    `export const pattern: string = joinGroups(groups);`,
    ...JOIN_GROUPS,
    ...(Object.keys(c.sets).length
      ? [`/** The lexicon's word sets as regex sources, for the rule's context logic. */`, `export const sets: Readonly<Record<string, string>> = ${JSON.stringify(c.sets, null, 2)};`]
      : []),
    '',
  ];
  return lines.join('\n');
}

/** Writes every <name>.gen.ts; returns the names whose output changed. */
export function compileLexicons() {
  const changed = [];
  for (const name of lexiconNames()) {
    const out = join(lexiconDir, `${name}.gen.ts`);
    const src = generatedSource(name, loadLexicon(name));
    let old = '';
    try {
      old = readFileSync(out, 'utf8');
    } catch {}
    if (old !== src) {
      writeFileSync(out, src);
      changed.push(name);
    }
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const changed = compileLexicons();
  console.log(changed.length ? `lexicons compiled: ${changed.join(', ')}` : 'lexicons up to date');
}
