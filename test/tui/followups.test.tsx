// 跟单助手 in the app: the reducer's list actions on follow_ups (add, scene, delay, delete,
// empty ones dropped, jump from review) and the screen itself through keys.
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { fields, focusedField, initialState, reducer, type Action, type State } from '../../src/tui/state.js';
import { keymapOf } from '../../src/tui/hooks/use-commands.js';
import { footerBindings } from '../../src/tui/keys.js';
import { FIXTURE, KEY, openApp, press, waitFor, waitForText, widestLine } from './helpers.js';

const config: Config = {
  version: 1,
  shop: { name: '小美的衣橱', category: 'apparel' },
  vars: { ship_days: 3 },
  follow_ups: [{ id: 'unpaid-reminder', scene: 'unpaid', delay_minutes: 15, text: '亲，您的订单还差付款这一步～' }],
};

const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const onScreen = () =>
  run(initialState('/tmp/xhs-reply.yaml'), { type: 'load', config, file: '/tmp/xhs-reply.yaml', dirty: false }, { type: 'go', screen: 'followups' });

describe('reducer: follow-ups', () => {
  it('comes after product cards and before try-it', () => {
    let s = run(onScreen(), { type: 'go', screen: 'cards' }, { type: 'next' });
    expect(s.screen).toBe('followups');
    s = reducer(s, { type: 'next' });
    expect(s.screen).toBe('try');
    expect(reducer(s, { type: 'back' }).screen).toBe('followups');
  });

  it('adds a follow-up in a scene the shop has none for yet, and opens it', () => {
    const s = reducer(onScreen(), { type: 'list/add', list: 'followups' });
    const added = s.config?.follow_ups?.[1];
    // 催付 is taken: a second one would be pushy, so the new one is 核对地址 (sent at payment, no delay).
    expect(added).toEqual({ id: 'follow-up-2', scene: 'paid', text: '' });
    expect(s.followups).toEqual({ selected: 1, editing: 1 });
    expect(fields(s).map((f) => f.id)).toEqual(['follow_ups.1.scene', 'follow_ups.1.text', 'done']);
    expect(s.dirty).toBe(true);
  });

  it('steps the scene; the delay appears with the default where the scene waits and goes where it does not', () => {
    let s = run(onScreen(), { type: 'list/add', list: 'followups' }, { type: 'followups/scene', index: 1, delta: 1 });
    expect(s.config?.follow_ups?.[1]).toMatchObject({ scene: 'shipped' });
    expect(s.config?.follow_ups?.[1]).not.toHaveProperty('delay_minutes');
    s = reducer(s, { type: 'followups/scene', index: 1, delta: 1 });
    expect(s.config?.follow_ups?.[1]).toMatchObject({ scene: 'delivered', delay_minutes: 60 });
    expect(fields(s).map((f) => f.id)).toContain('follow_ups.1.delay_minutes');
    s = reducer(s, { type: 'followups/scene', index: 1, delta: 1 });
    expect(s.config?.follow_ups?.[1].scene).toBe('unpaid');
  });

  it('keeps the delay a number, drops non-digits, and removes it when emptied', () => {
    let s = run(onScreen(), { type: 'list/edit', list: 'followups', index: 0 }, { type: 'setText', path: ['follow_ups', 0, 'delay_minutes'], value: '3分' });
    expect(s.config?.follow_ups?.[0].delay_minutes).toBe(3);
    s = reducer(s, { type: 'setText', path: ['follow_ups', 0, 'delay_minutes'], value: '' });
    expect(JSON.parse(JSON.stringify(s.config)).follow_ups[0]).not.toHaveProperty('delay_minutes');
  });

  it('drops a follow-up that was added and left empty; deletes one after confirming', () => {
    let s = run(onScreen(), { type: 'list/add', list: 'followups' }, { type: 'back' });
    expect(s.config?.follow_ups).toHaveLength(1);
    expect(s.notice?.text).toBe('空的跟单消息没有保留');
    s = run(s, { type: 'list/delete', list: 'followups', index: 0 });
    expect(s.config?.follow_ups).toEqual([]);
    expect(s.followups.selected).toBe(0);
  });

  it('jumps from a finding to the follow-up editor with the field focused', () => {
    const s = reducer(onScreen(), { type: 'jump', path: ['follow_ups', 0, 'delay_minutes'] });
    expect(s.screen).toBe('followups');
    expect(s.followups.editing).toBe(0);
    expect(focusedField(s)?.path).toEqual(['follow_ups', 0, 'delay_minutes']);
  });

  it('the footer comes from the screen key tables: list keys, then editor keys', () => {
    const list = keymapOf(onScreen());
    expect(list.map).toBe('followupsList');
    expect(footerBindings(list.map, list.inText).map((b) => b.label)).toEqual(expect.arrayContaining(['a', 'd', 'Enter', 'Ctrl-N']));
    const editor = keymapOf(reducer(onScreen(), { type: 'list/edit', list: 'followups', index: 0 }));
    expect(editor).toEqual({ map: 'followUpEdit', inText: false });
    expect(footerBindings(editor.map, editor.inText).map((b) => `${b.label} ${b.desc}`)).toContain('←→ 换场景');
  });
});

