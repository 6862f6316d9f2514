// renderWithProviders: the app (or one component) rendered to a string at 80×24 with the
// theme and width context the app provides, plus helpers to type keys and wait for frames.
import React from 'react';
import { render } from 'ink-testing-library';
import { mkdtempSync } from 'node:fs';
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
