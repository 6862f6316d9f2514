#!/usr/bin/env node
// Held-out evaluation of the learned second opinion: what the SHIPPED procedure (train.mjs's
// train(): same inputs, tables, real-reply split, quantized weights, thresholds) does on blind
// rounds it never saw, scored with the shipped scorer.
//
// The model is trained with the rules of a frozen build (--dist, e.g. the build the session
// started from) on every repo corpus and training-only corpus (test/fixtures/train/) except the
// held-out files and --skip files, minus any text whose normalized form is in a held-out round.
// It is then written into a copy of that build (OUT/dist), and the held-out rounds are linted by
// that copy's lintText with the model off and on — exactly what `check` would report — and scored
// by the project's 7-rule scorer.
//
// Real staff replies (--real, one a line; default /work/real/real-*.txt) are split by a hash of
// the text as in training: ¼ test (never trained on or calibrated with), ¼ calibration, ½
// training. The report counts the model's extra flags on the test quarter and on every line of
// each --real-check file (replies held out entirely, e.g. a separate JD set), and writes them out
// to be read by hand.
//
// usage: node scripts/second-opinion/heldout.mjs --dist DIR --held A.jsonl [--held B.jsonl]…
//          [--skip FILE]… [--extra FILE]… [--real R.txt]… [--real-check R.txt]…
//          [--tables all|clean|none] [--set key=json]… [--out DIR] [--scorer score7.py] [--rules-dist OLD]
//          [--judged FILE|none] [--top N]
//   --judged  the judged real violations left out of the floors (default src/lint/second-opinion/
//             judged-real.tsv; none: every calibration reply sets them); OUT/TAG.calib-top.tsv lists
//             the --top N (60) highest-scoring calibration replies per rule, to be judged
//   --skip    a repo corpus (path as in the manifest or absolute) left out of training
//   --extra   a labelled JSONL file added to training (e.g. a round not yet in the repo)
//   --set     overrides a training setting (CONFIG in train.mjs, plus posCap, maxFdrRule,
//             tableWeight, minDf), e.g. --set keep=3000 --set 'posCap={"harassment":8}'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hash32, loadJsonl, runScorer } from './lib.mjs';
import { JUDGED, replyDigest, repoInputs, train, trainInputs } from './train.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const args = { held: [], skip: [], extra: [], real: [], 'real-check': [], set: [] };
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, '');
  const v = process.argv[i + 1];
  if (v === undefined) throw new Error(`${process.argv[i]} needs a value`);
  if (Array.isArray(args[k])) args[k].push(v);
  else args[k] = v;
}
if (args.held.length === 0 || !args.dist) {
  console.error('usage: node scripts/second-opinion/heldout.mjs --dist DIR --held A.jsonl [--held B.jsonl]… [--skip FILE]… [--extra FILE]… [--real R.txt]… [--real-check R.txt]… [--tables all|clean|none] [--set key=json]… [--out DIR]');
  process.exit(2);
}
const dist = resolve(args.dist);
const out = resolve(args.out ?? '/tmp/second-opinion-heldout');
const scorer = args.scorer ?? join(root, 'scripts', 'second-opinion', 'score-answers.py');
const config = Object.fromEntries(args.set.map((kv) => [kv.slice(0, kv.indexOf('=')), JSON.parse(kv.slice(kv.indexOf('=') + 1))]));
const tables = args.tables ?? 'all';
if (args.real.length === 0) {
  args.real = readdirSync('/work/real')
    .filter((f) => /^real-.*\.txt$/.test(f))
    .sort()
    .map((f) => join('/work/real', f));
}
mkdirSync(out, { recursive: true });

const { normalize } = await import(pathToFileURL(join(dist, 'lint/normalize.js')).href);
const held = args.held.flatMap(loadJsonl);
const heldNorms = new Set(held.map((it) => normalize(it.text).text));
const same = (a, b) => resolve(root, a) === resolve(root, b);
const leftOut = [...args.held, ...args.skip];
const corpora = repoInputs().filter((c) => !leftOut.some((p) => same(c, p)));
const trainFiles = [...trainInputs().filter((c) => !leftOut.some((p) => same(c, p))), ...args.extra.map((p) => resolve(p))];

const t0 = Date.now();
const judged = args.judged === 'none' ? null : args.judged ? resolve(args.judged) : JUDGED;
const result = await train({ corpora, trainFiles, real: args.real, judged, tables, dist, config, exclude: (norm) => heldNorms.has(norm), log: (s) => console.error(s) });

