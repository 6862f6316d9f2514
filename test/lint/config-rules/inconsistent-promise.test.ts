import { describe, expect, it } from 'vitest';
import rule, { extractPromises, parseNumber } from '../../../src/lint/rules/inconsistent-promise.js';
import { cfg, ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    cfg({ rules: [['a', ['发货'], '现货3天内发货'], ['b', ['几天发'], '付款后72小时内发货']] }),
    // A stated condition makes it a different promise.
    cfg({ rules: [['a', ['发货'], '现货3天内发货'], ['b', ['预售'], '预售商品15天内发货']] }),
    cfg({ rules: [['a', ['退换'], '收货7天无理由退换'], ['b', ['质量问题'], '质量问题15天包换']] }),
    cfg({ rules: [['a', ['包邮'], '全国包邮'], ['b', ['新疆'], '新疆西藏不包邮']] }),
    cfg({ rules: [['a', ['运费'], '满59元包邮'], ['b', ['邮费'], '不满59元运费自理']] }),
    // Negated and delivery estimates are not shipping promises.
    cfg({ rules: [['a', ['发货'], '3天内发货'], ['b', ['到货'], '发货后5天左右送达'], ['c', ['定制'], '刻字款不享受7天无理由']] }),
  ],
  invalid: [
    {
      name: '3天 vs 48小时 (normalized to hours), reported on the later text',
      config: cfg({ welcome: '欢迎！下单后3天内发货', rules: [['a', ['发货'], '拍下48小时内发货']] }),
      errors: [{ path: ['keyword_rules', 0, 'reply'], severity: 1, message: ['发货时间', '48小时内发货', '欢迎语写的是', '3天内发货'], span: '48小时内发货' }],
    },
    {
      name: '7天 vs 十五天 returns',
      config: cfg({ rules: [['a', ['退'], '收货7天无理由退换'], ['b', ['换'], '十五天无理由退货']] }),
      errors: [{ path: ['keyword_rules', 1, 'reply'], span: '十五天无理由' }],
    },
    {
      name: '包邮 vs 运费自理',
      config: cfg({ rules: [['a', ['包邮'], '本店全场包邮'], ['b', ['运费'], '运费自理哦']] }),
      errors: [{ path: ['keyword_rules', 1, 'reply'], message: ['运费', '本店全场包邮'.slice(4)], span: '运费自理' }],
    },
    {
      name: 'through a variable',
      config: cfg({ vars: { ship_days: 5 }, rules: [['a', ['发货'], '{{ship_days}}天内发货'], ['b', ['几天'], '3天内发货']] }),
      errors: [{ path: ['keyword_rules', 1, 'reply'] }],
    },
  ],
});

describe('promise extraction', () => {
  it('parses Chinese numerals', () => {
    expect([parseNumber('3'), parseNumber('七'), parseNumber('十五'), parseNumber('四十八'), parseNumber('二十')]).toEqual([3, 7, 15, 48, 20]);
    expect(parseNumber('十十')).toBeNaN();
  });
  it('reads shipping, returns and fee promises', () => {
    const found = extractPromises('亲，48小时内发货，七天无理由可退换，全国包邮。包邮吗这种问题不算。').map((p) => [p.kind, p.value]);
    expect(found).toEqual([
      ['ship', '48'],
      ['return', '7'],
      ['fee', 'free'],
    ]);
  });
});
