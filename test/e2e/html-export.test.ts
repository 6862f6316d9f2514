// The html sheet in a real browser: every 复制 button copies exactly its field's text (read
// back from the clipboard), the tick appears, and the page logs no errors — over http (the
// Clipboard API) and from file:// with the execCommand fallback. The browser is the system's
// Chromium or, on a bare machine, the one from npm (see browser.ts): it always runs, never skips.
// Screenshots (laptop and phone widths) need a font with Chinese glyphs; without one only the
// pictures are skipped, with one line saying so.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { templatesDir } from '../../src/config/templates.js';
import type { Config } from '../../src/config/types.js';
import { exportSheet } from '../../src/export/index.js';
import { buildSheet } from '../../src/export/sheet.js';
import { copyTexts } from '../../src/export/html.js';
import { lintText } from '../../src/lint/engine.js';
import { findChromium, rendersChinese } from './browser.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Set to a folder to keep the screenshots; otherwise they go to a temporary folder. */
const SHOTS_ENV = process.env.XHS_REPLY_SHOTS;

const tricky: Config = {
  version: 1,
  shop: { name: '小美"的"<衣橱>', category: 'apparel' },
  welcome: { text: '亲，欢迎光临～\n第二行：人工客服 9:30-21:30 在线', quick_questions: ['什么时候发货', '包邮吗？'] },
  keyword_rules: [
    { id: 'xss', keywords: ['<script>', '"引号"'], reply: '点这里 <script>alert("x")</script> & \'单引号\' `反引号` ${x} \\ 反斜杠 😀' },
    { id: 'spaces', keywords: ['尺码表'], match: 'exact', reply: '  前后有空格  \n\n  空行之后  ' },
    { id: 'long', keywords: ['很长的回复'], reply: '长'.repeat(310) },
  ],
  product_cards: [{ id: 'tee', product_id: '65f0c0ffee', name: 'T恤</p>', keywords: ['纯棉T恤'], reply: '这款T恤¥59～' }],
};

