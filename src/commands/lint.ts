// `xhs-reply lint [FILES…]`: lints configs (.yaml/.yml/.json) and existing rule sheets
// (.csv/.tsv/.xlsx/.txt, read in place without converting) with the config rules and the
// content rules, ESLint-style output and exit codes. No Ink or React here (SPEC §8); the sheet
// reader (and exceljs with it) loads only when a sheet is given.
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { lintExitCode, parseCommandArgs, parseLangFlag, parseMaxWarnings, parseRuleFlags, useColor } from '../args.js';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { saveDocument } from '../config/save.js';
import type { RuleSetting } from '../config/types.js';
import { resolveConfig } from '../config/vars.js';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n.js';
import type { Io } from '../io.js';
import { lintConfigFindings, toLintResults, type ConfigFinding, type ConfigSubject } from '../lint/config-engine.js';
import { configRules } from '../lint/config-rules.js';
import { contentRules } from '../lint/engine.js';
import { applyConfigFixes } from '../lint/fix.js';
import { checkFormatterName, getFormatter } from '../lint/formatters/index.js';
import type { FormattableResult } from '../lint/formatters/results.js';
import type { RuleMeta } from '../lint/types.js';
import { pushAll } from '../arrays.js';

const DEFAULT_FILE = 'xhs-reply.yaml';
const CONFIG_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const SHEET_EXTENSIONS = new Set(['.csv', '.tsv', '.xlsx', '.txt']);
// As ESLint: a fix may expose another (an invisible character inside padding), a few passes settle it.
const MAX_FIX_PASSES = 10;

/** Findings of the sheet reader itself (a row it had to skip): the merchant must know it was not checked. */
const sheetRowRule: RuleMeta = {
  id: 'sheet-row',
  severity: 'warning',
  description: { zh: '规则表里无法读取的行', en: 'A row of the rule sheet that could not be read' },
  protects: { zh: '没读进来的行没有被检查', en: 'Rows that were not read were not checked' },
};

const options = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  'no-model': { type: 'boolean' },
} as const;

export const allRules: readonly RuleMeta[] = [...configRules, ...contentRules].map(({ id, severity, description, protects }) => ({
  id,
  severity,
  description,
  protects,
}));

function helpText(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    zh ? '用法：xhs-reply lint [FILES…] [选项]' : 'Usage: xhs-reply lint [FILES…] [options]',
    '',
    zh
      ? '检查配置文件（.yaml/.yml/.json）和已有的关键词规则表（.csv/.tsv/.xlsx/.txt，不用先转换）。\n不带 FILES 时检查当前目录的 xhs-reply.yaml。'
      : 'Lints configs (.yaml/.yml/.json) and existing rule sheets (.csv/.tsv/.xlsx/.txt, no conversion needed).\nWith no FILES lints ./xhs-reply.yaml.',
    '',
    zh ? '选项：' : 'Options:',
    `  -f, --format stylish|json|sarif  ${zh ? '输出格式（默认 stylish）' : 'output format (default stylish)'}`,
    `  --rule ID=off|warning|error      ${zh ? '调整某条规则的级别，可重复（优先于配置里的 lint.rules）' : 'set a rule’s severity; repeatable (wins over lint.rules)'}`,
    `  -q, --quiet                      ${zh ? '只显示错误，不显示警告' : 'report errors only'}`,
    `  --max-warnings N                 ${zh ? '警告超过 N 条时以 1 退出' : 'exit 1 when there are more than N warnings'}`,
    `  --no-model                       ${zh ? '关闭模型复核（也可在配置里写 lint.model: false）' : 'turn off the learned second opinion (or set lint.model: false in the config)'}`,
    `  --fix                            ${zh ? '自动修复安全的问题（隐藏字符、首尾空白、规则内重复关键词），保留注释，原文件备份为 .bak' : 'apply safe fixes (invisible characters, padding, duplicate keywords in a rule); comments kept, the old file backed up as .bak'}`,
    `  --lang zh|en                     ${zh ? '提示语言（默认中文）' : 'message language (default zh)'}`,
    `  --no-color                       ${zh ? '不使用颜色（也可设置 NO_COLOR）' : 'no colours (or set NO_COLOR)'}`,
    `  -h, --help                       ${zh ? '显示本帮助' : 'show this help'}`,
    '',
    `${zh ? '规则' : 'Rules'}: ${allRules.map((r) => r.id).join(', ')}`,
    '',
    zh
      ? '退出码：0 没有错误；1 有错误（或警告超过 --max-warnings）；2 用法错误或文件无法读取/格式错误。'
      : 'Exit codes: 0 no errors; 1 errors (or warnings past --max-warnings); 2 usage error or unreadable/invalid file.',
    '',
  ].join('\n');
}

