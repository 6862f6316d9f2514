#!/usr/bin/env node
// The installed bin: nothing but the edge, so importing main() in tests runs nothing.
//
// `check` is the command people run in loops and pipelines, so its whole start-up path — V8
// settings, streams, dispatcher, command, lint engine, rules — is also built as one bundle,
// dist/check-main.js (scripts/bundle-check.mjs): loading one file instead of ~25 is most of what
// separates `check 你好` from `node -e 0`. Every other command loads the compiled modules one by
// one. Neither path loads the other's files.
const argv = process.argv.slice(2);
const check = argv[0] === 'check';
const { start } = check ? await loadCheck() : await import('./start.js');
start(argv, check);

type Start = (argv: string[], direct: boolean) => void;

/**
 * The check bundle. The build makes it a script (one function returning the exports) and leaves
 * V8's code cache of it next to it, check-main.cache: compiled with that cache, the functions a
 * check runs need no parsing or compiling (~10 ms of `check 你好`). A cache from another build
 * (its first line names the build), another Node or other V8 flags is not used — V8 rejects the
 * last two itself — and the bundle is compiled as usual. Without the bundling step (tsc alone),
 * check-main.js is the plain module that re-exports start.
 */
async function loadCheck(): Promise<{ start: Start }> {
  const get = process.getBuiltinModule;
  const bundle = new URL('./check-main.js', import.meta.url);
  let source: string | undefined;
  if (get !== undefined) {
    try {
      // The build writes the bundle in ASCII (scripts/bundle-check.mjs), so latin1 reads it as
      // it is — a copy, where decoding 1.4 MB as UTF-8 cost ~6 ms.
      source = get('node:fs').readFileSync(bundle, 'latin1');
    } catch {
      source = undefined;
    }
  }
  const mark = '// xhs-reply check bundle ';
  if (get === undefined || source === undefined || !source.startsWith(mark)) return import('./check-main.js');
  const fs = get('node:fs');
  const build = source.slice(mark.length, source.indexOf('\n'));
  // Set before compiling (src/v8-flags.ts sets them again and says why): the cache was made under
  // these flags, and V8 rejects a cache made under other flags.
  // Only the main thread sets them: V8 flags are process-wide, so a check worker (check-threads.ts)
  // already runs under it, and setting flags while the main thread runs regexps crashed the
  // process (SIGSEGV in native regexp code, about 1 run in 50 of 50k texts).
  // Through the binding node:v8 calls, as src/v8-flags.ts does and for the same reason (loading
  // node:v8 loads 30 more internal modules, ~2 ms).
  // Node's own modules come with a code cache too, and V8 rejects it once any flag has changed: the
  // built-ins every check loads (node:vm here, util.parseArgs in the bundle's argument parsing)
  // are loaded first, so they are not compiled from source after the flag is set.
  const { Script } = get('node:vm');
  void get('node:util').parseArgs;
  if (process.env.XHS_REPLY_CHECK_WORKER !== '1') setV8Flags(get, '--no-regexp-tier-up --no-minor-gc-task --interrupt-budget=270336 --max-inlined-bytecode-size-cumulative=460');
  const cacheFile = new URL('./check-main.cache', import.meta.url);
  let cachedData: Buffer | undefined;
  try {
    const data = fs.readFileSync(cacheFile);
    // The cache begins with the name of the build it was made from, then a newline.
    if (data.toString('latin1', 0, build.length + 1) === `${build}\n`) cachedData = data.subarray(build.length + 1);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(source, { filename: get('node:url').fileURLToPath(bundle), cachedData });
  // The build makes the cache from a run of this CLI (scripts/check-code-cache.mjs).
  const out = process.env.XHS_REPLY_WRITE_CODE_CACHE;
  if (out !== undefined && out !== '') {
    process.once('exit', () => {
      fs.writeFileSync(out, Buffer.concat([Buffer.from(`${build}\n`, 'latin1'), script.createCachedData()]));
    });
  }
  const run = script.runInThisContext() as (bundleUrl: string, importModule: (specifier: string) => Promise<unknown>) => Promise<{ start: Start }>;
  return run(bundle.href, (specifier) => import(specifier));
}

/** src/v8-flags.ts's setV8Flags (see there), for the bin, which loads no other module before the bundle. */
function setV8Flags(get: NonNullable<typeof process.getBuiltinModule>, flags: string): void {
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    const binding = (process as unknown as { binding?: (name: string) => { setFlagsFromString?: unknown } }).binding?.('v8');
    if (typeof binding?.setFlagsFromString === 'function') {
      (binding.setFlagsFromString as (flags: string) => void)(flags);
      return;
    }
  } catch {
    // No such binding: node:v8 below.
  } finally {
    if (quiet === undefined) delete process.noDeprecation;
    else process.noDeprecation = quiet;
  }
  get('node:v8').setFlagsFromString(flags);
}
