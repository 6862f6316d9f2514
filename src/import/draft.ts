// Source records (one per sheet row or pasted block) → a Config draft. Every non-empty record
// ends up either as a rule/card or as a reported problem, never dropped: the merchant's existing
// rules are the point of importing.
import type { Config, ConfigPath, FollowUp, FollowUpSceneId, KeywordRule, ProductCard } from '../config/types.js';
import { followUpScene } from '../backend/profile.js';
import { EVENT_SCENE } from './follow-up-paste.js';
import type { ColumnField } from './headers.js';
import { parseMatchMode } from './headers.js';
import { splitKeywords } from './split-keywords.js';
import type { Cell, ImportedRow, ImportProblem } from './types.js';

export interface SourceRecord {
  readonly row: number;
  readonly fields: Partial<Record<ColumnField, Cell>>;
  /** Further keyword cells when a sheet spreads keywords over 关键词1, 关键词2, … columns. */
  readonly moreKeywords?: readonly Cell[];
  /** The record as the merchant wrote it, for problem reports. */
  readonly source: string;
  /** Where the record starts (for values the importer generated, such as ids). */
  readonly at: Cell;
}

/** One pasted 跟单助手 block. */
export interface FollowUpRecord {
  readonly row: number;
  readonly at: Cell;
  readonly scene: FollowUpSceneId;
  /** The scene word as written (催付, 签收关怀 …). */
  readonly sceneCell: Cell;
  readonly delay?: { readonly minutes: number; readonly event?: string; readonly cell: Cell };
  readonly text?: Cell;
  readonly source: string;
}

interface ValueRef {
  readonly cell: Cell;
  /** Offset of the value's first character inside the cell (after trimming / splitting). */
  readonly offset: number;
}

interface ItemPositions {
  readonly at: Cell;
  readonly fields: Partial<Record<'id' | 'match' | 'reply' | 'product_id' | 'name' | 'scene' | 'delay_minutes' | 'text', ValueRef>>;
  readonly keywords: readonly ValueRef[];
}

export interface Draft {
  readonly config: Config;
  readonly rows: ImportedRow[];
  readonly problems: ImportProblem[];
  /** Resolves a config path to the cell (and offset in it) the value came from. */
  locate(path: ConfigPath): ValueRef | undefined;
}

const MAX_ID = 24;

