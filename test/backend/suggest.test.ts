import { describe, expect, it } from 'vitest';
import { groupCore, suggestKeywords } from '../../src/backend/suggest.js';
import type { Config } from '../../src/config/types.js';

const base: Config = {
  version: 1,
  keyword_rules: [
    { id: 'invoice', keywords: ['发票', '开票'], reply: '需要发票请留言抬头和税号' },
    { id: 'logistics', keywords: ['物流', '快递', '收到'], reply: '物流进度在订单页能看到' },
    { id: 'returns', keywords: ['退货', '退款'], reply: '支持七天无理由' },
  ],
};

describe('groupCore', () => {
  it('grows the shared term while most questions share the longer string, never onto a particle', () => {
    const group = { term: '发票', count: 3, example: '', questions: [{ text: '能开发票吗', count: 1 }, { text: '开发票要多久', count: 1 }, { text: '电子发票呢', count: 1 }] };
    expect(groupCore(group)).toBe('开发票');
    expect(groupCore({ ...group, questions: [{ text: '发票吗', count: 1 }, { text: '发票呢', count: 1 }] })).toBe('发票');
    expect(groupCore({ ...group, term: null })).toBeNull();
  });
});

describe('suggestKeywords', () => {
  it('adds a core to the rule whose keywords end like it (专票 → invoice), a new topic gets a new rule', () => {
    const questions = ['要专票', '专票能开吗', '有专票吗', '什么时候来安装', '安装收费吗', '物流到哪了'];
    const result = suggestKeywords(base, questions);
    expect(result.suggestions.map((s) => [s.keyword, s.target, s.answers])).toEqual([
      ['专票', { kind: 'existing', index: 0, id: 'invoice' }, 3],
      ['安装', { kind: 'new', id: 'ask-安装' }, 2],
    ]);
    expect([result.before, result.after, result.total]).toEqual([1, 6, 6]);
    expect(result.config.keyword_rules?.[0].keywords).toEqual(['发票', '开票', '专票']);
    expect(result.config.keyword_rules?.at(-1)).toEqual({ id: 'ask-安装', keywords: ['安装'], match: 'contains', reply: '' });
    // The input is not touched.
    expect(base.keyword_rules?.[0].keywords).toEqual(['发票', '开票']);
  });

  it('does not file a core under a rule that only shares a first character (收据 is not 收到)', () => {
    const result = suggestKeywords(base, ['能开收据吗', '要收据', '收据有吗']);
    expect(result.suggestions[0].target).toEqual({ kind: 'new', id: 'ask-收据' });
  });

  it('checks every suggestion against the keyword rules and says why one is not offered', () => {
    // 老板 is too generic for keyword-too-broad: offered nowhere.
    const result = suggestKeywords({ version: 1, keyword_rules: [] }, ['老板？', '老板老板', '老板！']);
    expect(result.suggestions).toHaveLength(1);
    expect(result.suggestions[0].rejected?.ruleId).toBe('keyword-too-broad');
    expect(result.after).toBe(0);
    expect(result.config.keyword_rules).toEqual([]);
  });

  it('never shadows another rule\'s keyword: 退货 goes to a new rule at the end, not before 退货地址', () => {
    const rules: Config = { version: 1, keyword_rules: [{ id: 'a', keywords: ['退货运费'], reply: 'x' }, { id: 'b', keywords: ['退货地址'], reply: 'y' }] };
    const result = suggestKeywords(rules, ['退货吗', '能退货不', '退货呢']);
    expect(result.suggestions.map((s) => [s.keyword, s.target.kind, s.rejected])).toEqual([['退货', 'new', undefined]]);
  });

  it('starts a new rule when the matching rule already has the most keywords the backend takes', () => {
    const full: Config = { version: 1, keyword_rules: [{ id: 'invoice', keywords: ['发票', '开票', '增票', '普票', '抬头', '税号', '票据', '开个票', '要票', '报销'], reply: '留言抬头' }] };
    const result = suggestKeywords(full, ['要专票', '专票能开吗']);
    expect(result.suggestions[0].target).toEqual({ kind: 'new', id: 'ask-专票' });
    expect(result.suggestions[0].rejected).toBeUndefined();
  });

  it('leaves out phrasing that runs through questions several rules answer, and one-off questions', () => {
    const questions = ['需要发票吗', '需要退货', '需要快递吗', '需要什么', '需要怎么做', '能寄宠物吗'];
    const result = suggestKeywords(base, questions);
    expect(result.filler).toContain('需要');
    expect(result.suggestions).toEqual([]);
  });

  it('suggestions build on each other: a later group already answered by an earlier keyword is skipped', () => {
    const result = suggestKeywords(base, ['安装收费吗', '怎么安装', '安装师傅几点来', '安装师傅电话']);
    expect(result.suggestions.map((s) => s.keyword)).toEqual(['安装']);
    expect(result.after).toBe(4);
  });
});
