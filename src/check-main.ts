// The entry of the bundled `check` path, dist/check-main.js (built by scripts/bundle-check.mjs
// from this file): the same start-up and dispatcher as every other command, with the check
// command and everything it imports statically in one module. Other commands and check's own
// lazy imports (formatters, the encoding sniffer) stay separate modules in dist/, loaded only
// when used. Without the bundling step this file is a plain re-export and everything still works.
export { start } from './start.js';