let browser: Browser;
let server: Server;
let dir: string;
let origin: string;
const consoleErrors: string[] = [];
/** Where screenshots go, or undefined when this machine has no font to draw Chinese. */
let shots: string | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xhs-html-'));
  const files = new Map<string, string>([['/tricky.html', exportSheet(tricky, 'html')]]);
  const apparel = await loadConfig(join(templatesDir, 'apparel.yaml'), { cwd: templatesDir });
  files.set('/apparel.html', exportSheet(apparel.resolved, 'html', { lintText: (t, o) => lintText(t, o) }));
  const forced = { ...apparel.resolved, keyword_rules: [{ id: 'bad', keywords: ['有优惠吗'], reply: '全网最低价，加微信 xm_shop88 领券' }, ...(apparel.resolved.keyword_rules ?? [])] };
  files.set('/forced.html', exportSheet(forced, 'html', { lintText: (t, o) => lintText(t, o), forced: true }));
  for (const [name, html] of files) await writeFile(join(dir, name), html);
  server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const binary = await findChromium();
  browser = await chromium.launch({ executablePath: binary.path, args: ARGS });
  const probe = await browser.newPage();
  const chinese = await rendersChinese(probe);
  await probe.close();
  if (chinese) shots = SHOTS_ENV ?? join(dir, 'shots');
  else console.warn(`html-export: ${binary.source} has no font for Chinese here (install fonts-noto-cjk): every copy button checked, screenshots skipped`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function openPage(url: string, width: number, grantOrigin?: string, initScript?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], grantOrigin ? { origin: grantOrigin } : undefined);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${url}: ${e.message}`));
  // Anything the page tries to fetch breaks "self-contained".
  page.on('request', (r) => {
    if (r.url() !== url) consoleErrors.push(`${url}: unexpected request ${r.url()}`);
  });
  await page.goto(url);
  return page;
}

/** A screenshot when this machine can draw Chinese (see beforeAll); it must be a real PNG. */
async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await mkdir(shots, { recursive: true });
  const file = join(shots, name);
  await page.screenshot({ path: file });
  const png = await readFile(file);
  expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
}

async function clickAndRead(page: Page, index: number, read: string): Promise<string> {
  await page.locator('button.copy').nth(index).click();
  await expect.poll(() => page.locator('.field').nth(index).getAttribute('class')).toContain('copied');
  return page.evaluate(read);
}

describe('html export in Chromium', () => {
  it('every copy button copies exactly its field (http + Clipboard API), with a visible tick', async () => {
    const page = await openPage(`${origin}/tricky.html`, 1280, origin);
    const expected = copyTexts(buildSheet(tricky));
    const buttons = page.locator('button.copy');
    expect(await buttons.count()).toBe(expected.length);
    for (let i = 0; i < expected.length; i++) {
      // Reset so a stale clipboard can never pass for a copy.
      await page.evaluate('navigator.clipboard.writeText("—")');
      const got = await clickAndRead(page, i, 'navigator.clipboard.readText()');
      expect(got, `field ${i}`).toBe(expected[i]);
      const tick = page.locator('.field').nth(i).locator('.done');
      await expect.poll(() => tick.isVisible()).toBe(true);
      expect(await tick.textContent()).toBe('已复制 ✓');
    }
    expect(await page.locator('#progress').textContent()).toBe(`已复制 ${expected.length} / ${expected.length}`);
    // The page shows the text escaped, never as markup.
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('.field').nth(3).locator('.text').textContent()).toBe('<script>');
    // Lengths against limits; over the limit in red.
    const over = page.locator('.len.over');
    expect(await over.count()).toBe(1);
    expect(await over.textContent()).toBe('310 / 300 字，超出上限');
    expect(await page.evaluate("getComputedStyle(document.querySelector('.len.over')).color")).toBe('rgb(207, 34, 46)');
    expect(consoleErrors).toEqual([]);
  });

  it('copies from file:// with the execCommand fallback when the Clipboard API is unavailable', async () => {
    const url = pathToFileURL(join(dir, 'tricky.html')).href;
    const hide = `window.__realClipboard = navigator.clipboard; Object.defineProperty(Navigator.prototype, 'clipboard', { get: function () { return undefined; } });`;
    const page = await openPage(url, 390, undefined, hide);
    expect(await page.evaluate('navigator.clipboard === undefined')).toBe(true);
    const expected = copyTexts(buildSheet(tricky));
    // The textarea fallback cannot carry \r, and every field here is \n-only, so all compare exactly.
    for (const i of [0, 3, 5, expected.length - 1]) {
      await page.evaluate('window.__realClipboard.writeText("—")');
      const got = await clickAndRead(page, i, 'window.__realClipboard.readText()');
      expect(got, `field ${i}`).toBe(expected[i]);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('reads well on a laptop and a phone: no horizontal scrolling, findings beside their field', async () => {
    for (const width of [1280, 390]) {
      const page = await openPage(`${origin}/apparel.html`, width, origin);
      const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      expect(scrollWidth, `width ${width}`).toBeLessThanOrEqual(width);
      const button = page.locator('button.copy').first();
      const box = (await button.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(30);
      await shot(page, `apparel-${width}.png`);
      await page.locator('#screen-keyword_rules').scrollIntoViewIfNeeded();
      await shot(page, `apparel-${width}-rules.png`);
      // The copied state: a keyword chip and a reply with their ticks.
      const rule = page.locator('#screen-keyword_rules .item').first();
      await rule.locator('button.copy').nth(1).click();
      await rule.locator('button.copy').last().click();
      await expect.poll(() => rule.locator('.field.copied').count()).toBe(2);
      await rule.scrollIntoViewIfNeeded();
      await shot(page, `apparel-${width}-copied.png`);
      await page.context().close();
    }
    const forced = await openPage(`${origin}/forced.html`, 390, origin);
    expect(await forced.locator('.note.forced').textContent()).toContain('强制导出');
    const firstRule = forced.locator('#screen-keyword_rules .item').first();
    expect(await firstRule.locator('li.error').count()).toBeGreaterThanOrEqual(2);
    await firstRule.scrollIntoViewIfNeeded();
    await shot(forced, 'forced-390.png');
    expect(consoleErrors).toEqual([]);
  });
});