// The calibration replies that score highest per rule (the rules silent for it): the ones that set
// its floor, to be read and judged (judged-real.tsv). `judged` marks those already judged violations.
const top = [];
result.diag.fitted.forEach((f, r) => {
  const rows = result.diag.realRows.filter((x) => x.calib && !x.fired.has(f.rule)).sort((x, y) => y.p[r] - x.p[r]).slice(0, Number(args.top ?? 60));
  for (const x of rows) top.push(`${f.rule}\t${x.p[r].toPrecision(8)}\t${replyDigest(x.text)}\t${x.judged?.has(f.rule) ? 'judged' : ''}\t${x.text}`);
});

// The trained model inside a copy of the frozen build: its lintText is what `check` would do.
const copy = join(out, 'dist');
cpSync(dist, copy, { recursive: true });
const { modelHeader } = await import(pathToFileURL(join(dist, 'lint/second-opinion/model.js')).href);
writeFileSync(join(copy, 'lint/second-opinion/model.gen.js'), `export const MODEL = ${JSON.stringify(modelHeader(result.data))};\n`);
writeFileSync(join(copy, 'lint/second-opinion/model.bin'), result.modelBin);
const { lintText } = await import(pathToFileURL(join(copy, 'lint/engine.js')).href);
const isModel = (m) => m.message.startsWith('模型复核');

const tag = args.held.map((p) => basename(p, '.jsonl')).join('+');
function score(answers, name) {
  const cp = join(out, `${tag}.corpus.jsonl`);
  const ap = join(out, `${tag}.${name}.answers.json`);
  writeFileSync(cp, held.map((it) => JSON.stringify(it)).join('\n') + '\n');
  writeFileSync(ap, JSON.stringify(answers));
  const r = runScorer(scorer, cp, ap);
  writeFileSync(join(out, `${tag}.${name}.score.txt`), r.text);
  return r;
}
// --rules-dist OLD: the held-out rounds' rule findings come from an older build (the one their
// first score was taken on, before any rule was tuned on them), and the model is asked, as the
// engine asks it, about every rule those rules found nothing for — the model as it would have
// stood beside rules that had never seen the text.
let rulesOf = (text) => lintText(text, { secondOpinion: false });
let modelOf = (text) => lintText(text).filter(isModel);
if (args['rules-dist']) {
  const old = await import(pathToFileURL(join(resolve(args['rules-dist']), 'lint/engine.js')).href);
  const { secondOpinion } = await import(pathToFileURL(join(copy, 'lint/second-opinion/index.js')).href);
  const { normalize: norm } = await import(pathToFileURL(join(copy, 'lint/normalize.js')).href);
  const { inRefusal, originalRefusalScopes } = await import(pathToFileURL(join(copy, 'lint/refusal.js')).href);
  rulesOf = (text) => old.lintText(text, { secondOpinion: false }).filter((m) => !isModel(m));
  modelOf = (text) => {
    const n = norm(text);
    const found = rulesOf(text);
    const scopes = originalRefusalScopes(n);
    return secondOpinion(n, found, () => 1, 'zh').filter((m) => !inRefusal(text, scopes, m.start, m.end));
  };
}
const rulesOnly = held.map((it) => ({ text: it.text, messages: rulesOf(it.text) }));
const withModel = held.map((it, i) => ({ text: it.text, messages: [...rulesOnly[i].messages, ...modelOf(it.text)] }));
const a = score(rulesOnly, 'rules');
const b = score(withModel, 'model');
const heldFlags = [];
held.forEach((it, i) => {
  for (const m of withModel[i].messages.filter(isModel)) {
    const verdict = it.expect.includes(m.ruleId) ? 'HIT' : (it.tolerate ?? []).includes(m.ruleId) ? 'tolerated' : 'FALSE';
    heldFlags.push(`${it.id}\t${m.ruleId}\t${verdict}\t${m.message}\t${it.text}`);
  }
});
writeFileSync(join(out, `${tag}.model-flags.tsv`), heldFlags.join('\n') + '\n');
writeFileSync(join(out, `${tag}.calib-top.tsv`), top.join('\n') + '\n');

