// `check` on many texts uses a second thread: a worker running this same CLI (the check bundle,
// with its code cache) runs some of the content rules (WORKER_RULES) over every text while the
// process's own thread runs the others, writes the messages and prints them in order. Each thread
// thus compiles, optimizes and builds tables for its own rules only: when the two threads shared
// the texts instead, each ran every rule, and the worker's second copy of the JIT warm-up, regex
// compiles and gate tables cost about 900 ms of CPU on 50,000 texts, while linting the other half.
// The worker hands over, chunk by chunk, its rules' findings placed on the original text
// (engine.ts placedFindings); the front thread merges them in rule order (finishPart), so the
// output is the same bytes as one thread's. The front thread never waits for the worker's start:
// it runs its own rules ahead, up to AHEAD texts, and finishes each text once the worker's part of
// it is in. Each text is normalized once where possible: the worker sends its chunks' normalized
// texts with the findings, and the front thread sends the worker the chunks it got to first (at
// the start, while the worker boots), so neither normalizes what the other has. A worker that
// cannot start or fails leaves its rules to the front thread.
//
// Only the edge of `check` knows of this (commands/check.ts); the lint engine only offers a
// text's lint in two halves (lintPart and placedFindings, then finishPart). worker_threads is
// loaded only when a run is large enough to split. The worker is started while stdin is still
// arriving (EARLY_WORKER_BYTES) and gets its job once the input is read: its start-up and table
// building then overlap the reading.
import type { Io } from '../io.js';
import type { PlacedFinding } from '../lint/engine.js';

/** Set (to "1") in the worker's environment: the check command then works for its parent. */
export const WORKER_ENV = 'XHS_REPLY_CHECK_WORKER';
/** For tests: the worker fails on reaching this chunk (its parent then runs its rules itself). */
export const FAIL_AT_ENV = 'XHS_REPLY_CHECK_WORKER_FAIL_AT';
/** "1": never split (timings of one thread); "2": split whenever the machine has two cores,
 *  however busy they are. Unset: split when a core is free (mayUseThreads: the load average below
 *  the core count, or below one more and fewer other tasks than cores runnable right now). */
export const THREADS_ENV = 'XHS_REPLY_CHECK_THREADS';
/** Fewer texts than this are linted by one thread: starting a worker (~40 ms of the machine's
 *  time, and its own JIT warm-up) would not pay. */
export const THREADS_MIN_TEXTS = 3000;
/** Texts per message from the worker: large enough that messaging costs nothing, small enough
 *  that the front thread seldom waits for one. */
export const CHUNK = 256;
/** The content rules the worker runs; the front thread runs the others, the learned second
 *  opinion (it needs every rule's findings) and the output. Chosen by what each costs on 50,000
 *  replies (absolute-claim ~18% of a text's lint, harassment ~16%, offsite-contact ~15%, the
 *  second opinion ~17%, normalizing ~12% — done by both threads): the worker's part is the smaller
 *  one by about the time it takes to start. Two pieces of work go to whichever thread gets to a
 *  chunk first, so the split need not be exact: normalizing (ChunkMessage texts, SharedChunk) and
 *  the second opinion's bound (ChunkMessage speaks, most of its cost). */
export const WORKER_RULES: readonly string[] = ['absolute-claim', 'harassment'];
/** How many texts the front thread runs its own rules ahead of the worker's part before it waits
 *  (the texts so far kept normalized meanwhile). 16,384 cut the front thread's waits for a worker
 *  still starting, but whole 50k runs were slower in paired timings on a busy machine (
 *  1.04-1.07x wall against 4,096), so that value stays until a quiet machine says otherwise. */
export const AHEAD = 4096;

type WorkerThreads = typeof import('node:worker_threads');

function builtin<T>(id: string): T | undefined {
  return process.getBuiltinModule?.(id) as T | undefined;
}

/** What the worker is given: the input as it came (the worker decodes and splits each chunk
 *  exactly as the front thread splits the whole), where each chunk starts, the rules to run, the
 *  shared counters (STATUS_*) and the port its findings go to. */
export interface Job {
  readonly input: SharedArrayBuffer;
  /** Byte offset of each chunk's first line, and the input's length last (chunks + 1 entries). */
  readonly starts: readonly number[];
  readonly chunks: number;
  readonly chunk: number;
  /** How many texts the input holds. */
  readonly texts: number;
  /** Ids of the content rules the worker runs. */
  readonly rules: readonly string[];
  readonly status: SharedArrayBuffer;
  readonly port: import('node:worker_threads').MessagePort;
}

