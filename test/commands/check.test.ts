import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, run, stdinLines, stdinTexts } from '../../src/commands/check.js';
import { UserError } from '../../src/errors.js';
import type { Io } from '../../src/io.js';
import { contentRules, lintText } from '../../src/lint/engine.js';

interface FakeIo extends Io {
  out(): string;
  err(): string;
}

function fakeIo(stdin: string | Buffer | null = null, env: Record<string, string> = {}, tty = false): FakeIo {
  let out = '';
  let err = '';
  const input = Readable.from(stdin === null ? [] : [typeof stdin === 'string' ? Buffer.from(stdin) : stdin]) as Readable & {
    isTTY?: boolean;
  };
  input.isTTY = stdin === null;
  return {
    stdout: { write: (s: string) => (out += s), isTTY: tty },
    stderr: { write: (s: string) => (err += s), isTTY: tty },
    stdin: input,
    cwd: '/shop',
    env,
    out: () => out,
    err: () => err,
  };
}

// Texts whose findings SPEC §3 fixes: a WeChat ID steers off the platform (error), 全网第一 is an
// advertising-law superlative (error), a zero-width space is an invisible character (error).
const CONTACT = '有事加我微信 kefu2024 聊';
const CLEAN = '本店现货商品下单，预计3天内发货';
const INVISIBLE = '欢迎光临\u200B小店';

type JsonEntry = { text: string; messages: { ruleId: string; severity: number; message: string; start: number; end: number; suggestion?: string }[] };

async function json(args: string[], stdin: string | null = null): Promise<{ code: number; entries: JsonEntry[]; io: FakeIo }> {
  const io = fakeIo(stdin);
  const code = await run(['--format', 'json', ...args], io);
  return { code, entries: JSON.parse(io.out()), io };
}

