// Start screen: new from a template, open the folder's config, lint a rule sheet, resume a draft.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, KEY, press, renderApp, tempDir, waitForText, widestLine } from './helpers.js';

describe('start screen', () => {
  it('offers a template and a rule sheet in an empty folder', async () => {
    const { lastFrame } = renderApp({ cwd: tempDir() });
    const frame = await waitForText(lastFrame, '从模板新建');
    expect(frame).toContain('检查已有的关键词规则表');
    expect(frame).not.toContain('打开 xhs-reply.yaml');
    expect(frame).not.toContain('错误'); // no status counts before a config is open
    expect(widestLine(frame)).toBeLessThanOrEqual(80);
  });

  it('starts a new config from a template on the shop screen, unsaved', async () => {
    const { lastFrame, stdin } = renderApp({ cwd: tempDir() });
    await waitForText(lastFrame, '从模板新建');
    await press(stdin, KEY.enter);
    const list = await waitForText(lastFrame, 'general');
    expect(list).toContain('apparel');
    expect(widestLine(list)).toBeLessThanOrEqual(80);
    // pick "general" wherever it sits in the list
    const names = list.split('\n').filter((l) => /^[› ] [a-z]+ /.test(l)).map((l) => l.slice(2).split(' ')[0]);
    for (let i = 0; i < names.indexOf('general'); i++) await press(stdin, KEY.down);
    await press(stdin, KEY.enter);
    const shop = await waitForText(lastFrame, '店铺名');
    expect(shop).toContain('发货天数');
    expect(shop).toContain('退换天数');
    expect(shop).toContain('未保存');
    expect(shop).toContain('已载入模板「general」');
  });

  it('opens the config in the folder', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'xhs-reply.yaml'), FIXTURE);
    const { lastFrame, stdin } = renderApp({ cwd });
    // The config in the folder is what Enter opens.
    await waitForText(lastFrame, '› 打开 xhs-reply.yaml');
    await press(stdin, KEY.enter);
    const frame = await waitForText(lastFrame, '小美的衣橱');
    expect(frame).toContain('已保存');
    expect(frame).toMatch(/退换天数\s+7\s+\{\{return_days\}\}/);
    // a variable without a Chinese name is labelled by the comment beside it in the file
    expect(frame).toMatch(/默认合作的快递\s+中通快递\s+\{\{courier\}\}/);
  });

  it('shows why a broken config cannot be opened, with its line', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'xhs-reply.yaml'), 'version: 1\nshop: [oops\n');
    const { lastFrame, stdin } = renderApp({ cwd });
    await waitForText(lastFrame, '› 打开 xhs-reply.yaml');
    await press(stdin, KEY.enter);
    const frame = await waitForText(lastFrame, 'xhs-reply.yaml:');
    expect(frame).toContain('从模板新建');
  });

  it('lints a rule sheet and lands on review with its findings', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'rules.csv'), '关键词,回复\n发货,加我微信qz2046 私聊发货\n退换,支持七天无理由退换\n');
    const { lastFrame, stdin } = renderApp({ cwd });
    await waitForText(lastFrame, '检查已有的关键词规则表');
    await press(stdin, KEY.down, KEY.enter);
    await waitForText(lastFrame, '输入规则表的文件路径');
    await press(stdin, 'rules.csv', KEY.enter);
    const frame = await waitForText(lastFrame, '个错误');
    expect(frame).toContain('8检查');
    expect(frame).toMatch(/关键词回复 #1 · 回复内容\s+疑似站外联系方式/);
    expect(frame).toContain('已读入 rules.csv');
  });

  it('asks before a template replaces unsaved changes', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'xhs-reply.yaml'), FIXTURE);
    const { lastFrame, stdin } = renderApp({ cwd });
    await waitForText(lastFrame, '› 打开 xhs-reply.yaml');
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '店铺名');
    await press(stdin, '二店', KEY.escape);
    await waitForText(lastFrame, '继续编辑当前配置');
    await press(stdin, KEY.down, KEY.enter);
    await waitForText(lastFrame, '当前配置还没保存');
    expect(lastFrame()).toContain('从模板新建');
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '选一个和店铺类目最接近的模板');
  });

  it('offers to resume a draft and resumes it where the merchant was', async () => {
    const cwd = tempDir();
    const draft = {
      file: join(cwd, 'xhs-reply.yaml'),
      screen: 'rules' as const,
      savedAt: '2026-11-25 13:20',
      config: { version: 1 as const, shop: { name: '草稿里的店' }, keyword_rules: [{ id: 'a', keywords: ['发货'], reply: '三天内发货' }] },
    };
    const { lastFrame, stdin } = renderApp({ cwd, draft });
    const frame = await waitForText(lastFrame, '恢复上次未保存的草稿');
    expect(frame).toContain('2026-11-25 13:20');
    await press(stdin, KEY.enter);
    const rules = await waitForText(lastFrame, '已恢复');
    expect(rules).toContain('关键词回复 1/');
    expect(rules).toContain('三天内发货');
    expect(rules).toContain('未保存');
  });
});
