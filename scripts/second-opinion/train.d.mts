export declare function train(options: {
  corpora: readonly string[];
  trainFiles?: readonly string[];
  sharedFiles?: readonly string[];
  real: readonly string[];
  tables?: 'clean' | 'all' | 'none';
  dist?: string;
  config?: Record<string, unknown>;
  exclude?: (normalized: string) => boolean;
  log?: (line: string) => void;
}): Promise<{ modelTs: string; modelBin: Buffer; data: unknown; thresholds: Record<string, unknown>; counts: Record<string, number> }>;
