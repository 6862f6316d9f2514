import rule from '../../../src/lint/rules/keyword-conflict.js';
import { cfg, ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    cfg({ rules: [['a', ['发货时间', '几天发货'], '3天内发货'], ['b', ['包邮吗'], '满59包邮']] }),
    cfg({ rules: [['a', ['尺码'], 'x']], cards: [{ keywords: ['碎花裙'], reply: 'y' }] }),
    // Empty keywords are empty-text's business, not a conflict.
    cfg({ rules: [['a', [''], 'x'], ['b', [''], 'y']] }),
  ],
  invalid: [
    {
      name: 'same keyword in two rules',
      config: cfg({ rules: [['a', ['发货时间'], 'x'], ['b', ['包邮', '发货时间'], 'y']] }),
      errors: [{ path: ['keyword_rules', 1, 'keywords', 1], severity: 2, message: ['「发货时间」', '已在关键词规则「a」的关键词中使用'] }],
    },
    {
      name: 'case, width and spaces are folded',
      config: cfg({ rules: [['a', ['Size'], 'x'], ['b', ['ｓｉｚｅ'], 'y'], ['c', [' s i z e '], 'z']] }),
      errors: [{ path: ['keyword_rules', 1, 'keywords', 0] }, { path: ['keyword_rules', 2, 'keywords', 0] }],
    },
    {
      name: 'rule against product card',
      config: cfg({ rules: [['a', ['碎花裙'], 'x']], cards: [{ id: 'dress', keywords: ['碎花裙'], reply: 'y' }] }),
      errors: [{ path: ['product_cards', 0, 'keywords', 0], severity: 2 }],
    },
    {
      name: 'duplicate within one rule is a fixable warning',
      config: cfg({ rules: [['a', ['包邮', '运费', '包邮'], 'x']] }),
      errors: [
        {
          path: ['keyword_rules', 0, 'keywords', 2],
          severity: 1,
          message: ['同一条规则里重复'],
          fixed: cfg({ rules: [['a', ['包邮', '运费'], 'x']] }),
        },
      ],
    },
  ],
});
