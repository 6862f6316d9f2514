import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/export.js';
import { main } from '../../src/main.js';
import { fakeIo } from '../export/helpers.js';

const good = `version: 1
extends: [apparel]
shop:
  name: 小美的衣橱
vars:
  ship_days: 2
product_cards:
  - id: basic-tee
    product_id: "65f0c0ffee"
    placeholder: false
`;

const bad = `version: 1
shop:
  name: 小美的衣橱
  category: general
welcome:
  text: 欢迎光临～
keyword_rules:
  - id: price
    keywords: [有优惠吗]
    reply: 全网最低价，加微信 xm_shop88 领券
`;

async function shopDir(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'xhs-export-'));
  await writeFile(join(dir, 'xhs-reply.yaml'), content);
  return dir;
}

describe('xhs-reply export', () => {
  it('prints the txt sheet to stdout by default, variables filled, backend order', async () => {
    const dir = await shopDir(good);
    const io = fakeIo(dir);
    expect(await run([], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('欢迎光临小美的衣橱');
    expect(out).toContain('现货款付款后2天内发货');
    expect(out).not.toContain('{{');
    const at = (s: string) => out.indexOf(s);
    expect(at('━━ 1. 欢迎语')).toBeLessThan(at('━━ 2. 快捷问题'));
    expect(at('━━ 2. 快捷问题')).toBeLessThan(at('━━ 3. 关键词回复'));
    expect(at('━━ 3. 关键词回复')).toBeLessThan(at('━━ 4. 商品卡片'));
  });

  it('refuses while lint errors remain: exit 1, each error at file:line:col, nothing written', async () => {
    const dir = await shopDir(bad);
    const io = fakeIo(dir);
    expect(await run(['-o', 'sheet.txt'], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^xhs-reply\.yaml:10:\d+ {2}错误 {2}.*absolute-claim$/m);
    expect(io.err()).toMatch(/^xhs-reply\.yaml:10:\d+ {2}错误 {2}.*offsite-contact$/m);
    expect(io.err()).toContain('--force');
    expect(existsSync(join(dir, 'sheet.txt'))).toBe(false);
  });

  it('--force exports anyway with the findings marked', async () => {
    const dir = await shopDir(bad);
    const io = fakeIo(dir);
    expect(await run(['--force', '--format', 'html', '-o', 'out/sheet.html'], io)).toBe(0);
    const html = await readFile(join(dir, 'out', 'sheet.html'), 'utf8');
    expect(html).toContain('强制导出');
    expect(html).toContain('xhs-reply.yaml:10:');
    expect(html).toContain('<li class="error">');
    expect(io.err()).toContain('--force');
  });

  it('-o writes atomically and keeps the previous file as .bak', async () => {
    const dir = await shopDir(good);
    await writeFile(join(dir, 'sheet.csv'), 'old');
    const io = fakeIo(dir);
    expect(await run(['--format', 'csv', '-o', 'sheet.csv'], io)).toBe(0);
    expect(await readFile(join(dir, 'sheet.csv.bak'), 'utf8')).toBe('old');
    const rows = parseCsv(await readFile(join(dir, 'sheet.csv'), 'utf8'), { bom: true }) as string[][];
    expect(rows[0].slice(0, 6)).toEqual(['页面', '序号', '字段', '内容', '字数', '上限']);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('sheet.csv.bak');
  });

  it('json and yaml carry the sheet', async () => {
    const dir = await shopDir(good);
    const io = fakeIo(dir);
    await run(['--format', 'json'], io);
    const sheet = JSON.parse(io.out());
    expect(sheet.shop).toEqual({ name: '小美的衣橱', category: 'apparel' });
    expect(sheet.screens[2].items[0].fields.at(-1).fieldId).toBe('keyword_rules.reply');
  });

  it('refuses the template\'s sample product card (a placeholder) until the shop replaces it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xhs-export-'));
    expect(await main(['init', '--template', 'general'], fakeIo(dir))).toBe(0);
    const io = fakeIo(dir);
    expect(await main(['export', '-o', 'sheet.txt'], io)).toBe(1);
    expect(io.err()).toMatch(/^xhs-reply\.yaml:\d+:\d+ {2}错误 {2}商品卡片「sample-product」是模板里的示例.*placeholder$/m);
    expect(existsSync(join(dir, 'sheet.txt'))).toBe(false);
    // Replaced (a product ID, placeholder: false in the shop's own file), it exports.
    const file = join(dir, 'xhs-reply.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('product_id: ""', 'product_id: "65f0c0ffee"').replace('placeholder: true', 'placeholder: false'));
    expect(await main(['export', '-o', 'sheet.txt'], fakeIo(dir))).toBe(0);
  });

  it('init --template general, then export --format json: a follow_ups screen with at least 3 texts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xhs-export-'));
    expect(await main(['init', '--template', 'general'], fakeIo(dir))).toBe(0);
    const io = fakeIo(dir);
    // --force: the template's sample product card is a placeholder (an error) until replaced.
    expect(await main(['export', '--format', 'json', '--force'], io)).toBe(0);
    const screen = JSON.parse(io.out()).screens.find((s: { id: string }) => s.id === 'follow_ups');
    expect(screen.title).toBe('跟单助手');
    const texts = screen.items.flatMap((i: { fields: { fieldId: string; text: string; length: number; limit: number }[] }) => i.fields);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const f of texts) {
      expect(f.fieldId).toBe('follow_ups.text');
      expect(f.text).not.toContain('{{');
      expect(f.length).toBeLessThanOrEqual(f.limit);
    }
    expect(screen.items[0]).toMatchObject({ scene: 'unpaid', sceneLabel: '催付', delayMinutes: 15 });
  });

  it('--copy without clipboard or terminal says so on stderr and still delivers the sheet on stdout', async () => {
    const dir = await shopDir(good);
    const io = fakeIo(dir, { env: {} });
    expect(await run(['--copy'], io)).toBe(0);
    expect(io.err()).toContain('无法复制');
    expect(io.out()).toContain('━━ 1. 欢迎语');
  });

  it('--copy on a terminal without a clipboard uses OSC 52 with the txt sheet', async () => {
    const dir = await shopDir(good);
    const io = fakeIo(dir, { tty: true, env: {} });
    expect(await run(['--copy', '--format', 'html', '-o', 'sheet.html'], io)).toBe(0);
    const m = /\x1b\]52;c;([A-Za-z0-9+/=]+)\x07/.exec(io.out());
    expect(m).not.toBeNull();
    const copied = Buffer.from(m![1], 'base64').toString('utf8');
    expect(copied.startsWith('小红书客服自动回复 · 逐项粘贴表')).toBe(true);
    expect(copied).toContain('━━ 4. 商品卡片');
    expect(io.err()).toContain('OSC 52');
  });

  it('bad input is one line and exit 2', async () => {
    const dir = await shopDir(good);
    const a = fakeIo(dir);
    expect(await main(['export', '--format', 'pdf'], a)).toBe(2);
    expect(a.err()).toMatch(/^xhs-reply: .*pdf.*\n$/);
    const b = fakeIo(dir);
    expect(await main(['export', '-c', 'missing.yaml'], b)).toBe(2);
    expect(b.err()).toMatch(/^xhs-reply: missing\.yaml: /);
  });
});
