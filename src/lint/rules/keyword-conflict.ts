// The same keyword (after folding case, width and spaces) in two rules or cards: the backend
// answers with only one of them, so the other reply silently never goes out for that question.
import type { ConfigRule } from '../config-rules.js';
import type { KeywordEntry } from '../config-context.js';

const rule: ConfigRule = {
  id: 'keyword-conflict',
  severity: 'error',
  description: {
    zh: '同一个关键词出现在两条规则或商品卡片里',
    en: 'The same keyword is used by two rules or product cards',
  },
  protects: {
    zh: '买家的问题只会触发其中一条回复，另一条永远发不出去（后台也可能拒绝保存重复关键词）',
    en: 'Only one of the replies can ever answer; the backend may also refuse duplicate keywords',
  },
  check(ctx, report) {
    const firstByKeyword = new Map<string, KeywordEntry>();
    for (const entry of ctx.keywords()) {
      if (entry.norm === '') continue;
      const first = firstByKeyword.get(entry.norm);
      if (!first) {
        firstByKeyword.set(entry.norm, entry);
        continue;
      }
      const where = ctx.where(first.path);
      if (first.item === entry.item) {
        // Harmless to the buyer but clutters the backend's per-rule keyword limit; safe to drop.
        report({
          path: entry.path,
          severity: 1,
          message: {
            zh: `关键词「${entry.text}」在同一条规则里重复（与${where.zh}重复）`,
            en: `Keyword "${entry.text}" repeats within the same rule (same as ${where.en})`,
          },
          suggestion: { zh: '删除重复的关键词', en: 'Remove the duplicate keyword' },
          fix: [{ op: 'remove', path: entry.path }],
        });
        continue;
      }
      report({
        path: entry.path,
        message: {
          zh: `关键词「${entry.text}」已在${where.zh}中使用，同一个问题只会触发其中一条回复`,
          en: `Keyword "${entry.text}" is already used by ${where.en}; a question can trigger only one of them`,
        },
        suggestion: {
          zh: '只保留一处，或把两条回复合并成一条',
          en: 'Keep it in one place, or merge the two replies',
        },
      });
    }
  },
};

export default rule;
