export declare const SOUNDS: Record<string, { syllables: string[]; exclude: string }>;
export declare function deriveSounds(): Record<string, string>;
export declare function loadSoundNames(): { name: string; kind: 'platform' | 'contact'; source: string }[];
export declare function deriveSoundNames(dictText: string): {
  names: { name: string; kind: 'platform' | 'contact'; syllables: string[] }[];
  syllables: Record<string, string>;
  realWords: string[];
};
