// Runs the CLI in this process: V8 settings first, then the dispatcher on the real streams.
import './v8-flags.js';
import { processIo } from './io.js';
import { main } from './main.js';

/** `direct`: write stdout/stderr and read stdin with plain system calls (see processIo). */
export function start(argv: string[], direct: boolean): void {
  main(argv, processIo({ direct })).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
