// The app's edge to files: templates, opening a config or a rule sheet, saving with comments
// kept, exporting. Everything here calls the core (config/, import/, export/, files.ts);
// screens and the reducer never touch the file system.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { loadConfig } from '../config/load.js';
import { updateDocument, documentToString } from '../config/save.js';
import { listTemplateNames, templatePath } from '../config/templates.js';
import type { Config } from '../config/types.js';
import { placeSchema, schemaReference, SCHEMA_COPY } from '../commands/init.js';
import { writeFileSafely } from '../files.js';
import { readRuleSheet } from '../import/read-rule-sheet.js';
import type { TemplateInfo } from './screens/StartScreen.js';

export const CONFIG_NAME = 'xhs-reply.yaml';

export interface Opened {
  readonly config: Config;
  /** The file's Document (comments, order) to save into; null for a config that has no file yet. */
  readonly document: Document | null;
  /** Absolute path the config is saved to. */
  readonly file: string;
  readonly notice?: string;
  /** What each variable is for, from the comment beside it. */
  readonly varNotes?: Record<string, string>;
}

/** `ship_days: 3 # 现货付款后几天内发货` → { ship_days: '现货付款后几天内发货' }. */
export function varNotesOf(doc: Document | null): Record<string, string> {
  const notes: Record<string, string> = {};
  const vars = doc?.get('vars', true);
  if (!isMap(vars)) return notes;
  for (const pair of vars.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const comment = (isScalar(pair.value) ? pair.value.comment : undefined) ?? (isScalar(pair.key) ? pair.key.commentBefore : undefined);
    if (comment) notes[key] = comment.trim().split('\n')[0];
  }
  return notes;
}

/** The first comment line of a template after its $schema line: what it is for. */
function describeTemplate(name: string): string {
  try {
    const text = readFileSync(templatePath(name), 'utf8');
    for (const line of text.split('\n').slice(0, 8)) {
      const m = /^#\s*(.+)$/.exec(line);
      if (m && !m[1].includes('yaml-language-server')) return m[1].trim();
    }
  } catch {
    // An unreadable template still lists by name.
  }
  return '';
}

export function listTemplates(): TemplateInfo[] {
  return listTemplateNames().map((name) => ({ name, description: describeTemplate(name) }));
}

/** The template as a new, complete config (a copy, so every rule can be edited in the app). */
export async function newFromTemplate(name: string, cwd: string): Promise<Opened> {
  const loaded = await loadConfig(templatePath(name), { cwd });
  const file = join(cwd, existsSync(join(cwd, CONFIG_NAME)) ? `xhs-reply-${name}.yaml` : CONFIG_NAME);
  const config: Config = { ...loaded.config };
  delete config.extends;
  const document = loaded.document.clone();
  return { config, document, file, notice: `已载入模板「${name}」，Ctrl-S 保存`, varNotes: varNotesOf(document) };
}

export async function openConfig(file: string, cwd: string): Promise<Opened> {
  const loaded = await loadConfig(file, { cwd });
  return { config: loaded.config, document: loaded.document, file: loaded.path, varNotes: varNotesOf(loaded.document) };
}

/** A rule sheet (csv/tsv/xlsx/txt/pasted text) read into a config, for review. */
export async function openSheet(path: string, cwd: string): Promise<Opened> {
  const sheet = await readRuleSheet(path, { cwd });
  const name = existsSync(join(cwd, CONFIG_NAME)) ? `${basename(path).replace(/\.[^.]+$/, '')}.xhs-reply.yaml` : CONFIG_NAME;
  const rules = sheet.config.keyword_rules?.length ?? 0;
  const skipped = sheet.problems.filter((p) => p.kind === 'skipped').length;
  return {
    config: { ...sheet.config, version: 1 },
    document: null,
    file: join(cwd, name),
    notice: `已读入 ${path}：${rules} 条规则${skipped ? `，${skipped} 行没能读入` : ''}`,
  };
}

/**
 * The $schema comment for the file's own location (a template's points into templates/).
 * yaml keeps a top comment on the document, its first node or its first key, depending on
 * blank lines, so the old line is removed from all three before the new one goes on top.
 */
function withSchema(doc: Document, file: string): void {
  const strip = (comment: string | null | undefined) =>
    (comment ?? '')
      .split('\n')
      .filter((l) => !/yaml-language-server:/.test(l))
      .join('\n')
      .replace(/^\n+/, '');
  const contents = doc.contents as { commentBefore?: string | null; items?: { key?: { commentBefore?: string | null } }[] } | null;
  if (contents?.commentBefore) contents.commentBefore = strip(contents.commentBefore) || null;
  const firstKey = contents?.items?.[0]?.key;
  if (firstKey && typeof firstKey === 'object' && firstKey.commentBefore) firstKey.commentBefore = strip(firstKey.commentBefore) || null;
  const rest = strip(doc.commentBefore);
  doc.commentBefore = [` yaml-language-server: $schema=${schemaReference(file)}`, ...(rest ? [rest] : [])].join('\n');
}

export interface SaveResult {
  readonly file: string;
  readonly backup?: string;
  readonly document: Document;
  /** The file no longer extends its templates: their content is written out in full. */
  readonly expanded: readonly string[];
}

/**
 * Saves into the file's own Document so comments and key order survive. A file that extended
 * templates is written out in full (extends removed): the app shows and edits the merged
 * rules, and only a complete file keeps their order and deletions exactly as on screen.
 * The text is loaded back before writing, so a file that would not load is never written.
 */
export async function saveConfig(file: string, document: Document | null, config: Config, cwd: string): Promise<SaveResult> {
  const doc = document ? document.clone() : parseDocument('version: 1\n');
  const expanded = config.extends ?? [];
  const plain: Config = { ...config };
  delete plain.extends;
  updateDocument(doc, plain);
  withSchema(doc, file);
  const text = documentToString(doc);
  await loadConfig(file, { cwd, text });
  const result = await writeFileSafely(file, text);
  // Run through npx, the $schema line points at a copy beside the file (see schemaReference).
  if (text.includes(`$schema=./${SCHEMA_COPY}`)) await placeSchema(file);
  return { file, backup: result.backup, document: doc, expanded };
}

export function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

export interface ExportForm {
  readonly format: 'txt' | 'csv' | 'json' | 'yaml' | 'html';
  readonly fileName: string;
  readonly copy: boolean;
  readonly force: boolean;
}

/** Everything the app asks of the outside world; tests pass the same real functions. */
export interface Services {
  listTemplates(): TemplateInfo[];
  configFile(cwd: string): string | null;
  newFromTemplate(name: string, cwd: string): Promise<Opened>;
  openConfig(file: string, cwd: string): Promise<Opened>;
  openSheet(path: string, cwd: string): Promise<Opened>;
  saveConfig(file: string, document: Document | null, config: Config, cwd: string): Promise<SaveResult>;
  /** `copied`: how the txt sheet went to the clipboard (the system one, OSC 52 through the terminal, or not at all). */
  exportSheet(config: Config, form: ExportForm, cwd: string): Promise<{ file: string; copied: 'clipboard' | 'osc52' | 'none'; marked: boolean }>;
}
