// Bundles the `check` command's start-up path into one module, dist/check-main.js, from
// src/check-main.ts: the dispatcher, the check command and everything they import statically.
// Loading one file instead of ~25 ESM modules (each resolved, read, compiled and linked on its
// own) is most of what `check 你好` costs beyond `node -e 0`.
//
// What stays out, loaded from the tsc output next to it only when used:
// - every dynamic import() — the other commands, the formatters, the encoding sniffer — so the
//   bundle grows by nothing a plain check does not run;
// - npm packages (none is on the static check path).
// The source layout is untouched; tsc still emits every module, and tests run the sources.
// A module that finds its data files next to itself (new URL('./words-table.json',
// import.meta.url)) keeps finding them: in the bundle, import.meta.url of each module is its own
// compiled file's URL in dist/, not the bundle's.
//
// Node's built-in modules are taken with process.getBuiltinModule instead of `import … from
// 'node:fs'` (see builtinsWithoutFacades): an import makes the ES-module facade of the built-in,
// which reads every export — for node:fs that getter loads the whole streams stack (~3 ms of
// `check 你好`), for node:util a few more modules.
//
// The bundle is then turned from a module into a script (toScript): one async function that
// returns the module's exports. dist/cli.js compiles it with vm.Script and V8's code cache,
// dist/check-main.cache, made by the build from a run of the built CLI (see src/cli.ts): the
// functions a check runs arrive compiled instead of being parsed and compiled on every start.
// ES modules get no code cache in Node 20. The first line names the build of the script (a hash
// of it), and the cache starts with the same name, so a cache from another build is never used.
// The script is written in ASCII (regExpsInAscii, then esbuild's whitespace minifying drops the
// comments), so cli.js reads it as latin1 instead of decoding UTF-8.
import { build, transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

/** `import { a, b as c } from "node:x";` lines of esbuild's output, which it emits at the top
 *  level of the module (one line each). */
const BUILTIN_IMPORT = /^import \{([^}]*)\} from "(node:[a-z0-9_/]+)";\n/gm;

/**
 * Rewrites the bundle's named imports of built-ins into destructuring of the module object from
 * process.getBuiltinModule (Node ≥ 20.16), or from import() where that does not exist. All are
 * moved to the top: imports are hoisted and initialised before any code of the module runs, so
 * the bindings are ready at the same point as before. Any other form of built-in import left over
 * fails the build rather than keep a facade unnoticed.
 */
export function builtinsWithoutFacades(code) {
  const lines = [];
  const rest = code.replace(BUILTIN_IMPORT, (_, names, id) => {
    const bindings = names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => n.replace(/^(\w+) as (\w+)$/, '$1: $2'));
    lines.push(`const { ${bindings.join(', ')} } = process.getBuiltinModule?.(${JSON.stringify(id)}) ?? (await import(${JSON.stringify(id)}));`);
    return '';
  });
  const left = /^import[^;]*from "node:[^"]*";$/m.exec(rest);
  if (left) throw new Error(`bundle-check: unhandled built-in import: ${left[0]}`);
  if (lines.length === 0) return code;
  return `// Built-ins without ES-module facades (scripts/bundle-check.mjs).\n${lines.join('\n')}\n${rest}`;
}

