// Review (every finding; Enter jumps to the text), export (writes the sheet, refuses with
// errors unless forced), saving (comments kept, backup) and the Ctrl-C draft.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDraft } from '../../src/tui/draft.js';
import { FIXTURE, KEY, openApp, press, renderApp, tempDir, waitFor, waitForText, widestLine } from './helpers.js';

const WITH_ERROR = FIXTURE.replace('支持签收后{{return_days}}天无理由退换，在订单页申请售后就可以', '退换请加我微信qz2046');

describe('review screen', () => {
  it('lists every finding and Enter jumps to the text with the field focused', async () => {
    const { lastFrame, stdin } = await openApp(WITH_ERROR);
    await press(stdin, ...Array(6).fill(KEY.ctrl('n')));
    const review = await waitForText(lastFrame, '个错误');
    // errors come first and the first one is selected
    expect(review).toMatch(/›✖ 规则 #2 · 回复内容\s+疑似站外联系方式/);
    expect(review).toContain('offsite-contact · 关键词回复 #2 · 回复内容');
    expect(review).toContain('关键词回复（整体）');
    expect(widestLine(review)).toBeLessThanOrEqual(80);
    await press(stdin, KEY.enter);
    const editor = await waitForText(lastFrame, '编辑关键词回复 #2（returns）');
    expect(editor).toMatch(/› 回复内容/);
    expect(editor).toContain('Ctrl-F 改为');
  });
});

describe('export screen', () => {
  it('writes the txt sheet and shows the path', async () => {
    const { lastFrame, stdin, cwd } = await openApp();
    await press(stdin, ...Array(7).fill(KEY.ctrl('n')));
    const screen = await waitForText(lastFrame, '导出 xhs-reply-sheet.txt');
    expect(widestLine(screen)).toBeLessThanOrEqual(80);
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '已写入');
    const sheet = readFileSync(join(cwd, 'xhs-reply-sheet.txt'), 'utf8');
    expect(sheet).toContain('本店现货商品下单，预计3天内发货');
    expect(sheet).toContain('欢迎光临小美的衣橱');
    expect(sheet.indexOf('欢迎光临小美的衣橱')).toBeLessThan(sheet.indexOf('本店现货商品下单'));
  });

  it('switches the format with ←→ and writes that format', async () => {
    const { lastFrame, stdin, cwd } = await openApp();
    await press(stdin, ...Array(7).fill(KEY.ctrl('n')));
    await waitForText(lastFrame, '[txt]');
    await press(stdin, KEY.right, KEY.right);
    await waitForText(lastFrame, '[json]');
    expect(lastFrame()).toContain('导出 xhs-reply-sheet.json');
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '已写入');
    expect(() => JSON.parse(readFileSync(join(cwd, 'xhs-reply-sheet.json'), 'utf8'))).not.toThrow();
  });

  it('refuses while errors remain, and exports marked when forced', async () => {
    const { lastFrame, stdin, cwd } = await openApp(WITH_ERROR);
    await press(stdin, ...Array(7).fill(KEY.ctrl('n')));
    await waitForText(lastFrame, '导出会被拒绝');
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '未导出');
    expect(existsSync(join(cwd, 'xhs-reply-sheet.txt'))).toBe(false);
    await press(stdin, KEY.tab, KEY.tab, KEY.tab, ' ');
    await waitFor(lastFrame, (f) => /有错误也导出\s+\[x\]/.test(f));
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '已写入');
    const sheet = readFileSync(join(cwd, 'xhs-reply-sheet.txt'), 'utf8');
    expect(sheet).toContain('强制导出'); // marked, as export --force marks it
    expect(sheet).toContain('疑似站外联系方式');
  });
});

