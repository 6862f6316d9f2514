import { describe, expect, it } from 'vitest';
import { firstChars } from '../../../src/lint/first-chars.js';
import { COPY_ADMITTED, COPY_ADMITTED_FIRST } from '../../../src/lint/rules/counterfeit.js';

describe('counterfeit: the copy-admitted guard', () => {
  it('lets through every unit a match of the pattern can start with', () => {
    const first = firstChars(COPY_ADMITTED);
    expect(first).not.toBeNull();
    const missing: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (first![c] && !COPY_ADMITTED_FIRST.test(String.fromCharCode(c))) missing.push(String.fromCharCode(c));
    expect(missing).toEqual([]);
  });
});
