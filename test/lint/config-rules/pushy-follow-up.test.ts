import type { Config, FollowUp } from '../../../src/config/types.js';
import rule from '../../../src/lint/rules/pushy-follow-up.js';
import { ruleTester } from './tester.js';

const withFollowUps = (...followUps: FollowUp[]): Config => ({ version: 1, follow_ups: followUps });
const unpaid = (id: string, delay?: number): FollowUp => ({
  id,
  scene: 'unpaid',
  ...(delay !== undefined ? { delay_minutes: delay } : {}),
  text: '您拍下的商品还没付款，有疑问随时找我们～',
});

ruleTester(rule, {
  valid: [
    withFollowUps(unpaid('a', 15)),
    // No delay written: the profile's default (15 minutes) applies.
    withFollowUps(unpaid('a')),
    // Exactly the peer minimum is not too soon.
    withFollowUps(unpaid('a', 5)),
    // One message per other scene is not pushing for payment.
    withFollowUps(
      unpaid('a', 15),
      { id: 'p', scene: 'paid', text: '请核对收货地址' },
      { id: 's', scene: 'shipped', text: '已发货' },
      { id: 'd', scene: 'delivered', delay_minutes: 1, text: '包裹收到了没？用着哪里不对就告诉我们' },
    ),
  ],
  invalid: [
    {
      name: 'a second unpaid reminder is flagged at its scene',
      config: withFollowUps(unpaid('a', 15), { id: 's', scene: 'shipped', text: '已发货' }, unpaid('b', 60)),
      errors: [{ path: ['follow_ups', 2, 'scene'], severity: 1, message: ['又一条催付', '跟单消息「a」', '千牛'] }],
    },
    {
      name: 'a reminder sooner than 5 minutes is flagged at its delay',
      config: withFollowUps(unpaid('a', 2)),
      errors: [{ path: ['follow_ups', 0, 'delay_minutes'], message: ['2 分钟', '10–15 分钟'] }],
    },
    {
      name: 'both at once, and every extra reminder',
      config: withFollowUps(unpaid('a', 15), unpaid('b', 0), unpaid('c', 30)),
      errors: [
        { path: ['follow_ups', 1, 'scene'] },
        { path: ['follow_ups', 1, 'delay_minutes'] },
        { path: ['follow_ups', 2, 'scene'] },
      ],
    },
  ],
});
