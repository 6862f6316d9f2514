import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import type { Io } from '../../src/io.js';

const fixtures = new URL('../fixtures/lint/', import.meta.url);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xhs-lint-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function lint(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end();
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin,
    cwd: dir,
    env: { NO_COLOR: '1', ...env },
  };
  const code = await main(['lint', ...args], io);
  return { code, stdout, stderr };
}

const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

/** Covers every common intent and hands complex questions to a person: lints clean. */
const CLEAN = `# 我的店
version: 1
shop: { name: 小美的小店, category: general }
vars:
  ship_days: 3
welcome:
  text: 亲，欢迎光临～复杂问题请留言，人工客服看到后会尽快回复您，请稍等哦
  quick_questions: [什么时候发货, 包邮吗]
keyword_rules:
  - id: shipping
    keywords: [什么时候发货, 几天发货]
    reply: 现货付款后{{ship_days}}天内发货
  - id: fee
    keywords: [包邮吗, 运费多少]
    reply: 店铺满59元包邮，偏远地区以下单页为准
  - id: returns
    keywords: [可以退换吗, 能退货吗]
    reply: 支持签收后7天无理由退换
  - id: after-sales
    keywords: [质量问题, 怎么售后]
    reply: 请在订单页申请售后并上传照片
  - id: discount
    keywords: [有优惠吗, 优惠券]
    reply: 商品页可以领取优惠券
  - id: human
    keywords: [人工客服, 转人工]
    reply: 人工客服看到后会尽快回复您，请稍等
  - id: spec
    keywords: [什么规格, 尺寸多大]
    reply: 各规格的尺寸都在详情页标注了
  - id: authenticity
    keywords: [是正品吗, 保真吗]
    reply: 商品都从品牌授权渠道进货
`;

