import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../src/import/draft.js';
import { looksLikePaste, parsePaste } from '../../src/import/paste.js';

const rulesOf = (text: string) => {
  const { records, problems } = parsePaste(text);
  const draft = buildDraft(records);
  return { rules: draft.config.keyword_rules ?? [], cards: draft.config.product_cards ?? [], problems: [...problems, ...draft.problems] };
};

describe('pasted backend text', () => {
  it('reads labelled blocks separated by blank lines', () => {
    const { rules, problems } = rulesOf('关键词：什么时候发货、几天发货\n回复：本店现货商品下单，预计3天内发货\n\n关键字: 运费\n匹配方式：精确\n自动回复：全场包邮');
    expect(rules).toEqual([
      { id: '什么时候发货', keywords: ['什么时候发货', '几天发货'], match: 'contains', reply: '本店现货商品下单，预计3天内发货' },
      { id: '运费', keywords: ['运费'], match: 'exact', reply: '全场包邮' },
    ]);
    expect(problems).toEqual([]);
  });

  it('starts a new rule at the next 关键词 even without a blank line', () => {
    const { rules } = rulesOf('关键词：a\n回复：1\n关键词：b\n回复：2');
    expect(rules.map((r) => [r.keywords, r.reply])).toEqual([
      [['a'], '1'],
      [['b'], '2'],
    ]);
  });

  it('collects 关键词1：, 关键词2：… lines into one rule', () => {
    const { rules } = rulesOf('关键词1：发货\n关键词2：几天发货\n回复：3天内\n关键词1：运费\n回复：包邮');
    expect(rules.map((r) => [r.keywords, r.reply])).toEqual([
      [['发货', '几天发货'], '3天内'],
      [['运费'], '包邮'],
    ]);
  });

  it('continues a reply over unlabelled lines, arrows included', () => {
    const { rules } = rulesOf('关键词：运费\n回复：全场包邮\n点击→领券');
    expect(rules[0].reply).toBe('全场包邮\n点击→领券');
  });

  it('reads arrow lines, with any arrow, and continuation lines', () => {
    const { rules } = rulesOf('什么材质 → 纯棉\n退换、退货 -> 七天无理由\n  运费险已买\nVIP => 会员价\n尺码⇒看详情');
    expect(rules.map((r) => [r.keywords, r.reply])).toEqual([
      [['什么材质'], '纯棉'],
      [['退换', '退货'], '七天无理由\n  运费险已买'],
      [['VIP'], '会员价'],
      [['尺码'], '看详情'],
    ]);
  });

  it('ignores numbering and rule titles, reports lines it cannot read', () => {
    const { rules, problems } = rulesOf('规则1\n1. 关键词：发货\n回复：3天内\n\n随手写的备注\n\n规则 2：\n- 关键词：尺码\n回复：看详情页');
    expect(rules.map((r) => r.keywords[0])).toEqual(['发货', '尺码']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 5, kind: 'skipped', source: '随手写的备注' });
  });

  it('keeps a block without reply (reported) and reports a reply without keyword', () => {
    const { rules, problems } = rulesOf('关键词：尺码\n\n回复：没有关键词的回复');
    expect(rules).toEqual([{ id: '尺码', keywords: ['尺码'], match: 'contains', reply: '' }]);
    expect(problems.map((p) => [p.row, p.kind])).toEqual([
      [1, 'kept'],
      [3, 'skipped'],
    ]);
  });

  it('makes a product card of a block with 商品ID', () => {
    const { cards } = rulesOf('商品ID：65f0c0ffee\n商品名称：碎花裙\n关键词：碎花裙\n回复：爆款');
    expect(cards).toEqual([{ id: '碎花裙', product_id: '65f0c0ffee', name: '碎花裙', keywords: ['碎花裙'], reply: '爆款' }]);
  });

  it('tells pasted text from other text', () => {
    expect(looksLikePaste('关键词：a')).toBe(true);
    expect(looksLikePaste('a → b')).toBe(true);
    expect(looksLikePaste('随便写点什么\n注意：不是规则')).toBe(false);
  });
});

const followUpsOf = (text: string) => {
  const { records, followUps, problems } = parsePaste(text);
  const draft = buildDraft(records, followUps);
  return { config: draft.config, rows: draft.rows, problems: [...problems, ...draft.problems] };
};

