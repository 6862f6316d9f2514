// Issue 14 caps through the built CLI: 200 MB on stdin ends with a clear one-line error (exit 2),
// not a V8 heap crash, for every command that reads stdin (16 MB, the file cap, where stdin
// stands in for a file; 64 MB for check, whose 50,000-reply benchmark is 17 MB); --top -5 is
// said in Chinese.
// Needs `npm run build` first (npm install runs it through `prepare`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
let dir: string;
const env = { ...process.env, NO_COLOR: '1', XHS_REPLY_LANG: '', XHS_REPLY_DEBUG: '' };

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'commands', 'lint.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-caps-'));
  writeFileSync(join(dir, 'xhs-reply.yaml'), 'version: 1\nkeyword_rules:\n  - id: ship\n    keywords: [发货]\n    reply: 三天内发货\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pipes up to `mb` MB of question lines into the CLI, as fast as it reads, until it exits. */
function pipeMegabytes(args: string[], mb: number): Promise<{ code: number | null; stderr: string; sent: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir, env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const chunk = Buffer.from('什么时候发货呀亲\n'.repeat(Math.floor((1024 * 1024) / 25)));
    let sent = 0;
    let done = false;
    child.stdin.on('error', () => undefined); // EPIPE once the CLI stops reading: expected
    const pump = () => {
      while (!done && sent < mb * 1024 * 1024) {
        sent += chunk.length;
        if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
      }
      if (!done) child.stdin.end();
    };
    child.on('exit', (code) => {
      done = true;
      resolve({ code, stderr, sent });
    });
    pump();
  });
}

describe('stdin is capped at 16 MB like files', () => {
  it('200 MB to coverage - ends with a clear error, not a heap crash', async () => {
    const r = await pipeMegabytes(['coverage', '-'], 200);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('xhs-reply: <stdin>: 标准输入太大（超过 16 MB 上限），请确认传入的是对的内容，或分批处理\n');
    // It stopped reading near the cap instead of swallowing everything.
    expect(r.sent).toBeLessThan(100 * 1024 * 1024);
  }, 120_000);

  it('test and import (stdin standing in for a file) refuse 40 MB the same way', async () => {
    for (const args of [['test'], ['import', '-', '-o', '-']]) {
      const r = await pipeMegabytes(args, 40);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^xhs-reply: <stdin>: 标准输入太大（超过 16 MB 上限）/);
      expect(r.stderr).not.toMatch(/heap|内部错误|Cannot create a string/);
    }
  }, 120_000);

  it('check (50,000 replies are 17 MB) allows 64 MB, and refuses past that the same way', async () => {
    const r = await pipeMegabytes(['check'], 100);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('xhs-reply: <stdin>: 标准输入太大（超过 64 MB 上限），请确认传入的是对的内容，或分批处理\n');
  }, 120_000);
});

describe('argument messages in Chinese mode', () => {
  it('--top -5 explains the dash in Chinese instead of parseArgs English', () => {
    const r = spawnSync(process.execPath, [cli, 'coverage', 'q.txt', '--top', '-5'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'xhs-reply: 参数错误：--top 的值以「-」开头，会被当成另一个选项；要传负数或以「-」开头的值，请写成 --top=值（例如 --top=-5）\n',
    );
    const eq = spawnSync(process.execPath, [cli, 'coverage', 'q.txt', '--top=-5'], { cwd: dir, env, encoding: 'utf8' });
    expect(eq.stderr).toBe('xhs-reply: --top 需要一个非负整数，收到「-5」\n');
  });
});