/** One chunk's findings of the worker's rules: for each text of the chunk that has any, its index
 *  in the chunk and its placed findings, one after the other. */
export type ChunkFindings = (number | PlacedFinding[])[];

/** What the worker sends for chunk k (the k-th message): its rules' findings, and every text of
 *  the chunk as it normalized it (normalize.ts: `text`, and the indexes of those `hidden`), so the
 *  front thread need not normalize a text whose chunk is in when it gets to it. */
export interface ChunkMessage {
  readonly found: ChunkFindings;
  /** Empty when the front thread normalized the chunk itself (it sent it: SharedChunk), or had
   *  passed the chunk by the time the worker got to it (STATUS_SEEN). */
  readonly texts: string[];
  readonly hidden: number[];
  /** When the worker worked out where the learned second opinion may speak (engine.ts
   *  modelMaySpeak) on this chunk's texts — it does when it gets to the chunk before the front
   *  thread does — the indexes of those it may (few); undefined: the front thread works it out. */
  readonly speaks?: number[];
}

/** The front thread's side of the same exchange: a chunk it got to before the worker did, every
 *  text of it normalized here, sent so the worker need not normalize it again (the worker starts
 *  late, and catches up sooner without that work). */
export interface SharedChunk {
  readonly chunk: number;
  readonly texts: string[];
  readonly hidden: number[];
}

/** In the worker: the chunks the front thread has sent so far (SharedChunk) into `into`, by chunk,
 *  without waiting. */
export function takeShared(port: import('node:worker_threads').MessagePort, into: Map<number, SharedChunk>): void {
  const wt = builtin<WorkerThreads>('node:worker_threads');
  if (wt === undefined) return;
  for (let m = wt.receiveMessageOnPort(port); m !== undefined; m = wt.receiveMessageOnPort(port)) {
    const shared = m.message as SharedChunk;
    into.set(shared.chunk, shared);
  }
}

/** The shared counters: chunks the worker has answered for (its messages are on the port by
 *  then), 1 once it has failed or given up, 1 once the front thread wants it to stop, and the
 *  worker thread's CPU time in ms when it is done and XHS_REPLY_DEBUG=1. */
export const STATUS_DONE = 0;
export const STATUS_FAILED = 1;
export const STATUS_STOP = 2;
export const STATUS_CPU = 3;
/** Texts the front thread has got to (set at each chunk's end): the worker sends no normalized
 *  texts of a chunk the front thread has passed. */
export const STATUS_SEEN = 4;
const STATUS_SIZE = 5;

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

/** How many tasks are runnable on the machine right now, from the text of /proc/loadavg (its
 *  fourth field, "3/250": 3 runnable of 250, the reader among them); undefined when it says not. */
export function runnableOf(loadavg: string): number | undefined {
  const m = / (\d+)\/\d+ /.exec(loadavg);
  return m === null ? undefined : Number(m[1]);
}

/** runnableOf the machine's /proc/loadavg (Linux); undefined elsewhere. */
function runnableNow(): number | undefined {
  try {
    const text = builtin<typeof import('node:fs')>('node:fs')?.readFileSync('/proc/loadavg', 'latin1');
    return text === undefined ? undefined : runnableOf(text);
  } catch {
    return undefined;
  }
}

/** Whether the settings, the machine and the load allow a second thread for a run of enough texts
 *  (THREADS_MIN_TEXTS). On a machine whose cores are all busy a second thread only competes with
 *  the first (and pays its own start and JIT warm-up), so by default it is used only when the load
 *  leaves a core free. A core counts as free when the one-minute load average is below the core count, or
 *  when it is below one more than that and fewer other tasks than cores are runnable right now:
 *  the average lags a minute, and on two cores a loop of checks (npm run bench, a script over
 *  many files) keeps it between 2 and 3 by itself, so every run after the first few went on one
 *  thread (1.68x mint-filter's wall instead of ~1.1x). Paired on two cores beside one other busy
 *  task (load 2.3-2.8), two threads were 1.11x mint-filter's wall and one thread 1.58x; at load
 *  3-3.4 two threads were no faster than one (both ~2x), so the load still bounds it. */
