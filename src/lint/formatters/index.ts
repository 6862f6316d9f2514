// The formatter registry: `--format NAME` on lint and check picks one of these. Each formatter
// loads on demand: stylish needs string-width (Intl.Segmenter, East Asian Width tables), which
// costs a clean `check` run a quarter of its start-up time if loaded eagerly, and json or sarif
// output never needs it.
import { UserError } from '../../errors.js';
import type { Formatter } from './results.js';

export type { FormatOptions, FormattableResult, Formatter } from './results.js';

const loaders: Readonly<Record<string, () => Promise<{ format: Formatter }>>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
};

export const formatterNames: readonly string[] = Object.keys(loaders);

/** Throws the usage error for an unknown name; lets commands reject a bad flag before any work. */
export function checkFormatterName(name: string): void {
  if (!Object.hasOwn(loaders, name)) {
    throw new UserError({
      zh: `未知的输出格式「${name}」，可选：${formatterNames.join(' | ')}`,
      en: `Unknown format "${name}"; choose one of ${formatterNames.join(' | ')}`,
    });
  }
}

export async function getFormatter(name: string): Promise<Formatter> {
  checkFormatterName(name);
  return (await loaders[name]()).format;
}
