// One sheet cell often holds several keywords. The separators are the ones merchants type in
// Chinese and English input modes; a keyword never contains one of them in practice.
const SEPARATOR = /[、，,;；/／|｜\n]/;

export interface KeywordPart {
  readonly text: string;
  /** Offset of the keyword's first character in the cell value. */
  readonly offset: number;
}

export function splitKeywords(cell: string): KeywordPart[] {
  const parts: KeywordPart[] = [];
  let start = 0;
  for (let i = 0; i <= cell.length; i++) {
    if (i < cell.length && !SEPARATOR.test(cell[i])) continue;
    const piece = cell.slice(start, i);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text !== '') parts.push({ text, offset: start + lead });
    start = i + 1;
  }
  return parts;
}
