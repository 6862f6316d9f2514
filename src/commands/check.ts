// `xhs-reply check [TEXT…]`: lints loose texts — the arguments, or stdin one text a line — with
// the content rules. Kept to the lint engine and the formatters: no Ink, React, yaml or ajv, so it
// starts about as fast as node itself (SPEC §8).
import { isUtf8, transcode } from 'node:buffer';
import { escapeJsonControls } from '../escape.js';
import { lintExitCode, parseCommandArgs, parseLangFlag, parseMaxWarnings, parseRuleFlags, useColor } from '../args.js';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { MAX_STDIN_BYTES, readStdinBytes, type Io } from '../io.js';
import { setScanWarmUp } from '../lint/context.js';
import { applyFixes, contentRuleOn, contentRules, finishPart, lintPart, lintText, modelMaySpeak, placedFindings, rulesNamed, secondOpinionAsked, type LintTextOptions, type PartLint, type PlacedFinding } from '../lint/engine.js';
import { errorsOnly } from '../lint/filters.js';
import { normalizedAs } from '../lint/normalize.js';
import { checkFormatterName, getFormatter } from '../lint/formatters/index.js';
import { textResult } from '../lint/formatters/results.js';
import type { LintMessage } from '../lint/types.js';
import {
  AHEAD,
  CHUNK,
  EARLY_WORKER_BYTES,
  FAIL_AT_ENV,
  lineStarts,
  mayUseThreads,
  startHelper,
  startSplit,
  STATUS_CPU,
  STATUS_DONE,
  STATUS_FAILED,
  STATUS_SEEN,
  STATUS_STOP,
  stopHelper,
  takeShared,
  threadCpuMs,
  THREADS_MIN_TEXTS,
  WORKER_RULES,
  workerJob,
  type ChunkFindings,
  type ChunkMessage,
  type SharedChunk,
  type Helper,
  type Job,
  type Split,
} from './check-threads.js';

// ESLint applies fixes in up to ten passes; a fix may uncover another (e.g. two disguises in a row).
const MAX_FIX_PASSES = 10;

const options = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  rule: { type: 'string', multiple: true },
  allow: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  'no-model': { type: 'boolean' },
} as const;

function helpText(lang: Lang): string {
  const zh = lang === 'zh';
  const ids = contentRules.map((r) => r.id).join(', ');
  return [
    zh ? '用法：xhs-reply check [TEXT…] [选项]' : 'Usage: xhs-reply check [TEXT…] [options]',
    '',
    zh
      ? '按平台聊天规则检查零散文本。不带 TEXT 时从标准输入读取，每行一条（空行也算一条，输出与输入逐行对应）。'
      : 'Lints loose texts against the platform chat rules. With no TEXT reads stdin, one text a line\n(empty lines count, so the output lines up with the input).',
    '',
    zh ? '选项：' : 'Options:',
    `  -f, --format stylish|json|sarif  ${zh ? '输出格式（默认 stylish）' : 'output format (default stylish)'}`,
    `  --rule ID=off|warning|error      ${zh ? '调整某条规则的级别，可重复' : 'set a rule’s severity; repeatable'}`,
    `  --allow WORD                     ${zh ? '本店允许的词（如 QQ糖），可重复' : 'a word that is fine in this shop (e.g. QQ糖); repeatable'}`,
    `  -q, --quiet                      ${zh ? '只显示错误，不显示警告' : 'report errors only'}`,
    `  --max-warnings N                 ${zh ? '警告超过 N 条时以 1 退出' : 'exit 1 when there are more than N warnings'}`,
    `  --no-model                       ${zh ? '关闭模型复核（规则没认出、但学习模型认为像违规时给的警告）' : 'turn off the learned second opinion (warnings where the rules found nothing but the model did)'}`,
    `  --fix                            ${zh ? '输出安全修复后的文本（每行一条），剩余问题写到标准错误' : 'print the texts with safe fixes applied (one a line); remaining problems go to stderr'}`,
    `  --lang zh|en                     ${zh ? '提示语言（默认中文）' : 'message language (default zh)'}`,
    `  --no-color                       ${zh ? '不使用颜色（也可设置 NO_COLOR）' : 'no colours (or set NO_COLOR)'}`,
    `  -h, --help                       ${zh ? '显示本帮助' : 'show this help'}`,
    '',
    `${zh ? '规则' : 'Rules'}: ${ids}`,
    '',
    zh
      ? '退出码：0 没有错误；1 有错误（或警告超过 --max-warnings）；2 用法错误或输入无法读取。'
      : 'Exit codes: 0 no errors; 1 errors (or warnings past --max-warnings); 2 usage error or unreadable input.',
    '',
  ].join('\n');
}

