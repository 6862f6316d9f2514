#!/usr/bin/env node
// The installed bin: nothing but the edge, so importing main() in tests runs nothing.
import { processIo } from './io.js';
import { main } from './main.js';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
