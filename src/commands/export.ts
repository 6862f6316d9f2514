// `xhs-reply export`: the paste-ready sheet in backend order. It refuses while lint errors
// remain (a rejected or penalised reply costs the shop more than a late export); --force
// exports anyway with every finding marked in the sheet.
import { dirname, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../config/load.js';
import { formatPosition } from '../errors.js';
import { escapeControls, escapeJsonControls } from '../escape.js';
import { checkExportFormat, renderSheet } from '../export/index.js';
import { copyToClipboard } from '../export/clipboard.js';
import { buildSheet, severityOf, type SheetFinding } from '../export/sheet.js';
import { writeTxt } from '../export/txt.js';
import { ensureDirectory, writeFileSafely } from '../files.js';
import { langFrom, type Lang } from '../i18n.js';
import type { Command, Io } from '../io.js';
import { lintConfig } from '../lint/config-engine.js';
import { lintText } from '../lint/engine.js';
import type { LintResult } from '../lint/types.js';

function help(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    'xhs-reply export [-c xhs-reply.yaml] [--format txt|html|csv|json|yaml] [-o FILE] [--copy] [--force]',
    '',
    zh
      ? '按后台页面和字段顺序（欢迎语 → 快捷问题 → 关键词回复 → 商品卡片 → 跟单助手）导出可逐项粘贴的回复表，变量已填好，\n每个字段标出字数和后台上限。还有检查错误时拒绝导出（退出码 1）。'
      : 'Exports the paste-ready sheet in backend order (welcome → quick questions → keyword replies → product cards → follow-ups),\nvariables filled, each field with its length against the backend limit. Refuses while lint errors remain (exit 1).',
    '',
    `  -c, --config FILE  ${zh ? '配置文件（默认 xhs-reply.yaml）' : 'config file (default xhs-reply.yaml)'}`,
    `  --format NAME      ${zh ? 'txt（默认）、html（带「复制」按钮的网页）、csv（Excel/WPS）、json、yaml' : 'txt (default), html (page with Copy buttons), csv (Excel/WPS), json, yaml'}`,
    `  -o, --output FILE  ${zh ? '写入文件（原子写入，旧文件备份为 FILE.bak）；不写则输出到标准输出' : 'write a file (atomic; the old one kept as FILE.bak); default stdout'}`,
    `  --copy             ${zh ? '把文本版回复表复制到剪贴板（没有剪贴板时在终端里用 OSC 52）' : 'copy the txt sheet to the clipboard (OSC 52 in a terminal without one)'}`,
    `  --force            ${zh ? '有检查错误也导出，表中标出每个问题' : 'export despite lint errors, each marked in the sheet'}`,
    '',
  ].join('\n');
}

interface Placed {
  readonly pos: string;
  readonly severity: 1 | 2;
  readonly ruleId: string;
  readonly message: string;
  readonly suggestion?: string;
}

function placed(results: readonly LintResult[]): Placed[] {
  return results.flatMap((r) =>
    r.messages.map((m) => ({
      pos: formatPosition({ file: r.filePath, line: m.line, col: m.column }),
      severity: m.severity,
      ruleId: m.ruleId,
      message: m.message,
      ...(m.suggestion !== undefined ? { suggestion: m.suggestion } : {}),
    })),
  );
}

function listErrors(errors: readonly Placed[], io: Io, lang: Lang): void {
  const zh = lang === 'zh';
  for (const e of errors) {
    io.stderr.write(`${escapeControls(e.pos, { singleLine: true })}  ${zh ? '错误' : 'error'}  ${escapeControls(e.message, { singleLine: true })}  ${e.ruleId}\n`);
  }
}