const STDIN = '<stdin>';
// A reply is a few hundred characters; a "text" a million long is a file piped in by mistake, and
// linting it would take seconds and hundreds of MB (the normalizer keeps an offset map per unit).
export const MAX_TEXT_LENGTH = 1_000_000;
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Stdin as texts, one a line. Binary or non-UTF-8 input (an Excel "Unicode text" export, a GBK
 * file) is refused with the line it starts on instead of being linted as mojibake.
 */
export async function stdinTexts(bytes: Buffer): Promise<string[]> {
  await checkDecodable(bytes);
  return stdinLines(decodeUtf8(bytes));
}

/** stdinTexts' refusal of binary and non-UTF-8 input, without decoding (a split json run decodes
 *  chunk by chunk, each thread only its own). */
async function checkDecodable(bytes: Buffer): Promise<void> {
  if (mostlyBinary(bytes) || !isUtf8(bytes)) throw await undecodable(bytes);
}

/**
 * Valid UTF-8 as a string, without a byte order mark (Notepad writes one). Chinese text decodes
 * about five times faster through ICU's transcoder into UTF-16 (then a plain copy into the
 * string) than through V8's UTF-8 decoder, which was 5% of a 50,000-text check.
 */
export function decodeUtf8(bytes: Uint8Array, keepBom = false): string {
  const text = bytes.length < 4096 ? utf8.decode(bytes) : transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
  return !keepBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The texts of chunk `c` of stdin (lineStarts gave where each chunk starts), the same strings
 * stdinTexts gives for those lines: a chunk starts after a line break, so it decodes on its own,
 * and only the input's own start may hold the byte order mark that is dropped. A worker decodes
 * only the chunks it takes.
 */
export function chunkTexts(bytes: Uint8Array, starts: readonly number[], c: number): string[] {
  return stdinLines(decodeUtf8(bytes.subarray(starts[c], starts[c + 1]), c > 0));
}

/**
 * A stray NUL inside valid UTF-8 text is a control character in one reply — invisible-chars reports
 * it on that line — not a reason to refuse every other line. Binary files (images, executables,
 * archives) are dense with NULs, so a share above 1% is what marks bytes as binary.
 */
function mostlyBinary(bytes: Buffer): boolean {
  let nul = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) nul++;
  return nul * 100 > bytes.length;
}

/**
 * Empty lines stay entries so output N answers input line N; the newline ending the last line
 * does not open another entry; CRLF files lose their \r.
 */
export function stdinLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** Names what the bytes look like with the file edge's own detection — loaded only on this path,
 *  since it brings iconv-lite, which a normal run does not need at start-up. */
async function undecodable(bytes: Buffer): Promise<UserError> {
  const { decodeText } = await import('../files.js');
  const { encoding } = decodeText(bytes);
  if (encoding === 'binary') {
    return new UserError(
      { zh: '标准输入是二进制数据，不是文本；请输入纯文本，每行一条', en: 'stdin is binary data, not text; give plain text, one a line' },
      { file: STDIN, line: lineOfByte(bytes, bytes.indexOf(0)) },
    );
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return new UserError(
      {
        zh: '标准输入是 UTF-16 编码（Excel 的「Unicode 文本」），请另存为 UTF-8',
        en: 'stdin is UTF-16 (Excel "Unicode text"); save it as UTF-8',
      },
      { file: STDIN, line: 1 },
    );
  }
  const label = encoding === 'gb18030' ? { zh: 'GBK/GB18030', en: 'GBK/GB18030' } : { zh: '未知编码', en: 'an unknown encoding' };
  return new UserError(
    {
      zh: `标准输入不是 UTF-8 编码（看起来是${label.zh}），请先转换，例如 iconv -f GBK -t UTF-8`,
      en: `stdin is not UTF-8 (looks like ${label.en}); convert it first, e.g. iconv -f GBK -t UTF-8`,
    },
    { file: STDIN, line: firstInvalidLine(bytes) },
  );
}

