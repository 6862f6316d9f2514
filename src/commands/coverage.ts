// `xhs-reply coverage QUESTIONS`: how many real buyer questions the auto replies answer, the
// unanswered ones grouped by what they ask, and rules that never fire.
import { escapeControls, escapeJsonControls } from '../escape.js';
import { extname, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { measureCoverage, type CoverageReport } from '../backend/coverage.js';
import { buildMatcher, matchingAssumption } from '../backend/matcher.js';
import { UserError } from '../errors.js';
import { readFileChecked } from '../files.js';
import { langFrom, pick, type Lang } from '../i18n.js';
import type { Command } from '../io.js';
import { parseQuestions } from '../import/questions.js';
import { readStdinBytes } from './import.js';
import { DEFAULT_CONFIG, kindLabel, loadConfigForMatching, parseOutputFormat } from './test.js';
import { suggestKeywords, type SuggestResult } from '../backend/suggest.js';
import { addSuggestedKeywords } from '../config/add-keywords.js';
import { loadConfig } from '../config/load.js';
import { saveDocument } from '../config/save.js';
import type { Config } from '../config/types.js';
import { readRuleSheet, sheetExtensions } from '../import/read-rule-sheet.js';

const DEFAULT_TOP = 20;
const PHRASINGS_SHOWN = 3;

function helpText(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    zh
      ? '用法：xhs-reply coverage QUESTIONS [-c xhs-reply.yaml] [--format text|json] [--top N] [--suggest [--apply]]'
      : 'Usage: xhs-reply coverage QUESTIONS [-c xhs-reply.yaml] [--format text|json] [--top N] [--suggest [--apply]]',
    '',
    zh
      ? 'QUESTIONS 是真实的买家问题（- 表示标准输入）：文本文件每行一个，或 CSV/TSV/XLSX 中表头为「问题/question」的列（没有则取第一列）。\n输出被自动回复覆盖的比例、按相似归组的未覆盖问题，以及从未触发的规则。'
      : 'QUESTIONS are real buyer questions (- for stdin): one a line, or the 问题/question column of a CSV/TSV/XLSX (else the first).\nPrints the share answered, the unanswered grouped by similarity, and rules that never fire.',
    '',
    `  -c, --config FILE   ${zh ? '配置文件或规则表（默认 xhs-reply.yaml）' : 'config or rule sheet (default xhs-reply.yaml)'}`,
    `  --format text|json  ${zh ? '输出格式' : 'output format'}`,
    `  --top N             ${zh ? `最多显示 N 组未覆盖的问题（默认 ${DEFAULT_TOP}；json 总是全部）` : `show at most N unanswered groups (default ${DEFAULT_TOP}; json has all)`}`,
    `  --suggest           ${zh ? '为未覆盖的问题组建议关键词（加到哪条规则，或新建规则），每条都先检查关键词冲突、遮蔽和过宽' : 'suggest keywords for unanswered groups (which rule, or a new one), each checked for conflicts, shadowing and breadth'}`,
    `  --apply             ${zh ? '把建议写进配置文件（保留注释，原子写入，原文件备份为 .bak）' : 'write the suggestions into the config (comments kept, atomic, old file backed up as .bak)'}`,
    '',
    pick(matchingAssumption, lang),
    '',
  ].join('\n');
}

/** Rounded down, so "100%" only ever means every question. */
export function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.floor((part / total) * 100);
}

export function coverageJson(report: CoverageReport) {
  return {
    total: report.total,
    answered: report.answered,
    share: report.total === 0 ? 0 : report.answered / report.total,
    unanswered: report.unanswered.map((g) => ({ term: g.term, count: g.count, example: g.example, questions: g.questions })),
    rules: report.items.map((it) => ({ kind: it.kind, id: it.id, index: it.index, answered: it.count })),
    neverFired: report.neverFired.map((it) => ({ kind: it.kind, id: it.id, index: it.index })),
  };
}

