// SPEC §8: `check` throughput on a large text set at least that of mint-filter (an Aho-Corasick
// 敏感词 filter) given the same word list, side by side in one run.
//
// Our side is the full lintText — normalization (NFKC, full-width, traditional, numerals,
// homophones) plus every content rule with its context checks. mint-filter gets the literal trigger
// words of those same rules: every string literal and regex alternative in the content-rule
// modules (the ones dist/lint/rules/index.js registers), the lexicon modules and the normalizer
// (whose variant words — 薇信, 绿泡泡, 扣扣 — mint-filter needs as words, having no normalizer),
// cut into runs of ≥ 2 Han characters, letters or digits. The list is printed so it can be read.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { merchantTexts } from './fixtures/merchant-texts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const { Mint } = require('mint-filter');
const { lintText, contentRules } = await import(pathToFileURL(join(dist, 'lint', 'engine.js')).href);

const COUNT = Number(process.env.BENCH_TEXTS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

// ---------------------------------------------------------------------------------------------
// The word list.
function contentRuleFiles() {
  const index = readFileSync(join(dist, 'lint', 'rules', 'index.js'), 'utf8');
  return [...index.matchAll(/from\s+['"](\.\/[^'"]+)['"]/g)].map((m) => join(dist, 'lint', 'rules', m[1]));
}

function literalWords(file) {
  const code = readFileSync(file, 'utf8');
  const words = new Set();
  // String literals and regex literals; comments are skipped so prose does not become "words".
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  const literals = withoutComments.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`|\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)\/[dgimsuvy]*/g);
  for (const m of literals) {
    const body = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    // Messages and suggestions are prose, not trigger words: English has spaces, Chinese has ，.
    if (/[ ，《》“”]/.test(body)) continue;
    // Latin words count only inside patterns (vx, pdd, taobao); elsewhere they are import paths,
    // rule ids, typeof checks and language codes.
    const isPattern = /[|]|\(\?/.test(body);
    const pattern = body
      .replace(/\(\?<[A-Za-z]\w*>/g, '(') // named groups: the name is no word
      .replace(/\\[pPu]\{[^}]*\}/g, ' ') // \p{Script=Han}
      .replace(/\[(?:[^\]\\]|\\.)*\]/g, ' '); // character classes are single characters
    // Split at regex syntax; what is left between the operators are the literal words.
    for (const piece of pattern.split(/\\.|[|()[\]{}?*+^$.,:;!<>=\\/\s'"`-]+/)) {
      if (!/^[\p{Script=Han}a-z0-9]{2,}$/u.test(piece)) continue;
      if (/\p{Script=Han}/u.test(piece) || (isPattern && /^[a-z]{2,}$/.test(piece))) words.add(piece);
    }
  }
  return words;
}

const sources = [
  ...contentRuleFiles(),
  ...(existsSync(join(dist, 'lint', 'lexicon'))
    ? readdirSync(join(dist, 'lint', 'lexicon')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'lint', 'lexicon', f))
    : []),
  join(dist, 'lint', 'normalize.js'),
];
const words = [...new Set(sources.flatMap((f) => [...literalWords(f)]))].sort();

// ---------------------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const texts = merchantTexts(COUNT);
const chars = texts.reduce((n, t) => n + t.length, 0);
const mint = new Mint(words);

function runOurs() {
  let found = 0;
  for (const t of texts) found += lintText(t).length;
  return found;
}
function runMint() {
  let found = 0;
  for (const t of texts) found += mint.filter(t, { replace: false }).words.length;
  return found;
}

// Warm-up: JIT both, fill our lazily built tables (fold table, t2s dictionary).
const oursFound = runOurs();
const mintFound = runMint();
const ours = [];
const theirs = [];
for (let r = 0; r < ROUNDS; r++) {
  globalThis.gc?.();
  let t0 = performance.now();
  runOurs();
  ours.push(performance.now() - t0);
  globalThis.gc?.();
  t0 = performance.now();
  runMint();
  theirs.push(performance.now() - t0);
}
const oursRate = COUNT / (median(ours) / 1000);
const mintRate = COUNT / (median(theirs) / 1000);
// Each round times both back to back, so the per-round ratio cancels drift in machine load
// (other processes on the two cores); its median is the figure the bar is checked against.
const ratio = median(ours.map((t, i) => theirs[i] / t));

const flagged = texts.filter((t) => lintText(t).length > 0).length;
console.log(`texts: ${COUNT} synthetic merchant replies, ${chars} UTF-16 units (avg ${(chars / COUNT).toFixed(0)}), seed 20250312; ${flagged} (${((100 * flagged) / COUNT).toFixed(1)}%) get findings`);
console.log(`rules: ${contentRules.map((r) => r.id).join(', ')}`);
console.log(`word list for mint-filter: ${words.length} literal words from ${sources.length} modules`);
console.log(`  ${words.join(' ')}`);
console.log(`rounds: ${ROUNDS} (after one warm-up round each; each round times ours then mint-filter), median`);
console.log(`xhs-reply lintText (normalize + all content rules)  ${oursRate.toFixed(0).padStart(9)} texts/s  median ${median(ours).toFixed(0)} ms  findings ${oursFound}`);
console.log(`mint-filter filter(replace:false)                   ${mintRate.toFixed(0).padStart(9)} texts/s  median ${median(theirs).toFixed(0)} ms  words hit ${mintFound}`);
console.log(`ratio ours / mint-filter (median of per-round ratios): ${ratio.toFixed(2)}×  (bar ≥ 1×) ${ratio >= 1 ? 'OK' : 'UNDER'}`);
console.log(`  per round: ${ours.map((t, i) => (theirs[i] / t).toFixed(2)).join(' ')}`);

// For reference: the whole check command, one process, every text through stdin.
const input = texts.join('\n') + '\n';
const t0 = performance.now();
const cli = spawnSync(process.execPath, [join(dist, 'cli.js'), 'check', '--format', 'json'], {
  input,
  maxBuffer: 1 << 30,
  stdio: ['pipe', 'pipe', 'pipe'],
});
const cliMs = performance.now() - t0;
const answered = cli.status === 2 ? -1 : JSON.parse(cli.stdout.toString('utf8')).length;
console.log(
  `check --format json < ${COUNT} lines (one process, incl. start-up and JSON output): ${cliMs.toFixed(0)} ms, ` +
    `${(COUNT / (cliMs / 1000)).toFixed(0)} texts/s, exit ${cli.status}, ${answered} entries`,
);
if (answered !== COUNT) {
  console.error(`check answered ${answered} entries for ${COUNT} lines: ${cli.stderr}`);
  process.exit(2);
}
process.exit(ratio >= 1 ? 0 : 1);
