export declare const MODEL_RULES: readonly string[];
export declare const MIN_N: number;
export declare const MAX_N: number;
export declare function ngrams(text: string, minN?: number, maxN?: number, scopes?: readonly number[]): string[];
export declare function insideOnly(text: string, scopes: readonly number[], outside: readonly string[], minN?: number, maxN?: number): string[];
export declare function thresholdGrid(minT?: number): number[];
export declare function floorOf(scores: readonly number[], grid: readonly number[], options?: { realMax?: number; floorMargin?: number; floorTail?: { k: number; margin: number } | null }): number;
export declare function pickThreshold(oof: readonly { y: 0 | 1; p: number }[], calibScores: readonly number[], grid: readonly number[], options: { realMax: number; maxFdr: number; minSupport?: number }): { t: number; tp: number; fp: number };
