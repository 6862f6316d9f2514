// The config as the merchant writes it in xhs-reply.yaml (snake_case keys, as in the file).
export type RuleSetting = 'off' | 'warning' | 'error';
export type MatchMode = 'contains' | 'exact';

export interface ShopInfo {
  name?: string;
  category?: string;
}

export interface Welcome {
  text?: string;
  quick_questions?: string[];
}

export interface KeywordRule {
  id: string;
  keywords: string[];
  match?: MatchMode; // default: contains
  reply: string;
}

export interface ProductCard {
  id: string;
  product_id?: string;
  name?: string;
  keywords?: string[];
  reply?: string;
  /** The template's sample card: lint reports it (error) until the shop replaces it. */
  placeholder?: boolean;
}

/** 跟单助手 scenes: unpaid 催付, paid 核对地址, shipped 发货提醒, delivered 签收关怀. */
export type FollowUpSceneId = 'unpaid' | 'paid' | 'shipped' | 'delivered';

export interface FollowUp {
  id: string;
  scene: FollowUpSceneId;
  /** Minutes after the order event, for scenes that wait (unpaid, delivered). */
  delay_minutes?: number;
  text: string;
}

export interface LintSettings {
  rules?: Record<string, RuleSetting>;
  allow?: string[];
  /** The learned second opinion (模型复核); on unless false. */
  model?: boolean;
}

export interface Config {
  version: 1;
  extends?: string[];
  shop?: ShopInfo;
  vars?: Record<string, string | number>;
  welcome?: Welcome;
  keyword_rules?: KeywordRule[];
  product_cards?: ProductCard[];
  follow_ups?: FollowUp[];
  lint?: LintSettings;
}

/** A path into the config, e.g. ['keyword_rules', 2, 'reply']. */
export type ConfigPath = readonly (string | number)[];
