// `xhs-reply test "问题"`: which rule or product card answers a buyer's question, and the reply
// the buyer gets — the "try it" of the guided app, on the command line.
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import type { Answer } from '../backend/matcher.js';
import { buildMatcher, matchingAssumption, normalizeQuestion } from '../backend/matcher.js';
import { backendProfile } from '../backend/profile.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { UserError } from '../errors.js';
import { escapeControls, escapeJsonControls } from '../escape.js';
import { langFrom, pick, type Lang } from '../i18n.js';
import { MAX_FILE_STDIN_BYTES, readStdinBytes, type Command, type Io } from '../io.js';
import { readRuleSheet, sheetExtensions } from '../import/read-rule-sheet.js';
import { stdinTexts } from './check.js';

export const DEFAULT_CONFIG = 'xhs-reply.yaml';

/**
 * The config to simulate, with variables filled in. A rule sheet (.csv/.tsv/.xlsx/.txt) works
 * too, so a merchant can try the rules before importing them.
 */
export async function loadConfigForMatching(file: string, io: Io): Promise<Config> {
  const abs = resolve(io.cwd, file);
  if (!existsSync(abs)) {
    throw new UserError(
      {
        zh: `找不到配置文件。先运行 xhs-reply init 或 xhs-reply import 规则表，或用 -c 指定文件`,
        en: 'config not found. Run xhs-reply init or xhs-reply import SHEET first, or pass -c FILE',
      },
      { file },
    );
  }
  if ((sheetExtensions as readonly string[]).includes(extname(file).toLowerCase())) {
    return (await readRuleSheet(file, { cwd: io.cwd })).config;
  }
  return (await loadConfig(file, { cwd: io.cwd })).resolved;
}

export function parseOutputFormat(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'stylish') return 'text';
  if (value === 'json') return 'json';
  throw new UserError({ zh: `未知的输出格式「${value}」，可选：text | json`, en: `Unknown format "${value}"; choose text | json` });
}

function helpText(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    zh ? '用法：xhs-reply test "客户的问题"… [-c xhs-reply.yaml] [--format text|json] [--verbose]' : 'Usage: xhs-reply test "QUESTION"… [-c xhs-reply.yaml] [--format text|json] [--verbose]',
    '',
    zh
      ? '模拟买家提问：显示哪条关键词回复或商品卡片会回复、命中的关键词和匹配方式，以及填好变量的最终回复。\n不带问题时从标准输入读取，每行一个。-c 也可以是规则表（.csv/.tsv/.xlsx/.txt）。'
      : 'Simulates a buyer question: which keyword rule or product card answers, the keyword and match mode,\nand the final reply with variables filled. With no QUESTION reads stdin, one a line. -c may be a rule sheet.',
    '',
    `  -c, --config FILE   ${zh ? '配置文件（默认 xhs-reply.yaml）' : 'config file (default xhs-reply.yaml)'}`,
    `  --format text|json  ${zh ? '输出格式（json 为数组，每个问题一项）' : 'output format (json: an array, one entry per question)'}`,
    `  --verbose           ${zh ? '同时显示规范化后的问题和其他也命中的规则' : 'also show the normalized question and every other match'}`,
    '',
    pick(matchingAssumption, lang),
    '',
  ].join('\n');
}

export function kindLabel(kind: Answer['kind'], lang: Lang): string {
  return kind === 'keyword_rule' ? (lang === 'zh' ? '关键词回复' : 'keyword rule') : lang === 'zh' ? '商品卡片' : 'product card';
}

/** Config text printed on one line, its control characters spelled out (never run by the terminal). */
const one = (text: string): string => escapeControls(text, { singleLine: true });

function describe(a: Answer, lang: Lang): string {
  const zh = lang === 'zh';
  const extra: string[] = [];
  if (a.name) extra.push(one(a.name));
  if (a.productId) extra.push(zh ? `商品ID ${one(a.productId)}` : `product ID ${one(a.productId)}`);
  const card = extra.length ? (zh ? `（${extra.join('，')}）` : ` (${extra.join(', ')})`) : '';
  return zh ? `${kindLabel(a.kind, lang)}第 ${a.index + 1} 条「${one(a.id)}」${card}` : `${kindLabel(a.kind, lang)} #${a.index + 1} "${one(a.id)}"${card}`;
}

