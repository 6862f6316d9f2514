#!/usr/bin/env node
// npm run accuracy: scores every labelled corpus of the repo with the BUILT CLI
// (`node dist/cli.js check --format json`, texts fed one a line) and prints one table —
// recall, precision and clean false-alarm rate per corpus and per content rule — scored like
// ../shared/tools/score-corpus.py, but over all content rules including counterfeit.
//   node scripts/accuracy.mjs [--corpus FILE]… [--verbose] [--only NAME]
// --corpus adds a labelled .jsonl (e.g. a blind round); --verbose lists every miss and alarm.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
export const CONTENT = ['offsite-contact', 'absolute-claim', 'sensitive-topic', 'review-inducement', 'harassment', 'invisible-chars', 'counterfeit'];

export function readCorpus(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Runs the built CLI on the texts; texts with a line break go as arguments, one run each. */
export function checkTexts(texts) {
  const answers = new Array(texts.length);
  const batch = [];
  texts.forEach((t, i) => (/[\r\n]/.test(t) ? null : batch.push(i)));
  const run = (args, input) => {
    const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
    if (r.status !== 0 && r.status !== 1) throw new Error(`check exited ${r.status}: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const out = run([], batch.map((i) => texts[i]).join('\n') + '\n');
  if (out.length !== batch.length) throw new Error(`check answered ${out.length} of ${batch.length} texts`);
  batch.forEach((i, k) => (answers[i] = out[k]));
  texts.forEach((t, i) => {
    if (answers[i] === undefined) answers[i] = run(['--', t], '')[0];
  });
  return answers;
}

export function score(items, answers) {
  const per = Object.fromEntries(CONTENT.map((c) => [c, { tp: 0, fn: 0, fp: 0 }]));
  let cleanN = 0;
  let cleanAlarm = 0;
  let flagged = 0;
  const misses = [];
  const alarms = [];
  items.forEach((it, i) => {
    const fired = new Map();
    for (const m of answers[i].messages) {
      const sev = m.severity === 2 || m.severity === 'error' ? 'error' : m.severity === 1 || m.severity === 'warning' ? 'warning' : undefined;
      if (sev === undefined || !CONTENT.includes(m.ruleId)) continue;
      fired.set(m.ruleId, sev === 'error' || fired.get(m.ruleId) === 'error' ? 'error' : 'warning');
    }
    if (fired.size > 0) flagged++;
    const exp = new Set(it.expect);
    const tol = new Set(it.tolerate ?? []);
    const isAlarm = (c) => fired.has(c) && !(fired.get(c) === 'warning' && tol.has(c));
    for (const c of CONTENT) {
      if (exp.has(c)) {
        if (fired.has(c)) per[c].tp++;
        else {
          per[c].fn++;
          misses.push(`${it.id} ${c} ${it.text}`);
        }
      } else if (isAlarm(c)) {
        per[c].fp++;
        alarms.push(`${it.id} ${c} ${it.text}`);
      }
    }
    if (exp.size === 0) {
      cleanN++;
      if (CONTENT.some(isAlarm)) cleanAlarm++;
    }
  });
  const sum = (k) => CONTENT.reduce((s, c) => s + per[c][k], 0);
  const tp = sum('tp');
  const fn = sum('fn');
  const fp = sum('fp');
  return {
    items: items.length,
    per,
    tp,
    fn,
    fp,
    recall: tp + fn ? tp / (tp + fn) : 1,
    precision: tp + fp ? tp / (tp + fp) : 1,
    cleanN,
    cleanAlarm,
    cleanAlarmRate: cleanN ? cleanAlarm / cleanN : 0,
    flagged,
    misses,
    alarms,
  };
}

/** The repo's corpora: the shared dev corpus and every test/fixtures/corpus/*.jsonl. */
export function repoCorpora() {
  const files = [];
  const shared = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
  if (existsSync(shared)) files.push(shared);
  const dir = join(root, 'test', 'fixtures', 'corpus');
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.jsonl')) continue;
    // test/fixtures/corpus/dev.jsonl is a copy of the shared dev corpus: score it once.
    if (files[0] === shared && readFileSync(join(dir, f), 'utf8') === readFileSync(shared, 'utf8')) continue;
    files.push(join(dir, f));
  }
  return files;
}

const f3 = (x) => x.toFixed(3);
const pad = (s, n) => String(s).padEnd(n);

function main(argv) {
  if (!existsSync(cli)) {
    console.error('dist/cli.js is missing: run npm run build first');
    process.exit(2);
  }
  const extra = [];
  let verbose = false;
  let only;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') extra.push(argv[++i]);
    else if (argv[i] === '--verbose') verbose = true;
    else if (argv[i] === '--only') only = argv[++i];
    else {
      console.error(`unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  let files = [...repoCorpora(), ...extra];
  if (only) files = files.filter((f) => basename(f).includes(only));
  const total = Object.fromEntries(CONTENT.map((c) => [c, { tp: 0, fn: 0, fp: 0 }]));
  const lines = [];
  lines.push(`${pad('corpus', 44)}${pad('items', 7)}${pad('recall', 8)}${pad('precision', 11)}${pad('clean-alarm', 18)}texts flagged`);
  const details = [];
  for (const file of files) {
    const items = readCorpus(file);
    const s = score(items, checkTexts(items.map((i) => i.text)));
    const name = relative(root, file);
    lines.push(`${pad(name, 44)}${pad(s.items, 7)}${pad(f3(s.recall), 8)}${pad(f3(s.precision), 11)}${pad(`${f3(s.cleanAlarmRate)} (${s.cleanAlarm}/${s.cleanN})`, 18)}${s.flagged}/${s.items}`);
    const ruleCells = CONTENT.filter((c) => s.per[c].tp + s.per[c].fn + s.per[c].fp > 0).map((c) => {
      const p = s.per[c];
      return `${c} ${p.tp}/${p.tp + p.fn}${p.fp ? ` +${p.fp}fp` : ''}`;
    });
    lines.push(`    ${ruleCells.join(' · ')}`);
    for (const c of CONTENT) for (const k of ['tp', 'fn', 'fp']) total[c][k] += s.per[c][k];
    if (verbose) details.push(`== ${name}`, ...s.misses.map((m) => `MISS ${m}`), ...s.alarms.map((a) => `ALARM ${a}`));
  }
  lines.push('', `${pad('rule (all corpora)', 22)}${pad('caught', 12)}${pad('recall', 8)}${pad('false alarms', 14)}precision`);
  for (const c of CONTENT) {
    const p = total[c];
    lines.push(`${pad(c, 22)}${pad(`${p.tp}/${p.tp + p.fn}`, 12)}${pad(f3(p.tp + p.fn ? p.tp / (p.tp + p.fn) : 1), 8)}${pad(p.fp, 14)}${f3(p.tp + p.fp ? p.tp / (p.tp + p.fp) : 1)}`);
  }
  console.log([...lines, ...(details.length ? ['', ...details] : [])].join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
