// The package version, baked at build into src/version.gen.ts. The built CLI reports it (--version,
// SARIF's tool.driver.version) without reading ../package.json at run time, so a dist/ copied or
// vendored without the package.json beside it still works instead of exiting 2 on ENOENT.
// usage: node scripts/gen-version.mjs (npm run build runs it before tsc)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const versionFile = join(root, 'src', 'version.gen.ts');

/** The package.json version the build bakes in. */
export function packageVersion() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

export function versionSource(version) {
  return [
    '// Generated from package.json by scripts/gen-version.mjs (npm run build); do not edit.',
    '/** The package version, fixed at build so the CLI never reads package.json at run time. */',
    `export const version = ${JSON.stringify(version)};`,
    '',
  ].join('\n');
}

/** Writes src/version.gen.ts when package.json's version changed; returns whether it did. */
export function genVersion() {
  const src = versionSource(packageVersion());
  let old = '';
  try {
    old = readFileSync(versionFile, 'utf8');
  } catch {}
  if (old === src) return false;
  writeFileSync(versionFile, src);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(genVersion() ? 'version module written' : 'version module up to date');
}
