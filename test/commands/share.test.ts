import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run as exportRun } from '../../src/commands/export.js';
import { run } from '../../src/commands/share.js';
import { main } from '../../src/main.js';
import { fakeIo } from '../export/helpers.js';

const shop = `# yaml-language-server: $schema=./schemas/xhs-reply.schema.json
# 小美的衣橱 2025 春季
version: 1
extends: [apparel]
shop:
  name: 小美的衣橱
vars:
  ship_days: 2
keyword_rules:
  - id: discount
    reply: 小美的衣橱新人券满199元减20元，店铺首页领取～
product_cards:
  - id: basic-tee
    product_id: "65f0c0ffee00112233445566"
    placeholder: false
    reply: 这款T恤¥59，现货～
lint:
  rules: { harassment: off }
`;

async function shopDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'xhs-share-cmd-'));
  await writeFile(join(dir, 'xhs-reply.yaml'), shop);
  return dir;
}

describe('xhs-reply share', () => {
  it('prints the shared copy to stdout by default and names the blanks on stderr', async () => {
    const dir = await shopDir();
    const io = fakeIo(dir);
    expect(await run([], io)).toBe(0);
    const data = parse(io.out());
    expect(io.out()).not.toContain('小美的衣橱');
    expect(io.out()).not.toContain('65f0c0ffee');
    expect(data.vars).toMatchObject({ ship_days: 2, shop_name: '', price_1: '', product_id_basic_tee: '' });
    expect(data.lint).toEqual({ rules: { harassment: 'off' } });
    expect(io.err()).toContain('shop_name');
  });

  it('-o never overwrites without --force; --shop-file gives a file that exports exactly like the original', async () => {
    const dir = await shopDir();
    const first = fakeIo(dir);
    expect(await run(['-o', 'shared/base.yaml', '--shop-file', 'mine.yaml'], first)).toBe(0);
    expect(existsSync(join(dir, 'shared', 'base.yaml'))).toBe(true);

    const again = fakeIo(dir);
    expect(await main(['share', '-o', 'shared/base.yaml'], again)).toBe(2);
    expect(again.err()).toMatch(/^xhs-reply: shared\/base\.yaml: .*--force/);
    const forced = fakeIo(dir);
    expect(await run(['-o', 'shared/base.yaml', '--force'], forced)).toBe(0);
    expect(existsSync(join(dir, 'shared', 'base.yaml.bak'))).toBe(true);

    const original = fakeIo(dir);
    const copy = fakeIo(dir);
    expect(await exportRun(['--format', 'json'], original)).toBe(0);
    expect(await exportRun(['--format', 'json', '-c', 'mine.yaml'], copy)).toBe(0);
    expect(copy.out()).toBe(original.out());
    const mine = await readFile(join(dir, 'mine.yaml'), 'utf8');
    expect(parse(mine)).toMatchObject({ extends: ['./shared/base.yaml'], vars: { shop_name: '小美的衣橱' } });
    expect(mine.split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/xhs-reply.schema.json');
  });

  it('refuses to overwrite the file it shares, and --shop-file without -o', async () => {
    const dir = await shopDir();
    const a = fakeIo(dir);
    expect(await main(['share', '-o', 'xhs-reply.yaml', '--force'], a)).toBe(2);
    expect(await readFile(join(dir, 'xhs-reply.yaml'), 'utf8')).toBe(shop);
    const b = fakeIo(dir);
    expect(await main(['share', '--shop-file', 'x.yaml'], b)).toBe(2);
    expect(b.err()).toContain('-o');
  });
});
