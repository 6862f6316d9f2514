// What every formatter shares: the options they take, problem counts and the summary line, and
// turning a loose text's messages into ESLint's per-file result shape.
import type { Lang } from '../../i18n.js';
import type { LintMessage, LintResult, LintResultMessage, RuleMeta } from '../types.js';
import { lineStarts, positionAt } from '../../text-lines.js';

export interface FormatOptions {
  readonly color: boolean;
  readonly lang: Lang;
  /** Paths in the output are made relative to this directory (SARIF, stylish headers). */
  readonly cwd?: string;
  /** Rule metadata for formats that describe rules (SARIF); rules not listed are described by id. */
  readonly rules?: readonly RuleMeta[];
}

/**
 * A result may carry the text it was made from (ESLint keeps `source` the same way) so the
 * stylish formatter can show the sentence with the offending span underlined.
 */
export interface FormattableResult extends LintResult {
  readonly source?: string;
}

export type Formatter = (results: readonly FormattableResult[], options: FormatOptions) => string;

export interface ProblemCounts {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
}

export function countProblems(results: readonly LintResult[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const r of results) {
    counts.errors += r.errorCount;
    counts.warnings += r.warningCount;
    counts.fixableErrors += r.fixableErrorCount;
    counts.fixableWarnings += r.fixableWarningCount;
  }
  return counts;
}

/** `✖ 3 个问题（2 个错误，1 个警告）` — the line ESLint's stylish ends with, in the user's language. */
export function summaryLine(counts: ProblemCounts, lang: Lang): string {
  const total = counts.errors + counts.warnings;
  if (lang === 'en') {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')})`;
  }
  return `✖ ${total} 个问题（${counts.errors} 个错误，${counts.warnings} 个警告）`;
}

/** The follow-up line when some problems have a safe fix, or '' when none do. */
export function fixableLine(counts: ProblemCounts, lang: Lang): string {
  if (counts.fixableErrors + counts.fixableWarnings === 0) return '';
  return lang === 'en'
    ? `  ${counts.fixableErrors} error(s) and ${counts.fixableWarnings} warning(s) can be fixed with --fix`
    : `  其中 ${counts.fixableErrors} 个错误、${counts.fixableWarnings} 个警告可用 --fix 自动修复`;
}

// Re-exported so the formatters place offsets with the same helper.
export { lineStarts, positionAt };

/** An ESLint result's four counts: errors and warnings (severity 2 and the rest), and how many
 *  of each `fixable` says carry a fix. Shared by loose texts and config files. */
export function messageCounts<M extends { readonly severity: number }>(
  messages: readonly M[],
  fixable: (m: M) => boolean,
): Pick<LintResult, 'errorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (fixable(m)) fixableErrorCount++;
    } else {
      warningCount++;
      if (fixable(m)) fixableWarningCount++;
    }
  }
  return { errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}

/** One loose text and its messages as an ESLint result (what `check` hands to the formatters). */
export function textResult(filePath: string, text: string, messages: readonly LintMessage[]): FormattableResult {
  const starts = lineStarts(text);
  const placed: LintResultMessage[] = messages.map((m) => {
    const from = positionAt(starts, m.start);
    const to = positionAt(starts, m.end);
    return { ...m, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  });
  return {
    filePath,
    messages: placed,
    ...messageCounts(messages, (m) => m.fix !== undefined),
    source: text,
  };
}
