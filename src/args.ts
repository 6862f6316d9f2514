import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors.js';
import type { RuleSetting } from './config/types.js';
import type { Lang } from './i18n.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Flags every command accepts. */
export const commonOptions = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'no-color': { type: 'boolean' },
} as const satisfies Options;

/**
 * util.parseArgs with the shared flags, turning its TypeError into a one-line UserError
 * (exit 2) instead of a stack trace.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...commonOptions, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    const msg = (err as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UserError({ zh: `参数错误：${parseArgsMessageZh((err as Error).message) ?? msg}`, en: `Invalid arguments: ${msg.split('\n')[0]}` });
  }
}

/** util.parseArgs speaks English only; its few messages said in Chinese for the zh mode. */
function parseArgsMessageZh(message: string): string | null {
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (!option) return null;
  if (message.includes('argument is ambiguous')) {
    return `${option} 的值以「-」开头，会被当成另一个选项；要传负数或以「-」开头的值，请写成 ${option}=值（例如 ${option}=-5）`;
  }
  if (message.includes('argument missing')) return `${option} 需要一个值`;
  if (message.includes('does not take an argument')) return `${option} 不接受值`;
  if (message.startsWith('Unknown option')) return `未知选项「${option}」，运行时加 --help 查看可用选项`;
  return null;
}

/** Colour is on for terminals unless --no-color or NO_COLOR is set (https://no-color.org). */
export function useColor(
  values: { 'no-color'?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean | undefined,
): boolean {
  if (values['no-color'] || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(isTTY);
}

/** `--rule id=off|warning|error` flags (repeatable); an unknown id or level is a usage error. */
export function parseRuleFlags(
  specs: readonly string[] | undefined,
  knownIds: Iterable<string>,
): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  const known = new Set(knownIds);
  for (const spec of specs ?? []) {
    const eq = spec.indexOf('=');
    const id = eq < 0 ? spec.trim() : spec.slice(0, eq).trim();
    const raw = eq < 0 ? '' : spec.slice(eq + 1).trim();
    if (!known.has(id)) {
      throw new UserError({
        zh: `未知规则「${id}」，可用规则：${[...known].join(', ')}`,
        en: `Unknown rule "${id}"; rules are ${[...known].join(', ')}`,
      });
    }
    const setting = raw === 'warn' ? 'warning' : raw;
    if (setting !== 'off' && setting !== 'warning' && setting !== 'error') {
      throw new UserError({
        zh: `--rule ${spec}：级别只能是 off、warning 或 error`,
        en: `--rule ${spec}: the level must be off, warning or error`,
      });
    }
    rules[id] = setting;
  }
  return rules;
}

/** --lang of check and lint (XHS_REPLY_LANG when absent); a typo is a usage error, not zh. */
export function parseLangFlag(value: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (value === undefined) return env.XHS_REPLY_LANG === 'en' ? 'en' : 'zh';
  if (value === 'zh' || value === 'en') return value;
  throw new UserError({ zh: `--lang 只能是 zh 或 en，收到「${value}」`, en: `--lang must be zh or en, got "${value}"` });
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) {
    throw new UserError({
      zh: `--max-warnings 需要一个非负整数，收到「${value}」`,
      en: `--max-warnings needs a non-negative integer, got "${value}"`,
    });
  }
  return Number(value.trim());
}

/** ESLint's exit code: 1 for any error, or for more warnings than --max-warnings allows. */
export function lintExitCode(
  errors: number,
  warnings: number,
  maxWarnings: number | undefined,
  stderr: { write(chunk: string): unknown },
  lang: Lang,
): number {
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    stderr.write(
      lang === 'en'
        ? `xhs-reply: too many warnings (${warnings}, maximum ${maxWarnings})\n`
        : `xhs-reply: 警告过多（${warnings} 条，上限 ${maxWarnings} 条）\n`,
    );
    return 1;
  }
  return 0;
}
