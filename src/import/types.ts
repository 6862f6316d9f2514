// Shapes shared by the sheet readers: a grid of cells that remember where they came from, so
// every imported value (and every lint finding on it) points back at file:line:col.
import type { Localized } from '../i18n.js';
import type { Config, ConfigPath } from '../config/types.js';

export interface Cell {
  /** The cell's text as read (quotes unescaped); not trimmed. */
  readonly value: string;
  /** 1-based line and column of the cell's first character (after an opening quote). */
  readonly line: number;
  readonly col: number;
  /** Offset of that character in the decoded source text; absent for XLSX cells. */
  readonly start?: number;
  /** The cell was quoted in the source, so `""` stands for one `"`. */
  readonly quoted?: boolean;
}

export interface GridRow {
  /** The row number the merchant sees: the sheet row (XLSX) or the line a record starts on. */
  readonly row: number;
  readonly cells: readonly (Cell | undefined)[];
}

/** A quoted cell that runs over line breaks: legitimate for a multi-line reply, or a missing closing quote. */
export interface QuoteSpan {
  /** Where the opening quote is (1-based). */
  readonly line: number;
  readonly col: number;
  /** Line breaks inside the cell. */
  readonly lineBreaks: number;
  /** Non-empty lines inside the cell after its first (what would be lost as rows). */
  readonly lines: number;
  /** Lines inside the cell (after its first) holding the delimiter, i.e. looking like rows of the sheet. */
  readonly rowLike: number;
  /** No closing quote: the cell ran to the end of the file. */
  readonly unclosed: boolean;
}

export interface Grid {
  readonly rows: readonly GridRow[];
  /** Quoted cells spanning line breaks (delimited text only). */
  readonly quoteSpans?: readonly QuoteSpan[];
  /** Position of the character at `offset` inside a cell's value. */
  positionIn(cell: Cell, offset: number): { line: number; col: number };
}

export type SheetFormat = 'csv' | 'tsv' | 'xlsx' | 'paste';

/** Something in one source row that the importer could not take over as it was. */
export interface ImportProblem {
  readonly row: number;
  readonly col?: number;
  readonly message: Localized;
  /** The row's text as it appeared, so nothing the merchant wrote is lost. */
  readonly source?: string;
  /** 'skipped': the row is NOT in the config (only in this report); 'kept': it is, with a gap. */
  readonly kind: 'skipped' | 'kept';
}

/** Where one config item came from. */
export interface ImportedRow {
  readonly row: number;
  readonly kind: 'keyword_rule' | 'product_card' | 'follow_up';
  /** Index in config.keyword_rules, config.product_cards or config.follow_ups. */
  readonly index: number;
  readonly id: string;
}

export interface RuleSheet {
  readonly file: string;
  readonly format: SheetFormat;
  /** Human label of the detected encoding (UTF-8, UTF-8（BOM）, GBK, GB18030 …); undefined for XLSX. */
  readonly encoding?: string;
  readonly config: Config;
  readonly rows: readonly ImportedRow[];
  readonly problems: readonly ImportProblem[];
  /** Header cells that were not recognised and therefore ignored. */
  readonly ignoredColumns: readonly string[];
  /**
   * Where a config value came from, e.g. ['keyword_rules', 0, 'keywords', 1]. `offset` points at
   * a character inside the value (CSV/TSV/paste; XLSX cells only know their row and column).
   */
  positionOf(path: ConfigPath, offset?: number): { file: string; line: number; col: number };
}
