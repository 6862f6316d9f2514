// A value the shop must replace (SPEC §7): the templates' sample product card is marked
// `placeholder: true`, and a product card without a product ID cannot be set up in the
// backend (its product card editor starts by picking the product). Reported as an error
// until changed, so `export` refuses a sheet that would paste a sample into the shop.
import type { ConfigRule } from '../config-rules.js';
import { describePath, getAt } from '../config-context.js';

const rule: ConfigRule = {
  id: 'placeholder',
  severity: 'error',
  description: {
    zh: '还没替换的占位内容：模板里的示例商品卡片，或没有商品ID的商品卡片',
    en: 'A placeholder not yet replaced: the template\'s sample product card, or a product card without a product ID',
  },
  protects: {
    zh: '示例商品或空商品ID被原样贴进后台，买家收到的是别家的商品或一张打不开的卡片',
    en: 'A sample product or an empty product ID pasted into the backend sends buyers a card that is not the shop\'s',
  },
  check(ctx, report) {
    const cards = getAt(ctx.config, ['product_cards']);
    if (!Array.isArray(cards)) return;
    cards.forEach((card: unknown, i) => {
      if (card === null || typeof card !== 'object') return;
      const c = card as { placeholder?: unknown; product_id?: unknown };
      const self = describePath(ctx.config, ['product_cards', i]);
      if (c.placeholder === true) {
        report({
          path: ['product_cards', i, 'placeholder'],
          message: {
            zh: `${self.zh}是模板里的示例，还没换成本店的商品`,
            en: `${self.en[0].toUpperCase()}${self.en.slice(1)} is the template's sample, not yet one of the shop's products`,
          },
          suggestion: {
            zh: '填上本店商品的商品ID、名称、关键词和回复，再把 placeholder 改成 false（在引导界面里改过这张卡片会自动改好）',
            en: 'Fill in the product ID, name, keywords and reply of a real product, then set placeholder to false (editing the card in the app does this)',
          },
        });
        return;
      }
      const id = typeof c.product_id === 'string' ? c.product_id.trim() : typeof c.product_id === 'number' ? String(c.product_id) : '';
      if (id === '') {
        report({
          path: ['product_cards', i],
          message: {
            zh: `${self.zh}没有商品ID：后台设置商品卡片要先选商品`,
            en: `${self.en[0].toUpperCase()}${self.en.slice(1)} has no product ID: the backend's product card starts with picking the product`,
          },
          suggestion: {
            zh: '在后台「商品管理」里复制商品ID，填到 product_id',
            en: 'Copy the product ID from the backend\'s product list into product_id',
          },
        });
      }
    });
  },
};

export default rule;
