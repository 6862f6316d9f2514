// Values with their places: a YAML Document becomes plain data plus a parallel tree of
// source locations, so every value (also one that came from a template or base file)
// can be pointed at as file:line:col. Line/column are computed lazily from offsets: a
// 10,000-rule config builds its tree without a single line lookup.
import { isAlias, isMap, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node } from 'yaml';
import { UserError } from '../errors.js';
import type { Localized } from '../i18n.js';
import type { ConfigPath } from './types.js';

/** One parsed file: what positions are computed against. */
export interface SourceFile {
  /** The file as shown in messages (relative to the cwd when inside it). */
  readonly file: string;
  readonly text: string;
  readonly lineCounter: LineCounter;
}

/** Where a value (or its key) sits: a range of UTF-16 offsets in one source file. */
export interface Located {
  readonly source: SourceFile;
  /** [start, end) of the value node; for a value that is missing (null), where it would be. */
  readonly range: readonly [number, number];
  /** [start, end) of the key, for map entries. */
  readonly keyRange?: readonly [number, number];
  /** The scalar's style, to map offsets inside a text back to the source. */
  readonly scalarType?: Scalar.Type;
  readonly children?: ReadonlyMap<string | number, Located>;
}

export interface Position {
  readonly file: string;
  /** 1-based */
  readonly line: number;
  /** 1-based, in UTF-16 code units (as ESLint's column). */
  readonly col: number;
}

export interface PositionOptions {
  /** The key's position instead of the value's (for unknown-key messages). */
  readonly key?: boolean;
  /** A UTF-16 offset inside the text value: the source position of that character. */
  readonly offset?: number;
}

/** Plain data plus where each part came from. */
export interface Tracked {
  readonly value: unknown;
  readonly loc: Located;
}

/** `reply: {{ship_days}}天…` unquoted is read by YAML as a map: the commonest slip with placeholders. */
export const UNQUOTED_PLACEHOLDER: Localized = {
  zh: '以 {{变量}} 开头的文字要加引号，例如 reply: "{{ship_days}}天内发货"',
  en: 'quote text that starts with a {{variable}}, e.g. reply: "{{ship_days}} days"',
};

/** Alias expansion limits: a few `*anchor` reuses are fine; a "billion laughs" bomb is not. */
export const MAX_ALIAS_COUNT = 100;
/**
 * Text that aliases may add in total, beyond the file itself: 99 aliases of a 4.5 MB text stay
 * under the count limit but make an 891 MB sheet. Reusing a reply a few times costs almost nothing.
 */
export const MIN_ALIAS_TEXT = 1024 * 1024;
/** Nesting a config never needs; deeper data would only exhaust the stack further on. */
export const MAX_DEPTH = 200;

/**
 * A number exactly as the merchant wrote it, or an error at its place: JavaScript numbers keep 15–17
 * digits, so a 19-digit product id would export as 6512345678901235000, and YAML reads 0o17, 0x1F
 * and 007 as 15, 31 and 7. Anything not written as the plain decimal it is read as must be quoted.
 */
