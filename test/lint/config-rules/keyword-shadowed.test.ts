import rule from '../../../src/lint/rules/keyword-shadowed.js';
import { cfg, ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    // The longer keyword first: 「发货时间」 answers before 「发货」 can.
    cfg({ rules: [['a', ['发货时间'], 'x'], ['b', ['发货'], 'y']] }),
    // The same keyword in two rules is keyword-conflict's error, not reported twice.
    cfg({ rules: [['a', ['在吗'], 'x', 'exact'], ['b', ['在吗'], 'y', 'exact']] }),
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
      errors: [
        {
          path: ['keyword_rules', 1, 'keywords', 0],
          severity: 1,
          message: ['关键词「发货时间」永远不会触发', '关键词规则「a」的关键词「发货」', '这条永远不会回复', '尚未确认'],
        },
        { path: ['keyword_rules', 1, 'keywords', 1], message: ['关键词「怎么退货」永远不会触发', '「退货」'] },
      ],
    },
    {
      name: 'one dead keyword while the rule\'s other keyword still works (reported at that keyword)',
      config: cfg({ rules: [['a', ['发货'], 'x'], ['b', ['发货时间', '几天到'], 'y']] }),
      errors: [{ path: ['keyword_rules', 1, 'keywords', 0], message: ['关键词「发货时间」永远不会触发', '关键词规则「a」'] }],
    },
    {
      name: 'the issue\'s case: 能便宜吗 after a rule with 能便宜, 优惠 still works',
      config: cfg({ rules: [['discount', ['优惠券', '能便宜'], 'x'], ['new', ['能便宜吗', '优惠'], 'y']] }),
      errors: [{ path: ['keyword_rules', 1, 'keywords', 0], message: ['「能便宜吗」', '关键词规则「discount」的关键词「能便宜」'] }],
    },
    {
      name: 'covered by keywords of two different earlier rules',
      config: cfg({ rules: [['a', ['发货'], 'x'], ['b', ['包邮'], 'y'], ['c', ['发货快吗', '包邮吗'], 'z']] }),
      errors: [{ path: ['keyword_rules', 2, 'keywords', 0], message: ['关键词规则「a」'] }, { path: ['keyword_rules', 2, 'keywords', 1], message: ['关键词规则「b」'] }],
    },
    {
      name: 'product card after a rule',
      config: cfg({ rules: [['a', ['裙'], 'x']], cards: [{ keywords: ['碎花裙'], reply: 'y' }] }),
      errors: [{ path: ['product_cards', 0, 'keywords', 0] }],
    },
  ],
});
