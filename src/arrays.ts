// Spreading an array into a call (`push(...items)`, `Math.max(...xs)`) passes every element as
// an argument, and V8 overflows its stack somewhere past ~100k of them: a 200k-row sheet or 150k
// findings crashed with "Maximum call stack size exceeded". These loop instead.

/** Appends `items` to `target` (push(...items) without the argument limit); returns target. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` and `floor` (Math.max(floor, ...values) without the argument limit). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
