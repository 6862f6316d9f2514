import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { configRules } from '../../src/lint/config-rules.js';
import { lintConfig, lintConfigFindings, type ConfigSubject } from '../../src/lint/config-engine.js';
import { contentRules } from '../../src/lint/engine.js';
import type { LintMessage } from '../../src/lint/types.js';

const cwd = '/nonexistent-xhs-reply-test';
const fixtures = new URL('../fixtures/lint/', import.meta.url);

async function lint(text: string, options: Parameters<typeof lintConfigFindings>[1] = {}) {
  const loaded = await loadConfig('xhs-reply.yaml', { cwd, text });
  return { loaded, findings: lintConfigFindings(loaded, options) };
}

/** Every intent covered and a hand-over to a person, so only the planted problem shows. */
const CLEAN_RULES = `keyword_rules:
  - id: shipping
    keywords: [什么时候发货, 几天发货]
    reply: 现货付款后{{ship_days}}天内发货
  - id: fee
    keywords: [包邮吗, 运费多少]
    reply: 店铺满59元包邮
  - id: returns
    keywords: [可以退换吗, 能退货吗]
    reply: 支持{{return_days}}天无理由退换
  - id: after-sales
    keywords: [质量问题, 怎么售后]
    reply: 请在订单页申请售后
  - id: discount
    keywords: [有优惠吗, 优惠券]
    reply: 商品页可以领券
  - id: human
    keywords: [人工客服, 转人工]
    reply: 人工客服看到后会尽快回复您，请稍等
  - id: spec
    keywords: [什么规格, 尺寸多大]
    reply: 规格都在详情页
  - id: authenticity
    keywords: [是正品吗, 保真吗]
    reply: 货源来自品牌方授权的渠道
`;
const HEAD = `version: 1
shop: { name: 小美, category: general }
vars:
  ship_days: 3
  return_days: 7
`;

/** A fake text linter that flags every 「微信」 so the mapping is tested without the real rules. */
const fakeLint = (text: string): LintMessage[] =>
  [...text.matchAll(/微信/g)].map((m) => ({ ruleId: 'offsite-contact', severity: 2 as const, message: 'x', start: m.index, end: m.index + 2 }));

describe('lintConfig: the planted fixture', () => {
  it('yields exactly the planted rule ids at the planted lines', async () => {
    const loaded = await loadConfig('planted.yaml', { cwd: fixtures.pathname });
    const registered = new Set([...configRules.map((r) => r.id), ...contentRules.map((r) => r.id)]);
    const expected = (JSON.parse(readFileSync(new URL('planted.expected.json', fixtures), 'utf8')) as { line: number; ruleId: string }[])
      // A content rule still being written cannot fire yet; once registered, its plant must be found.
      .filter((e) => registered.has(e.ruleId));
    const [result, ...others] = lintConfig(loaded);
    expect(others).toEqual([]);
    expect(result.filePath).toBe('planted.yaml');
    expect(result.messages.map((m) => ({ line: m.line, ruleId: m.ruleId }))).toEqual(expected);
  });
});

describe('lintConfig: positions of content findings', () => {
  const run = async (yaml: string) => (await lint(HEAD + yaml + CLEAN_RULES, { lintText: fakeLint })).findings;

  it('points inside plain, quoted and flow scalars', async () => {
    const findings = await run(`welcome:
  text: 欢迎光临，加微信有礼
  quick_questions: ["问微信", '微信号']
`);
    expect(findings.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [7, 15, 17],
      [8, 23, 25],
      [8, 29, 31],
    ]);
  });

  it('points at the variable definition when the span is filled-in text', async () => {
    const { findings } = await lint(
      `${HEAD}  contact: 加微信领券
welcome:
  text: 欢迎{{shop.name}}～{{contact}}
${CLEAN_RULES}`,
      { lintText: fakeLint },
    );
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['offsite-contact', 6, 13]]);
  });

  it('points inside block scalars too', async () => {
    const findings = await run(`welcome:
  text: |
    欢迎光临
    加微信有礼
`);
    expect(findings.map((f) => [f.line, f.column])).toEqual([[9, 6]]);
  });
});

