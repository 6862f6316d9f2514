export declare const MODEL_RULES: readonly string[];
export declare const MIN_N: number;
export declare const MAX_N: number;
export declare function ngrams(text: string, minN?: number, maxN?: number, scopes?: readonly number[]): string[];
export declare function insideOnly(text: string, scopes: readonly number[], outside: readonly string[], minN?: number, maxN?: number): string[];
