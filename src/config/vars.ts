// {{var}} placeholders in texts: one shared scanner, so substitution, the unknown-variable
// rule and the export all agree on what a placeholder is and where it sits.
import type { Config, ShopInfo } from './types.js';

/** `{{ name }}` with optional spaces; names may be ASCII or Chinese, `shop.name` style paths allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}/g;

export interface VariableUse {
  /** The variable name, e.g. `ship_days` or `shop.name`. */
  readonly name: string;
  /** UTF-16 offsets of the whole placeholder `{{…}}` in the text. */
  readonly start: number;
  readonly end: number;
}

/** Every `{{var}}` in a text, in order, with offsets. */
export function listVariables(text: string): VariableUse[] {
  const uses: VariableUse[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    uses.push({ name: m[1], start: m.index, end: m.index + m[0].length });
  }
  return uses;
}

export type Vars = Readonly<Record<string, string | number>> | undefined;

/** The value a variable name stands for, or undefined when nothing defines it. */
export function lookupVariable(name: string, vars: Vars, shop?: ShopInfo): string | undefined {
  if (name === 'shop.name') return shop?.name;
  if (name === 'shop.category') return shop?.category;
  if (vars && Object.hasOwn(vars, name)) {
    const value = vars[name];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/** True when the text uses a variable no one defines (the unknown-variable rule reports it). */
export function isKnownVariable(name: string, vars: Vars, shop?: ShopInfo): boolean {
  return lookupVariable(name, vars, shop) !== undefined;
}

/**
 * Fills `{{var}}`, `{{shop.name}}` and `{{shop.category}}`. Unknown variables stay as written,
 * so the merchant sees `{{foo}}` in the export instead of a silently empty gap.
 */
export function substituteVars(text: string, vars: Vars, shop?: ShopInfo): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => lookupVariable(name, vars, shop) ?? whole);
}

/**
 * The config with variables filled into every text the buyer sees (and into shop info and
 * product IDs, which `share` turns into variables). Ids, match modes and lint settings are
 * not texts and stay as they are.
 */
export function resolveConfig(config: Config): Config {
  const vars = config.vars;
  const shop: ShopInfo | undefined = config.shop && {
    ...config.shop,
    ...(typeof config.shop.name === 'string' ? { name: substituteVars(config.shop.name, vars) } : {}),
    ...(typeof config.shop.category === 'string' ? { category: substituteVars(config.shop.category, vars) } : {}),
  };
  const fill = (text: unknown) => (typeof text === 'string' ? substituteVars(text, vars, shop) : text);
  const fillList = (list: unknown) => (Array.isArray(list) ? list.map(fill) : list);
  const resolved: Config = { ...config };
  if (shop) resolved.shop = shop;
  if (config.welcome) {
    resolved.welcome = { ...config.welcome };
    if (config.welcome.text !== undefined) resolved.welcome.text = fill(config.welcome.text) as string;
    if (config.welcome.quick_questions !== undefined) {
      resolved.welcome.quick_questions = fillList(config.welcome.quick_questions) as string[];
    }
  }
  if (Array.isArray(config.keyword_rules)) {
    resolved.keyword_rules = config.keyword_rules.map((rule) => ({
      ...rule,
      keywords: fillList(rule.keywords) as string[],
      reply: fill(rule.reply) as string,
    }));
  }
  if (Array.isArray(config.product_cards)) {
    resolved.product_cards = config.product_cards.map((card) => {
      const out = { ...card };
      for (const key of ['product_id', 'name', 'reply'] as const) {
        if (card[key] !== undefined) out[key] = fill(card[key]) as string;
      }
      if (card.keywords !== undefined) out.keywords = fillList(card.keywords) as string[];
      return out;
    });
  }
  if (Array.isArray(config.follow_ups)) {
    resolved.follow_ups = config.follow_ups.map((f) => (f.text !== undefined ? { ...f, text: fill(f.text) as string } : { ...f }));
  }
  return resolved;
}
