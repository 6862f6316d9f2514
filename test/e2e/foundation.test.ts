// The built CLI's basics, as a merchant's terminal or a CI job sees them. Needs `npm run build`
// first (npm install runs it through `prepare`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-foundation-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with stdin closed (not a terminal), as in a pipe or CI; never waits for input. */
function xhs(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', XHS_REPLY_LANG: '', CI: '', ...env },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

describe('xhs-reply (built CLI) basics', () => {
  it('--version and -v print the package version', () => {
    for (const flag of ['--version', '-v']) {
      const r = xhs([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.stderr).toBe('');
    }
  });

  it('--help lists every command in Chinese, or English with --lang en', () => {
    const zh = xhs(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法：xhs-reply [命令] [选项]');
    for (const command of ['init', 'lint', 'check', 'test', 'coverage', 'export', 'import', 'share', 'templates']) {
      expect(zh.stdout).toMatch(new RegExp(`^  ${command}\\s`, 'm'));
    }
    const en = xhs(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: xhs-reply [command] [options]');
    expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]/);
    expect(xhs(['--help'], { XHS_REPLY_LANG: 'en' }).stdout).toContain('Usage:');
  });

  it('with no arguments and no terminal prints help and exits 0 without waiting', () => {
    const r = xhs([]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：xhs-reply');
    // First a line saying why the app did not open.
    expect(r.stdout.split('\n')[0]).toMatch(/^引导界面需要在终端里运行（(标准输入|标准输出)不是终端|CI 环境）/);
    // The spawn's 10 s timeout kills a CLI that waits for input; no signal means it never waited.
    expect(r.signal).toBeNull();
  });

  it('an unknown command is one line on stderr and exit 2', () => {
    const r = xhs(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('xhs-reply: 未知命令「frobnicate」，运行 xhs-reply --help 查看可用命令\n');
    const en = xhs(['frobnicate', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('xhs-reply: Unknown command "frobnicate"; run xhs-reply --help\n');
  });

  it('init writes a starter file and refuses to overwrite it (one line, exit 2)', () => {
    const first = xhs(['init', '--shop', '小美']);
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'xhs-reply.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=file:\/\/.*xhs-reply\.schema\.json\n/);
    const again = xhs(['init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('xhs-reply: xhs-reply.yaml: 文件已存在，不会覆盖；加 --force 覆盖（原文件会备份为 .bak），或用 -o 写到别的文件\n');
    const en = xhs(['init', '--lang', 'en']);
    expect(en.stderr).toBe('xhs-reply: xhs-reply.yaml: file exists and was not overwritten; add --force (the old file is backed up to .bak) or pick another with -o\n');
    expect(readdirSync(dir)).toEqual(['xhs-reply.yaml']);
    // The starter is lint-clean: a merchant's first lint is not a wall of warnings.
    const lint = xhs(['lint', '--format', 'json']);
    expect(lint.code).toBe(0);
    expect((JSON.parse(lint.stdout) as { messages: unknown[] }[])[0].messages).toEqual([]);
  });
});
