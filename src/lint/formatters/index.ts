// The formatter registry: `--format NAME` on lint and check picks one of these.
import { UserError } from '../../errors.js';
import { format as json } from './json.js';
import type { Formatter } from './results.js';
import { format as sarif } from './sarif.js';
import { format as stylish } from './stylish.js';

export type { FormatOptions, FormattableResult, Formatter } from './results.js';

const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif };

export const formatterNames: readonly string[] = Object.keys(formatters);

export function getFormatter(name: string): Formatter {
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!formatter) {
    throw new UserError({
      zh: `未知的输出格式「${name}」，可选：${formatterNames.join(' | ')}`,
      en: `Unknown format "${name}"; choose one of ${formatterNames.join(' | ')}`,
    });
  }
  return formatter;
}