type Kind = 'config' | 'sheet';

function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase();
  if (CONFIG_EXTENSIONS.has(ext)) return 'config';
  if (SHEET_EXTENSIONS.has(ext)) return 'sheet';
  throw new UserError(
    {
      zh: `不支持的文件类型「${ext || '无扩展名'}」：lint 可以检查 .yaml/.yml/.json 配置和 .csv/.tsv/.xlsx/.txt 规则表`,
      en: `unsupported file type "${ext || 'no extension'}": lint reads .yaml/.yml/.json configs and .csv/.tsv/.xlsx/.txt sheets`,
    },
    { file },
  );
}

interface Linted {
  readonly results: FormattableResult[];
  readonly fixed: number;
  readonly backup?: string;
}

async function lintSheet(file: string, io: Io, lang: Lang, rules: Record<string, RuleSetting>, secondOpinion: boolean): Promise<Linted> {
  const { readRuleSheet } = await import('../import/read-rule-sheet.js');
  const sheet = await readRuleSheet(file, { cwd: io.cwd });
  const subject: ConfigSubject = {
    file: sheet.file,
    config: sheet.config,
    resolved: resolveConfig(sheet.config),
    positionOf: (path, o) => sheet.positionOf(path, o?.offset),
  };
  const findings: ConfigFinding[] = lintConfigFindings(subject, { lang, rules, secondOpinion });
  if (rules[sheetRowRule.id] !== 'off') {
    for (const p of sheet.problems) {
      if (p.kind !== 'skipped') continue;
      findings.push({
        ruleId: sheetRowRule.id,
        severity: rules[sheetRowRule.id] === 'error' ? 2 : 1,
        message: lang === 'en' ? p.message.en : p.message.zh,
        filePath: sheet.file,
        path: [],
        line: p.row,
        column: p.col ?? 1,
        endLine: p.row,
        endColumn: p.col ?? 1,
        start: 0,
        end: 0,
      });
    }
    findings.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  return { results: toLintResults(subject, findings), fixed: 0 };
}

async function lintConfigFile(
  file: string,
  io: Io,
  lang: Lang,
  rules: Record<string, RuleSetting>,
  fix: boolean,
  secondOpinion: boolean,
): Promise<Linted> {
  let loaded: LoadedConfig = await loadConfig(file, { cwd: io.cwd });
  let findings = lintConfigFindings(loaded, { lang, rules, secondOpinion });
  if (!fix) return { results: toLintResults(loaded, findings), fixed: 0 };

  let fixed = 0;
  let changed = false;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (!findings.some((f) => f.configFix && f.filePath === loaded.file)) break;
    const outcome = applyConfigFixes(loaded.document, loaded.config, loaded.file, findings);
    if (outcome.fixed === 0) break;
    const text = String(loaded.document);
    if (text === loaded.source.text) break;
    fixed += outcome.fixed;
    changed = true;
    // Re-read the edited text exactly as the file will be, so the report matches what is saved.
    loaded = await loadConfig(file, { cwd: io.cwd, text });
    findings = lintConfigFindings(loaded, { lang, rules, secondOpinion });
  }
  let backup: string | undefined;
  if (changed) {
    if (extname(file).toLowerCase() === '.json') {
      try {
        JSON.parse(loaded.source.text);
      } catch {
        throw new UserError(
          { zh: '修复后的内容不再是合法 JSON，未写入文件；请手动修改', en: 'the fixed content would not be valid JSON; nothing written, please edit by hand' },
          { file: loaded.file },
        );
      }
    }
    backup = (await saveDocument(loaded.path, loaded.document, loaded.file)).backup;
  }
  return { results: toLintResults(loaded, findings), fixed, backup };
}

