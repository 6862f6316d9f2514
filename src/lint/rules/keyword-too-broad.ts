// A very short "contains" keyword answers questions it was never meant for: 「发」 fires on
// 「发票怎么开」 and 「发错货了」, 「在吗」 fires on every greeting. Exact-mode keywords are fine:
// they only fire on that exact message.
import type { ConfigRule } from '../config-rules.js';
import type { KeywordEntry, MatchItem } from '../config-context.js';

/**
 * Two-character words that carry no intent of their own: greetings, fillers, question words.
 * A short list is enough here because it is about matching, not content.
 */
const GENERIC = new Set([
  '在吗', '在不', '你好', '您好', '请问', '亲亲', '老板', '店家', '掌柜', '美女', '小姐',
  '谢谢', '好的', '嗯嗯', '哈哈', '是的', '可以', '怎么', '什么', '多少', '这个', '那个', '有吗',
  '问下', '咨询', '为啥', 'hi', 'ok', '你们', '我们', '一下', '东西', '哪里', '还有',
]);

/** A short keyword inside this many other rules' keywords answers their questions instead. */
const MANY_OTHERS = 3;

const rule: ConfigRule = {
  id: 'keyword-too-broad',
  severity: 'warning',
  description: {
    zh: '关键词太短或太笼统，会误触发不相关的问题',
    en: 'A keyword so short or generic that it catches unrelated questions',
  },
  protects: {
    zh: '买家问 A 却收到 B 的自动回复，答非所问会引起投诉和差评',
    en: 'Buyers asking one thing get the reply for another, which leads to complaints',
  },
  check(ctx, report) {
    const entries = ctx.keywords().filter((e) => e.item.match === 'contains' && e.norm !== '');
    // How many other items have a keyword containing each short keyword: one automaton pass per
    // keyword, counting distinct owners (entries come grouped by item).
    const index = ctx.keywordIndex();
    const owners = new Map<string, { items: Set<MatchItem>; sample: KeywordEntry }>();
    for (const entry of ctx.keywords()) {
      if (entry.norm === '') continue;
      index.scan(entry.norm, (keyword) => {
        // Two characters are at most four UTF-16 units; only short keywords are counted.
        if (keyword === entry.norm || keyword.length > 4 || [...keyword].length > 2) return;
        const o = owners.get(keyword);
        if (o) o.items.add(entry.item);
        else owners.set(keyword, { items: new Set([entry.item]), sample: entry });
      });
    }
    for (const entry of entries) {
      const length = [...entry.norm].length;
      if (length === 1) {
        report({
          path: entry.path,
          message: {
            zh: `关键词「${entry.text}」只有一个字，包含它的问题都会触发这条回复`,
            en: `Keyword "${entry.text}" is a single character; every question containing it triggers this reply`,
          },
          suggestion: { zh: '换成买家常问的完整短语，如「什么时候发货」', en: 'Use a phrase buyers actually ask' },
        });
        continue;
      }
      if (length > 2) continue;
      if (GENERIC.has(entry.norm)) {
        report({
          path: entry.path,
          message: {
            zh: `关键词「${entry.text}」太笼统，几乎任何问题都可能包含它`,
            en: `Keyword "${entry.text}" is too generic; almost any question may contain it`,
          },
          suggestion: {
            zh: '改用能说明问题的关键词，或把这条规则的匹配方式改成精确（exact）',
            en: 'Use a keyword that names the question, or set match: exact',
          },
        });
        continue;
      }
      const o = owners.get(entry.norm);
      // The keyword's own item does not count against it.
      const others = o ? o.items.size - (o.items.has(entry.item) ? 1 : 0) : 0;
      if (o && others >= MANY_OTHERS) {
        report({
          path: entry.path,
          message: {
            zh: `关键词「${entry.text}」包含在其他 ${others} 条规则的关键词里（如「${o.sample.text}」），会抢先回答它们的问题`,
            en: `Keyword "${entry.text}" is inside keywords of ${others} other rules (e.g. "${o.sample.text}") and may answer their questions`,
          },
          suggestion: { zh: '换成更具体的短语', en: 'Use a more specific phrase' },
        });
      }
    }
  },
};

export default rule;
