// Recognises the header row of a rule sheet, in Chinese or English, whatever the exporting
// tool or the merchant called the columns. The same names label the fields of pasted backend
// text ("关键词：…", "回复：…").
import type { Localized } from '../i18n.js';

export type ColumnField = 'keywords' | 'reply' | 'match' | 'id' | 'product_id' | 'name';

const ALIASES: Record<ColumnField, readonly string[]> = {
  keywords: ['关键词', '关键字', '触发关键词', '触发词', '关键词组', 'keyword', 'keywords', 'key word', 'key words'],
  reply: ['回复', '回复内容', '自动回复', '回复语', '自动回复内容', '回复话术', 'reply', 'replies', 'answer', 'response'],
  match: ['匹配方式', '匹配类型', '匹配模式', '匹配规则', 'match', 'match mode', 'match type', 'matching'],
  id: ['规则名称', '规则名', '规则id', '规则编号', 'id', 'rule', 'rule id', 'rule name'],
  product_id: ['商品id', '商品编号', '商品编码', 'product id', 'productid', 'item id', 'sku id'],
  name: ['商品名称', '商品名', '商品标题', 'product name', 'product', 'item name'],
};

/** Lower-case, no spaces/underscores/hyphens, no notes in brackets or required-field stars. */
export function headerKey(cell: string): string {
  return cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（【[][^)）】\]]*[)）】\]]/g, '')
    .replace(/[\s_\-*:：]/g, '')
    .trim();
}

const LOOKUP = new Map<string, ColumnField>();
for (const [field, names] of Object.entries(ALIASES) as [ColumnField, readonly string[]][]) {
  for (const name of names) LOOKUP.set(headerKey(name), field);
}

export function fieldOfHeader(cell: string): ColumnField | undefined {
  const key = headerKey(cell);
  const field = LOOKUP.get(key);
  if (field !== undefined) return field;
  // 关键词1, 关键词2 …: sheets that give every keyword its own column.
  const numbered = LOOKUP.get(key.replace(/\d+$/, ''));
  return numbered === 'keywords' ? numbered : undefined;
}

export interface HeaderMatch {
  /** Column index of each recognised field (first column wins when a name repeats). */
  readonly columns: Partial<Record<ColumnField, number>>;
  /** Further keyword columns (关键词2, 关键词3 …), in sheet order. */
  readonly moreKeywordColumns: readonly number[];
  /** Header cells that were not recognised. */
  readonly ignored: readonly string[];
}

/** The header of a sheet needs at least a keyword and a reply column. */
export function matchHeader(cells: readonly (string | undefined)[]): HeaderMatch | null {
  const columns: Partial<Record<ColumnField, number>> = {};
  const moreKeywordColumns: number[] = [];
  const ignored: string[] = [];
  cells.forEach((cell, i) => {
    if (cell === undefined || cell.trim() === '') return;
    const f = fieldOfHeader(cell);
    if (f === undefined) ignored.push(cell.trim());
    else if (columns[f] === undefined) columns[f] = i;
    else if (f === 'keywords') moreKeywordColumns.push(i);
    else ignored.push(cell.trim());
  });
  if (columns.keywords === undefined || columns.reply === undefined) return null;
  return { columns, moreKeywordColumns, ignored };
}

/** How many fields a row recognises — tells a header from a title row or data. */
export function recognisedCount(cells: readonly (string | undefined)[]): number {
  return cells.filter((c) => c !== undefined && fieldOfHeader(c) !== undefined).length;
}

export const acceptedHeadersHint: Localized = {
  zh:
    '第一行应是表头，至少包含关键词列和回复列。可识别的表头：' +
    '关键词/关键字/keyword(s)；回复/回复内容/自动回复/reply/answer；' +
    '可选：匹配方式/match（精确/包含/exact/contains）、规则名称/id、商品ID/product_id、商品名称/product name',
  en:
    'The first row must be a header with at least a keyword and a reply column. Accepted headers: ' +
    '关键词/关键字/keyword(s); 回复/回复内容/自动回复/reply/answer; ' +
    'optional: 匹配方式/match (精确/包含/exact/contains), 规则名称/id, 商品ID/product_id, 商品名称/product name',
};

const EXACT = new Set(['精确', '精确匹配', '精准', '精准匹配', '完全', '完全匹配', '全匹配', '全词匹配', 'exact', 'exactly', 'equals']);
const CONTAINS = new Set(['包含', '包含匹配', '模糊', '模糊匹配', '部分匹配', 'contains', 'contain', 'fuzzy', 'partial']);

/** '' → undefined (default applies); an unknown word → null so the row can be reported. */
export function parseMatchMode(value: string): 'exact' | 'contains' | undefined | null {
  const key = headerKey(value);
  if (key === '') return undefined;
  if (EXACT.has(key)) return 'exact';
  if (CONTAINS.has(key)) return 'contains';
  return null;
}
