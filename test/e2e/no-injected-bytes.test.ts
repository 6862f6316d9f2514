// SPEC §8 "No injected bytes" through the built CLI: a shared template whose reply holds
// `ESC ] 52 ; c ; … BEL` (set the clipboard) or `ESC [2J` (clear the screen) never reaches the
// terminal raw from any command, and no CSV cell can run as a formula.
// Needs `npm run build` first (npm install runs it through `prepare`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
let dir: string;

// Anything a terminal would act on: C0 except tab/LF/CR, DEL, C1.
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const OSC52 = '\\e]52;c;d2VjaGF0OmFiYzEyMw==\\a'; // "wechat:abc123" into the clipboard
const CONFIG = `version: 1
welcome:
  text: "欢迎光临\\e[2J本店"
keyword_rules:
  - id: "ship\\e[31m"
    keywords: ["发货\\x9b", 包邮]
    reply: "三天内发货${OSC52}"
  - id: price
    keywords: [优惠]
    reply: "=HYPERLINK(\\"http://evil.example\\",\\"领券\\")"
  - id: plus
    keywords: [几件]
    reply: "+1 件起发"
`;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'commands', 'lint.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'xhs-reply-no-injected-'));
  writeFileSync(join(dir, 'xhs-reply.yaml'), CONFIG);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    input: input ?? '',
    env: { ...process.env, NO_COLOR: '1', XHS_REPLY_LANG: '', XHS_REPLY_DEBUG: '' },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

function clean(text: string): void {
  expect(text).not.toMatch(RAW_CONTROL);
}

describe('control characters from a config are never printed raw', () => {
  it('test: the reply with OSC 52 is shown spelled out, not run', () => {
    const r = run(['test', '包邮吗']);
    expect(r.status, r.stderr).toBe(0);
    clean(r.stdout);
    clean(r.stderr);
    expect(r.stdout).toContain('回复：三天内发货<U+001B>]52;c;d2VjaGF0OmFiYzEyMw==<U+0007>');
    expect(r.stdout).toContain('「ship<U+001B>[31m」');
  });

  it('test --format json stays JSON with every control escaped', () => {
    const r = run(['test', '包邮', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    clean(r.stdout);
    const [entry] = JSON.parse(r.stdout) as { answer: { reply: string; keyword: string } }[];
    expect(entry.answer.reply).toBe('三天内发货\u001b]52;c;d2VjaGF0OmFiYzEyMw==\u0007');
  });

  it('test decodes stdin exactly like check: binary and invalid UTF-8 refused at their line, a stray NUL spelled out', () => {
    const inputs = [Buffer.from('发货\u0000\n'), Buffer.from([0xe5, 0x8f, 0x91, 0x0a, 0xff, 0xfe, 0x41, 0x0a])];
    for (const input of inputs) {
      const t = spawnSync(process.execPath, [cli, 'test'], { cwd: dir, input, encoding: 'utf8' });
      const c = spawnSync(process.execPath, [cli, 'check'], { cwd: dir, input, encoding: 'utf8' });
      expect(t.status).toBe(2);
      expect(c.status).toBe(2);
      expect(t.stderr).toBe(c.stderr);
      expect(t.stderr).toMatch(/^xhs-reply: <stdin>:[12]:1: 标准输入/);
    }
    // One NUL inside a long line of real text is a control character of that line, not a binary file.
    const stray = run(['test'], `包邮吗${'请问'.repeat(200)}\u0000\n`);
    expect(stray.status, stray.stderr).toBe(0);
    clean(stray.stdout);
    expect(stray.stdout).toContain('<U+0000>');
  });

  it('export to stdout (txt, json, csv, yaml, html) spells controls out', () => {
    for (const format of ['txt', 'json', 'csv', 'yaml', 'html']) {
      const r = run(['export', '--force', '--format', format]);
      expect(r.status, r.stderr).toBe(0);
      clean(r.stdout);
      clean(r.stderr);
    }
    expect(run(['export', '--force']).stdout).toContain('三天内发货<U+001B>]52;c;');
  });

  it('export without --force lists the findings without running their quoted text', () => {
    const r = run(['export']);
    expect(r.status).toBe(1);
    clean(r.stderr);
    expect(r.stderr).toMatch(/invisible-chars/);
  });

  it('lint and check: invisible-chars reports ESC/BEL/C1, messages quote them spelled out, --fix removes them', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = run(['lint', '--format', format]);
      expect(r.status).toBe(1);
      clean(r.stdout);
    }
    const stylish = run(['lint']).stdout;
    expect(stylish).toMatch(/含不可见字符 U\+001B，/);
    // ESC ] 52 … BEL is one terminal command: one finding naming both controls, fixed as a whole.
    expect(stylish).toMatch(/含不可见字符 U\+001B U\+0007，/);
    expect(stylish).toMatch(/含不可见字符 U\+009B，/);
    const c = run(['check'], '加我\u001b]52;c;eA==\u0007好友\n');
    expect(c.status).toBe(1);
    clean(c.stdout);
    expect(c.stdout).toMatch(/invisible-chars/);
    const fixed = run(['check', '--fix', '--format', 'json'], '三天内\u001b[2J发货\n');
    clean(fixed.stdout);
    expect(fixed.stdout).not.toContain('\\u001b');
  });

  it('coverage prints questions and rule ids spelled out', () => {
    writeFileSync(join(dir, 'questions.txt'), '什么时候发货\n清屏\u001b[2J吗\n几件\u009b起\n');
    for (const format of ['text', 'json']) {
      const r = run(['coverage', 'questions.txt', '--format', format]);
      expect(r.status, r.stderr).toBe(0);
      clean(r.stdout);
    }
    expect(run(['coverage', 'questions.txt']).stdout).toContain('清屏<U+001B>[2J吗');
  });

  it('import reports quoting cells spell controls out', () => {
    writeFileSync(join(dir, 'rules.csv'), '关键词,回复\n发货,三天内发货\n"\u001b]52;c;eA==\u0007",\n');
    const r = run(['import', 'rules.csv', '-o', '-']);
    clean(r.stdout);
    clean(r.stderr);
  });

  it('an error message quoting a name (unknown command) spells controls out', () => {
    const r = run(['\u001b[2Jwipe']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('xhs-reply: 未知命令「<U+001B>[2Jwipe」，运行 xhs-reply --help 查看可用命令\n');
  });
});

describe('CSV export: no cell can run as a formula', () => {
  it('every cell starting with = + - @ gets a leading single quote (export -o sheet.csv)', () => {
    const r = run(['export', '--force', '--format', 'csv', '-o', 'sheet.csv']);
    expect(r.status, r.stderr).toBe(0);
    const rows = parseCsv(readFileSync(join(dir, 'sheet.csv'), 'utf8'), { bom: true }) as string[][];
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const texts = rows.map((row) => row[3]);
    expect(texts).toContain(`'=HYPERLINK("http://evil.example","领券")`);
    expect(texts).toContain("'+1 件起发");
  });
});
