// Pure, app-specific helpers over the Config: reading and writing a field by path, resolving
// {{vars}} while keeping a map back to the raw text (so a finding in the resolved text can be
// marked and fixed in what the merchant typed), and where each text lives in the app.
// No Ink, no React: the reducer and the tests use these directly.
import type { Config, ConfigPath, FollowUp, FollowUpSceneId, KeywordRule, ProductCard } from '../config/types.js';
import { followUpScene, followUpScenes } from '../backend/profile.js';
import { listVariables, lookupVariable } from '../config/vars.js';
import { getAt } from '../lint/config-context.js';
import { lintText } from '../lint/engine.js';
import type { LintMessage } from '../lint/types.js';

export type ScreenId = 'start' | 'shop' | 'welcome' | 'rules' | 'cards' | 'followups' | 'try' | 'review' | 'export';

export const FLOW: readonly { id: ScreenId; title: string }[] = [
  { id: 'start', title: '开始' },
  { id: 'shop', title: '店铺' },
  { id: 'welcome', title: '欢迎语' },
  { id: 'rules', title: '关键词' },
  { id: 'cards', title: '商品卡片' },
  // Short: nine steps must still fit the 80-column step bar.
  { id: 'followups', title: '跟单' },
  { id: 'try', title: '试一试' },
  { id: 'review', title: '检查' },
  { id: 'export', title: '导出' },
];

export function stepOf(screen: ScreenId): number {
  return FLOW.findIndex((s) => s.id === screen);
}

export function nextScreen(screen: ScreenId): ScreenId {
  const i = stepOf(screen);
  return FLOW[Math.min(FLOW.length - 1, i + 1)].id;
}

export function prevScreen(screen: ScreenId): ScreenId {
  const i = stepOf(screen);
  return FLOW[Math.max(0, i - 1)].id;
}

/** An immutable set: copies every object and array along the path, creating missing ones. */
export function setIn<T>(value: T, path: ConfigPath, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  const base: unknown = value ?? (typeof head === 'number' ? [] : {});
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  copy[head] = setIn(copy[head], rest, next);
  return copy as T;
}

export function textAt(config: Config, path: ConfigPath): string {
  const v = getAt(config, path);
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return joinKeywords(v.map(String));
  return String(v);
}

/** Keywords are typed as one line; Chinese and ASCII commas, 、 and ； all separate them. */
export function splitKeywords(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

export function joinKeywords(keywords: readonly string[]): string {
  return keywords.join('，');
}

export interface Resolved {
  readonly text: string;
  /** Maps a UTF-16 range of the resolved text back to the raw text ({{var}} kept whole). */
  toRaw(start: number, end: number): { start: number; end: number };
}

/**
 * Fills vars through the core's own placeholder scanner and lookup, recording where each
 * piece landed, so findings in the resolved text point at what the merchant typed.
 */
export function resolveMapped(raw: string, config: Config): Resolved {
  // Pieces: [rawStart, rawEnd, resolvedStart, resolvedEnd, isPlaceholder]
  const pieces: [number, number, number, number, boolean][] = [];
  let text = '';
  let last = 0;
  for (const use of listVariables(raw)) {
    if (use.start > last) {
      pieces.push([last, use.start, text.length, text.length + use.start - last, false]);
      text += raw.slice(last, use.start);
    }
    // An unknown variable stays as typed, as substituteVars leaves it.
    const value = lookupVariable(use.name, config.vars, config.shop) ?? raw.slice(use.start, use.end);
    pieces.push([use.start, use.end, text.length, text.length + value.length, true]);
    text += value;
    last = use.end;
  }
  if (last < raw.length || pieces.length === 0) {
    pieces.push([last, raw.length, text.length, text.length + raw.length - last, false]);
    text += raw.slice(last);
  }
  const toRawOffset = (offset: number, isEnd: boolean): number => {
    for (const [rs, re, s, e, ph] of pieces) {
      if (offset < s || offset > e) continue;
      if (offset === e && !isEnd && e !== s) continue;
      if (ph) return isEnd ? re : rs;
      return rs + (offset - s);
    }
    return raw.length;
  };
  return {
    text,
    toRaw: (start, end) => {
      const s = toRawOffset(start, false);
      return { start: s, end: Math.max(s, toRawOffset(end, true)) };
    },
  };
}

/** A finding of live lint, with offsets in the RAW text of the field. */
export interface FieldFinding {
  readonly ruleId: string;
  readonly severity: 1 | 2;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
  readonly fix?: { start: number; end: number; text: string };
}

export function lintOptions(config: Config | null): Parameters<typeof lintText>[1] {
  return { rules: config?.lint?.rules, allow: config?.lint?.allow, lang: 'zh', secondOpinion: config?.lint?.model !== false };
}

function mapMessage(m: LintMessage, resolved: Resolved, shift: number): FieldFinding {
  const span = resolved.toRaw(m.start, m.end);
  const fixSpan = m.fix ? resolved.toRaw(m.fix.start, m.fix.end) : undefined;
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    start: span.start + shift,
    end: span.end + shift,
    suggestion: m.suggestion,
    fix: m.fix && fixSpan ? { start: fixSpan.start + shift, end: fixSpan.end + shift, text: m.fix.text } : undefined,
  };
}

