// `check` on many texts uses a second thread: a worker running this same CLI (the check bundle,
// with its code cache) lints from the end of the input while the process's own thread lints from
// the front and prints as it goes. Texts are handed out in chunks through three shared counters,
// so the two threads meet wherever their speeds put the middle — a worker still starting, or a
// core busy with other work, simply takes fewer chunks. The output is the same bytes as one
// thread's: the front thread's chunks are always a prefix, and the worker's are printed after
// them in input order. A worker that cannot start or fails leaves its chunks to the front thread.
//
// Only the edge of `check` knows of this (commands/check.ts); the lint engine runs unchanged in
// each thread. worker_threads is loaded only when a run is large enough to split. The worker is
// started while stdin is still arriving (EARLY_WORKER_BYTES) and gets its job once the input is
// read: its start-up and table building then overlap the reading.
import type { Io } from '../io.js';

/** Set (to "1") in the worker's environment: the check command then works for its parent. */
export const WORKER_ENV = 'XHS_REPLY_CHECK_WORKER';
/** "1": never split (timings of one thread); "2": split whenever the machine has two cores,
 *  however busy they are. Unset: split when a core is free (load average below the core count). */
export const THREADS_ENV = 'XHS_REPLY_CHECK_THREADS';
/** Fewer texts than this are linted by one thread: starting a worker (~40 ms of the machine's
 *  time, and its own JIT warm-up) would not pay. */
export const THREADS_MIN_TEXTS = 3000;
/** Texts per claim: small enough that both threads finish together, large enough that claiming
 *  and messaging cost nothing. */
export const CHUNK = 256;

type WorkerThreads = typeof import('node:worker_threads');

function builtin<T>(id: string): T | undefined {
  return process.getBuiltinModule?.(id) as T | undefined;
}

/** What the worker is given: the input as it came (the worker decodes and splits each chunk it
 *  takes exactly as the front thread splits the whole), where each chunk starts, the shared
 *  counters, and how to answer. */
export interface Job {
  readonly input: SharedArrayBuffer;
  /** Byte offset of each chunk's first line, and the input's length last (chunks + 1 entries). */
  readonly starts: readonly number[];
  readonly claims: SharedArrayBuffer;
  readonly chunks: number;
  readonly chunk: number;
  /** How many texts the input holds. */
  readonly texts: number;
  /** json: each chunk's entries as JSON text; messages: each text's messages. */
  readonly mode: 'json' | 'messages';
}

/** One chunk the worker linted. */
export interface Done {
  readonly chunk: number;
  readonly errors: number;
  readonly warnings: number;
  /** mode json: the chunk's entries joined by ",\n", escaped for the terminal (escapeJsonControls),
   *  as UTF-8 — moved to the front thread, not copied, and written there as they are: as a string
   *  it was copied into the front thread's heap, kept there until its turn, and encoded by the
   *  thread that has the output to write (its GC time doubled in a split run). */
  readonly json?: Uint8Array;
  /** mode messages: the messages of each text of the chunk. */
  readonly messages?: unknown[][];
}

/** The worker's last message: it has answered for every chunk it took. With XHS_REPLY_DEBUG=1 it
 *  says how much CPU time its thread used, start-up included. */
export interface Finished {
  readonly done: true;
  readonly cpuMs?: number;
}

export type WorkerMessage = Done | Finished;

/** CPU time the calling thread has used, in ms, where the system says (Linux), for the debug line:
 *  the process's own CPU time mixes both threads with V8's compiler and GC threads. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = builtin<typeof import('node:fs')>('node:fs')?.readFileSync('/proc/thread-self/stat', 'utf8');
    if (stat === undefined) return undefined;
    // Fields after the command name's ")": utime and stime are the 12th and 13th, in 1/100 s.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(f[11]) + Number(f[12])) * 10;
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

// The counters: [tickets handed out, chunks taken from the front, chunks taken from the back].
// Every ticket below `chunks` is one chunk, taken by whoever drew it from their own end, so the
// front's chunks are 0 … f-1, the back's are chunks-b … chunks-1, and f + b never exceeds chunks.
const TICKETS = 0;
const FRONT = 1;
const BACK = 2;

/** The next chunk from the front, or -1 when all are taken. */
export function claimFront(claims: Int32Array, chunks: number): number {
  if (Atomics.add(claims, TICKETS, 1) >= chunks) return -1;
  return Atomics.add(claims, FRONT, 1);
}

