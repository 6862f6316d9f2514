// SPEC §8: `xhs-reply check 你好` starts within 2× the time of `node -e 0`, measured in the same
// run. The two commands alternate so drift in machine load hits both alike; medians, not means,
// so one scheduling hiccup does not decide the figure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { packageOf } from './fixtures/import-graph.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const RUNS = Number(process.env.STARTUP_RUNS ?? 21);
const BAR = 2;

function time(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    process.exit(2);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Warm the file cache for both before measuring.
time(['-e', '0']);
time([cli, 'check', '你好']);

const bare = [];
const check = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(time(['-e', '0']));
  check.push(time([cli, 'check', '你好']));
}
const mBare = median(bare);
const mCheck = median(check);
const ratio = mCheck / mBare;

// What `check 你好` actually loads, recorded by a module-resolution hook, to explain the figure.
const dir = mkdtempSync(join(tmpdir(), 'xhs-startup-'));
const log = join(dir, 'resolved.log');
writeFileSync(
  join(dir, 'hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }`,
);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'; register('./hooks.mjs', import.meta.url);`);
spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, cli, 'check', '你好'], { stdio: 'ignore' });
const loaded = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))].filter((u) => u.startsWith('file:'));
rmSync(dir, { recursive: true, force: true });
const ours = loaded.filter((u) => !u.includes('/node_modules/')).length;
const packages = [...new Set(loaded.map((u) => packageOf(fileURLToPath(u))).filter(Boolean))].sort();
const modulesLine = `modules check 你好 loads (ESM): ${loaded.length} — ${ours} of ours, packages: ${packages.join(', ') || 'none'}`;
console.log(`runs: ${RUNS} each, alternating`);
console.log(`node -e 0                     median ${mBare.toFixed(1)} ms  (min ${Math.min(...bare).toFixed(1)})`);
console.log(`node dist/cli.js check 你好   median ${mCheck.toFixed(1)} ms  (min ${Math.min(...check).toFixed(1)})`);
console.log(`ratio check / node: ${ratio.toFixed(2)}×  (bar ≤ ${BAR}×) ${ratio <= BAR ? 'OK' : 'OVER'}`);
console.log(modulesLine);
process.exit(ratio <= BAR ? 0 : 1);
