import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTerms, termsFile } from '../../scripts/gen-terms.mjs';
import { lintText } from '../../src/lint/engine.js';

// Names and terms that hold a list word in another sense (src/lint/lexicon/names/terms.yaml): the
// shared refusal scope covers them for every rule. Sentences are our own wording.
const content = (text: string) => lintText(text, { secondOpinion: false }).filter((m) => m.ruleId !== 'invisible-chars');

describe('names and terms vocabulary', () => {
  it('src/lint/terms.gen.ts is what scripts/gen-terms.mjs makes of the YAML', () => {
    expect(readFileSync(termsFile, 'utf8')).toBe(renderTerms());
  });

  it.each([
    // Technical terms and a term's other sense.
    '这盒是永久性染发膏，染之前先在耳朵后面做个测试',
    '半永久纹眉的色乳和针片都在这个套装里',
    '冰箱贴背面是永久磁铁，吸在门上不会掉',
    '温湿度计能显示绝对湿度，放卧室正合适',
    '这本习题册第二章讲绝对值不等式',
    '购买域名时先选顶级域名，再填前缀',
    '这套化妆品是做特效妆用的，假血洗得掉',
    '每件货的唯一码印在吊牌背面，扫一下就能查',
    '这是民国旧书的复刻本，繁体竖排',
    // A brand and a piece of furniture.
    '老款永久牌二八大杠，车铃还能响',
    '主席台用的深红色台布，长度可以定做',
    // Titles where the sentence talks about a work; a dish by its menu name.
    '极品飞车的授权合金车模，1比32',
    '最强大脑节目同款的九宫格魔方',
    '王牌对王牌里嘉宾戴过的同款发箍',
    '店里的冷冻至尊比萨，烤箱200度烤15分钟',
  ])('keeps %s clean', (text) => {
    expect(content(text)).toEqual([]);
  });

  it.each([
    // A claim around the name stays a finding; a title without a work is an ordinary phrase.
    ['极品飞车的车模是全网最低价', 'absolute-claim'],
    ['永久性染发膏，保证永久不褪色', 'absolute-claim'],
    ['最好的我们家这款，没有之一', 'absolute-claim'],
  ])('still flags %s', (text, rule) => {
    expect(content(text).map((m) => m.ruleId)).toContain(rule);
  });
});