export const run: Command = async (args, io) => {
  const lang = langFrom(args, io.env);
  const zh = lang === 'zh';
  const { values } = parseCommandArgs(args, {
    config: { type: 'string', short: 'c', default: 'xhs-reply.yaml' },
    format: { type: 'string', default: 'txt' },
    output: { type: 'string', short: 'o' },
    copy: { type: 'boolean' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(help(lang));
    return 0;
  }
  const format = checkExportFormat(values.format as string);
  const loaded = await loadConfig(values.config as string, { cwd: io.cwd });

  const findings = placed(lintConfig(loaded, { lang }));
  const errors = findings.filter((f) => f.severity === 2);
  if (errors.length > 0 && !values.force) {
    listErrors(errors, io, lang);
    io.stderr.write(
      zh
        ? `\n导出已取消：还有 ${errors.length} 个错误。改好后再导出，或加 --force 强制导出（表中会标出这些问题）。\n`
        : `\nExport refused: ${errors.length} error(s) remain. Fix them, or add --force to export with them marked.\n`,
    );
    return 1;
  }

  const lint = loaded.resolved.lint;
  const sheet = buildSheet(loaded.resolved, {
    lang,
    lintText: (text, opts) => lintText(text, { rules: lint?.rules ?? {}, allow: lint?.allow ?? [], lang, keyword: opts?.keyword, secondOpinion: lint?.model !== false }),
    findings: findings.map(
      (f): SheetFinding => ({
        ruleId: f.ruleId,
        severity: severityOf(f.severity),
        message: f.message,
        source: f.pos,
        ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
      }),
    ),
    forced: errors.length > 0,
  });
  const content = renderSheet(sheet, format);

  let delivered = false;
  if (values.output !== undefined) {
    const target = resolve(io.cwd, values.output);
    // Like eslint -o: a missing folder is created rather than failing after all the work.
    await ensureDirectory(dirname(target), dirname(values.output));
    // The sheet never replaces the config or a file it extends (also through a link).
    const { backup } = await writeFileSafely(target, content, { inputs: loaded.paths, displayName: values.output });
    delivered = true;
    io.stderr.write(
      zh
        ? `已导出到 ${values.output}${backup ? `（原文件备份为 ${backup}）` : ''}\n`
        : `Exported to ${values.output}${backup ? ` (previous file kept as ${backup})` : ''}\n`,
    );
  }
  if (values.copy) {
    const outcome = await copyToClipboard(format === 'txt' ? content : writeTxt(sheet), io);
    if (outcome === 'clipboard') {
      delivered = true;
      io.stderr.write(zh ? '已把文本版回复表复制到剪贴板\n' : 'Copied the txt sheet to the clipboard\n');
    } else if (outcome === 'osc52') {
      delivered = true;
      io.stderr.write(
        zh
          ? '没有系统剪贴板，已通过终端（OSC 52）复制；如果粘贴为空，请在终端设置里允许程序写入剪贴板，或改用 -o 文件\n'
          : 'No system clipboard; copied through the terminal (OSC 52). If pasting gives nothing, allow clipboard access in the terminal settings or use -o FILE\n',
      );
    } else {
      io.stderr.write(
        zh
          ? '无法复制：这里没有剪贴板（SSH、CI 或没有图形界面），输出也不是终端。请改用 -o 文件 导出后打开复制。\n'
          : 'Cannot copy: no clipboard here (SSH, CI or no display) and output is not a terminal. Use -o FILE and copy from the file.\n',
      );
    }
  }
  // Data goes to stdout unless it already went somewhere: nothing is ever silently dropped.
  // On stdout the sheet may meet a terminal: control characters from a reply are spelled out
  // (JSON keeps being JSON). A file written with -o keeps every character as it is.
  if (!delivered) io.stdout.write(format === 'json' ? escapeJsonControls(content) : escapeControls(content));
  if (errors.length > 0) {
    io.stderr.write(
      zh
        ? `注意：带着 ${errors.length} 个错误强制导出（--force），表中已标出，粘贴前请先修改。\n`
        : `Note: exported with ${errors.length} error(s) (--force); they are marked in the sheet — fix them before pasting.\n`,
    );
  }
  return 0;
};
