// CSV for Excel and WPS: UTF-8 with a BOM (without it, Excel on Chinese Windows reads GBK and
// shows mojibake), CRLF line ends, every cell quoted when it holds a comma, quote or newline,
// and no cell can run as a formula (see neutralizeFormula).
import type { Sheet, SheetFinding } from './sheet.js';

const BOM = '\ufeff';

/**
 * OWASP's CSV-injection guidance: a text cell starting with = + - @, a tab or a CR is a formula
 * to Excel and WPS (`=HYPERLINK(…)` runs, `+1` shows a computed value the seller then copies),
 * so it gets a leading single quote and is shown as text. Numbers (lengths, limits) stay numbers.
 */
export function neutralizeFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvCell(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function findingText(findings: readonly SheetFinding[]): string {
  return findings.map((f) => `${f.severity === 'error' ? '错误' : '警告'} ${f.ruleId}：${f.message}`).join('\n');
}

export function writeCsv(sheet: Sheet): string {
  const zh = sheet.lang === 'zh';
  const header = zh
    ? ['页面', '序号', '字段', '内容', '字数', '上限', '检查结果']
    : ['Screen', 'No.', 'Field', 'Text', 'Length', 'Limit', 'Findings'];
  const rows: (string | number)[][] = [header];
  for (const screen of sheet.screens) {
    for (const item of screen.items) {
      if (item.productName) rows.push([screen.title, item.number, zh ? '商品' : 'Product', item.productName, '', '', '']);
      if (item.productId) rows.push([screen.title, item.number, zh ? '商品ID' : 'Product ID', item.productId, '', '', '']);
      if (item.timing) rows.push([screen.title, item.number, zh ? '发送时机' : 'When', item.timing, '', '', '']);
      for (const f of item.fields) {
        // The match mode sits between the keywords and the reply, as on the backend's form.
        if (item.matchLabel && f.fieldId.endsWith('.reply')) {
          rows.push([screen.title, item.number, zh ? '匹配方式' : 'Match', item.matchLabel, '', '', '']);
        }
        rows.push([screen.title, item.number, f.label, f.text, f.length, f.limit, findingText([...f.findings])]);
      }
    }
  }
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
