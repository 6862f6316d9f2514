// A shared template may come from a stranger. Whatever its texts hold, no screen of the app may
// hand a control character to the terminal: `ESC ] 52` would set the clipboard, `ESC [2J` or the
// one-byte CSI U+009B would clear the screen, U+202E would reverse what the seller reads.
// Every screen and every list editor is opened on a config whose every text field holds them.
import { describe, expect, it } from 'vitest';
import { KEY, openApp, press, waitFor, widestLine } from './helpers.js';

// What the app itself may draw: nothing in C0 but newline, nothing in C1, no bidi controls.
// (plainTheme draws no colours, so the frame holds no escape sequences of Ink's own either.)
const RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const BAD = '\\e]52;c;SElKQUNL\\a\\e[2J\\x9b2J\\u202E';

const HOSTILE = `version: 1
shop:
  name: "坏店${BAD}"
  category: apparel
vars:
  courier: "中通${BAD}"
welcome:
  text: "欢迎${BAD}光临"
  quick_questions: ["发货${BAD}", "退换${BAD}"]
keyword_rules:
  - id: shipping
    keywords: ["什么时候发货${BAD}", "几天${BAD}发货"]
    reply: "三天内发货${BAD}，{{courier}}"
  - id: returns
    keywords: ["可以退换吗"]
    reply: "七天无理由${BAD}退换"
product_cards:
  - id: dress
    product_id: "65f0c0ffee"
    name: "碎花${BAD}连衣裙"
    keywords: ["碎花${BAD}"]
    reply: "有现货${BAD}"
follow_ups:
  - id: shipped
    scene: shipped
    text: "已发出${BAD}，请留意物流"
`;

function clean(frame: string, where: string): void {
  const raw = RAW.exec(frame);
  expect(raw, `${where}: raw U+${raw?.[0].codePointAt(0)!.toString(16)} in\n${frame}`).toBeNull();
  expect(widestLine(frame), where).toBeLessThanOrEqual(80);
}

describe('hostile control characters in a config', () => {
  it('never reach the terminal on any screen or editor', async () => {
    const { lastFrame, stdin } = await openApp(HOSTILE);
    const at = async (where: string, marker: string | RegExp) => {
      const frame = await waitFor(lastFrame, (f) => (typeof marker === 'string' ? f.includes(marker) : marker.test(f)));
      clean(frame, where);
      // The hostile text is on screen, spelled out or marked, not silently dropped.
      return frame;
    };
    expect(await at('shop', '店铺名')).toMatch(/坏店/);
    await press(stdin, KEY.ctrl('n'));
    expect(await at('welcome', '快捷问题 2/10')).toMatch(/欢迎/);
    await press(stdin, KEY.ctrl('n'));
    await at('rules list', '关键词回复 2/');
    await press(stdin, KEY.enter);
    expect(await at('rule editor', '编辑关键词回复 #1')).toMatch(/三天内发货/);
    await press(stdin, KEY.escape);
    await at('rules list again', '关键词回复 2/');
    await press(stdin, KEY.ctrl('n'));
    await at('cards list', '商品卡片 1/');
    await press(stdin, KEY.enter);
    expect(await at('card editor', '编辑商品卡片 #1')).toMatch(/碎花/);
    await press(stdin, KEY.escape);
    await at('cards list again', '商品卡片 1/');
    await press(stdin, KEY.ctrl('n'));
    await at('follow-ups list', '已发出');
    await press(stdin, KEY.enter);
    expect(await at('follow-up editor', '编辑跟单消息 #1')).toMatch(/已发出/);
    await press(stdin, KEY.escape);
    await press(stdin, KEY.ctrl('n'));
    await at('try', '买家问');
    await press(stdin, '可以退换吗');
    expect(await at('try answer', '七天无理由')).toBeTruthy();
    await press(stdin, KEY.ctrl('n'));
    await at('review', /错误/);
    await press(stdin, KEY.enter);
    clean(lastFrame() ?? '', 'review → editor');
    await press(stdin, KEY.escape);
    clean(lastFrame() ?? '', 'back from review');
  }, 60_000);
});
