import { describe, expect, it } from 'vitest';
import { buildMatcher, normalizeQuestion } from '../../src/backend/matcher.js';
import type { Config } from '../../src/config/types.js';

const config: Config = {
  version: 1,
  shop: { name: '小美的衣橱' },
  vars: { ship_days: 3 },
  keyword_rules: [
    { id: 'shipping', keywords: ['什么时候发货', '发货'], reply: '{{shop.name}}现货下单，预计{{ship_days}}天内发货' },
    { id: 'freight', keywords: ['运费'], match: 'exact', reply: '全场包邮' },
    { id: 'freight-more', keywords: ['运费'], reply: '偏远地区需补运费' },
    { id: 'vip', keywords: ['VIP'], reply: '会员价' },
    { id: 'human', keywords: ['人工'], match: 'exact', reply: '稍等，马上为您转人工' },
  ],
  product_cards: [
    { id: 'dress', product_id: '65f0c0ffee', name: '春季碎花连衣裙', keywords: ['碎花裙', '发货'], reply: '爆款碎花裙' },
    { id: 'bag', product_id: '77aa', keywords: ['包包'] },
  ],
};

describe('buildMatcher', () => {
  const m = buildMatcher(config);

  it('answers a contained keyword with vars filled in', () => {
    expect(m.answer('亲，什么时候发货呀？')).toMatchObject({
      kind: 'keyword_rule',
      id: 'shipping',
      keyword: '什么时候发货',
      match: 'contains',
      reply: '小美的衣橱现货下单，预计3天内发货',
    });
  });

  it('exact rules answer only the whole question, and win over earlier contains rules', () => {
    expect(m.answer('运费')).toMatchObject({ id: 'freight', match: 'exact', reply: '全场包邮' });
    expect(m.answer('运费多少')).toMatchObject({ id: 'freight-more', match: 'contains' });
    expect(m.answer('我要人工客服')).toBeNull();
    expect(m.answer(' 人 工 ')).toMatchObject({ id: 'human' });
  });

  it('the first rule in backend order wins; keyword rules come before product cards', () => {
    // "发货" is in rule shipping and in card dress: the rule screen comes first in the backend.
    expect(m.answer('发货了吗')).toMatchObject({ kind: 'keyword_rule', id: 'shipping', keyword: '发货' });
    expect(m.answer('碎花裙还有吗')).toMatchObject({ kind: 'product_card', id: 'dress', productId: '65f0c0ffee', name: '春季碎花连衣裙', reply: '爆款碎花裙' });
    expect(m.answer('这个包包呢')).toMatchObject({ kind: 'product_card', id: 'bag', reply: '' });
  });

  it('ignores case, width and spaces on both sides', () => {
    expect(m.answer('ｖｉｐ 有优惠吗')).toMatchObject({ id: 'vip' });
    expect(m.answer('vip价')).toMatchObject({ id: 'vip' });
    expect(normalizeQuestion('  ＶＩＰ　价 ')).toBe('vip价');
  });

  it('answers nothing when nothing matches, or the question is blank', () => {
    expect(m.answer('能便宜点吗')).toBeNull();
    expect(m.answer('   ')).toBeNull();
  });

  it('lists every match, the answering one first', () => {
    expect(m.matches('运费').map((a) => a.id)).toEqual(['freight', 'freight-more']);
    expect(m.matches('碎花裙什么时候发货').map((a) => a.id)).toEqual(['shipping', 'dress']);
    expect(m.matches('运费')[0]).toEqual(m.answer('运费'));
  });

  it('lists items in backend order', () => {
    expect(m.items.map((i) => `${i.kind}:${i.id}:${i.order}`)).toEqual([
      'keyword_rule:shipping:0',
      'keyword_rule:freight:1',
      'keyword_rule:freight-more:2',
      'keyword_rule:vip:3',
      'keyword_rule:human:4',
      'product_card:dress:5',
      'product_card:bag:6',
    ]);
  });

  it('copes with an empty config and odd keywords', () => {
    expect(buildMatcher({ version: 1 }).answer('发货')).toBeNull();
    const odd = buildMatcher({ version: 1, keyword_rules: [{ id: 'x', keywords: ['', '  ', '😀'], reply: 'ok' }] });
    expect(odd.answer('好的😀')).toMatchObject({ id: 'x', keyword: '😀' });
    expect(odd.answer('好的')).toBeNull();
  });

  it('agrees with a brute-force reading of the assumed rules on random configs', () => {
    const words = ['发货', '发', '货', '运费', '退', '退货', 'vip', 'VIP', '尺码', '码'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 200; round++) {
      const rules = Array.from({ length: 1 + rand(5) }, (_, i) => ({
        id: `r${i}`,
        keywords: Array.from({ length: 1 + rand(2) }, () => words[rand(words.length)]),
        match: rand(2) ? ('exact' as const) : ('contains' as const),
        reply: `reply ${i}`,
      }));
      const question = Array.from({ length: 1 + rand(3) }, () => words[rand(words.length)]).join('');
      const q = normalizeQuestion(question);
      const exact = rules.find((r) => r.match === 'exact' && r.keywords.some((k) => normalizeQuestion(k) === q));
      const contains = rules.find((r) => r.match === 'contains' && r.keywords.some((k) => q.includes(normalizeQuestion(k))));
      const expected = exact ?? contains;
      expect(buildMatcher({ version: 1, keyword_rules: rules }).answer(question)?.id ?? null).toBe(expected?.id ?? null);
    }
  });
});
