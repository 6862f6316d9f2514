// `xhs-reply import FILE`: a rule sheet or pasted backend text → xhs-reply.yaml.
import { existsSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../config/load.js';
import { UserError, formatPosition } from '../errors.js';
import { escapeControls } from '../escape.js';
import { writeFileSafely } from '../files.js';
import { langFrom, pick, type Lang } from '../i18n.js';
import { MAX_FILE_STDIN_BYTES, readStdinBytes as readAllStdin, type Command, type Io } from '../io.js';
import { parseRuleSheet, readRuleSheet } from '../import/read-rule-sheet.js';
import { sheetToYaml } from '../import/to-yaml.js';
import type { RuleSheet } from '../import/types.js';
import { placeSchema, schemaReference } from './init.js';

const DEFAULT_OUTPUT = 'xhs-reply.yaml';
const USAGE = 'xhs-reply import FILE [-o xhs-reply.yaml] [--force]';

function helpText(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    `${zh ? '用法：' : 'Usage: '}${USAGE}`,
    '',
    zh
      ? '把已有的关键词规则表（.csv/.tsv/.xlsx）或从后台复制的文本（.txt，或 - 表示标准输入）转成 xhs-reply.yaml。'
      : 'Turns a rule sheet (.csv/.tsv/.xlsx) or text copied from the backend (.txt, or - for stdin) into xhs-reply.yaml.',
    '',
    `  -o, --output FILE  ${zh ? '输出文件（默认 xhs-reply.yaml；- 表示输出到标准输出）' : 'output file (default xhs-reply.yaml; - for stdout)'}`,
    `  --force            ${zh ? '覆盖已有文件（原文件备份为 .bak）' : 'replace an existing file (backed up to .bak)'}`,
    '',
    zh
      ? '表头（中文或英文）：关键词/keyword，回复/reply，可选 匹配方式/match、规则名称/id、商品ID/product_id、商品名称。'
      : 'Headers (Chinese or English): 关键词/keyword, 回复/reply, optional 匹配方式/match, 规则名称/id, 商品ID/product_id, 商品名称.',
    zh
      ? '一格多个关键词用 、，,;；/ 或换行分隔。后台文本：「关键词：…」「回复：…」块（空行分隔），或每行「关键词 → 回复」。'
      : 'Several keywords per cell: separate with 、，,;；/ or newlines. Backend text: "关键词：…"/"回复：…" blocks, or "keyword → reply" lines.',
    '',
  ].join('\n');
}

/** Stdin as bytes (encoding detection needs them); refuses a terminal instead of waiting. */
export async function readStdinBytes(io: Io): Promise<Buffer> {
  if (io.stdin.isTTY) {
    throw new UserError({ zh: '标准输入是终端：请用管道传入文本，或给出文件名', en: 'stdin is a terminal: pipe text in or give a file' });
  }
  return readAllStdin(io, MAX_FILE_STDIN_BYTES);
}

/** Where the sheet came from and how it was read — printed so no encoding is guessed silently. */
export function describeSource(sheet: RuleSheet, lang: Lang): string {
  const zh = lang === 'zh';
  const kind = { csv: 'CSV', tsv: zh ? 'TSV（制表符分隔）' : 'TSV (tab-separated)', xlsx: zh ? 'XLSX（第一个工作表）' : 'XLSX (first sheet)', paste: zh ? '后台复制的文本' : 'text copied from the backend' }[sheet.format];
  const enc = sheet.encoding ? (zh ? `，编码 ${sheet.encoding}（自动识别）` : `, encoding ${sheet.encoding} (detected)`) : '';
  return zh ? `读取 ${sheet.file}：${kind}${enc}` : `Reading ${sheet.file}: ${kind}${enc}`;
}

/** One line per problem, `file:line:col: 第 N 行：…`, sorted by row. */
export function problemLines(sheet: RuleSheet, lang: Lang): string[] {
  return sheet.problems.map((p) => {
    const where = formatPosition({ file: sheet.file, line: p.row, col: p.col ?? 1 });
    const tag = p.kind === 'skipped' ? (lang === 'zh' ? '未导入' : 'not imported') : lang === 'zh' ? '已导入，需补充' : 'imported, needs attention';
    return `${where}: [${tag}] ${pick(p.message, lang)}`;
  });
}

