import { describe, expect, it } from 'vitest';
import { isKnownVariable, listVariables, resolveConfig, substituteVars } from '../../src/config/vars.js';
import type { Config } from '../../src/config/types.js';

describe('listVariables', () => {
  it('finds every placeholder with UTF-16 offsets, spaces and Chinese names allowed', () => {
    const text = '预计{{ship_days}}天发货，{{ shop.name }}欢迎您😀{{发货天数}}';
    expect(listVariables(text)).toEqual([
      { name: 'ship_days', start: 2, end: 15 },
      { name: 'shop.name', start: 19, end: 34 },
      { name: '发货天数', start: 39, end: 47 },
    ]);
    expect(text.slice(39, 47)).toBe('{{发货天数}}');
  });

  it('ignores what is not a placeholder', () => {
    expect(listVariables('{{}} {{1abc}} {single} {{a b}} {{ unclosed')).toEqual([]);
  });
});

describe('substituteVars', () => {
  const vars = { ship_days: 3, courier: '中通' };
  it('fills vars and shop fields, leaves unknown ones as written', () => {
    expect(substituteVars('{{courier}}，{{ship_days}}天内发货', vars)).toBe('中通，3天内发货');
    expect(substituteVars('欢迎来到{{shop.name}}（{{shop.category}}）', vars, { name: '小美', category: 'apparel' })).toBe('欢迎来到小美（apparel）');
    expect(substituteVars('{{nope}} {{shop.name}}', vars)).toBe('{{nope}} {{shop.name}}');
    expect(substituteVars('{{toString}} {{__proto__}}', vars)).toBe('{{toString}} {{__proto__}}');
  });

  it('never re-expands a value that looks like a placeholder', () => {
    expect(substituteVars('{{a}}', { a: '{{b}}', b: 'x' })).toBe('{{b}}');
  });

  it('knows which names are defined', () => {
    expect(isKnownVariable('ship_days', vars)).toBe(true);
    expect(isKnownVariable('shop.name', vars, { name: '店' })).toBe(true);
    expect(isKnownVariable('shop.name', vars, {})).toBe(false);
    expect(isKnownVariable('constructor', vars)).toBe(false);
  });
});

describe('resolveConfig', () => {
  it('fills every buyer-facing text, shop info and product IDs, but not ids or settings', () => {
    const config: Config = {
      version: 1,
      shop: { name: '{{brand}}旗舰店', category: 'apparel' },
      vars: { brand: '小美', days: 3, pid: '65f0' },
      welcome: { text: '欢迎来到{{shop.name}}', quick_questions: ['{{days}}天发货吗'] },
      keyword_rules: [{ id: '{{days}}', keywords: ['{{days}}天'], match: 'contains', reply: '{{days}}天内发货' }],
      product_cards: [{ id: 'c', product_id: '{{pid}}', name: '{{brand}}裙', keywords: ['裙'], reply: '{{shop.name}}爆款' }],
      lint: { allow: ['{{brand}}'] },
    };
    const resolved = resolveConfig(config);
    expect(resolved.shop).toEqual({ name: '小美旗舰店', category: 'apparel' });
    expect(resolved.welcome).toEqual({ text: '欢迎来到小美旗舰店', quick_questions: ['3天发货吗'] });
    expect(resolved.keyword_rules).toEqual([{ id: '{{days}}', keywords: ['3天'], match: 'contains', reply: '3天内发货' }]);
    expect(resolved.product_cards).toEqual([{ id: 'c', product_id: '65f0', name: '小美裙', keywords: ['裙'], reply: '小美旗舰店爆款' }]);
    expect(resolved.lint).toEqual({ allow: ['{{brand}}'] });
    // The input is untouched.
    expect(config.keyword_rules?.[0].reply).toBe('{{days}}天内发货');
  });
});
