// SPEC §8 "No lost data" through the built CLI, from a seller's point of view: a full disk, a
// killed process, a signal, two saves at once, and an output that is the config itself never
// lose the config or report success over a truncated file.
// Needs `npm run build` first (npm install runs it through `prepare`).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
let dir: string;
let slow: string;
let n = 0;

const env = { ...process.env, NO_COLOR: '1', XHS_REPLY_LANG: '', XHS_REPLY_DEBUG: '' };

/** A config that lints clean (warnings only) and exports a sheet of about 180 KB. */
function bigConfig(rules = 400, extra = ''): string {
  let out = 'version: 1\nkeyword_rules:\n';
  for (let i = 0; i < rules; i++) {
    out += `  - id: r${i}\n    keywords: [问题${i}号]\n    reply: "第${i}号问题的回复，三天内发货哦，${'详细说明'.repeat(20)}${extra}"\n`;
  }
  return out;
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'commands', 'lint.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-no-lost-data-'));
  // A slow disk, injected: every write lands at most 4 KB and takes 15 ms, so a kill or a
  // signal arrives while the file is being written.
  slow = join(dir, 'slow-disk.mjs');
  writeFileSync(
    slow,
    `import { open } from 'node:fs/promises';
const h = await open(${JSON.stringify(join(dir, 'probe'))}, 'w');
const proto = Object.getPrototypeOf(h);
await h.close();
const real = proto.write;
proto.write = async function (buf, offset, length, position) {
  await new Promise((r) => setTimeout(r, 15));
  return real.call(this, buf, offset, Math.min(length, 4096), position);
};
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fresh(): string {
  const d = join(dir, `case${n++}`);
  mkdirSync(d);
  return d;
}

function run(cwd: string, args: string[], preload?: string) {
  const r = spawnSync(process.execPath, [...(preload ? ['--import', `file://${preload}`] : []), cli, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return r;
}

const debris = (d: string) => readdirSync(d).filter((f) => f.endsWith('.xhs-tmp') || f.endsWith('.xhs-lock'));

/** Starts the CLI on the slow disk and resolves once its temp file for `target` exists. */
async function startSlowWrite(cwd: string, args: string[], tag: RegExp) {
  const child = spawn(process.execPath, ['--import', `file://${slow}`, cli, ...args], { cwd, env, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  const deadline = Date.now() + 30_000;
  while (!readdirSync(cwd).some((f) => tag.test(f))) {
    if (Date.now() > deadline) throw new Error('the write never started');
    await new Promise((r) => setTimeout(r, 5));
  }
  // Let a good part of the file land first.
  await new Promise((r) => setTimeout(r, 150));
  return { child, exited };
}

describe('kill -9 and signals during a big write (built CLI)', () => {
  it('kill -9 mid-write: the old sheet is intact, and the next write sweeps the dead process’s temp file', async () => {
    const d = fresh();
    writeFileSync(join(d, 'xhs-reply.yaml'), bigConfig());
    writeFileSync(join(d, 'sheet.txt'), 'THE OLD SHEET\n');
    const { child, exited } = await startSlowWrite(d, ['export', '-o', 'sheet.txt'], /^\.sheet\.txt\.\d+\.w.*\.xhs-tmp$/);
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    expect(readFileSync(join(d, 'sheet.txt'), 'utf8')).toBe('THE OLD SHEET\n');
    // The backup finished before the write began, so it is whole.
    expect(readFileSync(join(d, 'sheet.txt.bak'), 'utf8')).toBe('THE OLD SHEET\n');
    // SIGKILL runs no code: what is left is named after the dead process, nothing else.
    for (const f of debris(d)) expect(f).toMatch(new RegExp(`(\\.${child.pid}\\.w[a-z0-9]+\\.xhs-tmp|\\.xhs-lock)$`));
    const again = run(d, ['export', '-o', 'sheet.txt']);
    expect(again.status, again.stderr).toBe(0);
    expect(debris(d)).toEqual([]);
    expect(readFileSync(join(d, 'sheet.txt'), 'utf8')).toMatch(/第399号问题的回复/);
    // The killed run's backup already holds exactly the old sheet, so nothing rotates.
    expect(readdirSync(d).sort()).toEqual(['sheet.txt', 'sheet.txt.bak', 'xhs-reply.yaml']);
    expect(readFileSync(join(d, 'sheet.txt.bak'), 'utf8')).toBe('THE OLD SHEET\n');
  }, 60_000);

  it('SIGTERM and SIGINT mid-write: the process dies of the signal, leaving the old file and no temp file', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const d = fresh();
      writeFileSync(join(d, 'xhs-reply.yaml'), bigConfig());
      writeFileSync(join(d, 'sheet.txt'), 'THE OLD SHEET\n');
      const { child, exited } = await startSlowWrite(d, ['export', '-o', 'sheet.txt'], /^\.sheet\.txt\.\d+\.w.*\.xhs-tmp$/);
      child.kill(signal);
      expect((await exited).signal).toBe(signal);
      expect(readFileSync(join(d, 'sheet.txt'), 'utf8')).toBe('THE OLD SHEET\n');
      expect(debris(d)).toEqual([]);
    }
  }, 60_000);
});