function lineOfByte(bytes: Buffer, index: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < index; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

function firstInvalidLine(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let from = 0;
  while (from <= bytes.length) {
    const nl = bytes.indexOf(10, from);
    const to = nl < 0 ? bytes.length : nl;
    try {
      decoder.decode(bytes.subarray(from, to));
    } catch {
      return line;
    }
    if (nl < 0) break;
    from = nl + 1;
    line++;
  }
  return line;
}

/** One entry of `check --format json` (SPEC §2): only the public fields, in this order. Written
 *  as a string (JSON.stringify only for the strings), not as an object graph to stringify: the
 *  same bytes, without two objects per finding and one per text. Not yet escaped for the terminal. */
function jsonEntryRaw(text: string, messages: readonly LintMessage[]): string {
  let out = `{"text":${JSON.stringify(text)},"messages":[`;
  for (let i = 0; i < messages.length; i++) {
    const { ruleId, severity, message, start, end, suggestion } = messages[i];
    out += `${i > 0 ? ',' : ''}{"ruleId":${JSON.stringify(ruleId)},"severity":${severity},"message":${JSON.stringify(message)},"start":${start},"end":${end}`;
    out += suggestion === undefined ? '}' : `,"suggestion":${JSON.stringify(suggestion)}}`;
  }
  return `${out}]}`;
}

/** What `check --format json` prints: one entry a line, in input order — diffable, and still one
 *  JSON array. escapeJsonControls: C1 and bidi controls as \u escapes, so a terminal never runs
 *  them (it works character by character, so it may run over many entries at once). */
export function checkJson(texts: readonly string[], messages: readonly (readonly LintMessage[])[]): string {
  const entries = texts.map((text, i) => jsonEntryRaw(text, messages[i]));
  return entries.length === 0 ? '[]\n' : escapeJsonControls(`[\n${entries.join(',\n')}\n]\n`);
}

/** Output is written in pieces of about this many UTF-16 units. */
const FLUSH_AT = 1 << 16;

/**
 * `check --format json` without --fix, written as it goes: each text's entry is printed (in
 * pieces of FLUSH_AT) as soon as it is linted, so neither its findings nor the whole report are
 * kept until the end. On 50,000 texts that was a 20 MB string and every finding surviving into
 * the old generation. The same bytes as checkJson. Input was fully validated before, and lintText
 * does not throw, so nothing stops half-way.
 */
function streamJson(texts: readonly string[], lintOne: (text: string) => LintMessage[], out: Io['stdout']): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  let piece = texts.length === 0 ? '[]\n' : '[\n';
  for (let i = 0; i < texts.length; i++) {
    const messages = lintOne(texts[i]);
    for (const m of messages) m.severity === 2 ? errors++ : warnings++;
    piece += (i > 0 ? ',\n' : '') + jsonEntryRaw(texts[i], messages);
    if (piece.length >= FLUSH_AT) {
      out.write(escapeJsonControls(piece));
      piece = '';
    }
  }
  out.write(escapeJsonControls(texts.length === 0 ? piece : `${piece}\n]\n`));
  return { errors, warnings };
}

/**
 * Lints every text in order with the worker running its rules (check-threads.ts): this thread
 * runs the others on each text as it comes, keeping the text's half, and finishes the oldest
 * texts whenever the worker's findings on them are in — up to AHEAD texts ahead, then it waits.
 * A text whose worker findings never come (the worker failed) gets those rules run here. `each`
 * gets each text's messages in input order, the same as lintText's. `textsOf(c)`: the texts of
 * chunk c (decoded only when this thread gets to it).
 */
