// Honest evaluation of the learned second opinion: leave-one-round-out over the blind rounds.
//
// For every round R: train on every other labelled text (other corpora and the other rounds,
// minus any text that also occurs in R), pick each rule's threshold by 5-fold cross-validation
// on that training set plus a calibration set of real staff replies (never on R), then score R
// with the rules alone and with rules + model (the model's warning counts only where the rules
// found nothing for that rule), using the project's 7-rule scorer. Also counts the model's
// flags on real staff replies that neither training nor threshold choice saw.
//
// usage: node scripts/second-opinion/eval.mjs --dist DIR --round A.jsonl --round B.jsonl …
//          --train C.jsonl … --real-calib calib.txt --real-test t1.txt … [--out DIR] [--scorer score7.py]
//          [--rules r1,r2] [--max-fdr 0.1] [--min-t 0.5] [--real-max 0] [--min-n 2]
//          [--neg real.txt --neg-weight 1]
//   --dist      a built dist/ whose rules (run alone) and normalizer are used
//   --rules     the rules the model may add to (default: all content rules but invisible-chars)
//   --max-fdr   a threshold may make at most this share of false alarms out-of-fold
//   --real-max  and at most this many flags on the calibration replies (per rule)
//   --neg       real staff replies added to training as clean texts (never calibration or test ones)
// The real replies are not in the repo (the public dialogue corpora may not be redistributed);
// the README says where they came from and how they were cut into calibration and test sets.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hash32, labelOf, loadJsonl, MAX_N, MIN_N, MODEL_RULES, ngrams, pickThreshold, runScorer, scoreFeats, thresholdGrid, trainLogistic } from './lib.mjs';

const args = { round: [], train: [], 'real-test': [], neg: [], 'clean-test': [] };
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, '');
  const v = process.argv[i + 1];
  if (Array.isArray(args[k])) args[k].push(v);
  else args[k] = v;
}
const dist = resolve(args.dist ?? 'dist');
const out = resolve(args.out ?? '/tmp/second-opinion-eval');
const scorer = args.scorer ?? '/work/blind/score7.py';
const maxFdr = Number(args['max-fdr'] ?? 0.1);
const rules = args.rules ? args.rules.split(',') : MODEL_RULES;
const realMax = Number(args['real-max'] ?? 0);
const minN = Number(args['min-n'] ?? MIN_N);
mkdirSync(out, { recursive: true });

const { normalize } = await import(pathToFileURL(join(dist, 'lint/normalize.js')).href);
const { lintText } = await import(pathToFileURL(join(dist, 'lint/engine.js')).href);

const cache = new Map();
function info(text) {
  let v = cache.get(text);
  if (!v) {
    const n = normalize(text).text;
    const messages = lintText(text, { secondOpinion: false }); // the rules alone
    v = { norm: n, feats: ngrams(n, minN, MAX_N), messages, fired: new Set(messages.map((m) => m.ruleId)) };
    cache.set(text, v);
  }
  return v;
}

const rounds = args.round.map((p) => ({ name: basename(p, '.jsonl'), items: loadJsonl(p) }));
const others = [];
const seenOther = new Set();
for (const p of args.train) {
  for (const it of loadJsonl(p)) {
    if (seenOther.has(it.text)) continue;
    seenOther.add(it.text);
    others.push(it);
  }
}
const readLines = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim());
const calib = args['real-calib'] ? readLines(args['real-calib']) : [];
const realTest = args['real-test'].flatMap(readLines);
// Hand-written ordinary shop replies known to be clean (e.g. the texts of test/lint/clean-replies.test.ts).
const cleanTest = args['clean-test'].flatMap(readLines);
// Real staff replies used as extra clean training texts (never the calibration or test replies).
const negTexts = args.neg.flatMap(readLines);
const negWeight = Number(args['neg-weight'] ?? 1);
const negItems = negTexts.map((text) => ({ id: 'neg', text, expect: [], tolerate: [], w: negWeight }));
const t0 = Date.now();
for (const it of [...others, ...rounds.flatMap((r) => r.items)]) info(it.text);
for (const t of [...calib, ...realTest, ...negTexts, ...cleanTest]) info(t);
console.error(`features + rules for ${cache.size} texts in ${Date.now() - t0} ms`);

const GRID = thresholdGrid(Number(args['min-t'] ?? 0.5));

function samplesFor(items, rule) {
  const s = [];
  for (const it of items) {
    const y = labelOf(it, rule);
    if (y === null) continue;
    s.push({ feats: info(it.text).feats, y, text: it.text, w: it.w ?? 1 });
  }
  return s;
}

/** Threshold per rule from out-of-fold scores of the training set and the calibration replies. */
function chooseThreshold(rule, train, full) {
  const samples = samplesFor(train, rule);
  const oof = [];
  for (let fold = 0; fold < 5; fold++) {
    const inFold = (s) => hash32(s.text) % 5 === fold;
    const m = trainLogistic(samples.filter((s) => !inFold(s)));
    for (const s of samples.filter(inFold)) {
      if (info(s.text).fired.has(rule)) continue; // the rules already answered for this rule
      oof.push({ y: s.y, p: scoreFeats(m, s.feats) });
    }
  }
  const calibScores = calib.filter((t) => !info(t).fired.has(rule)).map((t) => scoreFeats(full, info(t).feats));
  return pickThreshold(oof, calibScores, GRID, { realMax, maxFdr });
}

function score(corpusPath, answers, tag) {
  const ap = join(out, `${tag}.answers.json`);
  writeFileSync(ap, JSON.stringify(answers));
  const result = runScorer(scorer, corpusPath, ap);
  writeFileSync(join(out, `${tag}.score.txt`), result.text);
  return result;
}

