// Held-out evaluation of the learned second opinion on blind rounds the rules were NOT tuned on.
//
// eval.mjs rotates over rounds the rules had already been fixed against, which understates what a
// model adds on new text. Here the held-out rounds were first-scored on a frozen build of the rules
// (--dist) before anyone looked at them; the model is trained on every other labelled text and
// on real staff replies, its thresholds are chosen without the held-out rounds, and then the
// held-out rounds are scored with the rules alone and with rules + model (the model's warning
// counts only where the rules found nothing for that rule) by the project's 7-rule scorer.
//
// Real staff replies (--real, one a line) are cut by a hash of the text into three disjoint parts,
// so no reply is both learned from and measured on:
//   hash % 4 == 0  test: the model's extra flags are counted and written out to be read by hand;
//   hash % 4 == 1  calibration: a threshold may flag at most --real-max of these per rule;
//   hash % 4 >= 2  training: clean examples for a rule, unless the rules fire that rule on them
//                  (those may be real violations; the rules' answer decides, not a guess).
// Labelled corpus texts that also occur in the real test part are dropped from training.
//
// usage: node scripts/second-opinion/heldout.mjs --dist DIR --held A.jsonl [--held B.jsonl]
//          --train C.jsonl … --real R.txt … [--out DIR] [--scorer score7.py] [--rules r1,r2]
//          [--max-fdr 0.1] [--real-max 0] [--min-n 2] [--max-n 4] [--keep 1500] [--l2 1e-5]
//          [--epochs 25] [--neg-weight 1] [--oof missed|all] [--refusal 0|1]
//   --oof all     judge thresholds on every out-of-fold text, not only those the rules missed (the
//                 training corpora are the ones the rules were tuned on: they miss almost nothing there)
//   --refusal 1   leave out n-grams inside the rules' refusal scopes (the dist's lint/refusal.js)
//   --neg-weight  weight of a real reply as a clean training example
// The run the README reports: --oof all --max-fdr 0.05 --refusal 1 --neg-weight 3 (chosen on
// w3-final before the w4 rounds were scored with the model).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hash32, labelOf, loadJsonl, MAX_N, MIN_N, MODEL_RULES, ngrams, pickThreshold, runScorer, scoreFeats, thresholdGrid, trainLogistic } from './lib.mjs';

const args = { held: [], train: [], real: [] };
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, '');
  const v = process.argv[i + 1];
  if (Array.isArray(args[k])) args[k].push(v);
  else args[k] = v;
}
const dist = resolve(args.dist ?? 'dist');
const out = resolve(args.out ?? '/tmp/second-opinion-heldout');
const scorer = args.scorer ?? '/work/blind/score7.py';
const maxFdr = Number(args['max-fdr'] ?? 0.1);
const rules = args.rules ? args.rules.split(',') : MODEL_RULES;
const realMax = Number(args['real-max'] ?? 0);
const minN = Number(args['min-n'] ?? MIN_N);
const maxN = Number(args['max-n'] ?? MAX_N);
const oofMode = args.oof ?? 'missed';
const negWeight = Number(args['neg-weight'] ?? 1);
const trainOpts = { keep: Number(args.keep ?? 1500), l2: Number(args.l2 ?? 1e-5), epochs: Number(args.epochs ?? 25) };
mkdirSync(out, { recursive: true });

const { normalize } = await import(pathToFileURL(join(dist, 'lint/normalize.js')).href);
const { refusalScopes } = await import(pathToFileURL(join(dist, 'lint/refusal.js')).href);
const useRefusal = args.refusal === '1';
const { lintText } = await import(pathToFileURL(join(dist, 'lint/engine.js')).href);

const cache = new Map();
function info(text) {
  let v = cache.get(text);
  if (!v) {
    const n = normalize(text).text;
    const messages = lintText(text, { secondOpinion: false }); // the rules alone
    v = { norm: n, feats: ngrams(n, minN, maxN, useRefusal ? refusalScopes(n) : []), messages, fired: new Set(messages.map((m) => m.ruleId)) };
    cache.set(text, v);
  }
  return v;
}

