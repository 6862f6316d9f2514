// Imported first by the bin, before any rule module runs a regular expression.
//
// V8 runs a new regular expression through its bytecode interpreter first and compiles it to
// machine code only once it is used again ("tier-up"). For the content rules' large alternations
// the bytecode compile (with its peephole pass) costs about as much as the machine-code compile:
// a one-off `check 你好` paid ~20 ms for it, and a bulk run paid it on top of the native compile.
// Compiling to machine code directly halves the first lint and changes no match.
//
// --no-minor-gc-task: V8 also schedules a young-generation collection as a task once the young
// heap is 80% full, ahead of the one it needs when the heap is full. A one-off `check 你好` fills
// that much while the rules load and then ran one of those tasks just before exiting (~1.5 ms of a
// ~30 ms run beyond `node -e 0`); a bulk run collects when its heap is full either way.
//
// --interrupt-budget=270336 (4x V8's 67584) and --max-inlined-bytecode-size-cumulative=460 (half
// of 920): a bulk check keeps both cores busy with its two threads, so every function TurboFan
// optimizes early, and optimizes again after a deopt, costs CPU a lint thread would have had (V8's
// compiler threads were ~700 of ~2,980 ms of a 50k run). Waiting four times longer before
// optimizing (on 50k texts the hot code is optimized all the same, once, on better feedback) and
// inlining less into each optimized function cut the process's CPU on 50k texts by ~5% (paired,
// alternating, medians of 5-6: x0.939, x0.949); either alone gave less, smaller single inlines
// (--max-inlined-bytecode-size=230) nothing, and no inlining at all (--no-turbo-inlining) cost 3%.
// A one-off check never optimizes anything, so start-up does not change. src/cli.ts sets the same
// string before compiling the check bundle (its code cache is made under it): keep the two equal.

// V8 flags are process-wide: a check worker thread (check-threads.ts) already runs under it, and
// setting flags while the main thread runs regexps crashed the process (see cli.ts).
if (process.env.XHS_REPLY_CHECK_WORKER !== '1') setV8Flags('--no-regexp-tier-up --no-minor-gc-task --interrupt-budget=270336 --max-inlined-bytecode-size-cumulative=460');

/**
 * Sets V8 flags through the binding node:v8 itself calls. Loading node:v8 loads 30 more internal
 * modules (its heap-snapshot streams pull in the whole streams stack): ~2 ms of a one-off
 * `check 你好`, for one call. process.binding('v8') is that binding without them; it is deprecated
 * (DEP0111) and warns only under --pending-deprecation, so the warning is held back for the one
 * call (process.noDeprecation, which emitWarning reads first). Where the binding is gone or
 * different, node:v8 sets the flags as before. src/cli.ts does the same before compiling the check
 * bundle (it cannot import this module without loading one more file).
 */
export function setV8Flags(flags: string): void {
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
  // Without getBuiltinModule (Node < 20.16, which still has the binding) the flag stays unset: it
  // changes no match, only when regexps are compiled to machine code.
  (process.getBuiltinModule?.('node:v8') as typeof import('node:v8') | undefined)?.setFlagsFromString(flags);
}
