// 试一试's offer for a question no rule answers: the same keyword `coverage --suggest` would
// propose, found by grouping the question with the category template's typical buyer questions
// and the questions already tried this session (one question alone shares a core with nothing).
import { suggestForQuestion, type QuestionSuggestion } from '../backend/suggest.js';
import { templateQuestions } from '../config/templates.js';
import type { State } from './state.js';

/** Questions remembered for grouping; older ones drop off. */
const MAX_TRIED = 50;

export function remember(tried: readonly string[], question: string): readonly string[] {
  const q = question.trim();
  if (!q || tried.includes(q)) return tried;
  return [...tried, q].slice(-MAX_TRIED);
}

export function trySuggestion(state: Pick<State, 'config' | 'question' | 'tried'>): QuestionSuggestion | null {
  if (!state.config || !state.question.trim()) return null;
  const context = [...templateQuestions(state.config.shop?.category), ...state.tried];
  return suggestForQuestion(state.config, state.question, context);
}

/** 「建议：…」 as shown under the unanswered result. */
export function offerText(offer: QuestionSuggestion): string {
  if (offer.target.kind === 'existing') return `建议：把关键词「${offer.keyword}」加到规则「${offer.target.id}」`;
  const how = offer.match === 'exact' ? '，完全匹配这句话' : '';
  return `建议：新建规则「${offer.target.id}」，关键词「${offer.keyword}」${how}（回复需要您来写）`;
}

export function offerNotice(offer: QuestionSuggestion): string {
  if (offer.target.kind === 'existing') return `已把关键词「${offer.keyword}」加到规则「${offer.target.id}」，记得保存`;
  return `已新建规则「${offer.target.id}」：到「关键词」写回复，记得保存`;
}