describe('check: input', () => {
  it('lints the TEXT arguments, one entry each, in order', async () => {
    const { code, entries } = await json([CONTACT, CLEAN]);
    expect(code).toBe(1);
    expect(entries.map((e) => e.text)).toEqual([CONTACT, CLEAN]);
    expect(entries[0].messages.map((m) => m.ruleId)).toContain('offsite-contact');
    expect(entries[1].messages).toEqual([]);
  });

  it('reads stdin one text a line: empty lines stay entries, the final newline adds none, CRLF loses \\r', async () => {
    const { entries } = await json([], `${CONTACT}\r\n\r\n${CLEAN}\r\n`);
    expect(entries.map((e) => e.text)).toEqual([CONTACT, '', CLEAN]);
    expect(entries[1].messages).toEqual([]);
  });

  it('keeps a last line without a newline, and prints [] for empty stdin', async () => {
    expect((await json([], `${CLEAN}\n${CLEAN}`)).entries).toHaveLength(2);
    const empty = await json([], '');
    expect(empty.entries).toEqual([]);
    expect(empty.code).toBe(0);
  });

  it('a Notepad byte order mark is not part of the first text; only line ends are cut', async () => {
    expect(await stdinTexts(Buffer.from('\uFEFF欢迎\n'))).toEqual(['欢迎']);
    expect(stdinLines('a\nb\n')).toEqual(['a', 'b']);
    expect(stdinLines('a\n\n')).toEqual(['a', '']);
    expect(stdinLines('\n')).toEqual(['']);
    expect(stdinLines('a\rb\r\n')).toEqual(['a\rb']);
  });

  it('refuses binary, UTF-16 and GBK stdin, naming it and the line it starts on (exit 2 at the edge)', async () => {
    const message = async (bytes: Buffer) => {
      const err = await stdinTexts(bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UserError);
      return (err as UserError).format('zh');
    };
    // 你好 in GBK on line 3.
    const gbk = Buffer.concat([Buffer.from('ok\nok\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), Buffer.from('\n')]);
    expect(await message(gbk)).toMatch(/^<stdin>:3:1: 标准输入不是 UTF-8 编码（看起来是GBK\/GB18030）/);
    expect(await message(Buffer.from('a\nb\u0000c'))).toMatch(/^<stdin>:2:1: 标准输入是二进制数据/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('你好\n', 'utf16le')]);
    expect(await message(utf16)).toMatch(/^<stdin>:1:1: 标准输入是 UTF-16 编码/);
    await expect(run([], fakeIo(Buffer.from([0xff, 0x00, 0x00])))).rejects.toThrow(UserError);
  });

  it('lints a line holding a stray NUL instead of refusing the whole input as binary', async () => {
    const lines = ['亲，想了解哪款商品呢', '亲，想了解\u0000哪款商品呢', ...Array.from({ length: 10 }, (_, i) => `第${i}条回复，正常文字`)];
    expect(await stdinTexts(Buffer.from(lines.join('\n') + '\n'))).toEqual(lines);
  });

  it('refuses a text too long to be a reply, pointing at its line or argument', async () => {
    const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    const fromStdin = await run([], fakeIo(`ok\n${long}\n`)).catch((e: UserError) => e.format('en'));
    expect(fromStdin).toMatch(/^<stdin>:2:1: text too long/);
    const fromArg = await run(['ok', long], fakeIo()).catch((e: UserError) => e.format('en'));
    expect(fromArg).toMatch(/^<text 2>: text too long/);
  });

  it('with no TEXT and a terminal on stdin, says what to do instead of waiting', async () => {
    await expect(run([], fakeIo(null))).rejects.toThrow(/Nothing to check/);
  });
});

describe('check --format json (SPEC §2)', () => {
  it('prints exactly text + messages {ruleId, severity, message, start, end, suggestion?} with UTF-16 offsets', async () => {
    const text = `😀${CONTACT}`;
    const { entries } = await json([text]);
    expect(Object.keys(entries[0])).toEqual(['text', 'messages']);
    const expected = lintText(text);
    expect(entries[0].messages).toHaveLength(expected.length);
    for (const [i, m] of entries[0].messages.entries()) {
      expect(Object.keys(m).sort()).toEqual(
        ['ruleId', 'severity', 'message', 'start', 'end', ...(expected[i].suggestion ? ['suggestion'] : [])].sort(),
      );
      expect(m).toMatchObject({ ruleId: expected[i].ruleId, start: expected[i].start, end: expected[i].end });
      expect([1, 2]).toContain(m.severity);
    }
    const contact = entries[0].messages.find((m) => m.ruleId === 'offsite-contact')!;
    // The emoji is two UTF-16 units; the span must still land on the WeChat ID in the original text.
    expect(text.slice(contact.start, contact.end)).toMatch(/微信|kefu2024/);
  });

  it('never leaks internal fields such as fix', async () => {
    const { entries } = await json([INVISIBLE]);
    const m = entries[0].messages.find((x) => x.ruleId === 'invisible-chars');
    expect(m).toBeDefined();
    expect(m).not.toHaveProperty('fix');
  });
});

describe('check: flags', () => {
  it('--rule ID=off turns a rule off, ID=warning downgrades it (exit 0 without errors)', async () => {
    const off = await json(['--rule', 'offsite-contact=off', CONTACT]);
    expect(off.entries[0].messages.some((m) => m.ruleId === 'offsite-contact')).toBe(false);
    const warn = await json(['--rule', 'offsite-contact=warning', CONTACT]);
    const contact = warn.entries[0].messages.filter((m) => m.ruleId === 'offsite-contact');
    expect(contact.length).toBeGreaterThan(0);
    expect(contact.every((m) => m.severity === 1)).toBe(true);
    expect(warn.entries[0].messages.some((m) => m.severity === 2)).toBe(warn.code === 1);
  });

  it('--rule with an unknown id or level is a usage error listing the rules', async () => {
    await expect(run(['--rule', 'no-such-rule=off', 'x'], fakeIo())).rejects.toThrow(/Unknown rule "no-such-rule"/);
    await expect(run(['--rule', 'offsite-contact=loud', 'x'], fakeIo())).rejects.toThrow(/off, warning or error/);
    await expect(run(['--rule', 'offsite-contact', 'x'], fakeIo())).rejects.toThrow(UserError);
  });

  it('--allow drops findings inside a word the shop allows', async () => {
    const text = '扫码进群领券：微信群 abc';
    const before = await json([text]);
    expect(before.entries[0].messages.length).toBeGreaterThan(0);
    const spanned = text.slice(before.entries[0].messages[0].start, before.entries[0].messages[0].end);
    const after = await json(['--allow', spanned, text]);
    expect(after.entries[0].messages.some((m) => m.start === before.entries[0].messages[0].start)).toBe(false);
  });

  it('--quiet reports errors only', async () => {
    const { entries } = await json(['--quiet', '--rule', 'offsite-contact=warning', CONTACT]);
    expect(entries[0].messages.every((m) => m.severity === 2)).toBe(true);
    expect(entries[0].messages.some((m) => m.ruleId === 'offsite-contact')).toBe(false);
  });

  it('--max-warnings N fails when there are more than N warnings', async () => {
    const args = ['--rule', 'offsite-contact=warning', '--rule', 'invisible-chars=warning', '--format', 'json'];
    const io0 = fakeIo();
    expect(await run([...args, '--max-warnings', '0', CONTACT], io0)).toBe(1);
    expect(io0.err()).toMatch(/警告过多/);
    expect(await run([...args, '--max-warnings', '99', CONTACT], fakeIo())).toBe(0);
    await expect(run(['--max-warnings=-1', 'x'], fakeIo())).rejects.toThrow(/non-negative integer/);
    await expect(run(['--max-warnings', 'many', 'x'], fakeIo())).rejects.toThrow(/non-negative integer/);
  });

  it('exit codes: 0 clean, 1 errors, UserError (exit 2) for bad flags', async () => {
    expect(await run([CLEAN], fakeIo())).toBe(0);
    expect(await run([CONTACT], fakeIo())).toBe(1);
    await expect(run(['--format', 'junit', 'x'], fakeIo())).rejects.toThrow(/stylish \| json \| sarif/);
    await expect(run(['--bogus', 'x'], fakeIo())).rejects.toThrow(UserError);
    await expect(run(['--lang', 'fr', 'x'], fakeIo())).rejects.toThrow(/zh or en/);
  });

  it('--lang given twice: the value checked is the value used (the last, as for every flag)', async () => {
    await expect(run(['--lang', 'en', '--lang', 'fr', 'x'], fakeIo())).rejects.toThrow(/zh or en/);
    const io = fakeIo();
    await run(['--help', '--lang', 'fr', '--lang', 'en'], io);
    expect(io.out()).toContain('Usage: xhs-reply check');
  });

  it('--help prints usage and every flag, in zh and en', async () => {
    const zh = fakeIo();
    expect(await run(['--help'], zh)).toBe(0);
    for (const flag of ['--format', '--rule', '--allow', '--quiet', '--max-warnings', '--fix', '--lang', '--no-color']) {
      expect(zh.out()).toContain(flag);
    }
    expect(zh.out()).toContain('用法：xhs-reply check');
    for (const r of contentRules) expect(zh.out()).toContain(r.id);
    const en = fakeIo();
    await run(['--help', '--lang', 'en'], en);
    expect(en.out()).toContain('Usage: xhs-reply check');
  });
});

describe('check: stylish and sarif output', () => {
  it('stylish shows each text with the span underlined, in zh by default, no colour off a terminal', async () => {
    const io = fakeIo();
    expect(await run([CLEAN, CONTACT], io)).toBe(1);
    const out = io.out();
    expect(out).toContain('<text 2>');
    expect(out).not.toContain('<text 1>');
    expect(out).toContain(CONTACT);
    expect(out).toMatch(/\^+/);
    expect(out).toMatch(/✖ \d+ 个问题（\d+ 个错误，\d+ 个警告）/);
    expect(out).not.toContain('\u001B[');
  });

  it('stylish colours on a terminal unless NO_COLOR or --no-color', async () => {
    const tty = fakeIo(null, {}, true);
    await run([CONTACT], tty);
    expect(tty.out()).toContain('\u001B[');
    const noColor = fakeIo(null, { NO_COLOR: '1' }, true);
    await run([CONTACT], noColor);
    expect(noColor.out()).not.toContain('\u001B[');
    const flag = fakeIo(null, {}, true);
    await run(['--no-color', CONTACT], flag);
    expect(flag.out()).not.toContain('\u001B[');
  });

  it('stylish says so on stderr when nothing was found, and speaks English with --lang en', async () => {
    const io = fakeIo();
    expect(await run(['--lang', 'en', CLEAN, CLEAN], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('✔ 2 text(s) checked, no problems found\n');
  });

  it('sarif lists the content rules and one result per finding, located in its text', async () => {
    const io = fakeIo();
    await run(['--format', 'sarif', CLEAN, CONTACT], io);
    const log = JSON.parse(io.out());
    expect(log.version).toBe('2.1.0');
    const ruleIds = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(contentRules.map((r) => r.id)));
    const expected = lintText(CONTACT);
    expect(log.runs[0].results).toHaveLength(expected.length);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: '%3Ctext%202%3E' },
      region: { startLine: 1, startColumn: expected[0].start + 1, endColumn: expected[0].end + 1 },
    });
  });
});

describe('check --fix', () => {
  it('prints the fixed texts on stdout, one a line, and what is left on stderr', async () => {
    const io = fakeIo(`${INVISIBLE}\n${CLEAN}\n`);
    const code = await run(['--fix', '--format', 'json'], io);
    expect(io.out()).toBe(`欢迎光临小店\n${CLEAN}\n`);
    const left = JSON.parse(io.err()) as JsonEntry[];
    expect(left.map((e) => e.text)).toEqual(['欢迎光临小店', CLEAN]);
    expect(left[0].messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('leaves texts without a safe fix unchanged and still fails on their errors', async () => {
    const io = fakeIo();
    expect(await run(['--fix', CONTACT], io)).toBe(1);
    expect(io.out()).toBe(`${CONTACT}\n`);
    expect(io.err()).toContain('offsite-contact');
  });
});
