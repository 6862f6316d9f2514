// SPEC §8 "numbers keep every digit", deep nesting and alias size, at the loader: a number that
// would not survive as written is an error at its place, never a silently different value.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';
import { buildSheet } from '../../src/export/sheet.js';
import { writeTxt } from '../../src/export/txt.js';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-numbers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(text: string) {
  const name = `c${n++}.yaml`;
  writeFileSync(join(dir, name), text);
  return loadConfig(name, { cwd: dir });
}

async function reject(text: string): Promise<string> {
  const err = await load(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return (err as UserError).format('zh').replace(/^c\d+\.yaml/, 'FILE');
}

describe('numbers keep every digit or are refused at their place', () => {
  it('a 19-digit product id var is refused with file:line:col and the quoted form', async () => {
    expect(await reject('version: 1\nvars:\n  pid: 7304418296651280913\n')).toBe(
      'FILE:3:8: 数字 7304418296651280913 超过 2^53，读入后会丢失位数（变成 7304418296651281000）；如果是编号或文字，请加引号，例如 "7304418296651280913"',
    );
  });

  it('quoted, the 19 digits reach the export exactly', async () => {
    const loaded = await load('version: 1\nvars:\n  pid: "7304418296651280913"\nwelcome:\n  text: "商品ID {{pid}}"\n');
    expect(writeTxt(buildSheet(loaded.resolved))).toContain('商品ID 7304418296651280913');
  });

  it('0o17, 0x1F and 007 would be read as 15, 31 and 7: refused', async () => {
    expect(await reject('version: 1\nvars:\n  a: 0o17\n')).toMatch(/^FILE:3:6: 0o17 会被 YAML 读成 15；如果是编号或文字，请加引号/);
    expect(await reject('version: 1\nvars:\n  a: 0x1F\n')).toMatch(/^FILE:3:6: 0x1F 会被 YAML 读成 31；/);
    expect(await reject('version: 1\nvars:\n  a: 007\n')).toMatch(/^FILE:3:6: 007 会被 YAML 读成 7；/);
  });

  it('more than 15 significant digits in a decimal is refused; ordinary numbers load as before', async () => {
    expect(await reject('version: 1\nvars:\n  a: 3.14159265358979323\n')).toMatch(/^FILE:3:6: 数字 3.14159265358979323 的有效位数超过 15 位/);
    const ok = await load('version: 1\nvars:\n  a: 99\n  b: 9.9\n  c: -5\n  d: 9007199254740991\n');
    expect(ok.config.vars).toEqual({ a: 99, b: 9.9, c: -5, d: 9007199254740991 });
  });

  it('.nan and .inf are named for what they are (not 「应该是文字或数字，现在是数字」)', async () => {
    expect(await reject('version: 1\nvars:\n  n: .nan\n')).toBe(
      'FILE:3:6: .nan 在 YAML 里表示「不是数字」(NaN)，不能用作数值；如果是编号或文字，请加引号，例如 ".nan"',
    );
    expect(await reject('version: 1\nvars:\n  n: -.inf\n')).toMatch(/^FILE:3:6: -\.inf 在 YAML 里表示无穷大/);
  });
});

describe('nesting and alias size', () => {
  it('10,000 levels of brackets: a clear nesting message, not "Maximum call stack size exceeded"', async () => {
    const msg = await reject(`version: 1\nvars:\n  a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(msg).toMatch(/^FILE:3:\d+: 嵌套层级太深/);
    expect(msg).not.toMatch(/Maximum call stack/);
  });

  it('300 levels (parsed fine by YAML) stop at the loader limit with the place', async () => {
    expect(await reject(`version: 1\nvars:\n  a: ${'['.repeat(300)}${']'.repeat(300)}\n`)).toMatch(/^FILE:3:\d+: 嵌套层级太深（超过 200 层）/);
  });

  it('99 aliases of a big text stay under the alias count but not under the total text limit', async () => {
    const big = 'x'.repeat(200_000);
    const refs = Array.from({ length: 99 }, (_, i) => `  r${i}: *big`).join('\n');
    expect(await reject(`version: 1\nvars:\n  big: &big "${big}"\n${refs}\n`)).toMatch(/^FILE:\d+:\d+: YAML 别名（\*引用）展开后的文字太多/);
    // A reply reused a few times is fine.
    const ok = await load('version: 1\nvars:\n  a: &r "三天内发货"\n  b: *r\n  c: *r\n');
    expect(ok.config.vars).toEqual({ a: '三天内发货', b: '三天内发货', c: '三天内发货' });
  });
});
