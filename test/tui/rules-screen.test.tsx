// Keyword rules: list with chips-free rows, search, add, delete, reorder; the editor with
// keywords as chips and the reply linted as it is typed, with the fix one key away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY, openApp, press, waitFor, waitForText, widestLine } from './helpers.js';

async function toRules() {
  const app = await openApp();
  await press(app.stdin, KEY.ctrl('n'), KEY.ctrl('n'));
  await waitForText(app.lastFrame, '关键词回复 3/');
  return app;
}

describe('keyword rules screen', () => {
  it('lists the rules in order with their keywords as chips and replies', async () => {
    const { lastFrame } = await toRules();
    const frame = lastFrame()!;
    expect(frame).toMatch(/›\s+1 \[什么时候发货\] \[几天发货\]\s+→ 本店现货商品下单/);
    expect(frame).toMatch(/3 \[尺码怎么选\] \[穿什么码\]/);
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
    expect(frame).toContain('a 新增');
  });

  it('types 加我微信qz2046 into a reply, shows the finding and applies the fix with Ctrl-F', async () => {
    const { lastFrame, stdin } = await toRules();
    await press(stdin, KEY.enter);
    const editor = await waitForText(lastFrame, '编辑关键词回复 #1');
    expect(editor).toContain('[什么时候发货] [几天发货]');
    await press(stdin, KEY.tab, KEY.tab);
    await waitForText(lastFrame, '› 回复内容');
    await press(stdin, KEY.ctrl('e'), '，加我微信qz2046');
    const found = await waitForText(lastFrame, '疑似站外联系方式');
    expect(found).toContain('Ctrl-F 改为「');
    expect(found).toMatch(/✖ 1 错误/);
    expect(widestLine(found)).toBeLessThanOrEqual(80);
    await press(stdin, KEY.ctrl('f'));
    const fixed = await waitForText(lastFrame, '已采用建议改写');
    expect(fixed).not.toContain('微信qz2046');
    expect(fixed).not.toContain('疑似站外联系方式');
    expect(fixed).toMatch(/✖ 0 错误/);
    expect(fixed).toContain('买家看到：本店现货商品下单，预计3天内发货');
  });

  it('edits keywords as a list shown as chips and toggles the match mode', async () => {
    const { lastFrame, stdin, cwd } = await toRules();
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '编辑关键词回复 #1');
    await press(stdin, KEY.ctrl('e'), '，发货时间');
    await waitForText(lastFrame, '[什么时候发货] [几天发货] [发货时间]');
    await press(stdin, KEY.tab, ' ');
    await waitFor(lastFrame, (f) => /匹配方式\s+包含 \[精确\]/.test(f));
    await press(stdin, KEY.escape);
    const list = await waitForText(lastFrame, '[什么时候发货] [几天发货] +1');
    expect(list).toContain('关键词回复 3/');
    await press(stdin, KEY.ctrl('s'));
    await waitForText(lastFrame, '已保存');
    const saved = readFileSync(join(cwd, 'xhs-reply.yaml'), 'utf8');
    expect(saved).toContain('发货时间');
    expect(saved).toMatch(/id: shipping-time # 发货时间\n\s+keywords: \[什么时候发货, 几天发货, 发货时间\]\n\s+match: exact/);
  });

  it('searches by keyword or reply text', async () => {
    const { lastFrame, stdin } = await toRules();
    await press(stdin, '/', '退换');
    const frame = await waitForText(lastFrame, '搜索');
    await waitFor(lastFrame, (f) => !f.includes('[什么时候发货]'));
    expect(lastFrame()).toContain('[可以退换吗] [怎么退货]');
    expect(frame).toBeTruthy();
    await press(stdin, KEY.enter, KEY.enter);
    await waitForText(lastFrame, '编辑关键词回复 #2（returns）');
  });

  it('adds, reorders and deletes rules', async () => {
    const { lastFrame, stdin } = await toRules();
    await press(stdin, 'a');
    await waitForText(lastFrame, '编辑关键词回复 #4');
    await press(stdin, '质量问题');
    await press(stdin, KEY.tab, KEY.tab, '收到有问题请拍照留言，人工客服看到后帮您处理');
    await press(stdin, KEY.escape);
    await waitForText(lastFrame, '关键词回复 4/');
    await press(stdin, '[');
    await waitFor(lastFrame, (f) => /›\s+3 \[质量问题\]/.test(f));
    await press(stdin, 'd');
    await waitForText(lastFrame, '删除关键词回复 #3？');
    await press(stdin, 'y');
    const frame = await waitForText(lastFrame, '关键词回复 3/');
    expect(frame).not.toContain('质量问题');
    expect(frame).toMatch(/3 \[尺码怎么选\]/);
  });

  it('shows all keys of the screen with ?', async () => {
    const { lastFrame, stdin } = await toRules();
    await press(stdin, '?');
    const help = await waitForText(lastFrame, '全部按键（Esc 关闭）');
    for (const k of ['上移', '下移', '搜索', '新增', '删除', 'Ctrl-S', 'Ctrl-C']) expect(help).toContain(k);
    await press(stdin, KEY.escape);
    await waitForText(lastFrame, '关键词回复 3/');
  });
});
