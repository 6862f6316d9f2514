import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/import/delimited.js';

const values = (text: string, d = ',') => parseDelimited(text, d).rows.map((r) => r.cells.map((c) => c?.value));

describe('parseDelimited', () => {
  it('reads plain, quoted, escaped and multi-line cells', () => {
    expect(values('a,b\n"x, y","say ""hi"""\n"line1\nline2",z\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line1\nline2', 'z'],
    ]);
  });

  it('numbers rows by the line a record starts on and skips rows of empty cells', () => {
    const grid = parseDelimited('h1,h2\n\n,\n"a\nb",c\nd,e', ',');
    expect(grid.rows.map((r) => r.row)).toEqual([1, 4, 6]);
  });

  it('gives each cell its line and column, and maps offsets inside quoted cells', () => {
    const text = 'k,r\n"a""b",xyz\n';
    const grid = parseDelimited(text, ',');
    const [q, plain] = grid.rows[1].cells;
    expect([q!.line, q!.col]).toEqual([2, 2]);
    expect([plain!.line, plain!.col]).toEqual([2, 8]);
    // 'b' is the third character of the value a"b; in the source it sits after the doubled quote.
    expect(grid.positionIn(q!, 2)).toEqual({ line: 2, col: 5 });
    expect(grid.positionIn(plain!, 2)).toEqual({ line: 2, col: 10 });
  });

  it('keeps an unterminated quote to the end instead of failing', () => {
    expect(values('a,"open\nstill')).toEqual([['a', 'open\nstill']]);
  });

  it('agrees with csv-parse on any table it can write', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '发', ',', '"', '\n', ' ', '、', 'x'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (table) => {
        const text = table.map((row) => row.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n');
        const ours = values(text);
        const theirs = (parse(text, { relax_column_count: true }) as string[][]).filter((r) => r.some((v) => v.trim() !== ''));
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 300 },
    );
  });
});
