import rule from '../../../src/lint/rules/max-length.js';
import { field, screen } from '../../../src/backend/profile.js';
import { cfg, ruleTester } from './tester.js';

const replyLimit = field('keyword_rules.reply').maxChars.value;
const keywordLimit = field('keyword_rules.keyword').maxChars.value;
const perRule = screen('keyword_rules').maxKeywordsPerItem!.value;
const quickMax = screen('quick_questions').maxItems!.value;
const rulesMax = screen('keyword_rules').maxItems!.value;

ruleTester(rule, {
  valid: [
    cfg({ rules: [['a', ['发货'], '好'.repeat(replyLimit)]] }),
    // Emoji count as one character each, as the backend likely counts.
    cfg({ rules: [['a', ['发货'], '😀'.repeat(replyLimit)]] }),
    cfg({ rules: [['a', Array.from({ length: perRule }, (_, i) => `问题${i}`), 'x']] }),
  ],
  invalid: [
    {
      name: 'reply over the limit: unconfirmed → warning naming the source',
      config: cfg({ rules: [['a', ['发货'], '好'.repeat(replyLimit + 5)]] }),
      errors: [
        { path: ['keyword_rules', 0, 'reply'], severity: 1, message: [`${replyLimit + 5} 个字`, '未经确认', '300'], span: '好'.repeat(5) },
      ],
    },
    {
      name: 'counted after variables are filled',
      config: cfg({ vars: { long: '好'.repeat(replyLimit) }, rules: [['a', ['发货'], '亲{{long}}']] }),
      errors: [{ path: ['keyword_rules', 0, 'reply'], message: [`${replyLimit + 1} 个字`] }],
    },
    {
      name: 'keyword too long and too many keywords',
      config: cfg({ rules: [['a', ['长'.repeat(keywordLimit + 1), ...Array.from({ length: perRule }, (_, i) => `问题${i}`)], 'x']] }),
      errors: [
        { path: ['keyword_rules', 0, 'keywords', 0], message: ['关键词'] },
        { path: ['keyword_rules', 0, 'keywords', perRule], message: [`${perRule + 1} 个关键词`] },
      ],
    },
    {
      name: 'too many quick questions and rules',
      config: cfg({
        quick: Array.from({ length: quickMax + 1 }, (_, i) => `问${i}`),
        rules: Array.from({ length: rulesMax + 2 }, (_, i) => [`r${i}`, [`词${i}`], 'x'] as const),
      }),
      errors: [
        { path: ['welcome', 'quick_questions', quickMax], message: [`${quickMax + 1} 条`] },
        { path: ['keyword_rules', rulesMax], message: [`${rulesMax + 2} 条`] },
      ],
    },
  ],
});
