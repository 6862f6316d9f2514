import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { formatterNames, getFormatter } from '../../../src/lint/formatters/index.js';
import { format as sarif } from '../../../src/lint/formatters/sarif.js';

describe('getFormatter', () => {
  it('knows stylish, json and sarif', () => {
    expect(formatterNames).toEqual(['stylish', 'json', 'sarif']);
    expect(getFormatter('sarif')).toBe(sarif);
  });

  it('rejects an unknown name as a usage error naming the choices', () => {
    expect(() => getFormatter('junit')).toThrow(UserError);
    expect(() => getFormatter('toString')).toThrow(/stylish \| json \| sarif/);
  });
});
