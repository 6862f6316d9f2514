// 催付 that repeats or comes too soon presses the buyer: the platform counts repeated pushing
// as harassment (不得发送骚扰信息或进行重复推销), and 千牛's own automatic 催付 sends one
// reminder per buyer per shop in 24 hours, best 10–15 minutes after the order. A second unpaid
// reminder, or one sent sooner than the peer minimum, is reported at its own line.
import type { ConfigRule } from '../config-rules.js';
import { followUpScene } from '../../backend/profile.js';
import { getAt } from '../config-context.js';

const rule: ConfigRule = {
  id: 'pushy-follow-up',
  severity: 'warning',
  description: {
    zh: '跟单助手催付过多或过早（多于一条催付，或下单后不到 5 分钟就催）',
    en: 'Follow-ups press for payment too often or too soon (more than one unpaid reminder, or one within 5 minutes)',
  },
  protects: {
    zh: '重复、过早的催付会被买家投诉为骚扰，平台按骚扰信息处理',
    en: 'Repeated or hasty payment reminders get reported as harassment',
  },
  check(ctx, report) {
    const items = getAt(ctx.config, ['follow_ups']);
    if (!Array.isArray(items)) return;
    const unpaid = followUpScene('unpaid')!;
    const maxPerOrder = unpaid.maxPerOrder!;
    const minDelay = unpaid.delay!.min;
    let firstUnpaid: number | undefined;
    items.forEach((item, i) => {
      if (getAt(item, ['scene']) !== 'unpaid') return;
      if (firstUnpaid === undefined) firstUnpaid = i;
      else {
        const where = ctx.where(['follow_ups', firstUnpaid]);
        report({
          path: ['follow_ups', i, 'scene'],
          message: {
            zh: `又一条催付消息：${where.zh}已经催过一次，同一订单再催就是重复推销（参照千牛：每位买家 24 小时内只催付 ${maxPerOrder.value} 次，未经小红书确认）`,
            en: `Another unpaid reminder: ${where.en} already reminds once; reminding again is repeated pushing (peer: 千牛 sends ${maxPerOrder.value} per buyer in 24 h, unconfirmed for 小红书)`,
          },
          suggestion: { zh: '只保留一条催付，删掉这一条', en: 'Keep one unpaid reminder and delete this one' },
        });
      }
      const delay = getAt(item, ['delay_minutes']);
      if (typeof delay === 'number' && delay < minDelay.value) {
        report({
          path: ['follow_ups', i, 'delay_minutes'],
          message: {
            zh: `下单后 ${delay} 分钟就催付太急了，买家可能还在比较或凑单（参照千牛：下单后 10–15 分钟催付效果最好，未经小红书确认）`,
            en: `Reminding ${delay} minutes after the order is too soon; the buyer may still be comparing (peer: 千牛 finds 10–15 minutes best, unconfirmed)`,
          },
          suggestion: { zh: `改为 ${unpaid.delay!.default.value} 分钟`, en: `Use ${unpaid.delay!.default.value} minutes` },
        });
      }
    });
  },
};

export default rule;