const readLines = (p) => readFileSync(p, 'utf8').split(/\r?\n/).filter((l) => l.trim());
const held = args.held.flatMap(loadJsonl);
const realAll = [...new Set(args.real.flatMap(readLines))];
const realTest = realAll.filter((t) => hash32(t) % 4 === 0);
const calib = realAll.filter((t) => hash32(t) % 4 === 1);
const realTrain = realAll.filter((t) => hash32(t) % 4 >= 2);

const t0 = Date.now();
for (const t of [...held.map((it) => it.text), ...realAll]) info(t);
const heldNorms = new Set(held.map((it) => info(it.text).norm));
const realTestNorms = new Set(realTest.map((t) => info(t).norm));
const train = [];
const seen = new Set();
let droppedHeld = 0;
let droppedReal = 0;
for (const p of args.train) {
  for (const it of loadJsonl(p)) {
    if (seen.has(it.text)) continue;
    seen.add(it.text);
    const n = info(it.text).norm;
    if (heldNorms.has(n)) droppedHeld++;
    else if (realTestNorms.has(n)) droppedReal++;
    else train.push(it);
  }
}
// Real replies as clean texts: `rulesFired` keeps a reply out of a rule's negatives.
for (const text of realTrain) {
  if (seen.has(text) || heldNorms.has(info(text).norm)) continue;
  seen.add(text);
  train.push({ id: 'real', text, expect: [], tolerate: [], w: negWeight, real: true });
}
console.error(`${train.length} training texts (${realTrain.length} real; dropped ${droppedHeld} in held-out, ${droppedReal} in real test), ${held.length} held out, real ${realTest.length} test / ${calib.length} calib; features in ${Date.now() - t0} ms`);

const GRID = thresholdGrid();

function samplesFor(items, rule) {
  const s = [];
  for (const it of items) {
    if (it.real && info(it.text).fired.has(rule)) continue;
    const y = labelOf(it, rule);
    if (y === null) continue;
    s.push({ feats: info(it.text).feats, y, text: it.text, w: it.w ?? 1 });
  }
  return s;
}

/** Threshold per rule from out-of-fold scores on the training set and the calibration replies. */
function chooseThreshold(rule, samples, full) {
  const oof = [];
  for (let fold = 0; fold < 5; fold++) {
    const inFold = (s) => hash32(s.text) % 5 === fold;
    const m = trainLogistic(samples.filter((s) => !inFold(s)), trainOpts);
    for (const s of samples.filter(inFold)) {
      // Default: judge a threshold only where the rules said nothing. --oof all: on every text
      // (the training corpora are the ones the rules were tuned on, so rule misses there are few).
      if (oofMode !== 'all' && info(s.text).fired.has(rule)) continue;
      oof.push({ y: s.y, p: scoreFeats(m, s.feats) });
    }
  }
  const calibScores = calib.filter((t) => !info(t).fired.has(rule)).map((t) => scoreFeats(full, info(t).feats));
  const pos = oof.filter((o) => o.y).sort((x, y) => y.p - x.p);
  const top = calibScores.sort((x, y) => y - x).slice(0, 3).map((p) => p.toFixed(4));
  console.error(`  ${rule}: ${pos.length} oof positives judged, top scores ${pos.slice(0, 5).map((o) => o.p.toFixed(3)).join(' ')}; calib top ${top.join(' ')}`);
  return pickThreshold(oof, calibScores, GRID, { realMax, maxFdr });
}

function score(items, answers, tag) {
  const cp = join(out, `${tag}.corpus.jsonl`);
  const ap = join(out, `${tag}.answers.json`);
  writeFileSync(cp, items.map((it) => JSON.stringify(it)).join('\n') + '\n');
  writeFileSync(ap, JSON.stringify(answers));
  const result = runScorer(scorer, cp, ap);
  writeFileSync(join(out, `${tag}.score.txt`), result.text);
  return result;
}

