// The imported draft as an xhs-reply.yaml the merchant can read: every rule says which source
// row it came from, and rows that could not become rules are kept verbatim in a comment at
// the top, so nothing the merchant wrote disappears on the way in.
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import type { ImportProblem, RuleSheet } from './types.js';
import { pushAll } from '../arrays.js';

export interface ImportYamlOptions {
  /** The `# yaml-language-server: $schema=…` line without the leading "#". */
  readonly schemaComment: string;
  /** How the source file is named in comments (its base name). */
  readonly sourceName: string;
  readonly lang: Lang;
}

function rowLabel(row: number, lang: Lang): string {
  return lang === 'en' ? `row ${row}` : `第 ${row} 行`;
}

function indent(text: string, prefix: string): string[] {
  return text.split('\n').map((line) => `${prefix}${line}`);
}

function headerLines(sheet: RuleSheet, options: ImportYamlOptions): string[] {
  const { lang, sourceName } = options;
  const rules = sheet.config.keyword_rules?.length ?? 0;
  const cards = sheet.config.product_cards?.length ?? 0;
  const followUps = sheet.config.follow_ups?.length ?? 0;
  const rowsWithProblems = new Set(sheet.problems.map((p) => p.row)).size;
  const enc = sheet.encoding ? `（编码 ${sheet.encoding}）` : '';
  const lines = [
    ` ${options.schemaComment}`,
    lang === 'en'
      ? ` Imported by xhs-reply import from ${sourceName}${sheet.encoding ? ` (${sheet.encoding})` : ''}: ${rules} keyword rules, ${cards} product cards${followUps ? `, ${followUps} follow-ups` : ''}, ${rowsWithProblems} rows with problems.`
      : ` 由 xhs-reply import 从 ${sourceName} 导入${enc}：关键词回复 ${rules} 条，商品卡片 ${cards} 张，${followUps ? `跟单助手 ${followUps} 条，` : ''}${rowsWithProblems} 行有问题。`,
    lang === 'en' ? ' Next: run `xhs-reply lint` to check every reply against the platform rules.' : ' 下一步：运行 xhs-reply lint 检查每条回复是否合规。',
  ];
  const skipped = sheet.problems.filter((p) => p.kind === 'skipped');
  if (skipped.length) {
    lines.push(
      '',
      lang === 'en'
        ? ' Rows NOT imported (the original text follows each; fix the row and import again, or add the rule by hand):'
        : ' 以下行没有导入（后面附原文；可修改后重新导入，或手动补成规则）：',
    );
    for (const p of skipped) {
      lines.push(`   ${rowLabel(p.row, lang)}：${pick(p.message, lang)}`);
      if (p.source) pushAll(lines, indent(p.source, lang === 'en' ? '     original: ' : '     原文：'));
    }
  }
  return lines;
}

/** Notes on rows that were imported with a gap, by row, shown above their rule. */
function keptNotesByRow(problems: readonly ImportProblem[], lang: Lang): Map<number, string[]> {
  const notes = new Map<number, string[]>();
  for (const p of problems) {
    if (p.kind !== 'kept') continue;
    const list = notes.get(p.row) ?? [];
    list.push(` ⚠ ${pick(p.message, lang)}`);
    notes.set(p.row, list);
  }
  return notes;
}

/** The draft as YAML text with comments; `loadConfig` reads it back to the same rules. */
export function sheetToYaml(sheet: RuleSheet, options: ImportYamlOptions): string {
  const { lang, sourceName } = options;
  const doc = new Document(sheet.config);
  doc.commentBefore = headerLines(sheet, options).join('\n');
  const notes = keptNotesByRow(sheet.problems, lang);
  const from = (row: number) => (lang === 'en' ? ` from ${sourceName} ${rowLabel(row, lang)}` : ` 来自 ${sourceName} ${rowLabel(row, lang)}`);

  for (const imported of sheet.rows) {
    const key = { keyword_rule: 'keyword_rules', product_card: 'product_cards', follow_up: 'follow_ups' }[imported.kind];
    const seq = doc.get(key, true) as YAMLSeq;
    const item = seq.items[imported.index] as YAMLMap;
    item.commentBefore = [from(imported.row), ...(notes.get(imported.row) ?? [])].join('\n');
    const keywords = item.get('keywords', true);
    if (keywords instanceof YAMLSeq) keywords.flow = true;
    const productId = item.get('product_id', true);
    // 商品ID like 12345 must stay a string; quoting it always keeps it one.
    if (productId instanceof Scalar) productId.type = Scalar.QUOTE_DOUBLE;
    const reply = item.get(imported.kind === 'follow_up' ? 'text' : 'reply', true);
    if (reply instanceof Scalar && typeof reply.value === 'string' && reply.value.includes('\n')) {
      reply.type = Scalar.BLOCK_LITERAL;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
