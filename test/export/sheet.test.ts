import { describe, expect, it } from 'vitest';
import { backendProfile, field } from '../../src/backend/profile.js';
import { buildSheet, sheetFields } from '../../src/export/sheet.js';
import { lintText } from '../../src/lint/engine.js';
import { sampleConfig } from './helpers.js';

describe('buildSheet', () => {
  it('follows the backend screens in order, numbering screens and items', () => {
    const sheet = buildSheet(sampleConfig());
    expect(sheet.screens.map((s) => s.id)).toEqual(backendProfile.screens.map((s) => s.id));
    expect(sheet.screens.map((s) => s.title)).toEqual(['欢迎语', '快捷问题', '关键词回复', '商品卡片', '跟单助手']);
    expect(sheet.screens[1].items.map((i) => i.number)).toEqual(['2.1', '2.2']);
    expect(sheet.screens[2].items.map((i) => i.id)).toEqual(['shipping-time', 'shipping-fee']);
    expect(sheet.screens[0].location).toBe(backendProfile.screens[0].location.zh);
  });

  it('puts keywords before the reply, one field each, with match mode and product data on the item', () => {
    const sheet = buildSheet(sampleConfig());
    const rule = sheet.screens[2].items[0];
    expect(rule.fields.map((f) => [f.label, f.text])).toEqual([
      ['关键词 1', '什么时候发货'],
      ['关键词 2', '几天发货'],
      ['回复内容', '现货下单后3天内发货'],
    ]);
    expect(rule.matchLabel).toBe('包含');
    expect(sheet.screens[2].items[1].matchLabel).toBe('精确');
    const card = sheet.screens[3].items[0];
    expect(card).toMatchObject({ productId: '65f0c0ffee', productName: '碎花连衣裙' });
    expect(card.fields.map((f) => f.fieldId)).toEqual(['product_cards.keyword', 'product_cards.reply']);
  });

  it('counts code points against the profile limit and flags texts over it', () => {
    const limit = field('keyword_rules.reply').maxChars.value;
    const long = '发'.repeat(limit) + '😀';
    const sheet = buildSheet(sampleConfig({ keyword_rules: [{ id: 'x', keywords: ['什么时候发货'], reply: long }] }));
    const reply = sheet.screens[2].items[0].fields[1];
    expect(reply).toMatchObject({ length: limit + 1, limit, overLimit: true, limitConfirmed: false });
    // Unconfirmed limits only warn (SPEC §5).
    expect(reply.findings).toEqual([expect.objectContaining({ ruleId: 'max-length', severity: 'warning' })]);
    const welcome = sheet.screens[0].items[0].fields[0];
    expect(welcome.length).toBe([...'亲，欢迎光临小美的衣橱～'].length);
    expect(welcome.overLimit).toBe(false);
  });

  it('attaches content findings to the field they are in', () => {
    const sheet = buildSheet(sampleConfig({ keyword_rules: [{ id: 'x', keywords: ['优惠吗'], reply: '全网最低价，加微信 qz204678 领券' }] }), {
      lintText: (t) => lintText(t),
    });
    const ids = sheet.screens[2].items[0].fields[1].findings.map((f) => f.ruleId).sort();
    expect(ids).toEqual(['absolute-claim', 'offsite-contact']);
    expect(sheet.errorCount).toBeGreaterThanOrEqual(2);
    expect(sheet.screens[2].items[0].fields[0].findings).toEqual([]);
  });

  it('runs no content rule on keyword fields (only invisible-chars)', () => {
    const sheet = buildSheet(sampleConfig({ keyword_rules: [{ id: 'x', keywords: ['加微信', '最便宜的是哪款', '发\u200b票'], reply: '在这里留言就好' }] }), {
      lintText: (t, o) => lintText(t, { keyword: o?.keyword }),
    });
    const fields = sheet.screens[2].items[0].fields;
    expect(fields.map((f) => f.findings.map((x) => x.ruleId))).toEqual([[], [], ['invisible-chars'], []]);
  });

  it('reports too many quick questions against the screen limit', () => {
    const max = backendProfile.screens[1].maxItems!.value;
    const qs = Array.from({ length: max + 1 }, (_, i) => `问题${i}号`);
    const sheet = buildSheet(sampleConfig({ welcome: { text: '你好', quick_questions: qs } }));
    expect(sheet.screens[1].findings).toEqual([expect.objectContaining({ ruleId: 'max-length' })]);
    expect(sheet.screens[1].items).toHaveLength(max + 1);
  });

  it('keeps empty screens (so the numbering matches the backend) and lists every field once', () => {
    const sheet = buildSheet(sampleConfig({ product_cards: [] }));
    expect(sheet.screens[3].items).toEqual([]);
    expect(sheetFields(sheet).map((f) => f.key)).toEqual([
      'welcome.text',
      'quick_questions.0',
      'quick_questions.1',
      'keyword_rules.shipping-time.keywords.0',
      'keyword_rules.shipping-time.keywords.1',
      'keyword_rules.shipping-time.reply',
      'keyword_rules.shipping-fee.keywords.0',
      'keyword_rules.shipping-fee.reply',
      'follow_ups.unpaid-reminder.text',
      'follow_ups.shipped.text',
    ]);
  });

  it('lists follow-ups by order event, with scene, timing and each text against its limit', () => {
    const sheet = buildSheet(
      sampleConfig({
        follow_ups: [
          { id: 'care', scene: 'delivered', text: '包裹到了吗？用着不顺手就告诉我们～' },
          { id: 'pay', scene: 'unpaid', delay_minutes: 10, text: '亲，宝贝还没付款哦～' },
          { id: 'addr', scene: 'paid', text: '请核对收货地址' },
        ],
      }),
    );
    const screen = sheet.screens[4];
    expect(screen.id).toBe('follow_ups');
    expect(screen.items.map((i) => [i.number, i.id, i.scene, i.sceneLabel, i.delayMinutes, i.timing])).toEqual([
      ['5.1', 'pay', 'unpaid', '催付', 10, '下单未付款后 10 分钟'],
      ['5.2', 'addr', 'paid', '核对地址', undefined, '付款成功时立即发送'],
      // No delay written: the scene's (unconfirmed) default.
      ['5.3', 'care', 'delivered', '签收关怀', 60, '买家签收后 60 分钟'],
    ]);
    const f = screen.items[0].fields[0];
    expect([f.fieldId, f.label, f.text, f.length, f.limit, f.limitConfirmed]).toEqual(['follow_ups.text', '消息内容', '亲，宝贝还没付款哦～', 10, field('follow_ups.text').maxChars.value, false]);
  });

  it('counts config-lint findings instead of per-field ones when given', () => {
    const sheet = buildSheet(sampleConfig(), {
      findings: [{ ruleId: 'keyword-conflict', severity: 'error', message: 'x', source: 'a.yaml:3:5' }],
      forced: true,
    });
    expect(sheet).toMatchObject({ errorCount: 1, warningCount: 0, forced: true });
  });

  it('speaks English with lang en', () => {
    const sheet = buildSheet(sampleConfig(), { lang: 'en' });
    expect(sheet.screens[0].title).toBe('Welcome message');
    expect(sheet.screens[2].items[0].fields[2].label).toBe('Reply');
    expect(sheet.screens[2].items[0].matchLabel).toBe('contains');
  });
});
