// The built dist/ works on its own: copied or vendored without the package.json that sits beside it
// in the repo, `check` (every format) and --version still run. The version is baked in at build
// (scripts/gen-version.mjs); reading ../package.json at run time made `check --format sarif` and
// --version exit 2 on ENOENT in such a copy. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
let dir: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-dist-copy-'));
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copied(args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', XHS_REPLY_LANG: '' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a copy of dist/ without package.json', () => {
  it('has no package.json beside it', () => {
    expect(existsSync(join(dir, 'package.json'))).toBe(false);
  });

  it('check --format sarif names the tool with the built version', () => {
    const r = copied(['check', '--format', 'sarif', '这双鞋是全网最低价']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'xhs-reply', version });
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('absolute-claim');
  });

  it('--version prints the built version', () => {
    expect(copied(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
