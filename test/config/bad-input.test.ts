// SPEC §8 robustness, at the loader: every kind of bad config is one clear UserError line
// naming the place, fast, and nothing is written.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the file, loads it, and returns the one-line message; checks that nothing is written (a hang fails on the test timeout). */
async function rejectFile(name: string, content: string | Buffer | null, lang: 'zh' | 'en' = 'zh'): Promise<string> {
  if (content !== null) writeFileSync(join(dir, name), content);
  const before = readdirSync(dir).sort();
  const err = await loadConfig(name, { cwd: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  expect(readdirSync(dir).sort()).toEqual(before);
  const line = (err as UserError).format(lang);
  expect(line).not.toContain('\n');
  expect(line.startsWith(name)).toBe(true);
  return line;
}

function aliasBomb(): string {
  const lines = ['version: 1', 'vars:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`  ${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

describe('bad configs', () => {
  it('malformed YAML: the syntax error with its position', async () => {
    expect(await rejectFile('malformed.yaml', 'version: 1\nwelcome:\n  text: 你好\n quick_questions: [a\n')).toMatch(
      /^malformed\.yaml:4:\d+: YAML 语法错误：/,
    );
    expect(await rejectFile('unclosed.yaml', 'version: 1\nwelcome:\n  text: "你好\n')).toMatch(/^unclosed\.yaml:\d+:\d+: YAML 语法错误：/);
  });

  it('a wrong type deep in the file', async () => {
    const yaml = 'version: 1\nkeyword_rules:\n  - id: a\n    keywords: [发货时间]\n    reply: 三天内发货\n  - id: b\n    keywords: {退货: 1}\n    reply: 七天\n';
    expect(await rejectFile('type.yaml', yaml)).toBe('type.yaml:7:15: keyword_rules[1].keywords 应该是列表，现在是映射（键: 值）');
    expect(await rejectFile('type.yaml', null, 'en')).toBe('type.yaml:7:15: keyword_rules[1].keywords must be a list, not a map (key: value)');
  });

  it('an unknown key, with the nearest valid key', async () => {
    expect(await rejectFile('unknown.yaml', 'version: 1\nshop:\n  nmae: 小美\n')).toBe('unknown.yaml:3:3: shop 中未知字段「nmae」，是不是「name」？');
  });

  it('an alias bomb stops at the alias limit', async () => {
    expect(await rejectFile('bomb.yaml', aliasBomb())).toMatch(/^bomb\.yaml:\d+:\d+: YAML 别名（\*引用）展开过多（上限 100 次）/);
  });

  it('__proto__ and constructor keys are unknown keys and pollute nothing', async () => {
    expect(await rejectFile('proto.yaml', 'version: 1\n__proto__:\n  isAdmin: true\n')).toMatch(/^proto\.yaml:2:1: 未知字段「__proto__」/);
    expect(await rejectFile('ctor.yaml', 'version: 1\nwelcome:\n  constructor:\n    prototype: {isAdmin: true}\n')).toMatch(
      /^ctor\.yaml:3:3: welcome 中未知字段「constructor」/,
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('an empty file says how to make one', async () => {
    expect(await rejectFile('empty.yaml', '')).toBe('empty.yaml:1:1: 配置文件是空的，运行 xhs-reply init 生成一个');
    expect(await rejectFile('blank.yaml', '\n  \n')).toBe('blank.yaml:1:1: 配置文件是空的，运行 xhs-reply init 生成一个');
    expect(await rejectFile('blank.yaml', null, 'en')).toBe('blank.yaml:1:1: the config file is empty; run xhs-reply init to create one');
  });

  it('a binary file', async () => {
    expect(await rejectFile('image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(
      'image.yaml: 这是二进制文件，不是文本文件',
    );
  });

  it('a GBK file names its encoding', async () => {
    expect(await rejectFile('gbk.yaml', iconv.encode('version: 1\nshop:\n  name: 小美的衣橱\n', 'gbk'))).toBe(
      'gbk.yaml:3:9: 不是 UTF-8 编码（看起来是GBK/GB18030），请用编辑器另存为 UTF-8',
    );
  });

  it('a 50 MB file is refused from its size, in well under a few seconds', async () => {
    const chunk = Buffer.from('  - 什么时候发货\n'.repeat(4096));
    const parts: Buffer[] = [Buffer.from('version: 1\nwelcome:\n  quick_questions:\n')];
    let size = parts[0].length;
    while (size < 50 * 1024 * 1024) {
      parts.push(chunk);
      size += chunk.length;
    }
    writeFileSync(join(dir, 'huge.yaml'), Buffer.concat(parts));
    expect(await rejectFile('huge.yaml', null)).toBe('huge.yaml: 文件太大（50.0 MB，上限 16.0 MB），请确认选对了文件');
    rmSync(join(dir, 'huge.yaml'));
  });

  it('a missing file and a directory', async () => {
    expect(await rejectFile('missing.yaml', null)).toBe('missing.yaml: 找不到这个文件');
    mkdirSync(join(dir, 'folder.yaml'));
    expect(await rejectFile('folder.yaml', null)).toBe('folder.yaml: 这是一个目录，不是文件');
  });
});