async function lintSplit(
  textsOf: (c: number) => readonly string[],
  split: Split,
  options: LintTextOptions,
  quiet: boolean,
  each: (text: string, messages: LintMessage[]) => void,
): Promise<{ ownNormalized: number; waitedMs: number }> {
  const runsThere = rulesNamed(split.rules);
  const runsHere = (r: number) => !runsThere(r);
  warmFront(options, runsHere);
  const pending: (PartLint | undefined)[] = [];
  let head = 0;
  let done = 0;
  let seen = 0;
  let ownNormalized = 0;
  // Time spent waiting for the worker (XHS_REPLY_DEBUG=1): what is left to balance between the threads.
  let waitedMs = 0;
  const waitFor = async (t: number) => {
    const t0 = performance.now();
    const found = await split.wait(t);
    waitedMs += performance.now() - t0;
    return found;
  };
  const finish = (others: readonly PlacedFinding[] | undefined): void => {
    const part = pending[head]!;
    pending[head++] = undefined;
    // The worker's word on the second opinion comes with its findings (a failed worker's rules run
    // here, and the model's bound is then worked out here too).
    const messages = others === undefined ? finishPart(part, placedFindings(part.text, options, runsThere), options) : finishPart(part, others, options, split.reach(done));
    each(part.text, quiet ? errorsOnly(messages) : messages);
    done++;
  };
  for (let c = 0; c < split.chunks; c++) {
    // This chunk's texts as normalized here, while every one of them is (sent to the worker).
    let own: string[] | undefined = [];
    const hidden: number[] = [];
    for (const text of textsOf(c)) {
      // The worker's normalized text when its chunk is already in (it is mostly ahead): this
      // thread then normalizes only the few texts that get findings (normalizedAs).
      const given = split.normalized(seen);
      const part = lintPart(text, options, runsHere, given === undefined ? undefined : normalizedAs(text, given.text, given.hidden));
      pending.push(part);
      if (given !== undefined) own = undefined;
      else {
        ownNormalized++;
        if (part.normalized.hidden) hidden.push(seen - c * CHUNK);
        own?.push(part.normalized.text);
      }
      seen++;
      while (done < seen) {
        const others = split.poll(done);
        if (others === undefined) break;
        finish(others);
      }
      if (seen - done >= AHEAD) finish(await waitFor(done));
    }
    split.passed(seen, c, own, hidden);
    if (head >= AHEAD) {
      pending.splice(0, head);
      head = 0;
    }
  }
  while (done < seen) finish(await waitFor(done));
  await split.stop();
  return { ownNormalized, waitedMs };
}

/**
 * streamJson with a worker running some of the rules (lintSplit): the same bytes. `textsOf(c)`:
 * the texts of chunk c.
 */
async function streamJsonSplit(textsOf: (c: number) => readonly string[], split: Split, options: LintTextOptions, quiet: boolean, io: Io) {
  const out = io.stdout;
  let errors = 0;
  let warnings = 0;
  let piece = '[\n';
  let first = true;
  const own = await lintSplit(textsOf, split, options, quiet, (text, messages) => {
    for (const m of messages) m.severity === 2 ? errors++ : warnings++;
    piece += (first ? '' : ',\n') + jsonEntryRaw(text, messages);
    first = false;
    if (piece.length >= FLUSH_AT) {
      out.write(escapeJsonControls(piece));
      piece = '';
    }
  });
  debugSplit(io, split, own);
  out.write(escapeJsonControls(first ? '[]\n' : `${piece}\n]\n`));
  return { errors, warnings };
}

/** With XHS_REPLY_DEBUG=1, a line on stderr says how the work was shared, and where the system
 *  tells it, a second how much CPU time each thread used (start-up included). */
