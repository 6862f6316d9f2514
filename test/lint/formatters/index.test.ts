import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { checkFormatterName, formatterNames, getFormatter } from '../../../src/lint/formatters/index.js';
import { format as sarif } from '../../../src/lint/formatters/sarif.js';
import { format as stylish } from '../../../src/lint/formatters/stylish.js';

describe('formatter registry', () => {
  it('knows stylish, json and sarif and loads each on demand', async () => {
    expect(formatterNames).toEqual(['stylish', 'json', 'sarif']);
    expect(await getFormatter('sarif')).toBe(sarif);
    expect(await getFormatter('stylish')).toBe(stylish);
  });

  it('rejects an unknown name as a usage error naming the choices, before loading anything', async () => {
    expect(() => checkFormatterName('junit')).toThrow(UserError);
    expect(() => checkFormatterName('toString')).toThrow(/stylish \| json \| sarif/);
    await expect(getFormatter('junit')).rejects.toThrow(UserError);
  });
});
