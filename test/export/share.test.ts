import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load.js';
import { exportSheet } from '../../src/export/index.js';
import { FILL_IN_COMMENT, shareConfig, shopOverlay } from '../../src/export/share.js';

const shop = `# yaml-language-server: $schema=../schemas/xhs-reply.schema.json
# 小美的衣橱的自动回复
version: 1
extends: [apparel, ./bases/agency.yaml]
shop:
  name: 小美的衣橱 # 店名
  category: apparel
vars:
  ship_days: 2
  free_shipping_threshold: 99
welcome:
  text: 欢迎光临小美的衣橱～满99元包邮
keyword_rules:
  # 本店的优惠
  - id: discount
    keywords: [有优惠吗]
    reply: 小美的衣橱新人券满199元减20元；活动价¥89.9起，{{ship_days}}天内发货
product_cards:
  - id: floral-dress
    product_id: "65f0c0ffee"
    name: 碎花连衣裙
    reply: 这款碎花裙 ￥ 129，S–XL 都有
lint:
  rules: { absolute-claim: warning }
  allow: [QQ糖]
`;

describe('shareConfig', () => {
  const result = shareConfig(shop, { fromDir: '/shops/xiaomei', toDir: '/shops/xiaomei/shared' });
  const data = parse(result.text);

  it('turns the shop name, prices and product IDs into blank, marked variables', () => {
    expect(data.shop.name).toBe('{{shop_name}}');
    expect(data.welcome.text).toBe('欢迎光临{{shop.name}}～满{{free_shipping_threshold}}元包邮');
    expect(data.keyword_rules[0].reply).toBe('{{shop.name}}新人券满{{price_1}}元减{{price_2}}元；活动价¥{{price_3}}起，{{ship_days}}天内发货');
    expect(data.product_cards[0].product_id).toBe('{{product_id_floral_dress}}');
    expect(data.product_cards[0].reply).toBe('这款碎花裙 ￥ {{price_4}}，S–XL 都有');
    expect(result.values).toEqual({
      shop_name: '小美的衣橱',
      price_1: '199',
      price_2: '20',
      price_3: '89.9',
      price_4: '129',
      product_id_floral_dress: '65f0c0ffee',
    });
    for (const name of Object.keys(result.values)) expect(data.vars[name]).toBe('');
    // Existing values are the base's defaults and stay.
    expect(data.vars).toMatchObject({ ship_days: 2, free_shipping_threshold: 99 });
    expect(result.text).toMatch(new RegExp(`price_1: "" #${FILL_IN_COMMENT}`));
  });

  it('shares follow-up texts the same way: the shop name and prices become variables', () => {
    const withFollowUps = shop.replace(
      'lint:',
      'follow_ups:\n  - id: thanks\n    scene: delivered\n    text: 小美的衣橱感谢您的支持，下次满199元包邮\nlint:',
    );
    const shared = parse(shareConfig(withFollowUps, { fromDir: '/shops/xiaomei', toDir: '/shops/xiaomei/shared' }).text);
    expect(shared.follow_ups[0]).toEqual({ id: 'thanks', scene: 'delivered', text: '{{shop.name}}感谢您的支持，下次满{{price_1}}元包邮' });
  });

  it('keeps comments, lint overrides, allowlist and key order; re-points relative paths', () => {
    expect(result.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/xhs-reply.schema.json');
    expect(result.text).toContain('# 本店的自动回复');
    expect(result.text).not.toContain('小美的衣橱');
    expect(result.text).toContain('# 本店的优惠');
    expect(result.text).toContain('# 店名');
    expect(data.lint).toEqual({ rules: { 'absolute-claim': 'warning' }, allow: ['QQ糖'] });
    expect(data.extends).toEqual(['apparel', '../bases/agency.yaml']);
    expect(Object.keys(data)).toEqual(['version', 'extends', 'shop', 'vars', 'welcome', 'keyword_rules', 'product_cards', 'lint']);
  });

  it('adds a vars block after shop when there was none, and leaves a clean file alone', () => {
    const r = shareConfig('version: 1\nshop:\n  name: 阿杰数码\nwelcome:\n  text: 你好\n', { fromDir: '/a', toDir: '/a' });
    expect(Object.keys(parse(r.text))).toEqual(['version', 'shop', 'vars', 'welcome']);
    const clean = shareConfig('version: 1\nwelcome:\n  text: 你好，{{ship_days}}天发货\nvars:\n  ship_days: 3\n', { fromDir: '/a', toDir: '/a' });
    expect(clean.values).toEqual({});
    expect(parse(clean.text).welcome.text).toBe('你好，{{ship_days}}天发货');
  });

  it('never rewrites inside an existing placeholder', () => {
    const r = shareConfig('version: 1\nvars:\n  a: 5\nwelcome:\n  text: "{{a}}元 和 5元"\n', { fromDir: '/a', toDir: '/a' });
    expect(parse(r.text).welcome.text).toBe('{{a}}元 和 {{a}}元');
  });
});

describe('share round trip', () => {
  it('the shared file plus this shop\'s vars exports exactly what the original did', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xhs-share-'));
    await mkdir(join(dir, 'bases'));
    await writeFile(
      join(dir, 'bases', 'agency.yaml'),
      'version: 1\nvars:\n  service_hours: 每天 10:00-20:00\nkeyword_rules:\n  - id: human-service\n    keywords: [人工客服]\n    reply: 人工客服{{service_hours}}在线，请稍等～\n',
    );
    await writeFile(join(dir, 'shop.yaml'), shop.replace(/^# yaml-language-server.*\n/, ''));
    const original = await loadConfig(join(dir, 'shop.yaml'), { cwd: dir });
    await mkdir(join(dir, 'shared'));
    const shared = shareConfig(original.source.text, { fromDir: dir, toDir: join(dir, 'shared') });
    await writeFile(join(dir, 'shared', 'base.yaml'), shared.text);
    await writeFile(join(dir, 'mine.yaml'), shopOverlay(join(dir, 'shared', 'base.yaml'), dir, shared.values));
    const copy = await loadConfig(join(dir, 'mine.yaml'), { cwd: dir });
    for (const format of ['txt', 'csv', 'json'] as const) {
      expect(exportSheet(copy.resolved, format)).toBe(exportSheet(original.resolved, format));
    }
    // The shared file alone carries none of the shop's values.
    const alone = await readFile(join(dir, 'shared', 'base.yaml'), 'utf8');
    for (const v of Object.values(shared.values).filter((v) => v.length >= 3)) expect(alone).not.toContain(v);
  });
});
