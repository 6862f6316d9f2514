// renderWithProviders: the app (or one component) rendered to a string at 80×24 with the
// theme and width context the app provides, plus helpers to type keys and wait for frames.
import React from 'react';
import { render } from 'ink-testing-library';
import { mkdtempSync, writeFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type AppProps } from '../../src/tui/app.js';
import { UiContext } from '../../src/tui/hooks/use-ui.js';
import { plainTheme } from '../../src/tui/theme.js';

export const KEY = {
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  up: '\u001b[A',
  down: '\u001b[B',
  left: '\u001b[D',
  right: '\u001b[C',
  backspace: '\u007f',
  ctrl: (letter: string) => String.fromCharCode(letter.toUpperCase().charCodeAt(0) - 64),
} as const;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'xhs-tui-'));
}

export function renderWithProviders(node: React.ReactElement, width = 80) {
  return render(<UiContext.Provider value={{ theme: plainTheme, width, height: 23 }}>{node}</UiContext.Provider>);
}

export function renderApp(props: Partial<AppProps> & { cwd: string }) {
  const quit: (string | null)[] = [];
  const r = render(<App width={80} height={23} theme={plainTheme} draft={null} onQuit={(m) => quit.push(m)} {...props} />);
  return { ...r, quit };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the last frame satisfies `test` (frames update asynchronously after input). */
export async function waitFor(lastFrame: () => string | undefined, test: (frame: string) => boolean, timeout = 4000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const frame = lastFrame() ?? '';
    if (test(frame)) return frame;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting; last frame:\n${frame}`);
    await sleep(10);
  }
}

export async function waitForText(lastFrame: () => string | undefined, text: string, timeout?: number): Promise<string> {
  return waitFor(lastFrame, (f) => f.includes(text), timeout);
}

/** Writes keys one at a time, letting Ink process each (as a terminal delivers them). */
export async function press(stdin: { write(data: string): void }, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    stdin.write(k);
    await sleep(15);
  }
}

/** A small hand-edited config: comments and key order must survive a save from the app. */
export const FIXTURE = `# 小美的衣橱（手写的注释，保存后要还在）
version: 1
shop:
  name: 小美的衣橱
  category: apparel
vars:
  ship_days: 3 # 现货几天内发货
  return_days: 7
  courier: 中通快递 # 默认合作的快递
welcome:
  text: 亲，欢迎光临{{shop.name}}～有问题请直接留言，人工客服看到后会尽快回复您。
  quick_questions: [什么时候发货, 可以退换吗]
keyword_rules:
  - id: shipping-time # 发货时间
    keywords: [什么时候发货, 几天发货]
    match: contains
    reply: 本店现货商品下单，预计{{ship_days}}天内发货
  - id: returns
    keywords: [可以退换吗, 怎么退货]
    match: contains
    reply: 支持签收后{{return_days}}天无理由退换，在订单页申请售后就可以
  - id: size
    keywords: [尺码怎么选, 穿什么码]
    match: exact
    reply: 详情页有尺码表，把身高体重发给我们，人工客服帮您推荐
product_cards:
  - id: dress
    product_id: "65f0c0ffee"
    name: 春季碎花连衣裙
    keywords: [碎花裙]
    reply: 这款是本店的碎花裙，S到XL都有现货～
`;

/** Renders the app in a fresh folder holding `text` as xhs-reply.yaml and opens it. */
export async function openApp(text = FIXTURE) {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'xhs-reply.yaml'), text);
  const app = renderApp({ cwd });
  // With xhs-reply.yaml in the folder the start screen has 打开 selected.
  await waitForText(app.lastFrame, '› 打开 xhs-reply.yaml');
  await press(app.stdin, KEY.enter);
  await waitForText(app.lastFrame, '店铺名');
  return { ...app, cwd };
}

/** Every line of a frame fits the 80-column terminal. */
export function widestLine(frame: string): number {
  return Math.max(0, ...frame.split('\n').map((l) => stringWidth(l)));
}