describe('pasted 跟单助手 blocks', () => {
  const cases: [string, string, object[]][] = [
    ['heading, send time in brackets, message after the colon', '催付（下单15分钟后）：亲，这单还没付款呢', [{ id: 'unpaid', scene: 'unpaid', delay_minutes: 15, text: '亲，这单还没付款呢' }]],
    ['bare heading then the message', '付款后核对地址\n亲，请核对收货地址', [{ id: 'paid', scene: 'paid', text: '亲，请核对收货地址' }]],
    ['跟单助手 prefix and 【】', '【跟单助手-发货提醒】\n包裹已经交给快递了\n留意一下物流信息', [{ id: 'shipped', scene: 'shipped', text: '包裹已经交给快递了\n留意一下物流信息' }]],
    ['send-time line in hours and days', '签收关怀\n发送时间：签收后1天\n收到还满意吗', [{ id: 'delivered', scene: 'delivered', delay_minutes: 1440, text: '收到还满意吗' }]],
    ['unlabelled send-time line and 内容 label', '催付\n下单30分钟后发送\n内容：还差一步就付款啦', [{ id: 'unpaid', scene: 'unpaid', delay_minutes: 30, text: '还差一步就付款啦' }]],
    ['1.5 小时', '催付 下单1.5小时后：别忘了付款', [{ id: 'unpaid', scene: 'unpaid', delay_minutes: 90, text: '别忘了付款' }]],
    [
      'section title, two reminders of one scene',
      '跟单助手\n\n催付：第一次\n\n催付：第二次',
      [
        { id: 'unpaid', scene: 'unpaid', text: '第一次' },
        { id: 'unpaid-2', scene: 'unpaid', text: '第二次' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, items) => {
    const { config, problems } = followUpsOf(text);
    expect(config.follow_ups).toEqual(items);
    expect(problems).toEqual([]);
  });

  it('mixes keyword rules and follow-ups, each where it belongs', () => {
    const { config, rows } = followUpsOf('关键词：发货\n回复：3天内\n\n签收关怀：收到啦\n关键词：运费\n回复：包邮');
    expect(config.keyword_rules?.map((r) => r.reply)).toEqual(['3天内', '包邮']);
    expect(config.follow_ups).toEqual([{ id: 'delivered', scene: 'delivered', text: '收到啦' }]);
    expect(rows.map((r) => [r.row, r.kind])).toEqual([
      [1, 'keyword_rule'],
      [5, 'keyword_rule'],
      [4, 'follow_up'],
    ]);
  });

  it('does not read a reply line such as 催付款请尽快 as a heading', () => {
    const { config } = followUpsOf('关键词：付款\n回复：请尽快\n发货提醒');
    expect(config.keyword_rules?.[0].reply).toBe('请尽快\n发货提醒');
    expect(config.follow_ups).toBeUndefined();
  });

  const reported: [string, string, object, [number, string][]][] = [
    ['a delay on a scene sent at the event is reported and dropped', '发货提醒（发货10分钟后）：已发出', { id: 'shipped', scene: 'shipped', text: '已发出' }, [[1, 'kept']]],
    ['a delay counted from another event is reported', '催付：快付款\n发送时间：签收后1天', { id: 'unpaid', scene: 'unpaid', delay_minutes: 1440, text: '快付款' }, [[1, 'kept']]],
    ['a heading without message is kept empty and reported', '签收关怀（签收后2小时）', { id: 'delivered', scene: 'delivered', delay_minutes: 120, text: '' }, [[1, 'kept']]],
    ['an unreadable heading part is reported', '催付（老客户）：亲', { id: 'unpaid', scene: 'unpaid', text: '亲' }, [[1, 'kept']]],
    ['a second send time is reported', '催付\n下单10分钟后\n延迟：20分钟\n亲', { id: 'unpaid', scene: 'unpaid', delay_minutes: 10, text: '亲' }, [[3, 'kept']]],
  ];
  it.each(reported)('%s', (_name, text, item, problemRows) => {
    const { config, problems } = followUpsOf(text);
    expect(config.follow_ups).toEqual([item]);
    expect(problems.map((p) => [p.row, p.kind])).toEqual(problemRows);
  });

  it('still reports stray lines outside any block', () => {
    const { problems } = followUpsOf('跟单助手\n随手写的备注\n\n催付：亲');
    expect(problems).toMatchObject([{ row: 2, kind: 'skipped', source: '随手写的备注' }]);
  });

  it('tells a follow-up paste from other text', () => {
    expect(looksLikePaste('催付（下单15分钟后）：亲')).toBe(true);
    expect(looksLikePaste('【签收关怀】\n收到啦')).toBe(true);
    expect(looksLikePaste('催付款请尽快')).toBe(false);
  });
});
