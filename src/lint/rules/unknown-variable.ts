// A {{name}} that neither vars nor shop defines is pasted into the backend literally and the
// buyer reads 「预计{{ship_dayz}}天内发货」.
import type { ConfigRule } from '../config-rules.js';
import { listVariables, lookupVariable } from '../../config/vars.js';

const rule: ConfigRule = {
  id: 'unknown-variable',
  severity: 'error',
  description: {
    zh: '文本里用了未定义的变量 {{…}}',
    en: 'A text uses a {{variable}} that is not defined',
  },
  protects: {
    zh: '未定义的变量会原样发给买家，显得很不专业',
    en: 'An undefined variable reaches the buyer as literal {{…}}',
  },
  check(ctx, report) {
    const { vars, shop } = ctx.config;
    const known = [...Object.keys(vars ?? {}), 'shop.name', 'shop.category'];
    for (const t of ctx.texts()) {
      if (!t.raw.includes('{{')) continue;
      for (const use of listVariables(t.raw)) {
        if (lookupVariable(use.name, vars, shop) !== undefined) continue;
        const close = known.find((k) => similar(k, use.name));
        report({
          path: t.path,
          span: { start: use.start, end: use.end, in: 'raw' },
          message: {
            zh: `变量「{{${use.name}}}」没有定义${close ? `，是不是「{{${close}}}」？` : '，请在 vars 里添加'}`,
            en: `Variable "{{${use.name}}}" is not defined${close ? `; did you mean "{{${close}}}"?` : '; add it under vars'}`,
          },
          suggestion: close
            ? { zh: `改成 {{${close}}}`, en: `Use {{${close}}}` }
            : { zh: `在 vars 里添加 ${use.name}`, en: `Add ${use.name} under vars` },
        });
      }
    }
  },
};

/** One edit apart (a typo): enough to suggest the intended name without guessing wildly. */
function similar(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

export default rule;
