export declare const MIN_FREQ: number;
export declare function deriveWords(dictText: string): { words: string; freqs: string };
