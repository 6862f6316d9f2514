import { ruleTester } from '../rule-tester.js';

ruleTester('invisible-chars', {
  valid: [
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
  ],
});
