import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locate, positionIn, sourceOffsetOf, toTracked, valueAt } from '../../src/config/positions.js';

function load(text: string) {
  const lineCounter = new LineCounter();
  const tracked = toTracked(parseDocument(text, { lineCounter }), { file: 'f.yaml', text, lineCounter });
  return { text, tracked, valueAt: (path: readonly (string | number)[]) => valueAt(tracked.value, path) };
}

/** The source character that a value character maps to. */
function charAt(text: string, path: (string | number)[], offset: number): string {
  const { tracked, valueAt } = load(text);
  const loc = locate(tracked.loc, path).loc;
  return text[sourceOffsetOf(loc, valueAt(path) as string, offset)];
}

describe('sourceOffsetOf', () => {
  it('maps plain and quoted texts exactly', () => {
    expect(charAt('a: 加我微信abc\n', ['a'], 2)).toBe('微');
    expect(charAt('a: "加我微信abc"\n', ['a'], 2)).toBe('微');
    expect(charAt("a: 'it''s 微信'\n", ['a'], 5)).toBe('微');
  });

  it('follows escapes and line breaks in double quotes', () => {
    expect(charAt('a: "第一行\\n加我微信"\n', ['a'], 6)).toBe('微');
    expect(charAt('a: "\\u4f60好 微信"\n', ['a'], 3)).toBe('微');
  });

  it('maps literal and folded block texts', () => {
    const literal = 'a: |\n  第一行\n  加我微信 abc\n';
    expect(charAt(literal, ['a'], 6)).toBe('微');
    const folded = 'a: >-\n  第一行\n  加我微信\n';
    expect(charAt(folded, ['a'], 6)).toBe('微');
  });

  it('clamps offsets past the end into the value', () => {
    const { tracked } = load('a: "abc"\nb: 1\n');
    const loc = locate(tracked.loc, ['a']).loc;
    expect(sourceOffsetOf(loc, 'abc', 99)).toBe(7);
  });
});

describe('positionIn', () => {
  it('gives key, value and nearest-ancestor positions', () => {
    const { tracked, valueAt } = load('shop:\n  name: 小美\nlist:\n  - x\n  - "y z"\n');
    expect(positionIn(tracked.loc, ['shop', 'name'])).toEqual({ file: 'f.yaml', line: 2, col: 9 });
    expect(positionIn(tracked.loc, ['shop', 'name'], { key: true })).toEqual({ file: 'f.yaml', line: 2, col: 3 });
    expect(positionIn(tracked.loc, ['list', 1], { offset: 2 }, valueAt)).toEqual({ file: 'f.yaml', line: 5, col: 8 });
    expect(positionIn(tracked.loc, ['list', 7])).toEqual({ file: 'f.yaml', line: 4, col: 3 });
    expect(positionIn(tracked.loc, ['nope'])).toEqual({ file: 'f.yaml', line: 1, col: 1 });
  });

  it('places an empty value right after its key', () => {
    const { tracked } = load('version: 1\nwelcome:\n');
    expect(positionIn(tracked.loc, ['welcome'])).toEqual({ file: 'f.yaml', line: 2, col: 9 });
  });

  it('gives aliased values the alias position', () => {
    const { tracked } = load('a: &k [x, y]\nb: *k\n');
    expect(positionIn(tracked.loc, ['b'])).toEqual({ file: 'f.yaml', line: 2, col: 4 });
    expect(positionIn(tracked.loc, ['b', 1])).toEqual({ file: 'f.yaml', line: 1, col: 11 });
  });
});
