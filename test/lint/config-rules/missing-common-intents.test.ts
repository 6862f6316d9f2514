import { describe, expect, it } from 'vitest';
import rule, { intentsFor } from '../../../src/lint/rules/missing-common-intents.js';
import type { RuleRow } from './tester.js';
import { cfg, ruleTester } from './tester.js';

const WELCOME = '欢迎光临～复杂问题请留言，人工客服看到后会尽快回复您';
const general: RuleRow[] = [
  ['ship', ['发货'], '3天内发货'],
  ['fee', ['包邮', '运费'], '满59包邮'],
  ['ret', ['退', '换'], '7天无理由退换'],
  ['after', ['售后', '质量问题'], '申请售后'],
  ['disc', ['优惠', '便宜'], '领券'],
  ['human', ['人工', '有人吗'], '客服稍后回复'],
  ['spec', ['规格', '颜色', '尺寸'], '看详情页'],
  ['real', ['正品'], '正品保障'],
];

ruleTester(rule, {
  valid: [
    cfg({ category: 'general', welcome: WELCOME, rules: general }),
    { name: 'apparel needs 尺码 instead of 规格', config: cfg({ category: '服装', welcome: WELCOME, rules: [...general.slice(0, 6), ['size', ['尺码', '多大码'], '看尺码表'], general[7]] }) },
    { name: 'exact keyword equal to a phrasing covers it', config: cfg({ category: 'home', welcome: WELCOME, rules: [...general.slice(1, 7), ['ship', ['什么时候发货'], 'x', 'exact']] }) },
  ],
  invalid: [
    {
      name: 'no rules: every intent missing and no human hand-over',
      config: cfg({ category: 'food', welcome: '欢迎光临' }),
      errors: [
        ...intentsFor('food').map(() => ({ path: ['shop', 'category'] })),
        { path: ['welcome', 'text'], message: ['人工客服'] },
      ],
    },
    {
      name: 'apparel without 尺码',
      config: cfg({ category: 'apparel', welcome: WELCOME, rules: [...general.slice(0, 6), general[7]] }),
      errors: [{ path: ['keyword_rules'], severity: 1, message: ['尺码', '怎么选尺码'] }],
    },
    {
      name: 'a card does not count, and nothing invites the buyer to wait',
      config: cfg({ category: 'general', welcome: '欢迎', rules: general.filter(([id]) => id !== 'real').map(([id, k]) => [id, k, '好的'] as const), cards: [{ keywords: ['正品'], reply: 'x' }] }),
      errors: [{ path: ['keyword_rules'], message: ['正品'] }, { path: ['welcome', 'text'] }],
    },
  ],
});

describe('intentsFor', () => {
  it('maps Chinese category names and falls back to general', () => {
    expect(intentsFor('服装').map((i) => i.id)).toContain('size');
    expect(intentsFor('unknown').map((i) => i.id)).toEqual(intentsFor('general').map((i) => i.id));
  });
});
