// Everything the tool knows about the 小红书 shop backend (千帆 / 商家后台 → 客服 → 自动回复):
// its screens in order, the fields on each, their limits and how keywords match.
// Nothing else in the code hard-codes a limit. No public source states the backend's own
// limits, so every number records where it comes from and stays unconfirmed until one does:
// an unconfirmed limit is reported as a warning, a confirmed one as an error.
import type { Localized } from '../i18n.js';
import type { MatchMode } from '../config/types.js';

export interface Limit {
  readonly value: number;
  readonly confirmed: boolean;
  readonly source: string;
}

export type ScreenId = 'welcome' | 'quick_questions' | 'keyword_rules' | 'product_cards' | 'follow_ups';
export type FieldId =
  | 'welcome.text'
  | 'quick_questions.item'
  | 'keyword_rules.keyword'
  | 'keyword_rules.reply'
  | 'product_cards.keyword'
  | 'product_cards.reply'
  | 'follow_ups.text';

export interface FieldProfile {
  readonly id: FieldId;
  readonly label: Localized;
  readonly maxChars: Limit;
}

export interface ScreenProfile {
  readonly id: ScreenId;
  readonly title: Localized;
  /** Where the merchant finds the screen in the backend. */
  readonly location: Localized;
  readonly fields: readonly FieldProfile[];
  /** How many items (questions, rules, cards) the screen holds. */
  readonly maxItems?: Limit;
  /** Keywords per rule or card. */
  readonly maxKeywordsPerItem?: Limit;
}

const PEER_300 =
  'assumed from peers: WeChat 公众号 offline auto reply 300 chars; 抖音 enterprise keyword reply 300 chars (unconfirmed)';
const ASSUMED = 'assumed: no public source states this backend limit';

const limit = (value: number, source: string, confirmed = false): Limit => ({ value, confirmed, source });

const QIANNIU_CUIFU =
  'peer: 千牛 自动催付 sends one reminder per buyer per shop in 24 h, best 10–15 minutes after the order, none for presale deposits or virtual goods (unconfirmed for 小红书)';
const FOLLOW_UP_ASSUMED = 'assumed: 跟单助手 scenes and timings are not public; modelled on 千牛/抖店 order-event messages';

export type FollowUpScene = 'unpaid' | 'paid' | 'shipped' | 'delivered';

export interface FollowUpSceneProfile {
  readonly id: FollowUpScene;
  readonly label: Localized;
  /** The order event that sends the message. */
  readonly trigger: Localized;
  /** Minutes after the event, where the scene waits before sending; absent = sent at the event. */
  readonly delay?: { readonly default: Limit; readonly min: Limit; readonly max: Limit };
  /** How many messages of this scene a buyer should get per order. */
  readonly maxPerOrder?: Limit;
}

/**
 * 跟单助手 (follow-up assistant): messages the backend sends on order events. Which scenes the
 * 小红书 backend offers, their order and timings are not public; every number is a peer's
 * (千牛's automatic 催付) or an assumption, and stays unconfirmed.
 */
export const followUpScenes: readonly FollowUpSceneProfile[] = [
  {
    id: 'unpaid',
    label: { zh: '催付', en: 'Unpaid reminder' },
    trigger: { zh: '下单未付款', en: 'ordered, not paid' },
    delay: { default: limit(15, QIANNIU_CUIFU), min: limit(5, QIANNIU_CUIFU), max: limit(1440, QIANNIU_CUIFU) },
    maxPerOrder: limit(1, QIANNIU_CUIFU),
  },
  {
    id: 'paid',
    label: { zh: '核对地址', en: 'Address check' },
    trigger: { zh: '付款成功', en: 'paid' },
  },
  {
    id: 'shipped',
    label: { zh: '发货提醒', en: 'Shipping notice' },
    trigger: { zh: '商家发货', en: 'shipped' },
  },
  {
    id: 'delivered',
    label: { zh: '签收关怀', en: 'Delivery care' },
    trigger: { zh: '买家签收', en: 'delivered' },
    delay: { default: limit(60, FOLLOW_UP_ASSUMED), min: limit(0, FOLLOW_UP_ASSUMED), max: limit(10080, FOLLOW_UP_ASSUMED) },
  },
];

