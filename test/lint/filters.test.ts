import { describe, expect, it } from 'vitest';
import { applyFixes, byPosition, errorsOnly, withoutDuplicates } from '../../src/lint/filters.js';
import type { LintMessage } from '../../src/lint/types.js';

const msg = (over: Partial<LintMessage>): LintMessage => ({
  ruleId: 'r',
  severity: 2,
  message: 'm',
  start: 0,
  end: 1,
  ...over,
});

describe('message filters', () => {
  it('errorsOnly keeps errors and drops warnings (--quiet)', () => {
    const e = msg({ severity: 2 });
    const w = msg({ severity: 1 });
    expect(errorsOnly([w, e, w])).toEqual([e]);
  });

  it('byPosition orders by start, end, errors first, then rule id — without mutating its input', () => {
    const a = msg({ start: 5, end: 6, ruleId: 'b' });
    const b = msg({ start: 1, end: 3, severity: 1 });
    const c = msg({ start: 1, end: 3, severity: 2, ruleId: 'z' });
    const d = msg({ start: 1, end: 2 });
    const input = [a, b, c, d];
    expect(byPosition(input)).toEqual([d, c, b, a]);
    expect(input).toEqual([a, b, c, d]);
  });

  it('withoutDuplicates drops exact repeats only', () => {
    const one = msg({ start: 2, end: 4 });
    const sameSpanOtherRule = msg({ start: 2, end: 4, ruleId: 'other' });
    expect(withoutDuplicates([one, { ...one }, sameSpanOtherRule])).toEqual([one, sameSpanOtherRule]);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes in position order whatever order they come in', () => {
    const text = '加我薇信，扣扣也行';
    const out = applyFixes(text, [
      msg({ fix: { start: 5, end: 7, text: '' } }),
      msg({ fix: { start: 2, end: 4, text: '私信' } }),
      msg({}), // no fix
    ]);
    expect(out).toEqual({ output: '加我私信，也行', applied: 2 });
  });

  it('skips a fix that overlaps one already applied, and any fix outside the text', () => {
    const out = applyFixes('abcdef', [
      msg({ fix: { start: 1, end: 4, text: 'X' } }),
      msg({ fix: { start: 3, end: 5, text: 'Y' } }),
      msg({ fix: { start: 4, end: 99, text: 'Z' } }),
    ]);
    expect(out).toEqual({ output: 'aXef', applied: 1 });
  });

  it('removes zero-width characters by empty replacements', () => {
    const out = applyFixes('微\u200B信', [msg({ fix: { start: 1, end: 2, text: '' } })]);
    expect(out.output).toBe('微信');
  });
});
