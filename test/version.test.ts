// The version the CLI reports is baked from package.json at build (scripts/gen-version.mjs) instead
// of read from ../package.json at run time; the committed module must follow package.json, or the
// CLI and SARIF logs would name an old version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageVersion, versionFile, versionSource } from '../scripts/gen-version.mjs';
import { format as sarif } from '../src/lint/formatters/sarif.js';
import { version } from '../src/main.js';

describe('version module', () => {
  it('src/version.gen.ts is current (npm run build regenerates it)', () => {
    expect(readFileSync(versionFile, 'utf8')).toBe(versionSource(packageVersion()));
  });

  it('--version and the SARIF driver report package.json’s version', () => {
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(version()).toBe(packageVersion());
    const log = JSON.parse(sarif([], { color: false, lang: 'en' }));
    expect(log.runs[0].tool.driver.version).toBe(packageVersion());
  });
});
