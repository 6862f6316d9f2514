#!/usr/bin/env node
// npm run train-model: trains the learned second opinion that ships in `check`/`lint` and writes
//   src/lint/second-opinion/model.gen.ts   the model's header (rules, biases, scales, thresholds)
//   src/lint/second-opinion/model.bin      its n-grams, lookup table and int16 weights
//   src/lint/second-opinion/manifest.json  sha256 and size of every input, the config, thresholds
//   src/lint/second-opinion/tables.jsonl   the table items it trained on (see TABLES_SNAPSHOT)
//   src/lint/second-opinion/calibration.json  with --real: the thresholds' floors
// from the BUILT rules (dist/, run `npm run build` first; the rules alone decide which real replies
// may be violations) and these inputs:
//   - every labelled corpus in the repo: test/fixtures/corpus/*.jsonl (sorted), plus
//     ../shared/corpus/dev.jsonl when it differs from the repo's copy (as scripts/accuracy.mjs);
//   - the training-only corpora: test/fixtures/train/*.jsonl (sorted; texts written blind for
//     training, see test/fixtures/train/README.md). They train and judge thresholds like the
//     corpora, but no accuracy bar is asserted on them;
//   - the rules' hand-written tables (rule tables, lexicon specs, ordinary replies; see
//     table-cases.mjs), as training-only samples (--tables);
//   - real shop-staff replies (--real FILE…, one a line), which only set each rule's threshold floor
//     (calibration.json; without --real the committed one is used). They come from public research
//     dialogue corpora whose licences are unclear, so they are never committed; calibration.json
//     records their sha256 and line counts. This machine's set (README 模型复核, 训练), the recipe
//     to rerun after other work lands (~1–3 min):
//     (session 12: the replies re-extracted after the old machine's were lost, /work/real/README.md;
//     the five separate files, so the leave-one-source-out check below has sources to leave out)
//       R=/work/real
//       npm run build && npm run train-model -- --real $R/real-csds.txt --real $R/real-jddc.txt \
//         --real $R/real-ecd.txt --real $R/real-cds.txt --real $R/real-weibo.txt
//       npm run build && npm run train-model -- --check-committed   # must say byte-identical
//     then read the replies it prints under "left out" (each source's warnings when it is left out of
//     the calibration) and diff `check --format json` on all real replies against the build before.
// The procedure and config are those of the held-out evaluation (heldout.mjs; 2–4-grams; 6,000
// features a rule and realMax 1 since session 13, chosen on two folds of released rounds — fold A
// w30–w32, fold C w33–w35 — over 3,000 features and realMax 0: README 模型复核; `keep` may also be
// per rule, {"absolute-claim": 6000}, the others 3,000; since session 14 realClip 1 for every rule but
// absolute-claim — an n-gram as common in ordinary replies as in the rule's violations may not weigh
// towards it, real-grams.tsv — chosen on fold C w33–w35 and fold D w36–w37, where it kept recall and
// flagged fewer unseen real replies; and realMax 0 for counterfeit, its floor above every calibration
// reply, which cost no recall on either fold and took a wrong flag off the unseen replies; since
// session 15 realPrior 0.1 — every n-gram of real-grams.tsv also trains as a one-n-gram clean sample
// weighted 0.1 × its reply count that only holds back weight towards a rule, so ordinary service talk
// scores lower and the floors come down — with realMax 0 for every rule and floorMargin 0.25, so no
// calibration reply is let through by design: on fold E (w38e/w38L/w39a–c/w40L–L3, never trained)
// recall rose with fold D w36–w37 unchanged, and the model's wrong flags on the real replies went
// away instead of moving to the next-highest reply; README 模型复核; session 16: on the fold
// w41e/w41L/w42a–c/w43L–L3, never trained, realMax 1 gained recall but let seven ordinary replies
// through, a larger realPrior (0.3, 1), l2 1e-4, floorMargin 1 and weights averaged over the last 10
// epochs gained nothing, more blind data and ordinary-reply classes did; and seeds 3 — each rule's
// weights the average of three fits that differ only in their shuffle (lib.mjs fitSeeds) — because
// retrains on the same recipe moved a threshold by several grid steps and the transfer check by
// ±0.02 from one added file to the next, the floors following single rare n-grams — with
// floorMargin 0.75, since at 0.25 the averaged weights flagged 3–4 unseen ordinary replies, each
// within 0.35 log-odds of its threshold); session 17: floorTail { k: 5, margin: 2 } with floorMargin 0.5 —
// each floor at least 2 log-odds above the mean log-odds of the five highest calibration replies and
// 0.5 above the highest, not 0.75 above the highest alone — because every rule's threshold sat on its
// floor and the floor followed one reply: over five retrains of one recipe (seeds 7/11/21, 5% of the
// texts dropped twice) the thresholds moved 0.38 log-odds (sd, mean over the rules) instead of 0.73,
// the model's flags on replies outside the calibration fell (unjudged: 1,3,1,0,1 → 0,1,1,0,0 over those
// retrains), at −0.003 recall on the never-trained fold w44e/w45a–c (README 模型复核); and oofSplit
// 'file' — the out-of-fold folds hold whole files, so a set's texts are judged by a model that saw none
// of its writer's set, as a fresh blind set meets the shipped one (foldAssigner; the thresholds came out
// the same as with folds by text hash, the floors binding every rule); session 18: l2 per rule, 1e-3 for
// harassment, offsite-contact and sensitive-topic (1e-5 as before for the other three) — one 3-shuffle
// fit's text scores still moved by ~2 log-odds (sd) between shuffles, the solution left to the shuffle
// among many correlated n-grams, and a stronger L2 makes it more nearly unique (harassment alone, no
// folds: 2.09 → 1.28 at 1e-3, 0.91 at 1e-2). On the never-trained fold w47e/w47L/w48a–c/w49L–L3 over
// three shuffles (7/11/21; one fit a rule, thresholds on their floors), 1e-3 for those three and
// counterfeit: general recall 0.851–0.869 → 0.864–0.878 (sd 0.009 → 0.007; w48b sd 0.031 → 0.015),
// list words 589–594 → 591–597/664, natural 141–143 both, transfer w50e 0.879–0.896 → 0.884–0.908;
// 1e-2 for all six narrowed the general range to 0.867–0.872 but lost absolute-claim's and
// review-inducement's catches (words 584–587, natural 136–137) and flagged more benign list uses.
// counterfeit went back to 1e-5 in the final retrain: at 1e-3 its floor came down and two denials of
// fakes in the released sets (不卖高仿也不卖A货, …我们没有) were flagged (README 模型复核); session 19:
// the config unchanged, the released w50e/w50L/w51a–c/w52L–L3 trained after the committed model was measured on them
// (its untrained fold), and the operating point read there: every threshold moved by the same log-odds, −0.5 caught
// a little more (w51b 0.721 → 0.738, w50e 0.890 → 0.896, two more natural list claims) and flagged one more
// calibration reply (a five-star request, judged-real.tsv), −1 (w51b 0.767) a clean text of w51a and four ordinary
// replies, +0.5/+1 only lost catches, so the floors stay where floorTail puts them. A richer feature set (word
// tokens, skip-grams, the rules' context signals) was not tried: the shipped scorer walks 2–4-grams only (model.ts) and
// a fair test over several shuffles, ~8 min a training on a loaded host, did not fit that session: real
// replies are split by a hash of the text
// into test (¼, never used) and calibration (¾: a threshold may flag at most realMax of those the
// rules leave silent, not counting the replies judged real violations of that rule in
// judged-real.tsv, and sits at least floorMargin log-odds above the highest one it may not flag,
// lib.mjs floorOf); a threshold is the one catching the most out-of-fold positives
// (at least minSupport) with an out-of-fold false discovery rate ≤ 1%. With --real it also prints
// a leave-one-source-out check: each --real file left out of the calibration in turn, the model's
// warnings on it at the thresholds the other files set.
//
// Deterministic: the same inputs and rules give byte-identical files (fixed orders, seeded shuffle,
// weights quantized to int16 with a per-rule scale, thresholds calibrated on the quantized model
// with the scorer that ships). `--check` retrains and compares with the committed files instead
// of writing them (exit 1 when they differ), the rules' tables read as they are now.
// `--check-committed` retrains only the weights from the committed inputs — tables.jsonl instead
// of the live tables — and compares model.bin and model.gen.ts (run it before landing a model);
// `--check-committed --rule R` refits one rule and compares its weights. npm test does the latter
// for one rule named by model.bin's sha256, after comparing every input with the manifest by sha256
// and recomputing the features digest (session 18: six refits took 260–320 s on a loaded host and grew
// with each training file; one takes ~15–25 s). Since session 18 the fits walk interned, packed rows
// (lib.mjs), bit for bit the old arithmetic at about 2.5× the speed.
// Calibration replies judged to be real violations the rules miss (src/lint/second-opinion/
// judged-real.tsv: digest, rule, reason; no reply text) do not set that rule's floor (session 13).
//   node scripts/second-opinion/train.mjs [--real FILE]… [--tables clean|all|none] [--check | --check-committed] [--out DIR]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tableCases, tableFiles } from './table-cases.mjs';
import { floorOf, hash32, insideOnly, labelOf, loadJsonl, MAX_N, MIN_N, MODEL_RULES, ngrams, pickThreshold, scoreFeats, thresholdGrid, trainLogistic } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MODEL_DIR = join(root, 'src', 'lint', 'second-opinion');
export const CONFIG = Object.freeze({ minN: MIN_N, maxN: MAX_N, keep: 6000, l2: { 'absolute-claim': 1e-5, counterfeit: 1e-5, harassment: 1e-3, 'offsite-contact': 1e-3, 'review-inducement': 1e-5, 'sensitive-topic': 1e-3 }, epochs: 25, oof: 'all', refusal: 1, maxFdr: 0.01, negWeight: 3, folds: 5, realNeg: 0, floorMargin: 0.5, floorTail: { k: 5, margin: 2 }, oofSplit: 'file', minSupport: 25, realMax: { 'absolute-claim': 0, counterfeit: 0, harassment: 0, 'offsite-contact': 0, 'review-inducement': 0, 'sensitive-topic': 0 }, realClip: { counterfeit: 1, harassment: 1, 'offsite-contact': 1, 'review-inducement': 1, 'sensitive-topic': 1 }, realPrior: 0.1, priorMinDf: 5, seeds: 3 });
const BASE_CONFIG = CONFIG;
export const CALIBRATION = join(MODEL_DIR, 'calibration.json');

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