export function formatCoverage(report: CoverageReport, lang: Lang, top: number): string {
  const zh = lang === 'zh';
  const lines = [
    zh
      ? `覆盖 ${report.answered}/${report.total}（${percent(report.answered, report.total)}%）`
      : `Answered ${report.answered}/${report.total} (${percent(report.answered, report.total)}%)`,
  ];
  const missing = report.total - report.answered;
  if (missing > 0) {
    lines.push('', zh ? `没有自动回复的问题（${missing} 个，按相似归为 ${report.unanswered.length} 组）：` : `Unanswered (${missing}, in ${report.unanswered.length} groups):`);
    const width = String(report.unanswered[0]?.count ?? 1).length;
    for (const g of report.unanswered.slice(0, top)) {
      const others = g.questions.slice(0, PHRASINGS_SHOWN).map((q) => (q.count > 1 ? `${q.text} ×${q.count}` : q.text));
      const more = g.questions.length > PHRASINGS_SHOWN ? (zh ? ` 等 ${g.questions.length} 种问法` : ` and ${g.questions.length - PHRASINGS_SHOWN} more`) : '';
      const term = g.term ? (zh ? `「${g.term}」` : `"${g.term}"`) : '';
      const detail = g.questions.length > 1 || g.term ? `  ${term}${term ? (zh ? '：' : ': ') : ''}${others.join(zh ? '、' : ', ')}${more}` : '';
      lines.push(`  ${String(g.count).padStart(width)}×  ${g.example}${detail}`);
    }
    if (report.unanswered.length > top) {
      lines.push(zh ? `  …还有 ${report.unanswered.length - top} 组（--top N 显示更多，或 --format json）` : `  … ${report.unanswered.length - top} more groups (--top N or --format json)`);
    }
  }
  if (report.neverFired.length > 0) {
    lines.push('', zh ? `从未触发的规则（${report.neverFired.length} 条）：` : `Rules that never fired (${report.neverFired.length}):`);
    for (const it of report.neverFired) {
      lines.push(zh ? `  ${kindLabel(it.kind, lang)}第 ${it.index + 1} 条「${it.id}」` : `  ${kindLabel(it.kind, lang)} #${it.index + 1} "${it.id}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const run: Command = async (args, io) => {
  const lang = langFrom(args, io.env);
  const { values, positionals } = parseCommandArgs(args, {
    config: { type: 'string', short: 'c' },
    format: { type: 'string', short: 'f' },
    top: { type: 'string' },
    suggest: { type: 'boolean' },
    apply: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(helpText(lang));
    return 0;
  }
  const format = parseOutputFormat(values.format);
  const top = values.top === undefined ? DEFAULT_TOP : Number(values.top);
  if (!Number.isInteger(top) || top < 0) {
    throw new UserError({ zh: `--top 需要一个非负整数，收到「${values.top}」`, en: `--top needs a whole number, got "${values.top}"` });
  }
  if (positionals.length !== 1) {
    throw new UserError({
      zh: '需要一个问题文件：xhs-reply coverage QUESTIONS.txt（每行一个真实的买家问题）',
      en: 'Expected one questions file: xhs-reply coverage QUESTIONS.txt (one real buyer question a line)',
    });
  }
  if (values.apply && !values.suggest) {
    throw new UserError({ zh: '--apply 需要和 --suggest 一起用：xhs-reply coverage 问题.txt --suggest --apply', en: '--apply goes with --suggest: xhs-reply coverage QUESTIONS --suggest --apply' });
  }
  const [file] = positionals;
  const configFile = values.config ?? DEFAULT_CONFIG;
  const isSheet = (sheetExtensions as readonly string[]).includes(extname(configFile).toLowerCase());
  if (values.apply && isSheet) {
    throw new UserError(
      { zh: '--apply 不会改动规则表；请先运行 xhs-reply import 转成 xhs-reply.yaml', en: '--apply does not rewrite rule sheets; run xhs-reply import first' },
      { file: configFile },
    );
  }
  const config = await loadConfigForMatching(configFile, io);
  const bytes = file === '-' ? await readStdinBytes(io) : await readFileChecked(resolve(io.cwd, file), { displayName: file });
  const list = await parseQuestions(bytes, file === '-' ? 'stdin.txt' : file);
  const enc = list.encoding ? (lang === 'zh' ? `编码 ${list.encoding}（自动识别）` : `encoding ${list.encoding} (detected)`) : 'XLSX';
  const col = list.column ? (lang === 'zh' ? `，取「${list.column}」列` : `, column "${list.column}"`) : '';
  const reading =
    lang === 'zh'
      ? `读取 ${file}：${list.questions.length} 个问题，${enc}${col}\n`
      : `Reading ${file}: ${list.questions.length} questions, ${enc}${col}\n`;
  io.stderr.write(escapeControls(reading));
  io.stderr.write(`${pick(matchingAssumption, lang)}\n`);
  const questions = list.questions.map((q) => q.text);
  const report = measureCoverage(buildMatcher(config), questions);
  if (!values.suggest) {
    // Questions and rule ids are someone's text: their control characters are spelled out.
    io.stdout.write(
      format === 'json' ? `${escapeJsonControls(JSON.stringify(coverageJson(report), null, 2))}\n` : escapeControls(formatCoverage(report, lang, top)),
    );
    return 0;
  }
  // Suggestions are made on the config as written (variables not filled): that is what --apply writes.
  const loaded = isSheet ? undefined : await loadConfig(configFile, { cwd: io.cwd });
  const written: Config = loaded ? loaded.config : (await readRuleSheet(configFile, { cwd: io.cwd })).config;
  const result = suggestKeywords(written, questions, { limit: top });
  let applied = 0;
  let backup: string | undefined;
  if (values.apply && loaded) {
    applied = addSuggestedKeywords(loaded.document, loaded.config, result.suggestions, lang);
    if (applied > 0) backup = (await saveDocument(loaded.path, loaded.document, loaded.file)).backup;
  }
  if (format === 'json') {
    io.stdout.write(`${escapeJsonControls(JSON.stringify({ ...coverageJson(report), suggest: suggestJson(result), applied }, null, 2))}\n`);
  } else {
    io.stdout.write(escapeControls(formatCoverage(report, lang, top) + formatSuggestions(result, lang, configFile, values.apply ? applied : undefined, backup)));
  }
  return 0;
};

export function suggestJson(result: SuggestResult) {
  return {
    before: result.before,
    after: result.after,
    filler: result.filler,
    total: result.total,
    suggestions: result.suggestions.map((s) => ({
      keyword: s.keyword,
      group: { term: s.group.term, count: s.group.count, example: s.group.example },
      target: s.target,
      answers: s.answers,
      ...(s.rejected ? { rejected: { ruleId: s.rejected.ruleId, message: s.rejected.message.zh } } : {}),
    })),
  };
}

export function formatSuggestions(result: SuggestResult, lang: Lang, configFile: string, applied?: number, backup?: string): string {
  const zh = lang === 'zh';
  const lines = ['', zh ? '建议（每个关键词都已检查 keyword-conflict / keyword-shadowed / keyword-too-broad）：' : 'Suggestions (each keyword checked against keyword-conflict / keyword-shadowed / keyword-too-broad):'];
  if (result.suggestions.length === 0) lines.push(zh ? '  （没有可建议的关键词：未覆盖的问题都是零散的一次性问题）' : '  (nothing to suggest: the unanswered questions are one-offs)');
  let n = 0;
  for (const s of result.suggestions) {
    const asked = s.group.questions.slice(0, 2).map((q) => q.text).join(zh ? '、' : ', ');
    if (s.rejected) {
      lines.push(zh ? `  ✗ 「${s.keyword}」（${s.group.count}× ${asked}）不建议：${pick(s.rejected.message, lang)}（${s.rejected.ruleId}）` : `  ✗ "${s.keyword}" (${s.group.count}× ${asked}) not suggested: ${pick(s.rejected.message, lang)} (${s.rejected.ruleId})`);
      continue;
    }
    n++;
    const where =
      s.target.kind === 'existing'
        ? zh ? `加到关键词回复「${s.target.id}」` : `add to keyword rule "${s.target.id}"`
        : zh ? `新建规则「${s.target.id}」，回复需要您来写` : `new rule "${s.target.id}"; you write the reply`;
    lines.push(
      zh
        ? `  ${n}. 关键词「${s.keyword}」→ ${where}（多回答 ${s.answers} 个问题，如：${asked}）`
        : `  ${n}. keyword "${s.keyword}" → ${where} (answers ${s.answers} more, e.g. ${asked})`,
    );
  }
  if (result.filler.length > 0) {
    lines.push(
      zh
        ? `  未建议（口头语，出现在 3 条以上不同规则回答的问题里）：${result.filler.join('、')}`
        : `  Left out (phrasing found in questions that 3+ different rules answer): ${result.filler.join(', ')}`,
    );
  }
  lines.push(
    zh
      ? `全部采用后覆盖 ${result.after}/${result.total}（${percent(result.after, result.total)}%，现在 ${percent(result.before, result.total)}%）`
      : `With all of them: ${result.after}/${result.total} answered (${percent(result.after, result.total)}%, now ${percent(result.before, result.total)}%)`,
  );
  if (applied === undefined) {
    if (n > 0) lines.push(zh ? `加 --apply 写入 ${configFile}（保留注释，原文件备份为 .bak）。` : `Add --apply to write them into ${configFile} (comments kept, old file backed up as .bak).`);
  } else if (applied === 0) {
    lines.push(zh ? '没有可写入的建议，文件未改动。' : 'Nothing to apply; the file is unchanged.');
  } else {
    lines.push(
      zh
        ? `已写入 ${configFile}：${applied} 条建议${backup ? `，原文件备份为 ${backup}` : ''}。新建的规则回复为空，运行 xhs-reply lint 会指出要写回复的位置。`
        : `Wrote ${applied} suggestion(s) into ${configFile}${backup ? `; the old file is ${backup}` : ''}. New rules have empty replies; xhs-reply lint points at each.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
