import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { placeSchema, run, runsFromCache, schemaReference, SCHEMA_COPY } from '../../src/commands/init.js';
import { loadConfig } from '../../src/config/load.js';
import { listTemplateNames } from '../../src/config/templates.js';
import { UserError } from '../../src/errors.js';
import type { Io } from '../../src/io.js';

const root = mkdtempSync(join(tmpdir(), 'xhs-reply-init-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let n = 0;
beforeEach(() => {
  dir = join(root, String(n++));
  mkdirSync(dir);
});

function fakeIo(env: Record<string, string> = {}): Io & { out(): string; err(): string } {
  let out = '';
  let err = '';
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin,
    cwd: dir,
    env,
    out: () => out,
    err: () => err,
  };
}

async function init(args: string[]) {
  const io = fakeIo();
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

async function initError(args: string[]): Promise<UserError> {
  const err = await run(args, fakeIo()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

const schemaFile = fileURLToPath(new URL('../../schemas/xhs-reply.schema.json', import.meta.url));

describe('init', () => {
  it('writes the default starter: schema line first, valid, with the shop name set', async () => {
    const r = await init(['--shop', '小美的衣橱']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('已生成 xhs-reply.yaml');
    const text = readFileSync(join(dir, 'xhs-reply.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=file://${schemaFile}`);
    expect(text.match(/yaml-language-server/g)).toHaveLength(1);
    const loaded = await loadConfig('xhs-reply.yaml', { cwd: dir });
    expect(loaded.config.shop?.name).toBe('小美的衣橱');
    expect(loaded.config.keyword_rules?.map((rule) => rule.id)).toEqual([
      'shipping-time',
      'shipping-fee',
      'returns',
      'size-spec',
      'authenticity',
      'after-sales',
      'discount',
      'human-service',
    ]);
    expect(loaded.resolved.keyword_rules?.[0].reply).toContain('3天内发货');
    expect(loaded.resolved.welcome?.text).toContain('欢迎光临小美的衣橱');
    // Comments of the template survive.
    expect(text).toContain('ship_days: 3 # 现货付款后几天内发货');
  });

  it('refuses to overwrite without --force, and writes nothing', async () => {
    writeFileSync(join(dir, 'xhs-reply.yaml'), 'mine\n');
    const err = await initError([]);
    expect(err.format('zh')).toBe('xhs-reply.yaml: 文件已存在，不会覆盖；加 --force 覆盖（原文件会备份为 .bak），或用 -o 写到别的文件');
    expect(readFileSync(join(dir, 'xhs-reply.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['xhs-reply.yaml']);
  });

  it('with --force backs the existing file up first', async () => {
    writeFileSync(join(dir, 'xhs-reply.yaml'), 'mine\n');
    const r = await init(['--force']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('原文件已备份为 xhs-reply.yaml.bak');
    expect(readFileSync(join(dir, 'xhs-reply.yaml.bak'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, 'xhs-reply.yaml'), 'utf8')).toContain('version: 1');
  });

  it('--template NAME writes a file that extends the template and holds only the shop values', async () => {
    const names = listTemplateNames().filter((name) => name !== 'default');
    expect(names.length).toBeGreaterThan(0);
    const name = names.includes('apparel') ? 'apparel' : names[0];
    const r = await init(['--template', name, '--shop', '小美', '-o', 'shop.yaml']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'shop.yaml'), 'utf8');
    expect(text).toContain(`extends: [${name}]\n`);
    expect(text).not.toContain('keyword_rules:');
    const loaded = await loadConfig('shop.yaml', { cwd: dir });
    expect(loaded.config.shop?.name).toBe('小美');
    expect(loaded.config.keyword_rules?.length).toBeGreaterThan(0);
    expect(Object.keys(loaded.config.vars ?? {}).length).toBeGreaterThan(0);
    // The vars are the shop's own, in the shop file; the replies come from the template.
    expect(loaded.positionOf(['vars', Object.keys(loaded.config.vars!)[0]]).file).toBe('shop.yaml');
    expect(loaded.positionOf(['keyword_rules', 0, 'reply']).file).toMatch(new RegExp(`templates/${name}\\.yaml$`));
  });

  it('--template NAME --copy copies the whole template', async () => {
    const name = listTemplateNames().find((t) => t !== 'default')!;
    await init(['--template', name, '--copy']);
    const text = readFileSync(join(dir, 'xhs-reply.yaml'), 'utf8');
    expect(text).not.toContain('extends:');
    const loaded = await loadConfig('xhs-reply.yaml', { cwd: dir });
    expect(loaded.files).toEqual(['xhs-reply.yaml']);
    expect(loaded.config.keyword_rules?.length).toBeGreaterThan(0);
  });

  it('--template PATH extends an agency base config by a path relative to the new file', async () => {
    mkdirSync(join(dir, 'agency'));
    mkdirSync(join(dir, 'shops'));
    writeFileSync(
      join(dir, 'agency', 'base.yaml'),
      'version: 1\nshop:\n  category: food\nvars:\n  ship_days: 2 # 发货天数\nkeyword_rules:\n  - id: ship\n    keywords: [什么时候发货]\n    reply: "{{ship_days}}天内发货"\n',
    );
    const r = await init(['--template', 'agency/base.yaml', '--shop', '零食铺', '-o', 'shops/a.yaml']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'shops', 'a.yaml'), 'utf8');
    expect(text).toContain('extends: [../agency/base.yaml]\n');
    expect(text).toContain('ship_days: 2 # 发货天数');
    const loaded = await loadConfig('shops/a.yaml', { cwd: dir });
    expect(loaded.resolved.keyword_rules?.[0].reply).toBe('2天内发货');
    expect(loaded.config.shop).toEqual({ name: '零食铺', category: 'food' });
  });

  it('--template PATH reports a broken base at its place', async () => {
    writeFileSync(join(dir, 'base.yaml'), 'version: 1\nwelcome: [oops]\n');
    expect((await initError(['--template', './base.yaml'])).format('zh')).toBe('base.yaml:2:10: welcome 应该是映射（键: 值），现在是列表');
    expect((await initError(['--template', './nope.yaml'])).format('zh')).toBe('nope.yaml: 找不到这个文件');
    expect(readdirSync(dir)).toEqual(['base.yaml']);
  });

  it('an output path that is a directory is one clear line', async () => {
    mkdirSync(join(dir, 'out'));
    expect((await initError(['-o', 'out', '--force'])).format('zh')).toBe('out: 这是一个目录；请用 -o 指定文件名');
  });

  it('an unknown template lists the available ones', async () => {
    const err = await initError(['--template', 'nope']);
    expect(err.text.zh).toBe(`找不到模板「nope」，可用模板：${listTemplateNames().join('、')}`);
    expect(err.text.en).toMatch(/^no template "nope"; templates: default, /);
    expect(existsSync(join(dir, 'xhs-reply.yaml'))).toBe(false);
  });

  it('rejects stray arguments, an empty shop name and unknown flags', async () => {
    expect((await initError(['shop.yaml'])).text.zh).toBe('init 不接受参数「shop.yaml」；要指定文件请用 -o shop.yaml');
    expect((await initError(['--shop', '  '])).text.zh).toBe('--shop 需要店铺名称');
    expect((await initError(['--frce'])).text.zh).toMatch(/^参数错误：/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints its help to stdout', async () => {
    const r = await init(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^xhs-reply init \[--template NAME\]/);
  });

  it('reports a missing output directory as one line', async () => {
    const err = await initError(['-o', 'no/such/dir.yaml']);
    // Named as the merchant typed it.
    expect(err.format('zh')).toBe('no/such/dir.yaml: 目录不存在，无法写入');
  });
});

describe('schemaReference', () => {
  it('is relative when the schema sits inside the project (a local install)', () => {
    const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
    expect(schemaReference(join(projectRoot, 'xhs-reply.yaml'))).toBe('./schemas/xhs-reply.schema.json');
  });
  it('is an absolute file URL for a global install', () => {
    expect(schemaReference('/elsewhere/xhs-reply.yaml')).toBe(`file://${schemaFile}`);
    expect(schemaReference('/shop/xhs-reply.yaml', '/usr/lib/node_modules/xhs-reply/schemas/xhs-reply.schema.json')).toBe(
      'file:///usr/lib/node_modules/xhs-reply/schemas/xhs-reply.schema.json',
    );
  });
  it('run through npx (a cache npm cleans) it names a copy beside the config, never the cache', () => {
    const cached = '/home/u/.npm/_npx/3f2a9c/node_modules/xhs-reply/schemas/xhs-reply.schema.json';
    expect(runsFromCache(cached)).toBe(true);
    expect(schemaReference('/shop/xhs-reply.yaml', cached)).toBe(`./${SCHEMA_COPY}`);
    expect(runsFromCache('/usr/lib/node_modules/xhs-reply/schemas/xhs-reply.schema.json')).toBe(false);
  });
  it('places the copy the reference names, and only then', async () => {
    const cached = '/home/u/.npm/_npx/3f2a9c/node_modules/xhs-reply/schemas/xhs-reply.schema.json';
    const out = join(dir, 'xhs-reply.yaml');
    expect(await placeSchema(out)).toBeNull();
    expect(existsSync(join(dir, SCHEMA_COPY))).toBe(false);
    expect(await placeSchema(out, cached)).toBe(join(dir, SCHEMA_COPY));
    expect(JSON.parse(readFileSync(join(dir, SCHEMA_COPY), 'utf8')).$defs.productCard).toBeDefined();
  });
});
