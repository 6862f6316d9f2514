// The built app in a real terminal (tmux, or script(1) + xterm.js where tmux is missing; see
// terminal.ts) at 80×24 drives `node dist/cli.js` as a merchant
// would — new from a template, a keyword reply with 加我微信 typed in, the finding, the fix,
// a txt export — then Ctrl-C and a second start that offers the draft. Waits for screen
// content (polling capture-pane), never for fixed times alone.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { openTerminal, type TestTerminal } from './terminal.js';

const cli = resolve(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const appCommand = `env -u CI NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}`;
let term: TestTerminal;

function screen(): string {
  return term.screen();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(test: (s: string) => boolean, what: string, timeout = 30_000): Promise<string> {
  const start = Date.now();
  let last = '';
  while (Date.now() - start < timeout) {
    last = screen();
    if (test(last)) return last;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
}

const waitForText = (text: string, timeout?: number) => waitFor((s) => s.includes(text), `"${text}"`, timeout);

/** Named keys, each arriving as its own keypress (see terminal.ts). */
function keys(...names: string[]): void {
  term.keys(...names);
}

function type(text: string): void {
  term.type(text);
}

function fitsTerminal(s: string): void {
  const lines = s.replace(/\n$/, '').split('\n');
  expect(lines.length).toBeLessThanOrEqual(24);
  for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
}

let dir = '';

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-tmux-'));
  term = openTerminal({ cwd: dir, command: appCommand, cols: 80, rows: 24 });
});

afterAll(() => {
  term?.close();
});

describe('guided app in a real terminal at 80×24 (tmux, or script(1) + xterm.js)', () => {
  it('goes from a template through a fixed keyword reply to an exported txt, then offers the draft', async () => {
    let s = await waitForText('从模板新建');
    fitsTerminal(s);
    keys('Enter');
    s = await waitForText('选一个和店铺类目最接近的模板');
    const names = s.split('\n').filter((l) => /^[› ] [a-z]+ /.test(l)).map((l) => l.slice(2).split(' ')[0]);
    expect(names).toContain('general');
    for (let i = 0; i < names.indexOf('general'); i++) keys('Down');
    await waitFor((x) => x.includes('› general'), 'general selected');
    keys('Enter');
    s = await waitForText('店铺名');
    fitsTerminal(s);
    expect(s).toContain('发货天数');

    keys('C-n');
    await waitForText('快捷问题 1');
    keys('C-n');
    s = await waitForText('条：买家消息含关键词时自动回复');
    fitsTerminal(s);
    keys('Enter');
    await waitForText('编辑关键词回复 #1');
    keys('Tab', 'Tab');
    await waitForText('› 回复内容');
    keys('C-e');
    type('加我微信qz2046');
    s = await waitForText('疑似站外联系方式');
    fitsTerminal(s);
    expect(s).toContain('Ctrl-F 改为「');
    // The offsite contact, and the template's sample product card (a placeholder, SPEC §7).
    expect(s).toMatch(/✖ 2 错误/);
    const suggestion = /Ctrl-F 改为「([^」]+)」/.exec(s)?.[1] ?? '';
    expect(suggestion).not.toBe('');
    keys('C-f');
    s = await waitForText('已采用建议改写');
    expect(s).not.toContain('微信qz2046');
    expect(s).toMatch(/✖ 1 错误/);

    keys('Escape');
    await waitForText('条：买家消息含关键词时自动回复');
    keys('C-n');
    await waitForText('商品卡片 1/');
    // The sample card becomes the shop's own: its product ID typed in.
    keys('Enter');
    await waitForText('编辑商品卡片 #1');
    type('65f0c0ffee');
    await waitFor((x) => /✖ 0 错误/.test(x), 'no errors left');
    keys('Escape');
    await waitForText('商品卡片 1/');
    keys('C-n');
    await waitForText('跟单助手');
    keys('C-n');
    await waitForText('买家问');
    keys('C-n');
    await waitForText('检查通过', 10_000).catch(() => waitForText('个警告'));
    keys('C-n');
    s = await waitForText('导出 xhs-reply-sheet.txt');
    fitsTerminal(s);
    keys('Enter');
    s = await waitForText('已写入');
    fitsTerminal(s);
    const sheet = readFileSync(join(dir, 'xhs-reply-sheet.txt'), 'utf8');
    expect(sheet).not.toContain('微信qz2046');
    expect(sheet).toContain(suggestion.slice(0, 8));
    expect(sheet).not.toContain('{{ship_days}}');

    keys('C-c');
    s = await waitForText('未保存的改动已存为草稿');
    expect(existsSync(join(dir, '.xhs-reply-draft.yaml'))).toBe(true);

    term.restart();
    s = await waitForText('恢复上次未保存的草稿');
    fitsTerminal(s);
    keys('Enter');
    s = await waitForText('已恢复');
    expect(s).toContain('9导出');
  }, 150_000);
});