function checkNumber(value: number, raw: string, source: SourceFile, at: number): void {
  const quoteIt = (what: Localized): UserError =>
    new UserError(
      {
        zh: `${what.zh}；如果是编号或文字，请加引号，例如 "${raw}"`,
        en: `${what.en}; if it is an id or text, quote it, e.g. "${raw}"`,
      },
      linePos(source, at),
    );
  if (Number.isNaN(value)) {
    throw quoteIt({ zh: `${raw} 在 YAML 里表示「不是数字」(NaN)，不能用作数值`, en: `${raw} is YAML for "not a number" (NaN) and cannot be used as a value` });
  }
  if (!Number.isFinite(value)) throw quoteIt({ zh: `${raw} 在 YAML 里表示无穷大，不能用作数值`, en: `${raw} is YAML for infinity and cannot be used as a value` });
  const plain = raw.replace(/^\+/, '');
  if (Number.isInteger(value) && /^[-+]?(?:0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/.test(raw)) {
    if (!Number.isSafeInteger(value)) {
      throw quoteIt({
        zh: `数字 ${raw} 超过 2^53，读入后会丢失位数（变成 ${String(value)}）`,
        en: `the number ${raw} is past 2^53 and would lose digits (read as ${String(value)})`,
      });
    }
    if (plain !== String(value)) {
      throw quoteIt({ zh: `${raw} 会被 YAML 读成 ${String(value)}`, en: `YAML reads ${raw} as ${String(value)}` });
    }
    return;
  }
  const digits = plain.replace(/^-/, '').replace(/[eE].*$/, '').replace('.', '').replace(/^0+/, '');
  if (digits.length > 15) {
    throw quoteIt({
      zh: `数字 ${raw} 的有效位数超过 15 位，读入后会丢失精度（变成 ${String(value)}）`,
      en: `the number ${raw} has more than 15 significant digits and would lose precision (read as ${String(value)})`,
    });
  }
}

export function linePos(source: SourceFile, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(Math.max(0, Math.min(offset, source.text.length)));
  return { file: source.file, line, col };
}

/** Sets an own property even for `__proto__`, so parsed data can never reach a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The Document's data with locations. Keys become strings; aliases are expanded (counted,
 * and bounded in total size, so an alias bomb fails fast instead of eating memory).
 */
export function toTracked(doc: Document, source: SourceFile): Tracked {
  let aliases = 0;
  let nodes = 0;
  let insideAlias = 0;
  let aliasText = 0;
  const maxAliasText = Math.max(MIN_ALIAS_TEXT, source.text.length);
  // Without aliases, a document cannot hold more values than characters; far past that is a bomb.
  const maxNodes = source.text.length * 2 + 10_000;
  const bomb = (at: number) =>
    new UserError(
      {
        zh: `YAML 别名（*引用）展开过多（上限 ${MAX_ALIAS_COUNT} 次），疑似「十亿笑声」攻击，已停止解析`,
        en: `too many YAML alias expansions (limit ${MAX_ALIAS_COUNT}); looks like a "billion laughs" bomb`,
      },
      linePos(source, at),
    );

  const convert = (node: Node | null | undefined, fallbackAt: number, keyRange?: readonly [number, number], depth = 0): Tracked => {
    if (++nodes > maxNodes) throw bomb(node?.range?.[0] ?? fallbackAt);
    if (depth > MAX_DEPTH) {
      throw new UserError(
        { zh: `嵌套层级太深（超过 ${MAX_DEPTH} 层），配置通常只有几层；请检查缩进或括号`, en: `nested too deeply (over ${MAX_DEPTH} levels); check the indentation or brackets` },
        linePos(source, node?.range?.[0] ?? fallbackAt),
      );
    }
    if (node === null || node === undefined) {
      return { value: null, loc: { source, range: [fallbackAt, fallbackAt], keyRange } };
    }
    if (isAlias(node)) {
      if (++aliases > MAX_ALIAS_COUNT) throw bomb(node.range?.[0] ?? fallbackAt);
      const target = node.resolve(doc);
      if (!target) {
        throw new UserError(
          { zh: `找不到别名 *${node.source} 引用的锚点 &${node.source}`, en: `alias *${node.source} has no anchor &${node.source}` },
          linePos(source, node.range?.[0] ?? fallbackAt),
        );
      }
      insideAlias++;
      const inner = convert(target as Node, fallbackAt, undefined, depth + 1);
      insideAlias--;
      // The alias's own place is where the reader looks; children keep the anchor's places.
      const range = (node.range ? [node.range[0], node.range[1]] : inner.loc.range) as [number, number];
      return { value: inner.value, loc: { ...inner.loc, range, keyRange } };
    }
    const range: [number, number] = node.range ? [node.range[0], node.range[1]] : [fallbackAt, fallbackAt];
    if (isScalar(node)) {
      if (typeof node.value === 'number' && node.type === 'PLAIN') checkNumber(node.value, source.text.slice(range[0], range[1]).trim(), source, range[0]);
      if (insideAlias > 0 && typeof node.value === 'string') {
        aliasText += node.value.length;
        if (aliasText > maxAliasText) {
          throw new UserError(
            {
              zh: `YAML 别名（*引用）展开后的文字太多（超过 ${Math.round(maxAliasText / 1024)} KB），疑似恶意文件，已停止解析`,
              en: `YAML aliases expand to too much text (over ${Math.round(maxAliasText / 1024)} KB); looks like a bomb`,
            },
            linePos(source, fallbackAt),
          );
        }
      }
      return { value: node.value, loc: { source, range, keyRange, scalarType: node.type } };
    }
    if (isMap(node)) {
      const value: Record<string, unknown> = {};
      const children = new Map<string, Located>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (keyNode !== null && !isScalar(keyNode)) {
          // Almost always `text: {{var}}…` unquoted, which YAML reads as a map used as a key.
          const keyAt = keyNode.range?.[0] ?? range[0];
          // The inner `{var}` is the key of the outer `{…}`: the placeholder starts one before.
          const at = source.text.startsWith('{{', keyAt - 1) ? keyAt - 1 : keyAt;
          if (source.text.startsWith('{{', at)) {
            throw new UserError(UNQUOTED_PLACEHOLDER, linePos(source, at));
          }
          throw new UserError(
            { zh: '不支持以列表或映射作为键', en: 'a list or map cannot be used as a key' },
            linePos(source, keyNode.range?.[0] ?? range[0]),
          );
        }
        const key = keyNode === null ? '' : String(keyNode.value);
        const kRange: [number, number] = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : [range[0], range[0]];
        const child = convert(pair.value as Node | null, kRange[1], kRange, depth + 1);
        setOwn(value, key, child.value);
        children.set(key, child.loc);
      }
      return { value, loc: { source, range, keyRange, children } };
    }
    if (isSeq(node)) {
      const value: unknown[] = [];
      const children = new Map<number, Located>();
      node.items.forEach((item, i) => {
        const child = convert(item as Node | null, range[0], undefined, depth + 1);
        value.push(child.value);
        children.set(i, child.loc);
      });
      return { value, loc: { source, range, keyRange, children } };
    }
    // Pair or unknown node types do not occur as values in a parsed Document.
    return { value: null, loc: { source, range, keyRange } };
  };

  return convert(doc.contents as Node | null, 0);
}