/** Live lint of one field as typed: the resolved text is linted, findings map back to raw. */
export function lintField(raw: string, config: Config | null, keywords = false): FieldFinding[] {
  if (raw === '') return [];
  const cfg: Config = config ?? { version: 1 };
  if (!keywords) {
    const resolved = resolveMapped(raw, cfg);
    return lintText(resolved.text, lintOptions(cfg)).map((m) => mapMessage(m, resolved, 0));
  }
  // A keyword list is linted keyword by keyword, as the backend stores them, so a span
  // never runs across the separator.
  const out: FieldFinding[] = [];
  const re = /[^,，、;；\n]+/g;
  for (const m of raw.matchAll(re)) {
    const piece = m[0];
    const lead = piece.length - piece.trimStart().length;
    const word = piece.trim();
    if (word === '') continue;
    const resolved = resolveMapped(word, cfg);
    for (const msg of lintText(resolved.text, { ...lintOptions(cfg), keyword: true })) out.push(mapMessage(msg, resolved, (m.index ?? 0) + lead));
  }
  return out;
}

/** Where the j-th keyword sits in a keyword field's text (as typed, separators kept). */
export function keywordSpan(raw: string, j: number): { start: number; end: number } | undefined {
  let k = 0;
  for (const m of raw.matchAll(/[^,，、;；\n]+/g)) {
    const piece = m[0];
    const word = piece.trim();
    if (word === '') continue;
    if (k++ === j) {
      const start = (m.index ?? 0) + piece.length - piece.trimStart().length;
      return { start, end: start + word.length };
    }
  }
  return undefined;
}

/**
 * Applies a finding's rewrite to the raw text: its declarative fix when it has one, else the
 * suggestion replaces the offending span. Returns null when the finding offers neither.
 */
export function applyFinding(raw: string, finding: FieldFinding): string | null {
  if (finding.fix) return raw.slice(0, finding.fix.start) + finding.fix.text + raw.slice(finding.fix.end);
  if (finding.suggestion !== undefined) return raw.slice(0, finding.start) + finding.suggestion + raw.slice(finding.end);
  return null;
}

export function fixable(findings: readonly FieldFinding[]): FieldFinding | undefined {
  return findings.find((f) => f.fix !== undefined || f.suggestion !== undefined);
}

/** A unique id for a new rule or card, in the style the templates use. */
export function newId(existing: readonly { id: string }[], prefix: string): string {
  const ids = new Set(existing.map((x) => x.id));
  for (let n = existing.length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!ids.has(id)) return id;
  }
}

export function emptyRule(config: Config): KeywordRule {
  return { id: newId(config.keyword_rules ?? [], 'rule'), keywords: [], match: 'contains', reply: '' };
}

export function emptyCard(config: Config): ProductCard {
  return { id: newId(config.product_cards ?? [], 'card'), product_id: '', name: '', keywords: [], reply: '' };
}

/**
 * A new follow-up takes the first scene the shop has no message for yet (a second 催付 is
 * what pushy-follow-up warns about), with the scene's default delay where it waits.
 */
