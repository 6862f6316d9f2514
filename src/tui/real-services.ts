// The real services the app runs with: the core's loaders, saver, export writer and clipboard.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config/types.js';
import { resolveConfig } from '../config/vars.js';
import { UserError } from '../errors.js';
import { copyToClipboard } from '../export/clipboard.js';
import { buildSheet, renderSheet, type SheetFinding } from '../export/index.js';
import { severityOf } from '../export/sheet.js';
import { writeFileSafely } from '../files.js';
import type { Io } from '../io.js';
import { lintText } from '../lint/engine.js';
import { reviewFindings, createLintCache } from './findings.js';
import { describePath, lintOptions } from './model.js';
import {
  CONFIG_NAME,
  listTemplates,
  newFromTemplate,
  openConfig,
  openSheet,
  saveConfig,
  type ExportForm,
  type Services,
} from './services.js';

/**
 * The same sheet `xhs-reply export` builds: content lint per field with the shop's settings,
 * the whole config's findings on top, marked as forced when errors remain. Returns the
 * chosen format and the txt version (what goes on the clipboard, as with export --copy).
 */
export function renderSheetFor(config: Config, format: ExportForm['format']): { content: string; txt: string; forced: boolean } {
  const options = lintOptions(config);
  const found = reviewFindings(config, createLintCache());
  const forced = found.some((f) => f.severity === 2);
  const sheet = buildSheet(resolveConfig(config), {
    lang: 'zh',
    lintText: (text, opts) => lintText(text, { ...options, keyword: opts?.keyword }),
    findings: found.map(
      (f): SheetFinding => ({
        ruleId: f.ruleId,
        severity: severityOf(f.severity),
        message: f.message,
        ...(f.suggestion ? { suggestion: f.suggestion } : {}),
        source: describePath(f.path, config),
      }),
    ),
    forced,
  });
  const content = renderSheet(sheet, format);
  return { content, txt: format === 'txt' ? content : renderSheet(sheet, 'txt'), forced };
}

export function createServices(io: Pick<Io, 'stdout' | 'stderr' | 'stdin' | 'cwd' | 'env'>): Services {
  return {
    listTemplates,
    configFile: (cwd) => (existsSync(join(cwd, CONFIG_NAME)) ? CONFIG_NAME : null),
    newFromTemplate,
    openConfig,
    openSheet,
    saveConfig,
    async exportSheet(config, form, cwd) {
      const name = form.fileName.trim();
      if (!name) throw new UserError({ zh: '请填写导出的文件名', en: 'enter a file name' });
      const { content, txt, forced } = renderSheetFor(config, form.format);
      const file = resolve(cwd, name);
      // The sheet never replaces the working folder's config (also through a link).
      await writeFileSafely(file, content, { inputs: [join(cwd, CONFIG_NAME)] });
      const copied = form.copy ? await copyToClipboard(txt, io as Io) : 'none';
      return { file, copied, marked: forced };
    },
  };
}