/** The n-grams with the largest positive weights present in a text: what drove the score. */
function drivers(model, feats, k = 3) {
  return feats
    .map((f) => [f, model.weights.get(f) ?? 0])
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([f, w]) => `${f}:${w.toFixed(2)}`);
}

function modelMessages(models, text) {
  const i = info(text);
  const extra = [];
  for (const [rule, { model, t }] of models) {
    if (i.fired.has(rule)) continue;
    const p = scoreFeats(model, i.feats);
    if (p >= t) extra.push({ ruleId: rule, severity: 1, message: `model ${p.toFixed(3)} ${drivers(model, i.feats).join(' ')}`, start: 0, end: text.length });
  }
  return extra;
}

const models = new Map();
const thresholds = {};
for (const rule of rules) {
  const samples = samplesFor(train, rule);
  const model = trainLogistic(samples, trainOpts);
  const th = chooseThreshold(rule, samples, model);
  thresholds[rule] = th;
  if (th.t <= 1) models.set(rule, { model, t: th.t });
  console.error(`${rule}: ${samples.filter((s) => s.y).length}+/${samples.length} threshold ${th.t > 1 ? 'off' : th.t} (oof ${th.tp}/${th.fp}) ${Date.now() - t0} ms`);
}

const tag = args.held.map((p) => basename(p, '.jsonl')).join('+');
const a = score(held, held.map((it) => ({ text: it.text, messages: info(it.text).messages })), `${tag}.rules`);
const b = score(held, held.map((it) => ({ text: it.text, messages: [...info(it.text).messages, ...modelMessages(models, it.text)] })), `${tag}.model`);
const heldFlags = [];
for (const it of held) {
  for (const m of modelMessages(models, it.text)) heldFlags.push(`${it.id}\t${m.ruleId}\t${it.expect.includes(m.ruleId) ? 'HIT' : (it.tolerate ?? []).includes(m.ruleId) ? 'tolerated' : 'FALSE'}\t${m.message}\t${it.text}`);
}
writeFileSync(join(out, `${tag}.model-flags.tsv`), heldFlags.join('\n') + '\n');
const realFlags = [];
for (const t of realTest) for (const m of modelMessages(models, t)) realFlags.push(`${m.ruleId}\t${m.message}\t${t}`);
writeFileSync(join(out, `${tag}.real-flags.tsv`), realFlags.join('\n') + '\n');
const rulesReal = realTest.filter((t) => [...info(t).fired].some((r) => r !== 'invisible-chars')).length;

const fmt = (s) => `${s.recall.toFixed(3)} / ${s.precision.toFixed(3)} / ${(s.cleanAlarm * 100).toFixed(1)}% (${s.cleanFlagged}/${s.clean})`;
const lines = [];
lines.push(`held out: ${tag} (${held.length} texts); trained on ${train.length} texts (${realTrain.length} real replies as clean)`);
lines.push(`| | R / P / clean-alarm |`);
lines.push('|---|---|');
lines.push(`| rules alone | ${fmt(a)} |`);
lines.push(`| rules + model | ${fmt(b)} |`);
lines.push('');
lines.push('| rule | caught: rules → + model | false alarms |');
lines.push('|---|---|---|');
for (const k of Object.keys(a.perRule)) lines.push(`| ${k} | ${a.perRule[k].tp}/${a.perRule[k].n} → ${b.perRule[k].tp}/${b.perRule[k].n} | ${a.perRule[k].fp} → ${b.perRule[k].fp} |`);
lines.push('');
lines.push(`real test replies: ${realTest.length}; rules flag ${rulesReal}; the model adds ${realFlags.length} flags (${((realFlags.length * 2900) / realTest.length).toFixed(1)} per 2,900)`);
lines.push('thresholds: ' + Object.entries(thresholds).map(([k, v]) => `${k} ${v.t > 1 ? 'off' : v.t} (oof ${v.tp}/${v.fp}${v.realFlags ? `, calib ${v.realFlags}` : ''})`).join(', '));
const report = lines.join('\n');
writeFileSync(join(out, `${tag}.report.md`), report + '\n');
console.log(report);
