import { describe, expect, it } from 'vitest';
import { groupUnanswered, measureCoverage } from '../../src/backend/coverage.js';
import { buildMatcher } from '../../src/backend/matcher.js';

describe('groupUnanswered', () => {
  it('groups questions that share a meaningful two-character term', () => {
    const groups = groupUnanswered(['能便宜点吗', '可以便宜一点吗', '便宜点', '有优惠券吗', '优惠券怎么领', '能便宜点吗', '支持花呗吗']);
    expect(groups.map((g) => [g.term, g.count, g.example])).toEqual([
      ['便宜', 4, '能便宜点吗'],
      ['优惠', 2, '有优惠券吗'],
      [null, 1, '支持花呗吗'],
    ]);
    expect(groups[0].questions).toEqual([
      { text: '能便宜点吗', count: 2 },
      { text: '便宜点', count: 1 },
      { text: '可以便宜一点吗', count: 1 },
    ]);
  });

  it('does not group on words every question uses', () => {
    const groups = groupUnanswered(['什么时候到货', '什么颜色好看']);
    expect(groups.map((g) => g.term)).toEqual([null, null]);
  });

  it('in a long list, a term half the questions share is filler, not a topic', () => {
    const topics = ['发票', '发票', '花呗', '花呗', '花呗', '保修', '保修', '赠品', '赠品', '赠品', '赠品', '包装'];
    const groups = groupUnanswered(topics.map((t, i) => (i % 2 ? `麻烦问一下${t}的事` : `麻烦问问${t}怎么弄`)));
    expect(groups.map((g) => [g.term, g.count])).toEqual([
      ['赠品', 4],
      ['花呗', 3],
      ['发票', 2],
      ['保修', 2],
      [null, 1],
    ]);
  });

  it('counts phrasings that differ only in width, case or spaces as one question', () => {
    const [g] = groupUnanswered(['有 VIP 吗', '有vip吗']);
    expect(g.count).toBe(2);
  });
});

describe('measureCoverage', () => {
  const matcher = buildMatcher({
    version: 1,
    keyword_rules: [
      { id: 'shipping', keywords: ['发货'], reply: '3天内发货' },
      { id: 'size', keywords: ['尺码'], reply: '看详情页' },
      { id: 'never', keywords: ['发票'], reply: '可以开' },
    ],
    product_cards: [{ id: 'dress', keywords: ['连衣裙'] }],
  });

  it('counts answered questions, hits per rule and rules that never fire', () => {
    const report = measureCoverage(matcher, ['什么时候发货', '几天发货', '尺码怎么选', '连衣裙有吗', '能便宜点吗', '便宜点']);
    expect([report.total, report.answered]).toEqual([6, 4]);
    expect(report.items.map((i) => [i.id, i.count])).toEqual([
      ['shipping', 2],
      ['size', 1],
      ['never', 0],
      ['dress', 1],
    ]);
    expect(report.neverFired.map((i) => i.id)).toEqual(['never']);
    expect(report.unanswered).toEqual([{ term: '便宜', count: 2, example: '便宜点', questions: [{ text: '便宜点', count: 1 }, { text: '能便宜点吗', count: 1 }] }]);
  });

  it('handles no questions', () => {
    expect(measureCoverage(matcher, [])).toMatchObject({ total: 0, answered: 0, unanswered: [] });
  });
});