export function mayUseThreads(env: Io['env']): boolean {
  const setting = env[THREADS_ENV];
  if (setting === '1' || env[WORKER_ENV] === '1') return false;
  // Run from the TypeScript sources (tests), there is no built CLI beside this module to start.
  if (!import.meta.url.endsWith('.js')) return false;
  const os = builtin<typeof import('node:os')>('node:os');
  if (os === undefined || builtin<WorkerThreads>('node:worker_threads') === undefined) return false;
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  if (cores < 2) return false;
  const load = os.loadavg()[0];
  if (setting === '2' || load < cores) return true;
  if (load >= cores + 1) return false;
  const runnable = runnableNow();
  // This task is among the runnable ones.
  return runnable !== undefined && runnable - 1 < cores;
}

/** Stdin past this many bytes, still arriving, is taken to be a run worth a second thread, which
 *  is then started at once: it boots and builds its tables while this thread reads the rest
 *  (about 3,000 replies of a few hundred bytes). Whether the run is split is decided on the whole
 *  input (its count of texts); a worker started for one that is not is stopped unused. */
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

const NONE: readonly PlacedFinding[] = Object.freeze([]) as readonly PlacedFinding[];

/** The front thread's side of a split run. */
export interface Split {
  readonly chunks: number;
  /** Ids of the rules the worker runs (those the front thread leaves out). */
  readonly rules: ReadonlySet<string>;
  /** The worker's findings on text `t` when its chunk is in (none: an empty list), without
   *  waiting; undefined when not yet. Asked in order: a chunk before t's is not kept. */
  poll(t: number): readonly PlacedFinding[] | undefined;
  /** Whether the learned second opinion may speak on text `t` (engine.ts modelMaySpeak) when the
   *  worker said, else undefined; asked once its findings are in (poll or wait gave them). */
  reach(t: number): boolean | undefined;
  /** Text `t` as the worker normalized it (its normalized view and whether it hides characters)
   *  when its chunk is in, without waiting; undefined when not yet. */
  normalized(t: number): { text: string; hidden: boolean } | undefined;
  /** Says the front thread has got to text `seen` (a chunk's end), and when it normalized every
   *  text of chunk `c` itself, sends them to the worker (SharedChunk). */
  passed(seen: number, c: number, texts: string[] | undefined, hidden: number[]): void;
  /** The worker's findings on text `t`, once its chunk is in; undefined when the worker failed
   *  (the caller then runs those rules itself). */
  wait(t: number): Promise<readonly PlacedFinding[] | undefined>;
  /** How many chunks the worker answered for, and on how many of them it said where the second
   *  opinion may speak. */
  answered(): number;
  reached(): number;
  /** Stops the worker (the run is over, or the caller gives up on it). */
  stop(): Promise<void>;
  /** The worker thread's CPU time, when it said (XHS_REPLY_DEBUG=1). */
  workerCpuMs(): number | undefined;
}

/**
 * Gives the helper its job: the worker runs `rules` over the `count` texts of `bytes`, in chunks
 * starting at `starts`. Undefined when it cannot (the caller then lints alone).
 */