/** The deepest location along a path (the nearest ancestor when the path goes further). */
export function locate(root: Located, path: ConfigPath): { loc: Located; exact: boolean } {
  let loc = root;
  for (const step of path) {
    const next = loc.children?.get(step) ?? (typeof step === 'number' ? undefined : loc.children?.get(Number(step)));
    if (!next) return { loc, exact: false };
    loc = next;
  }
  return { loc, exact: true };
}

/** Source offset of the start of a scalar's content (after quotes or a block header). */
function contentStart(loc: Located): number {
  const [start] = loc.range;
  const text = loc.source.text;
  switch (loc.scalarType) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return start + 1;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const nl = text.indexOf('\n', start);
      if (nl < 0) return start;
      let i = nl + 1;
      while (text[i] === ' ') i++;
      return i;
    }
    default:
      return start;
  }
}

/**
 * Where the character at `offset` of a text value sits in the source. Exact for plain and
 * quoted one-line texts without escapes (nearly every reply); for escapes and block scalars
 * the value's characters are aligned greedily with the source, which stays on the right
 * character for ordinary text and never leaves the value's range.
 */
export function sourceOffsetOf(loc: Located, value: string, offset: number): number {
  const from = contentStart(loc);
  const text = loc.source.text;
  const end = Math.max(from, loc.scalarType === 'QUOTE_DOUBLE' || loc.scalarType === 'QUOTE_SINGLE' ? loc.range[1] - 1 : loc.range[1]);
  const clamped = Math.max(0, Math.min(offset, value.length));
  if (text.slice(from, from + value.length) === value) return from + clamped;
  let cursor = from;
  for (let i = 0; i < clamped && cursor < end; i++) {
    const found = text.indexOf(value[i], cursor);
    // A character produced by an escape (\n, \u…) or folding has no twin nearby: stay put.
    if (found >= 0 && found < end && found - cursor <= 12) cursor = found + 1;
  }
  return Math.min(cursor, end);
}

/** The value at `path` in parsed data, own properties only (a key named like an Object method is
 *  not there unless the file wrote it); undefined where the path leaves the data. */
export function valueAt(data: unknown, path: ConfigPath): unknown {
  let cur = data;
  for (const step of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, step)) return undefined;
    cur = (cur as Record<string | number, unknown>)[step];
  }
  return cur;
}

/** The position of a path: its value (or key), or a character inside its text. */
export function positionIn(root: Located, path: ConfigPath, options: PositionOptions = {}, valueAt?: (path: ConfigPath) => unknown): Position {
  const { loc, exact } = locate(root, path);
  if (exact && options.key && loc.keyRange) return linePos(loc.source, loc.keyRange[0]);
  if (exact && options.offset !== undefined && loc.scalarType && valueAt) {
    const value = valueAt(path);
    if (typeof value === 'string') return linePos(loc.source, sourceOffsetOf(loc, value, options.offset));
  }
  return linePos(loc.source, loc.range[0]);
}
