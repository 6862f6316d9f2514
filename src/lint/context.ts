// Small helpers the content rules share to look at what comes before and after a match.
// Context decides false alarms (订单号 before digits, 转运 followed by 中心), not longer lists.

/** Characters that end a clause in the normalized text. */
const CLAUSE_END = /[,.!?;。\n]/;

/** Runs `re` (which must have the g or y flag) over `text`, calling `visit` for each match. */
export function scan(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    visit(m);
  }
}

/** Up to `max` characters before `index`, not crossing a clause boundary. */
export function clauseBefore(text: string, index: number, max = 12): string {
  let i = index;
  const stop = Math.max(0, index - max);
  while (i > stop && !CLAUSE_END.test(text[i - 1])) i--;
  return text.slice(i, index);
}

/** Up to `max` characters from `index` on, not crossing a clause boundary. */
export function clauseAfter(text: string, index: number, max = 12): string {
  let i = index;
  const stop = Math.min(text.length, index + max);
  while (i < stop && !CLAUSE_END.test(text[i])) i++;
  return text.slice(index, i);
}

/** Matches `re` (sticky) exactly at `index`; returns the end of the match or -1. */
export function matchAt(re: RegExp, text: string, index: number): number {
  re.lastIndex = index;
  const m = re.exec(text);
  return m === null ? -1 : index + m[0].length;
}