/** A readable id: keeps Han characters and ASCII letters/digits (no pinyin table needed). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...slug].slice(0, MAX_ID).join('').replace(/-+$/, '');
}

export class IdAllocator {
  private readonly used = new Set<string>();
  take(base: string, fallback: string): string {
    const stem = slugify(base) || fallback;
    let id = stem;
    for (let n = 2; this.used.has(id); n++) id = `${stem}-${n}`;
    this.used.add(id);
    return id;
  }
}

function trimmed(cell: Cell | undefined): ValueRef & { text: string } | undefined {
  if (!cell) return undefined;
  const text = cell.value.trim();
  if (text === '') return undefined;
  return { cell, offset: cell.value.length - cell.value.trimStart().length, text };
}

const SCENE_ZH: Record<FollowUpSceneId, string> = { unpaid: '催付', paid: '核对地址', shipped: '发货提醒', delivered: '签收关怀' };

export function buildDraft(records: readonly SourceRecord[], followUpRecords: readonly FollowUpRecord[] = []): Draft {
  const keywordRules: KeywordRule[] = [];
  const productCards: ProductCard[] = [];
  const rulePos: ItemPositions[] = [];
  const cardPos: ItemPositions[] = [];
  const rows: ImportedRow[] = [];
  const problems: ImportProblem[] = [];
  const ids = new IdAllocator();

  for (const rec of records) {
    const f = rec.fields;
    const keywordCell = f.keywords;
    const keywordCells = [keywordCell, ...(rec.moreKeywords ?? [])].filter((c): c is Cell => c !== undefined);
    const keywords = keywordCells.flatMap((cell) => splitKeywords(cell.value).map((k) => ({ ...k, cell })));
    const reply = trimmed(f.reply);
    const productId = trimmed(f.product_id);
    const name = trimmed(f.name);
    const idCell = trimmed(f.id);
    const matchCell = trimmed(f.match);
    const kwRefs = keywords.map((k) => ({ cell: k.cell, offset: k.offset }));
    const problem = (message: ImportProblem['message'], kind: ImportProblem['kind'], cell?: Cell) =>
      problems.push({ row: rec.row, col: (cell ?? rec.at).col, message, source: rec.source, kind });

    if (productId) {
      // A 商品ID makes the row a product card (the backend's 商品卡片 screen).
      const base = idCell?.text ?? name?.text ?? keywords[0]?.text ?? productId.text;
      const card: ProductCard = { id: ids.take(base, 'card'), product_id: productId.text };
      if (name) card.name = name.text;
      // The schema wants at least one keyword when the list is present.
      if (keywords.length) card.keywords = keywords.map((k) => k.text);
      card.reply = reply?.text ?? '';
      if (keywords.length === 0) {
        problem({ zh: '商品卡片没有关键词，买家的问题触发不到它', en: 'product card has no keyword; no question reaches it' }, 'kept');
      }
      if (matchCell && parseMatchMode(matchCell.text) === 'exact') {
        problem(
          { zh: `商品卡片不区分匹配方式，已忽略「${matchCell.text}」`, en: `product cards have no match mode; ignored "${matchCell.text}"` },
          'kept',
          matchCell.cell,
        );
      }
      const fields: ItemPositions['fields'] = { product_id: productId };
      if (idCell) fields.id = idCell;
      if (name) fields.name = name;
      if (reply) fields.reply = reply;
      cardPos.push({ at: rec.at, fields, keywords: kwRefs });
      rows.push({ row: rec.row, kind: 'product_card', index: productCards.length, id: card.id });
      productCards.push(card);
      continue;
    }

    if (keywords.length === 0) {
      const what = reply
        ? { zh: '没有关键词，无法成为规则', en: 'no keyword, so it cannot become a rule' }
        : { zh: '没有关键词也没有回复，无法成为规则', en: 'neither keyword nor reply, so it cannot become a rule' };
      problem(what, 'skipped', keywordCell);
      continue;
    }

    const rule: KeywordRule = { id: ids.take(idCell?.text ?? keywords[0].text, 'rule'), keywords: keywords.map((k) => k.text), match: 'contains', reply: reply?.text ?? '' };
    if (matchCell) {
      const mode = parseMatchMode(matchCell.text);
      if (mode) rule.match = mode;
      else {
        problem(
          { zh: `无法识别的匹配方式「${matchCell.text}」，已按「包含」处理（可填：精确/包含）`, en: `unknown match mode "${matchCell.text}"; using contains (精确/包含, exact/contains)` },
          'kept',
          matchCell.cell,
        );
      }
    }
    if (!reply) {
      problem(
        { zh: '有关键词但没有回复内容：已保留为空回复，请补上（lint 的 empty-text 会提示）', en: 'keywords but no reply: kept with an empty reply, fill it in (empty-text will flag it)' },
        'kept',
        f.reply ?? rec.at,
      );
    }
    const fields: ItemPositions['fields'] = {};
    if (idCell) fields.id = idCell;
    if (matchCell) fields.match = matchCell;
    if (reply) fields.reply = reply;
    else if (f.reply) fields.reply = { cell: f.reply, offset: 0 };
    rulePos.push({ at: rec.at, fields, keywords: kwRefs });
    rows.push({ row: rec.row, kind: 'keyword_rule', index: keywordRules.length, id: rule.id });
    keywordRules.push(rule);
  }

  // 跟单助手 blocks: ids by scene (unpaid, unpaid-2 …) so a second 催付 reads as one.
  const followUps: FollowUp[] = [];
  const fuPos: ItemPositions[] = [];
  const fuIds = new IdAllocator();
  for (const rec of followUpRecords) {
    const problem = (message: ImportProblem['message'], cell?: Cell) =>
      // Reported at the block's row (the yaml notes are keyed by it); the column only when
      // the cell is on that row, so file:line:col never points into another line.
      problems.push({ row: rec.row, col: cell && cell.line === rec.row ? cell.col : rec.at.col, message, source: rec.source, kind: 'kept' });
    const text = trimmed(rec.text);
    const item: FollowUp = { id: fuIds.take(rec.scene, rec.scene), scene: rec.scene, text: text?.text ?? '' };
    const fields: ItemPositions['fields'] = { scene: { cell: rec.sceneCell, offset: 0 } };
    const profile = followUpScene(rec.scene);
    if (rec.delay) {
      if (!profile?.delay) {
        problem(
          {
            zh: `「${SCENE_ZH[rec.scene]}」在事件发生时发送，没有延迟设置，已忽略发送时间「${rec.delay.cell.value.trim()}」`,
            en: `${rec.scene} is sent at the event and has no delay; ignored the send time "${rec.delay.cell.value.trim()}"`,
          },
          rec.delay.cell,
        );
      } else {
        item.delay_minutes = rec.delay.minutes;
        fields.delay_minutes = { cell: rec.delay.cell, offset: 0 };
        const counted = rec.delay.event ? EVENT_SCENE[rec.delay.event] : undefined;
        if (counted && counted !== rec.scene) {
          problem(
            {
              zh: `发送时间从「${rec.delay.event}」算起，但标题是「${SCENE_ZH[rec.scene]}」：已按「${SCENE_ZH[rec.scene]}」导入，请核对`,
              en: `the send time counts from ${rec.delay.event} but the heading says ${rec.scene}: imported as ${rec.scene}, please check`,
            },
            rec.delay.cell,
          );
        }
      }
    }
    // Keep key order id, scene, delay_minutes, text as the schema and templates write it.
    const ordered: FollowUp =
      item.delay_minutes !== undefined
        ? { id: item.id, scene: item.scene, delay_minutes: item.delay_minutes, text: item.text }
        : { id: item.id, scene: item.scene, text: item.text };
    if (text) fields.text = text;
    else {
      problem({
        zh: `「${SCENE_ZH[rec.scene]}」没有消息内容：已保留为空，请补上（lint 的 empty-text 会提示）`,
        en: `${rec.scene} follow-up has no message: kept empty, fill it in (empty-text will flag it)`,
      });
    }
    fuPos.push({ at: rec.at, fields, keywords: [] });
    rows.push({ row: rec.row, kind: 'follow_up', index: followUps.length, id: ordered.id });
    followUps.push(ordered);
  }

  const config: Config = { version: 1 };
  if (keywordRules.length) config.keyword_rules = keywordRules;
  if (productCards.length) config.product_cards = productCards;
  if (followUps.length) config.follow_ups = followUps;

  const locate = (path: ConfigPath): ValueRef | undefined => {
    const [list, index, key, sub] = path;
    const items = list === 'keyword_rules' ? rulePos : list === 'product_cards' ? cardPos : list === 'follow_ups' ? fuPos : undefined;
    if (!items || typeof index !== 'number') return undefined;
    const item = items[index];
    if (!item) return undefined;
    if (key === 'keywords') {
      const ref = typeof sub === 'number' ? item.keywords[sub] : item.keywords[0];
      return ref ?? { cell: item.at, offset: 0 };
    }
    const ref = typeof key === 'string' ? item.fields[key as keyof ItemPositions['fields']] : undefined;
    return ref ?? { cell: item.at, offset: 0 };
  };
  return { config, rows, problems, locate };
}
