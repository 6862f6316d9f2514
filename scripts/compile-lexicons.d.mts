export interface LexiconEntry {
  words?: string[];
  pinyin?: boolean | 'only';
  initials?: boolean;
  pattern?: string;
  not_before?: string | string[];
  not_after?: string | string[];
  source?: string | string[];
  note?: string;
  flag?: string[];
  clean?: string[];
}
export interface LexiconGroup {
  name: string;
  category: string;
  source?: string | string[];
  message?: string;
  entries: LexiconEntry[];
  flag?: string[];
  clean?: string[];
}
export interface LexiconSet {
  category: string;
  source: string | string[];
  words: string[];
  note?: string;
}
export interface Lexicon {
  rule: string;
  sources: Record<string, string>;
  sets?: Record<string, LexiconSet>;
  groups: LexiconGroup[];
}
export declare const lexiconDir: string;
export declare function lexiconNames(): string[];
export declare function loadLexicon(name: string): Lexicon;
export declare function compileLexicon(doc: Lexicon): { rule: string; pattern: string; groups: Record<string, string>; sets: Record<string, string> };
export declare function generatedSource(name: string, doc: Lexicon): string;
export declare function compileLexicons(): string[];
