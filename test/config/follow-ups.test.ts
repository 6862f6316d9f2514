import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';

describe('follow_ups in the config', () => {
  it('merges by id across extends: the shop overrides only the delay of the base reminder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xhs-fu-'));
    writeFileSync(
      join(dir, 'base.yaml'),
      [
        'version: 1',
        'follow_ups:',
        '  - id: unpaid-reminder',
        '    scene: unpaid',
        '    delay_minutes: 15',
        '    text: 亲，宝贝还没付款哦～',
        '  - id: shipped',
        '    scene: shipped',
        '    text: 宝贝已发出～',
        '',
      ].join('\n'),
    );
    const text = ['version: 1', 'extends: [./base.yaml]', 'follow_ups:', '  - id: unpaid-reminder', '    delay_minutes: 30', ''].join('\n');
    const loaded = await loadConfig('xhs-reply.yaml', { cwd: dir, text });
    expect(loaded.config.follow_ups).toEqual([
      { id: 'unpaid-reminder', scene: 'unpaid', delay_minutes: 30, text: '亲，宝贝还没付款哦～' },
      { id: 'shipped', scene: 'shipped', text: '宝贝已发出～' },
    ]);
    expect(loaded.positionOf(['follow_ups', 0, 'delay_minutes'])).toMatchObject({ line: 5 });
    expect(loaded.positionOf(['follow_ups', 0, 'text']).file).toContain('base.yaml');
  });

  it('fills variables into follow-up texts', async () => {
    const text = 'version: 1\nvars: {d: 3}\nfollow_ups:\n  - {id: s, scene: shipped, text: "{{d}}天内送达"}\n';
    const loaded = await loadConfig('xhs-reply.yaml', { cwd: '/nonexistent', text });
    expect(loaded.resolved.follow_ups?.[0].text).toBe('3天内送达');
  });

  it.each([
    ['an unknown scene', 'follow_ups:\n  - {id: a, scene: refunded, text: x}\n', /scene/],
    ['a negative delay', 'follow_ups:\n  - {id: a, scene: unpaid, delay_minutes: -1, text: x}\n', /delay_minutes/],
    ['a missing text', 'follow_ups:\n  - {id: a, scene: unpaid}\n', /text/],
    ['a duplicate id', 'follow_ups:\n  - {id: a, scene: unpaid, text: x}\n  - {id: a, scene: paid, text: y}\n', /重复/],
  ])('rejects %s with a position', async (_name, body, pattern) => {
    const err = await loadConfig('xhs-reply.yaml', { cwd: '/nonexistent', text: `version: 1\n${body}` }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    const line = err.format('zh');
    expect(line).toMatch(pattern);
    expect(line).toMatch(/xhs-reply\.yaml:[34]:\d+: /);
  });
});
