// Loading xhs-reply.yaml: read (files.ts checks size, encoding, emptiness) → parse with the
// Document API and a LineCounter → plain data with locations → resolve `extends` (templates
// or relative files, cycles detected) → merge → validate with the precompiled schema →
// fill variables. Every error is a UserError at file:line:col.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { UserError } from '../errors.js';
import type { Localized } from '../i18n.js';
import { readTextFile, type ReadTextOptions } from '../files.js';
import { mergeTracked } from './merge.js';
import { UNQUOTED_PLACEHOLDER, linePos, locate, positionIn, toTracked, valueAt, type Located, type Position, type PositionOptions, type SourceFile, type Tracked } from './positions.js';
import { findTemplate, isTemplateName, listTemplateNames } from './templates.js';
import type { Config, ConfigPath } from './types.js';
import { validateConfigData } from './validate.js';
import { resolveConfig } from './vars.js';

export type { Position, PositionOptions } from './positions.js';

export interface LoadedConfig {
  /** The main file as shown in messages (relative to the cwd when inside it). */
  readonly file: string;
  /** The main file's absolute path. */
  readonly path: string;
  /** `extends` merged; `{{vars}}` as written. */
  readonly config: Config;
  /** `config` with variables filled into every text (what the buyer sees). */
  readonly resolved: Config;
  /** The main file's Document: edit it and save with save.ts to keep comments and key order. */
  readonly document: Document;
  /** The main file's text and line index. */
  readonly source: SourceFile;
  /** Every file that contributed, bases first (in merge order), the main file last. */
  readonly files: readonly string[];
  /** The same files as absolute paths (what an output must never replace). */
  readonly paths: readonly string[];
  /**
   * Where a value sits, in whichever file defined it (a template, a base or the main file).
   * A path that goes past the data gives its nearest ancestor. `{ offset }` maps a character
   * of a text value to its source column; `{ key: true }` gives the key instead of the value.
   */
  positionOf(path: ConfigPath, options?: PositionOptions): Position;
  /** The raw location record (source text, offsets, scalar style) for advanced mapping. */
  locationOf(path: ConfigPath): Located | undefined;
}

export interface LoadOptions {
  /** Base for relative paths and for how files are shown (default: process.cwd()). */
  readonly cwd?: string;
  /** Use this text as the main file's content instead of reading it (drafts, stdin, the app). */
  readonly text?: string;
  /** Size cap per file (default: files.ts DEFAULT_MAX_BYTES). */
  readonly maxBytes?: number;
}

export const EMPTY_CONFIG_MESSAGE: Localized = {
  zh: '配置文件是空的，运行 xhs-reply init 生成一个',
  en: 'the config file is empty; run xhs-reply init to create one',
};

/** A config that failed validation: the first problem is the message, all are in `problems`. */
export class ConfigValidationError extends UserError {
  readonly problems: readonly { readonly message: Localized; readonly pos: Position }[];
  constructor(problems: readonly { readonly message: Localized; readonly pos: Position }[]) {
    const [first] = problems;
    const more = problems.length - 1;
    super(
      more > 0
        ? { zh: `${first.message.zh}（另有 ${more} 处问题）`, en: `${first.message.en} (and ${more} more problem(s))` }
        : first.message,
      first.pos,
    );
    this.problems = problems;
  }
}