function debugSplit(io: Io, split: Split, { ownNormalized, waitedMs }: { ownNormalized: number; waitedMs: number }): void {
  if (io.env.XHS_REPLY_DEBUG !== '1') return;
  io.stderr.write(`check: ${split.chunks} chunks; rules ${[...split.rules].join(', ')} in the worker, ${split.answered()} by the worker (${split.reached()} with the model's bound)\n`);
  io.stderr.write(`check: ${ownNormalized} texts normalized here (the others as the worker normalized them); ${Math.round(waitedMs)} ms waiting for the worker\n`);
  const here = threadCpuMs();
  const worker = split.workerCpuMs();
  if (here !== undefined && worker !== undefined) io.stderr.write(`check: thread CPU ${here} ms here, ${worker} ms in the worker\n`);
}

/** Every text's messages, with the worker running some of the rules when the split is given. */
async function lintAll(texts: readonly string[], lintOne: (text: string) => LintMessage[], io: Io, split: Split | undefined, options: LintTextOptions, quiet: boolean): Promise<LintMessage[][]> {
  const findings: LintMessage[][] = [];
  if (split === undefined) {
    for (let i = 0; i < texts.length; i++) findings.push(lintOne(texts[i]));
    return findings;
  }
  const own = await lintSplit((c) => texts.slice(c * CHUNK, (c + 1) * CHUNK), split, options, quiet, (_, messages) => findings.push(messages));
  debugSplit(io, split, own);
  return findings;
}

/** The worker's side of a split run: runs its rules over every text, chunk by chunk, and hands
 *  their findings to the front thread (check-threads.ts). */
function work(job: Job, options: LintTextOptions, debug: boolean, failAt: number): void {
  const input = new Uint8Array(job.input);
  const status = new Int32Array(job.status);
  const runs = rulesNamed(job.rules);
  const model = secondOpinionAsked(options);
  const shared = new Map<number, SharedChunk>();
  bulk(job.texts);
  try {
    // The front thread checked the input (an invalid one ends the run there); each chunk is
    // decoded here as the front thread decodes the whole.
    for (let c = 0; c < job.chunks && Atomics.load(status, STATUS_STOP) === 0; c++) {
      const texts = chunkTexts(input, job.starts, c);
      // Never expected; the front thread then runs these rules itself.
      if (texts.length !== Math.min(job.chunk, job.texts - c * job.chunk)) throw new Error('check worker: chunk out of line');
      // Tests (FAIL_AT_ENV) check that the front thread then runs the worker's rules itself.
      if (c === failAt) throw new Error('check worker: told to fail');
      // The chunk as the front thread normalized it, when it got there first (it then needs none
      // of these texts back), else as normalized here, for the front thread.
      takeShared(job.port, shared);
      const given = shared.get(c);
      // A chunk sent after the worker got to it is of no more use.
      for (const k of shared.keys()) if (k <= c) shared.delete(k);
      // On a chunk the front thread has not yet passed (the worker is ahead), the worker also works
      // out where the second opinion may speak, which the front thread would do when it finishes
      // each text; on one it has passed (it is ahead, or waits), the front thread does: the work
      // goes to whichever thread has time, and the two stay level.
      const speaks = model && Atomics.load(status, STATUS_SEEN) < c * job.chunk + texts.length;
      const message = lintChunk(texts, given, speaks, runs, options);
      const passed = given !== undefined || Atomics.load(status, STATUS_SEEN) >= c * job.chunk + texts.length;
      // The message is on the port before the count says so.
      job.port.postMessage(passed ? { found: message.found, texts: [], hidden: [], speaks: message.speaks } : message);
      Atomics.add(status, STATUS_DONE, 1);
      Atomics.notify(status, STATUS_DONE);
    }
  } catch {
    Atomics.store(status, STATUS_FAILED, 1);
    Atomics.notify(status, STATUS_DONE);
  }
  if (debug) Atomics.store(status, STATUS_CPU, threadCpuMs() ?? 0);
}

