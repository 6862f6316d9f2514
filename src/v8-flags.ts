// Imported first by the bin, before any rule module runs a regular expression.
//
// V8 runs a new regular expression through its bytecode interpreter first and compiles it to
// machine code only once it is used again ("tier-up"). For the content rules' large alternations
// the bytecode compile (with its peephole pass) costs about as much as the machine-code compile:
// a one-off `check 你好` paid ~20 ms for it, and a bulk run paid it on top of the native compile.
// Compiling to machine code directly halves the first lint and changes no match.
import { setFlagsFromString } from 'node:v8';

// V8 flags are process-wide: a check worker thread (check-threads.ts) already runs under it, and
// setting flags while the main thread runs regexps crashed the process (see cli.ts).
if (process.env.XHS_REPLY_CHECK_WORKER !== '1') setFlagsFromString('--no-regexp-tier-up');
