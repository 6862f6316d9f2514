import { describe, expect, it } from 'vitest';
import { errorsOnly } from '../../src/lint/filters.js';
import type { LintMessage } from '../../src/lint/types.js';

const msg = (severity: 1 | 2, ruleId: string): LintMessage => ({ ruleId, severity, message: 'm', start: 0, end: 1 });

describe('errorsOnly (--quiet)', () => {
  it('keeps errors in their order and drops warnings', () => {
    const e1 = msg(2, 'a');
    const e2 = msg(2, 'b');
    expect(errorsOnly([msg(1, 'w'), e1, msg(1, 'x'), e2])).toEqual([e1, e2]);
    expect(errorsOnly([msg(1, 'w')])).toEqual([]);
  });
});
