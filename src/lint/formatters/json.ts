// ESLint's json format: the array of per-file results, for other tools. The source text a result
// may carry for the stylish frame is left out — the consumer already has its own files.
import { escapeJsonControls } from '../../escape.js';
import type { FormattableResult, Formatter } from './results.js';

export const format: Formatter = (results: readonly FormattableResult[]): string =>
  // Still the same JSON, but no raw C1/bidi control reaches a terminal it is printed to.
  escapeJsonControls(JSON.stringify(results.map(({ source: _source, ...result }) => result))) + '\n';