/**
 * judged-real.tsv: real staff replies (from the --real files, never committed) that a reader judged
 * to be real violations the rules miss — asking for a five-star review, for the buyer's QQ, … — one
 * a line as `digest<TAB>rules<TAB>reason`: the first 16 hex digits of the sha256 of the reply as it
 * stands in its file (one line, trimmed), the rules it violates (comma-separated) and why, in the
 * reader's words. `#` lines are comments. They are left out of those rules' threshold floors: a
 * floor is the least threshold flagging none of the calibration replies the rules leave silent, and
 * these are replies it should flag (README 模型复核, session 13).
 */
export const JUDGED = join(MODEL_DIR, 'judged-real.tsv');

/** real-grams.tsv: the ordinary-reply clip's counts (see train): a `# replies N` line, then one
 *  `n-gram<TAB>count` a line, sorted by n-gram. */
export const REAL_GRAMS = join(MODEL_DIR, 'real-grams.tsv');
export function renderRealGrams({ replies, grams }) {
  return `# replies ${replies}\n${grams.map(([g, c]) => `${g}\t${c}`).join('\n')}\n`;
}
export function parseRealGrams(text) {
  const lines = text.split('\n').filter((l) => l);
  const m = /^# replies (\d+)$/.exec(lines[0] ?? '');
  if (!m) throw new Error('real-grams.tsv: the first line must be # replies N');
  return { replies: Number(m[1]), grams: lines.slice(1).map((l) => { const [g, c] = l.split('\t'); return [g, Number(c)]; }) };
}
export const replyDigest = (text) => sha256(text.trim()).slice(0, 16);

/** judged-real.tsv as a map from reply digest to the set of rules the reply was judged to violate. */
export function readJudged(path) {
  const out = new Map();
  if (!path || !existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [digest, rules, reason] = line.split('\t');
    if (!/^[0-9a-f]{16}$/.test(digest) || !reason?.trim()) throw new Error(`judged-real.tsv: not digest<TAB>rules<TAB>reason: ${line}`);
    const set = out.get(digest) ?? new Set();
    for (const r of rules.split(',')) {
      if (!MODEL_RULES.includes(r.trim())) throw new Error(`judged-real.tsv: unknown rule ${r}`);
      set.add(r.trim());
    }
    out.set(digest, set);
  }
  return out;
}

/** The repo's labelled corpora, in training order (paths relative to the repo). */
export function repoInputs() {
  const dir = join(root, 'test', 'fixtures', 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => relative(root, join(dir, f)));
}