export function followUpScene(id: string): FollowUpSceneProfile | undefined {
  return followUpScenes.find((s) => s.id === id);
}

export const backendProfile = {
  name: '小红书 千帆 / 商家后台 → 客服 → 自动回复',
  /** The order of the backend's screens; the export follows it exactly. */
  screens: [
    {
      id: 'welcome',
      title: { zh: '欢迎语', en: 'Welcome message' },
      location: { zh: '客服 → 自动回复 → 欢迎语', en: 'Customer service → Auto reply → Welcome message' },
      fields: [{ id: 'welcome.text', label: { zh: '欢迎语', en: 'Welcome text' }, maxChars: limit(300, PEER_300) }],
    },
    {
      id: 'quick_questions',
      title: { zh: '快捷问题', en: 'Quick questions' },
      location: { zh: '客服 → 自动回复 → 欢迎语 → 快捷问题', en: 'Auto reply → Welcome message → Quick questions' },
      fields: [
        { id: 'quick_questions.item', label: { zh: '快捷问题', en: 'Quick question' }, maxChars: limit(20, ASSUMED) },
      ],
      maxItems: limit(10, ASSUMED),
    },
    {
      id: 'keyword_rules',
      title: { zh: '关键词回复', en: 'Keyword replies' },
      location: { zh: '客服 → 自动回复 → 关键词回复', en: 'Auto reply → Keyword replies' },
      fields: [
        { id: 'keyword_rules.keyword', label: { zh: '关键词', en: 'Keyword' }, maxChars: limit(20, ASSUMED) },
        { id: 'keyword_rules.reply', label: { zh: '回复内容', en: 'Reply' }, maxChars: limit(300, PEER_300) },
      ],
      maxItems: limit(200, ASSUMED),
      maxKeywordsPerItem: limit(10, ASSUMED),
    },
    {
      id: 'product_cards',
      title: { zh: '商品卡片', en: 'Product cards' },
      location: { zh: '客服 → 自动回复 → 商品卡片', en: 'Auto reply → Product cards' },
      fields: [
        { id: 'product_cards.keyword', label: { zh: '关键词', en: 'Keyword' }, maxChars: limit(20, ASSUMED) },
        { id: 'product_cards.reply', label: { zh: '回复内容', en: 'Reply' }, maxChars: limit(300, PEER_300) },
      ],
      maxItems: limit(100, ASSUMED),
      maxKeywordsPerItem: limit(10, ASSUMED),
    },
    {
      id: 'follow_ups',
      title: { zh: '跟单助手', en: 'Follow-ups' },
      location: { zh: '客服 → 自动回复 → 跟单助手', en: 'Auto reply → Follow-up assistant' },
      fields: [{ id: 'follow_ups.text', label: { zh: '消息内容', en: 'Message' }, maxChars: limit(300, PEER_300) }],
      maxItems: limit(20, FOLLOW_UP_ASSUMED),
    },
  ] satisfies readonly ScreenProfile[],
  matching: {
    modes: ['contains', 'exact'] satisfies MatchMode[],
    defaultMode: 'contains' as MatchMode,
    labels: { contains: { zh: '包含', en: 'contains' }, exact: { zh: '精确', en: 'exact' } },
    /**
     * Which rule answers when several match. The backend does not document it; we assume the
     * first rule in backend order wins, and exact matches before contains matches.
     */
    precedence: limit(0, 'assumed: first matching rule in backend order; exact before contains'),
    caseSensitive: false,
  },
} as const;

export function screen(id: ScreenId): ScreenProfile {
  const s = backendProfile.screens.find((x) => x.id === id);
  if (!s) throw new Error(`unknown screen ${id}`);
  return s;
}

export function field(id: FieldId): FieldProfile {
  for (const s of backendProfile.screens) {
    const f = (s.fields as readonly FieldProfile[]).find((x) => x.id === id);
    if (f) return f;
  }
  throw new Error(`unknown field ${id}`);
}

/** Characters as the backend likely counts them: code points, not UTF-16 units. */
export function countChars(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
