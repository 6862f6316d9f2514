// Makes dist/check-main.cache, V8's code cache of the check bundle (see src/cli.ts): the built CLI
// checks a few texts and, told so by XHS_REPLY_WRITE_CODE_CACHE, writes the cache as it exits —
// with every function that run compiled, under the same V8 flags a later run compiles with. The
// texts are a plain one and some with findings, like the runs people make.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBES } from './gen-scan-gates.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheFile = join(root, 'dist', 'check-main.cache');

export function makeCheckCodeCache() {
  const partial = `${cacheFile}.${process.pid}.tmp`;
  rmSync(cacheFile, { force: true });
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--', ...PROBES], {
    env: { ...process.env, XHS_REPLY_WRITE_CODE_CACHE: partial, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  // Exit 1: the probes have findings.
  if (r.status !== 1) throw new Error(`check-code-cache: the built CLI failed (exit ${r.status}): ${r.stderr}`);
  renameSync(partial, cacheFile);
}
