import rule from '../../../src/lint/rules/empty-text.js';
import type { Config } from '../../../src/config/types.js';
import { cfg, ruleTester } from './tester.js';

const noReply = { version: 1, keyword_rules: [{ id: 'a', keywords: ['发货'] }] } as unknown as Config;

ruleTester(rule, {
  valid: [
    cfg({ welcome: '欢迎光临', quick: ['什么时候发货'], rules: [['a', ['发货'], '3天内发货']] }),
    cfg({ cards: [{ name: '碎花裙', keywords: ['碎花裙'] }] }),
  ],
  invalid: [
    {
      name: 'empty and whitespace-only texts',
      config: cfg({ welcome: '  ', quick: ['发货', ''], rules: [['a', ['发货', '\u200B'], '\u3000']] }),
      errors: [
        { path: ['welcome', 'text'], severity: 2, message: ['欢迎语是空的'] },
        { path: ['welcome', 'quick_questions', 1], message: ['快捷问题是空的'] },
        { path: ['keyword_rules', 0, 'keywords', 1], message: ['关键词是空的'] },
        { path: ['keyword_rules', 0, 'reply'], message: ['回复内容是空的'] },
      ],
    },
    {
      name: 'rule without keywords or reply',
      config: cfg({ rules: [['a', [], '好的']] }),
      errors: [{ path: ['keyword_rules', 0, 'keywords'], message: ['没有关键词'] }],
    },
    { name: 'missing reply', config: noReply, errors: [{ path: ['keyword_rules', 0, 'id'], message: ['没有回复内容'] }] },
    {
      name: 'padding is a fixable warning',
      config: cfg({ rules: [['a', [' 发货 '], '3天内发货 ']] }),
      errors: [
        {
          path: ['keyword_rules', 0, 'keywords', 0],
          severity: 1,
          span: ' ',
          fixed: cfg({ rules: [['a', ['发货'], '3天内发货 ']] }),
        },
        { path: ['keyword_rules', 0, 'reply'], severity: 1, span: ' ', fixed: cfg({ rules: [['a', [' 发货 '], '3天内发货']] }) },
      ],
    },
  ],
});
