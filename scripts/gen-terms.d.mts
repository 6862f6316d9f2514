export interface TermEntry {
  term: string;
  kind: 'term' | 'title' | 'dish';
  source: string;
}
export declare const termsFile: string;
export declare function loadTerms(): TermEntry[];
export declare function renderTerms(): string;
export declare function genTerms(): void;
