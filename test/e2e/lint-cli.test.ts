// `xhs-reply lint` as the built CLI runs in a merchant's terminal or a CI job. Needs
// `npm run build` first (npm install runs it through `prepare`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(r.stdout).toMatch(/18:16\s+警告\s+关键词「发货时间呢」永远不会触发.*keyword-shadowed/);
    expect(r.stdout).toMatch(/✖ \d+ 个问题/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('a keyword that can never fire is reported at its own line while the rule\'s other keyword still works', () => {
    // The case: a new rule 「能便宜吗」「砍价」 after the template's discount rule (便宜).
    const sub = join(dir, 'shadow');
    mkdirSync(sub);
    const init = spawnSync(process.execPath, [cli, 'init', '--template', 'general', '--copy'], { cwd: sub, encoding: 'utf8' });
    expect(init.status).toBe(0);
    const file = join(sub, 'xhs-reply.yaml');
    const text = readFileSync(file, 'utf8').replace(
      'product_cards:',
      '  - id: bargain\n    keywords: [能便宜吗, 砍价]\n    match: contains\n    reply: 下单时系统会自动用上可用的优惠券哦\nproduct_cards:',
    );
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('[能便宜吗, 砍价]')) + 1;
    const col = text.split('\n')[line - 1].indexOf('能便宜吗') + 1;
    const r = spawnSync(process.execPath, [cli, 'lint', '--no-color', '-f', 'json'], { cwd: sub, encoding: 'utf8' });
    const messages = (JSON.parse(r.stdout) as { messages: { line: number; column: number; ruleId: string; message: string }[] }[])[0].messages;
    const shadowed = messages.filter((m) => m.ruleId === 'keyword-shadowed');
    expect(shadowed).toHaveLength(1);
    expect(shadowed[0]).toMatchObject({ line, column: col });
    expect(shadowed[0].message).toContain('「能便宜吗」永远不会触发');
    expect(shadowed[0].message).toContain('「discount」');
    // The rule still answers 砍价, so it is not called dead as a whole.
    expect(shadowed[0].message).not.toContain('这条永远不会回复');
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
