import { describe, expect, it } from 'vitest';
import { copyToClipboard, osc52 } from '../../src/export/clipboard.js';
import { fakeIo } from './helpers.js';

describe('copyToClipboard', () => {
  it('uses the system clipboard when it works', async () => {
    const io = fakeIo('/tmp', { tty: true });
    let got = '';
    const outcome = await copyToClipboard('发货啦', io, { write: async (t) => void (got = t) });
    expect(outcome).toBe('clipboard');
    expect(got).toBe('发货啦');
    expect(io.out()).toBe('');
  });

  it('falls back to OSC 52 on a terminal when the clipboard fails', async () => {
    const io = fakeIo('/tmp', { tty: true });
    const outcome = await copyToClipboard('发货啦', io, { write: async () => Promise.reject(new Error('no display')) });
    expect(outcome).toBe('osc52');
    expect(io.out()).toBe(`\x1b]52;c;${Buffer.from('发货啦').toString('base64')}\x07`);
  });

  it('gives up (and writes nothing) when there is neither a clipboard nor a terminal', async () => {
    const io = fakeIo('/tmp', { tty: false });
    expect(await copyToClipboard('x', io, { write: async () => Promise.reject(new Error('no')) })).toBe('none');
    expect(io.out()).toBe('');
  });

  it('does not hang on a clipboard tool that never returns', async () => {
    const io = fakeIo('/tmp', { tty: false });
    const outcome = await copyToClipboard('x', io, { write: () => new Promise<void>(() => {}), timeoutMs: 50 });
    expect(outcome).toBe('none');
  });

  it('wraps OSC 52 for tmux so it reaches the outer terminal', () => {
    const seq = osc52('a', { TMUX: '/tmp/tmux-1/default,1,0' });
    expect(seq.startsWith('\x1bPtmux;\x1b\x1b]52;c;')).toBe(true);
    expect(seq.endsWith('\x1b\\')).toBe(true);
  });
});