function modelMessages(models, text) {
  const i = info(text);
  const extra = [];
  for (const [rule, { model, t }] of models) {
    if (i.fired.has(rule)) continue;
    const p = scoreFeats(model, i.feats);
    if (p >= t) extra.push({ ruleId: rule, severity: 1, message: `model ${p.toFixed(3)}`, start: 0, end: text.length });
  }
  return extra;
}

function evaluate(name, testItems, trainItems) {
  const testNorms = new Set(testItems.map((it) => info(it.text).norm));
  const train = trainItems.filter((it) => !testNorms.has(info(it.text).norm));
  const models = new Map();
  const thresholds = {};
  for (const rule of rules) {
    const model = trainLogistic(samplesFor(train, rule));
    const th = chooseThreshold(rule, train, model);
    thresholds[rule] = th;
    if (th.t <= 1) models.set(rule, { model, t: th.t });
  }
  const corpusPath = join(out, `${name}.corpus.jsonl`);
  writeFileSync(corpusPath, testItems.map((it) => JSON.stringify(it)).join('\n') + '\n');
  const rulesOnly = testItems.map((it) => ({ text: it.text, messages: info(it.text).messages }));
  const withModel = testItems.map((it) => ({ text: it.text, messages: [...info(it.text).messages, ...modelMessages(models, it.text)] }));
  const a = score(corpusPath, rulesOnly, `${name}.rules`);
  const b = score(corpusPath, withModel, `${name}.model`);
  const realFlags = [];
  for (const t of realTest) {
    const extra = modelMessages(models, t);
    if (extra.length) realFlags.push({ text: t, rules: extra.map((m) => `${m.ruleId} ${m.message}`) });
  }
  writeFileSync(join(out, `${name}.real-flags.json`), JSON.stringify(realFlags, null, 1));
  const cleanFlags = [];
  for (const t of cleanTest) {
    const extra = modelMessages(models, t);
    if (extra.length) cleanFlags.push({ text: t, rules: extra.map((m) => `${m.ruleId} ${m.message}`) });
  }
  writeFileSync(join(out, `${name}.clean-flags.json`), JSON.stringify(cleanFlags, null, 1));
  return { name, cleanFlags: cleanFlags.length, train: train.length, thresholds, rulesOnly: a, withModel: b, realFlags: realFlags.length, withModelAnswers: withModel, rulesAnswers: rulesOnly };
}

const results = [];
for (const r of rounds) {
  const trainItems = [...others, ...negItems, ...rounds.filter((o) => o !== r).flatMap((o) => o.items)];
  const res = evaluate(r.name, r.items, trainItems);
  results.push(res);
  console.error(`${r.name}: done (${Date.now() - t0} ms)`);
}
// Combined: every round scored by the model that did not see it.
const allItems = rounds.flatMap((r) => r.items);
const allPath = join(out, 'all.corpus.jsonl');
writeFileSync(allPath, allItems.map((it) => JSON.stringify(it)).join('\n') + '\n');
const combRules = score(allPath, results.flatMap((r) => r.rulesAnswers), 'all.rules');
const combModel = score(allPath, results.flatMap((r) => r.withModelAnswers), 'all.model');

// Per rule: catches and false alarms, rules alone → with the model, over all rounds.
function perRule(tag) {
  const rows = {};
  for (const l of readFileSync(join(out, `${tag}.score.txt`), 'utf8').split('\n')) {
    const m = /^\s+(\S+)\s+recall \S+ \((\d+)\/(\d+)\)\s+false alarms (\d+)/.exec(l);
    if (m) rows[m[1]] = { tp: +m[2], n: +m[3], fp: +m[4] };
  }
  return rows;
}
const pr = perRule('all.rules');
const pm = perRule('all.model');
const ruleLines = Object.keys(pr).map((k) => `| ${k} | ${pr[k].tp}/${pr[k].n} → ${pm[k].tp}/${pm[k].n} | ${pr[k].fp} → ${pm[k].fp} |`);

const rulesRealFlags = realTest.filter((t) => info(t).messages.some((m) => m.ruleId !== 'invisible-chars')).length;
const fmt = (s) => `${s.recall.toFixed(3)} / ${s.precision.toFixed(3)} / ${(s.cleanAlarm * 100).toFixed(1)}%`;
const lines = [];
lines.push(`| round | train texts | rules alone R / P / clean-alarm | rules + model R / P / clean-alarm | model flags on ${realTest.length} real replies | on ${cleanTest.length} hand-written clean replies |`);
lines.push('|---|---|---|---|---|---|');
for (const r of results) lines.push(`| ${r.name} | ${r.train} | ${fmt(r.rulesOnly)} | ${fmt(r.withModel)} | ${r.realFlags} | ${r.cleanFlags} |`);
lines.push(`| **all ${allItems.length}** | | ${fmt(combRules)} | ${fmt(combModel)} | | |`);
lines.push('');
lines.push('| rule (all rounds) | caught: rules → rules + model | false alarms |');
lines.push('|---|---|---|');
lines.push(...ruleLines);
lines.push('');
lines.push(`rules alone flag ${rulesRealFlags} of the ${realTest.length} real replies (any content rule but invisible-chars)`);
lines.push('');
lines.push('thresholds (per held-out round; tp/fp out-of-fold on its training set; real = calibration flags):');
for (const r of results) {
  lines.push(`- ${r.name}: ` + Object.entries(r.thresholds).map(([k, v]) => `${k} ${v.t > 1 ? 'off' : v.t} (${v.tp}/${v.fp}${v.realFlags ? `, real ${v.realFlags}` : ''})`).join(', '));
}
const report = lines.join('\n');
writeFileSync(join(out, 'report.md'), report + '\n');
console.log(report);
