// ajv's errors in the merchant's words: one Chinese (or English) sentence per problem, placed
// on the value — or, for an unknown key, on the key itself, with the nearest valid key as a hint.
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import type { Localized } from '../i18n.js';
import { valueAt } from './positions.js';
import type { ConfigPath } from './types.js';

export interface SchemaProblem {
  readonly path: ConfigPath;
  /** Point at the key (unknown or badly named keys) instead of the value. */
  readonly atKey: boolean;
  readonly message: Localized;
  /** For required/additionalProperties: the missing key, or the key a typo probably meant. */
  readonly missing?: string;
  readonly meant?: string;
}

/** `keyword_rules[2].match` — how paths appear in messages. */
export function formatPath(path: ConfigPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}

/** A JSON pointer (`/keyword_rules/2/match`) as a path, numbers where the data has arrays. */
export function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(step);
      path.push(i);
      cur = cur[i];
    } else {
      path.push(step);
      cur = cur !== null && typeof cur === 'object' && Object.hasOwn(cur, step) ? (cur as Record<string, unknown>)[step] : undefined;
    }
  }
  return path;
}

const typeNames: Record<string, Localized> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '映射（键: 值）', en: 'a map (key: value)' },
  null: { zh: '空值', en: 'empty' },
};

function typeOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function orList(items: readonly unknown[], lang: 'zh' | 'en'): string {
  const shown = items.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  if (shown.length <= 1) return shown.join('');
  const last = shown[shown.length - 1];
  return lang === 'zh' ? `${shown.slice(0, -1).join('、')} 或 ${last}` : `${shown.slice(0, -1).join(', ')} or ${last}`;
}

