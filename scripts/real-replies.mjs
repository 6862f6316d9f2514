#!/usr/bin/env node
// Repeatable measurement on real shop-staff replies (issue 10): runs the BUILT CLI
// (`node dist/cli.js check --format json`) on reply files, one reply a line, and prints how many
// replies each content rule flagged, then every finding with the span that drove it, so each can
// be read and judged by hand. The reply corpora themselves (public JDDC / Taobao ECD research
// sets) are not in the repo: pass their extracted staff replies as files.
//   node scripts/real-replies.mjs FILE… [--quiet]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const files = args.filter((a) => a !== '--quiet');
if (!files.length) {
  console.error('usage: node scripts/real-replies.mjs FILE… [--quiet]');
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build first');
  process.exit(2);
}

const perRule = new Map();
let total = 0;
let flagged = 0;
const findings = [];
for (const file of files) {
  // Blank lines are not replies; the CLI reads one text a line, so line breaks cannot occur.
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json'], { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${file}: check exited ${r.status}: ${r.stderr.trim()}`);
    process.exit(2);
  }
  const answers = JSON.parse(r.stdout);
  if (answers.length !== lines.length) {
    console.error(`${file}: check answered ${answers.length} of ${lines.length} replies`);
    process.exit(2);
  }
  total += answers.length;
  answers.forEach((a, i) => {
    if (!a.messages.length) return;
    flagged++;
    const rules = new Set();
    for (const m of a.messages) {
      rules.add(m.ruleId);
      const span = typeof m.start === 'number' ? a.text.slice(m.start, m.end) : '';
      findings.push(`${basename(file)}:${i + 1}\t${m.ruleId}\t「${span}」\t${a.text}`);
    }
    for (const id of rules) perRule.set(id, (perRule.get(id) ?? 0) + 1);
  });
}

console.log(`${total} replies, ${flagged} flagged`);
for (const [id, n] of [...perRule].sort((x, y) => y[1] - x[1])) console.log(`  ${id.padEnd(20)}${n}`);
if (!quiet && findings.length) console.log(['', ...findings].join('\n'));
