// What a command may touch of the outside world, passed in so tests call commands directly.
import { readSync, writeSync } from 'node:fs';
import { UserError } from './errors.js';

export interface Writer {
  write(chunk: string): unknown;
  /** UTF-8 bytes written as they are (a split check's worker output, already encoded); a writer
   *  without it is given the decoded string. */
  writeBytes?(bytes: Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads what it can of stdin synchronously: all of it (done), or what came before the pipe
   *  would have blocked; the caller reads the rest from `stdin`. `progress` is told the bytes
   *  read so far after each read. Absent in tests. */
  readonly readStdinDirect?: (maxBytes: number, progress?: (bytes: number) => void) => { bytes: Buffer[]; done: boolean };
}

export type Command = (args: string[], io: Io) => Promise<number>;

/**
 * The process's own streams. Getters, not values: touching process.stdin/stdout builds a stream
 * (and loads node's stream modules), which `check 你好` should not pay for at start-up.
 *
 * With `direct`, stdout and stderr are written with write(2) instead of through the streams and
 * stdin is read with read(2): a command that prints one big report (`check` on 50,000 texts)
 * then skips the stream machinery and never builds a second copy of its output in chunks.
 * The interactive app needs real streams (Ink listens to them), so only `check` asks for this.
 */
export function processIo(options: { direct?: boolean } = {}): Io {
  const io: Io = {
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  };
  if (!options.direct) return io;
  return {
    stdout: directWriter(1, () => process.stdout),
    stderr: directWriter(2, () => process.stderr),
    get stdin() {
      return process.stdin;
    },
    cwd: io.cwd,
    env: io.env,
    readStdinDirect: (maxBytes, progress) => readDirect(0, maxBytes, progress),
  };
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

/**
 * A writer on a file descriptor. A pipe another process left non-blocking answers EAGAIN when
 * full: from then on the rest goes through the stream, which waits for the reader. A reader
 * that went away (EPIPE, `check … | head`) ends the output quietly, as for any Unix filter.
 */
function directWriter(fd: number, stream: () => NodeJS.WriteStream): Writer {
  let fallback: NodeJS.WriteStream | undefined;
  let closed = false;
  const writeBytes = (bytes: Uint8Array): boolean => {
    if (closed) return false;
    if (fallback) return fallback.write(bytes);
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(fd, bytes, at, bytes.length - at);
      } catch (err) {
        if (errorCode(err) === 'EAGAIN') {
          fallback = stream();
          return fallback.write(bytes.subarray(at));
        }
        if (errorCode(err) === 'EPIPE') {
          closed = true;
          return false;
        }
        throw err;
      }
    }
    return true;
  };
  return {
    write(chunk: string): boolean {
      if (closed) return false;
      if (fallback) return fallback.write(chunk);
      return writeBytes(Buffer.from(chunk, 'utf8'));
    },
    writeBytes,
    get isTTY() {
      return stream().isTTY;
    },
    get columns() {
      return stream().columns;
    },
  };
}

const CHUNK = 1 << 20;

/** Reads fd until end of file, until it would block (a non-blocking pipe with no data yet) or
 *  until more than `maxBytes` came (the caller refuses that). Each buffer is filled before the
 *  next is taken: a pipe gives 64 KB a read, and a fresh megabyte for each of those was 260
 *  allocations (mostly unused) for 50,000 replies, all copied once more at the end. */
function readDirect(fd: number, maxBytes: number, progress?: (bytes: number) => void): { bytes: Buffer[]; done: boolean } {
  const bytes: Buffer[] = [];
  let total = 0;
  let buf = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const keep = () => {
    if (used > 0) bytes.push(used === CHUNK ? buf : buf.subarray(0, used));
  };
  while (total <= maxBytes) {
    let n: number;
    try {
      n = readSync(fd, buf, used, CHUNK - used, null);
    } catch (err) {
      keep();
      if (errorCode(err) === 'EAGAIN') return { bytes, done: false };
      // EOF: Windows' closed pipe; EBADF: started with stdin closed (`<&-`), i.e. no input.
      if (errorCode(err) === 'EOF' || errorCode(err) === 'EBADF') return { bytes, done: true };
      throw err;
    }
    if (n === 0) break;
    used += n;
    total += n;
    progress?.(total);
    if (used === CHUNK) {
      keep();
      buf = Buffer.allocUnsafe(CHUNK);
      used = 0;
    }
  }
  keep();
  return { bytes, done: true };
}

/** Stdin is capped like files (files.ts DEFAULT_MAX_BYTES): 200 MB piped in is a mistake, not a
 *  heap crash. 64 MB, not 16: 50,000 replies (`check`'s benchmark) are already 17 MB. */
export const MAX_STDIN_BYTES = 64 * 1024 * 1024;
/** Stdin standing in for a file (a rule sheet, a question list, test's questions): the file cap of files.ts. */
export const MAX_FILE_STDIN_BYTES = 16 * 1024 * 1024;

function tooLarge(maxBytes: number): UserError {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return new UserError(
    {
      zh: `标准输入太大（超过 ${mb} MB 上限），请确认传入的是对的内容，或分批处理`,
      en: `stdin too large (over the ${mb} MB limit); is it the right input? split it up`,
    },
    { file: '<stdin>' },
  );
}

/**
 * All of stdin as bytes; callers decode, so a GBK or UTF-16 pipe can be named instead of garbled.
 * Past `maxBytes` reading stops (the stream is closed) with a one-line error, exit 2. `progress`
 * is told the bytes read so far as they come (check starts its worker thread while a large
 * input is still arriving). `alloc` makes the buffer returned.
 */
export async function readStdinBytes(
  io: Io,
  maxBytes: number = MAX_STDIN_BYTES,
  progress?: (bytes: number) => void,
  alloc: (size: number) => Buffer = Buffer.allocUnsafe,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  if (io.readStdinDirect) {
    const { bytes, done } = io.readStdinDirect(maxBytes, progress);
    for (const b of bytes) total += b.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    for (const b of bytes) chunks.push(b);
    if (done) return joined(chunks, total, alloc);
  }
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(buf);
    progress?.(total);
  }
  return joined(chunks, total, alloc);
}

/** The chunks as one buffer from `alloc` (check asks for shared memory, which its worker thread
 *  then reads without a copy of its own). One chunk from the default allocator is returned as it is. */
function joined(chunks: readonly Buffer[], total: number, alloc: (size: number) => Buffer): Buffer {
  if (chunks.length === 1 && alloc === Buffer.allocUnsafe) return chunks[0];
  const out = alloc(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
