import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureCoverage } from '../../src/backend/coverage.js';
import { buildMatcher } from '../../src/backend/matcher.js';
import type { Config } from '../../src/config/types.js';
import { main } from '../../src/main.js';
import { recordingIo } from '../import/helpers.js';

const CONFIG = `version: 1
keyword_rules:
  - id: shipping
    keywords: [发货]
    reply: 3天内发货
  - id: size
    keywords: [尺码]
    reply: 看详情页尺码表
  - id: invoice
    keywords: [发票]
    reply: 可以开发票
`;
const QUESTIONS = ['什么时候发货', '几天发货呀', '尺码怎么选', '能便宜点吗', '可以便宜一点吗', '能便宜点吗', '有优惠券吗', '优惠券怎么领', '支持花呗吗', '发货了吗'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xhs-coverage-cmd-'));
  await writeFile(join(dir, 'xhs-reply.yaml'), CONFIG);
  await writeFile(join(dir, 'questions.txt'), `${QUESTIONS.join('\n')}\n\n`);
  await writeFile(join(dir, 'questions-gbk.csv'), iconv.encode(`编号,问题\n${QUESTIONS.map((q, i) => `${i + 1},${q}`).join('\r\n')}\r\n`, 'gbk'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('咨询');
  ws.addRow(['客户问题']);
  for (const q of QUESTIONS) ws.addRow([q]);
  await wb.xlsx.writeFile(join(dir, 'questions.xlsx'));
});

async function coverage(args: string[]) {
  const io = recordingIo(dir);
  const code = await main(['coverage', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('xhs-reply coverage', () => {
  it('prints the share answered, unanswered groups and rules that never fire', async () => {
    const r = await coverage(['questions.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '覆盖 4/10（40%）',
        '',
        '没有自动回复的问题（6 个，按相似归为 3 组）：',
        '  3×  能便宜点吗  「便宜」：能便宜点吗 ×2、可以便宜一点吗',
        '  2×  有优惠券吗  「优惠」：有优惠券吗、优惠券怎么领',
        '  1×  支持花呗吗',
        '',
        '从未触发的规则（1 条）：',
        '  关键词回复第 3 条「invoice」',
        '',
      ].join('\n'),
    );
    expect(r.err).toContain('读取 questions.txt：10 个问题，编码 UTF-8（自动识别）');
  });

  it('takes the 问题 column of a GBK CSV and the question column of an XLSX', async () => {
    const csv = await coverage(['questions-gbk.csv']);
    expect(csv.out.split('\n')[0]).toBe('覆盖 4/10（40%）');
    expect(csv.err).toContain('编码 GBK/GB18030（自动识别），取「问题」列');
    const xlsx = await coverage(['questions.xlsx']);
    expect(xlsx.out.split('\n')[0]).toBe('覆盖 4/10（40%）');
    expect(xlsx.err).toContain('取「客户问题」列');
  });

  it('--format json has every group and per-rule counts', async () => {
    const r = await coverage(['questions.txt', '--format', 'json']);
    const data = JSON.parse(r.out);
    expect(data).toMatchObject({ total: 10, answered: 4, share: 0.4 });
    expect(data.rules).toEqual([
      { kind: 'keyword_rule', id: 'shipping', index: 0, answered: 3 },
      { kind: 'keyword_rule', id: 'size', index: 1, answered: 1 },
      { kind: 'keyword_rule', id: 'invoice', index: 2, answered: 0 },
    ]);
    expect(data.neverFired).toEqual([{ kind: 'keyword_rule', id: 'invoice', index: 2 }]);
    expect(data.unanswered[0]).toEqual({
      term: '便宜',
      count: 3,
      example: '能便宜点吗',
      questions: [
        { text: '能便宜点吗', count: 2 },
        { text: '可以便宜一点吗', count: 1 },
      ],
    });
  });

  it('--top limits the groups shown', async () => {
    const r = await coverage(['questions.txt', '--top', '1']);
    expect(r.out).toContain('…还有 2 组');
  });

  it('exit 2 for a missing or empty questions file', async () => {
    await writeFile(join(dir, 'empty.txt'), '\n\n');
    expect((await coverage(['missing.txt'])).code).toBe(2);
    const empty = await coverage(['empty.txt']);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/没有问题/);
    expect((await coverage([])).code).toBe(2);
  });

  // A matcher that tried every rule per question would not finish within the test timeout.
  it('10,000 questions against 1,000 rules', () => {
    const rules = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, keywords: [`词${i}号`, `关键${i}`], reply: `回复${i}` }));
    const config: Config = { version: 1, keyword_rules: rules };
    const questions = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `请问关键${i % 1500}怎么样呢，麻烦看一下` : `随便问问第${i}个问题可以吗`));
    const report = measureCoverage(buildMatcher(config), questions);
    expect(report.total).toBe(10_000);
    expect(report.answered).toBeGreaterThan(2000);
  }, 20_000);
});

