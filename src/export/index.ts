// The export's public face: one sheet, five writers. The command and the app's export screen
// both call exportSheet, so they produce the same bytes.
import type { Config } from '../config/types.js';
import { UserError } from '../errors.js';
import { writeCsv } from './csv.js';
import { writeHtml } from './html.js';
import { writeJson } from './json.js';
import { buildSheet, type BuildSheetOptions, type Sheet } from './sheet.js';
import { writeTxt } from './txt.js';
import { writeYaml } from './yaml.js';

export type ExportFormat = 'txt' | 'html' | 'csv' | 'json' | 'yaml';
export const exportFormats: readonly ExportFormat[] = ['txt', 'html', 'csv', 'json', 'yaml'];

const writers: Record<ExportFormat, (sheet: Sheet) => string> = {
  txt: writeTxt,
  html: writeHtml,
  csv: writeCsv,
  json: writeJson,
  yaml: writeYaml,
};

export function isExportFormat(name: string): name is ExportFormat {
  return (exportFormats as readonly string[]).includes(name);
}

export function checkExportFormat(name: string): ExportFormat {
  if (isExportFormat(name)) return name;
  throw new UserError({
    zh: `未知的导出格式「${name}」，可用：${exportFormats.join('、')}`,
    en: `unknown export format "${name}"; use one of ${exportFormats.join(', ')}`,
  });
}

/** Renders an already-built sheet. */
export function renderSheet(sheet: Sheet, format: ExportFormat): string {
  return writers[format](sheet);
}

/** The paste-ready sheet of a config with variables filled (`LoadedConfig.resolved`). */
export function exportSheet(config: Config, format: ExportFormat, options: BuildSheetOptions = {}): string {
  return renderSheet(buildSheet(config, options), format);
}

export { buildSheet, sheetFields } from './sheet.js';
export type { BuildSheetOptions, Sheet, SheetField, SheetFinding, SheetItem, SheetScreen } from './sheet.js';
