// SPEC §8 robustness through the built CLI: `xhs-reply lint FILE` on every kind of bad config
// exits 2 with one line naming the place, within a few seconds, and writes nothing.
// Needs `npm run build` first (npm install runs it through `prepare`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'commands', 'lint.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-bad-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lints FILE (written first unless content is null) and checks the bad-input contract. */
function lintRejects(name: string, content: string | Buffer | null, lang: 'zh' | 'en' = 'zh'): string {
  if (content !== null) writeFileSync(join(dir, name), content);
  const before = readdirSync(dir).sort();
  const r = spawnSync(process.execPath, [cli, 'lint', name, '--lang', lang], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', XHS_REPLY_LANG: '', XHS_REPLY_DEBUG: '' },
    encoding: 'utf8',
    timeout: 15_000,
  });
  // A hang is killed by the spawn timeout and shows as a signal, not as a slow clock.
  expect(r.signal).toBeNull();
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  const lines = r.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/内部错误|internal error|    at /);
  expect(lines[0].startsWith(`xhs-reply: ${name}`)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(before);
  return lines[0];
}

describe('xhs-reply lint on bad input (built CLI)', () => {
  it('malformed YAML', () => {
    expect(lintRejects('malformed.yaml', 'version: 1\nwelcome:\n  text: 你好\n quick_questions: [a\n')).toMatch(
      /^xhs-reply: malformed\.yaml:4:\d+: YAML 语法错误：/,
    );
  });

  it('a wrong type deep in the file', () => {
    const yaml = 'version: 1\nkeyword_rules:\n  - id: a\n    keywords: [发货时间]\n    match: contains\n    reply: 三天内发货\n  - id: b\n    keywords: [退货运费]\n    match: fuzzy\n    reply: 七天\n';
    expect(lintRejects('type.yaml', yaml)).toBe('xhs-reply: type.yaml:9:12: keyword_rules[1].match 只能是 contains 或 exact');
    expect(lintRejects('type.yaml', null, 'en')).toBe('xhs-reply: type.yaml:9:12: keyword_rules[1].match must be contains or exact');
  });

  it('an unknown key', () => {
    expect(lintRejects('unknown.yaml', 'version: 1\nwelcome:\n  txt: 你好\n')).toBe('xhs-reply: unknown.yaml:3:3: welcome 中未知字段「txt」，是不是「text」？');
  });

  it('an alias bomb', () => {
    const lines = ['version: 1', 'vars:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`  ${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(lintRejects('bomb.yaml', lines.join('\n') + '\n')).toMatch(/^xhs-reply: bomb\.yaml:\d+:\d+: YAML 别名（\*引用）展开过多/);
  });

  it('__proto__ and constructor keys', () => {
    expect(lintRejects('proto.yaml', 'version: 1\n__proto__:\n  polluted: true\n')).toMatch(/^xhs-reply: proto\.yaml:2:1: 未知字段「__proto__」/);
    expect(lintRejects('ctor.yaml', 'version: 1\nshop:\n  constructor: {prototype: {polluted: true}}\n')).toMatch(
      /^xhs-reply: ctor\.yaml:3:3: shop 中未知字段「constructor」/,
    );
  });

  it('an empty file', () => {
    expect(lintRejects('empty.yaml', '')).toBe('xhs-reply: empty.yaml:1:1: 配置文件是空的，运行 xhs-reply init 生成一个');
  });

  it('a binary file', () => {
    expect(lintRejects('binary.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]))).toBe(
      'xhs-reply: binary.yaml: 这是二进制文件，不是文本文件',
    );
  });

  it('a non-UTF-8 (GBK) file', () => {
    expect(lintRejects('gbk.yaml', iconv.encode('version: 1\nwelcome:\n  text: 欢迎光临小店\n', 'gbk'))).toBe(
      'xhs-reply: gbk.yaml:3:9: 不是 UTF-8 编码（看起来是GBK/GB18030），请用编辑器另存为 UTF-8',
    );
  });

  it('a 50 MB file', () => {
    const chunk = Buffer.from('  - 什么时候发货\n'.repeat(4096));
    const parts: Buffer[] = [Buffer.from('version: 1\nwelcome:\n  quick_questions:\n')];
    let size = parts[0].length;
    while (size < 50 * 1024 * 1024) {
      parts.push(chunk);
      size += chunk.length;
    }
    writeFileSync(join(dir, 'huge.yaml'), Buffer.concat(parts));
    expect(lintRejects('huge.yaml', null)).toBe('xhs-reply: huge.yaml: 文件太大（50.0 MB，上限 16.0 MB），请确认选对了文件');
    rmSync(join(dir, 'huge.yaml'));
  });

  it('a missing file', () => {
    expect(lintRejects('missing.yaml', null)).toBe('xhs-reply: missing.yaml: 找不到这个文件');
  });

  it('a directory instead of a file', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    expect(lintRejects('folder.yaml', null)).toBe('xhs-reply: folder.yaml: 这是一个目录，不是文件');
    expect(lintRejects('folder.yaml', null, 'en')).toBe('xhs-reply: folder.yaml: is a directory, not a file');
  });
});
