import { describe, expect, it } from 'vitest';
import { suggestForQuestion } from '../../src/backend/suggest.js';
import { buildMatcher } from '../../src/backend/matcher.js';
import { loadConfig } from '../../src/config/load.js';
import { templatePath, templateQuestions } from '../../src/config/templates.js';
import type { Config } from '../../src/config/types.js';

const base: Config = {
  version: 1,
  keyword_rules: [
    { id: 'invoice', keywords: ['发票', '开票'], reply: '需要发票请留言抬头和税号' },
    { id: 'logistics', keywords: ['物流', '快递', '收到'], reply: '物流进度在订单页能看到' },
  ],
};

describe('suggestForQuestion (试一试, one question)', () => {
  it('groups the question with context questions and files the shared core under the rule naming its topic', () => {
    const offer = suggestForQuestion(base, '能开专票吗', ['有专票吗', '专票怎么开']);
    expect(offer && [offer.keyword, offer.target, offer.match]).toEqual(['专票', { kind: 'existing', index: 0, id: 'invoice' }, 'contains']);
    expect(offer!.config.keyword_rules![0].keywords).toEqual(['发票', '开票', '专票']);
    expect(buildMatcher(offer!.config).answer('能开专票吗')?.id).toBe('invoice');
    expect(base.keyword_rules![0].keywords).toEqual(['发票', '开票']);
  });

  it('a new topic gets a new rule with an empty reply', () => {
    const offer = suggestForQuestion(base, '上门安装吗', ['安装收费吗', '什么时候来安装']);
    expect(offer && [offer.keyword, offer.target]).toEqual(['安装', { kind: 'new', id: 'ask-安装' }]);
    expect(offer!.config.keyword_rules!.at(-1)).toEqual({ id: 'ask-安装', keywords: ['安装'], match: 'contains', reply: '' });
  });

  it('with nothing to group with, proposes the question itself as an exact keyword that answers it', () => {
    const offer = suggestForQuestion(base, '可以刻字吗', []);
    expect(offer && [offer.keyword, offer.target, offer.match]).toEqual(['可以刻字吗', { kind: 'new', id: 'ask-可以刻字吗' }, 'exact']);
    expect(buildMatcher(offer!.config).answer('可以刻字吗')?.id).toBe('ask-可以刻字吗');
  });

  it('offers nothing for an answered question, and nothing that fails the keyword checks', () => {
    expect(suggestForQuestion(base, '发票怎么开', ['发票呢'])).toBeNull();
    // A whole long question is longer than the backend takes for a keyword (max-length).
    const long = '我想问一下这个东西到底适不适合放在朝北的阳台上面用而且冬天会不会冻坏';
    expect(suggestForQuestion(base, long, [])).toBeNull();
    expect(suggestForQuestion(base, '  ', [])).toBeNull();
  });

  it('works with the general template and its shipped buyer questions', async () => {
    const { config } = await loadConfig(templatePath('general'));
    expect(templateQuestions('general').length).toBeGreaterThan(20);
    const offer = suggestForQuestion(config, '可以刻字吗', templateQuestions('general'));
    expect(offer).not.toBeNull();
    expect(buildMatcher(offer!.config).answer('可以刻字吗')).not.toBeNull();
  });
});