/** The training-only corpora (paths relative to the repo), in training order. */
export function trainInputs() {
  const dir = join(root, 'test', 'fixtures', 'train');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => relative(root, join(dir, f)));
}

/** ../shared/corpus/dev.jsonl when it is present and not the same as the repo's copy. */
function sharedDev() {
  const shared = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
  const copy = join(root, 'test', 'fixtures', 'corpus', 'dev.jsonl');
  if (!existsSync(shared)) return [];
  if (existsSync(copy) && readFileSync(shared).equals(readFileSync(copy))) return [];
  return [shared];
}

export function describeFile(path, extra = {}) {
  const buf = readFileSync(path);
  const text = buf.toString('utf8');
  return { path, sha256: sha256(buf), lines: text.split('\n').filter((l) => l.trim()).length, ...extra };
}

function parseArgs(argv) {
  const args = { real: [], check: false, committed: false, out: MODEL_DIR, tables: 'all' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--real') args.real.push(argv[++i]);
    else if (argv[i] === '--check') args.check = true;
    else if (argv[i] === '--check-committed') args.committed = true;
    else if (argv[i] === '--out') args.out = resolve(argv[++i]);
    else if (argv[i] === '--tables') args.tables = argv[++i];
    else if (argv[i] === '--rule') (args.rules ??= []).push(argv[++i]);
    else {
      console.error(`unknown argument ${argv[i]}\nusage: node scripts/second-opinion/train.mjs [--real FILE]… [--tables clean|all|none] [--check | --check-committed [--rule RULE]…] [--out DIR]`);
      process.exit(2);
    }
  }
  if (!['clean', 'all', 'none'].includes(args.tables)) {
    console.error(`--tables must be clean, all or none, got ${args.tables}`);
    process.exit(2);
  }
  return args;
}

/** Trains on the given inputs with the built rules in `dist`; returns the two files' contents. */
/**
 * Trains on the given inputs with the built rules in `dist`; returns the two files' contents.
 * `config` overrides CONFIG (the held-out evaluation tries settings this way); `exclude(norm)`
 * drops a labelled text by its normalized form (the held-out rounds, so none of them trains).
 */
