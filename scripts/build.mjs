// Build: compile TypeScript to dist/, then precompile the config schema with ajv's
// standalone mode so loading a config never compiles the schema at startup.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });

const schemaPath = join(root, 'schemas', 'xhs-reply.schema.json');
if (existsSync(schemaPath)) {
  const Ajv2020 = require('ajv/dist/2020').default;
  const standalone = require('ajv/dist/standalone').default;
  const ajv = new Ajv2020({ code: { source: true, esm: true }, allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  mkdirSync(join(root, 'dist', 'config'), { recursive: true });
  writeFileSync(join(root, 'dist', 'config', 'schema-validator.js'), standalone(ajv, validate));
}
const cli = join(root, 'dist', 'cli.js');
if (existsSync(cli)) chmodSync(cli, 0o755);
process.exit(result.status ?? 1);
