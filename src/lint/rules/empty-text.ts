// Empty texts and padded ones. An empty reply or keyword is either rejected by the backend or
// sends the buyer a blank bubble; a rule without keywords never fires. Leading/trailing spaces
// get pasted into the backend as-is and make keywords fail to match, so they are trimmed by --fix.
import type { ConfigRule } from '../config-rules.js';
import type { ConfigText } from '../config-context.js';
import { getAt } from '../config-context.js';

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
// Horizontal space only: a block scalar (`reply: |`) always ends in a line break, and the
// export drops it; spaces and full-width spaces, however, are pasted as they are.
const LEADING = /^[ \t\u00A0\u3000]+/u;
const TRAILING = /[ \t\u00A0\u3000]+(?=\n?$)/u;

const labels: Record<ConfigText['kind'], { zh: string; en: string }> = {
  welcome: { zh: '欢迎语', en: 'Welcome text' },
  quick_question: { zh: '快捷问题', en: 'Quick question' },
  keyword: { zh: '关键词', en: 'Keyword' },
  reply: { zh: '回复内容', en: 'Reply' },
  card_name: { zh: '商品卡片名称', en: 'Card name' },
  card_keyword: { zh: '商品卡片关键词', en: 'Card keyword' },
  card_reply: { zh: '商品卡片回复', en: 'Card reply' },
  follow_up: { zh: '跟单消息', en: 'Follow-up message' },
};

const rule: ConfigRule = {
  id: 'empty-text',
  severity: 'error',
  description: {
    zh: '欢迎语、快捷问题、关键词或回复为空（或首尾有多余空白）',
    en: 'Welcome text, quick question, keyword or reply is empty (or padded with spaces)',
  },
  protects: {
    zh: '空回复会发出空白消息或无法保存；没有关键词的规则永远不会触发',
    en: 'Empty replies send blank messages or fail to save; a rule without keywords never fires',
  },
  check(ctx, report) {
    const texts = ctx.texts();
    for (const t of texts) {
      const label = labels[t.kind];
      if (t.text.replace(INVISIBLE, '').trim() === '') {
        report({
          path: t.path,
          message: { zh: `${label.zh}是空的`, en: `${label.en} is empty` },
          suggestion:
            t.kind === 'keyword' || t.kind === 'card_keyword' || t.kind === 'quick_question'
              ? { zh: '删除这一项，或填上买家常问的问题', en: 'Remove it, or write a question buyers ask' }
              : { zh: '填写回复内容', en: 'Write the text' },
        });
        continue;
      }
      const lead = LEADING.exec(t.raw)?.[0].length ?? 0;
      const trailing = TRAILING.exec(t.raw);
      const trail = trailing ? { start: trailing.index, end: trailing.index + trailing[0].length } : undefined;
      if (lead === 0 && !trail) continue;
      const fix = [];
      if (trail) fix.push({ op: 'edit' as const, path: t.path, ...trail, text: '' });
      if (lead > 0) fix.push({ op: 'edit' as const, path: t.path, start: 0, end: lead, text: '' });
      report({
        path: t.path,
        span: lead > 0 ? { start: 0, end: lead, in: 'raw' } : { ...trail!, in: 'raw' },
        severity: 1,
        message: {
          zh: `${label.zh}首尾有多余的空白，粘贴到后台后${t.kind.includes('keyword') ? '关键词可能匹配不上' : '会原样发出'}`,
          en: `${label.en} has leading or trailing spaces${t.kind.includes('keyword') ? '; the keyword may not match' : ''}`,
        },
        suggestion: { zh: '删除首尾空白', en: 'Trim the spaces' },
        fix,
      });
    }
    // A rule needs a reply and at least one keyword even when the lists are missing entirely.
    const rules = ctx.config.keyword_rules;
    if (!Array.isArray(rules)) return;
    rules.forEach((r, i) => {
      const keywords = getAt(r, ['keywords']);
      if (!Array.isArray(keywords) || keywords.length === 0) {
        report({
          path: ['keyword_rules', i, Array.isArray(keywords) ? 'keywords' : 'id'],
          message: {
            zh: '这条规则没有关键词，永远不会触发',
            en: 'This rule has no keywords and never fires',
          },
          suggestion: { zh: '添加买家常问的关键词', en: 'Add the keywords buyers ask' },
        });
      }
      const reply = getAt(r, ['reply']);
      if (reply === undefined || reply === null) {
        report({
          path: ['keyword_rules', i, 'id'],
          message: { zh: '这条规则没有回复内容（reply）', en: 'This rule has no reply' },
          suggestion: { zh: '填写回复内容', en: 'Write the reply' },
        });
      }
    });
  },
};

export default rule;
