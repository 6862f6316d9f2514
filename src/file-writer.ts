// The one writer for every file the tool writes (config saves, lint --fix, export -o, import,
// share, init, the app's save, drafts). write-file-atomic did a single fs.write and renamed
// whatever landed, so a full disk turned a good config into a truncated one reported as saved.
// Here: temp file beside the target → write until every byte is down → fsync → check the size
// → rename. The backup is made the same way (copy to a temp, then rename) and rotates
// (FILE.bak → FILE.bak.1) so one more save never destroys the only copy of the original.
// A lock file serialises two writers of the same target, and a compare-before-replace refuses
// to rename over a file another program changed while we wrote.
import { closeSync, constants, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Stats } from 'node:fs';
import { UserError } from './errors.js';

export interface WriteResult {
  /** Where the previous content went, if there was a file to replace. */
  readonly backup?: string;
}

export interface WriteOptions {
  /** Files the command read (config, every extends file, the sheet): the target may be none of them. */
  readonly inputs?: readonly string[];
  /** Keep the replaced content as FILE.bak (default true; drafts and backups themselves say false). */
  readonly backup?: boolean;
  /** How long to wait for another writer of the same file before giving up (ms). */
  readonly lockTimeoutMs?: number;
  /** How to name the file in messages (default: the path as given). */
  readonly displayName?: string;
}

/** The newest backup of `path`; the one before it is `FILE.bak.1`. */
export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

/** The older backup generation, kept so a second save cannot overwrite the only original. */
export function olderBackupPathOf(path: string): string {
  return `${path}.bak.1`;
}

const CHUNK = 1 << 20;
const TEMP_SUFFIX = '.xhs-tmp';
const LOCK_SUFFIX = '.xhs-lock';

// ---------------------------------------------------------------------------------------------
// Temp files and locks this process owns: removed on failure, on SIGINT/SIGTERM/SIGHUP and on
// exit. A SIGKILL runs no code at all, so every temp name carries the pid and the next write in
// that folder sweeps the ones whose process is gone.

const owned = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

function removeOwnedSync(): void {
  for (const p of owned) {
    try {
      unlinkSync(p);
    } catch {
      // Already renamed into place or removed.
    }
  }
  owned.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeOwnedSync();
  uninstall();
  // Die of the same signal as we would have without a handler (exit status 128+n for the shell).
  process.kill(process.pid, signal);
}

function onExit(): void {
  removeOwnedSync();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', onExit);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', onExit);
}

function own(p: string): void {
  owned.add(p);
  install();
}

function disown(p: string): void {
  owned.delete(p);
  if (owned.size === 0) uninstall();
}

async function removeQuietly(p: string): Promise<void> {
  try {
    await unlink(p);
  } catch {
    // Nothing to remove.
  }
  disown(p);
}