describe('xhs-reply coverage --suggest / --apply', () => {
  const own = `# 本店配置
version: 1
extends: [general]
shop:
  name: 小店 # 店名
keyword_rules:
  # 本店自己的规则
  - id: own
    keywords: [测一测]
    reply: 好的
`;
  const asked = ['什么时候来安装呀', '是免费上门安装吧', '安装要收费吗', '电子票怎么开', '要电子票', '可以用花呗吗', '花呗分期吗'];

  async function shop() {
    const d = await mkdtemp(join(tmpdir(), 'xhs-suggest-'));
    await writeFile(join(d, 'xhs-reply.yaml'), own);
    await writeFile(join(d, 'q.txt'), `${asked.join('\n')}\n`);
    return d;
  }

  it('--suggest proposes checked keywords and where they go, and writes nothing', async () => {
    const d = await shop();
    const io = recordingIo(d);
    expect(await main(['coverage', 'q.txt', '--suggest'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('建议（每个关键词都已检查 keyword-conflict / keyword-shadowed / keyword-too-broad）');
    expect(out).toMatch(/关键词「安装」→ 新建规则「ask-安装」，回复需要您来写（多回答 3 个问题/);
    expect(out).toMatch(/关键词「花呗」→ 新建规则「ask-花呗」/);
    // 电子票 ends like the template's invoice keywords (发票, 开票, 专票): it joins that rule.
    expect(out).toMatch(/关键词「电子票」→ 加到关键词回复「invoice」/);
    expect(out).toContain('加 --apply 写入 xhs-reply.yaml');
    expect(readFileSync(join(d, 'xhs-reply.yaml'), 'utf8')).toBe(own);
  });

  it('--apply writes them into the file: comments kept, template rules overridden by id, .bak kept, new replies left for the merchant', async () => {
    const d = await shop();
    const io = recordingIo(d);
    expect(await main(['coverage', 'q.txt', '--suggest', '--apply', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out());
    expect(json.applied).toBe(json.suggest.suggestions.filter((s: { rejected?: unknown }) => !s.rejected).length);
    expect(json.suggest.after).toBe(asked.length);
    const text = readFileSync(join(d, 'xhs-reply.yaml'), 'utf8');
    expect(readFileSync(join(d, 'xhs-reply.yaml.bak'), 'utf8')).toBe(own);
    expect(text.startsWith('# 本店配置\n')).toBe(true);
    expect(text).toContain('name: 小店 # 店名');
    expect(text).toContain('  # 本店自己的规则\n  - id: own');
    expect(text).toMatch(/# coverage --suggest 添加：买家问「.*安装.*」等 3 次，请写回复\n  - id: ask-安装\n    keywords: \[安装\]\n    match: contains\n    reply: ""/);
    // invoice comes from the template: the override lists its keywords plus the new one.
    expect(text).toContain('  - id: invoice\n    keywords: [发票, 开票, 增票, 专票, 普票, 抬头, 税号, 电子票]');
    // Every question is answered now, and lint points at the replies still to write.
    const again = recordingIo(d);
    await main(['coverage', 'q.txt'], again);
    expect(again.out()).toContain(`覆盖 ${asked.length}/${asked.length}（100%）`);
    const lint = recordingIo(d);
    expect(await main(['lint', '--format', 'json'], lint)).toBe(1);
    const messages = JSON.parse(lint.out())[0].messages as { ruleId: string }[];
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(['empty-text']));
  });

  it('--apply without --suggest, or on a rule sheet, is a usage error and writes nothing', async () => {
    const d = await shop();
    const io = recordingIo(d);
    expect(await main(['coverage', 'q.txt', '--apply'], io)).toBe(2);
    await writeFile(join(d, 'rules.csv'), '关键词,回复\n发货,3天内发货\n');
    const sheet = recordingIo(d);
    expect(await main(['coverage', 'q.txt', '-c', 'rules.csv', '--suggest', '--apply'], sheet)).toBe(2);
    expect(sheet.err()).toContain('--apply 不会改动规则表');
    expect(readFileSync(join(d, 'xhs-reply.yaml'), 'utf8')).toBe(own);
  });
});
