// Shop info, welcome message and quick questions, product cards and try-it: rendering, keys,
// live lint under the field.
import { describe, expect, it } from 'vitest';
import { KEY, openApp, press, waitFor, waitForText, widestLine } from './helpers.js';

describe('shop screen', () => {
  it('edits a variable and every reply that uses it follows', async () => {
    const { lastFrame, stdin } = await openApp();
    const frame = lastFrame()!;
    expect(frame).toMatch(/› 店铺名\s+小美的衣橱/);
    expect(frame).toMatch(/发货天数\s+3\s+\{\{ship_days\}\}/);
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
    await press(stdin, KEY.tab, KEY.tab);
    await waitForText(lastFrame, '› 发货天数');
    await press(stdin, KEY.backspace, '5');
    await waitFor(lastFrame, (f) => /发货天数\s+5/.test(f));
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'));
    await waitForText(lastFrame, '买家问');
    await press(stdin, '几天发货');
    await waitForText(lastFrame, '预计5天内发货');
  });

  it('lints the shop name as it is typed', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.ctrl('u'), '全网第一旗舰店');
    const frame = await waitForText(lastFrame, '✖ ');
    expect(frame).toMatch(/全网第一/);
    expect(frame).toMatch(/✖ [1-9] 错误/);
  });
});

describe('welcome screen', () => {
  it('shows the welcome text and quick questions with their lengths', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.ctrl('n'));
    const frame = await waitForText(lastFrame, '快捷问题 2/10');
    expect(frame).toContain('亲，欢迎光临{{shop.name}}');
    expect(frame).toMatch(/快捷问题 1\s+什么时候发货\s+6\/20字/);
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
  });

  it('adds a quick question, lints it live, and deletes it with Ctrl-D', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.ctrl('n'));
    await waitForText(lastFrame, '快捷问题 2/10');
    await press(stdin, KEY.tab, KEY.tab, KEY.tab, KEY.enter);
    await waitForText(lastFrame, '快捷问题 3/10');
    await press(stdin, '加V私聊');
    await waitForText(lastFrame, '疑似站外联系方式');
    await press(stdin, '这个问题写得实在是太长了超过了后台二十个字');
    await waitForText(lastFrame, '/20字 超出');
    await press(stdin, KEY.ctrl('d'));
    const frame = await waitForText(lastFrame, '快捷问题 2/10');
    expect(frame).not.toContain('加V私聊');
  });
});

describe('product cards screen', () => {
  it('lists cards and edits one with live lint on the reply', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'));
    const list = await waitForText(lastFrame, '商品卡片 1/');
    expect(list).toMatch(/1 春季碎花连衣裙 \[碎花裙\]\s+→ 这款是本店的碎花裙/);
    await press(stdin, KEY.enter);
    const editor = await waitForText(lastFrame, '编辑商品卡片 #1');
    expect(editor).toMatch(/商品ID\s+65f0c0ffee/);
    expect(editor).toContain('[碎花裙]');
    await press(stdin, KEY.tab, KEY.tab, KEY.tab, KEY.ctrl('e'), '，全网最低价');
    await waitForText(lastFrame, '最低价');
    expect(lastFrame()).toMatch(/✖ [1-9] 错误/);
    expect(widestLine(lastFrame()!)).toBeLessThanOrEqual(80);
  });

  it('adds a card', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'));
    await waitForText(lastFrame, '商品卡片 1/');
    await press(stdin, 'a');
    await waitForText(lastFrame, '编辑商品卡片 #2（card-2）');
    // a product ID is not a text the buyer reads: eleven digits are not a phone number here
    await press(stdin, '13967204518');
    await waitForText(lastFrame, '13967204518');
    expect(lastFrame()).not.toContain('✖ 疑似');
    await press(stdin, KEY.tab, '纯棉T恤', KEY.escape);
    await waitForText(lastFrame, '商品卡片 2/');
    expect(lastFrame()).toContain('纯棉T恤');
  });
});

describe('try screen', () => {
  it('shows which rule answers and the final reply, or that no rule does', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'));
    await waitForText(lastFrame, '买家问');
    await press(stdin, '请问可以退换吗');
    const hit = await waitForText(lastFrame, '关键词回复 #2（returns）');
    expect(hit).toContain('✔ 命中');
    expect(hit).toContain('支持签收后7天无理由退换');
    await press(stdin, KEY.ctrl('u'), '你们老板是谁');
    await waitForText(lastFrame, '没有规则能回答这个问题');
    await press(stdin, KEY.ctrl('u'), '碎花裙还有吗');
    await waitForText(lastFrame, '商品卡片 #1（春季碎花连衣裙）');
  });

  it('offers a keyword for an unanswered question; Enter applies it, marks the file unsaved and answers', async () => {
    const { lastFrame, stdin } = await openApp();
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'), KEY.ctrl('n'));
    await waitForText(lastFrame, '买家问');
    expect(lastFrame()).toContain('Enter 采用建议');
    await press(stdin, '可以刻字吗');
    const offered = await waitForText(lastFrame, '建议：');
    expect(offered).toContain('没有规则能回答这个问题');
    expect(offered).toContain('新建规则「ask-可以刻字吗」');
    await press(stdin, KEY.enter);
    const answered = await waitForText(lastFrame, '✔ 命中');
    expect(answered).toContain('（ask-可以刻字吗）');
    expect(answered).toContain('回复还空着');
    expect(answered).toContain('未保存');
    expect(answered).not.toContain('建议：');
  });
});
