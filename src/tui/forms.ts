// The focusable fields of each screen, derived from the state: Tab order, what a field edits,
// and how review's "jump to the text" finds the field. Pure; shared by reducer and screens.
import type { Config, ConfigPath } from '../config/types.js';
import type { ScreenId } from './model.js';
import { pathKey } from './model.js';
import { truncate } from './width.js';
import { CATEGORY_IDS, categoryLabel } from '../export/sheet.js';
import { followUpScene } from '../backend/profile.js';

export type FieldKind = 'text' | 'keywords' | 'toggle' | 'choice' | 'button';

export interface FieldSpec {
  /** Stable id: the config path joined, or a name for controls that are not config values. */
  readonly id: string;
  readonly kind: FieldKind;
  readonly label: string;
  readonly path?: ConfigPath;
  /** Extra hint after the label (e.g. the {{var}} to use in texts). */
  readonly hint?: string;
  /** Not a text the buyer reads (a category id, a product ID): not linted. */
  readonly noLint?: boolean;
  /** A short prefilled value (shop name, a variable, a file name) that typing replaces. */
  readonly replaceOnType?: boolean;
}

/** Variables every shop needs; the templates use them in their replies. */
export const KNOWN_VARS: Readonly<Record<string, string>> = {
  ship_days: '发货天数',
  return_days: '退换天数',
};

export interface FormContext {
  readonly screen: ScreenId;
  readonly config: Config | null;
  readonly editing: number | null;
  readonly varNotes?: Readonly<Record<string, string>>;
}

const text = (path: ConfigPath, label: string, hint?: string): FieldSpec => ({ id: pathKey(path), kind: 'text', label, path, hint });

/** The category choices: the known ones, and a value from the file that is none of them. */
export function categoryOptions(current: string | undefined): string[] {
  return current && !CATEGORY_IDS.includes(current) ? [...CATEGORY_IDS, current] : [...CATEGORY_IDS];
}

/** 「apparel」→「服装」; an unknown code says so. */
export function categoryName(category: string): string {
  const label = categoryLabel(category, 'zh');
  return label !== category ? label : `${category}（未知类目）`;
}

export function varNames(config: Config | null): string[] {
  const names = Object.keys(config?.vars ?? {});
  for (const known of Object.keys(KNOWN_VARS)) if (!names.includes(known)) names.push(known);
  return names;
}

export function fieldsOf(ctx: FormContext): FieldSpec[] {
  const { config } = ctx;
  switch (ctx.screen) {
    case 'shop':
      return [
        { ...text(['shop', 'name'], '店铺名', '{{shop.name}}'), replaceOnType: true },
        // A select list with Chinese names: a typed code (apparelx) matched no template's intents.
        { id: pathKey(['shop', 'category']), kind: 'choice', label: '类目', path: ['shop', 'category'], noLint: true },
        ...varNames(config).map((name) => {
          // A variable's label: its Chinese name, else the comment beside it in the file.
          const note = ctx.varNotes?.[name];
          return { ...text(['vars', name], KNOWN_VARS[name] ?? (note ? truncate(note, 18) : name), `{{${name}}}`), replaceOnType: true };
        }),
        { id: 'next', kind: 'button', label: '下一步：欢迎语' },
      ];
    case 'welcome':
      return [
        text(['welcome', 'text'], '欢迎语'),
        ...(config?.welcome?.quick_questions ?? []).map((_, i) => text(['welcome', 'quick_questions', i], `快捷问题 ${i + 1}`)),
        { id: 'add-question', kind: 'button', label: '＋ 添加快捷问题' },
        { id: 'next', kind: 'button', label: '下一步：关键词回复' },
      ];
    case 'rules': {
      if (ctx.editing === null) return [];
      const i = ctx.editing;
      return [
        { id: pathKey(['keyword_rules', i, 'keywords']), kind: 'keywords', label: '关键词', path: ['keyword_rules', i, 'keywords'] },
        { id: pathKey(['keyword_rules', i, 'match']), kind: 'toggle', label: '匹配方式', path: ['keyword_rules', i, 'match'] },
        text(['keyword_rules', i, 'reply'], '回复内容'),
        { id: 'done', kind: 'button', label: '完成' },
      ];
    }
    case 'cards': {
      if (ctx.editing === null) return [];
      const i = ctx.editing;
      return [
        { ...text(['product_cards', i, 'product_id'], '商品ID'), noLint: true },
        text(['product_cards', i, 'name'], '商品名'),
        { id: pathKey(['product_cards', i, 'keywords']), kind: 'keywords', label: '关键词', path: ['product_cards', i, 'keywords'] },
        text(['product_cards', i, 'reply'], '回复内容'),
        { id: 'done', kind: 'button', label: '完成' },
      ];
    }
    case 'followups': {
      if (ctx.editing === null) return [];
      const i = ctx.editing;
      const scene = config?.follow_ups?.[i]?.scene;
      // The delay only where the scene waits before sending (催付, 签收关怀).
      const delay = scene && followUpScene(scene)?.delay;
      return [
        { id: pathKey(['follow_ups', i, 'scene']), kind: 'choice', label: '场景', path: ['follow_ups', i, 'scene'], noLint: true },
        ...(delay ? [{ ...text(['follow_ups', i, 'delay_minutes'], '延迟（分钟）', `${delay.min.value}–${delay.max.value}`), noLint: true, replaceOnType: true }] : []),
        text(['follow_ups', i, 'text'], '消息内容'),
        { id: 'done', kind: 'button', label: '完成' },
      ];
    }
    case 'try':
      return [{ id: 'question', kind: 'text', label: '买家问' }];
    case 'export':
      return [
        { id: 'format', kind: 'choice', label: '格式' },
        { id: 'fileName', kind: 'text', label: '文件名', replaceOnType: true },
        { id: 'copy', kind: 'toggle', label: '复制到剪贴板' },
        { id: 'force', kind: 'toggle', label: '有错误时仍导出（表内标注）' },
        { id: 'export', kind: 'button', label: '导出' },
      ];
    default:
      return [];
  }
}

export function isTextKind(kind: FieldKind | undefined): boolean {
  return kind === 'text' || kind === 'keywords';
}

/**
 * Which fields to draw so the focused one is visible within `budget` rows: starts at the
 * top and scrolls only as far as needed; `heights` are the rows each field takes.
 */
export function windowFields(heights: readonly number[], focus: number, budget: number): { from: number; to: number } {
  let from = 0;
  const sum = (a: number, b: number) => heights.slice(a, b).reduce((n, h) => n + h, 0);
  while (from < focus && sum(from, focus + 1) > budget) from++;
  let to = focus + 1;
  while (to < heights.length && sum(from, to + 1) <= budget) to++;
  return { from, to: Math.max(to, Math.min(heights.length, from + 1)) };
}

/** The first row of a list window of `rows` rows that keeps `selected` near its middle, never
 *  past the end of the `count` items (the list screens all scroll this way). */
export function listWindowStart(selected: number, count: number, rows: number): number {
  return Math.max(0, Math.min(selected - Math.floor(rows / 2), count - rows));
}