describe('saving and drafts', () => {
  it('Ctrl-S keeps the comments and order of a hand-edited file and backs it up', async () => {
    const { lastFrame, stdin, cwd } = await openApp();
    await press(stdin, KEY.ctrl('u'), '小美的衣橱二店', KEY.ctrl('s'));
    await waitForText(lastFrame, '已写入 xhs-reply.yaml');
    const saved = readFileSync(join(cwd, 'xhs-reply.yaml'), 'utf8');
    expect(saved).toContain('# 小美的衣橱（手写的注释，保存后要还在）');
    expect(saved).toContain('ship_days: 3 # 现货几天内发货');
    expect(saved).toContain('name: 小美的衣橱二店');
    expect(saved.indexOf('shop:')).toBeLessThan(saved.indexOf('vars:'));
    expect(readFileSync(join(cwd, 'xhs-reply.yaml.bak'), 'utf8')).toBe(FIXTURE);
    expect(lastFrame()).toContain('已保存');
  });

  it('a file that extends a template is saved complete, so deletions and order on screen hold', async () => {
    const { lastFrame, stdin, cwd } = await openApp('# 继承通用模板\nversion: 1\nextends: [general]\nshop:\n  name: 小美的衣橱 # 店名\n  category: general\n');
    await press(stdin, KEY.ctrl('n'), KEY.ctrl('n'));
    const list = await waitForText(lastFrame, '条：买家消息含关键词时自动回复');
    const count = Number(/关键词回复 (\d+)\//.exec(list)?.[1]);
    expect(count).toBeGreaterThan(3);
    await press(stdin, 'd', 'y');
    await waitForText(lastFrame, `关键词回复 ${count - 1}/`);
    await press(stdin, KEY.ctrl('s'));
    await waitForText(lastFrame, '已展开模板 general');
    const saved = readFileSync(join(cwd, 'xhs-reply.yaml'), 'utf8');
    expect(saved).not.toMatch(/^extends:/m);
    expect(saved).toContain('name: 小美的衣橱 # 店名');
    expect((parse(saved) as { keyword_rules: unknown[] }).keyword_rules).toHaveLength(count - 1);
  });

  it('a config started from a template saves with its comments and one $schema line for its place', async () => {
    const cwd = tempDir();
    const { lastFrame, stdin } = renderApp({ cwd });
    await waitForText(lastFrame, '从模板新建');
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, 'general');
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '店铺名');
    await press(stdin, KEY.ctrl('s'));
    await waitForText(lastFrame, '已写入 xhs-reply.yaml');
    const saved = readFileSync(join(cwd, 'xhs-reply.yaml'), 'utf8');
    expect(saved.match(/yaml-language-server/g)).toHaveLength(1);
    expect(saved.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(saved).not.toContain('$schema=../schemas');
    expect(saved).toMatch(/ship_days: \d+ # /); // the template's comment beside the variable
  });

  it('Ctrl-C leaves a draft of unsaved changes and the next start offers it', async () => {
    const { lastFrame, stdin, cwd, quit } = await openApp();
    await press(stdin, KEY.ctrl('e'), '（草稿）', KEY.ctrl('c'));
    await waitFor(() => String(quit.length), (n) => n === '1');
    expect(quit[0]).toContain('.xhs-reply-draft.yaml');
    const draft = readDraft(cwd);
    expect(draft?.config.shop?.name).toBe('小美的衣橱（草稿）');
    expect(draft?.screen).toBe('shop');
    const again = renderApp({ cwd, draft: undefined });
    await waitForText(again.lastFrame, '恢复上次未保存的草稿');
    await press(again.stdin, KEY.enter);
    await waitForText(again.lastFrame, '小美的衣橱（草稿）');
    await press(again.stdin, KEY.ctrl('s'));
    await waitForText(again.lastFrame, '已保存');
    expect(existsSync(join(cwd, '.xhs-reply-draft.yaml'))).toBe(false);
    expect(readFileSync(join(cwd, 'xhs-reply.yaml'), 'utf8')).toContain('# 小美的衣橱（手写的注释，保存后要还在）');
    expect(lastFrame()).toBeDefined();
  });

  it('Ctrl-C without changes quits without a draft', async () => {
    const { stdin, cwd, quit } = await openApp();
    await press(stdin, KEY.ctrl('c'));
    await waitFor(() => String(quit.length), (n) => n === '1');
    expect(quit[0]).toBeNull();
    expect(existsSync(join(cwd, '.xhs-reply-draft.yaml'))).toBe(false);
  });
});
