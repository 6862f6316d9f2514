// Precompiles schemas/xhs-reply.schema.json with ajv's standalone mode, so loading a config
// never compiles the schema at runtime (ajv's compiler is slow to load and to run).
// Writes the ESM validator next to the config loader in dist/ (the published build) and in
// src/ (gitignored; vitest runs the TypeScript sources, see test/setup/generate-validator.ts).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPath = join(root, 'schemas', 'xhs-reply.schema.json');
export const targets = {
  dist: join(root, 'dist', 'config', 'generated', 'schema-validator.js'),
  src: join(root, 'src', 'config', 'generated', 'schema-validator.js'),
};

export function validatorSource() {
  const Ajv2020 = require('ajv/dist/2020').default;
  const standalone = require('ajv/dist/standalone').default;
  // verbose: errors carry their schema, which names the valid keys for "did you mean".
  // strict: true so a typo in the schema fails the build instead of silently validating less.
  const ajv = new Ajv2020({ code: { source: true, esm: true }, allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  let source = standalone(ajv, validate);
  // Some keywords (minLength, uniqueItems, formats) make ajv emit require("ajv/dist/runtime/…")
  // even in ESM mode; give the module a require of its own so it still loads as ESM.
  if (/\brequire\(/.test(source)) {
    source = source.replace(
      '"use strict";',
      '"use strict";import { createRequire as __createRequire } from "node:module";const require = __createRequire(import.meta.url);',
    );
  }
  return source;
}

/** Writes the validator to the given targets; returns the files written. */
export function generateValidator(which = Object.values(targets)) {
  if (!existsSync(schemaPath)) return [];
  const source = validatorSource();
  for (const file of which) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, source);
  }
  return which;
}

/** True when the file is missing or older than the schema or this generator. */
export function isStale(file) {
  if (!existsSync(file)) return true;
  const built = statSync(file).mtimeMs;
  return built < statSync(schemaPath).mtimeMs || built < statSync(fileURLToPath(import.meta.url)).mtimeMs;
}