const yamlMessages: Record<string, Localized> = {
  BAD_INDENT: { zh: '缩进不对', en: 'bad indentation' },
  TAB_AS_INDENT: { zh: '不能用 Tab 缩进，请改用空格', en: 'tabs cannot be used for indentation; use spaces' },
  DUPLICATE_KEY: { zh: '同一层里有重复的键', en: 'duplicate key' },
  MISSING_CHAR: { zh: '缺少配对的符号（引号、括号或冒号）', en: 'a closing quote, bracket or colon is missing' },
  BLOCK_AS_IMPLICIT_KEY: { zh: '键的写法不对（是不是少了冒号后的空格或缩进错了？）', en: 'invalid key (missing space after a colon or wrong indentation?)' },
  MULTILINE_IMPLICIT_KEY: { zh: '键不能跨多行（是不是少了冒号，或文字里的冒号需要加引号？）', en: 'a key cannot span lines (missing colon, or quote text containing a colon?)' },
  UNEXPECTED_TOKEN: { zh: '这里出现了意外的字符', en: 'unexpected character' },
  BAD_SCALAR_START: { zh: '文字不能以这个符号开头，请给整段文字加引号', en: 'text cannot start with this character; quote it' },
  BAD_DQ_ESCAPE: { zh: '双引号里的转义写法不对（反斜杠 \\ 请写成 \\\\）', en: 'bad escape in double quotes (write \\\\ for a backslash)' },
  MULTIPLE_DOCS: { zh: '文件里只能有一个 YAML 文档（去掉多余的 ---）', en: 'only one YAML document per file (remove the extra ---)' },
  KEY_OVER_1024_CHARS: { zh: '键太长（超过 1024 个字符）', en: 'key longer than 1024 characters' },
  BLOCK_IN_FLOW: { zh: '方括号/花括号里不能换成块格式', en: 'block collections are not allowed inside flow collections' },
  MULTIPLE_ANCHORS: { zh: '一个值只能有一个锚点 &', en: 'a node can have only one anchor' },
  MULTIPLE_TAGS: { zh: '一个值只能有一个标签 !', en: 'a node can have only one tag' },
  TAG_RESOLVE_FAILED: { zh: '无法识别的标签 !', en: 'unresolved tag' },
};

/**
 * Where `{{` starts an unquoted YAML value on the line holding `offset` (`reply: {{ship_days}}天…`,
 * `[a, {{b}}]`), or -1. YAML reads it as a map: the likeliest slip with our placeholder syntax.
 * Only the error's own line is checked, so a `{{` inside a block text elsewhere is never blamed.
 */
