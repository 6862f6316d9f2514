// No input makes the loader crash: any text is either a config or a UserError (one line, exit 2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';

const tokens = [
  'version: 1\n', 'version: 2\n', 'extends: [default]\n', 'extends: [./x.yaml]\n', 'extends: 3\n', 'shop:\n', '  name: 店\n',
  'vars:\n', '  a: 1\n', '  __proto__: 1\n', 'welcome:\n', '  text: "{{a}}"\n', '  quick_questions: [a, b]\n',
  'keyword_rules:\n', '  - id: x\n', '    keywords: [发货]\n', '    reply: 好\n', '    match: exact\n', '- ', ': ', '&a ', '*a ',
  '*b', '[', ']', '{', '}', '"', "'", '\t', '\n', '  ', '#c\n', '---\n', '? ', '|\n', '>\n', '!!str ', '!tag ', '\u0000', '\ufeff',
  'lint:\n', '  rules: {x: off}\n', 'product_cards: []\n', 'null\n', '~\n', '<<: *a\n',
];

function isConfigOrUserError(text: string): Promise<boolean> {
  return loadConfig('fuzz.yaml', { cwd: '/virtual', text }).then(
    () => true,
    (err: unknown) => {
      if (!(err instanceof UserError)) throw err;
      expect(err.format('zh')).not.toContain('\n');
      return true;
    },
  );
}

describe('loadConfig on arbitrary text', () => {
  // Found by the token soup below: a YAML key that ends in a line break ("? >" folds the next line
  // into the key) was quoted raw in the unknown-key message, which then ran over two lines.
  it('keeps the message on one line when an unknown key holds a line break', async () => {
    const err = await loadConfig('fuzz.yaml', { cwd: '/virtual', text: '? >\n    match: exact\nversion: 1\n' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    const message = (err as UserError).format('zh');
    expect(message).toMatch(/^fuzz\.yaml:1:3: 未知字段「match: exact<U\+000A>」/);
    expect(message).not.toContain('\n');
  });

  it('never throws anything but a one-line UserError on YAML-ish token soup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...tokens), { maxLength: 40 }), async (parts) => isConfigOrUserError(parts.join(''))),
      { numRuns: 400 },
    );
  });

  it('never throws anything but a one-line UserError on random strings', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 200 }), isConfigOrUserError), { numRuns: 300 });
  });
});
