import { describe, expect, it } from 'vitest';
import { format } from '../../../src/lint/formatters/json.js';
import { textResult } from '../../../src/lint/formatters/results.js';
import type { LintMessage } from '../../../src/lint/types.js';

const warning: LintMessage = { ruleId: 'harassment', severity: 1, message: '催促', start: 3, end: 5 };

describe('json formatter', () => {
  it("prints ESLint's result array: filePath, placed messages and counts, without the source text", () => {
    const results = [textResult('<text 1>', '你好\n快点下单', [warning]), textResult('<text 2>', '好的', [])];
    const parsed = JSON.parse(format(results, { color: true, lang: 'zh' }));
    expect(parsed).toEqual([
      {
        filePath: '<text 1>',
        messages: [{ ...warning, line: 2, column: 1, endLine: 2, endColumn: 3 }],
        errorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: '<text 2>',
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
  });

  it('never colours data', () => {
    const out = format([textResult('<text 1>', '快点下单', [warning])], { color: true, lang: 'zh' });
    expect(out).not.toContain('\u001B[');
    expect(out.endsWith('\n')).toBe(true);
  });
});
