// The template's sample product card is a placeholder (SPEC §7): typing into it in the app
// makes it the shop's own card, so lint stops reporting it once it has a product ID.
import { describe, expect, it } from 'vitest';
import { createLintCache, reviewFindings } from '../../src/tui/findings.js';
import { initialState, reducer, type State } from '../../src/tui/state.js';

const sample = (): State =>
  reducer(initialState('/x.yaml'), {
    type: 'load',
    file: '/x.yaml',
    dirty: false,
    screen: 'cards',
    config: { version: 1, product_cards: [{ id: 'sample-product', placeholder: true, name: '示例商品', keywords: ['示例商品'], reply: '示例回复' }] },
  });

describe('placeholder card in the app', () => {
  it('is an error until the merchant edits it and gives it a product ID', () => {
    const s0 = reducer(sample(), { type: 'list/edit', list: 'cards', index: 0 });
    const ids = (s: State) => reviewFindings(s.config!, createLintCache()).filter((f) => f.ruleId === 'placeholder').map((f) => f.message);
    expect(ids(s0)).toEqual([expect.stringContaining('是模板里的示例')]);
    const s1 = reducer(s0, { type: 'setText', path: ['product_cards', 0, 'name'], value: '春季碎花连衣裙' });
    expect(s1.config?.product_cards?.[0].placeholder).toBe(false);
    // Claimed, it still needs its product ID.
    expect(ids(s1)).toEqual([expect.stringContaining('没有商品ID')]);
    const s2 = reducer(s1, { type: 'setText', path: ['product_cards', 0, 'product_id'], value: '65f0c0ffee' });
    expect(ids(s2)).toEqual([]);
  });
});