export function startSplit(bytes: Uint8Array, count: number, starts: readonly number[], helper: Helper | undefined, rules: readonly string[]): Split | undefined {
  const wt = builtin<WorkerThreads>('node:worker_threads');
  if (helper === undefined || wt === undefined || rules.length === 0) return stopHelper(helper);
  const chunks = Math.ceil(count / CHUNK);
  if (starts.length !== chunks + 1) return stopHelper(helper);
  // Read into shared memory already (check.ts), or copied there.
  const whole = bytes.buffer instanceof SharedArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const input = whole ? (bytes.buffer as SharedArrayBuffer) : new SharedArrayBuffer(bytes.length);
  if (!whole) new Uint8Array(input).set(bytes);
  const statusBuffer = new SharedArrayBuffer(STATUS_SIZE * Int32Array.BYTES_PER_ELEMENT);
  const status = new Int32Array(statusBuffer);
  const { port1, port2 } = new wt.MessageChannel();
  const job: Job = { input, starts, chunks, chunk: CHUNK, texts: count, rules, status: statusBuffer, port: port2 };
  const { worker } = helper;
  let gone = false;
  const lost = () => {
    gone = true;
  };
  worker.on('error', lost);
  worker.on('exit', lost);
  try {
    worker.postMessage(job, [port2]);
  } catch {
    port1.close();
    return stopHelper(helper);
  }
  // Chunks received from the port, and the first still kept: per chunk, its findings by text
  // (undefined: none) and its texts as normalized.
  let received = 0;
  let kept = 0;
  let reached = 0;
  const inbox: ({ found: (PlacedFinding[] | undefined)[]; texts: string[]; hidden: number[]; speaks: number[] | undefined } | undefined)[] = [];
  /** Chunk c, when the worker's message for it is in (taking every message waiting on the port). */
  const chunkIn = (c: number) => {
    while (received <= c) {
      if (Atomics.load(status, STATUS_DONE) <= received) return undefined;
      const m = wt.receiveMessageOnPort(port1);
      if (m === undefined) return undefined;
      const { found: list, texts, hidden, speaks } = m.message as ChunkMessage;
      const found: (PlacedFinding[] | undefined)[] = [];
      for (let k = 0; k + 1 < list.length; k += 2) found[list[k] as number] = list[k + 1] as PlacedFinding[];
      if (speaks !== undefined) reached++;
      inbox[received++] = { found, texts, hidden, speaks };
    }
    return inbox[c];
  };
  const poll = (t: number): readonly PlacedFinding[] | undefined => {
    const c = (t / CHUNK) | 0;
    // Texts are asked for in order, so a chunk already passed is never asked for again.
    while (kept < c) inbox[kept++] = undefined;
    const got = chunkIn(c);
    return got === undefined ? undefined : (got.found[t - c * CHUNK] ?? NONE);
  };
  const normalized = (t: number) => {
    const c = (t / CHUNK) | 0;
    const got = c < kept ? undefined : chunkIn(c);
    if (got === undefined || got.texts.length === 0) return undefined;
    const k = t - c * CHUNK;
    return { text: got.texts[k], hidden: got.hidden.length > 0 && got.hidden.includes(k) };
  };
  const reach = (t: number): boolean | undefined => {
    const c = (t / CHUNK) | 0;
    const speaks = c < kept || c >= received ? undefined : inbox[c]?.speaks;
    return speaks === undefined ? undefined : speaks.includes(t - c * CHUNK);
  };
  const failed = () => gone || Atomics.load(status, STATUS_FAILED) === 1;
  return {
    chunks,
    rules: new Set(rules),
    poll,
    reach,
    normalized,
    passed(seen, c, texts, hidden) {
      Atomics.store(status, STATUS_SEEN, seen);
      if (texts === undefined || gone) return;
      try {
        port1.postMessage({ chunk: c, texts, hidden } satisfies SharedChunk);
      } catch {
        // Only for speed: the worker then normalizes the chunk itself.
      }
    },
    async wait(t) {
      for (;;) {
        const found = poll(t);
        if (found !== undefined) return found;
        if (failed()) return undefined;
        // Woken by the worker's next chunk. A worker that died without a word is seen through its
        // exit event, which needs the event loop: after a while without a chunk, it gets a turn.
        if (Atomics.wait(status, STATUS_DONE, Atomics.load(status, STATUS_DONE), 20) === 'timed-out') {
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    },
    answered: () => Math.min(received, Atomics.load(status, STATUS_DONE)),
    reached: () => reached,
    async stop() {
      Atomics.store(status, STATUS_STOP, 1);
      port1.close();
      // Wait until the worker is gone before this thread goes on to write: a split run in CI once
      // printed nothing after the worker's debug line, and the one thing still in flight then was
      // this termination racing the worker's own exit. A few ms, once a run.
      await worker.terminate();
    },
    workerCpuMs: () => {
      const ms = Atomics.load(status, STATUS_CPU);
      return ms > 0 ? ms : undefined;
    },
  };
}

/** When this thread is a check worker (startHelper): its job, once the front thread gives it
 *  (startSplit). */
export function workerJob(env: Io['env']): Promise<Job> | undefined {
  if (env[WORKER_ENV] !== '1') return undefined;
  const wt = builtin<WorkerThreads>('node:worker_threads');
  if (wt === undefined || wt.isMainThread || wt.parentPort === null) return undefined;
  const port = wt.parentPort;
  return new Promise<Job>((resolve) => port.once('message', resolve));
}
