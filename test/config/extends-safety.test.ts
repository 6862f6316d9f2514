// extends from issue 14: a symbolic-link loop says loop (not 「找不到」), a link back to a file
// in the chain is a cycle, and absolute paths are refused (a shared config must not read
// /etc/passwd); relative paths, ../ included, and template names keep working.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-extends-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function message(name: string): Promise<string> {
  const err = await loadConfig(name, { cwd: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return (err as UserError).format('zh');
}

describe('extends safety', () => {
  it('a symbolic-link loop is named as a loop', async () => {
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    writeFileSync(join(dir, 'uses-loop.yaml'), 'version: 1\nextends: [./loop-a.yaml]\n');
    expect(await message('uses-loop.yaml')).toBe('uses-loop.yaml:2:11: extends 引用的「./loop-a.yaml」是循环的符号链接');
  });

  it('a link back to the file itself is an extends cycle', async () => {
    writeFileSync(join(dir, 'self.yaml'), 'version: 1\nextends: [./self-link.yaml]\n');
    symlinkSync('self.yaml', join(dir, 'self-link.yaml'));
    expect(await message('self.yaml')).toMatch(/^self\.yaml:2:11: extends 循环引用：/);
  });

  it('absolute paths are refused with the place; relative ../ paths and templates still load', async () => {
    writeFileSync(join(dir, 'abs.yaml'), 'version: 1\nextends: [/etc/passwd]\n');
    expect(await message('abs.yaml')).toBe(
      'abs.yaml:2:11: extends 只能写模板名或相对本文件的路径（如 ./shared/base.yaml），不能是绝对路径「/etc/passwd」',
    );
    mkdirSync(join(dir, 'shared'));
    mkdirSync(join(dir, 'shop'));
    writeFileSync(join(dir, 'shared', 'base.yaml'), 'version: 1\nvars:\n  ship_days: "3"\n');
    writeFileSync(join(dir, 'shop', 'mine.yaml'), 'version: 1\nextends: [apparel, ../shared/base.yaml]\n');
    const loaded = await loadConfig('shop/mine.yaml', { cwd: dir });
    expect(loaded.config.vars?.ship_days).toBe('3');
  });
});
