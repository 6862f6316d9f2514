// The built CLI, as a merchant or a CI job runs it. Needs `npm run build` first (npm install
// does it through `prepare`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachableModules } from '../bench/fixtures/import-graph.mjs';
import { builtinsWithoutFacades, regExpsInAscii } from '../../scripts/bundle-check.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'commands', 'check.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function xhs(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    input,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', XHS_REPLY_LANG: '', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('xhs-reply check (built CLI)', () => {
  it('passes a clean text with exit 0', () => {
    const r = xhs(['check', '你好']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('未发现问题');
  });

  it('answers a file piped in with exactly one JSON entry per line, in order', () => {
    const lines = ['亲，下单后3天内发货哦', '', '加我微信 kefu2024 返现', '全网第一的好面料', '支持7天无理由退换'];
    const file = join(dir, 'replies.txt');
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const r = xhs(['check', '--format', 'json'], readFileSync(file));
    expect(r.code).toBe(1);
    const entries = JSON.parse(r.stdout) as { text: string; messages: { ruleId: string }[] }[];
    expect(entries.map((e) => e.text)).toEqual(lines);
    expect(entries[2].messages.map((m) => m.ruleId)).toContain('offsite-contact');
    expect(entries[3].messages.map((m) => m.ruleId)).toContain('absolute-claim');
    expect(entries[1].messages).toEqual([]);
  });

  it('turns a bad flag into one line on stderr and exit 2, never a stack trace', () => {
    const r = xhs(['check', '--rule', 'nope=off', 'x']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^xhs-reply: 未知规则「nope」/);
    const gbk = xhs(['check'], Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a]));
    expect(gbk.code).toBe(2);
    expect(gbk.stderr).toMatch(/^xhs-reply: <stdin>:1:1: /);
  });

  it('writes SARIF a code-scanning upload accepts, in English on request', () => {
    const r = xhs(['check', '--format', 'sarif', '--lang', 'en', '加我微信 kefu2024']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].results[0].message.text).toMatch(/[A-Za-z]/);
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('--fix prints the fixed texts on stdout', () => {
    const r = xhs(['check', '--fix'], '欢迎\u200B光临\n');
    expect(r.stdout).toBe('欢迎光临\n');
    expect(r.code).toBe(0);
  });
});

