// A fake Io for calling commands directly, and small config builders for export tests.
import { Readable } from 'node:stream';
import type { Io } from '../../src/io.js';
import type { Config } from '../../src/config/types.js';

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

export function fakeIo(cwd: string, options: { tty?: boolean; env?: Record<string, string | undefined> } = {}): FakeIo {
  let out = '';
  let err = '';
  const stdin = Readable.from([]) as unknown as NodeJS.ReadableStream & { isTTY?: boolean };
  return {
    stdout: { write: (c: string) => ((out += c), true), isTTY: options.tty ?? false },
    stderr: { write: (c: string) => ((err += c), true), isTTY: false },
    stdin,
    cwd,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}

/** A small but complete config: every screen has something on it. */
export function sampleConfig(overrides: Partial<Config> = {}): Config {
  return {
    version: 1,
    shop: { name: '小美的衣橱', category: 'apparel' },
    welcome: { text: '亲，欢迎光临小美的衣橱～', quick_questions: ['什么时候发货', '包邮吗'] },
    keyword_rules: [
      { id: 'shipping-time', keywords: ['什么时候发货', '几天发货'], match: 'contains', reply: '现货下单后3天内发货' },
      { id: 'shipping-fee', keywords: ['包邮吗'], match: 'exact', reply: '满99元包邮' },
    ],
    product_cards: [{ id: 'dress', product_id: '65f0c0ffee', name: '碎花连衣裙', keywords: ['碎花裙'], reply: '碎花裙S到XL都有现货～' }],
    follow_ups: [
      { id: 'shipped', scene: 'shipped', text: '宝贝已经发出啦，请留意物流～' },
      { id: 'unpaid-reminder', scene: 'unpaid', delay_minutes: 15, text: '亲，您的订单还差付款这一步，拿不准就问我们～' },
    ],
    ...overrides,
  };
}