function answerJson(a: Answer) {
  return {
    kind: a.kind,
    id: a.id,
    index: a.index,
    keyword: a.keyword,
    match: a.match,
    reply: a.reply,
    ...(a.productId !== undefined ? { productId: a.productId } : {}),
    ...(a.name !== undefined ? { name: a.name } : {}),
  };
}

export const run: Command = async (args, io) => {
  const lang = langFrom(args, io.env);
  const { values, positionals } = parseCommandArgs(args, {
    config: { type: 'string', short: 'c' },
    format: { type: 'string', short: 'f' },
    verbose: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(helpText(lang));
    return 0;
  }
  const format = parseOutputFormat(values.format);
  let questions = positionals;
  if (questions.length === 0) {
    // A terminal on stdin means nobody is piping questions: say what to type instead of waiting.
    // Same decoding as `check`: NUL bytes, GBK or UTF-16 are refused at their line, never guessed.
    const piped = io.stdin.isTTY ? [] : await stdinTexts(await readStdinBytes(io, MAX_FILE_STDIN_BYTES));
    questions = piped.filter((q) => q.trim() !== '');
    if (questions.length === 0) {
      throw new UserError({ zh: '请给出一个问题：xhs-reply test "什么时候发货"', en: 'Give a question: xhs-reply test "什么时候发货"' });
    }
  }
  const config = await loadConfigForMatching(values.config ?? DEFAULT_CONFIG, io);
  const matcher = buildMatcher(config);
  io.stderr.write(`${pick(matchingAssumption, lang)}\n`);
  const zh = lang === 'zh';
  const modeLabel = (m: Answer['match']) => pick(backendProfile.matching.labels[m], lang);

  if (format === 'json') {
    const out = questions.map((question) => {
      const all = matcher.matches(question);
      return {
        question,
        normalized: normalizeQuestion(question),
        answer: all[0] ? answerJson(all[0]) : null,
        alsoMatched: all.slice(1).map(answerJson),
      };
    });
    io.stdout.write(`${escapeJsonControls(JSON.stringify(out, null, 2))}\n`);
    return 0;
  }

  const lines: string[] = [];
  questions.forEach((question, qi) => {
    if (qi > 0) lines.push('');
    lines.push(zh ? `问题：${one(question)}` : `Question: ${one(question)}`);
    if (values.verbose) lines.push(zh ? `  比较时按：${one(normalizeQuestion(question))}` : `  compared as: ${one(normalizeQuestion(question))}`);
    const all = values.verbose ? matcher.matches(question) : [];
    const a = values.verbose ? (all[0] ?? null) : matcher.answer(question);
    if (!a) {
      lines.push(zh ? '  没有规则会回复这个问题' : '  No rule answers this question');
      return;
    }
    lines.push(zh ? `  回复来自：${describe(a, lang)}` : `  Answered by: ${describe(a, lang)}`);
    lines.push(zh ? `  命中关键词：「${one(a.keyword)}」（${modeLabel(a.match)}）` : `  Keyword: "${one(a.keyword)}" (${modeLabel(a.match)})`);
    const reply = a.reply === '' ? (a.kind === 'product_card' ? (zh ? '（只发送商品卡片，没有文字）' : '(the card only, no text)') : zh ? '（回复是空的）' : '(empty reply)') : a.reply;
    // A reply's own line breaks stay; everything else unprintable is spelled out.
    const [first, ...rest] = reply.split('\n').map((l) => one(l));
    lines.push(`  ${zh ? '回复：' : 'Reply: '}${first}`);
    for (const l of rest) lines.push(`${zh ? '        ' : '         '}${l}`);
    for (const other of all.slice(1)) {
      lines.push(
        zh
          ? `  也命中但排在后面：${describe(other, lang)}，关键词「${one(other.keyword)}」（${modeLabel(other.match)}）`
          : `  Also matched, but later: ${describe(other, lang)}, keyword "${one(other.keyword)}" (${modeLabel(other.match)})`,
      );
    }
  });
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
};
