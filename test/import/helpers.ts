// Shared by the import, test and coverage tests: an Io that records output, and fixture paths.
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/io.js';

export const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

export interface RecordingIo extends Io {
  out(): string;
  err(): string;
}

export function recordingIo(cwd: string, stdinText?: string, env: Record<string, string> = {}): RecordingIo {
  let out = '';
  let err = '';
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (stdinText !== undefined) stdin.end(stdinText);
  else stdin.isTTY = true;
  return {
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true) },
    stdin,
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}