describe('two saves at once (built CLI)', () => {
  it('two export -o of the same file never lose the original from both the file and the backups', async () => {
    for (let round = 0; round < 5; round++) {
      const d = fresh();
      writeFileSync(join(d, 'xhs-reply.yaml'), bigConfig(200));
      writeFileSync(join(d, 'sheet.txt'), 'ORIGINAL\n');
      const both = [0, 1].map(
        () =>
          new Promise<number | null>((resolve) => {
            const c = spawn(process.execPath, [cli, 'export', '-o', 'sheet.txt'], { cwd: d, env, stdio: 'ignore' });
            c.on('exit', (code) => resolve(code));
          }),
      );
      expect(await Promise.all(both)).toEqual([0, 0]);
      expect(readFileSync(join(d, 'sheet.txt'), 'utf8')).toMatch(/第199号问题的回复/);
      const kept = ['sheet.txt.bak', 'sheet.txt.bak.1'].filter((f) => existsSync(join(d, f))).map((f) => readFileSync(join(d, f), 'utf8'));
      expect(kept).toContain('ORIGINAL\n');
      expect(debris(d)).toEqual([]);
    }
  }, 120_000);
});

describe('a full disk (a real small tmpfs)', () => {
  let mnt: string | undefined;
  let why = '';
  beforeAll(() => {
    const m = join(dir, 'tmpfs');
    mkdirSync(m);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=640k', 'tmpfs', m], { stdio: 'ignore' });
      mnt = m;
    } catch {
      why = 'mount -t tmpfs is not permitted here (needs root); the injected short-write cases in test/file-writer.test.ts cover the writer';
    }
  });
  afterAll(() => {
    if (mnt) spawnSync('umount', [mnt]);
  });

  it('lint --fix on a full disk fails (exit 2) and the config stays exactly as it was', (ctx) => {
    if (!mnt) ctx.skip(why);
    const d = join(mnt!, 'fix');
    mkdirSync(d);
    // About 140 KB with 400 fixable invisible characters; free space 1.5× that: the backup
    // fits, the fixed file does not.
    const text = bigConfig(400, '\u200b');
    writeFileSync(join(d, 'xhs-reply.yaml'), text);
    writeFileSync(join(mnt!, 'filler'), Buffer.alloc(640 * 1024 - Math.round(2.5 * Buffer.byteLength(text))));
    try {
      const r = run(d, ['lint', '--fix', 'xhs-reply.yaml']);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain('xhs-reply: xhs-reply.yaml: 磁盘空间不足，未写入（原文件保持不变）');
      expect(r.stderr).not.toContain('已自动修复');
      expect(readFileSync(join(d, 'xhs-reply.yaml'), 'utf8')).toBe(text);
      expect(debris(d)).toEqual([]);
    } finally {
      rmSync(d, { recursive: true });
      rmSync(join(mnt!, 'filler'));
    }
  });

  it('export -o on a full disk fails (exit 2), the old sheet stays, nothing half-written', (ctx) => {
    if (!mnt) ctx.skip(why);
    const d = join(mnt!, 'export');
    mkdirSync(d);
    writeFileSync(join(d, 'xhs-reply.yaml'), bigConfig());
    writeFileSync(join(d, 'sheet.html'), 'THE OLD SHEET\n');
    // Room for about 100 KB: the 180 KB sheet cannot fit.
    writeFileSync(join(mnt!, 'filler'), Buffer.alloc(640 * 1024 - Buffer.byteLength(bigConfig()) - 100 * 1024));
    try {
      const r = run(d, ['export', '--format', 'html', '-o', 'sheet.html']);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^xhs-reply: sheet\.html: 磁盘空间不足/m);
      expect(r.stderr).not.toContain('已导出到');
      expect(readFileSync(join(d, 'sheet.html'), 'utf8')).toBe('THE OLD SHEET\n');
      expect(debris(d)).toEqual([]);
    } finally {
      rmSync(d, { recursive: true });
      rmSync(join(mnt!, 'filler'));
    }
  });
});