/** The next chunk from the back, or -1 when all are taken. */
export function claimBack(claims: Int32Array, chunks: number): number {
  if (Atomics.add(claims, TICKETS, 1) >= chunks) return -1;
  return chunks - 1 - Atomics.add(claims, BACK, 1);
}

/** How many texts stdin holds (one a line, as stdinLines splits it), counted on the bytes so the
 *  worker can start before they are decoded (exact for UTF-8, where byte 10 is only ever "\n"),
 *  and the byte offset where every `every`-th line starts (0 first), then the input's length: the
 *  bytes of lines [k·every, (k+1)·every) are starts[k] … starts[k+1]. `every` 0: no offsets.
 *  `longest`: the most bytes a line has, its line break included — a text has no more UTF-16
 *  units than bytes, so no text is longer than that. */
export function lineStarts(bytes: Uint8Array, every: number): { count: number; starts: number[]; longest: number } {
  const starts: number[] = [];
  if (bytes.length === 0) return { count: 0, starts: every > 0 ? [0] : [], longest: 0 };
  if (every > 0) starts.push(0);
  let n = 0;
  let longest = 0;
  let from = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) {
    n++;
    if (i + 1 - from > longest) longest = i + 1 - from;
    from = i + 1;
    if (every > 0 && n % every === 0 && i + 1 < bytes.length) starts.push(i + 1);
  }
  if (bytes.length - from > longest) longest = bytes.length - from;
  if (every > 0) starts.push(bytes.length);
  return { count: bytes[bytes.length - 1] === 10 ? n : n + 1, starts, longest };
}

/** Whether a run of `count` texts should be split between two threads. On a machine whose cores
 *  are all busy a second thread only competes with the first (and pays its own start and JIT
 *  warm-up), so by default it is used only when the load leaves a core free. */
export function wantThreads(count: number, env: Io['env']): boolean {
  return count >= THREADS_MIN_TEXTS && mayUseThreads(env);
}

/** wantThreads for a run of enough texts: the settings, the machine and the load allow a second
 *  thread. */
export function mayUseThreads(env: Io['env']): boolean {
  const setting = env[THREADS_ENV];
  if (setting === '1' || env[WORKER_ENV] === '1') return false;
  // Run from the TypeScript sources (tests), there is no built CLI beside this module to start.
  if (!import.meta.url.endsWith('.js')) return false;
  const os = builtin<typeof import('node:os')>('node:os');
  if (os === undefined || builtin<WorkerThreads>('node:worker_threads') === undefined) return false;
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  if (cores < 2) return false;
  return setting === '2' || os.loadavg()[0] < cores;
}

/** Stdin past this many bytes, still arriving, is taken to be a run worth a second thread, which
 *  is then started at once: it boots and builds its tables while this thread reads the rest
 *  (about 3,000 replies of a few hundred bytes). Whether the run is split is decided on the whole
 *  input (wantThreads); a worker started for one that is not is stopped unused. */
export const EARLY_WORKER_BYTES = 1 << 20;

/** A started check worker, waiting for its job. */
export interface Helper {
  readonly worker: InstanceType<WorkerThreads['Worker']>;
}

/**
 * Starts a check worker running this CLI with the same command line (`args`); it prepares itself
 * (check.ts warmWorker) and waits for its job (startSplit). Undefined when it cannot start.
 */
export function startHelper(args: readonly string[], env: Io['env']): Helper | undefined {
  const wt = builtin<WorkerThreads>('node:worker_threads');
  if (wt === undefined) return undefined;
  try {
    const worker = new wt.Worker(new URL('../cli.js', import.meta.url), {
      argv: ['check', ...args],
      env: { ...env, [WORKER_ENV]: '1' },
      stdin: false,
    });
    // Until the front thread waits for it, the worker must not keep the process alive (a short
    // run may be over before it has even started, or the run may not be split at all).
    worker.unref();
    // Errors are taken up by startSplit; one from a helper that is never used is dropped.
    worker.on('error', () => undefined);
    return { worker };
  } catch {
    return undefined;
  }
}