export function emptyFollowUp(config: Config): FollowUp {
  const used = new Set((config.follow_ups ?? []).map((f) => f.scene));
  const scene = (followUpScenes.find((s) => !used.has(s.id))?.id ?? 'paid') as FollowUpSceneId;
  return withScene({ id: newId(config.follow_ups ?? [], 'follow-up'), scene, text: '' }, scene);
}

/** The follow-up in another scene: the delay goes where the new scene sends at the event. */
export function withScene(item: FollowUp, scene: FollowUpSceneId): FollowUp {
  const profile = followUpScene(scene);
  const { delay_minutes: delay, ...rest } = item;
  if (!profile?.delay) return { ...rest, scene };
  return { ...rest, scene, delay_minutes: delay ?? profile.delay.default.value };
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Where a text of the config is edited in the app: review's Enter jumps there. */
export interface FieldLocation {
  readonly screen: ScreenId;
  /** The rule or card being edited, when the text belongs to one. */
  readonly item?: number;
  /** The field's path, which is also the id of its TextField. */
  readonly path: ConfigPath;
}

export function locate(path: ConfigPath): FieldLocation {
  const [top, index, key] = path;
  if (top === 'shop' || top === 'vars') return { screen: 'shop', path };
  if (top === 'welcome') return { screen: 'welcome', path };
  if (top === 'keyword_rules' && typeof index === 'number') {
    return { screen: 'rules', item: index, path: ['keyword_rules', index, key === 'keywords' || key === 'match' ? key : 'reply'] };
  }
  if (top === 'product_cards' && typeof index === 'number') {
    const field = typeof key === 'string' ? key : 'reply';
    return { screen: 'cards', item: index, path: ['product_cards', index, field] };
  }
  if (top === 'follow_ups' && typeof index === 'number') {
    const field = key === 'scene' || key === 'delay_minutes' ? key : 'text';
    return { screen: 'followups', item: index, path: ['follow_ups', index, field] };
  }
  if (top === 'follow_ups') return { screen: 'followups', path };
  if (top === 'keyword_rules') return { screen: 'rules', path };
  if (top === 'product_cards') return { screen: 'cards', path };
  return { screen: 'review', path };
}

export function pathKey(path: ConfigPath): string {
  return path.join('.');
}

/** Human label of a path, e.g. 关键词回复 #3 · 回复内容. */
export function describePath(path: ConfigPath, config: Config | null): string {
  const [top, index, key, sub] = path;
  const field: Record<string, string> = {
    reply: '回复内容',
    keywords: '关键词',
    match: '匹配方式',
    name: '名称',
    product_id: '商品ID',
    text: '欢迎语',
    category: '类目',
    scene: '场景',
    delay_minutes: '延迟',
  };
  if (index === undefined) {
    const whole: Record<string, string> = { keyword_rules: '关键词回复（整体）', product_cards: '商品卡片（整体）', follow_ups: '跟单助手（整体）', welcome: '欢迎语', shop: '店铺信息', vars: '变量', lint: '检查设置' };
    return whole[String(top)] ?? String(top);
  }
  if (top === 'shop') return index === 'name' ? '店铺 · 店铺名' : '店铺 · 类目';
  if (top === 'vars') return `变量 · ${String(index)}`;
  if (top === 'welcome') return index === 'quick_questions' ? `快捷问题 #${Number(key ?? 0) + 1}` : '欢迎语';
  if (top === 'keyword_rules' && typeof index === 'number') {
    const rule = config?.keyword_rules?.[index];
    const kw = key === 'keywords' && sub !== undefined ? `关键词「${String(rule?.keywords?.[Number(sub)] ?? '')}」` : field[String(key)] ?? '';
    return `关键词回复 #${index + 1} · ${kw}`;
  }
  if (top === 'product_cards' && typeof index === 'number') {
    const kw = key === 'keywords' ? '关键词' : field[String(key)] ?? '';
    return `商品卡片 #${index + 1} · ${kw}`;
  }
  if (top === 'follow_ups' && typeof index === 'number') {
    const label = key === 'text' || key === undefined ? '消息内容' : field[String(key)] ?? String(key);
    return `跟单助手 #${index + 1} · ${label}`;
  }
  return path.join('.');
}
