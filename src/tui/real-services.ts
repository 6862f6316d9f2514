// The real services the app runs with: the core's loaders, saver, export writer and clipboard.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config/types.js';
import { resolveConfig } from '../config/vars.js';
import { UserError } from '../errors.js';
import { copyToClipboard } from '../export/clipboard.js';
import { exportSheet as renderExport, type SheetFinding } from '../export/index.js';
import { writeFileSafely } from '../files.js';
import type { Io } from '../io.js';
import { contentRules, lintText } from '../lint/engine.js';
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

const CONTENT_RULES = new Set(contentRules.map((r) => r.id));

/** The same sheet `xhs-reply export` writes: content findings per field, config findings on top. */
export function renderSheetFor(config: Config, form: Pick<ExportForm, 'format' | 'force'>): string {
  const options = lintOptions(config);
  const findings: SheetFinding[] = reviewFindings(config, createLintCache())
    .filter((f) => !CONTENT_RULES.has(f.ruleId))
    .map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === 2 ? 'error' : 'warning',
      message: f.message,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
      source: describePath(f.path, config),
    }));
  return renderExport(resolveConfig(config), form.format, {
    lang: 'zh',
    lintText: (text) => lintText(text, options),
    findings,
    forced: form.force,
  });
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
      const content = renderSheetFor(config, form);
      const file = resolve(cwd, name);
      await writeFileSafely(file, content);
      const copied = form.copy ? (await copyToClipboard(content, io as Io)) !== 'none' : false;
      return { file, copied, marked: form.force };
    },
  };
}
