// The app never hands a config's control characters to the terminal: short texts (ids, keywords,
// list rows) spell them out as <U+001B> like check; wrapped texts show a visible marker.
import { describe, expect, it } from 'vitest';
import { padEnd, truncate, wrap } from '../../src/tui/width.js';

const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('app text helpers and control characters', () => {
  it('truncate and padEnd spell out ESC/BEL, also on the short path', () => {
    const id = 'ship\u001b]52;c;eA==\u0007';
    expect(truncate(id, 80)).toBe('ship<U+001B>]52;c;eA==<U+0007>');
    expect(truncate(id, 10)).not.toMatch(RAW);
    expect(padEnd('\u001b[2J清屏', 20)).not.toMatch(RAW);
  });

  it('wrap shows a marker instead of the raw byte', () => {
    for (const line of wrap('三天内发货\u001b[2J\n第二行\u009b', 8)) expect(line).not.toMatch(RAW);
  });
});