/**
 * The worker's message for one chunk of texts: its rules' findings, and (when the front thread
 * did not send the chunk normalized, `given`) the texts as normalized here; with `speaks`, where
 * the second opinion may speak. Its own function, run on WARM_TEXTS before the job comes (both
 * with and without `given`): every branch has run before the optimizing compiler sees it, so the
 * code it makes is not thrown away at the first chunk that takes another branch (which cost a
 * recompile of the whole loop, lint inlined, about 50 ms of a compiler thread, two or three
 * times a run).
 */
function lintChunk(texts: readonly string[], given: SharedChunk | undefined, speaks: boolean, runs: (rule: number) => boolean, options: LintTextOptions): ChunkMessage {
  const found: ChunkFindings = [];
  const normalized: string[] = [];
  const hidden: number[] = [];
  const spoken: number[] | undefined = speaks ? [] : undefined;
  for (let j = 0; j < texts.length; j++) {
    const part = lintPart(texts[j], options, runs, given === undefined ? undefined : normalizedAs(texts[j], given.texts[j], given.hidden.includes(j)));
    if (part.placed.length > 0) found.push(j, part.placed);
    if (spoken !== undefined && modelMaySpeak(part.normalized, options)) spoken.push(j);
    if (given !== undefined) continue;
    normalized.push(part.normalized.text);
    if (part.normalized.hidden) hidden.push(j);
  }
  return { found, texts: normalized, hidden, speaks: spoken };
}

/** A bulk run skips the scans' warm-up (context.ts scanWarmUp): its first uses of each pattern run
 *  without the gate tables so a one-off check need not build them, but a run of thousands of texts
 *  builds them anyway, and the warm-up only added a second native compile of every plain scanned
 *  pattern and a JIT compile of the warm-up walks, both used for a few texts and dropped. */
const BULK_TEXTS = THREADS_MIN_TEXTS;

function bulk(count: number): void {
  if (count >= BULK_TEXTS) setScanWarmUp(0);
}

/** Replies of every kind the rules look at — contact details, claims, pressure, brands, topics,
 *  review bait, look-alike characters — and plain ones, in our own words. */
const WARM_TEXTS = [
  '亲，这款面霜现货，下单后48小时内发货，支持7天无理由退换哦～',
  '加我薇信 abc_123 或者扣扣 12345678，私下转账更便宜',
  '全网最低价，效果第一，用了三天保证祛斑，无效退款',
  '再不下单就没了！你到底买不买？不买别问了，烦死了',
  '正品大牌同款，原单尾货，专柜验货，假一赔十',
  '这款茶开过光，能转运招财，还能治疗高血压',
  '给五星好评返现5元，晒图再送小礼品',
  '亲亲，有问题直接在小红书私信我们哦，我们会尽快回复您～',
  '𝟏𝟐𝟑微信號ＡＢＣ，台灣繁體也可以，V❤：xhs888',
  // A character the normalizer drops unseen (a zero-width space), a buyer called three times with
  // pings in between, a phrase said three times over.
  '亲\u200b亲在吗？亲亲还在吗？宝子快付款呀，人呢，快点付款快点付款快点付款',
  // Names spelled in pinyin after Chinese, and a v at the very start.
  'v一下：lily_22，可以加weixin聊，也可以去dou音搜我们店',
  '',
];

/** A worker, before its job comes (check-threads.ts startHelper): the tables of its rules are
 *  built and their code warmed on a few texts while the front thread still reads stdin, instead
 *  of on its first chunk — through lintChunk, once normalizing the texts and once given them as
 *  the front thread sends them. What it finds here is dropped; the tables and caches this fills
 *  give the same findings whatever texts fill them. */
function warmWorker(options: LintTextOptions): void {
  bulk(BULK_TEXTS);
  const runs = rulesNamed(WORKER_RULES);
  const speaks = secondOpinionAsked(options);
  const own = lintChunk(WARM_TEXTS, undefined, speaks, runs, options);
  lintChunk(WARM_TEXTS, { chunk: 0, texts: own.texts, hidden: own.hidden }, speaks, runs, options);
}

