// Offset → line/column, shared by the formatters (which count every line break, as editors and
// SARIF do) and the sheet readers (whose rows and pasted blocks are split on \n alone).
const ANY_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Start offsets of every line, so many offsets can be placed with a binary search each. */
export function lineStarts(text: string, breaks: 'any' | 'newline' = 'any'): number[] {
  const starts = [0];
  if (breaks === 'newline') {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (const m of text.matchAll(ANY_BREAK)) starts.push(m.index + m[0].length);
  }
  return starts;
}

/** 1-based line and column (in UTF-16 units, as ESLint and SARIF's default columnKind count). */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
