// The draft written on Ctrl-C or a crash: atomic, readable back, and never a reason to crash.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashHandler } from '../../src/tui/app.js';
import { DRAFT_NAME, readDraft, removeDraft, writeDraftSync } from '../../src/tui/draft.js';
import { initialState, reducer } from '../../src/tui/state.js';
import { tempDir } from './helpers.js';

const config = { version: 1 as const, shop: { name: '小美的衣橱' }, keyword_rules: [{ id: 'a', keywords: ['发货'], reply: '三天内发货' }] };

describe('draft', () => {
  it('round-trips the config, the file and the screen', () => {
    const cwd = tempDir();
    const path = writeDraftSync({ file: join(cwd, 'xhs-reply.yaml'), screen: 'rules', savedAt: '2026-11-25 13:20', config }, cwd);
    expect(path).toBe(join(cwd, DRAFT_NAME));
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# xhs-reply 未保存的草稿')).toBe(true);
    expect(text).toContain('file: xhs-reply.yaml');
    const draft = readDraft(cwd);
    expect(draft).toEqual({ file: join(cwd, 'xhs-reply.yaml'), screen: 'rules', savedAt: '2026-11-25 13:20', config });
    removeDraft(cwd);
    expect(existsSync(path)).toBe(false);
    expect(readDraft(cwd)).toBeNull();
    removeDraft(cwd); // twice is fine
  });

  it('ignores a broken or foreign draft file instead of failing', () => {
    const cwd = tempDir();
    for (const junk of ['{{{ not yaml', 'draft: 2\nconfig: {}', 'draft: 1\nconfig: [1, 2]', '\u0000\u0001binary', 'a: &a [*a, *a]']) {
      writeFileSync(join(cwd, DRAFT_NAME), junk);
      expect(readDraft(cwd)).toBeNull();
    }
    writeFileSync(join(cwd, DRAFT_NAME), 'draft: 1\nscreen: nowhere\nconfig: { version: 1 }\n');
    expect(readDraft(cwd)).toMatchObject({ screen: 'shop', file: join(cwd, 'xhs-reply.yaml') });
  });

  it('a crash saves unsaved changes as a draft and exits with 2', () => {
    const cwd = tempDir();
    let state = reducer(initialState(join(cwd, 'xhs-reply.yaml')), { type: 'load', config, file: join(cwd, 'xhs-reply.yaml'), dirty: false });
    state = reducer(state, { type: 'setText', path: ['shop', 'name'], value: '小美的衣橱（没保存）' });
    const err: string[] = [];
    const exits: number[] = [];
    crashHandler(() => state, { cwd, stderr: { write: (s: string) => err.push(s) } }, (code) => exits.push(code))(new Error('boom'));
    expect(exits).toEqual([2]);
    expect(err.join('')).toContain('未保存的改动已存为草稿');
    expect(err.join('')).toContain('内部错误：boom');
    expect(readDraft(cwd)?.config.shop?.name).toBe('小美的衣橱（没保存）');
  });

  it('a crash with nothing unsaved leaves no draft', () => {
    const cwd = tempDir();
    const state = reducer(initialState(join(cwd, 'x.yaml')), { type: 'load', config, file: join(cwd, 'x.yaml'), dirty: false });
    crashHandler(() => state, { cwd, stderr: { write: () => true } }, () => undefined)(new Error('boom'));
    expect(existsSync(join(cwd, DRAFT_NAME))).toBe(false);
  });
});
