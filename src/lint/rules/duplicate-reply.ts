// Two rules with the same reply are one rule written twice: merging their keywords keeps the
// backend list short (it has a rule limit) and means a later edit cannot update only one copy.
import type { ConfigRule } from '../config-rules.js';
import type { ConfigText } from '../config-context.js';

/** Width, case, spaces and punctuation do not make two replies different for the buyer. */
function replyKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\u200B-\u200F\u2060\uFEFF]+/gu, '');
}

const rule: ConfigRule = {
  id: 'duplicate-reply',
  severity: 'warning',
  description: {
    zh: '两条规则的回复内容相同，可以合并关键词',
    en: 'Two rules have the same reply; merge their keywords',
  },
  protects: {
    zh: '重复的规则占用后台条数上限，修改时容易只改了一处',
    en: 'Duplicates use up the backend rule limit and drift apart when edited',
  },
  check(ctx, report) {
    // Keyword rules and product cards are bucketed separately: only rules can be merged.
    const first = new Map<string, ConfigText>();
    for (const t of ctx.texts()) {
      if (t.kind !== 'reply' && t.kind !== 'card_reply') continue;
      const key = replyKey(t.text);
      if (key === '') continue; // empty-text reports those
      const bucket = `${t.kind}\u0000${key}`;
      const earlier = first.get(bucket);
      if (!earlier) {
        first.set(bucket, t);
        continue;
      }
      const where = ctx.where(earlier.path.slice(0, 2));
      report({
        path: t.path,
        message: {
          zh: `回复内容与${where.zh}相同`,
          en: `Same reply as ${where.en}`,
        },
        suggestion:
          t.kind === 'reply'
            ? { zh: `把这条规则的关键词合并到${where.zh}，然后删除这条`, en: `Move this rule's keywords into ${where.en} and delete this rule` }
            : { zh: '为每个商品写各自的介绍', en: 'Describe each product in its own words' },
      });
    }
  },
};

export default rule;
