// `npm run bench`: runs every test/bench/*.bench.mjs against the built dist/, one after another,
// so no two benchmarks share the two cores. Each prints its own figures; the lines they mark
// `summary:` — whole-process ratios (each command its own process, alternating runs, medians)
// beside the in-process ones — are repeated together at the end, with the machine's load while
// each ran (1-minute load average before → after): on a shared machine the figures mean little
// without it.
import { readdirSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, '..', '..', 'dist', 'cli.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const only = process.argv[2];
let failed = 0;
const summary = [];
for (const f of readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only && !f.includes(only)) continue;
  console.log(`\n## ${f}`);
  const loadBefore = loadavg()[0];
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', join(here, f)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let rest = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) if (line.startsWith('summary: ')) summary.push(`${f.replace('.bench.mjs', '')}: ${line.slice(9)}`);
    });
    child.on('close', (code) => {
      if (rest.startsWith('summary: ')) summary.push(`${f.replace('.bench.mjs', '')}: ${rest.slice(9)}`);
      resolve(code);
    });
  });
  if (code !== 0) failed++;
  const load = `${f.replace('.bench.mjs', '')}: machine load while it ran (1-min average): ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
  console.log(load);
  summary.push(load);
}
if (summary.length) console.log(`\n## summary\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
