import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { writeCsv } from '../../src/export/csv.js';
import { copyTexts, escapeHtml, scriptJson, writeHtml } from '../../src/export/html.js';
import { checkExportFormat, exportSheet } from '../../src/export/index.js';
import { writeJson } from '../../src/export/json.js';
import { buildSheet, sheetFields } from '../../src/export/sheet.js';
import { writeTxt } from '../../src/export/txt.js';
import { writeYaml } from '../../src/export/yaml.js';
import { UserError } from '../../src/errors.js';
import { sampleConfig } from './helpers.js';

const tricky = '点这里 <script>alert("x")</script> & 说"好的", 再见\n第二行 \'单引号\'';

describe('txt', () => {
  it('is a numbered sheet: screen headers in backend order, label line, exact text, blank line', () => {
    const txt = writeTxt(buildSheet(sampleConfig()));
    const headers = txt.split('\n').filter((l) => l.startsWith('━━'));
    expect(headers).toEqual(['━━ 1. 欢迎语 ━━', '━━ 2. 快捷问题（2 / 10 条） ━━', '━━ 3. 关键词回复（2 / 200 条） ━━', '━━ 4. 商品卡片（1 / 100 条） ━━', '━━ 5. 跟单助手（2 / 20 条） ━━']);
    expect(txt).toContain('后台位置：客服 → 自动回复 → 关键词回复');
    expect(txt).toContain('[1.1] 欢迎语（12 / 300 字）\n亲，欢迎光临小美的衣橱～\n\n');
    expect(txt).toContain('[2.2] 快捷问题 2（3 / 20 字）\n包邮吗\n\n');
    expect(txt).toContain(
      '[3.1] 关键词回复 1 · id: shipping-time\n关键词（逐个添加，共 2 个）\n什么时候发货\n几天发货\n\n匹配方式\n包含\n\n回复内容（10 / 300 字）\n现货下单后3天内发货\n\n',
    );
    expect(txt).toContain('[4.1] 商品卡片 1 · id: dress · 商品：碎花连衣裙 · 商品ID：65f0c0ffee');
    // Follow-ups in the order order events happen (催付 before 发货), each with when it is sent.
    expect(txt).toContain(
      '[5.1] 跟单消息 1：催付 · id: unpaid-reminder\n发送时机\n下单未付款后 15 分钟\n\n消息内容（22 / 300 字）\n亲，您的订单还差付款这一步，拿不准就问我们～\n\n',
    );
    expect(txt).toContain('[5.2] 跟单消息 2：发货提醒 · id: shipped\n发送时机\n商家发货时立即发送\n\n');
    expect(txt.indexOf('欢迎语')).toBeLessThan(txt.indexOf('快捷问题'));
    expect(txt.indexOf('━━ 3.')).toBeLessThan(txt.indexOf('━━ 4.'));
  });

  it('marks findings and the forced export', () => {
    const sheet = buildSheet(sampleConfig(), {
      findings: [{ ruleId: 'absolute-claim', severity: 'error', message: '绝对化用语「最低价」', source: 'shop.yaml:9:12' }],
      forced: true,
    });
    const txt = writeTxt(sheet);
    expect(txt).toContain('⚠ 本表在还有 1 个检查错误时强制导出（--force）');
    expect(txt).toContain('⚠ shop.yaml:9:12 错误 absolute-claim：绝对化用语「最低价」');
  });

  it('says when a screen has nothing to fill in', () => {
    expect(writeTxt(buildSheet(sampleConfig({ product_cards: [] })))).toContain('（无，这一页不用填）');
  });
});

describe('csv formula injection (OWASP)', () => {
  const dangerous = ['=HYPERLINK("http://evil.example","点我领券")', '+1 件起发', '-10元 立减', '@客服 在线', '\t制表开头', '\r回车开头'];
  const config = sampleConfig({
    welcome: { text: '=1+1 欢迎光临' },
    keyword_rules: dangerous.map((reply, i) => ({ id: `r${i}`, keywords: [i === 0 ? '=A1' : `关键词${i}`], reply })),
  });
  const rows = parseCsv(writeCsv(buildSheet(config)), { bom: true, relax_column_count: false }) as string[][];

  it('no cell starts with = + - @, a tab or a CR: each gets a leading single quote', () => {
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const texts = rows.map((r) => r[3]);
    for (const reply of dangerous) expect(texts).toContain(`'${reply}`);
    expect(texts).toContain(`'=1+1 欢迎光临`);
    expect(texts).toContain(`'=A1`);
  });

  it('ordinary text and the numbers are untouched', () => {
    expect(rows[0]).toEqual(['页面', '序号', '字段', '内容', '字数', '上限', '检查结果']);
    const first = rows.find((r) => r[3] === "'+1 件起发")!;
    expect(first[4]).toBe(String([...'+1 件起发'].length));
  });
});

