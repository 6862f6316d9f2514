import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { main } from '../../src/main.js';
import { fixtures, recordingIo } from '../import/helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xhs-import-cmd-'));
});

async function importFixture(name: string, extra: string[] = [], env: Record<string, string> = {}) {
  await copyFile(join(fixtures, name), join(dir, name));
  const io = recordingIo(dir, undefined, env);
  const code = await main(['import', name, ...extra], io);
  return { code, io };
}

describe('xhs-reply import', () => {
  it('imports a GBK CSV, says which encoding it detected, reports problem rows and sums up', async () => {
    const { code, io } = await importFixture('rules-gbk.csv');
    expect(code).toBe(0);
    const err = io.err();
    expect(err).toContain('读取 rules-gbk.csv：CSV，编码 GBK/GB18030（自动识别）');
    expect(err).toContain('rules-gbk.csv:5:6: [已导入，需补充] 有关键词但没有回复内容');
    expect(err).toContain('rules-gbk.csv:6:2: [未导入] 没有关键词');
    expect(err).toContain('已写入 xhs-reply.yaml：6 条规则（关键词回复 5 条，商品卡片 1 张），3 行有问题。');
    expect(err).toContain('xhs-reply lint');
    expect(err).toContain('1 行没有导入，原文已写在 xhs-reply.yaml 开头的注释里');
    expect(io.out()).toBe('');
    const yaml = await readFile(join(dir, 'xhs-reply.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+xhs-reply\.schema\.json$/);
    expect(yaml).toContain('# 来自 rules-gbk.csv 第 2 行');
    const loaded = await loadConfig('xhs-reply.yaml', { cwd: dir });
    expect(loaded.config.keyword_rules?.map((r) => r.id)).toEqual(['什么时候发货', '运费', '尺码', '退货', 'vip']);
  });

  it.each(['rules.csv', 'rules-bom.csv', 'rules.tsv', 'rules.xlsx', 'backend-paste.txt', 'rules-utf16.txt'])('imports %s', async (name) => {
    const { code, io } = await importFixture(name);
    expect(code).toBe(0);
    expect(io.err()).toMatch(/已写入 xhs-reply\.yaml：\d+ 条规则/);
    await expect(loadConfig('xhs-reply.yaml', { cwd: dir })).resolves.toBeTruthy();
  });

  it('never overwrites without --force; with it, backs the old file up', async () => {
    await writeFile(join(dir, 'xhs-reply.yaml'), 'version: 1\n# mine\n');
    const first = await importFixture('rules.tsv');
    expect(first.code).toBe(2);
    expect(first.io.err()).toMatch(/^xhs-reply: xhs-reply\.yaml: xhs-reply\.yaml 已存在，不会覆盖。加 --force/);
    expect(await readFile(join(dir, 'xhs-reply.yaml'), 'utf8')).toBe('version: 1\n# mine\n');

    const second = await importFixture('rules.tsv', ['--force']);
    expect(second.code).toBe(0);
    expect(second.io.err()).toContain('原文件已备份为 xhs-reply.yaml.bak');
    expect(await readFile(join(dir, 'xhs-reply.yaml.bak'), 'utf8')).toBe('version: 1\n# mine\n');
    expect(await readFile(join(dir, 'xhs-reply.yaml'), 'utf8')).toContain('how-much');
  });

  it('writes where -o says, or to stdout with -o -', async () => {
    const named = await importFixture('rules.tsv', ['-o', 'shop-b.yaml']);
    expect(named.code).toBe(0);
    expect(named.io.err()).toContain('xhs-reply lint shop-b.yaml');
    expect(await readFile(join(dir, 'shop-b.yaml'), 'utf8')).toContain('keyword_rules:');

    const piped = await importFixture('rules.tsv', ['-o', '-']);
    expect(piped.code).toBe(0);
    expect(piped.io.out()).toContain('keyword_rules:');
  });

  it('reads pasted text from stdin with -', async () => {
    const io = recordingIo(dir, '关键词：发货\n回复：3天内发货\n\n运费 → 包邮\n');
    expect(await main(['import', '-', '-o', '-'], io)).toBe(0);
    expect(io.err()).toContain('后台复制的文本');
    expect(io.out()).toContain('keywords: [ 发货 ]');
    expect(io.out()).toContain('reply: 包邮');
  });

  it.each([
    ['unknown-header.csv', /可识别的表头：关键词\/关键字\/keyword\(s\)；回复\/回复内容\/自动回复\/reply\/answer/],
    ['no-header.csv', /没有找到可识别的表头/],
    ['header-without-reply.csv', /缺少回复列/],
    ['header-only.csv', /只有表头，没有规则行/],
    ['empty.csv', /文件是空的/],
    ['picture.csv', /二进制文件/],
    ['bad-encoding.csv', /既不是 UTF-8，也不是 GBK\/GB18030/],
  ])('%s: exit 2, one line, nothing written', async (name, message) => {
    const { code, io } = await importFixture(name);
    expect(code).toBe(2);
    const lastLine = io.err().trimEnd().split('\n').pop()!;
    expect(lastLine).toMatch(new RegExp(`^xhs-reply: ${name.replace('.', '\\.')}(:\\d+:\\d+)?: `));
    expect(lastLine).toMatch(message);
    expect(await readdir(dir)).toEqual([name]);
  });

  it('refuses a sheet whose every row is unusable, listing the rows', async () => {
    await writeFile(join(dir, 'only-replies.csv'), '关键词,回复\n,只有回复\n,另一条\n');
    const io = recordingIo(dir);
    expect(await main(['import', 'only-replies.csv'], io)).toBe(2);
    expect(io.err()).toContain('only-replies.csv:2:1: [未导入]');
    expect(io.err()).toContain('only-replies.csv:3:1: [未导入]');
    expect(io.err()).toMatch(/没有可导入的规则（2 行有问题，见上），未写入任何文件/);
    expect(await readdir(dir)).toEqual(['only-replies.csv']);
  });

  it('speaks English with --lang en', async () => {
    const { code, io } = await importFixture('rules.csv', ['--lang', 'en']);
    expect(code).toBe(0);
    expect(io.err()).toContain('Reading rules.csv: CSV, encoding UTF-8 (detected)');
    expect(io.err()).toContain('Wrote xhs-reply.yaml: 6 rules');
  });

  it('asks for exactly one file', async () => {
    const io = recordingIo(dir);
    expect(await main(['import'], io)).toBe(2);
    expect(io.err()).toMatch(/需要一个文件/);
  });
});

describe('built CLI: import → test → coverage', () => {
  const cli = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli.js');
  const xhs = (args: string[], input?: string) =>
    spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XHS_REPLY_LANG: '' } });

  it('a GBK sheet becomes a config the simulator and coverage use; bad input is exit 2', async () => {
    if (!existsSync(cli)) throw new Error('dist/ is missing: run `npm run build` first');
    await copyFile(join(fixtures, 'rules-gbk.csv'), join(dir, 'rules-gbk.csv'));
    const imported = xhs(['import', 'rules-gbk.csv']);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toContain('编码 GBK/GB18030（自动识别）');

    const tested = xhs(['test', '几天发货呀', '--format', 'json']);
    expect(tested.status).toBe(0);
    expect(JSON.parse(tested.stdout)[0].answer).toMatchObject({ id: '什么时候发货', keyword: '几天发货', reply: '本店现货商品下单，预计3天内发货' });

    const piped = xhs(['coverage', '-'], '几天发货\n包邮\n能便宜点吗\n');
    expect([piped.status, piped.stdout.split('\n')[0]]).toEqual([0, '覆盖 2/3（66%）']);
    expect(xhs(['coverage', 'missing.txt']).status).toBe(2);

    const binary = xhs(['import', '-', '-o', '-'], '\u0000\u0001\u0002binary');
    expect(binary.status).toBe(2);
    expect(binary.stderr).toMatch(/^xhs-reply: stdin\.txt: 这是二进制文件/);
    expect(binary.stdout).toBe('');
  });

  it('pasted 跟单助手 blocks become follow_ups that lint checks, in the yaml and in the pasted text', async () => {
    if (!existsSync(cli)) throw new Error('dist/ is missing: run `npm run build` first');
    const pasted = [
      '跟单助手',
      '',
      '催付（下单15分钟后）：亲，这单还没付款呢',
      '',
      '催付（下单3分钟后）：再不付款就没了',
      '',
      '【签收关怀】',
      '发送时间：签收后1天',
      '收到还满意吗？给个五星好评返现5元哦',
    ].join('\n');
    await writeFile(join(dir, 'pasted.txt'), pasted);
    const imported = xhs(['import', 'pasted.txt', '-o', 'out.yaml']);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toContain('跟单助手 3 条，0 行有问题');
    const loaded = await loadConfig('out.yaml', { cwd: dir });
    expect(loaded.config.follow_ups).toEqual([
      { id: 'unpaid', scene: 'unpaid', delay_minutes: 15, text: '亲，这单还没付款呢' },
      { id: 'unpaid-2', scene: 'unpaid', delay_minutes: 3, text: '再不付款就没了' },
      { id: 'delivered', scene: 'delivered', delay_minutes: 1440, text: '收到还满意吗？给个五星好评返现5元哦' },
    ]);
    type Message = { ruleId: string; line: number; column: number; message: string };
    const findings = (file: string) => {
      const run = xhs(['lint', file, '--format', 'json']);
      expect(run.status).toBe(1);
      const messages = (JSON.parse(run.stdout) as { messages: Message[] }[])[0].messages;
      // The learned second opinion's warnings (模型复核) change with each retraining and have their
      // own tests; this test is about the import and the rules' mapping onto the merchant's lines.
      return messages.filter((m) => m.ruleId !== 'missing-common-intents' && !m.message.startsWith('模型复核')).map((m) => [m.ruleId, m.line]);
    };
    const yamlLines = (await readFile(join(dir, 'out.yaml'), 'utf8')).split('\n');
    const lineOf = (text: string) => yamlLines.findIndex((l) => l.includes(text)) + 1;
    // The second reminder and its 3 minutes are pushy; the 签收 text buys a review.
    expect(findings('out.yaml')).toEqual([
      ['pushy-follow-up', lineOf('id: unpaid-2') + 1],
      ['pushy-follow-up', lineOf('delay_minutes: 3')],
      ['review-inducement', lineOf('五星好评返现')],
    ]);
    // Linting the pasted text itself points at the merchant's own lines.
    expect(findings('pasted.txt')).toEqual([
      ['pushy-follow-up', 5],
      ['pushy-follow-up', 5],
      ['review-inducement', 9],
    ]);
  });
});
