import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deriveSoundNames, deriveSounds } from '../../scripts/gen-homophones.mjs';
import { SOUND_CHARS, SOUND_NAMES, SOUND_REAL_WORDS, SYLLABLE_CHARS } from '../../src/lint/homophones.js';
import { normalize } from '../../src/lint/normalize.js';
import { soundNames } from '../../src/lint/sound-names.js';

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

describe('sound-alike names (pinyin, every name of lexicon/names/offsite-names.yaml)', () => {
  it('match what scripts/gen-homophones.mjs derives from pinyin-pro and jieba', () => {
    const derived = deriveSoundNames(readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8'));
    expect(derived.names).toEqual(SOUND_NAMES);
    expect(derived.syllables).toEqual(SYLLABLE_CHARS);
    expect(derived.realWords.join(' ')).toBe(SOUND_REAL_WORDS);
  });

  it('cover every listed name, and leave out the commonest characters', () => {
    expect(SOUND_NAMES.map((n) => n.name)).toEqual(expect.arrayContaining(['抖音', '拼多多', '闲鱼', '微博', '小程序', '微信', '淘宝']));
    expect(SYLLABLE_CHARS.dou).toContain('斗');
    expect(SYLLABLE_CHARS.de).not.toContain('的');
    expect(SOUND_REAL_WORDS.split(' ')).toEqual(expect.arrayContaining(['微波', '鲜鱼', '惊动']));
  });

  const found = (s: string): string[] => {
    const t = normalize(s).text;
    const out: string[] = [];
    soundNames(t, (a, b, name) => out.push(`${t.slice(a, b)}=${name}`));
    return out;
  };

  it('find names spelled by sound or in pinyin', () => {
    expect(found('去斗音搜')).toEqual(['斗音=抖音']);
    expect(found('品多多上有')).toEqual(['品多多=拼多多']);
    expect(found('xian鱼里')).toEqual(['xian鱼=闲鱼']);
    expect(found('douyin直播间')).toEqual([]); // folded to 抖音 by the normalizer: the name itself
    expect(found('搜dou店')).toEqual(['dou=抖音']);
  });

  it('leave ordinary words alone: real words, words across a boundary, no character of the name', () => {
    for (const s of ['微波炉加热三分钟', '鲜鱼当天发', '都因为下雨', '您的物流到了', '淡化痘印', '惊动了邻居', '限于篇幅', '快收到了吧', 'tiana的包']) {
      expect(found(s), s).toEqual([]);
    }
  });
});
