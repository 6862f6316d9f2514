import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/templates.js';
import { main } from '../../src/main.js';
import { UserError } from '../../src/errors.js';
import { fakeIo } from '../export/helpers.js';

describe('xhs-reply templates', () => {
  it('lists every template with its Chinese name and one line, data on stdout', async () => {
    const io = fakeIo('/tmp');
    expect(await run([], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    const names = lines.map((l) => l.split(/\s+/)[0]);
    expect(names.slice(0, 7)).toEqual(['general', 'apparel', 'beauty', 'food', 'digital', 'home', 'baby']);
    expect(lines[1]).toMatch(/^apparel\s+服装\s+\S.*尺码/);
    expect(io.err()).toContain('init --template');
  });

  it('prints JSON with --format json', async () => {
    const io = fakeIo('/tmp');
    expect(await run(['--format', 'json'], io)).toBe(0);
    const data = JSON.parse(io.out()) as { name: string; title: { zh: string }; description: { zh: string } }[];
    expect(data.find((t) => t.name === 'baby')).toMatchObject({ title: { zh: '母婴' } });
    expect(data.every((t) => typeof t.description.zh === 'string')).toBe(true);
  });

  it('speaks English with --lang en and rejects unknown formats', async () => {
    const io = fakeIo('/tmp');
    await run(['--lang', 'en'], io);
    expect(io.out()).toMatch(/^general\s+General\s+Any category/m);
    await expect(run(['--format', 'xml'], fakeIo('/tmp'))).rejects.toThrow(UserError);
    const viaMain = fakeIo('/tmp');
    expect(await main(['templates', '--format', 'xml'], viaMain)).toBe(2);
    expect(viaMain.err()).toMatch(/^xhs-reply: .*xml/);
  });
});