/** Stops a helper that will not be given a job. */
export function stopHelper(helper: Helper | undefined): undefined {
  if (helper !== undefined) void helper.worker.terminate();
  return undefined;
}

/** The front thread's side of a split run. */
export interface Split {
  readonly chunks: number;
  /** The next chunk for this thread, or -1. */
  next(): number;
  /** The worker's chunks (index → what it found), once it has answered for all it took; a
   *  chunk it took and did not answer for (it failed) is missing, for this thread to lint. */
  rest(): Promise<Map<number, Done>>;
  /** Stops the worker; returns undefined (the caller lints alone). */
  cancel(): undefined;
  /** The worker thread's CPU time, when it said (XHS_REPLY_DEBUG=1). */
  workerCpuMs(): number | undefined;
}

/**
 * Gives the helper its job: `bytes` (stdin, `count` texts once decoded) in chunks starting at
 * `starts`. Undefined when it cannot (the caller then lints alone).
 */
export function startSplit(bytes: Uint8Array, count: number, starts: readonly number[], helper: Helper | undefined, mode: Job['mode']): Split | undefined {
  if (helper === undefined) return undefined;
  const chunks = Math.ceil(count / CHUNK);
  if (starts.length !== chunks + 1) return stopHelper(helper);
  const input = new SharedArrayBuffer(bytes.length);
  new Uint8Array(input).set(bytes);
  const claimsBuffer = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const claims = new Int32Array(claimsBuffer);
  const job: Job = { input, starts, claims: claimsBuffer, chunks, chunk: CHUNK, texts: count, mode };
  const answered = new Map<number, Done>();
  let finished = false;
  let wake: (() => void) | undefined;
  const finish = () => {
    finished = true;
    wake?.();
  };
  const { worker } = helper;
  let cpuMs: number | undefined;
  worker.on('message', (m: WorkerMessage) => {
    if ('done' in m) {
      cpuMs = m.cpuMs;
      finish();
    } else answered.set(m.chunk, m);
  });
  worker.on('error', finish);
  worker.on('exit', finish);
  try {
    worker.postMessage(job);
  } catch {
    return stopHelper(helper);
  }
  return {
    chunks,
    next: () => claimFront(claims, chunks),
    async rest() {
      // Every ticket below `chunks` is taken by now (this thread drew past the end), so the
      // worker's share is known: whatever the front did not take.
      const front = Atomics.load(claims, FRONT);
      if (front < chunks && !finished) {
        worker.ref();
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (finished) resolve();
        });
      }
      // Wait until the worker is gone before this thread goes on to format and write: a split
      // run in CI once printed nothing after the worker's debug line, and the one thing still in
      // flight then was this termination racing the worker's own exit. A few ms, once a run.
      await worker.terminate();
      return answered;
    },
    cancel() {
      void worker.terminate();
      return undefined;
    },
    workerCpuMs: () => cpuMs,
  };
}

/** When this thread is a check worker (startHelper): its job, once the front thread gives it
 *  (startSplit), and how to answer. */
export function workerJob(env: Io['env']): { job: Promise<Job>; post: (m: WorkerMessage) => void } | undefined {
  if (env[WORKER_ENV] !== '1') return undefined;
  const wt = builtin<WorkerThreads>('node:worker_threads');
  if (wt === undefined || wt.isMainThread || wt.parentPort === null) return undefined;
  const port = wt.parentPort;
  const job = new Promise<Job>((resolve) => port.once('message', resolve));
  // A chunk's JSON bytes are moved, not copied (each is its own ArrayBuffer, see Done).
  return { job, post: (m) => port.postMessage(m, 'json' in m && m.json !== undefined ? [m.json.buffer as ArrayBuffer] : []) };
}
