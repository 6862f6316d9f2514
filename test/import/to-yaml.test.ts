import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { readRuleSheet } from '../../src/import/read-rule-sheet.js';
import { sheetToYaml } from '../../src/import/to-yaml.js';
import { fixtures } from './helpers.js';

const schemaComment = 'yaml-language-server: $schema=./node_modules/xhs-reply/schemas/xhs-reply.schema.json';

describe('sheetToYaml', () => {
  it.each(['rules.csv', 'rules-gbk.csv', 'rules.tsv', 'rules.xlsx', 'backend-paste.txt'])(
    'round trip: %s → YAML → loadConfig gives the same rules and cards',
    async (name) => {
      const sheet = await readRuleSheet(name, { cwd: fixtures });
      const yaml = sheetToYaml(sheet, { schemaComment, sourceName: name, lang: 'zh' });
      const dir = await mkdtemp(join(tmpdir(), 'xhs-roundtrip-'));
      await writeFile(join(dir, 'xhs-reply.yaml'), yaml);
      const loaded = await loadConfig('xhs-reply.yaml', { cwd: dir });
      expect(loaded.config.keyword_rules).toEqual(sheet.config.keyword_rules);
      expect(loaded.config.product_cards).toEqual(sheet.config.product_cards);
      expect(loaded.config.version).toBe(1);
    },
  );

  it('names the schema first, the source row above each rule, and keeps skipped rows as comments', async () => {
    const sheet = await readRuleSheet('rules.csv', { cwd: fixtures });
    const yaml = sheetToYaml(sheet, { schemaComment, sourceName: 'rules.csv', lang: 'zh' });
    const lines = yaml.split('\n');
    expect(lines[0]).toBe(`# ${schemaComment}`);
    expect(yaml).toMatch(/# 来自 rules\.csv 第 2 行\n {2}- id: 什么时候发货/);
    expect(yaml).toMatch(/# 来自 rules\.csv 第 5 行\n {2}# ⚠ 有关键词但没有回复内容.*\n {2}- id: 尺码/);
    expect(yaml).toMatch(/# {3}第 6 行：没有关键词.*\n# {5}原文：.*只有回复没有关键词/);
    expect(yaml).toContain('product_id: "65f0c0ffee"');
    expect(yaml).toContain('keywords: [ 什么时候发货, 几天发货, 发货时间 ]');
  });

  it('writes English comments with --lang en', async () => {
    const sheet = await readRuleSheet('rules.tsv', { cwd: fixtures });
    const yaml = sheetToYaml(sheet, { schemaComment, sourceName: 'rules.tsv', lang: 'en' });
    expect(yaml).toContain('# from rules.tsv row 2');
    expect(yaml).toContain('Rows NOT imported');
  });
});

describe('round trip for any cell text', () => {
  it('whatever the cells hold, the YAML loads back to the same rules', async () => {
    const { parseRuleSheet } = await import('../../src/import/read-rule-sheet.js');
    const fc = (await import('fast-check')).default;
    const dir = await mkdtemp(join(tmpdir(), 'xhs-roundtrip-prop-'));
    const unit = fc.constantFrom('a', 'Z', '发', '货', ' ', '#', ':', '-', '"', "'", '{{x}}', '[', ']', '&', '*', '!', '%', '@', '`', '|', '>', '\t', '😀', '1', '0', 'true', 'null', '~', '?', '\\');
    const text = fc.string({ unit, minLength: 0, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 5 }), async (rows) => {
        const csv = ['关键词,回复,商品ID', ...rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(','))].join('\n');
        const sheet = await parseRuleSheet(Buffer.from(csv), 'random.csv');
        if (sheet.rows.length === 0) return;
        const yaml = sheetToYaml(sheet, { schemaComment, sourceName: 'random.csv', lang: 'zh' });
        const loaded = await loadConfig('xhs-reply.yaml', { cwd: dir, text: yaml });
        expect(loaded.config.keyword_rules).toEqual(sheet.config.keyword_rules);
        expect(loaded.config.product_cards).toEqual(sheet.config.product_cards);
      }),
      { numRuns: 200 },
    );
  });
});
