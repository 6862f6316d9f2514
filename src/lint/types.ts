import type { Localized } from '../i18n.js';

/** ESLint's numbers: 2 error, 1 warning. */
export type SeverityLevel = 1 | 2;
export type DefaultSeverity = 'error' | 'warning';

/** One finding in one text; offsets are UTF-16 indices into the ORIGINAL text. */
export interface LintMessage {
  ruleId: string;
  severity: SeverityLevel;
  message: string;
  start: number;
  end: number;
  suggestion?: string;
  /** A safe, declarative fix: replace [start, end) of the original text with `text`. */
  fix?: { start: number; end: number; text: string };
}

export interface RuleMeta {
  readonly id: string;
  readonly severity: DefaultSeverity;
  readonly description: Localized;
  /** What the rule protects the shop against (platform rule, law). */
  readonly protects: Localized;
}

/** A message placed in a file, as ESLint reports it (1-based line and column). */
export interface LintResultMessage extends LintMessage {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** ESLint's per-file result shape; `lint --format json` prints an array of these. */
export interface LintResult {
  filePath: string;
  messages: LintResultMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}
