export declare function train(options: {
  corpora: readonly string[];
  trainFiles?: readonly string[];
  sharedFiles?: readonly string[];
  real?: readonly string[];
  calibration?: { weights: string; floors: Record<string, number>; heldDigests: readonly string[] } | null;
  cost?: boolean;
  tables?: 'clean' | 'all' | 'none';
  dist?: string;
  config?: Record<string, unknown>;
  exclude?: (normalized: string) => boolean;
  log?: (line: string) => void;
}): Promise<{ modelTs: string; modelBin: Buffer; data: unknown; thresholds: Record<string, unknown>; calibration?: { weights: string; replies: number; realMax: number; floors: Record<string, number>; heldDigests: string[] }; counts: Record<string, number> }>;
