import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mergeTracked } from '../../src/config/merge.js';
import { positionIn, toTracked, type Tracked } from '../../src/config/positions.js';

function tracked(file: string, text: string): Tracked {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return toTracked(doc, { file, text, lineCounter });
}

describe('mergeTracked', () => {
  it('merges maps deeply and lets the later file win', () => {
    const m = mergeTracked(tracked('a', 'shop: {name: A, category: food}\nvars: {x: 1, y: 2}\n'), tracked('b', 'shop: {name: B}\nvars: {y: 3}\n'));
    expect(m.value).toEqual({ shop: { name: 'B', category: 'food' }, vars: { x: 1, y: 3 } });
    expect(positionIn(m.loc, ['shop', 'category']).file).toBe('a');
    expect(positionIn(m.loc, ['shop', 'name']).file).toBe('b');
  });

  it('merges id lists by id: same id merges in place, new ids append', () => {
    const base = tracked('a', 'r:\n  - {id: x, reply: X, keywords: [k1]}\n  - {id: y, reply: Y}\n');
    const over = tracked('b', 'r:\n  - {id: z, reply: Z}\n  - {id: x, reply: X2}\n');
    const m = mergeTracked(base, over);
    expect(m.value).toEqual({ r: [{ id: 'x', reply: 'X2', keywords: ['k1'] }, { id: 'y', reply: 'Y' }, { id: 'z', reply: 'Z' }] });
    expect(positionIn(m.loc, ['r', 0, 'reply'])).toEqual({ file: 'b', line: 3, col: 20 });
    expect(positionIn(m.loc, ['r', 0, 'keywords', 0])).toEqual({ file: 'a', line: 2, col: 34 });
    expect(positionIn(m.loc, ['r', 2, 'reply'])).toEqual({ file: 'b', line: 2, col: 20 });
  });

  it('replaces lists without ids, and an empty list clears', () => {
    expect(mergeTracked(tracked('a', 'l: [a, b, c]\n'), tracked('b', 'l: [d]\n')).value).toEqual({ l: ['d'] });
    expect(mergeTracked(tracked('a', 'r: [{id: x}]\n'), tracked('b', 'r: []\n')).value).toEqual({ r: [] });
    expect(mergeTracked(tracked('a', 'r: [{id: x}]\n'), tracked('b', 'r: [{reply: no-id}]\n')).value).toEqual({ r: [{ reply: 'no-id' }] });
  });

  it('does not mutate its inputs', () => {
    const base = tracked('a', 'shop: {name: A}\nr: [{id: x, reply: X}]\n');
    const snapshot = JSON.stringify(base.value);
    mergeTracked(base, tracked('b', 'shop: {name: B}\nr: [{id: x, reply: Y}]\n'));
    expect(JSON.stringify(base.value)).toBe(snapshot);
  });

  it('keeps __proto__ an own key on both sides, never a prototype', () => {
    const m = mergeTracked(tracked('a', '__proto__: {a: 1}\n'), tracked('b', '__proto__: {b: 2}\n'));
    const value = m.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ a: 1, b: 2 });
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });
});
