export declare const SOUNDS: Record<string, { syllables: string[]; exclude: string }>;
export declare function deriveSounds(): Record<string, string>;
