import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/lint/normalize.js';
import { ALWAYS } from '../../../src/lint/rules/invisible-chars.js';
import { ruleTester } from '../rule-tester.js';

ruleTester('invisible-chars', {
  valid: [
    '第一行\n第二行\r\n第三行\t制表',
    // SPEC §3 must-not-catch: ordinary emoji (ZWJ sequences, FE0F, flags) and CJK punctuation.
    '全家福款👩‍👩‍👧，亲子装',
    '喜欢的话点个❤️',
    '火热❤️‍🔥上新',
    '数字键1️⃣2️⃣3️⃣选尺码',
    '英格兰队🏴󠁧󠁢󠁥󠁮󠁧󠁿球衣',
    '肤色👍🏽都适合',
    '亲，您好！「现货」【包邮】《说明书》……～',
    '葛󠄀城的特产',
  ],
  invalid: [
    { text: '微​信', spans: ['​'], output: '微信' },
    { text: '加‌微‍信', spans: ['‌', '‍'], output: '加微信' },
    { text: '店铺﻿首页', spans: ['﻿'], output: '店铺首页' },
    { text: '这款‮产品‬很好', spans: ['‮', '‬'], output: '这款产品很好' },
    { text: '连续​​​三个', spans: ['​​​'], output: '连续三个' },
    { text: '微︀信', spans: ['︀'], output: '微信' },
    { text: '空白ㅤ字符', spans: ['ㅤ'], output: '空白字符' },
    { text: '结尾⁠', spans: ['⁠'], output: '结尾' },
    // Terminal commands planted in a shared template: OSC 52 (set the clipboard) and clear screen.
    // A terminal command is one finding, and the fix removes all of it (not ESC alone).
    { text: '欢迎光临\u001b]52;c;d3hpZDEyMw==\u0007', spans: ['\u001b]52;c;d3hpZDEyMw==\u0007'], output: '欢迎光临' },
    { text: '\u001b[2J三天内发货', spans: ['\u001b[2J'], output: '三天内发货' },
    { text: '现货\u001b[1;31m秒发\u001b[0m哦', spans: ['\u001b[1;31m', '\u001b[0m'], output: '现货秒发哦' },
    { text: '链接\u001b]8;;https://x.cn\u001b\\点我', spans: ['\u001b]8;;https://x.cn\u001b\\'], output: '链接点我' },
    // No well-formed command after ESC: only the control characters go.
    { text: '\u001b[三天\u001b]没结尾', spans: ['\u001b', '\u001b'], output: '[三天]没结尾' },
    { text: '发货\u0000时间\u007f', spans: ['\u0000', '\u007f'], output: '发货时间' },
    { text: '一字节 CSI\u009b31m红字', spans: ['\u009b31m'], output: '一字节 CSI红字' },
  ],
});

// The rule skips texts in which the normalizer dropped no hidden character (NormalizedText.hidden):
// that is only sound while every character it looks for is one of those, whatever is added to it.
describe('the normalizer flags every character invisible-chars looks for', () => {
  it('as hidden, alone and between other text', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!ALWAYS.test(ch)) continue;
      if (!normalize(ch).hidden || !normalize(`微${ch}信 a${ch}`).hidden) missed.push(`U+${cp.toString(16)}`);
    }
    expect(missed).toEqual([]);
  });

  it('and leaves ordinary texts unflagged', () => {
    for (const text of ['亲，您好！「现货」【包邮】《说明书》……～', '喜欢的话点个😊', 'size: 38-40 / 160cm', '第一行\n第二行']) {
      expect(normalize(text).hidden).toBe(false);
    }
  });
});
