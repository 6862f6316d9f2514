// The split of a large stdin between two threads (check-threads.ts): each thread decodes only the
// chunks it takes, so every chunk must decode to exactly the texts the whole input gives there.
import { describe, expect, it } from 'vitest';
import { chunkTexts, stdinTexts } from '../../src/commands/check.js';
import { lineStarts, runnableOf, threadCpuMs } from '../../src/commands/check-threads.js';
import { readStdinBytes } from '../../src/io.js';

/** The texts of every chunk, in order, as the threads would decode them. */
function byChunks(bytes: Buffer, every: number): string[][] {
  const { count, starts } = lineStarts(bytes, every);
  const chunks = Math.ceil(count / every);
  expect(starts).toHaveLength(chunks + 1);
  return Array.from({ length: chunks }, (_, c) => chunkTexts(bytes, starts, c));
}

describe('lineStarts and chunkTexts', () => {
  it.each([
    ['a byte order mark, CRLF lines, empty lines and a final newline', '\uFEFF你好\r\n\n加微信\r\n\n\nabc\n'],
    ['no final newline', '一\n二\n三\n四\n五'],
    ['a byte order mark that starts a later chunk stays in its text', '甲\n乙\n丙\n\uFEFF丁\n戊\n'],
    ['only empty lines', '\n\n\n\n\n\n\n'],
    ['a lone line break', '\n'],
    ['a CR at a chunk end stays with its line', 'a\r\nb\r\nc\r\n\rd\ne'],
    ['long lines (decoded by the transcoder, not TextDecoder)', `${'好'.repeat(3000)}\n${'评'.repeat(2000)}\n\uFEFF${'返'.repeat(1500)}\n😀${'现'.repeat(1400)}\n`],
  ])('%s: the chunks decode to the whole input’s texts', async (_, input) => {
    const bytes = Buffer.from(input, 'utf8');
    const whole = await stdinTexts(bytes);
    for (const every of [1, 2, 3, 256]) {
      const chunks = byChunks(bytes, every);
      expect(chunks.flat()).toEqual(whole);
      chunks.forEach((texts, c) => expect(texts).toHaveLength(Math.min(every, whole.length - c * every)));
      expect(lineStarts(bytes, every).count).toBe(whole.length);
    }
  });

  it('counts no text in empty input', () => {
    expect(lineStarts(Buffer.alloc(0), 256)).toEqual({ count: 0, starts: [0], longest: 0 });
    expect(lineStarts(Buffer.alloc(0), 0)).toEqual({ count: 0, starts: [], longest: 0 });
  });

  it.each([
    ['你好\n加微信\n', 10],
    ['a\nbb\n\n很长很长', 12],
    ['\r\n\r\n', 2],
    ['一', 3],
  ])('longest bounds every text of %j (no text has more UTF-16 units than bytes)', async (input, longest) => {
    const bytes = Buffer.from(input, 'utf8');
    expect(lineStarts(bytes, 256).longest).toBe(longest);
    for (const text of await stdinTexts(bytes)) expect(text.length).toBeLessThanOrEqual(longest);
  });
});

describe('runnableOf', () => {
  it('reads how many tasks are runnable now from the text of /proc/loadavg', () => {
    expect(runnableOf('2.52 2.73 3.60 2/103 31709\n')).toBe(2);
    expect(runnableOf('0.00 0.01 0.05 1/87 4242')).toBe(1);
    expect(runnableOf('12.10 11.87 9.03 14/1203 99')).toBe(14);
    expect(runnableOf('')).toBeUndefined();
  });
});

describe('threadCpuMs', () => {
  it.runIf(process.platform === 'linux')('reads the calling thread’s CPU time, which grows as it works', () => {
    const before = threadCpuMs();
    expect(before).toBeGreaterThanOrEqual(0);
    let x = 0;
    const t0 = Date.now();
    while (Date.now() - t0 < 60) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(threadCpuMs()!).toBeGreaterThanOrEqual(before!);
  });
});

describe('stdin in shared memory', () => {
  const input = '\uFEFF你好\r\n加微信 abc123\n\n' + '好评返现\n'.repeat(500);
  const io = (chunks: Buffer[]) => ({ stdin: (async function* () { yield* chunks; })() }) as unknown as Parameters<typeof readStdinBytes>[0];
  const pieces = () => {
    const bytes = Buffer.from(input, 'utf8');
    return [bytes.subarray(0, 7), bytes.subarray(7, 1000), bytes.subarray(1000)];
  };

  it('is read into the buffer the caller allocates, byte for byte', async () => {
    const shared = await readStdinBytes(io(pieces()), 1 << 20, undefined, (n) => Buffer.from(new SharedArrayBuffer(n)));
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.equals(Buffer.from(input, 'utf8'))).toBe(true);
    expect((await readStdinBytes(io(pieces()), 1 << 20)).equals(shared)).toBe(true);
  });

  it('decodes to the same texts, whole and chunk by chunk', async () => {
    const plain = Buffer.from(input, 'utf8');
    const shared = Buffer.from(new SharedArrayBuffer(plain.length));
    shared.set(plain);
    expect(await stdinTexts(shared)).toEqual(await stdinTexts(plain));
    expect(byChunks(shared, 256).flat()).toEqual(await stdinTexts(plain));
  });
});