describe('never the config it reads (built CLI)', () => {
  it('export -o of the config itself, or of a file it extends, leaves them as they were', () => {
    const d = fresh();
    mkdirSync(join(d, 'shared'));
    writeFileSync(join(d, 'shared', 'base.yaml'), 'version: 1\nvars:\n  ship_days: "3"\n');
    const config = `extends: [./shared/base.yaml]\n${bigConfig(5)}`;
    writeFileSync(join(d, 'xhs-reply.yaml'), config);
    for (const out of ['xhs-reply.yaml', './shared/../xhs-reply.yaml', 'shared/base.yaml']) {
      const r = run(d, ['export', '-o', out, '--force']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/输出文件就是要读取的输入文件/);
    }
    expect(readFileSync(join(d, 'xhs-reply.yaml'), 'utf8')).toBe(config);
    expect(readdirSync(d).sort()).toEqual(['shared', 'xhs-reply.yaml']);
  });

  it('share -o through a symlink to the config, with --force, leaves the config as it was', () => {
    const d = fresh();
    const config = bigConfig(5);
    writeFileSync(join(d, 'xhs-reply.yaml'), config);
    symlinkSync('xhs-reply.yaml', join(d, 'link.yaml'));
    const r = run(d, ['share', '-o', 'link.yaml', '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^xhs-reply: link\.yaml: 输出文件就是要读取的输入文件/);
    expect(readFileSync(join(d, 'xhs-reply.yaml'), 'utf8')).toBe(config);
    expect(lstatSync(join(d, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['link.yaml', 'xhs-reply.yaml']);
  });

  it('import -o of the sheet being imported is refused', () => {
    const d = fresh();
    writeFileSync(join(d, 'rules.csv'), '关键词,回复\n发货,三天内发货\n');
    const r = run(d, ['import', 'rules.csv', '-o', 'rules.csv', '--force']);
    expect(r.status).toBe(2);
    expect(readFileSync(join(d, 'rules.csv'), 'utf8')).toBe('关键词,回复\n发货,三天内发货\n');
  });

  it('export -o a FIFO exits 2 at once instead of hanging', () => {
    const d = fresh();
    writeFileSync(join(d, 'xhs-reply.yaml'), bigConfig(5));
    execFileSync('mkfifo', [join(d, 'pipe')]);
    const r = run(d, ['export', '-o', 'pipe']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('xhs-reply: pipe: 不是普通文件（设备、管道或套接字），不会写入或替换它；请换一个文件名\n');
    expect(lstatSync(join(d, 'pipe')).isFIFO()).toBe(true);
  });

  it('a missing subfolder under a read-only folder is a clear message, not an internal EACCES', (ctx) => {
    if (process.getuid?.() === 0) {
      // root ignores folder permissions; a folder on a read-only mount gives the same refusal.
      const ro = join(dir, 'ro');
      mkdirSync(ro);
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', ro], { stdio: 'ignore' });
      } catch {
        ctx.skip('as root folder permissions do not apply and a read-only mount is not permitted here');
      }
      try {
        const d = fresh();
        writeFileSync(join(d, 'xhs-reply.yaml'), bigConfig(5));
        const r = run(d, ['export', '-o', join(ro, 'sub', 'sheet.txt')]);
        expect(r.status).toBe(2);
        expect(r.stderr).toBe(`xhs-reply: ${join(ro, 'sub')}: 无法创建目录：上级目录没有写入权限\n`);
      } finally {
        spawnSync('umount', [ro]);
      }
      return;
    }
    const d = fresh();
    writeFileSync(join(d, 'xhs-reply.yaml'), bigConfig(5));
    mkdirSync(join(d, 'ro'), { mode: 0o555 });
    const r = run(d, ['export', '-o', 'ro/sub/sheet.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('xhs-reply: ro/sub: 无法创建目录：上级目录没有写入权限\n');
  });

  it('an unclosed CSV quote never swallows rows with exit 0: import exits 2 at the quote and writes nothing', () => {
    const d = fresh();
    const body = Array.from({ length: 1000 }, (_, i) => `问题${i},回复${i}`).join('\n');
    writeFileSync(join(d, 'rules.csv'), `关键词,回复\n发货,三天内发货\n运费,"满99包邮\n${body}\n`);
    const r = run(d, ['import', 'rules.csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('xhs-reply: rules.csv:3:4: 这里的英文双引号 " 没有闭合，后面 1000 行都会被并进这一格；请补上右引号，或去掉这个引号\n');
    expect(readdirSync(d)).toEqual(['rules.csv']);
    const lint = run(d, ['lint', 'rules.csv']);
    expect(lint.status).toBe(2);
  });
});