describe('lintConfig: settings', () => {
  it('lint.rules turns config and content rules off or to warnings; CLI overrides win', async () => {
    const yaml = `${HEAD}welcome:
  text: 加微信
lint:
  rules: { offsite-contact: warning, missing-common-intents: off }
`;
    const { findings } = await lint(yaml, { lintText: (t, o) => fakeLint(t).map((m) => ({ ...m, severity: o?.rules?.['offsite-contact'] === 'warning' ? 1 : 2 })) });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['offsite-contact', 1]]);
    const { findings: cli } = await lint(yaml, { rules: { 'missing-common-intents': 'error' }, lintText: () => [] });
    expect(cli.length).toBeGreaterThan(0);
    expect(cli.every((f) => f.ruleId === 'missing-common-intents' && f.severity === 2)).toBe(true);
  });

  it('passes the allowlist to the content rules', async () => {
    let seen: readonly string[] | undefined;
    await lint(`${HEAD}welcome:\n  text: QQ糖\nlint:\n  allow: [QQ糖]\n`, {
      lintText: (_t, o) => {
        seen = o?.allow;
        return [];
      },
    });
    expect(seen).toEqual(['QQ糖']);
  });

  it('reports findings of a template in the template file, the rest in the main file', async () => {
    const loaded = await loadConfig('xhs-reply.yaml', { cwd, text: `version: 1\nextends: [general]\nwelcome:\n  text: 加微信\n` });
    const results = lintConfig(loaded, { lintText: fakeLint });
    expect(results[0].filePath).toBe('xhs-reply.yaml');
    expect(results[0].messages.map((m) => [m.ruleId, m.line])).toEqual([['offsite-contact', 4]]);
    expect(results.slice(1).every((r) => r.messages.length > 0)).toBe(true);
  });

  it('counts errors, warnings and fixable ones per file', async () => {
    const loaded = await loadConfig('xhs-reply.yaml', { cwd, text: `${HEAD}welcome:\n  text: "欢迎 "\n${CLEAN_RULES}` });
    const [result] = lintConfig(loaded, { lintText: () => [] });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['empty-text']);
    expect([result.errorCount, result.warningCount, result.fixableWarningCount]).toEqual([0, 1, 1]);
  });

  it('works on a subject without source locations (a rule sheet)', () => {
    const config = { version: 1 as const, keyword_rules: [{ id: 'a', keywords: ['发'], reply: '加微信' }] };
    const subject: ConfigSubject = {
      file: 'rules.csv',
      config,
      resolved: config,
      positionOf: (path, o) => ({ file: 'rules.csv', line: 2 + Number(path[1] ?? 0), col: path.at(-1) === 'reply' ? 10 + (o?.offset ?? 0) : 1 }),
    };
    const findings = lintConfigFindings(subject, { lintText: fakeLint, rules: { 'missing-common-intents': 'off' } });
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['keyword-too-broad', 2, 1],
      ['offsite-contact', 2, 11],
    ]);
  });
});

describe('lintConfig: keywords are what buyers type', () => {
  it('runs no content rule on keyword_rules or product card keywords, but still invisible-chars', async () => {
    const text = `${HEAD}keyword_rules:
  - id: contact
    keywords: [加微信吗, 最便宜的是哪款, 好评返现吗, 开光了吗]
    reply: 有事请在本页留言，客服会回
  - id: zw
    keywords: ["发\u200b票"]
    reply: 可以开电子发票
product_cards:
  - id: cup
    product_id: "123"
    name: 保温杯
    keywords: [加你vx, 全网最低吗]
    reply: 详情页有参数
`;
    const { findings } = await lint(text, { rules: { 'missing-common-intents': 'off' } });
    const onKeywords = findings.filter((f) => f.path.includes('keywords'));
    expect(onKeywords.map((f) => f.ruleId)).toEqual(['invisible-chars']);
    // The same words in a reply are still caught: only the keyword surface is exempt.
    const reply = await lint(`${HEAD}keyword_rules:\n  - id: a\n    keywords: [联系方式]\n    reply: 加微信吗 abc12345\n`);
    expect(reply.findings.map((f) => f.ruleId)).toContain('offsite-contact');
  });
});

describe('lintConfig: robustness', () => {
  it('never throws, whatever the texts, keywords and variables (property)', async () => {
    const fc = (await import('fast-check')).default;
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', ' ', '\u200B', '发', '在吗', '{{x}}', '{{ship_days}}天内发货', '48小时发货', '包邮', '不包邮', '七天无理由', '😀'.repeat(3)),
    );
    const rule = fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      keywords: fc.array(text, { maxLength: 4 }),
      match: fc.constantFrom('contains', 'exact', undefined),
      reply: text,
    });
    const config = fc.record({
      version: fc.constant(1 as const),
      shop: fc.record({ name: text, category: fc.constantFrom('general', 'apparel', '食品', 'unknown', '') }),
      vars: fc.dictionary(fc.constantFrom('x', 'ship_days', '__proto__', 'constructor'), fc.oneof(text, fc.integer())),
      welcome: fc.record({ text, quick_questions: fc.array(text, { maxLength: 3 }) }),
      keyword_rules: fc.array(rule, { maxLength: 6 }),
      product_cards: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), keywords: fc.array(text, { maxLength: 2 }), reply: text }), { maxLength: 2 }),
    });
    const { resolveConfig } = await import('../../src/config/vars.js');
    fc.assert(
      fc.property(config, (c) => {
        const cfg = c as unknown as import('../../src/config/types.js').Config;
        const subject: ConfigSubject = { file: 'x.yaml', config: cfg, resolved: resolveConfig(cfg), positionOf: () => ({ file: 'x.yaml', line: 1, col: 1 }) };
        const results = lintConfig(subject);
        expect(results[0].filePath).toBe('x.yaml');
      }),
      { numRuns: 200 },
    );
  });
});
