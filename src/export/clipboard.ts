// Putting the sheet on the clipboard: the system clipboard via clipboardy where there is one;
// over SSH, in tmux or a headless box there is none, so a terminal gets the text through
// OSC 52 (the terminal emulator on the merchant's own machine sets its clipboard).
import type { Io } from '../io.js';

export type CopyOutcome = 'clipboard' | 'osc52' | 'none';

export interface CopyOptions {
  /** The system-clipboard writer; injectable for tests. Defaults to clipboardy. */
  readonly write?: (text: string) => Promise<void>;
  /** Give up on the system clipboard after this long (a missing X server can hang xsel). */
  readonly timeoutMs?: number;
}

async function clipboardyWrite(text: string): Promise<void> {
  const { default: clipboard } = await import('clipboardy');
  await clipboard.write(text);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('clipboard timeout')), ms);
    timer.unref?.();
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** The OSC 52 sequence that sets the clipboard; tmux and screen need it wrapped to pass through. */
export function osc52(text: string, env: Io['env']): string {
  const payload = `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
  if (env.TMUX) return `\x1bPtmux;${payload.replace(/\x1b/g, '\x1b\x1b')}\x1b\\`;
  if (env.TERM?.startsWith('screen')) return `\x1bP${payload}\x1b\\`;
  return payload;
}

/** True when there is no display to own a clipboard (Linux without X11 or Wayland). */
function headlessLinux(env: Io['env']): boolean {
  return process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

export async function copyToClipboard(text: string, io: Io, options: CopyOptions = {}): Promise<CopyOutcome> {
  const write = options.write ?? (headlessLinux(io.env) ? undefined : clipboardyWrite);
  if (write) {
    try {
      await withTimeout(write(text), options.timeoutMs ?? 5000);
      return 'clipboard';
    } catch {
      // fall through to OSC 52
    }
  }
  if (io.stdout.isTTY) {
    io.stdout.write(osc52(text, io.env));
    return 'osc52';
  }
  return 'none';
}