export function unquotedPlaceholderAt(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? text.length : end);
  const m = /^( *(?:- +)*(?:[^\s#'"{[\]][^#]*?: +)?)\{\{/.exec(line);
  if (m) return start + m[1].length;
  const quoteFree = line.replace(/"[^"]*"|'[^']*'/g, (q) => ' '.repeat(q.length));
  const f = /[[,] *\{\{/.exec(quoteFree);
  return f ? start + f.index + f[0].indexOf('{{') : -1;
}

function yamlError(error: YAMLError, source: SourceFile): UserError {
  const at = error.pos[0];
  const placeholder = unquotedPlaceholderAt(source.text, at);
  if (placeholder >= 0) return new UserError(UNQUOTED_PLACEHOLDER, linePos(source, placeholder));
  const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const syntax = (zh: string, pos = at): UserError =>
    new UserError({ zh: `YAML 语法错误：${zh}`, en: `YAML syntax error: ${detail}` }, linePos(source, pos));
  // The parser itself recursing 10,000 brackets deep: say what it is, not the engine's words.
  if (/Maximum call stack size exceeded|too much recursion/i.test(detail)) {
    return new UserError(
      { zh: '嵌套层级太深，无法解析；配置通常只有几层，请检查括号或缩进', en: 'nested too deeply to parse; a config has only a few levels — check the brackets or indentation' },
      linePos(source, at),
    );
  }
  // The merchant's usual slips, said in their terms and placed where they start.
  if (detail.startsWith('Nested mappings are not allowed')) {
    return syntax('文字里有英文冒号加空格「: 」，会被当成新的键；请给整段文字加引号，或改用中文冒号「：」');
  }
  if (/^Missing closing ["']quote/.test(detail)) {
    const quote = detail.includes('"quote') ? '"' : "'";
    const open = source.text.lastIndexOf(quote, at - 1);
    return syntax(`引号 ${quote} 没有闭合`, open >= 0 ? open : at);
  }
  const flow = /^Flow (sequence|mapping) .*end with a ([\]}])/.exec(detail);
  if (flow) {
    const opener = flow[2] === ']' ? '[' : '{';
    const open = source.text.lastIndexOf(opener, at - 1);
    return syntax(`${opener} 没有配对的 ${flow[2]}`, open >= 0 ? open : at);
  }
  const known = yamlMessages[error.code];
  return syntax(known ? known.zh : detail);
}

function displayName(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

interface ParsedFile {
  readonly abs: string;
  readonly source: SourceFile;
  readonly document: Document;
  readonly tracked: Tracked;
}

function parseText(text: string, abs: string, cwd: string): ParsedFile {
  const lineCounter = new LineCounter();
  const source: SourceFile = { file: displayName(abs, cwd), text, lineCounter };
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) throw yamlError(document.errors[0], source);
  if (document.contents === null) throw new UserError(EMPTY_CONFIG_MESSAGE, { file: source.file, line: 1, col: 1 });
  const tracked = toTracked(document, source);
  const value = tracked.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(
      {
        zh: '配置文件的最外层应该是「键: 值」映射（以 version: 1 开头）',
        en: 'the top level of a config must be a map (starting with version: 1)',
      },
      linePos(source, tracked.loc.range[0]),
    );
  }
  return { abs, source, document, tracked };
}

interface LoadState {
  readonly cwd: string;
  readonly readOptions: ReadTextOptions;
  /** Parsed files by absolute path: a base shared by several files is read once. */
  readonly parsed: Map<string, ParsedFile>;
  readonly order: string[];
  readonly orderAbs: string[];
}

async function parseFile(abs: string, state: LoadState, text?: string): Promise<ParsedFile> {
  const cached = state.parsed.get(abs);
  if (cached) return cached;
  const display = displayName(abs, state.cwd);
  const content = text ?? (await readTextFile(abs, { ...state.readOptions, displayName: display, emptyMessage: EMPTY_CONFIG_MESSAGE }));
  if (text !== undefined && content.trim() === '') throw new UserError(EMPTY_CONFIG_MESSAGE, { file: display, line: 1, col: 1 });
  const parsed = parseText(content, abs, state.cwd);
  state.parsed.set(abs, parsed);
  return parsed;
}

/** Where an `extends` entry points, or an error at the entry naming what is missing. */
function resolveExtends(entry: string, fromAbs: string, at: Position, chain: readonly string[]): string {
  // Deep in a chain the merchant needs to know how the loader got there.
  const via: Localized =
    chain.length > 1 ? { zh: `（继承链：${chain.join(' → ')}）`, en: ` (via ${chain.join(' → ')})` } : { zh: '', en: '' };
  if (isTemplateName(entry)) {
    const file = findTemplate(entry);
    if (file) return file;
    const names = listTemplateNames();
    throw new UserError(
      {
        zh: `找不到模板「${entry}」${names.length ? `，可用模板：${names.join('、')}` : ''}${via.zh}`,
        en: `no template "${entry}"${names.length ? `; templates: ${names.join(', ')}` : ''}${via.en}`,
      },
      at,
    );
  }
  // Decided for issue 14: a base is a template or a file next to this one (relative, ../ allowed
  // for a shared folder). An absolute path would let a shared config read any file on the
  // machine (/etc/passwd) and print parts of it in its error messages.
  if (isAbsolute(entry) || /^[A-Za-z]:[\\/]/.test(entry) || entry.startsWith('~')) {
    throw new UserError(
      {
        zh: `extends 只能写模板名或相对本文件的路径（如 ./shared/base.yaml），不能是绝对路径「${entry}」${via.zh}`,
        en: `extends takes a template name or a path relative to this file (e.g. ./shared/base.yaml), not the absolute path "${entry}"${via.en}`,
      },
      at,
    );
  }
  const target = resolve(dirname(fromAbs), entry);
  for (const candidate of [target, target + '.yaml', target + '.yml']) {
    if (existsSync(candidate)) return candidate;
    if (isLinkLoop(candidate)) {
      throw new UserError({ zh: `extends 引用的「${entry}」是循环的符号链接${via.zh}`, en: `extends: "${entry}" is a symbolic link loop${via.en}` }, at);
    }
  }
  throw new UserError({ zh: `找不到 extends 引用的文件「${entry}」${via.zh}`, en: `extends: no such file "${entry}"${via.en}` }, at);
}

/** A path that exists as a link but cannot be followed to a file (ELOOP): say loop, not 「找不到」. */
function isLinkLoop(p: string): boolean {
  try {
    if (!lstatSync(p).isSymbolicLink()) return false;
  } catch {
    return false;
  }
  try {
    statSync(p);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

/** The file a path really is, so a link to a file in the chain is seen as the same file (a cycle). */
function realOf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The file's data with all of its bases merged under it. */
async function loadChain(parsed: ParsedFile, state: LoadState, chain: readonly ParsedFile[]): Promise<Tracked> {
  const data = parsed.tracked.value as Record<string, unknown>;
  const root = parsed.tracked.loc;
  let merged: Tracked | undefined;
  if (Object.hasOwn(data, 'extends') && data.extends !== null) {
    const entries = data.extends;
    const at = (path: ConfigPath) => positionIn(root, path);
    if (!Array.isArray(entries)) {
      throw new UserError(
        { zh: 'extends 应该是列表，例如 extends: [apparel]', en: 'extends must be a list, e.g. extends: [apparel]' },
        at(['extends']),
      );
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (typeof entry !== 'string' || entry.trim() === '') {
        throw new UserError(
          { zh: `extends[${i}] 应该是模板名或文件路径`, en: `extends[${i}] must be a template name or a file path` },
          at(['extends', i]),
        );
      }
      const pos = at(['extends', i]);
      const target = resolveExtends(entry.trim(), parsed.abs, pos, [...chain, parsed].map((p) => p.source.file));
      const real = realOf(target);
      const cycleAt = chain.findIndex((p) => p.abs === target || realOf(p.abs) === real);
      if (target === parsed.abs || real === realOf(parsed.abs) || cycleAt >= 0) {
        const loop = [...chain.slice(cycleAt >= 0 ? cycleAt : chain.length), parsed].map((p) => p.source.file);
        loop.push(displayName(target, state.cwd));
        throw new UserError(
          { zh: `extends 循环引用：${loop.join(' → ')}`, en: `extends cycle: ${loop.join(' → ')}` },
          pos,
        );
      }
      const base = await loadChain(await parseFile(target, state), state, [...chain, parsed]);
      merged = merged ? mergeTracked(merged, base) : base;
    }
  }
  if (!state.order.includes(parsed.source.file)) {
    state.order.push(parsed.source.file);
    state.orderAbs.push(parsed.abs);
  }
  return merged ? mergeTracked(merged, parsed.tracked) : parsed.tracked;
}

/** Loads, merges, validates and resolves a config. Throws a UserError at file:line:col. */
export async function loadConfig(file: string, options: LoadOptions = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const abs = resolve(cwd, file);
  const state: LoadState = {
    cwd,
    readOptions: options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {},
    parsed: new Map(),
    order: [],
    orderAbs: [],
  };
  const main = await parseFile(abs, state, options.text);
  const merged = await loadChain(main, state, []);
  const data = merged.value as Record<string, unknown>;
  const rootLoc = merged.loc;
  // `extends` belongs to each file, not to the merge: keep the main file's own list.
  if (Object.hasOwn(main.tracked.value as object, 'extends')) {
    data.extends = (main.tracked.value as Record<string, unknown>).extends;
  } else {
    delete data.extends;
  }

  const positionOf = (path: ConfigPath, opts?: PositionOptions): Position => {
    // `extends` is the main file's own, whatever the bases wrote.
    const root = path[0] === 'extends' ? main.tracked.loc : rootLoc;
    return positionIn(root, path, opts, (p) => valueAt(data, p));
  };

  const problems = validateConfigData(data);
  if (problems.length > 0) {
    const placed = problems
      .map((p) => ({ message: p.message, pos: positionOf(p.path, { key: p.atKey }) }))
      .sort((a, b) => (a.pos.file === b.pos.file ? a.pos.line - b.pos.line || a.pos.col - b.pos.col : 0));
    throw new ConfigValidationError(placed);
  }

  const config = data as unknown as Config;
  return {
    file: main.source.file,
    path: abs,
    config,
    resolved: resolveConfig(config),
    document: main.document,
    source: main.source,
    files: state.order,
    paths: state.orderAbs,
    positionOf,
    locationOf: (path) => {
      const { loc, exact } = locate(path[0] === 'extends' ? main.tracked.loc : rootLoc, path);
      return exact ? loc : undefined;
    },
  };
}
