// Recognising pasted 跟单助手 (follow-up) text: scene headings and send delays. The backend
// labels each message by its order event, and merchants copy it as a heading ("催付",
// "【签收关怀】", "跟单助手 - 发货提醒（下单15分钟后）：…") followed by the message.
import type { FollowUpSceneId } from '../config/types.js';

/** Words merchants use for each scene, longest first within a scene so prefixes don't win. */
const SCENE_WORDS: readonly (readonly [FollowUpSceneId, readonly string[]])[] = [
  ['unpaid', ['下单未付款提醒', '下单未付款', '未付款提醒', '未付款', '催付款', '催付']],
  ['paid', ['付款后核对地址', '付款后地址核对', '付款成功提醒', '付款后', '付款成功', '核对地址', '地址核对', '确认地址', '核对订单']],
  ['shipped', ['发货提醒', '发货通知', '已发货提醒', '已发货', '发货后']],
  ['delivered', ['签收关怀', '签收提醒', '签收后关怀', '签收后', '已签收', '确认收货提醒', '确认收货']],
];

const ALL_WORDS = SCENE_WORDS.flatMap(([scene, words]) => words.map((w) => [scene, w] as const)).sort((a, b) => b[1].length - a[1].length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// [numbering] [【] [跟单助手 [-·/：]] scene [提醒|消息|…] [】] [rest]
const HEADING = new RegExp(
  '^(\\s*(?:\\d+\\s*[.、)）]\\s*|[-*•·]\\s*)?[【\\[]?\\s*(?:跟单助手\\s*[-—·/|｜:：>]?\\s*)?)(' +
    ALL_WORDS.map(([, w]) => escape(w)).join('|') +
    ')(?:消息|话术|文案|通知|提醒)?\\s*[】\\]]?',
);
/** "跟单助手" alone (optionally bracketed or with a colon): a section title, nothing to import. */
export const FOLLOW_UP_SECTION = /^\s*[【\[]?\s*跟单助手\s*[】\]]?\s*[：:]?\s*$/;

// 下单15分钟后 / 签收后1天 / 15分钟后发送 / 1.5小时 / 2天后
const DELAY = /(?:(下单|付款|发货|签收)\s*后?\s*)?(\d+(?:\.\d+)?)\s*(分钟|分|min|minutes?|小时|个小时|h|hours?|天|日|days?)\s*(?:后|以后|之后)?\s*(?:发送|自动发送|推送)?/i;
/** Labels of a line that carries only the send time. */
const DELAY_LABEL = /^\s*(?:发送时间|发送时机|延迟|延时|延迟时间|触发时间|时间|delay)\s*[：:]\s*/i;
/** Labels of a line that starts the message. */
export const TEXT_LABEL = /^\s*(?:内容|消息内容|文案|话术|回复|回复内容|消息|text|message)\s*[：:]\s*/i;

export interface SceneHeading {
  readonly scene: FollowUpSceneId;
  /** The scene word as written, for messages. */
  readonly word: string;
  /** Column (0-based) where the heading's text after the scene word starts. */
  readonly restAt: number;
}

export function sceneOf(word: string): FollowUpSceneId | undefined {
  return ALL_WORDS.find(([, w]) => w === word)?.[0];
}

/**
 * A scene heading at the start of the line. Only a heading when what follows the scene word is
 * nothing, a delay, a colon, or a bracket — so "催付款请尽快" in a reply is not read as one.
 */
export function sceneHeading(line: string): SceneHeading | undefined {
  const m = HEADING.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length);
  const ok = /^\s*$/.test(rest) || /^\s*[：:（(【\[]/.test(rest) || /^\s*[-—·]?\s*(?:下单|付款|发货|签收)?\s*后?\s*\d/.test(rest);
  if (!ok) return undefined;
  return { scene: sceneOf(m[2])!, word: m[2], restAt: m[0].length };
}

export interface DelayMatch {
  readonly minutes: number;
  /** Offset and length of the delay phrase in the searched text. */
  readonly index: number;
  readonly length: number;
  /** 下单/付款/发货/签收 when the phrase names the event it counts from. */
  readonly event?: string;
}

export function findDelay(text: string): DelayMatch | undefined {
  const m = DELAY.exec(text);
  if (!m) return undefined;
  const n = Number(m[2]);
  const unit = m[3].toLowerCase();
  const factor = /^(小时|个小时|h|hours?)$/.test(unit) ? 60 : /^(天|日|days?)$/.test(unit) ? 1440 : 1;
  return { minutes: Math.round(n * factor), index: m.index, length: m[0].length, event: m[1] };
}

/** The delay of a line that holds only a send time ("发送时间：下单15分钟后", "下单15分钟后发送"). */
export function delayLine(line: string): { delay: DelayMatch; at: number; labelled: boolean } | undefined {
  const label = DELAY_LABEL.exec(line);
  const body = label ? line.slice(label[0].length) : line;
  const d = findDelay(body);
  if (!d) return undefined;
  // Without a label the whole line must be the delay, or a message like "3天后到货" would be eaten.
  const leftover = (body.slice(0, d.index) + body.slice(d.index + d.length)).replace(/[\s（）()【】[\]，,。.]/g, '');
  if (!label && leftover !== '') return undefined;
  if (label && leftover !== '') return undefined;
  return { delay: d, at: (label ? label[0].length : 0) + d.index, labelled: label !== null };
}

/** Scenes whose event the delay counts from, to flag 「签收1天后」 written under 催付. */
export const EVENT_SCENE: Record<string, FollowUpSceneId> = { 下单: 'unpaid', 付款: 'paid', 发货: 'shipped', 签收: 'delivered' };
