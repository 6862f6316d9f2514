// The schema is compiled by the build, never when a config loads: the generated module must be
// plain ESM that Node loads as is, and nothing on the load path may pull in ajv's compiler.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { targets, validatorSource } from '../../scripts/generate-validator.mjs';

const dir = mkdtempSync(join(tmpdir(), 'xhs-reply-validator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompiled schema validator', () => {
  it('is an ES module that Node imports and that validates', async () => {
    const file = join(dir, 'schema-validator.mjs');
    writeFileSync(file, validatorSource());
    const mod = (await import(pathToFileURL(file).href)) as { default: ((data: unknown) => boolean) & { errors?: unknown[] } };
    expect(mod.default({ version: 1, keyword_rules: [{ id: 'a', keywords: ['发货时间'], reply: '三天' }] })).toBe(true);
    expect(mod.default({ version: 1, extra: true })).toBe(false);
    expect(mod.default.errors).toHaveLength(1);
  });

  it('needs no ajv at runtime (or gets a require of its own in ESM)', () => {
    const source = validatorSource();
    expect(source).not.toMatch(/from\s*["']ajv/);
    if (/\brequire\(/.test(source)) expect(source).toContain('createRequire(import.meta.url)');
  });

  it('the generated test copy is current', () => {
    expect(readFileSync(targets.src, 'utf8')).toBe(validatorSource());
  });

  it('no config module imports ajv or compiles a schema', () => {
    const configDir = new URL('../../src/config/', import.meta.url);
    for (const name of readdirSync(configDir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(new URL(name, configDir), 'utf8');
      expect(text, name).not.toMatch(/^import (?!type)[^;]*from 'ajv/m);
      expect(text, name).not.toMatch(/\.compile\(/);
    }
  });
});