function tempName(target: string, tag: string): string {
  const rand = Math.random().toString(36).slice(2, 10);
  return join(dirname(target), `.${basename(target)}.${process.pid}.${tag}${rand}${TEMP_SUFFIX}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files left in `dir` by writers that were killed (their pid is gone). */
async function sweepDebris(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(TEMP_SUFFIX)) continue;
    const m = /\.(\d+)\.[a-z0-9]+\.xhs-tmp$/.exec(name);
    if (!m || isAlive(Number(m[1]))) continue;
    await unlink(join(dir, name)).catch(() => undefined);
  }
}

/** Synchronous sweep for the draft writer. */
function sweepDebrisSync(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /\.(\d+)\.[a-z0-9]+\.xhs-tmp$/.exec(name);
    if (!m || isAlive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Someone else swept it.
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Errors

export function writeError(err: unknown, path: string): UserError {
  if (err instanceof UserError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  const pos = { file: path };
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UserError({ zh: '目录不存在，无法写入', en: 'the directory does not exist' }, pos);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UserError({ zh: '没有写入权限', en: 'permission denied' }, pos);
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError({ zh: '磁盘空间不足，未写入（原文件保持不变）', en: 'no space left on device; nothing written (the old file is unchanged)' }, pos);
    case 'EISDIR':
      return new UserError({ zh: '这是一个目录，无法写入', en: 'is a directory; cannot write' }, pos);
    case 'ELOOP':
      return new UserError({ zh: '符号链接循环，无法写入', en: 'symbolic link loop; cannot write' }, pos);
    case 'EIO':
      return new UserError({ zh: '磁盘读写出错，未写入（原文件保持不变）', en: 'I/O error; nothing written (the old file is unchanged)' }, pos);
    default:
      return new UserError({ zh: `无法写入：${code ?? String(err)}`, en: `cannot write: ${code ?? String(err)}` }, pos);
  }
}

const NOT_REGULAR = {
  zh: '不是普通文件（设备、管道或套接字），不会写入或替换它；请换一个文件名',
  en: 'not a regular file (device, pipe or socket); it will not be written or replaced — choose a file name',
};

// ---------------------------------------------------------------------------------------------
// Resolving the target

async function lstatOrNull(p: string): Promise<Stats | null> {
  try {
    return await lstat(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * The real file a write to `path` lands on: symlinks followed (a link to the config is the
 * config), a missing file placed in its folder's real path.
 */
export async function resolveWriteTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstatOrNull(current);
    if (info === null) {
      try {
        return join(await realpath(dirname(current)), basename(current));
      } catch {
        return current;
      }
    }
    if (!info.isSymbolicLink()) return join(await realpath(dirname(current)), basename(current));
    current = resolve(dirname(current), await readlink(current));
  }
  throw new UserError({ zh: '符号链接循环，无法写入', en: 'symbolic link loop; cannot write' }, { file: path });
}

async function identity(p: string): Promise<{ real: string; dev?: number; ino?: number }> {
  const real = await resolveWriteTarget(p);
  try {
    const info = await stat(real);
    return { real, dev: info.dev, ino: info.ino };
  } catch {
    return { real };
  }
}

/**
 * Refuses a write whose target is (through links, or as a hard link) one of the files the
 * command read — `export -o xhs-reply.yaml` would replace the config with the sheet.
 */
export async function refuseInputs(path: string, inputs: readonly string[], shown: string = path): Promise<void> {
  if (inputs.length === 0) return;
  const target = await identity(path);
  for (const input of inputs) {
    const other = await identity(input);
    const same = other.real === target.real || (other.ino !== undefined && other.ino === target.ino && other.dev === target.dev);
    if (same) {
      throw new UserError(
        {
          zh: `输出文件就是要读取的输入文件（${input}），不会覆盖它；请换一个输出文件名`,
          en: `the output is an input of this command (${input}); it will not be overwritten — choose another output file`,
        },
        { file: shown },
      );
    }
  }
}

/** Creates the output's folder (like eslint -o) with the writer's messages instead of a raw EACCES. */
export async function ensureDirectory(dir: string, shown: string = dir): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (first) {
    // A recursive mkdir reports ENOENT for a read-only mount: redo the first missing step
    // alone to learn the real reason.
    let err = first;
    if ((first as NodeJS.ErrnoException).code === 'ENOENT') {
      let missing = resolve(dir);
      while (dirname(missing) !== missing && (await lstatOrNull(dirname(missing)).catch(() => null)) === null) missing = dirname(missing);
      err = await mkdir(missing).then(
        () => first,
        (e: unknown) => e,
      );
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new UserError({ zh: '路径中有一段不是目录，无法写入', en: 'a part of the path is not a directory; cannot write' }, { file: shown });
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new UserError(
        { zh: '无法创建目录：上级目录没有写入权限', en: 'cannot create the folder: the parent folder is not writable' },
        { file: shown },
      );
    }
    throw writeError(err, shown);
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Writes every byte of `data` (a write may land fewer bytes than asked: loop until all are down). */
async function writeAll(handle: FileHandle, data: Uint8Array, at = 0): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const length = Math.min(CHUNK, data.length - offset);
    const { bytesWritten } = await handle.write(data, offset, length, at + offset);
    if (bytesWritten <= 0) {
      // A write that makes no progress is a full disk that did not say so.
      throw Object.assign(new Error('write made no progress'), { code: 'ENOSPC' });
    }
    offset += bytesWritten;
  }
}

/** A complete, synced temp file holding exactly `data`, or an error with nothing left behind. */
async function writeTemp(tmp: string, data: Uint8Array, mode: number): Promise<void> {
  own(tmp);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    await writeAll(handle, data);
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== data.length) {
      throw Object.assign(new Error(`wrote ${size} of ${data.length} bytes`), { code: 'ENOSPC' });
    }
    await handle.close();
    handle = undefined;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await removeQuietly(tmp);
    throw err;
  }
}

/**
 * Copies the regular file `from` into a complete, synced temp file beside `to` and returns its
 * name. The source is opened non-blocking and checked with fstat, so a FIFO swapped in never
 * makes the copy hang, and it must still be the file we looked at.
 */
async function copyToTemp(from: string, to: string, expected: Stats): Promise<string> {
  const src = await open(from, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  const tmp = tempName(to, 'b');
  own(tmp);
  let dst: FileHandle | undefined;
  try {
    const info = await src.stat();
    if (!info.isFile()) throw new UserError(NOT_REGULAR, { file: from });
    if (info.ino !== expected.ino || info.dev !== expected.dev) throw changedWhileWriting(from);
    dst = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, info.mode & 0o7777);
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, info.size)));
    let position = 0;
    for (;;) {
      const { bytesRead } = await src.read(buf, 0, buf.length, position);
      if (bytesRead === 0) break;
      await writeAll(dst, buf.subarray(0, bytesRead), position);
      position += bytesRead;
    }
    await dst.sync();
    const { size } = await dst.stat();
    if (size !== position || position !== info.size) {
      throw Object.assign(new Error(`backup copied ${size} of ${info.size} bytes`), { code: 'ENOSPC' });
    }
    await dst.close();
    dst = undefined;
    return tmp;
  } catch (err) {
    await dst?.close().catch(() => undefined);
    await removeQuietly(tmp);
    throw err;
  } finally {
    await src.close().catch(() => undefined);
  }
}

function changedWhileWriting(path: string): UserError {
  return new UserError(
    {
      zh: '文件在写入期间被其他程序改动，已放弃写入以免覆盖对方的内容；请重试',
      en: 'the file was changed by another program while writing; nothing replaced — try again',
    },
    { file: path },
  );
}

function sameVersion(a: Stats, b: Stats | null): boolean {
  return b !== null && a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

async function sameBytes(a: string, b: string, size: number): Promise<boolean> {
  try {
    const info = await lstat(b);
    if (!info.isFile() || info.size !== size) return false;
    const [x, y] = await Promise.all([readFile(a), readFile(b)]);
    return x.equals(y);
  } catch {
    return false;
  }
}

/**
 * Keeps the content being replaced: FILE.bak → FILE.bak.1, then a fresh copy → FILE.bak.
 * When FILE.bak already holds exactly this content (saving twice), nothing rotates, so the
 * older generation stays.
 */
async function makeBackup(target: string, info: Stats): Promise<string> {
  const bak = backupPathOf(target);
  const older = olderBackupPathOf(target);
  if (await sameBytes(target, bak, info.size)) return bak;
  const existing = await lstatOrNull(bak);
  if (existing !== null) {
    if (!existing.isFile()) throw new UserError(NOT_REGULAR, { file: bak });
    const olderInfo = await lstatOrNull(older);
    if (olderInfo !== null && !olderInfo.isFile()) throw new UserError(NOT_REGULAR, { file: older });
  }
  // The copy is complete before anything rotates: a failed copy leaves both generations as they were.
  const staged = await copyToTemp(target, bak, info);
  try {
    if (existing !== null) await rename(bak, older);
    await rename(staged, bak);
    disown(staged);
  } catch (err) {
    await removeQuietly(staged);
    throw err;
  }
  return bak;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes `FILE.xhs-lock` (created exclusively, holding our pid); a dead holder's lock is taken over. */
async function acquireLock(target: string, timeoutMs: number): Promise<() => Promise<void>> {
  const lock = join(dirname(target), `.${basename(target)}${LOCK_SUFFIX}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      own(lock);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => removeQuietly(lock);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    if (holder !== 0 && !isAlive(holder)) {
      // Left by a killed writer: take it over (unlink + exclusive create stays race-free).
      await unlink(lock).catch(() => undefined);
      continue;
    }
    if (holder === 0) {
      // Being created right now, or empty debris: debris older than a few seconds is stale.
      const info = await lstatOrNull(lock);
      if (info !== null && Date.now() - info.mtimeMs > 5000) {
        await unlink(lock).catch(() => undefined);
        continue;
      }
    }
    if (Date.now() > deadline) {
      throw new UserError(
        {
          zh: `另一个 xhs-reply（进程 ${holder || '?'}）正在写入这个文件，请等它完成后再试`,
          en: `another xhs-reply (process ${holder || '?'}) is writing this file; try again when it is done`,
        },
        { file: target },
      );
    }
    await sleep(20 + Math.random() * 30);
  }
}