/** Plain edit distance; key lists are tiny. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest valid key, if it is close enough to be a typo. */
export function nearestKey(key: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = key.toLowerCase().replace(/-/g, '_');
  for (const candidate of valid) {
    const d = distance(lower, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

let schemaCache: Record<string, unknown> | undefined;
/** Read only when a config is invalid: valid configs never pay for it. */
function schemaJson(): Record<string, unknown> {
  schemaCache ??= JSON.parse(readFileSync(new URL('../../schemas/xhs-reply.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return schemaCache;
}

/** The valid keys of the object schema that rejected a key (errors carry it: verbose mode). */
function allowedKeys(error: ErrorObject): string[] {
  const props = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

/** Which $defs entry a pattern belongs to (ajv's schemaPath restarts inside non-inlined $refs). */
function patternDef(pattern: unknown): string | undefined {
  const defs = (schemaJson().$defs ?? {}) as Record<string, { pattern?: string }>;
  return Object.keys(defs).find((name) => defs[name].pattern === pattern);
}

function where(path: ConfigPath): Localized {
  const p = formatPath(path);
  return p === '' ? { zh: '配置', en: 'the config' } : { zh: p, en: p };
}

/** One readable problem per ajv error worth showing (wrapper errors like propertyNames are dropped). */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const typeErrorAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword === 'propertyNames' || error.keyword === 'if') continue;
    // A value of the wrong type explains every other complaint about it.
    if (error.keyword !== 'type' && typeErrorAt.has(error.instancePath) && !error.propertyName) continue;
    const problem = describe(error, data);
    if (!problem) continue;
    const id = `${formatPath(problem.path)}|${problem.atKey}|${problem.message.zh}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  // `kewords:` both misses `keywords` and adds an unknown key: the typo is the one story to tell.
  const typoFor = new Set(problems.filter((p) => p.meant).map((p) => `${formatPath(p.path.slice(0, -1))}|${p.meant}`));
  return problems.filter((p) => !(p.missing && typoFor.has(`${formatPath(p.path)}|${p.missing}`)));
}

function describe(error: ErrorObject, data: unknown): SchemaProblem | undefined {
  const path = pointerToPath(error.instancePath, data);
  const at = where(path);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;

  if (error.propertyName !== undefined) {
    // A badly named key (vars, lint.rules): point at that key.
    const name = error.propertyName;
    const keyPath = [...path, name];
    const def = error.keyword === 'pattern' ? patternDef(params.pattern) : undefined;
    if (def === 'varName' || error.keyword === 'not') {
      const reserved = error.keyword === 'not';
      return {
        path: keyPath,
        atKey: true,
        message: reserved
          ? { zh: `变量名「${name}」是保留名字，请换一个`, en: `variable name "${name}" is reserved; pick another` }
          : {
              zh: `变量名「${name}」只能由字母、数字、下划线或汉字组成，且不能以数字开头`,
              en: `variable name "${name}" may only contain letters, digits, underscores or Chinese characters, not starting with a digit`,
            },
      };
    }
    if (def === 'ruleId') {
      return {
        path: keyPath,
        atKey: true,
        message: { zh: `规则名「${name}」只能由小写字母、数字和连字符组成`, en: `rule name "${name}" may only contain lowercase letters, digits and hyphens` },
      };
    }
    return { path: keyPath, atKey: true, message: { zh: `键名「${name}」无效`, en: `invalid key "${name}"` } };
  }

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const valid = allowedKeys(error);
      const near = nearestKey(key, valid);
      const inside = path.length ? { zh: `${at.zh} 中`, en: ` in ${at.en}` } : { zh: '', en: '' };
      const hint = near
        ? { zh: `，是不是「${near}」？`, en: ` (did you mean "${near}"?)` }
        : valid.length
          ? { zh: `，可用的字段：${valid.join('、')}`, en: ` (valid keys: ${valid.join(', ')})` }
          : { zh: '', en: '' };
      return {
        path: [...path, key],
        atKey: true,
        meant: near,
        message: { zh: `${inside.zh}未知字段「${key}」${hint.zh}`, en: `unknown key "${key}"${inside.en}${hint.en}` },
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const example = missing === 'version' ? { zh: '（写 version: 1）', en: ' (add version: 1)' } : { zh: '', en: '' };
      return {
        path,
        atKey: path.length > 0 && typeof path[path.length - 1] === 'string',
        missing,
        message: { zh: `${at.zh} 缺少必填字段「${missing}」${example.zh}`, en: `${at.en} is missing "${missing}"${example.en}` },
      };
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => typeNames[t] ?? { zh: t, en: t });
      const actual = typeNames[typeOfValue(value)] ?? { zh: typeOfValue(value), en: typeOfValue(value) };
      const quoteHint =
        expected.some((t) => t === typeNames.string) && typeof value === 'number'
          ? { zh: '（数字请加引号，例如 "123"）', en: ' (quote numbers, e.g. "123")' }
          : { zh: '', en: '' };
      return {
        path,
        atKey: false,
        message: {
          zh: `${at.zh} 应该是${expected.map((t) => t.zh).join('或')}，现在是${actual.zh}${quoteHint.zh}`,
          en: `${at.en} must be ${expected.map((t) => t.en).join(' or ')}, not ${actual.en}${quoteHint.en}`,
        },
      };
    }
    case 'const': {
      const allowed = JSON.stringify(params.allowedValue);
      return { path, atKey: false, message: { zh: `${at.zh} 只能是 ${allowed}`, en: `${at.en} must be ${allowed}` } };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      return {
        path,
        atKey: false,
        message: { zh: `${at.zh} 只能是 ${orList(allowed, 'zh')}`, en: `${at.en} must be ${orList(allowed, 'en')}` },
      };
    }
    case 'minItems':
      return {
        path,
        atKey: false,
        message: { zh: `${at.zh} 至少要有 ${String(params.limit)} 项`, en: `${at.en} needs at least ${String(params.limit)} item(s)` },
      };
    case 'pattern': {
      const def = patternDef(params.pattern);
      if (def === 'nonEmptyText') {
        return { path, atKey: false, message: { zh: `${at.zh} 不能为空`, en: `${at.en} must not be empty` } };
      }
      if (def === 'itemId') {
        return {
          path,
          atKey: false,
          message: { zh: `${at.zh} 不能为空，也不能含空格或花括号`, en: `${at.en} must be non-empty, without spaces or braces` },
        };
      }
      return { path, atKey: false, message: { zh: `${at.zh} 格式不对`, en: `${at.en} has the wrong format` } };
    }
    default:
      return { path, atKey: false, message: { zh: `${at.zh}：${error.message ?? error.keyword}`, en: `${at.en}: ${error.message ?? error.keyword}` } };
  }
}