// Real replies: the model's extra flags on the test quarter and on the --real-check files.
const readLines = (p) => readFileSync(p, 'utf8').split(/\r?\n/).filter((l) => l.trim());
const realTest = [...new Set(args.real.flatMap(readLines))].filter((t) => hash32(t) % 4 === 0);
const realSets = [{ name: 'real test quarter', texts: realTest }, ...args['real-check'].map((p) => ({ name: basename(p), texts: [...new Set(readLines(p))] }))];
const realLines = [];
for (const set of realSets) {
  const flags = [];
  let rules = 0;
  for (const t of set.texts) {
    const msgs = lintText(t);
    if (msgs.some((m) => !isModel(m) && m.ruleId !== 'invisible-chars')) rules++;
    for (const m of msgs.filter(isModel)) flags.push(`${m.ruleId}\t${m.message}\t${t}`);
  }
  writeFileSync(join(out, `${tag}.real-flags.${set.name.replace(/\W+/g, '-')}.tsv`), flags.join('\n') + '\n');
  realLines.push(`${set.name}: ${set.texts.length} replies; rules flag ${rules}; the model adds ${flags.length}${flags.length ? ': ' + flags.map((f) => f.split('\t')[2]).join(' | ') : ''}`);
}

// The model alone, whatever the rules say: per rule its recall at the threshold and the clean
// texts it flags, and a threshold-free ranking figure — the positives caught at the lowest score
// that lets at most 2 of the round's negatives for that rule through (less noisy than the small
// gain beside rules that already catch most of a round).
const { compileModel, probabilities } = await import(pathToFileURL(join(copy, 'lint/second-opinion/model.js')).href);
const { refusalScopes: scopesOf } = await import(pathToFileURL(join(copy, 'lint/refusal.js')).href);
const alone = compileModel(result.data);
const probs = held.map((it) => {
  const n = normalize(it.text).text;
  return probabilities(alone, n, scopesOf(n));
});
let alonePos = 0;
let aloneCaught = 0;
let aloneClean = 0;
let ranked = 0;
result.data.rules.forEach((rule, r) => {
  const pos = [];
  const neg = [];
  held.forEach((it, i) => (it.expect.includes(rule) ? pos : (it.tolerate ?? []).includes(rule) ? [] : neg).push(probs[i][r]));
  alonePos += pos.length;
  aloneCaught += pos.filter((p) => p >= result.data.threshold[r]).length;
  const cut = [...neg].sort((x, y) => y - x)[2] ?? -1;
  ranked += pos.filter((p) => p > cut).length;
});
held.forEach((it, i) => {
  if (it.expect.length === 0 && probs[i].some((p, r) => p >= result.data.threshold[r])) aloneClean++;
});
const fmt = (s) => `${s.recall.toFixed(3)} / ${s.precision.toFixed(3)} / ${(s.cleanAlarm * 100).toFixed(1)}% (${s.cleanFlagged}/${s.clean})`;
const lines = [];
lines.push(`held out: ${tag} (${held.length} texts), rules of ${args['rules-dist'] ?? dist}; trained on ${result.counts.trainingTexts} texts; settings ${JSON.stringify(config)} tables ${tables}`);
lines.push('| | R / P / clean-alarm |');
lines.push('|---|---|');
lines.push(`| rules alone | ${fmt(a)} |`);
lines.push(`| rules + model | ${fmt(b)} |`);
lines.push('');
lines.push('| rule | caught: rules → + model | false alarms |');
lines.push('|---|---|---|');
for (const k of Object.keys(a.perRule)) lines.push(`| ${k} | ${a.perRule[k].tp}/${a.perRule[k].n} → ${b.perRule[k].tp}/${b.perRule[k].n} | ${a.perRule[k].fp} → ${b.perRule[k].fp} |`);
lines.push('');
lines.push(`model alone: recall ${(aloneCaught / alonePos).toFixed(3)} (${aloneCaught}/${alonePos}), clean texts flagged ${aloneClean}; ranking (<= 2 negatives a rule): ${ranked}`);
lines.push(...realLines);
lines.push('thresholds: ' + Object.entries(result.thresholds).map(([k, v]) => `${k} ${v.threshold > 1 ? 'off' : v.threshold} (oof ${v.oofCaught}/${v.oofFalse})`).join(', '));
lines.push(`model.bin ${result.modelBin.length} bytes, ${result.counts.grams} n-grams; ${Math.round((Date.now() - t0) / 1000)} s`);
const report = lines.join('\n');
writeFileSync(join(out, `${tag}.report.md`), report + '\n');
console.log(report);
if (!existsSync(join(out, 'dist'))) process.exit(1);