/**
 * Writes `content` to `path` so that the old file is replaced only by a complete, synced copy
 * of the new one, after keeping the old one as FILE.bak (FILE.bak.1 holds the generation
 * before). Fails with a UserError (nothing replaced, no temp left) on a full disk, a short
 * write, a target that is not a regular file, or a target that is one of `inputs`.
 */
export async function writeFileSafely(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<WriteResult> {
  const shown = options.displayName ?? path;
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let target: string;
  try {
    target = await resolveWriteTarget(path);
  } catch (err) {
    throw writeError(err, shown);
  }
  if (options.inputs) await refuseInputs(path, options.inputs, shown);
  const first = await lstatOrNull(target).catch((err: unknown) => {
    throw writeError(err, shown);
  });
  if (first?.isDirectory()) throw new UserError({ zh: '这是一个目录，无法写入', en: 'is a directory; cannot write' }, { file: shown });
  if (first !== null && !first.isFile()) throw new UserError(NOT_REGULAR, { file: shown });

  let release: (() => Promise<void>) | undefined;
  try {
    release = await acquireLock(target, options.lockTimeoutMs ?? 30_000);
    await sweepDebris(dirname(target));
    // Read again under the lock: another writer may have replaced it while we waited.
    const before = await lstatOrNull(target);
    if (before !== null && !before.isFile()) throw new UserError(NOT_REGULAR, { file: shown });
    let backup: string | undefined;
    if (before !== null && options.backup !== false) backup = await makeBackup(target, before);
    const tmp = tempName(target, 'w');
    const mode = before !== null ? before.mode & 0o7777 : 0o666 & ~process.umask();
    await writeTemp(tmp, data, mode);
    try {
      // Compare before replacing: a change by another program since we looked is not ours to drop.
      const now = await lstatOrNull(target);
      if (before === null ? now !== null : !sameVersion(before, now)) throw changedWhileWriting(shown);
      await rename(tmp, target);
      disown(tmp);
    } catch (err) {
      await removeQuietly(tmp);
      throw err;
    }
    await syncDirectory(dirname(target));
    // Name the backup the way the user named the file, unless a link sent the write elsewhere.
    return backup ? { backup: backupPathOf(target === resolve(path) ? path : target) } : {};
  } catch (err) {
    throw writeError(err, shown);
  } finally {
    await release?.();
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // The rename is durable only once the folder is synced; not every file system allows it.
  try {
    const handle = await open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort.
  }
}

/**
 * The synchronous twin for the app's crash draft (the process is going down, nothing async
 * runs): temp beside the target, every byte written, fsync, size checked, rename; no backup.
 */
export function writeFileSafelySync(path: string, content: string): void {
  const data = Buffer.from(content, 'utf8');
  const target = resolve(path);
  sweepDebrisSync(dirname(target));
  const tmp = tempName(target, 'd');
  own(tmp);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    let offset = 0;
    while (offset < data.length) {
      const n = writeSync(fd, data, offset, Math.min(CHUNK, data.length - offset), offset);
      if (n <= 0) throw Object.assign(new Error('write made no progress'), { code: 'ENOSPC' });
      offset += n;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
    disown(tmp);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a broken descriptor.
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // Never created.
    }
    disown(tmp);
    throw writeError(err, path);
  }
}
