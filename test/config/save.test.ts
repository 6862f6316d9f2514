import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { documentToString, saveDocument, setConfigValue, updateDocument } from '../../src/config/save.js';
import type { Config } from '../../src/config/types.js';

const dir = mkdtempSync(join(tmpdir(), 'xhs-reply-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = `# yaml-language-server: $schema=./schema.json
# 我的店
version: 1
shop:
  name: 小美 # 店名
vars:
  ship_days: 3 # 现货
keyword_rules:
  # 发货相关
  - id: shipping
    keywords: [发货时间, 几天发货]
    reply: "{{ship_days}}天内发货"
  # 退换
  - id: returns
    keywords: [退换]
    reply: 七天无理由
`;

describe('save', () => {
  it('round-trips a file unchanged', () => {
    expect(documentToString(parseDocument(SOURCE))).toBe(SOURCE);
  });

  it('setConfigValue keeps comments, order and the scalar style', () => {
    const doc = parseDocument(SOURCE);
    setConfigValue(doc, ['shop', 'name'], '小美的衣橱');
    setConfigValue(doc, ['vars', 'return_days'], 7);
    setConfigValue(doc, ['keyword_rules', 0, 'reply'], '{{ship_days}}天内发出');
    const out = documentToString(doc);
    expect(out).toBe(
      SOURCE.replace('name: 小美 # 店名', 'name: 小美的衣橱 # 店名')
        .replace('  ship_days: 3 # 现货\n', '  ship_days: 3 # 现货\n  return_days: 7\n')
        .replace('"{{ship_days}}天内发货"', '"{{ship_days}}天内发出"'),
    );
  });

  it('updateDocument follows a reordered, edited config and keeps each item with its comment', () => {
    const doc = parseDocument(SOURCE);
    const next = doc.toJS() as Config;
    next.keyword_rules = [
      { ...next.keyword_rules![1], reply: '七天无理由退换' },
      next.keyword_rules![0],
      { id: 'human', keywords: ['转人工'], reply: '请稍等' },
    ];
    delete next.vars;
    updateDocument(doc, next);
    const out = documentToString(doc);
    expect(out).toContain('# 我的店\nversion: 1\nshop:\n  name: 小美 # 店名\nkeyword_rules:\n');
    expect(out.indexOf('# 退换\n  - id: returns')).toBeLessThan(out.indexOf('# 发货相关\n  - id: shipping'));
    expect(out).toContain('reply: 七天无理由退换');
    expect(out).toContain('  - id: human\n    keywords: [转人工]\n    reply: 请稍等\n');
    expect(out).not.toContain('ship_days: 3');
    expect(parseDocument(out).toJS()).toEqual(JSON.parse(JSON.stringify(next)));
  });

  it('quotes a string that would otherwise read back as a number', () => {
    const doc = parseDocument('version: 1\nproduct_cards:\n  - id: a\n    product_id: abc\n');
    setConfigValue(doc, ['product_cards', 0, 'product_id'], '123456');
    expect(parseDocument(documentToString(doc)).toJS().product_cards[0].product_id).toBe('123456');
  });

  it('saves atomically with a backup, and the saved file loads with the edit', async () => {
    const file = join(dir, 'xhs-reply.yaml');
    writeFileSync(file, SOURCE);
    const loaded = await loadConfig(file);
    setConfigValue(loaded.document, ['vars', 'ship_days'], 2);
    expect(await saveDocument(file, loaded.document)).toEqual({ backup: `${file}.bak` });
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(SOURCE);
    const again = await loadConfig(file);
    expect(again.resolved.keyword_rules?.[0].reply).toBe('2天内发货');
    expect(readFileSync(file, 'utf8')).toContain('ship_days: 2 # 现货');
  });
});
