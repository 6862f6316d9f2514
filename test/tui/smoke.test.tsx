import { describe, expect, it } from 'vitest';
import { KEY, press, renderApp, tempDir, waitForText } from './helpers.js';

describe('smoke', () => {
  it('starts', async () => {
    const { lastFrame, stdin } = renderApp({ cwd: tempDir() });
    await waitForText(lastFrame, '从模板新建');
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, 'apparel');
    await press(stdin, KEY.down, KEY.enter);
    await waitForText(lastFrame, '店铺名');
    console.log(lastFrame());
    await press(stdin, KEY.ctrl('n'));
    await waitForText(lastFrame, '快捷问题 1');
    console.log(lastFrame());
    await press(stdin, KEY.ctrl('n'));
    await waitForText(lastFrame, '条：买家');
    console.log(lastFrame());
    await press(stdin, KEY.enter);
    await waitForText(lastFrame, '编辑关键词回复');
    await press(stdin, KEY.tab, KEY.tab, KEY.ctrl('e'), '加我微信abc123');
    await waitForText(lastFrame, 'Ctrl-F 改为');
    console.log(lastFrame());
    await press(stdin, KEY.ctrl('f'));
    await waitForText(lastFrame, '已采用');
    console.log(lastFrame());
    await press(stdin, KEY.escape, KEY.ctrl('n'), KEY.ctrl('n'));
    await waitForText(lastFrame, '买家问');
    await press(stdin, ...'几天发货'.split(''));
    await waitForText(lastFrame, '命中');
    console.log(lastFrame());
    await press(stdin, KEY.ctrl('n'));
    await waitForText(lastFrame, '检查通过');
    console.log(lastFrame());
    await press(stdin, KEY.ctrl('n'));
    console.log(lastFrame());
    expect(1).toBe(1);
  });
});