describe('xhs-reply lint', () => {
  it('lints ./xhs-reply.yaml by default: clean → exit 0, a note on stderr, nothing on stdout', async () => {
    write('xhs-reply.yaml', CLEAN);
    const r = await lint([]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('未发现问题');
  });

  it('without ./xhs-reply.yaml exits 2 with a hint to run init', async () => {
    const r = await lint([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xhs-reply: xhs-reply\.yaml: .*xhs-reply init/);
  });

  it('reports the planted problems as ESLint json and exits 1', async () => {
    copyFileSync(new URL('planted.yaml', fixtures), join(dir, 'planted.yaml'));
    const r = await lint(['planted.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.filePath).toBe('planted.yaml');
    expect(result.errorCount).toBeGreaterThan(0);
    const m = result.messages.find((x: { ruleId: string }) => x.ruleId === 'unknown-variable');
    expect(m).toMatchObject({ line: 28, column: 17, severity: 2 });
    expect(m.message).toContain('{{refund_dayz}}');
  });

  it('stylish shows file, line:col, severity, message and rule id; --lang en switches language', async () => {
    write('xhs-reply.yaml', CLEAN.replace('商品页可以领取优惠券', '全网最低价，加个微信qz204678'));
    const zh = await lint([]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('xhs-reply.yaml');
    expect(zh.stdout).toMatch(/24:18\s+错误\s+.*offsite-contact/);
    const en = await lint(['--lang', 'en']);
    expect(en.stdout).toMatch(/24:18\s+error\s+/);
    expect(en.stdout).toContain('problem');
  });

  it('--quiet drops warnings; --max-warnings turns too many warnings into exit 1', async () => {
    write('xhs-reply.yaml', CLEAN.replace('[人工客服, 转人工]', '[人工客服, 转人工, 在吗]'));
    const plain = await lint([]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('keyword-too-broad');
    const quiet = await lint(['--quiet']);
    expect(quiet).toMatchObject({ code: 0, stdout: '' });
    const strict = await lint(['--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('警告过多');
    expect((await lint(['--max-warnings', 'x'])).code).toBe(2);
  });

  it('--rule overrides severities and rejects unknown rules', async () => {
    write('xhs-reply.yaml', CLEAN.replace('[人工客服, 转人工]', '[人工客服, 转人工, 在吗]'));
    expect((await lint(['--rule', 'keyword-too-broad=error'])).code).toBe(1);
    const off = await lint(['--rule', 'keyword-too-broad=off']);
    expect(off).toMatchObject({ code: 0, stdout: '' });
    const bad = await lint(['--rule', 'no-such-rule=off']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('未知规则');
    expect((await lint(['--rule', 'keyword-too-broad=loud'])).code).toBe(2);
  });

  it('lint.rules in the config turns rules off', async () => {
    write('xhs-reply.yaml', CLEAN.replace('[人工客服, 转人工]', '[人工客服, 转人工, 在吗]') + 'lint:\n  rules: { keyword-too-broad: off }\n');
    expect(await lint([])).toMatchObject({ code: 0, stdout: '' });
  });

  it('--format sarif prints SARIF 2.1.0 describing the rules', async () => {
    copyFileSync(new URL('planted.yaml', fixtures), join(dir, 'planted.yaml'));
    const r = await lint(['planted.yaml', '-f', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const ids = sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId);
    expect(ids).toContain('keyword-shadowed');
    expect((await lint(['planted.yaml', '-f', 'xml'])).code).toBe(2);
  });

  it('--fix removes invisible characters, padding and duplicate keywords, keeps comments, backs up', async () => {
    const broken = CLEAN.replace('[包邮吗, 运费多少]', '[包邮吗, 运费多少, 包邮吗]  # 运费相关')
      .replace('reply: 支持签收后7天无理由退换', 'reply: "支持签收后7天\u200B无理由退换 "')
      .replace('keywords: [质量问题, 怎么售后]', "keywords: ['质量问题 ', 怎么售后]");
    write('xhs-reply.yaml', broken);
    const before = await lint(['--format', 'json']);
    const [result] = JSON.parse(before.stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId).sort()).toEqual(['empty-text', 'empty-text', 'invisible-chars', 'keyword-conflict']);
    expect(result.fixableErrorCount + result.fixableWarningCount).toBe(4);

    const r = await lint(['--fix']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('已自动修复 4 处问题');
    const after = readFileSync(join(dir, 'xhs-reply.yaml'), 'utf8');
    expect(after).toContain('# 我的店');
    expect(after).toContain('keywords: [ 包邮吗, 运费多少 ] # 运费相关'.replace('[ ', '[').replace(' ]', ']'));
    expect(after).toContain('reply: "支持签收后7天无理由退换"');
    expect(after).toContain("keywords: [ '质量问题', 怎么售后 ]".replace('[ ', '[').replace(' ]', ']'));
    expect(readFileSync(join(dir, 'xhs-reply.yaml.bak'), 'utf8')).toBe(broken);
    expect(await lint([])).toMatchObject({ code: 0, stdout: '' });
  });

  it('--fix with nothing to fix writes nothing', async () => {
    write('xhs-reply.yaml', CLEAN);
    const r = await lint(['--fix']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('没有可以自动修复的问题');
    expect(existsSync(join(dir, 'xhs-reply.yaml.bak'))).toBe(false);
  });

  it('lints a JSON config with positions', async () => {
    write('config.json', JSON.stringify({ version: 1, keyword_rules: [{ id: 'a', keywords: ['发'], reply: '好的' }] }, null, 2));
    const r = await lint(['config.json', '-f', 'json', '--rule', 'missing-common-intents=off']);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages.map((m: { ruleId: string; line: number; column: number }) => [m.ruleId, m.line, m.column])).toEqual([
      ['keyword-too-broad', 7, 9],
    ]);
  });

  it('lints a rule sheet in place, pointing at its rows; --fix is refused for sheets', async () => {
    write('规则.csv', '关键词,回复\n"什么时候发货,几天发货",现货3天内发货\n"退货,退换",支持7天无理由退换。加我微信abc12345\n发,好的\n');
    const r = await lint(['规则.csv', '-f', 'json', '--rule', 'missing-common-intents=off']);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.filePath).toBe('规则.csv');
    expect(result.messages.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line])).toEqual([
      ['offsite-contact', 3],
      ['keyword-too-broad', 4],
    ]);
    const fix = await lint(['规则.csv', '--fix']);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('xhs-reply import');
  });

  it('broken YAML and unknown file types exit 2 with file:line:col', async () => {
    write('bad.yaml', 'version: 1\nkeyword_rules:\n  - id: a\n    keywords: [x\n');
    const r = await lint(['bad.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xhs-reply: bad\.yaml:\d+:\d+: /);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    write('notes.doc', 'x');
    expect((await lint(['notes.doc'])).code).toBe(2);
  });

  it('prints help', async () => {
    const r = await lint(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('keyword-shadowed');
  });
});
