#!/usr/bin/env node
// The installed bin: nothing but the edge, so importing main() in tests runs nothing.
//
// `check` is the command people run in loops and pipelines, so its whole start-up path — V8
// settings, streams, dispatcher, command, lint engine, rules — is also built as one bundled
// module, dist/check-main.js (scripts/bundle-check.mjs): loading one file instead of ~25 is most
// of what separates `check 你好` from `node -e 0`. Every other command loads the compiled modules
// one by one. Both are dynamic imports so that neither path loads the other's files.
const argv = process.argv.slice(2);
const check = argv[0] === 'check';
const { start } = check ? await import('./check-main.js') : await import('./start.js');
start(argv, check);
