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