export const run: Command = async (args, io) => {
  const lang = langFrom(args, io.env);
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(helpText(lang));
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UserError({
      zh: `需要一个文件：${USAGE}`,
      en: `Expected one file: ${USAGE}`,
    });
  }
  const [input] = positionals;
  const output = values.output ?? DEFAULT_OUTPUT;
  const toStdout = output === '-';
  const target = resolve(io.cwd, output);
  const shownTarget = relative(io.cwd, target).startsWith('..') ? target : relative(io.cwd, target) || output;
  if (!toStdout && existsSync(target) && !values.force) {
    throw new UserError(
      {
        zh: `${shownTarget} 已存在，不会覆盖。加 --force 覆盖（原文件会备份为 ${shownTarget}.bak），或用 -o 指定别的文件`,
        en: `${shownTarget} exists and is not replaced. Add --force (the old file is backed up to ${shownTarget}.bak) or choose another with -o`,
      },
      { file: shownTarget },
    );
  }

  const sheet = input === '-' ? await parseRuleSheet(await readStdinBytes(io), 'stdin.txt') : await readRuleSheet(input, { cwd: io.cwd });
  // Reports quote cells of the sheet: their control characters are spelled out, never run.
  const err = (line: string) => io.stderr.write(`${escapeControls(line, { singleLine: true })}\n`);
  err(describeSource(sheet, lang));
  if (sheet.ignoredColumns.length) {
    err(lang === 'zh' ? `忽略的列：${sheet.ignoredColumns.join('、')}` : `Ignored columns: ${sheet.ignoredColumns.join(', ')}`);
  }
  for (const line of problemLines(sheet, lang)) err(line);

  const rules = sheet.config.keyword_rules?.length ?? 0;
  const cards = sheet.config.product_cards?.length ?? 0;
  const followUps = sheet.config.follow_ups?.length ?? 0;
  const badRows = new Set(sheet.problems.map((p) => p.row)).size;
  if (rules + cards + followUps === 0) {
    if (sheet.problems.length === 0) {
      throw new UserError({ zh: '只有表头，没有规则行，未写入任何文件', en: 'only a header, no rule rows; nothing written' }, { file: sheet.file });
    }
    throw new UserError(
      {
        zh: `没有可导入的规则（${badRows} 行有问题，见上），未写入任何文件`,
        en: `nothing to import (${badRows} rows with problems, see above); nothing written`,
      },
      { file: sheet.file },
    );
  }

  // Same first line as `init` writes, so editors validate imported configs too.
  const schemaComment = `yaml-language-server: $schema=${schemaReference(target)}`;
  const yaml = sheetToYaml(sheet, { schemaComment, sourceName: input === '-' ? 'stdin' : basename(input), lang });
  // Load what we are about to write, exactly as `lint` and `test` will: a file that would not
  // load is never written (the round-trip tests say this cannot happen; this keeps it so).
  await loadConfig(target, { cwd: io.cwd, text: yaml });
  if (toStdout) {
    io.stdout.write(escapeControls(yaml));
  } else {
    // The sheet being imported is never replaced by its own YAML (also through a link).
    const { backup } = await writeFileSafely(target, yaml, { inputs: input === '-' ? [] : [resolve(io.cwd, input)], displayName: shownTarget });
    await placeSchema(target);
    if (backup) err(lang === 'zh' ? `原文件已备份为 ${shownTarget}.bak` : `The old file was backed up to ${shownTarget}.bak`);
  }
  const skipped = sheet.problems.filter((p) => p.kind === 'skipped').length;
  if (skipped > 0) {
    err(
      lang === 'zh'
        ? `${skipped} 行没有导入，原文已写在${toStdout ? '输出' : ` ${shownTarget} `}开头的注释里`
        : `${skipped} rows not imported; their text is in a comment at the top of ${toStdout ? 'the output' : shownTarget}`,
    );
  }
  const dest = toStdout ? (lang === 'zh' ? '标准输出' : 'stdout') : shownTarget;
  err(
    lang === 'zh'
      ? `已写入 ${dest}：${rules + cards} 条规则（关键词回复 ${rules} 条，商品卡片 ${cards} 张）${followUps ? `，跟单助手 ${followUps} 条` : ''}，${badRows} 行有问题。`
      : `Wrote ${dest}: ${rules + cards} rules (${rules} keyword rules, ${cards} product cards)${followUps ? `, ${followUps} follow-ups` : ''}, ${badRows} rows with problems.`,
  );
  err(
    lang === 'zh'
      ? `下一步：运行 xhs-reply lint${toStdout || output === DEFAULT_OUTPUT ? '' : ` ${output}`} 检查每条回复是否合规`
      : `Next: run xhs-reply lint${toStdout || output === DEFAULT_OUTPUT ? '' : ` ${output}`} to check every reply`,
  );
  return 0;
};
