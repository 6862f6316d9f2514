// 试一试's suggestion for an unanswered question, applied through the reducer.
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../src/backend/matcher.js';
import type { Config } from '../../src/config/types.js';
import { initialState, reducer, type Action, type State } from '../../src/tui/state.js';
import { offerText, trySuggestion } from '../../src/tui/try-suggest.js';

const config: Config = {
  version: 1,
  keyword_rules: [
    { id: 'invoice', keywords: ['发票', '开票'], match: 'contains', reply: '留言抬头和税号' },
    { id: 'returns', keywords: ['可以退换吗'], match: 'contains', reply: '支持七天无理由退换' },
  ],
};
const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const loaded = (c: Config = config) => run(initialState('/tmp/xhs-reply.yaml'), { type: 'load', config: c, file: '/tmp/xhs-reply.yaml', dirty: false }, { type: 'go', screen: 'try' });

describe('reducer: try/apply', () => {
  it('remembers cleared questions and uses them to group the next one; applying adds the keyword, marks unsaved and answers', () => {
    let s = run(loaded(), { type: 'question', value: '安装收费吗' }, { type: 'question', value: '' }, { type: 'question', value: '什么时候来安装' }, { type: 'question', value: '' });
    expect(s.tried).toEqual(['安装收费吗', '什么时候来安装']);
    s = run(s, { type: 'question', value: '上门安装吗' });
    const offer = trySuggestion(s);
    expect(offer && offerText(offer)).toBe('建议：新建规则「ask-安装」，关键词「安装」（回复需要您来写）');
    s = run(s, { type: 'try/apply' });
    expect(s.dirty).toBe(true);
    expect(s.config?.keyword_rules?.at(-1)).toEqual({ id: 'ask-安装', keywords: ['安装'], match: 'contains', reply: '' });
    expect(buildMatcher(s.config!).answer(s.question)?.id).toBe('ask-安装');
    expect(s.notice?.text).toContain('ask-安装');
    // Answered now: nothing more to apply, the state stays as it is.
    expect(trySuggestion(s)).toBeNull();
    expect(run(s, { type: 'try/apply' })).toBe(s);
  });

  it('adds the core to the rule naming the topic', () => {
    const s = run(loaded(), { type: 'question', value: '有专票吗' }, { type: 'question', value: '' }, { type: 'question', value: '能开专票吗' }, { type: 'try/apply' });
    expect(s.config?.keyword_rules?.[0].keywords).toEqual(['发票', '开票', '专票']);
    expect(s.dirty).toBe(true);
  });

  it('does nothing for an answered question', () => {
    const s = run(loaded(), { type: 'question', value: '怎么开发票' });
    expect(run(s, { type: 'try/apply' })).toBe(s);
  });
});
