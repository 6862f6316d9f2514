// ESLint's json format: the array of per-file results, for other tools. The source text a result
// may carry for the stylish frame is left out — the consumer already has its own files.
import type { FormattableResult, Formatter } from './results.js';

export const format: Formatter = (results: readonly FormattableResult[]): string =>
  JSON.stringify(results.map(({ source: _source, ...result }) => result)) + '\n';
