// Build: compile the rule lexicons (YAML) to TypeScript, compile TypeScript to dist/, then precompile the config schema with ajv's
// standalone mode so loading a config never compiles the schema at startup, bake the second opinion's lookup tables and the
// rule patterns' pair gates, and bundle the
// `check` path into one module (scripts/bundle-check.mjs) so it starts about as fast as node.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bakeModelTables } from './bake-model-tables.mjs';
import { bundleCheck } from './bundle-check.mjs';
import { makeCheckCodeCache } from './check-code-cache.mjs';
import { compileLexicons } from './compile-lexicons.mjs';
import { generateValidator } from './generate-validator.mjs';
import { genScanGates } from './gen-scan-gates.mjs';
import { genTerms } from './gen-terms.mjs';
import { genVersion } from './gen-version.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
// Lexicons (word lists as data) become TypeScript modules before tsc sees the rules.
compileLexicons();
// Names and terms that hold a list word in another sense (src/lint/lexicon/names/terms.yaml).
genTerms();
// The package version as a module, so the built CLI never reads ../package.json (src/version.gen.ts).
genVersion();
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });

// Data files that modules read lazily at run time (tsc copies only what is imported).
if (result.status === 0) copyFileSync(join(root, 'src', 'lint', 'words-table.json'), join(root, 'dist', 'lint', 'words-table.json'));
if (result.status === 0) copyFileSync(join(root, 'src', 'lint', 'second-opinion', 'model.bin'), join(root, 'dist', 'lint', 'second-opinion', 'model.bin'));
generateValidator();
// The second opinion's lookup tables, from that model.bin (src/lint/second-opinion/model.ts).
if (result.status === 0) await bakeModelTables();
// The pair gates of the rules' patterns, from the compiled rules (src/lint/scan-gates.ts).
if (result.status === 0) await genScanGates();
if (result.status === 0) await bundleCheck();
// V8's code cache of that bundle, from a run of the built CLI (src/cli.ts).
if (result.status === 0) makeCheckCodeCache();
const cli = join(root, 'dist', 'cli.js');
if (existsSync(cli)) chmodSync(cli, 0o755);
process.exit(result.status ?? 1);
