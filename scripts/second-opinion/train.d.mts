import type { TableCase } from './table-cases.mjs';

export declare function train(options: {
  corpora: readonly string[];
  trainFiles?: readonly string[];
  sharedFiles?: readonly string[];
  real?: readonly string[];
  judged?: string | null;
  calibration?: { weights: string; floors: Record<string, number>; heldDigests: readonly string[] } | null;
  cost?: boolean;
  tables?: 'clean' | 'all' | 'none';
  tableItems?: readonly TableCase[];
  weightsOnly?: boolean;
  dist?: string;
  config?: Record<string, unknown>;
  exclude?: (normalized: string) => boolean;
  log?: (line: string) => void;
}): Promise<{ modelTs: string; modelBin: Buffer; data: unknown; thresholds: Record<string, unknown>; calibration?: { weights: string; replies: number; realMax: number; floors: Record<string, number>; heldDigests: string[]; leftOut?: number[]; judged?: { path: string; sha256: string; excluded: Record<string, number> } | null }; counts: Record<string, number> }>;
export declare function liveTables(tables: 'clean' | 'all' | 'none'): TableCase[];
export declare function renderTables(items: readonly TableCase[]): string;
export declare function parseTables(text: string): TableCase[];
export declare function checkCommittedWeights(options?: { log?: (line: string) => void }): Promise<{ stale: boolean; problems: string[] }>;
export declare const TABLES_SNAPSHOT: string;
export declare const JUDGED: string;
export declare function replyDigest(text: string): string;
export declare function readJudged(path: string | null | undefined): Map<string, Set<string>>;
export declare const REAL_GRAMS: string;
export declare function renderRealGrams(prior: { replies: number; grams: readonly (readonly [string, number])[] }): string;
export declare function parseRealGrams(text: string): { replies: number; grams: [string, number][] };
