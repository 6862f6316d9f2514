// Bakes the pair gate of every pattern the content rules scan (src/lint/scan-gates.ts) into
// dist/lint/scan-gates.bin, so a one-off check never derives one and never runs a pattern that
// cannot start anywhere in its text. The patterns are found by linting a few probe texts with
// scan() recording what it is given, plus the groups of every lexicon scanner (all created when
// the rule modules load). A pattern missed here is only scanned plainly during the warm-up.
//
// scanGateTable(load) takes a module loader so the test (test/lint/scan-gates.test.ts) can run
// the same collection over src/ and compare it with the built file.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Texts of our own wording that reach every rule's scans, and the conditional ones behind a
 *  first match (a reward after a review, a contact after an add verb). */
export const PROBES = [
  '你好',
  '亲，在的，有什么可以帮您？',
  '加我微信 abc123 私聊，或者加v：kefu01，扣扣群也行',
  '好评返现5元，五星好评截图发我领红包，差评删了再给补偿',
  '全网最低价，史上第一，绝对正品，假一赔十',
  '高仿大牌包包，原单A货，和专柜一模一样',
  '你是不是傻，不买就别问了，烦死了，赶紧下单不然涨价',
  '开过光的手串保平安，能治失眠，包治百病',
  '淘宝搜店名下单更便宜，拼多多也有',
];

/** { source: gate } for every pattern found, from the modules `load(path)` gives (path relative
 *  to src/lint or dist/lint, without extension). */
export async function scanGateTable(load) {
  const gates = await load('scan-gates');
  const context = await load('context');
  const lexiconScan = await load('lexicon/scan');
  const normalize = await load('normalize');
  const { needGate, textCost } = await load('need-gate');
  const cost = textCost(readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8'));
  // Without a table every scan takes its plain path, so each pattern it touches is recorded.
  gates.setScanGates({});
  context.recordScans(true);
  const { lintText } = await load('engine');
  for (const text of PROBES) lintText(text);
  // A lexicon scanner's whole alternation is scanned only when its groups have no gates (its
  // gate in the shared table is the union of theirs).
  const scanners = lexiconScan.lexiconScanners();
  const wholes = new Set(scanners.map((s) => new RegExp(s.pattern).source));
  const plain = context.recordedScans().filter((source) => !wholes.has(source));
  const sources = [...plain, ...scanners.flatMap((s) => Object.values(s.groups)), ...normalize.scannedPatterns()];
  context.recordScans(false);
  gates.setScanGates(null);
  return gates.bakeGates(sources, (re) => needGate(re, cost));
}

export const distTable = join(root, 'dist', 'lint', 'scan-gates.bin');
/** The third-unit part of the same gates (read only by bulk runs). */
export const distThirds = join(root, 'dist', 'lint', 'scan-thirds.bin');

export async function genScanGates() {
  const load = (p) => import(pathToFileURL(join(root, 'dist', 'lint', `${p}.js`)).href);
  const table = await scanGateTable(load);
  const { encodeTable, encodeThirds } = await load('scan-gates');
  writeFileSync(distTable, Buffer.from(encodeTable(table), 'utf16le'));
  writeFileSync(distThirds, Buffer.from(encodeThirds(table), 'utf16le'));
  return table;
}
