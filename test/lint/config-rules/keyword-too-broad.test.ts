import rule from '../../../src/lint/rules/keyword-too-broad.js';
import { cfg, ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    cfg({ rules: [['a', ['什么时候发货', '发货时间'], 'x'], ['b', ['包邮吗'], 'y']] }),
    // Two characters that name an intent are fine.
    cfg({ rules: [['a', ['发货', '尺码', '运费'], 'x']] }),
    // Exact mode only fires on the exact message.
    cfg({ rules: [['a', ['在吗', '?'], 'x', 'exact']] }),
    // Contained in keywords of only two other rules.
    cfg({ rules: [['a', ['退款'], 'x'], ['b', ['退款多久'], 'y'], ['c', ['怎么退款'], 'z']] }),
  ],
  invalid: [
    {
      name: 'one character',
      config: cfg({ rules: [['a', ['发', '发货时间'], 'x']] }),
      errors: [{ path: ['keyword_rules', 0, 'keywords', 0], severity: 1, message: ['「发」只有一个字'] }],
    },
    {
      name: 'generic two characters (full-width folded)',
      config: cfg({ rules: [['a', ['在吗'], 'x']], cards: [{ keywords: ['ｏｋ'], reply: 'y' }] }),
      errors: [
        { path: ['keyword_rules', 0, 'keywords', 0], message: ['「在吗」太笼统'] },
        { path: ['product_cards', 0, 'keywords', 0] },
      ],
    },
    {
      name: 'substring of keywords of many other rules',
      config: cfg({
        rules: [
          ['a', ['退款'], 'x'],
          ['b', ['退款多久'], 'y'],
          ['c', ['怎么退款'], 'z'],
          ['d', ['退款到账'], 'w'],
        ],
      }),
      errors: [{ path: ['keyword_rules', 0, 'keywords', 0], message: ['其他 3 条规则'] }],
    },
  ],
});
