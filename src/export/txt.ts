// The plain-text sheet: numbered, one header per backend screen (with where to find it), one
// block per field — a label line, then exactly the text to paste, then a blank line. It is
// also what --copy puts on the clipboard.
import type { Sheet, SheetField, SheetFinding } from './sheet.js';
import { categoryLabel } from './sheet.js';
import { pushAll } from '../arrays.js';

function findingLines(findings: readonly SheetFinding[], zh: boolean): string[] {
  return findings.map((f) => {
    const level = f.severity === 'error' ? (zh ? '错误' : 'error') : zh ? '警告' : 'warning';
    const where = f.source ? `${f.source} ` : '';
    const hint = f.suggestion ? (zh ? `（建议：${f.suggestion}）` : ` (suggestion: ${f.suggestion})`) : '';
    return `⚠ ${where}${level} ${f.ruleId}：${f.message}${hint}`;
  });
}

export function lengthNote(f: Pick<SheetField, 'length' | 'limit' | 'overLimit'>, zh: boolean): string {
  if (zh) return `${f.length} / ${f.limit} 字${f.overLimit ? '，超出上限' : ''}`;
  return `${f.length} / ${f.limit} chars${f.overLimit ? ', over the limit' : ''}`;
}

export function writeTxt(sheet: Sheet): string {
  const zh = sheet.lang === 'zh';
  const out: string[] = [];
  const shop = [sheet.shop.name, sheet.shop.category ? categoryLabel(sheet.shop.category, sheet.lang) : '']
    .filter(Boolean)
    .join(zh ? '·' : ' · ');
  out.push(zh ? '小红书客服自动回复 · 逐项粘贴表' : 'Xiaohongshu auto replies · paste sheet');
  if (shop) out.push(`${zh ? '店铺' : 'Shop'}：${shop}`);
  out.push(`${zh ? '后台' : 'Backend'}：${sheet.backend}`);
  out.push(
    zh
      ? '用法：按顺序打开每个后台页面，把每个标签行下面的文字原样复制粘贴（到空行为止）。'
      : 'How to use: open each backend screen in order and paste the text under each label line (up to the blank line).',
  );
  if (sheet.forced) {
    out.push(
      zh
        ? `⚠ 本表在还有 ${sheet.errorCount} 个检查错误时强制导出（--force），粘贴前请先修改标出的内容。`
        : `⚠ Exported with --force while ${sheet.errorCount} lint error(s) remain; fix the marked texts before pasting.`,
    );
  }
  if (sheet.findings.length > 0) {
    out.push('', zh ? `检查结果（${sheet.errorCount} 个错误，${sheet.warningCount} 个警告）：` : `Findings (${sheet.errorCount} errors, ${sheet.warningCount} warnings):`);
    pushAll(out, findingLines(sheet.findings, zh));
  }
  out.push('');

  for (const screen of sheet.screens) {
    const count = screen.maxItems !== undefined ? (zh ? `（${screen.items.length} / ${screen.maxItems} 条）` : ` (${screen.items.length} / ${screen.maxItems})`) : '';
    out.push(`━━ ${screen.number}. ${screen.title}${count} ━━`);
    out.push(`${zh ? '后台位置' : 'Where'}：${screen.location}`);
    pushAll(out, findingLines(screen.findings, zh));
    out.push('');
    if (screen.items.length === 0) {
      out.push(zh ? '（无，这一页不用填）' : '(none; nothing to fill in here)', '');
      continue;
    }
    for (const item of screen.items) {
      if (screen.id === 'welcome' || screen.id === 'quick_questions') {
        const f = item.fields[0];
        out.push(`[${item.number}] ${f.label}（${lengthNote(f, zh)}）`, ...findingLines(f.findings, zh), f.text, '');
        continue;
      }
      if (screen.id === 'follow_ups') {
        const f = item.fields[0];
        out.push([`[${item.number}] ${item.title}`, ...(item.id ? [`id: ${item.id}`] : [])].join(' · '));
        pushAll(out, findingLines(item.findings, zh));
        if (item.timing) out.push(zh ? '发送时机' : 'When', item.timing, '');
        out.push(`${f.label}（${lengthNote(f, zh)}）`, ...findingLines(f.findings, zh), f.text, '');
        continue;
      }
      const head = [`[${item.number}] ${item.title}`];
      if (item.id) head.push(`id: ${item.id}`);
      if (item.productName) head.push(`${zh ? '商品' : 'Product'}：${item.productName}`);
      if (item.productId) head.push(`${zh ? '商品ID' : 'Product ID'}：${item.productId}`);
      out.push(head.join(' · '));
      pushAll(out, findingLines(item.findings, zh));
      const keywords = item.fields.filter((f) => f.fieldId.endsWith('.keyword'));
      const reply = item.fields.find((f) => f.fieldId.endsWith('.reply'));
      if (keywords.length > 0) {
        out.push(zh ? `关键词（逐个添加，共 ${keywords.length} 个）` : `Keywords (add one by one, ${keywords.length})`);
        for (const k of keywords) {
          pushAll(out, findingLines(k.findings, zh));
          out.push(k.text);
        }
        out.push('');
      }
      if (item.matchLabel) out.push(zh ? '匹配方式' : 'Match', item.matchLabel, '');
      if (reply) {
        out.push(`${zh ? '回复内容' : 'Reply'}（${lengthNote(reply, zh)}）`, ...findingLines(reply.findings, zh), reply.text, '');
      }
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
