import rule from '../../../src/lint/rules/keyword-shadowed.js';
import { cfg, ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    // The longer keyword first: 「发货时间」 answers before 「发货」 can.
    cfg({ rules: [['a', ['发货时间'], 'x'], ['b', ['发货'], 'y']] }),
    // Only one of b's keywords is caught; 「几天到」 still reaches b.
    cfg({ rules: [['a', ['发货'], 'x'], ['b', ['发货时间', '几天到'], 'y']] }),
    // An exact rule only catches the exact question.
    cfg({ rules: [['a', ['发货'], 'x', 'exact'], ['b', ['发货时间'], 'y']] }),
    // Exact keywords are tried before contains ones (profile assumption).
    cfg({ rules: [['a', ['发货'], 'x'], ['b', ['发货时间'], 'y', 'exact']] }),
    cfg({ rules: [['a', [], 'x'], ['b', ['发货'], 'y']] }),
  ],
  invalid: [
    {
      name: 'every keyword contains an earlier contains keyword',
      config: cfg({ rules: [['a', ['发货', '退货'], 'x'], ['b', ['发货时间', '怎么退货'], 'y']] }),
      errors: [{ path: ['keyword_rules', 1, 'keywords'], severity: 1, message: ['关键词规则「b」永远不会触发', '「发货时间」包含「发货」', '尚未确认'] }],
    },
    {
      name: 'covered by keywords of two different earlier rules',
      config: cfg({ rules: [['a', ['发货'], 'x'], ['b', ['包邮'], 'y'], ['c', ['发货快吗', '包邮吗'], 'z']] }),
      errors: [{ path: ['keyword_rules', 2, 'keywords'] }],
    },
    {
      name: 'exact after identical exact',
      config: cfg({ rules: [['a', ['在吗'], 'x', 'exact'], ['b', ['在吗'], 'y', 'exact']] }),
      errors: [{ path: ['keyword_rules', 1, 'keywords'] }],
    },
    {
      name: 'product card after a rule',
      config: cfg({ rules: [['a', ['裙'], 'x']], cards: [{ keywords: ['碎花裙'], reply: 'y' }] }),
      errors: [{ path: ['product_cards', 0, 'keywords'] }],
    },
  ],
});