describe('a large stdin is shared with a worker thread (check-threads.ts)', () => {
  // Every corpus text of the repo, several times over with a running number so no two lines are
  // alike: enough texts for a split, with findings of every rule, clean lines and empty ones.
  const corpus = readdirSync(join(root, 'test', 'fixtures', 'corpus'))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(root, 'test', 'fixtures', 'corpus', f), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text.replace(/[\r\n]+/g, ' '));
  const lines: string[] = [];
  // Controls a terminal would run (bidi, C1, line separator) are escaped in the JSON either way.
  for (let i = 0; lines.length < 4000; i++) lines.push(i % 97 === 0 ? '' : `${corpus[i % corpus.length]} ${i}${i % 89 === 0 ? ' \u202e加\u2066微信\u0085\u2028' : ''}`);
  const input = `\uFEFF${lines.join('\n')}\n`;
  const one = { XHS_REPLY_CHECK_THREADS: '1' };
  const two = { XHS_REPLY_CHECK_THREADS: '2', XHS_REPLY_DEBUG: '1' };
  const worked = (stderr: string) => Number(/, (\d+) by the worker[ \n]/.exec(stderr)?.[1] ?? -1);
  const run = (args: string[], stdin: string | undefined, env: Record<string, string>) => {
    const r = spawnSync(process.execPath, [cli, 'check', ...args], {
      cwd: dir,
      input: stdin,
      env: { ...process.env, NO_COLOR: '1', XHS_REPLY_LANG: '', ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints the same bytes and exit code as one thread, for every format and setting', () => {
    for (const args of [
      ['--format', 'json'],
      ['--format', 'json', '--quiet', '--rule', 'harassment=off', '--no-model'],
      ['--format', 'json', '--allow', 'QQ糖', '--lang', 'en', '--max-warnings', '3'],
      [],
      ['--format', 'sarif'],
    ]) {
      const single = run(args, input, one);
      const split = run(args, input, two);
      expect(single.stderr, args.join(' ')).not.toContain('by the worker');
      expect(worked(split.stderr), args.join(' ')).toBeGreaterThan(0);
      // On a mismatch say how the run ended: exit code or signal and what it wrote on stderr.
      const how = (r: ReturnType<typeof run>) => `${args.join(' ')}: code ${r.code} signal ${r.signal} stderr ${JSON.stringify(r.stderr.slice(0, 2000))}`;
      expect(split.stdout.length, how(split)).toBe(single.stdout.length);
      expect(split.stdout === single.stdout, args.join(' ')).toBe(true);
      expect(split.code, args.join(' ')).toBe(single.code);
    }
    expect(JSON.parse(run(['--format', 'json'], input, two).stdout)).toHaveLength(lines.length);
  }, 240_000);

  it('a worker that fails part-way leaves the rest of its rules to the front thread: the same bytes', () => {
    // Chunk 0: it fails before answering anything; chunk 3: after three chunks, while the two
    // threads hand each other normalized texts.
    for (const failAt of ['0', '3']) {
      for (const args of [['--format', 'json'], []]) {
        const single = run(args, input, one);
        const split = run(args, input, { ...two, XHS_REPLY_CHECK_WORKER_FAIL_AT: failAt });
        expect(worked(split.stderr), `${failAt} ${args.join(' ')}`).toBe(Number(failAt));
        // Once (of many runs, under a busy full suite) the bytes differed here and could not be
        // reproduced: on a mismatch say how each run ended and where the outputs first part.
        const at = [...split.stdout].findIndex((ch, i) => ch !== single.stdout[i]);
        const why = `${failAt} ${args.join(' ')}: codes ${single.code}/${split.code} signals ${single.signal}/${split.signal} lengths ${single.stdout.length}/${split.stdout.length} first difference at ${at}: ${JSON.stringify(single.stdout.slice(Math.max(0, at - 80), at + 80))} vs ${JSON.stringify(split.stdout.slice(Math.max(0, at - 80), at + 80))} stderr ${JSON.stringify(split.stderr.slice(0, 1500))}`;
        expect(split.stdout === single.stdout, why).toBe(true);
        expect(split.code).toBe(single.code);
      }
    }
  }, 240_000);

  it('input refused after the worker started: one line on stderr, exit 2, nothing on stdout', () => {
    const binary = Buffer.alloc(200_000);
    for (let i = 0; i < binary.length; i++) binary[i] = i % 50 === 0 ? 10 : (i * 7919) % 256;
    const tooLong = `${'很长'.repeat(600_000)}\n${'你好\n'.repeat(4000)}`;
    const gbk = Buffer.concat(Array.from({ length: 4000 }, () => Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a])));
    for (const bad of [binary, tooLong, gbk]) {
      const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json'], { cwd: dir, input: bad, env: { ...process.env, ...two, XHS_REPLY_DEBUG: '' }, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^xhs-reply: <stdin>:\d+:\d+: /);
    }
  }, 120_000);

  it('stays on one thread for small inputs, --fix and texts given as arguments', () => {
    const small = lines.slice(0, 200).join('\n');
    expect(worked(run(['--format', 'json'], small, two).stderr)).toBe(-1);
    expect(worked(run(['--fix'], input, two).stderr)).toBe(-1);
    expect(worked(run(['--format', 'json', '--', ...Array.from({ length: 4000 }, (_, i) => `加我微信 kf${i}`)], undefined, two).stderr)).toBe(-1);
  }, 120_000);

  it('starts the worker while a large stdin still arrives, and stops it when the run is not split', () => {
    // Past EARLY_WORKER_BYTES (1 MB) the worker is started before the input is read; 4,000 long
    // lines are then split, 1,500 even longer ones are not (fewer than THREADS_MIN_TEXTS).
    const long = (n: number, width: number) => lines.slice(0, n).map((l) => `${l} ${'好'.repeat(width)}`.slice(0, 40 + width));
    for (const [texts, split] of [
      [long(4000, 120), true],
      [long(1500, 300), false],
    ] as const) {
      const stdin = `${texts.join('\n')}\n`;
      expect(Buffer.byteLength(stdin)).toBeGreaterThan(1 << 20);
      for (const args of [['--format', 'json'], []]) {
        const single = run(args, stdin, one);
        const two2 = run(args, stdin, two);
        expect(worked(two2.stderr) > 0, args.join(' ')).toBe(split);
        expect(two2.stdout === single.stdout, args.join(' ')).toBe(true);
        expect(two2.code).toBe(single.code);
      }
    }
  }, 240_000);
});

