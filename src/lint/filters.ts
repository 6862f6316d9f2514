// Small steps between the engine and the output, each usable alone (textlint's message filters),
// and the one fixer that applies the engine's declarative fixes.
import type { LintMessage } from './types.js';

/** `--quiet`: only errors are shown and counted. */
export function errorsOnly<M extends Pick<LintMessage, 'severity'>>(messages: readonly M[]): M[] {
  return messages.filter((m) => m.severity === 2);
}

/** Position order, then errors before warnings, then by rule — stable output for diffs and tests. */
export function byPosition<M extends Pick<LintMessage, 'start' | 'end' | 'severity' | 'ruleId'>>(
  messages: readonly M[],
): M[] {
  return [...messages].sort(
    (a, b) => a.start - b.start || a.end - b.end || b.severity - a.severity || a.ruleId.localeCompare(b.ruleId),
  );
}

/** Drops exact repeats (same rule, same span, same message) — two paths of one rule may meet. */
export function withoutDuplicates<M extends Pick<LintMessage, 'start' | 'end' | 'ruleId' | 'message'>>(
  messages: readonly M[],
): M[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.ruleId}\u0000${m.start}\u0000${m.end}\u0000${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Applies every fix that does not overlap an earlier one (in position order), as textlint's
 * fixer does; overlapping fixes are left for the next run so no edit lands on text another edit
 * already changed. Returns the new text and how many fixes were applied.
 */
export function applyFixes(text: string, messages: readonly Pick<LintMessage, 'fix'>[]): { output: string; applied: number } {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is NonNullable<LintMessage['fix']> => f !== undefined && f.start >= 0 && f.end <= text.length && f.start <= f.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.start < cursor) continue;
    output += text.slice(cursor, fix.start) + fix.text;
    cursor = fix.end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}
