// What a command may touch of the outside world, passed in so tests call commands directly.
import { UserError } from './errors.js';

export interface Io {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type Command = (args: string[], io: Io) => Promise<number>;

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Stdin is capped like files (files.ts DEFAULT_MAX_BYTES): 200 MB piped in is a mistake, not a heap crash. */
export const MAX_STDIN_BYTES = 16 * 1024 * 1024;

/**
 * All of stdin as bytes; callers decode, so a GBK or UTF-16 pipe can be named instead of garbled.
 * Past `maxBytes` reading stops (the stream is closed) with a one-line error, exit 2.
 */
export async function readStdinBytes(io: Io, maxBytes: number = MAX_STDIN_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > maxBytes) {
      const mb = Math.round(maxBytes / 1024 / 1024);
      throw new UserError(
        {
          zh: `标准输入太大（超过 ${mb} MB 上限），请确认传入的是对的内容，或分批处理`,
          en: `stdin too large (over the ${mb} MB limit); is it the right input? split it up`,
        },
        { file: '<stdin>' },
      );
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