function onlyErrors(result: FormattableResult): FormattableResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, options);
  const lang = parseLangFlag(values.lang, io.env);
  if (values.help) {
    io.stdout.write(helpText(lang));
    return 0;
  }
  checkFormatterName(values.format);
  const rules = parseRuleFlags(values.rule, [...allRules, sheetRowRule].map((r) => r.id));
  const maxWarnings = parseMaxWarnings(values['max-warnings']);

  let files = positionals;
  if (files.length === 0) {
    if (!existsSync(resolve(io.cwd, DEFAULT_FILE))) {
      throw new UserError(
        {
          zh: `当前目录没有 ${DEFAULT_FILE}：先运行 xhs-reply init 生成一个，或指定要检查的文件，例如 xhs-reply lint 规则表.csv`,
          en: `no ${DEFAULT_FILE} here: run xhs-reply init to create one, or name the files to lint, e.g. xhs-reply lint rules.csv`,
        },
        { file: DEFAULT_FILE },
      );
    }
    files = [DEFAULT_FILE];
  }
  const kinds = files.map(kindOf);
  if (values.fix) {
    const sheet = files.find((_, i) => kinds[i] === 'sheet');
    if (sheet) {
      throw new UserError(
        {
          zh: '--fix 不会改动规则表（表格里的格式和公式可能被破坏）；请先运行 xhs-reply import 转成 xhs-reply.yaml，再用 --fix',
          en: '--fix does not rewrite rule sheets (their formatting could be lost); run xhs-reply import first, then lint --fix the yaml',
        },
        { file: sheet },
      );
    }
  }

  const results: FormattableResult[] = [];
  let fixed = 0;
  const backups: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const linted =
      kinds[i] === 'sheet'
        ? await lintSheet(files[i], io, lang, rules, !values['no-model'])
        : await lintConfigFile(files[i], io, lang, rules, Boolean(values.fix), !values['no-model']);
    pushAll(results, linted.results);
    fixed += linted.fixed;
    if (linted.backup) backups.push(linted.backup);
  }

  const shown: FormattableResult[] = values.quiet ? results.map(onlyErrors) : results;
  const errors = shown.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);

  const formatter = await getFormatter(values.format);
  const color = useColor(values, io.env, io.stdout.isTTY);
  const output = formatter(shown, { color, lang, cwd: io.cwd, rules: [...allRules, sheetRowRule] });
  if (output !== '') io.stdout.write(output);
  else if (values.format === 'stylish') {
    io.stderr.write(
      lang === 'en' ? `✔ ${files.length} file(s) linted, no problems found\n` : `✔ 已检查 ${files.length} 个文件，未发现问题\n`,
    );
  }
  if (values.fix) {
    io.stderr.write(
      fixed > 0
        ? lang === 'en'
          ? `xhs-reply: fixed ${fixed} problem(s)${backups.length ? `; previous version saved as ${backups.join(', ')}` : ''}\n`
          : `xhs-reply: 已自动修复 ${fixed} 处问题${backups.length ? `，原文件已备份为 ${backups.join('、')}` : ''}\n`
        : lang === 'en'
          ? 'xhs-reply: nothing to fix automatically\n'
          : 'xhs-reply: 没有可以自动修复的问题\n',
    );
  }

  return lintExitCode(errors, warnings, maxWarnings, io.stderr, lang);
}
