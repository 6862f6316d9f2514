// Every backend limit from src/backend/profile.ts: characters per field (counted after
// variables are filled, since that is what gets pasted), keywords per rule, items per screen.
// A limit nobody has confirmed is a warning that says where the number comes from.
import type { ConfigRule } from '../config-rules.js';
import type { Limit, ScreenProfile } from '../../backend/profile.js';
import { backendProfile, countChars, field } from '../../backend/profile.js';
import type { SeverityLevel } from '../types.js';
import type { Localized } from '../../i18n.js';
import { getAt } from '../config-context.js';

const severityOf = (limit: Limit): SeverityLevel => (limit.confirmed ? 2 : 1);

function caveat(limit: Limit): Localized {
  return limit.confirmed
    ? { zh: '', en: '' }
    : {
        zh: `（该上限为未经确认的默认值，来源：${limit.source}）`,
        en: ` (unconfirmed default; source: ${limit.source})`,
      };
}

const screenPaths: Record<string, readonly (string | number)[]> = {
  quick_questions: ['welcome', 'quick_questions'],
  keyword_rules: ['keyword_rules'],
  product_cards: ['product_cards'],
  follow_ups: ['follow_ups'],
};

const rule: ConfigRule = {
  id: 'max-length',
  severity: 'error',
  description: {
    zh: '超出后台的字数、关键词数或条数上限',
    en: 'Exceeds a backend limit on characters, keywords or items',
  },
  protects: {
    zh: '超长的内容粘贴到后台会被截断或无法保存',
    en: 'Over-long content is cut off or cannot be saved in the backend',
  },
  check(ctx, report) {
    for (const t of ctx.texts()) {
      if (!t.field) continue;
      const limit = field(t.field).maxChars;
      // UTF-16 length bounds the character count from above: short texts need no counting.
      if (t.text.length <= limit.value) continue;
      const n = countChars(t.text);
      if (n <= limit.value) continue;
      const label = field(t.field).label;
      const c = caveat(limit);
      // Point at the first character past the limit when it is literal text.
      let cut = 0;
      let count = 0;
      for (const ch of t.text) {
        if (count === limit.value) break;
        cut += ch.length;
        count++;
      }
      report({
        path: t.path,
        span: { start: cut, end: t.text.length, in: 'resolved' },
        severity: severityOf(limit),
        message: {
          zh: `${label.zh}有 ${n} 个字，超过后台上限 ${limit.value} 字${c.zh}`,
          en: `${label.en} has ${n} characters, over the backend limit of ${limit.value}${c.en}`,
        },
        suggestion: { zh: `精简到 ${limit.value} 字以内`, en: `Shorten it to ${limit.value} characters` },
      });
    }
    for (const s of backendProfile.screens as readonly ScreenProfile[]) {
      const base = screenPaths[s.id];
      if (!base) continue;
      const items = getAt(ctx.config, base);
      if (!Array.isArray(items)) continue;
      if (s.maxItems && items.length > s.maxItems.value) {
        const c = caveat(s.maxItems);
        report({
          path: [...base, s.maxItems.value],
          severity: severityOf(s.maxItems),
          message: {
            zh: `${s.title.zh}共 ${items.length} 条，超过后台上限 ${s.maxItems.value} 条，从这一条起可能无法添加${c.zh}`,
            en: `${s.title.en}: ${items.length} items, over the backend limit of ${s.maxItems.value}; from here on they may not fit${c.en}`,
          },
          suggestion:
            s.id === 'follow_ups'
              ? { zh: '每个场景留一条消息就够了', en: 'One message per scene is enough' }
              : {
                  zh: '合并意思相近的规则，把关键词放进同一条规则',
                  en: 'Merge similar rules by putting their keywords into one rule',
                },
        });
      }
      const perItem = s.maxKeywordsPerItem;
      if (!perItem) continue;
      items.forEach((item, i) => {
        const keywords = getAt(item, ['keywords']);
        if (!Array.isArray(keywords) || keywords.length <= perItem.value) return;
        const c = caveat(perItem);
        report({
          path: [...base, i, 'keywords', perItem.value],
          severity: severityOf(perItem),
          message: {
            zh: `这条有 ${keywords.length} 个关键词，超过后台每条上限 ${perItem.value} 个${c.zh}`,
            en: `${keywords.length} keywords, over the backend limit of ${perItem.value} per item${c.en}`,
          },
          suggestion: {
            zh: '删掉不常用的关键词，或拆成两条规则',
            en: 'Drop rare keywords or split the rule in two',
          },
        });
      });
    }
  },
};

export default rule;
