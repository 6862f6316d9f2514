import rule from '../../../src/lint/rules/unknown-variable.js';
import { cfg, ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    cfg({ vars: { ship_days: 3 }, shopName: '小美', welcome: '欢迎光临{{shop.name}}', rules: [['a', ['发货'], '{{ ship_days }}天内发货']] }),
    cfg({ rules: [['a', ['发货'], '没有变量 {单花括号}']] }),
  ],
  invalid: [
    {
      name: 'typo suggests the close name',
      config: cfg({ vars: { ship_days: 3 }, rules: [['a', ['发货'], '预计{{ship_dayz}}天内发货']] }),
      errors: [{ path: ['keyword_rules', 0, 'reply'], severity: 2, message: ['{{ship_dayz}}', '{{ship_days}}'], span: '{{ship_dayz}}' }],
    },
    {
      name: 'in welcome and keywords; no vars at all',
      config: cfg({ welcome: '欢迎{{shop_name}}', rules: [['a', ['{{kw}}'], 'x']] }),
      errors: [
        { path: ['welcome', 'text'], message: ['是不是「{{shop.name}}」'] },
        { path: ['keyword_rules', 0, 'keywords', 0], span: '{{kw}}', message: ['vars 里添加'] },
      ],
    },
  ],
});