describe('csv', () => {
  const config = sampleConfig({ keyword_rules: [{ id: 'q', keywords: ['怎么选,尺码'], reply: tricky }] });
  const csv = writeCsv(buildSheet(config));

  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n/);
  });

  it('parses back (csv-parse) to the exact texts, commas, quotes and newlines included', () => {
    const rows = parseCsv(csv, { bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(['页面', '序号', '字段', '内容', '字数', '上限', '检查结果']);
    const reply = rows.find((r) => r[2] === '回复内容' && r[1] === '3.1')!;
    expect(reply[3]).toBe(tricky);
    expect(reply[4]).toBe(String([...tricky].length));
    expect(reply[5]).toBe('300');
    expect(rows.find((r) => r[2] === '关键词 1' && r[1] === '3.1')![3]).toBe('怎么选,尺码');
    expect(rows.find((r) => r[2] === '匹配方式')![3]).toBe('包含');
    expect(rows.find((r) => r[2] === '商品ID')![3]).toBe('65f0c0ffee');
    // Order: the sheet's order, screen by screen.
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '欢迎语',
      '快捷问题',
      '快捷问题',
      '关键词回复',
      '关键词回复',
      '关键词回复',
      '商品卡片',
      '商品卡片',
      '商品卡片',
      '商品卡片',
      '跟单助手',
      '跟单助手',
      '跟单助手',
      '跟单助手',
    ]);
    expect(rows.filter((r) => r[0] === '跟单助手').map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      ['5.1', '发送时机', '下单未付款后 15 分钟', ''],
      ['5.1', '消息内容', '亲，您的订单还差付款这一步，拿不准就问我们～', '300'],
      ['5.2', '发送时机', '商家发货时立即发送', ''],
      ['5.2', '消息内容', '宝贝已经发出啦，请留意物流～', '300'],
    ]);
  });
});

describe('json and yaml', () => {
  it('carry the sheet structure', () => {
    const sheet = buildSheet(sampleConfig());
    const fromJson = JSON.parse(writeJson(sheet));
    expect(fromJson).toEqual(JSON.parse(JSON.stringify(sheet)));
    expect(fromJson.screens.map((s: { id: string }) => s.id)).toEqual(['welcome', 'quick_questions', 'keyword_rules', 'product_cards', 'follow_ups']);
    expect(parseYaml(writeYaml(sheet))).toEqual(fromJson);
  });

  it('yaml never folds a long reply', () => {
    const long = '这是一段很长的回复'.repeat(20);
    const sheet = buildSheet(sampleConfig({ keyword_rules: [{ id: 'x', keywords: ['什么时候发货'], reply: long }] }));
    expect(parseYaml(writeYaml(sheet)).screens[2].items[0].fields[1].text).toBe(long);
  });
});

describe('html', () => {
  const config = sampleConfig({ keyword_rules: [{ id: 'q"<x>', keywords: ['</script><b>'], reply: tricky }] });
  const sheet = buildSheet(config);
  const html = writeHtml(sheet);

  it('escapes every text: no markup from the config reaches the page', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</script><b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    // Exactly the two script elements the page itself has.
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('stores each field\'s exact text in one JSON blob, in field order', () => {
    const blob = /<script type="application\/json" id="xhs-fields">([^<]*)<\/script>/.exec(html)![1];
    expect(JSON.parse(blob)).toEqual(copyTexts(sheet));
    // Page order: every field of the sheet, and each product card's ID just before its card.
    const texts = sheetFields(sheet).map((f) => f.text);
    const card = texts.indexOf('碎花裙');
    expect(copyTexts(sheet)).toEqual([...texts.slice(0, card), '65f0c0ffee', ...texts.slice(card)]);
    expect(scriptJson('</script>\u2028')).toBe('"\\u003c/script\\u003e\\u2028"');
  });

  it('is self-contained: no external resources', () => {
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('<meta name="viewport"');
  });

  it('shows each length against its limit and marks over-limit ones', () => {
    expect(html).toContain(`${[...tricky].length} / 300 字`);
    const over = writeHtml(buildSheet(sampleConfig({ welcome: { text: '长'.repeat(301) } })));
    expect(over).toContain('<span class="len over"');
    expect(over).toContain('301 / 300 字，超出上限');
  });

  it('has one copy button per field and one for each product card\'s ID', () => {
    expect(html.match(/<button type="button" class="copy"/g)).toHaveLength(sheetFields(sheet).length + 1);
    expect(html).toMatch(/<span class="label">商品ID<\/span>.*<pre class="text">65f0c0ffee<\/pre>/);
  });

  it('flags a product card without a product ID instead of a copy button', () => {
    const page = writeHtml(buildSheet(sampleConfig({ product_cards: [{ id: 'dress', name: '碎花连衣裙', keywords: ['碎花裙'], reply: '碎花裙有现货～' }] })));
    expect(page).toContain('这张卡片没有商品ID');
    expect(page).not.toContain('<span class="label">商品ID</span>');
  });
});

describe('exportSheet', () => {
  it('renders every format and rejects unknown ones as a user error', () => {
    for (const f of ['txt', 'html', 'csv', 'json', 'yaml'] as const) expect(exportSheet(sampleConfig(), f).length).toBeGreaterThan(100);
    expect(() => checkExportFormat('pdf')).toThrow(UserError);
  });
});
