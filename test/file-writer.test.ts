// The one writer (SPEC §8 "No lost data"): short writes are looped, a full disk never replaces
// a good file, backups rotate, non-regular targets and inputs are refused, two writers at once
// keep the original. The process-level cases (kill -9, signals, a real full tmpfs, two CLI
// processes) are in test/e2e/no-lost-data.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFileSafely, writeFileSafelySync } from '../src/files.js';
import { rejectionOf } from './helpers/user-error.js';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-writer-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** A fresh folder per case, so listings show exactly what one write left. */
function fresh(): string {
  const d = join(dir, `case${n++}`);
  mkdirSync(d);
  return d;
}

const errorOf = rejectionOf;

/** FileHandle.prototype, to inject what a real disk does (short writes, ENOSPC). */
async function fileHandleProto(): Promise<{ write: (...args: unknown[]) => Promise<{ bytesWritten: number; buffer: unknown }> }> {
  const h = await open(join(dir, 'probe'), 'w');
  const proto = Object.getPrototypeOf(h);
  await h.close();
  return proto;
}

const BIG = `version: 1\n${'# 原来的配置，一个字都不能少\n'.repeat(20_000)}`;

describe('writeFileSafely: every byte or nothing', () => {
  it('loops on short writes until everything is written', async () => {
    const d = fresh();
    const file = join(d, 'out.txt');
    const proto = await fileHandleProto();
    const real = proto.write;
    let calls = 0;
    // A disk that takes at most 1000 bytes per call (as a pipe, NFS or a nearly full disk may).
    vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, ...args: unknown[]) {
      calls++;
      const [buf, offset, length, position] = args as [Uint8Array, number, number, number];
      return real.call(this, buf, offset, Math.min(length, 1000), position);
    });
    await writeFileSafely(file, BIG);
    expect(readFileSync(file, 'utf8')).toBe(BIG);
    expect(calls).toBeGreaterThan(Buffer.byteLength(BIG) / 1000 - 1);
    expect(readdirSync(d)).toEqual(['out.txt']);
  });

  it('a write that stops making progress (full disk) fails and keeps the original and its backups', async () => {
    const d = fresh();
    const file = join(d, 'xhs-reply.yaml');
    writeFileSync(file, BIG);
    writeFileSync(`${file}.bak`, 'older\n');
    const proto = await fileHandleProto();
    const real = proto.write;
    let budget = 300_000;
    vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, ...args: unknown[]) {
      const [buf, offset, length, position] = args as [Uint8Array, number, number, number];
      const take = Math.min(length, budget);
      budget -= take;
      // What a full disk gives: first a short count, then nothing.
      if (take === 0) return Promise.resolve({ bytesWritten: 0, buffer: buf });
      return real.call(this, buf, offset, take, position);
    });
    const err = await errorOf(writeFileSafely(file, `${BIG}# 新的\n`));
    expect(err.format('zh')).toBe(`${file}: 磁盘空间不足，未写入（原文件保持不变）`);
    expect(readFileSync(file, 'utf8')).toBe(BIG);
    expect(readdirSync(d).sort()).toEqual(['xhs-reply.yaml', 'xhs-reply.yaml.bak']);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('older\n');
  });

  it('ENOSPC thrown by the write itself is the same clean failure', async () => {
    const d = fresh();
    const file = join(d, 'sheet.html');
    writeFileSync(file, 'good\n');
    const proto = await fileHandleProto();
    vi.spyOn(proto, 'write').mockRejectedValue(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    const err = await errorOf(writeFileSafely(file, 'new\n', { backup: false }));
    expect(err.text.en).toBe('no space left on device; nothing written (the old file is unchanged)');
    expect(readFileSync(file, 'utf8')).toBe('good\n');
    expect(readdirSync(d)).toEqual(['sheet.html']);
  });

  it('keeps the file mode of what it replaces', async () => {
    const d = fresh();
    const file = join(d, 'private.yaml');
    writeFileSync(file, 'a\n', { mode: 0o600 });
    await writeFileSafely(file, 'b\n');
    expect(lstatSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('backups rotate', () => {
  it('FILE.bak holds the last version, FILE.bak.1 the one before; saving the same twice keeps both', async () => {
    const d = fresh();
    const file = join(d, 'xhs-reply.yaml');
    writeFileSync(file, 'v1\n');
    expect(await writeFileSafely(file, 'v2\n')).toEqual({ backup: `${file}.bak` });
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v1\n');
    expect(existsSync(`${file}.bak.1`)).toBe(false);
    await writeFileSafely(file, 'v3\n');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v2\n');
    expect(readFileSync(`${file}.bak.1`, 'utf8')).toBe('v1\n');
    // Writing v3 again backs up v3; writing v3 once more finds v3 already in .bak and rotates nothing.
    await writeFileSafely(file, 'v3\n');
    await writeFileSafely(file, 'v3\n');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v3\n');
    expect(readFileSync(`${file}.bak.1`, 'utf8')).toBe('v2\n');
    expect(readdirSync(d).sort()).toEqual(['xhs-reply.yaml', 'xhs-reply.yaml.bak', 'xhs-reply.yaml.bak.1']);
  });

  it('writes through a symlink to its target, keeping the link and backing up beside the target', async () => {
    const d = fresh();
    mkdirSync(join(d, 'real'));
    writeFileSync(join(d, 'real', 'c.yaml'), 'old\n');
    symlinkSync(join('real', 'c.yaml'), join(d, 'link.yaml'));
    const result = await writeFileSafely(join(d, 'link.yaml'), 'new\n');
    expect(lstatSync(join(d, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'real', 'c.yaml'), 'utf8')).toBe('new\n');
    expect(result.backup).toBe(join(d, 'real', 'c.yaml.bak'));
    expect(readFileSync(join(d, 'real', 'c.yaml.bak'), 'utf8')).toBe('old\n');
  });
});

describe('refusals', () => {
  it('a FIFO is refused at once (no hang on the backup copy), and left as it was', async () => {
    const d = fresh();
    const fifo = join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const err = await errorOf(writeFileSafely(fifo, 'x'));
    expect(err.format('zh')).toBe(`${fifo}: 不是普通文件（设备、管道或套接字），不会写入或替换它；请换一个文件名`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(d)).toEqual(['pipe']);
  });

  it('a device node is refused and stays a device (the /dev/full case, on a private node)', async (ctx) => {
    const d = fresh();
    const dev = join(d, 'full');
    try {
      execFileSync('mknod', [dev, 'c', '1', '7'], { stdio: 'ignore' });
    } catch {
      ctx.skip('mknod is not permitted here (needs root); the FIFO case covers the same check');
    }
    const err = await errorOf(writeFileSafely(dev, 'x'));
    expect(err.text.en).toMatch(/^not a regular file/);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });

  it('refuses a target that is one of the inputs, directly, through a symlink or a hard link', async () => {
    const d = fresh();
    const config = join(d, 'xhs-reply.yaml');
    writeFileSync(config, 'version: 1\n');
    symlinkSync('xhs-reply.yaml', join(d, 'link.yaml'));
    execFileSync('ln', [config, join(d, 'hard.yaml')]);
    for (const target of [config, join(d, 'link.yaml'), join(d, 'hard.yaml')]) {
      const err = await errorOf(writeFileSafely(target, 'sheet', { inputs: [config] }));
      expect(err.text.zh).toMatch(/^输出文件就是要读取的输入文件/);
    }
    expect(readFileSync(config, 'utf8')).toBe('version: 1\n');
    expect(readdirSync(d).sort()).toEqual(['hard.yaml', 'link.yaml', 'xhs-reply.yaml']);
  });
});

describe('two writers at once', () => {
  it('serialise on the lock: the original survives in a backup generation every time', async () => {
    for (let round = 0; round < 15; round++) {
      const d = fresh();
      const file = join(d, 'xhs-reply.yaml');
      writeFileSync(file, 'ORIGINAL\n');
      await Promise.all([writeFileSafely(file, `A${'a'.repeat(200_000)}\n`), writeFileSafely(file, `B${'b'.repeat(200_000)}\n`)]);
      const now = readFileSync(file, 'utf8');
      expect(now.length).toBe(200_002);
      const kept = [readFileSync(`${file}.bak`, 'utf8'), readFileSync(`${file}.bak.1`, 'utf8')];
      expect(kept).toContain('ORIGINAL\n');
      expect(readdirSync(d).sort()).toEqual(['xhs-reply.yaml', 'xhs-reply.yaml.bak', 'xhs-reply.yaml.bak.1']);
    }
  });
});

describe('writeFileSafelySync (the crash draft)', () => {
  it('writes completely and leaves no temp file', () => {
    const d = fresh();
    const file = join(d, '.xhs-reply-draft.yaml');
    writeFileSafelySync(file, BIG);
    expect(readFileSync(file, 'utf8')).toBe(BIG);
    expect(readdirSync(d)).toEqual(['.xhs-reply-draft.yaml']);
  });
});
