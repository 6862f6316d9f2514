// `xhs-reply coverage QUESTIONS`: how many real buyer questions the auto replies answer, the
// unanswered ones grouped by what they ask, and rules that never fire.
import { escapeControls, escapeJsonControls } from '../escape.js';
import { resolve } from 'node:path';
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

const DEFAULT_TOP = 20;
const PHRASINGS_SHOWN = 3;

function helpText(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    zh
      ? '用法：xhs-reply coverage QUESTIONS [-c xhs-reply.yaml] [--format text|json] [--top N]'
      : 'Usage: xhs-reply coverage QUESTIONS [-c xhs-reply.yaml] [--format text|json] [--top N]',
    '',
    zh
      ? 'QUESTIONS 是真实的买家问题（- 表示标准输入）：文本文件每行一个，或 CSV/TSV/XLSX 中表头为「问题/question」的列（没有则取第一列）。\n输出被自动回复覆盖的比例、按相似归组的未覆盖问题，以及从未触发的规则。'
      : 'QUESTIONS are real buyer questions (- for stdin): one a line, or the 问题/question column of a CSV/TSV/XLSX (else the first).\nPrints the share answered, the unanswered grouped by similarity, and rules that never fire.',
    '',
    `  -c, --config FILE   ${zh ? '配置文件或规则表（默认 xhs-reply.yaml）' : 'config or rule sheet (default xhs-reply.yaml)'}`,
    `  --format text|json  ${zh ? '输出格式' : 'output format'}`,
    `  --top N             ${zh ? `最多显示 N 组未覆盖的问题（默认 ${DEFAULT_TOP}；json 总是全部）` : `show at most N unanswered groups (default ${DEFAULT_TOP}; json has all)`}`,
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
  const [file] = positionals;
  const config = await loadConfigForMatching(values.config ?? DEFAULT_CONFIG, io);
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
  const report = measureCoverage(buildMatcher(config), list.questions.map((q) => q.text));
  // Questions and rule ids are someone's text: their control characters are spelled out.
  io.stdout.write(
    format === 'json' ? `${escapeJsonControls(JSON.stringify(coverageJson(report), null, 2))}\n` : escapeControls(formatCoverage(report, lang, top)),
  );
  return 0;
};
