import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fixtures, recordingIo } from '../import/helpers.js';

const CONFIG = `version: 1
shop:
  name: 小美的衣橱
vars:
  ship_days: 3
keyword_rules:
  - id: shipping
    keywords: [什么时候发货, 发货]
    reply: "{{shop.name}}现货下单，预计{{ship_days}}天内发货"
  - id: freight
    keywords: [运费]
    match: exact
    reply: |-
      全场包邮
      偏远地区除外
product_cards:
  - id: dress
    product_id: "65f0c0ffee"
    name: 春季碎花连衣裙
    keywords: [碎花裙, 发货]
    reply: 这款是爆款
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xhs-test-cmd-'));
  await writeFile(join(dir, 'xhs-reply.yaml'), CONFIG);
  await writeFile(join(dir, 'broken.yaml'), 'version: 1\nkeyword_rules: [\n');
  await copyFile(join(fixtures, 'rules.csv'), join(dir, 'rules.csv'));
});

async function test(args: string[], stdin?: string) {
  const io = recordingIo(dir, stdin);
  const code = await main(['test', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('xhs-reply test', () => {
  it('shows the answering rule, keyword, match mode and the reply with vars filled', async () => {
    const r = await test(['亲，什么时候发货呀']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '问题：亲，什么时候发货呀',
        '  回复来自：关键词回复第 1 条「shipping」',
        '  命中关键词：「什么时候发货」（包含）',
        '  回复：小美的衣橱现货下单，预计3天内发货',
        '',
      ].join('\n'),
    );
    expect(r.err).toMatch(/^注：后台未公开匹配规则.*精确匹配优先.*\n$/);
  });

  it('shows exact matches and multi-line replies', async () => {
    const r = await test(['运费']);
    expect(r.out).toContain('命中关键词：「运费」（精确）');
    expect(r.out).toContain('  回复：全场包邮\n        偏远地区除外\n');
  });

  it('shows product cards with their product', async () => {
    const r = await test(['碎花裙还有吗']);
    expect(r.out).toContain('回复来自：商品卡片第 1 条「dress」（春季碎花连衣裙，商品ID 65f0c0ffee）');
  });

  it('says so when no rule answers, and still exits 0', async () => {
    const r = await test(['运费多少钱']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有规则会回复这个问题');
  });

  it('--verbose shows the compared form and who else matched', async () => {
    const r = await test(['发 货 了吗', '--verbose']);
    expect(r.out).toContain('比较时按：发货了吗');
    expect(r.out).toContain('也命中但排在后面：商品卡片第 1 条「dress」');
  });

  it('--format json: one entry per question', async () => {
    const r = await test(['什么时候发货', '在吗', '--format', 'json']);
    const data = JSON.parse(r.out);
    expect(data).toEqual([
      {
        question: '什么时候发货',
        normalized: '什么时候发货',
        answer: { kind: 'keyword_rule', id: 'shipping', index: 0, keyword: '什么时候发货', match: 'contains', reply: '小美的衣橱现货下单，预计3天内发货' },
        alsoMatched: [{ kind: 'product_card', id: 'dress', index: 0, keyword: '发货', match: 'contains', reply: '这款是爆款', productId: '65f0c0ffee', name: '春季碎花连衣裙' }],
      },
      { question: '在吗', normalized: '在吗', answer: null, alsoMatched: [] },
    ]);
  });

  it('reads questions from stdin, one a line', async () => {
    const r = await test([], '发货\n\n运费\n');
    expect(r.out.match(/^问题：/gm)).toHaveLength(2);
  });

  it('simulates a rule sheet before it is imported', async () => {
    const r = await test(['VIP', '-c', 'rules.csv']);
    expect(r.out).toContain('命中关键词：「VIP」（精确）');
    expect(r.out).toContain('回复：会员专享价');
  });

  it('exit 2 for a broken config, a missing config or a bad flag', async () => {
    const broken = await test(['发货', '-c', 'broken.yaml']);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^xhs-reply: broken\.yaml:\d+:\d+: /m);
    const missing = await test(['发货', '-c', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.yaml: 找不到配置文件。先运行 xhs-reply init 或 xhs-reply import/);
    const format = await test(['发货', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/未知的输出格式「xml」/);
  });
});
