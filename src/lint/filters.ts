// Message filters between the engine and the output (textlint keeps these as separate small
// steps so `check`, `lint` and the app filter alike).
import type { LintMessage } from './types.js';

/** `--quiet`: only errors are shown and counted. */
export function errorsOnly<M extends Pick<LintMessage, 'severity'>>(messages: readonly M[]): M[] {
  return messages.filter((m) => m.severity === 2);
}