/** A JavaScript string literal of `s` in ASCII: every other UTF-16 unit as \\uXXXX. */
function asciiString(s) {
  return JSON.stringify(s).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Rewrites every regular-expression literal holding a character outside ASCII as a RegExp built
 * from an ASCII string literal of its pattern. esbuild already writes strings, templates and names
 * in ASCII, but keeps regex literals as written; with them (and the comments, which the minifying
 * step below drops) rewritten, the bundle is pure ASCII, so dist/cli.js reads it as latin1 — a
 * copy — instead of decoding 1.4 MB of UTF-8 (~6 ms of `check 你好`), and V8 holds it as a
 * one-byte string. The pattern's text is kept exactly (no \u escapes in it), so each RegExp's
 * `source` — which the baked gate tables are keyed by (src/lint/scan-gates.ts) and rules build other
 * patterns from — is what the literal's was; the build checks that for every one.
 *
 * A literal gives a new object each time it is evaluated, and `new RegExp` in a function a rule
 * runs per text cost ~0.2 µs more than the literal (~140k times in a 50k run). So a literal without
 * the g or y flag — whose matching keeps no state in the object — is built once, on its first
 * evaluation, into a variable of the script (`(__rxN ??= new RegExp(…))`), and reused; one with g
 * or y is built anew each time, as the literal was.
 */
export function regExpsInAscii(code) {
  const ts = createRequire(import.meta.url)('typescript');
  const file = ts.createSourceFile('check-main.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  if (/\b__rx\d/.test(code)) throw new Error('bundle-check: the bundle already uses the name __rx…');
  const edits = [];
  let slots = 0;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const text = code.slice(start, node.end);
      if (/[^\x00-\x7f]/.test(text)) {
        const slash = text.lastIndexOf('/');
        const body = text.slice(1, slash);
        const flags = text.slice(slash + 1);
        const literal = (0, eval)(text);
        const made = new RegExp(body, flags);
        if (made.source !== literal.source || made.flags !== literal.flags) {
          throw new Error(`bundle-check: new RegExp would not give ${text.slice(0, 80)} its source`);
        }
        const build = `new RegExp(${asciiString(body)}${flags ? `, ${JSON.stringify(flags)}` : ''})`;
        const space = /[\w$]/.test(code[start - 1] ?? '') ? ' ' : '';
        edits.push([start, node.end, space + (/[gy]/.test(flags) ? build : `(__rx${slots++} ??= ${build})`)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // The variables go first in the script's function (`code` is the whole script).
  const head = '(async function (__bundleUrl, __import) {\n';
  if (!code.startsWith(head)) throw new Error('bundle-check: regExpsInAscii expects the script form');
  let out = slots === 0 ? '' : `${head}let ${Array.from({ length: slots }, (_, i) => `__rx${i}`).join(', ')};\n`;
  let at = slots === 0 ? 0 : head.length;
  for (const [from, to, text] of edits) {
    out += code.slice(at, from) + text;
    at = to;
  }
  return out + code.slice(at);
}

/** First line of the script form; the build's name follows it. Read by src/cli.ts. */
export const SCRIPT_MARK = '// xhs-reply check bundle ';

/**
 * The bundle (an ES module) as the body of `async function (__bundleUrl, __import)` returning its
 * exports: import.meta.url (the bundle's own URL, which the plugin below builds each module's on)
 * becomes __bundleUrl, and dynamic import() becomes __import(), which dist/cli.js gives as its own
 * import() (a script compiled by vm has no module loader of its own; cli.js sits next to the
 * bundle, so relative specifiers mean the same). Anything else a script cannot hold fails the build.
 */
export function toScript(code) {
  const exported = /\nexport \{\n  start\n\};\n$/.exec(code);
  if (!exported) throw new Error('bundle-check: expected the bundle to end with `export { start };`');
  let body = code.slice(0, exported.index + 1).replaceAll('import.meta.url', '__bundleUrl');
  body = body.replace(/\bimport\((?=")/g, '__import(');
  // Static imports and exports are lines of their own in esbuild's output; import.meta has no
  // meaning in a script (`export:` and `import:` keys of the command table are fine).
  const left = /^(?:import|export)\b(?!:)|\bimport\.meta\b|\bimport\((?!")/m.exec(body);
  if (left) throw new Error(`bundle-check: the script form cannot keep ${JSON.stringify(body.slice(left.index, left.index + 60))}`);
  // Comments and indentation go (esbuild's whitespace minifying, nothing else): less to read and
  // hash on every start, and no comment keeps a character outside ASCII.
  const wrapped = `(async function (__bundleUrl, __import) {\n${body}return { start };\n})\n`;
  const { code: script } = transformSync(regExpsInAscii(wrapped), { loader: 'js', minifyWhitespace: true, charset: 'ascii' });
  const wide = /[^\x00-\x7f]/.exec(script);
  if (wide) throw new Error(`bundle-check: the script is not ASCII: ${JSON.stringify(script.slice(wide.index - 40, wide.index + 40))}`);
  const name = createHash('sha256').update(script).digest('hex').slice(0, 32);
  return `${SCRIPT_MARK}${name}\n${script}`;
}

export async function bundleCheck() {
  const outfile = join(dist, 'check-main.js');
  await build({
    entryPoints: [join(src, 'check-main.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [
      {
        name: 'import-meta-of-each-module',
        setup(b) {
          b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
            const code = await readFile(args.path, 'utf8');
            if (!code.includes('import.meta')) return undefined;
            // From the bundle (dist/check-main.js) to where tsc puts this module.
            const rel = relative(src, args.path).replace(/\.tsx?$/, '.js').split('\\').join('/');
            const url = `new URL(${JSON.stringify(`./${rel}`)}, import.meta.url).href`;
            if (/import\.meta\.(?!url\b)/.test(code)) {
              throw new Error(`${rel}: on the bundled check path only import.meta.url is supported`);
            }
            const contents = code.replaceAll('import.meta.url', url);
            return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
          });
        },
      },
      {
        name: 'dynamic-imports-stay-modules',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind !== 'dynamic-import' || !args.path.startsWith('.')) return undefined;
            const target = resolve(args.resolveDir, args.path);
            // The one dynamic import the bundle exists for: main.ts loading the check command.
            if (target === join(src, 'commands', 'check.js')) return undefined;
            // Same relative place in dist/ as in src/, seen from the bundle at dist/check-main.js.
            const rel = relative(src, target).split('\\').join('/');
            return { path: `./${rel}`, external: true };
          });
        },
      },
    ],
  });
  await writeFile(outfile, toScript(builtinsWithoutFacades(await readFile(outfile, 'utf8'))));
}