describe('check stays light (SPEC §8: no Ink, React, yaml or ajv)', () => {
  const banned = ['ink', 'react', 'react-dom', 'yaml', 'ajv', '@inkjs/ui', 'ink-select-input', 'ink-text-input'];

  it('cannot reach them through any import from dist/cli.js along the check path', () => {
    const { files, packages } = reachableModules(cli, 'check');
    // The check path runs from one bundle (scripts/bundle-check.mjs); the walk reaches it and
    // the formatters it loads on demand, and never the other commands or the app.
    const bundle = join(root, 'dist', 'check-main.js');
    expect(files.has(bundle)).toBe(true);
    expect(readFileSync(bundle, 'utf8')).toContain('function lintTextWith(');
    expect(files.has(join(root, 'dist', 'lint', 'formatters', 'stylish.js'))).toBe(true);
    expect(files.has(join(root, 'dist', 'commands', 'init.js'))).toBe(false);
    expect(files.has(join(root, 'dist', 'tui', 'app.js'))).toBe(false);
    for (const name of banned) expect([...packages], name).not.toContain(name);
  });

  it('takes Node built-ins without ES-module facades (a node:fs facade loads the streams stack)', () => {
    const bundle = readFileSync(join(root, 'dist', 'check-main.js'), 'utf8');
    expect(bundle).not.toMatch(/^import[^;]*from "node:/m);
    // (The script form is whitespace-minified: scripts/bundle-check.mjs, toScript.)
    expect(bundle).toContain('const{readSync,writeSync}=process.getBuiltinModule?.("node:fs")??await __import("node:fs");');
    const code = 'var a = 1;\nimport { readFileSync as read2, writeSync } from "node:fs";\nimport { setFlagsFromString } from "node:v8";\nread2(a);\n';
    expect(builtinsWithoutFacades(code)).toBe(
      [
        '// Built-ins without ES-module facades (scripts/bundle-check.mjs).',
        'const { readFileSync: read2, writeSync } = process.getBuiltinModule?.("node:fs") ?? (await import("node:fs"));',
        'const { setFlagsFromString } = process.getBuiltinModule?.("node:v8") ?? (await import("node:v8"));',
        'var a = 1;',
        'read2(a);',
        '',
      ].join('\n'),
    );
    // A form it does not rewrite stops the build instead of keeping a facade unnoticed.
    expect(() => builtinsWithoutFacades('import * as fs from "node:fs";\n')).toThrow(/unhandled built-in import/);
  });

  it('(the walk does find them where they are used, so the check above can fail)', () => {
    const app = join(root, 'dist', 'tui', 'app.js');
    const { packages } = reachableModules(app, 'none');
    expect([...packages]).toEqual(expect.arrayContaining(['ink', 'react']));
  });

  it('does not load them at run time either (module resolution recorded by a loader hook)', () => {
    const log = join(dir, 'resolved.log');
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}`,
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
    const r = spawnSync(process.execPath, ['--import', `file://${register}`, cli, 'check', '你好', '加我微信 qz2046'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(1);
    const urls = readFileSync(log, 'utf8').trim().split('\n');
    // The bundle is a script cli.js compiles itself (with its code cache), not a module it imports.
    expect(urls.some((u) => u.endsWith('/dist/cli.js'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/dist/check-main.js'))).toBe(false);
    // One bundle, not the ~25 modules of the unbundled path: the dispatcher, commands, engine and
    // rules are never loaded as modules of their own (the formatter and its helpers may be).
    const ours = urls.filter((u) => u.startsWith('file:') && !u.includes('/node_modules/'));
    expect(ours.filter((u) => /\/dist\/(?:main|start|io)\.js$|\/dist\/commands\/|\/dist\/lint\/(?:engine|normalize|context)\.js$|\/dist\/lint\/rules\//.test(u))).toEqual([]);
    for (const name of banned) {
      expect(urls.filter((u) => u.includes(`/node_modules/${name}/`)), name).toEqual([]);
    }
  });
});

describe('the check bundle and its code cache (src/cli.ts, scripts/bundle-check.mjs)', () => {
  const dist = join(root, 'dist');
  const mark = '// xhs-reply check bundle ';
  const texts = ['你好', '加我微信 qz2046 返现', '全网最低价，正品保证', '', '亲，在的'];

  /** A copy of dist/ (and package.json, for the module type) to spoil the cache in. */
  function copyOfDist(): string {
    const copy = mkdtempSync(join(dir, 'dist-copy-'));
    cpSync(dist, join(copy, 'dist'), { recursive: true });
    copyFileSync(join(root, 'package.json'), join(copy, 'package.json'));
    return copy;
  }
  const json = (cliFile: string) =>
    spawnSync(process.execPath, [cliFile, 'check', '--format', 'json'], { input: texts.join('\n'), encoding: 'utf8' });

  it('is a script named after its own content, with a cache of the same build', () => {
    const source = readFileSync(join(dist, 'check-main.js'), 'utf8');
    expect(source.startsWith(mark)).toBe(true);
    const nl = source.indexOf('\n');
    const name = source.slice(mark.length, nl);
    expect(name).toBe(createHash('sha256').update(source.slice(nl + 1)).digest('hex').slice(0, 32));
    const cache = readFileSync(join(dist, 'check-main.cache'));
    expect(cache.toString('latin1', 0, name.length + 1)).toBe(`${name}\n`);
  });

  it('is ASCII (cli.js reads it as latin1), its regexes keeping their sources', () => {
    const source = readFileSync(join(dist, 'check-main.js'));
    expect(source.every((b) => b < 0x80)).toBe(true);
    const head = '(async function (__bundleUrl, __import) {\n';
    const out = regExpsInAscii(`${head}const A = /微信|v信/;\nfunction f(s) { return /加我[薇v]/i.test(s) ? s.replace(/原版/g, '') : /\\d+/.exec(s); }\nreturn { start };\n})\n`);
    expect(out).toBe(
      `${head}let __rx0, __rx1;\nconst A = (__rx0 ??= new RegExp("\\u5FAE\\u4FE1|v\\u4FE1"));\n` +
        `function f(s) { return (__rx1 ??= new RegExp("\\u52A0\\u6211[\\u8587v]", "i")).test(s) ? s.replace(new RegExp("\\u539F\\u7248", "g"), '') : /\\d+/.exec(s); }\nreturn { start };\n})\n`,
    );
    // Each has the source and flags of the literal it replaces.
    const built = [...out.matchAll(/new RegExp\(("[^"]*")(?:, ("\w+"))?\)/g)].map(([, p, f]) => new RegExp(JSON.parse(p), f ? JSON.parse(f) : ''));
    expect(built.map(String)).toEqual(['/微信|v信/', '/加我[薇v]/i', '/原版/g']);
  });

  it('V8 takes the cache for the bundle under the flags cli.js compiles it with', () => {
    // The flags cli.js sets, which the bundle (src/v8-flags.ts) sets again.
    const flags = /setV8Flags\(get, '([^']+)'\)/.exec(readFileSync(join(dist, 'cli.js'), 'utf8'))?.[1];
    expect(flags).toContain('--no-regexp-tier-up');
    expect(readFileSync(join(dist, 'check-main.js'), 'latin1')).toContain(`setV8Flags(${JSON.stringify(flags)})`);
    const probe = `
      const { readFileSync } = require('node:fs');
      require('node:v8').setFlagsFromString(${JSON.stringify(flags)});
      const source = readFileSync(${JSON.stringify(join(dist, 'check-main.js'))}, 'utf8');
      const cache = readFileSync(${JSON.stringify(join(dist, 'check-main.cache'))});
      const script = new (require('node:vm').Script)(source, { cachedData: cache.subarray(cache.indexOf(10) + 1) });
      process.stdout.write(String(script.cachedDataRejected));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stdout, r.stderr).toBe('false');
  });

  it('a missing, foreign or damaged cache changes nothing but the time', () => {
    const expected = json(cli);
    expect(expected.status).toBe(1);
    expect(expected.stdout).toContain('offsite-contact');
    const copy = copyOfDist();
    const cache = join(copy, 'dist', 'check-main.cache');
    const good = readFileSync(cache);
    const name = good.subarray(0, good.indexOf(10) + 1);
    const variants: [string, Buffer | null][] = [
      ['missing', null],
      ['another build', Buffer.concat([Buffer.from('0'.repeat(32) + '\n'), good.subarray(name.length)])],
      ['garbage', Buffer.concat([name, Buffer.alloc(4096, 7)])],
      ['truncated', good.subarray(0, good.length >> 1)],
    ];
    for (const [what, data] of variants) {
      rmSync(cache, { force: true });
      if (data !== null) writeFileSync(cache, data);
      const r = json(join(copy, 'dist', 'cli.js'));
      expect(r.stderr, what).toBe('');
      expect([r.status, r.stdout], what).toEqual([expected.status, expected.stdout]);
    }
  });

  it('runs without the bundling step too (tsc output: check-main.js re-exports start)', () => {
    const copy = copyOfDist();
    writeFileSync(join(copy, 'dist', 'check-main.js'), "export { start } from './start.js';\n");
    const r = json(join(copy, 'dist', 'cli.js'));
    expect([r.status, r.stdout]).toEqual([json(cli).status, json(cli).stdout]);
  });
});
