// `xhs-reply lint` as the built CLI runs in a merchant's terminal or a CI job. Needs
// `npm run build` first (npm install runs it through `prepare`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachableModules } from '../bench/fixtures/import-graph.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'commands', 'lint.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-lint-'));
  copyFileSync(join(root, 'test', 'fixtures', 'lint', 'planted.yaml'), join(dir, 'planted.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function xhs(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', XHS_REPLY_LANG: '', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('xhs-reply lint (built CLI)', () => {
  it('reports the planted problems in stylish form and exits 1', () => {
    const r = xhs(['lint', 'planted.yaml', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('planted.yaml');
    expect(r.stdout).toMatch(/28:17\s+错误\s+变量「\{\{refund_dayz\}\}」没有定义/);
    expect(r.stdout).toMatch(/18:5\s+警告\s+.*keyword-shadowed/);
    expect(r.stdout).toMatch(/✖ \d+ 个问题/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('a broken YAML file: one line with file:line:col, exit 2, no stack', () => {
    writeFileSync(join(dir, 'broken.yaml'), 'version: 1\nwelcome:\n  text: "未闭合的引号\n');
    const r = xhs(['lint', 'broken.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^xhs-reply: broken\.yaml:\d+:\d+: YAML/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('an invalid config (wrong type) points at the value', () => {
    writeFileSync(join(dir, 'wrong.yaml'), 'version: 1\nkeyword_rules:\n  - id: a\n    keywords: 发货\n    reply: 好的\n');
    const r = xhs(['lint', 'wrong.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xhs-reply: wrong\.yaml:4:\d+: /);
  });

  it('no config in the directory: exit 2 with a hint to run init', () => {
    const r = xhs(['lint', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xhs-reply init');
  });

  it('--format json is data on stdout with ESLint fields', () => {
    const r = xhs(['lint', 'planted.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount']));
    expect(result.messages[0]).toMatchObject({ ruleId: 'empty-text', line: 12 });
  });

  it('never reaches Ink or React', () => {
    const { files, packages } = reachableModules(cli, 'lint');
    expect(files.has(join(root, 'dist', 'commands', 'lint.js'))).toBe(true);
    for (const name of ['ink', 'react', '@inkjs/ui', 'ink-select-input', 'ink-text-input']) expect([...packages]).not.toContain(name);
  });
});