/** The front thread of a split run, before its first text: its rules, the normalizer and the
 *  finishing steps run once over WARM_TEXTS, as the worker's do (warmWorker), so that the code the
 *  optimizing compiler makes of them has seen every kind of text (a variant spelling, a contact, a
 *  surrogate pair) and is not thrown away and compiled again at the first such text of the input.
 *  A second pass takes each text as the worker sends it (normalizedAs: its offset map made on the
 *  first finding) and merges findings of "the other thread" (the text's own again), as lintSplit
 *  does with the worker's. What it finds is dropped. */
function warmFront(options: LintTextOptions, runs: (rule: number) => boolean): void {
  try {
    const parts = WARM_TEXTS.map((text) => lintPart(text, options, runs));
    for (const part of parts) finishPart(part, [], options);
    for (const { text, normalized, placed } of parts) {
      finishPart(lintPart(text, options, runs, normalizedAs(text, normalized.text, normalized.hidden)), placed, options, placed.length > 0);
    }
  } catch {
    // Warming is only for speed.
  }
}

/** A buffer in memory a worker thread can read (check-threads.ts startSplit). */
function sharedBuffer(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}

/** Applies safe fixes until none is left or they stop changing the text; returns what remains. */
function fixText(text: string, lintOne: (text: string) => LintMessage[]): { text: string; messages: LintMessage[] } {
  let current = text;
  let messages = lintOne(current);
  for (let pass = 0; pass < MAX_FIX_PASSES && messages.some((m) => m.fix); pass++) {
    const output = applyFixes(current, messages);
    if (output === current) break;
    current = output;
    messages = lintOne(current);
  }
  return { text: current, messages };
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, options);
  const lang = parseLangFlag(values.lang, io.env);
  if (values.help) {
    io.stdout.write(helpText(lang));
    return 0;
  }
  const format = values.format;
  checkFormatterName(format);
  const lintOptions = { rules: parseRuleFlags(values.rule, contentRules.map((r) => r.id)), allow: values.allow ?? [], lang, secondOpinion: !values['no-model'] };
  const maxWarnings = parseMaxWarnings(values['max-warnings']);

  const lintOne = (text: string) => {
    const messages = lintText(text, lintOptions);
    return values.quiet ? errorsOnly(messages) : messages;
  };
  const job = workerJob(io.env);
  if (job !== undefined) {
    // Nothing a worker meets is printed (its stderr is the process's): the front thread runs the
    // worker's rules itself on whatever it did not answer for, and reports any problem with the
    // input itself.
    try {
      warmWorker(lintOptions);
    } catch {
      // Warming is only for speed.
    }
    work(await job, lintOptions, io.env.XHS_REPLY_DEBUG === '1', Number(io.env[FAIL_AT_ENV] ?? -1));
    return 0;
  }

  let texts: string[];
  let split: Split | undefined;
  const fromStdin = positionals.length === 0;
  if (!fromStdin) texts = positionals;
  else if (io.stdin.isTTY) {
    throw new UserError({
      zh: '没有要检查的文本：在命令后写上文本，或通过管道输入（每行一条），例如 xhs-reply check < 回复.txt',
      en: 'Nothing to check: pass texts as arguments or pipe them in, one a line, e.g. xhs-reply check < replies.txt',
    });
  } else {
    // A large run shares the linting with a worker thread (check-threads.ts), started while the
    // input is still arriving so it boots meanwhile; --fix lints each text again after fixing it,
    // on one thread.
    let helper: Helper | undefined;
    let asked = values.fix === true;
    // Read into shared memory when a worker may take part: startSplit then hands it over as it is.
    const shared = values.fix !== true && mayUseThreads(io.env);
    const bytes = await readStdinBytes(
      io,
      MAX_STDIN_BYTES,
      (read) => {
        if (asked || read < EARLY_WORKER_BYTES) return;
        asked = true;
        // Under --fix `asked` starts true, so here `shared` is exactly mayUseThreads.
        if (shared) helper = startHelper(args, io.env);
      },
      shared ? sharedBuffer : undefined,
    );
    const { count, starts, longest } = values.fix ? { count: 0, starts: [], longest: 0 } : lineStarts(bytes, CHUNK);
    // Decided on the load before reading (shared): by now a worker started early counts in it.
    if (!shared || count < THREADS_MIN_TEXTS) helper = stopHelper(helper);
    else {
      helper ??= startHelper(args, io.env);
      // The worker's rules that are on; none (all turned off): no split.
      const rules = WORKER_RULES.filter((id) => contentRuleOn(id, lintOptions));
      split = startSplit(bytes, count, starts, helper, rules);
    }
    if (split !== undefined && format === 'json' && longest <= MAX_TEXT_LENGTH) {
      // Each thread decodes only the chunks it takes (chunkTexts); no text can be too long.
      try {
        await checkDecodable(bytes);
      } catch (err) {
        await split.stop();
        throw err;
      }
      bulk(count);
      const { errors, warnings } = await streamJsonSplit((c) => chunkTexts(bytes, starts, c), split, lintOptions, values.quiet === true, io);
      return lintExitCode(errors, warnings, maxWarnings, io.stderr, lang);
    }
    texts = await stdinTexts(bytes);
    if (split !== undefined && texts.length !== count) {
      await split.stop();
      split = undefined;
    }
  }
  bulk(texts.length);
  const tooLong = texts.findIndex((t) => t.length > MAX_TEXT_LENGTH);
  if (tooLong >= 0) {
    throw new UserError(
      {
        zh: `文本太长（${texts[tooLong].length} 个字符，上限 ${MAX_TEXT_LENGTH}）；每行应是一条回复`,
        en: `text too long (${texts[tooLong].length} characters, limit ${MAX_TEXT_LENGTH}); give one reply a line`,
      },
      fromStdin ? { file: STDIN, line: tooLong + 1 } : { file: `<text ${tooLong + 1}>` },
    );
  }

  if (format === 'json' && !values.fix) {
    const whole = texts;
    const { errors, warnings } =
      split !== undefined
        ? await streamJsonSplit((c) => whole.slice(c * CHUNK, (c + 1) * CHUNK), split, lintOptions, values.quiet === true, io)
        : streamJson(texts, lintOne, io.stdout);
    return lintExitCode(errors, warnings, maxWarnings, io.stderr, lang);
  }

  let outputs: string[] | undefined;
  let findings: LintMessage[][] = [];
  if (values.fix) {
    outputs = [];
    for (const text of texts) {
      const fixed = fixText(text, lintOne);
      outputs.push(fixed.text);
      findings.push(fixed.messages);
    }
  } else {
    findings = await lintAll(texts, lintOne, io, split, lintOptions, values.quiet === true);
  }

  // With --fix the fixed texts are the data on stdout; the report of what is left goes to stderr.
  const report = outputs ? io.stderr : io.stdout;
  const reportTexts = outputs ?? texts;
  let errors = 0;
  let warnings = 0;
  for (const messages of findings) for (const m of messages) m.severity === 2 ? errors++ : warnings++;

  if (outputs) io.stdout.write(outputs.map((t) => `${t}\n`).join(''));
  if (format === 'json') report.write(checkJson(reportTexts, findings));
  else if (format === 'stylish' && errors + warnings === 0) {
    // What stylish prints for no problems is nothing; say so without loading it (start-up time).
    io.stderr.write(
      lang === 'en' ? `✔ ${texts.length} text(s) checked, no problems found\n` : `✔ 已检查 ${texts.length} 条文本，未发现问题\n`,
    );
  } else {
    const color = useColor(values, io.env, report.isTTY);
    const results = reportTexts.map((text, i) => textResult(`<text ${i + 1}>`, text, findings[i]));
    const formatter = await getFormatter(format);
    report.write(formatter(results, { color, lang, cwd: io.cwd, rules: contentRules }));
  }

  return lintExitCode(errors, warnings, maxWarnings, io.stderr, lang);
}
