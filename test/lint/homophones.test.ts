import { describe, expect, it } from 'vitest';
import { deriveSounds } from '../../scripts/gen-homophones.mjs';
import { SOUND_CHARS } from '../../src/lint/homophones.js';

describe('homophone sets (pinyin)', () => {
  it('match what scripts/gen-homophones.mjs derives from the installed pinyin-pro', () => {
    expect(deriveSounds()).toEqual(SOUND_CHARS);
  });

  it('hold the spellings sellers use and leave out function words', () => {
    for (const ch of '微薇威维魏卫伟') expect(SOUND_CHARS.wei).toContain(ch);
    for (const ch of '信芯新心欣星') expect(SOUND_CHARS.xin).toContain(ch);
    expect(SOUND_CHARS.wei).not.toContain('为');
    expect(SOUND_CHARS.kou).toContain('寇');
  });
});
