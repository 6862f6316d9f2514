export interface LexiconEntry {
  words?: string[];
  pinyin?: boolean | 'only';
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
export interface Lexicon {
  rule: string;
  sources: Record<string, string>;
  groups: LexiconGroup[];
}
export declare const lexiconDir: string;
export declare function lexiconNames(): string[];
export declare function loadLexicon(name: string): Lexicon;
export declare function compileLexicon(doc: Lexicon): { rule: string; pattern: string; groups: Record<string, string> };
export declare function generatedSource(name: string, doc: Lexicon): string;
export declare function compileLexicons(): string[];
