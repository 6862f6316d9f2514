// `npm run bench`: runs every test/bench/*.bench.mjs against the built dist/, one after another,
// so no two benchmarks share the two cores. Each prints its own ratios.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, '..', '..', 'dist', 'cli.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const only = process.argv[2];
let failed = 0;
for (const f of readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only && !f.includes(only)) continue;
  console.log(`\n## ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