export async function train({ corpora, trainFiles = [], sharedFiles = [], real = [], judged = JUDGED, calibration = null, tables = 'all', tableItems, dist = join(root, 'dist'), config = {}, exclude = () => false, cost = true, weightsOnly = false, digestOnly = false, onlyRules = null, features, log = () => {} }) {
  const CONFIG = { ...BASE_CONFIG, ...config };
  if (CONFIG.realNeg && real.length === 0) throw new Error('realNeg: 1 trains on real staff replies: pass them (--real FILE)');
  const { normalize } = await import(pathToFileURL(join(dist, 'lint/normalize.js')).href);
  const { refusalScopes } = await import(pathToFileURL(join(dist, 'lint/refusal.js')).href);
  const { lintText } = await import(pathToFileURL(join(dist, 'lint/engine.js')).href);
  const { compileModel, encodeModel, modelBinary, modelHeader, probabilities, reachable } = await import(pathToFileURL(join(dist, 'lint/second-opinion/model.js')).href);
  const cache = new Map();
  // A text's normalized form and refusal scopes, and (made when first asked for, so a check that
  // only needs the features digest does not make them) its n-grams outside and inside the scopes.
  const info = (text) => {
    let v = cache.get(text);
    if (!v) {
      const norm = normalize(text).text;
      const scopes = refusalScopes(norm);
      let feats;
      let inside;
      v = {
        norm,
        scopes,
        get feats() {
          return (feats ??= ngrams(norm, CONFIG.minN, CONFIG.maxN, scopes));
        },
        get inside() {
          return (inside ??= insideOnly(norm, scopes, this.feats, CONFIG.minN, CONFIG.maxN));
        },
        fired: undefined,
      };
      cache.set(text, v);
    }
    return v;
  };
  // The rules alone (asked only of real replies and benchmark texts: a labelled text trains
  // whatever the rules say of it).
  const fired = (text) => {
    const v = info(text);
    return (v.fired ??= new Set(lintText(text, { secondOpinion: false }).map((m) => m.ruleId)));
  };

  // Real staff replies, split by a hash of the text: ¼ test (never trained on or calibrated
  // with), the rest calibration (realNeg 0, the default) or ¼ calibration and ½ training clean
  // samples (realNeg 1, the setting of sessions 3–5: the replies themselves then train, so the
  // model cannot be retrained without them).
  const readLines = (p) => readFileSync(p, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const realAll = [...new Set(real.flatMap(readLines))];
  // Which --real file each reply came from (the first that holds it): the leave-one-source-out check.
  const sourceOf = new Map();
  real.forEach((p, i) => {
    for (const t of readLines(p)) if (!sourceOf.has(t)) sourceOf.set(t, i);
  });
  const realTest = realAll.filter((t) => hash32(t) % 4 === 0);
  const calib = realAll.filter((t) => (CONFIG.realNeg ? hash32(t) % 4 === 1 : hash32(t) % 4 !== 0 && hash32(t) % 4 <= (CONFIG.calibQuarters ?? 3)));
  const realTrain = CONFIG.realNeg ? realAll.filter((t) => hash32(t) % 4 >= 2) : [];
  // Labelled texts that are also test-quarter replies (the repo holds some real replies) do not
  // train, so the test quarter stays unseen. Without the replies the committed calibration names
  // them (by a digest of the normalized text), so a clone trains on exactly the same texts.
  const digest = (norm) => sha256(norm).slice(0, 16);
  const realTestDigests = real.length > 0 ? new Set(realTest.map((t) => digest(info(t).norm))) : new Set(calibration?.heldDigests ?? []);
  const droppedDigests = new Set();

  const items = [];
  const seen = new Set();
  let excluded = 0;
  const admit = (it, group) => {
    if (seen.has(it.text)) return;
    seen.add(it.text);
    const norm = info(it.text).norm;
    if (exclude(norm)) excluded++;
    else if (realTestDigests.has(digest(norm))) droppedDigests.add(digest(norm));
    else items.push(group === undefined ? it : { ...it, group });
  };
  for (const p of [...corpora.map((c) => join(root, c)), ...sharedFiles, ...trainFiles.map((c) => resolve(root, c))]) for (const it of loadJsonl(p)) admit(it, basename(p));
  // The rules' hand-written tables (--tables all, the default): the near misses the corpora have too
  // few of (开光 inside 打开光亮, 微信 as a way to pay) and the violations beside them. They only
  // train: thresholds are judged on the same population as in the held-out evaluation. --tables
  // clean takes only their clean cases, none leaves them out. (Measured in README 模型复核: without
  // them the model warns on ~3% of the hand-written clean cases and breaks a corpus bar; clean-only
  // passed the tests but added 3 warnings on real replies where all added 1.)
  const fromTables = tableItems ?? liveTables(tables);
  for (const it of fromTables) admit({ ...it, trainOnly: true });
  const droppedReal = droppedDigests.size;
  for (const text of realTrain) {
    if (seen.has(text) || exclude(info(text).norm)) continue;
    seen.add(text);
    items.push({ text, expect: [], tolerate: [], w: CONFIG.negWeight, real: true });
  }
  // What the rules' code makes of the training texts: their normalized forms and refusal scopes
  // (normalize.ts, refusal.ts), which decide every feature. Recorded in the manifest, so a check can
  // tell a model made stale by a change of that code from one that does not match its inputs.
  const featuresDigest = sha256(items.map((it) => `${info(it.text).norm}\u0000${info(it.text).scopes.join(',')}`).join('\n'));
  if (weightsOnly && features !== undefined && features !== featuresDigest) return { stale: true, featuresDigest };
  if (digestOnly) return { stale: false, featuresDigest };
  log(`${items.length} training texts (${realTrain.length} real replies as clean; ${droppedReal} corpus texts dropped as in the real test share${excluded ? `, ${excluded} excluded` : ''}); real ${realTest.length} test / ${calib.length} calibration`);

  // Optional per-rule settings (absent from CONFIG means the defaults): posCap, how far a rule's
  // positives are weighted up; maxFdrRule, a rule's own out-of-fold false discovery bound.
  const perRule = (v, rule, dflt) => (v === undefined ? dflt : typeof v === 'object' ? (v[rule] ?? dflt) : v);

  // The ordinary-reply clip (realClip k, session 14): how many calibration replies that no content
  // rule flags (and no reader judged a violation) hold each n-gram. An n-gram at least k times as
  // common among them as among a rule's violations may not weigh towards that rule (its weight is
  // held at or below 0 while fitting): the labelled texts hold few ordinary staff replies, so a
  // phrase of everyday service talk (亲亲您是想…, 版本信息, 大家电) could otherwise pick up weight
  // from the violations it happens to stand in. Only the counts are kept (real-grams.tsv: n-grams
  // held by at least priorMinDf replies that also occur twice in the labelled texts), never a
  // reply, so a clone retrains the same model without the replies.
  let realGrams = null;
  const anyOn = (v) => (typeof v === 'object' && v !== null ? Object.values(v).some(Boolean) : Boolean(v));
  if (anyOn(CONFIG.realClip) || anyOn(CONFIG.realPrior)) {
    if (real.length > 0) {
      const judgedAll = readJudged(judged);
      const vocab = new Map();
      for (const it of items) for (const g of info(it.text).feats) vocab.set(g, (vocab.get(g) ?? 0) + 1);
      const df = new Map();
      let replies = 0;
      for (const t of calib) {
        const f = fired(t);
        if (MODEL_RULES.some((r) => f.has(r)) || judgedAll.has(replyDigest(t))) continue;
        replies++;
        for (const g of info(t).feats) if ((vocab.get(g) ?? 0) >= 2) df.set(g, (df.get(g) ?? 0) + 1);
      }
      const minDf = CONFIG.priorMinDf ?? 5;
      realGrams = { replies, grams: [...df].filter(([, c]) => c >= minDf).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
    } else if (existsSync(REAL_GRAMS)) realGrams = parseRealGrams(readFileSync(REAL_GRAMS, 'utf8'));
    else throw new Error('realClip/realPrior need the real replies (--real FILE) or the committed real-grams.tsv');
    log(`ordinary-reply clip: ${realGrams.grams.length} n-grams from ${realGrams.replies} replies`);
  }

  const fitted = [];
  for (const rule of MODEL_RULES) {
    // onlyRules (weightsOnly): refit just these rules (the cheap reproducibility check of npm test).
    if (onlyRules && !onlyRules.includes(rule)) continue;
    const opts = { keep: perRule(CONFIG.keep, rule, 3000), l2: perRule(CONFIG.l2, rule, 1e-5), epochs: CONFIG.epochs, posCap: perRule(CONFIG.posCap, rule, 4), minDf: CONFIG.minDf ?? 2, seeds: CONFIG.seeds ?? 1, seed: CONFIG.seed ?? 7 };
    const samples = [];
    for (const it of items) {
      if (it.real && fired(it.text).has(rule)) continue; // may be a real violation
      const y = labelOf(it, rule);
      if (y === null) continue;
      samples.push({ feats: info(it.text).feats, inside: info(it.text).inside, y, text: it.text, group: it.group, w: (it.w ?? 1) * (it.trainOnly ? (CONFIG.tableWeight ?? 1) : 1), trainOnly: it.trainOnly === true });
    }
    // realClip k: an n-gram at least k times as common in ordinary replies (real-grams.tsv) as in
    // this rule's violations may not weigh towards it.
    const clip = perRule(CONFIG.realClip, rule, 0);
    if (realGrams && clip) {
      const pos = samples.filter((x) => x.y === 1);
      const posDf = new Map();
      for (const x of pos) for (const g of x.feats) posDf.set(g, (posDf.get(g) ?? 0) + 1);
      opts.noPositive = new Set(realGrams.grams.filter(([g, c]) => c / realGrams.replies >= clip * ((posDf.get(g) ?? 0) / pos.length)).map(([g]) => g));
      log(`  ${rule}: ${opts.noPositive.size} n-grams common in ordinary replies may not weigh towards it`);
    }
    // realPrior a: each n-gram of real-grams.tsv also trains as a one-n-gram clean sample weighted a × (its
    // reply count), which does not move the bias: an n-gram common in ordinary replies pays for every
    // bit of weight towards the rule in proportion to how common it is.
    const prior = perRule(CONFIG.realPrior, rule, 0);
    if (realGrams && prior) for (const [g, c] of realGrams.grams) samples.push({ feats: [g], inside: [], y: 0, text: `\u0000${g}`, w: prior * c, trainOnly: true, noBias: true });
    const model = trainLogistic(samples, opts);
    // weightsOnly: the final fit alone (the reproducibility check of npm test); the folds only
    // choose thresholds, which that check takes from the manifest.
    const oofs = {};
    for (const split of weightsOnly ? [] : (CONFIG.oofSplits ?? [CONFIG.oofSplit ?? 'hash'])) {
      const oof = (oofs[split] = []);
      const foldOf = foldAssigner(split, samples, CONFIG.folds);
      for (let fold = 0; fold < CONFIG.folds; fold++) {
        // Table cases always train and are never judged: the thresholds are set on the same
        // population as in the held-out evaluation (corpora and real replies).
        const inFold = (s) => !s.trainOnly && foldOf(s) === fold;
        const m = trainLogistic(samples.filter((s) => !inFold(s)), opts);
        for (const s of samples.filter(inFold)) oof.push({ y: s.y, p: scoreFeats(m, s.feats, s.inside) });
      }
    }
    const oof = oofs[CONFIG.oofSplit ?? 'hash'] ?? [];
    const labelled = samples.filter((s) => !s.noBias).length;
    fitted.push({ rule, model, oof, oofs, positives: samples.filter((s) => s.y).length, samples: labelled });
    log(`  ${rule}: ${samples.filter((s) => s.y).length}+/${labelled}, ${model.weights.size} features`);
  }

  if (weightsOnly && onlyRules) return { stale: false, featuresDigest, fitted: fitted.map((f) => ({ rule: f.rule, bias: f.model.bias, weights: f.model.weights })) };
  // The committed form (model.ts encodeModel): weights quantized to int16 times a per-rule scale.
  const data = encodeModel(MODEL_RULES, fitted.map((f) => f.model), MODEL_RULES.map(() => 1.01));
  // Thresholds on the quantized model, scored by the shipped scorer. Each rule's threshold is the
  // grid value catching the most out-of-fold positives at the false discovery bound, and no lower
  // than the rule's floor: the least threshold at which the model flags at most realMax of the
  // calibration replies the rules leave silent for that rule. The floors are computed from the
  // replies when they are given (--real) and kept in calibration.json with a digest of the weights
  // they were computed for; without the replies the committed floors are used, so a clone of the
  // repo retrains the committed model byte for byte (and says so when the weights differ).
  if (weightsOnly) return { stale: false, featuresDigest, data, modelBin: Buffer.from(modelBinary(data)), modelTsWith: (threshold) => renderModel(modelHeader({ ...data, threshold })) };
  const compiled = compileModel(data);
  const weightsDigest = sha256(Buffer.concat([Buffer.from(modelBinary(data)), Buffer.from(JSON.stringify([data.bias, data.scale]))]));
  const grid = thresholdGrid();
  const floors = {};
  let calibrationOut;
  let realRows;
  // Calibration replies judged to be real violations of a rule that the rules miss (judged-real.tsv)
  // are not replies the model must stay silent on, so they do not set that rule's floor.
  const judgedRules = real.length > 0 ? readJudged(judged) : new Map();
  const judgedOf = (text) => judgedRules.get(replyDigest(text));
  // realMax may be per rule ({"counterfeit": 0}, the others 1): how many calibration replies the rule's floor lets through.
  const floorFor = (r, rows) => floorOf(rows.filter((x) => x.calib && !x.fired.has(MODEL_RULES[r]) && !x.judged?.has(MODEL_RULES[r])).map((x) => x.p[r]), grid, { ...CONFIG, realMax: perRule(CONFIG.realMax, MODEL_RULES[r], 1) });
  if (real.length > 0) {
    // Every reply scored once (all rules): the calibration share sets the floors, each source's
    // replies (all quarters) are counted by the leave-one-source-out check below.
    const calibSet = new Set(calib);
    realRows = realAll.map((t) => ({ text: t, source: sourceOf.get(t), calib: calibSet.has(t), fired: fired(t), judged: judgedOf(t), p: probabilities(compiled, info(t).norm, info(t).scopes) }));
    fitted.forEach((f, r) => {
      floors[f.rule] = floorFor(r, realRows);
    });
    // How many calibration replies each rule's floor left out as judged violations (the rules silent).
    const judgedOut = Object.fromEntries(MODEL_RULES.map((rule) => [rule, realRows.filter((x) => x.calib && !x.fired.has(rule) && x.judged?.has(rule)).length]));
    const judgedFile = judged && existsSync(judged) ? { path: relative(root, judged), sha256: sha256(readFileSync(judged)), excluded: judgedOut } : null;
    calibrationOut = { weights: weightsDigest, replies: calib.length, realMax: CONFIG.realMax, floors, judged: judgedFile, heldDigests: [...realTestDigests].sort() };
  } else if (calibration) {
    Object.assign(floors, calibration.floors);
    if (calibration.weights !== weightsDigest) log('warning: calibration.json was computed for other weights (the inputs changed since): its floors are used as they are; recompute them with the real replies (--real FILE…)');
  } else log('warning: no real replies and no calibration: thresholds from the labelled texts alone');
  const thresholds = {};
  fitted.forEach((f, r) => {
    const floor = floors[f.rule] ?? 0;
    const th = pickThreshold(f.oof, [], grid.filter((t) => t >= floor), { realMax: perRule(CONFIG.realMax, f.rule, 1), maxFdr: perRule(CONFIG.maxFdrRule, f.rule, CONFIG.maxFdr), minSupport: CONFIG.minSupport ?? 0 });
    data.threshold[r] = th.t;
    thresholds[f.rule] = { threshold: th.t, floor, oofCaught: th.tp, oofFalse: th.fp, positives: f.positives, samples: f.samples, features: f.model.weights.size };
    log(`  ${f.rule}: threshold ${th.t > 1 ? 'off' : th.t} (floor ${floor}; out-of-fold ${th.tp} caught / ${th.fp} false)`);
  });

  // Leave one source out: each --real file in turn is taken out of the calibration, the floors and
  // thresholds are set again from the other files, and the warnings the model would then add on
  // every reply of the file left out (all quarters; the rules silent for that rule) are counted.
  // A floor that tracks the single top-scoring reply shows here as warnings on the file left out.
  let loso;
  if (realRows) {
    loso = real.map((path, j) => {
      const others = realRows.filter((x) => x.source !== j);
      const mine = realRows.filter((x) => x.source === j);
      const byRule = {};
      const warned = new Set();
      fitted.forEach((f, r) => {
        const floor = floorFor(r, others);
        const t = pickThreshold(f.oof, [], grid.filter((g) => g >= floor), { realMax: perRule(CONFIG.realMax, f.rule, 1), maxFdr: perRule(CONFIG.maxFdrRule, f.rule, CONFIG.maxFdr), minSupport: CONFIG.minSupport ?? 0 }).t;
        const hits = mine.filter((x) => !x.fired.has(f.rule) && x.p[r] >= t);
        for (const x of hits) warned.add(x.text);
        byRule[f.rule] = { threshold: t, warnings: hits.length };
      });
      return { path, replies: mine.length, warned: [...warned], perRule: byRule };
    });
    for (const l of loso) {
      log(`  left out ${l.path}: ${l.warned.length} of ${l.replies} replies warned (${Object.entries(l.perRule).filter(([, v]) => v.warnings).map(([k, v]) => `${k} ${v.warnings}`).join(', ') || 'none'})`);
      for (const t of l.warned) log(`    ${judgedOf(t) ? '(judged violation) ' : ''}${t}`);
    }
    // Recorded beside the floors (counts only, no reply text): what the next retrain compares with.
    calibrationOut.leftOut = loso.map((l) => l.warned.length);
  }

  // Scoring cost: the shipped scorer (model.ts judge) walks every model n-gram of a text only when
  // its bound (model.ts reachable) could reach a threshold, and computes refusal scopes only when the
  // score of every n-gram present does. A model whose bound passes on many ordinary replies is
  // slower in bulk (measured in README 模型复核: 3,000 features, or some retrains, took the model's
  // CPU from ~150 ms to ~450 ms per 50,000 texts while the scopes were computed on every pass), so
  // both shares are printed for whoever retrains to compare, on the bulk benchmark's texts (the
  // #11 speed bar's input).
  const { merchantTexts } = await import(pathToFileURL(join(root, 'test', 'bench', 'fixtures', 'merchant-texts.mjs')).href);
  const costTexts = cost ? merchantTexts(10000) : [];
  let passes = 0;
  let scoped = 0;
  for (const t of costTexts) {
    const asked = MODEL_RULES.map((rule, r) => data.threshold[r] <= 1 && !fired(t).has(rule));
    if (!reachable(compiled, info(t).norm, asked)) continue;
    passes++;
    // No scopes: every n-gram present counts, the score judge tests before computing scopes.
    if (probabilities(compiled, info(t).norm, []).some((p, r) => asked[r] && p >= data.threshold[r])) scoped++;
  }
  const share = (n) => `${n} of ${costTexts.length} benchmark texts (test/bench, ${((100 * n) / costTexts.length).toFixed(1)}%)`;
  if (cost) log(`scoring cost: the bound passes on ${share(passes)} (each pass walks every model n-gram); refusal scopes computed on ${share(scoped)}`);

  const modelTs = renderModel(modelHeader(data));
  const modelBin = Buffer.from(modelBinary(data));
  return { data, modelTs, modelBin, thresholds, calibration: calibrationOut, realGrams, loso, diag: { fitted, realRows, grid }, featuresDigest, counts: { trainingTexts: items.length, realTrain: realTrain.length, realCalibration: calib.length, realTest: realTest.length, droppedAsRealTest: droppedReal, grams: data.count } };
}

/**
 * Which out-of-fold fold a labelled sample falls in. 'hash': by a hash of its text (sessions 4–17).
 * 'file': whole files (sets) at a time, so each fold's texts are scored by a model that saw none of
 * their writer's set — the way a fresh blind set meets the shipped model (session 17 found folds
 * split inside a set underestimate the loss on a fresh set about 3×). Files are dealt
 * largest first, each to the fold holding the fewest texts so far (ties by a hash of the name), so the
 * folds hold similar numbers of texts.
 */
export function foldAssigner(split, samples, folds) {
  if (split === 'hash') return (s) => hash32(s.text) % folds;
  if (split !== 'file') throw new Error(`oofSplit must be hash or file, got ${split}`);
  const sizes = new Map();
  for (const s of samples) if (!s.trainOnly && s.group !== undefined) sizes.set(s.group, (sizes.get(s.group) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || hash32(a[0]) - hash32(b[0]) || (a[0] < b[0] ? -1 : 1));
  const load = new Array(folds).fill(0);
  const foldOfGroup = new Map();
  for (const [g, n] of order) {
    let k = 0;
    for (let j = 1; j < folds; j++) if (load[j] < load[k]) k = j;
    foldOfGroup.set(g, k);
    load[k] += n;
  }
  return (s) => (s.group === undefined ? hash32(s.text) % folds : foldOfGroup.get(s.group));
}

/** The rules' hand-written tables as training items (table-cases.mjs): all of them, only their
 *  clean cases, or none. */
export function liveTables(tables) {
  return tables === 'none' ? [] : tableCases(root, MODEL_RULES).filter((c) => tables === 'all' || c.expect.length === 0);
}

/**
 * tables.jsonl: the table items a model was trained on, committed beside it. The tables live in
 * test files and lexicon YAML that other work changes all the time; with this copy the committed
 * model stays a function of committed files (npm test retrains its weights from them), while
 * `--check` still compares against the live tables and says when a retrain would change the model.
 * One line per run of consecutive items from the same file with the same label, in training order:
 * {"from", "rule" (null: an ordinary reply, clean for every rule), "y" (1 violates the rule, 0 clean
 * for it), "texts"}.
 */
export const TABLES_SNAPSHOT = join(MODEL_DIR, 'tables.jsonl');

export function renderTables(items) {
  const runs = [];
  for (const it of items) {
    const rule = it.tolerate.length === 0 && it.expect.length === 0 ? null : (it.expect[0] ?? MODEL_RULES.find((r) => !it.tolerate.includes(r)));
    const y = it.expect.length > 0 ? 1 : 0;
    const last = runs[runs.length - 1];
    if (last && last.from === it.id && last.rule === rule && last.y === y) last.texts.push(it.text);
    else runs.push({ from: it.id, rule, y, texts: [it.text] });
  }
  const text = runs.map((r) => JSON.stringify(r)).join('\n') + '\n';
  // The items must come back exactly (labels, order): the format holds one labelled rule a text.
  if (JSON.stringify(parseTables(text)) !== JSON.stringify(items.map(({ id, text, expect, tolerate }) => ({ id, text, expect, tolerate })))) throw new Error('tables.jsonl would not give back the table items');
  return text;
}

export function parseTables(text) {
  const items = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const { from, rule, y, texts } = JSON.parse(line);
    const label = rule === null ? { expect: [], tolerate: [] } : { expect: y ? [rule] : [], tolerate: MODEL_RULES.filter((r) => r !== rule) };
    for (const t of texts) items.push({ id: from, text: t, expect: [...label.expect], tolerate: [...label.tolerate] });
  }
  return items;
}

/** The inputs `npm run train-model` reads, relative to the repo (the shared dev corpus absolute). */
export function committedInputs() {
  return { corpora: repoInputs(), trainFiles: trainInputs(), sharedFiles: sharedDev() };
}

/**
 * Whether the committed weights are what the committed inputs train: the corpora, the training-only
 * corpora, tables.jsonl and calibration.json (its held-out digests), retrained without the folds
 * (they only choose thresholds, which are taken from the manifest).
 *
 * `rules` (default all): which rules to refit. All of them (`npm run train-model -- --check-committed`,
 * run before landing a model) compares model.bin and model.gen.ts byte for byte. npm test refits one
 * (session 18: the six fits took 260–320 s on a loaded host and grew with every training file): every
 * input is still compared by sha256 with the manifest and the features digest is recomputed from all
 * the training texts, and that rule's bias, scale and every quantized weight must be the committed
 * ones exactly — so CI fails when the committed weights do not come from the committed data and code.
 *
 * The features also depend on the rules' code (normalization and refusal scopes), which other work
 * changes between retrains. When the training texts' normalized forms and scopes are no longer the
 * ones the manifest records, the weights cannot be reproduced until the next retrain: `stale` says
 * so and the weights are not compared (the committed data files are still checked). Returns the
 * differences found, [] when none.
 */
export async function checkCommittedWeights({ rules = MODEL_RULES, log = () => {} } = {}) {
  const read = (f) => readFileSync(join(MODEL_DIR, f));
  const manifest = JSON.parse(read('manifest.json').toString('utf8'));
  const problems = [];
  const snapshot = read('tables.jsonl');
  if (manifest.inputs.tableSnapshot?.sha256 !== sha256(snapshot)) problems.push('tables.jsonl is not the one the manifest names');
  const calibration = JSON.parse(read('calibration.json').toString('utf8'));
  if (manifest.inputs.calibration?.sha256 !== sha256(read('calibration.json'))) problems.push('calibration.json is not the one the manifest names');
  if (manifest.inputs.realGrams && (!existsSync(REAL_GRAMS) || manifest.inputs.realGrams.sha256 !== sha256(read('real-grams.tsv')))) problems.push('real-grams.tsv is not the one the manifest names');
  const { corpora, trainFiles, sharedFiles } = committedInputs();
  const named = (list, paths) => JSON.stringify((list ?? []).map((f) => [f.path, f.sha256])) === JSON.stringify(paths.map((p) => [p, sha256(readFileSync(join(root, p)))]));
  if (!named(manifest.inputs.repo, corpora)) problems.push('the corpora are not the ones the manifest names');
  if (!named(manifest.inputs.train, trainFiles)) problems.push('the training-only corpora are not the ones the manifest names');
  for (const o of manifest.output ?? []) if (!existsSync(join(root, o.path)) || sha256(readFileSync(join(root, o.path))) !== o.sha256) problems.push(`${o.path} is not the file the manifest names`);
  const { tables, ...config } = manifest.config;
  const features = manifest.inputs.features?.sha256;
  if (features === undefined) problems.push('manifest.json records no features digest: run npm run train-model');
  const all = rules.length === MODEL_RULES.length;
  const result = await train({ corpora, trainFiles, sharedFiles, calibration, tableItems: parseTables(snapshot.toString('utf8')), config, cost: false, weightsOnly: true, onlyRules: all ? null : rules, features, log });
  if (result.stale) return { stale: true, problems };
  if (all) {
    if (!read('model.bin').equals(result.modelBin)) problems.push('model.bin differs from what the committed inputs train');
    const threshold = MODEL_RULES.map((r) => manifest.thresholds[r].threshold);
    if (read('model.gen.ts').toString('utf8') !== result.modelTsWith(threshold)) problems.push('model.gen.ts differs from what the committed inputs train');
    return { stale: false, problems };
  }
  const modelTs = read('model.gen.ts').toString('utf8');
  const threshold = /^ {2}threshold: (.*),$/m.exec(modelTs);
  if (!threshold || threshold[1] !== JSON.stringify(MODEL_RULES.map((r) => manifest.thresholds[r].threshold))) problems.push('model.gen.ts does not hold the thresholds the manifest names');
  problems.push(...(await sameRuleWeights(modelTs, read('model.bin'), result.fitted)));
  return { stale: false, problems };
}

/** The rule npm test refits in full: one named by the committed model.bin's sha256, so each retrain
 *  has another rule checked in CI (every rule is checked by `--check-committed` before landing). */
export function testedRule() {
  const manifest = JSON.parse(readFileSync(join(MODEL_DIR, 'manifest.json'), 'utf8'));
  const bin = manifest.output.find((o) => o.path.endsWith('model.bin'));
  return MODEL_RULES[parseInt(bin.sha256.slice(0, 8), 16) % MODEL_RULES.length];
}

/**
 * Whether refitted rules ({ rule, bias, weights }, weights unquantized) are the ones a model
 * (model.gen.ts's text and model.bin) holds: the same bias and scale, and every n-gram's int16
 * weight, quantized as encodeModel does. Returns the rules that differ, as problems.
 */
export async function sameRuleWeights(modelTs, bin, fitted) {
  const { readModel, encodeModel } = await import(pathToFileURL(join(root, 'dist', 'lint', 'second-opinion', 'model.js')).href);
  const header = {};
  for (const m of modelTs.matchAll(/^ {2}(\w+): (.*),$/gm)) header[m[1]] = JSON.parse(m[2]);
  const data = readModel(header, bin);
  // A rule's int16 weights by n-gram, in n-gram order (encodeModel sorts the n-grams, and each rule's
  // weights by n-gram position).
  const pairsOf = (d, r) => {
    const grams = [];
    let at = 0;
    for (const n of d.sizes) (grams.push(d.grams.slice(at, at + n)), (at += n));
    return JSON.stringify([...d.index[r]].map((g, i) => [grams[g], d.q[r][i]]));
  };
  const problems = [];
  for (const f of fitted) {
    const r = header.rules.indexOf(f.rule);
    // The refitted rule in its committed form, quantized by the function the trainer writes with.
    const mine = encodeModel([f.rule], [f], [1.01]);
    if (r < 0 || header.bias[r] !== f.bias || header.scale[r] !== mine.scale[0] || pairsOf(data, r) !== pairsOf(mine, 0)) problems.push(`${f.rule}: the committed weights differ from what the committed inputs train`);
  }
  return problems;
}

function renderModel(header) {
  const lines = [
    '// Generated by `npm run train-model` (scripts/second-opinion/train.mjs) from the inputs in',
    '// manifest.json — do not edit. The n-grams, lookup table and weights are in model.bin.',
    "import type { ModelHeader } from './model.js';",
    '',
    'export const MODEL: ModelHeader = {',
    ...Object.entries(header).map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`),
    '};',
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, 'dist', 'lint', 'second-opinion', 'model.js'))) {
    console.error('dist/ is missing: run npm run build first');
    process.exit(2);
  }
  if (args.committed) {
    const t0 = Date.now();
    const { stale, problems } = await checkCommittedWeights({ rules: args.rules ?? MODEL_RULES, log: (s) => console.error(s) });
    if (problems.length) console.error(`${problems.join('; ')}: run npm run build && npm run train-model`);
    else if (stale) console.error('the rules\' normalization or refusal scopes changed since the model was trained: its features cannot be reproduced; retrain (npm run build && npm run train-model -- --real …)');
    else console.error(`the committed weights are what the committed inputs train (${args.rules ? `${args.rules.join(', ')}: every weight the same` : 'byte-identical'}, ${Math.round((Date.now() - t0) / 1000)} s)`);
    process.exit(problems.length || stale ? 1 : 0);
  }
  const corpora = repoInputs();
  const trainFiles = trainInputs();
  const shared = sharedDev();
  const tableItems = liveTables(args.tables);
  const tablesJsonl = renderTables(tableItems);
  const committed = existsSync(CALIBRATION) ? JSON.parse(readFileSync(CALIBRATION, 'utf8')) : null;
  if (args.real.length === 0) console.error(committed ? `no --real: the thresholds' floors and the held-out replies come from ${relative(process.cwd(), CALIBRATION)}` : `no --real and no ${relative(process.cwd(), CALIBRATION)}: thresholds from the labelled texts alone`);
  const t0 = Date.now();
  const result = await train({ corpora, trainFiles, sharedFiles: shared, real: args.real, calibration: committed, tableItems, log: (s) => console.error(s) });
  if (result.data.threshold.every((t) => t > 1)) {
    console.error('every rule came out off: check the inputs');
    process.exit(1);
  }
  // calibration.json: recomputed from the real replies when they are given, else the committed one.
  const calibrationJson = result.calibration
    ? `${JSON.stringify(
        {
          note: 'Thresholds floors of the learned second opinion, from real shop-staff replies that are not in the repo (public customer-service dialogue research corpora of unclear licence: Taobao ECD, JD JDDC, NTCIR-14 STC-3 Weibo helpdesks; README 模型复核). Written by `npm run train-model -- --real FILE…`; a training without --real reads it. Holds no reply text: per rule the least threshold at which the model flags at most realMax of the calibration replies and that is floorMargin log-odds above the top-scoring one (manifest config), the replies judged real violations of a rule (judged-real.tsv, by digest) left out of the floor of that rule (judged: the sha256 of the file and how many it left out per rule), the digest of the weights it was computed for, digests of the normalized labelled texts that equal a held-out (test-quarter) reply and so do not train, and leftOut: for each real file, how many of its replies the model warns on when the floors are set without it.',
          real: args.real.map((p) => describeFile(p)),
          ...result.calibration,
        },
        null,
        2,
      )}\n`
    : committed
      ? readFileSync(CALIBRATION, 'utf8')
      : undefined;
  // real-grams.tsv: recomputed from the real replies when they are given, else the committed one.
  const realGramsTsv = result.realGrams ? renderRealGrams(result.realGrams) : undefined;
  const { realTrain, realCalibration, realTest, ...counts } = result.counts;
  const manifest = {
    note: 'Inputs and settings of src/lint/second-opinion/model.gen.ts. Regenerate both with `npm run build && npm run train-model` (no real replies needed: calibration.json holds their part; add --real FILE… to recompute it).',
    command: 'npm run train-model',
    config: { ...CONFIG, tables: args.tables },
    inputs: {
      repo: corpora.map((p) => describeFile(join(root, p), { path: p })),
      train: trainFiles.map((p) => describeFile(join(root, p), { path: p })),
      tables: args.tables !== 'none' ? tableFiles(root).map((p) => describeFile(join(root, p), { path: p })) : [],
      tableSnapshot: { path: relative(root, TABLES_SNAPSHOT), sha256: sha256(tablesJsonl), items: tableItems.length },
      features: { sha256: result.featuresDigest, note: 'normalized forms and refusal scopes of the training texts, as the rules code made them' },
      calibration: calibrationJson ? { path: relative(root, CALIBRATION), sha256: sha256(calibrationJson) } : null,
      ...(realGramsTsv !== undefined ? { realGrams: { path: relative(root, REAL_GRAMS), sha256: sha256(realGramsTsv), grams: result.realGrams.grams.length, replies: result.realGrams.replies } } : {}),
      external: shared.map((p) => describeFile(p, { source: 'the shared dev corpus (differs from test/fixtures/corpus/dev.jsonl)' })),
    },
    counts,
    thresholds: result.thresholds,
    output: [
      { path: 'src/lint/second-opinion/model.gen.ts', sha256: sha256(result.modelTs), bytes: Buffer.byteLength(result.modelTs) },
      { path: 'src/lint/second-opinion/model.bin', sha256: sha256(result.modelBin), bytes: result.modelBin.length },
    ],
  };
  const manifestJson = `${JSON.stringify(manifest, null, 2)}\n`;
  if (args.check) {
    const same = (f, s) => existsSync(join(MODEL_DIR, f)) && readFileSync(join(MODEL_DIR, f)).equals(Buffer.from(s));
    const ok = same('model.gen.ts', result.modelTs) && same('model.bin', result.modelBin) && same('manifest.json', manifestJson) && same('tables.jsonl', tablesJsonl) && (!calibrationJson || same('calibration.json', calibrationJson)) && (realGramsTsv === undefined || same('real-grams.tsv', realGramsTsv));
    console.error(ok ? 'the committed model is what these inputs train (byte-identical)' : 'the committed model differs from what these inputs train: run npm run train-model');
    process.exit(ok ? 0 : 1);
  }
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'model.gen.ts'), result.modelTs);
  writeFileSync(join(args.out, 'model.bin'), result.modelBin);
  writeFileSync(join(args.out, 'manifest.json'), manifestJson);
  writeFileSync(join(args.out, 'tables.jsonl'), tablesJsonl);
  if (result.calibration) writeFileSync(join(args.out, 'calibration.json'), calibrationJson);
  if (realGramsTsv !== undefined && args.real.length > 0) writeFileSync(join(args.out, 'real-grams.tsv'), realGramsTsv);
  console.error(
    `wrote ${relative(process.cwd(), join(args.out, 'model.gen.ts'))}, model.bin (${result.modelBin.length} bytes, ${result.counts.grams} n-grams)${result.calibration ? ', calibration.json' : ''}, tables.jsonl and manifest.json in ${Math.round((Date.now() - t0) / 1000)} s; run npm run build to ship it`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
