import rule from '../../../src/lint/rules/duplicate-reply.js';
import { cfg, ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    cfg({ rules: [['a', ['发货'], '3天内发货'], ['b', ['包邮'], '满59包邮']] }),
    // A card may say what a rule says: only rules can be merged.
    cfg({ rules: [['a', ['发货'], '3天内发货']], cards: [{ keywords: ['裙'], reply: '3天内发货' }] }),
  ],
  invalid: [
    {
      name: 'same reply modulo punctuation, width and spaces',
      config: cfg({ rules: [['a', ['发货'], '亲，3天内发货哦！'], ['b', ['包邮'], '满59包邮'], ['c', ['几天发'], '亲 ３天内发货哦～']] }),
      errors: [{ path: ['keyword_rules', 2, 'reply'], severity: 1, message: ['与关键词规则「a」相同'] }],
    },
    {
      name: 'same after variables are filled',
      config: cfg({ vars: { d: 3 }, rules: [['a', ['发货'], '{{d}}天内发货'], ['b', ['几天发'], '3天内发货']] }),
      errors: [{ path: ['keyword_rules', 1, 'reply'] }],
    },
  ],
});