const WITH_FOLLOW_UPS = `${FIXTURE}follow_ups:
  - id: unpaid-reminder
    scene: unpaid
    delay_minutes: 15
    text: 亲，您的订单还差付款这一步，有什么疑问都可以直接留言～
`;

describe('follow-ups screen', () => {
  it('lists, adds (second 催付 warned), edits a text with live lint, and deletes', async () => {
    const { lastFrame, stdin } = await openApp(WITH_FOLLOW_UPS);
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'));
    let frame = await waitForText(lastFrame, '跟单助手 1/');
    expect(frame).toMatch(/1 催付 · 15分钟后\s+亲，您的订单还差/);
    expect(frame).toContain('6跟单');
    expect(frame).toMatch(/a 新增\s+d 删除/);
    expect(widestLine(frame)).toBeLessThanOrEqual(80);

    // Add: a 签收关怀 message that pays for a review.
    await press(stdin, 'a');
    frame = await waitForText(lastFrame, '编辑跟单消息 #2（follow-up-2）');
    expect(frame).toMatch(/\[核对地址\]/);
    await press(stdin, KEY.right, KEY.right);
    frame = await waitForText(lastFrame, '[签收关怀]');
    expect(frame).toMatch(/延迟（分钟） 0–10080\n\s+60\n/);
    await press(stdin, KEY.tab, KEY.tab);
    await waitForText(lastFrame, '› 消息内容');
    await press(stdin, '亲，宝贝用着还行就打个五星吧，截图发来返现5元哦');
    frame = await waitForText(lastFrame, '返现5元哦');
    // Live lint under the field: review-inducement.
    expect(frame).toMatch(/✖.*(好评|诱导)/);
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
    await press(stdin, KEY.escape);
    frame = await waitForText(lastFrame, '跟单助手 2/');
    expect(frame).toMatch(/2 签收关怀 · 60分钟后\s+亲，宝贝用着/);
    expect(frame).toMatch(/✖1/);

    // Switching the new one to 催付 makes it a second reminder: pushy-follow-up shows on its scene.
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '编辑跟单消息 #2');
    await press(stdin, KEY.right);
    frame = await waitForText(lastFrame, '又一条催付消息');
    expect(frame).toContain('[催付]');
    await press(stdin, KEY.escape);
    await waitForText(lastFrame, '跟单助手 2/');

    // Delete the selected (second) one after y.
    await press(stdin, 'd');
    await waitForText(lastFrame, '删除跟单消息 #2？');
    await press(stdin, 'y');
    frame = await waitForText(lastFrame, '跟单助手 1/');
    expect(frame).not.toContain('返现');
  });

  it('Ctrl-S saves the follow-ups with the existing save path', async () => {
    const { lastFrame, stdin, cwd } = await openApp(WITH_FOLLOW_UPS);
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'));
    await waitForText(lastFrame, '跟单助手 1/');
    await press(stdin, 'a');
    await waitForText(lastFrame, '编辑跟单消息 #2');
    await press(stdin, KEY.tab, '亲，付款收到了，麻烦再确认下收件地址～', KEY.ctrl('s'));
    await waitFor(lastFrame, (f) => f.includes('已写入'));
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const saved = readFileSync(join(cwd, 'xhs-reply.yaml'), 'utf8');
    expect(saved).toMatch(/- id: follow-up-2\n\s+scene: paid\n\s+text: 亲，付款收到了，麻烦再确认下收件地址～/);
    expect(saved).toContain('# 小美的衣橱（手写的注释，保存后要还在）');
  });
});
