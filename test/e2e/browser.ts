// The Chromium the browser tests drive. The system's when there is one (Debian's chromium, which
// .ci/run installs), otherwise the headless Chromium that comes from npm as a devDependency
// (@sparticuz/chromium: a brotli-packed build that unpacks itself on first use and needs no apt),
// so `npm install && npm test` is all a fresh machine needs. XHS_REPLY_CHROMIUM=PATH picks a
// binary; XHS_REPLY_CHROMIUM=npm picks the npm one even where a system Chromium exists.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export interface ChromiumBinary {
  readonly path: string;
  /** Where it came from, for the one line the test prints. */
  readonly source: string;
}

export async function findChromium(): Promise<ChromiumBinary> {
  const wanted = process.env.XHS_REPLY_CHROMIUM;
  if (wanted === 'npm') return npmChromium();
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`XHS_REPLY_CHROMIUM=${wanted}: no such file`);
    return { path: wanted, source: `XHS_REPLY_CHROMIUM (${wanted})` };
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { path: system, source: `the system Chromium (${system})` };
  return npmChromium();
}

async function npmChromium(): Promise<ChromiumBinary> {
  const require = createRequire(import.meta.url);
  // Its "exports" hide package.json; the entry point sits inside the package folder.
  const entry = require.resolve('@sparticuz/chromium');
  const pkgFile = join(entry.slice(0, entry.lastIndexOf(join('@sparticuz', 'chromium')) + '@sparticuz/chromium'.length), 'package.json');
  const { version } = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // It unpacks into os.tmpdir()/chromium and reuses whatever binary it finds there; a folder of
  // our own per version keeps another project's (or an older) build from being picked up.
  const home = join(tmpdir(), `xhs-reply-chromium-${version}`);
  mkdirSync(home, { recursive: true });
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = home;
  try {
    return { path: await sparticuz.executablePath(), source: `Chromium from npm (@sparticuz/chromium ${version})` };
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

/**
 * Whether the browser draws Chinese with a real font. Without one every Han character becomes
 * the same empty box, so two different characters render identically.
 */
export async function rendersChinese(page: Page): Promise<boolean> {
  return (await page.evaluate(`(() => {
    const draw = (ch) => {
      const c = document.createElement('canvas');
      c.width = 48; c.height = 48;
      const g = c.getContext('2d');
      g.font = '32px sans-serif';
      g.fillText(ch, 4, 36);
      return c.toDataURL();
    };
    return draw('你') !== draw('好');
  })()`)) as boolean;
}
