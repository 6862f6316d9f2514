import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { defineTextRule } from '../../src/lint/define-rule.js';
import { normalizedAs } from '../../src/lint/normalize.js';
import { applyFixes, contentRuleOn, contentRules, finishPart, lintPart, lintText, lintTextWith, modelMaySpeak, placedFindings, rulesNamed } from '../../src/lint/engine.js';
import { contentRuleList } from '../../src/lint/rules/index.js';

describe('contentRules', () => {
  it('lists the seven content rules with metadata in zh and en, sorted by id', () => {
    expect(contentRules.map((r) => r.id)).toEqual([
      'absolute-claim', 'counterfeit', 'harassment', 'invisible-chars', 'offsite-contact', 'review-inducement', 'sensitive-topic',
    ]);
    for (const r of contentRules) {
      expect(r.description.zh).toMatch(/\p{Script=Han}/u);
      expect(r.description.en).toMatch(/[a-z]/);
      expect(r.protects.zh.length).toBeGreaterThan(10);
      expect(r.protects.en.length).toBeGreaterThan(10);
    }
    expect(contentRules.find((r) => r.id === 'harassment')?.severity).toBe('warning');
    expect(contentRules.find((r) => r.id === 'offsite-contact')?.protects.zh).toContain('《交易导流违规管理细则》');
    expect(contentRules.find((r) => r.id === 'absolute-claim')?.protects.zh).toContain('《广告法》第九条第三项');
  });

  it('every message template of every rule exists in both languages and quotes the span', () => {
    for (const rule of contentRuleList) {
      for (const m of Object.values(rule.messages)) {
        if (rule.id !== 'invisible-chars') {
          expect(m.zh).toContain('{{quote}}');
          expect(m.en).toContain('{{quote}}');
        }
      }
    }
  });
});

describe('lintText', () => {
  it('returns findings sorted by start with original offsets, severity and a quoting message', () => {
    const text = '全网最低价，加Ｖ：ｌｏｗ８８';
    const found = lintText(text);
    expect(found.map((m) => [m.ruleId, text.slice(m.start, m.end), m.severity])).toEqual([
      ['absolute-claim', '最低价', 2],
      ['offsite-contact', '加Ｖ：ｌｏｗ８８', 2],
    ]);
    expect(found[0].message).toContain('「最低价」');
    expect(found[1].message).toContain('《交易导流违规管理细则》');
    expect(found[1].suggestion).toBe('有问题直接在小红书私信我们哦');
  });

  it('speaks English with lang en and still quotes the original span', () => {
    const [m] = lintText('好评返现8元', { lang: 'en' });
    expect(m.message).toMatch(/^Reward in exchange for a review "好评返现8元"/);
  });

  it('applies severity overrides and turns rules off', () => {
    const text = '全网最低价，爱买不买';
    expect(lintText(text).map((m) => [m.ruleId, m.severity])).toEqual([
      ['absolute-claim', 2],
      ['harassment', 1],
    ]);
    const overridden = lintText(text, { rules: { 'absolute-claim': 'warning', harassment: 'error' } });
    expect(overridden.map((m) => [m.ruleId, m.severity])).toEqual([
      ['absolute-claim', 1],
      ['harassment', 2],
    ]);
    expect(lintText(text, { rules: { 'absolute-claim': 'off' } }).map((m) => m.ruleId)).toEqual(['harassment']);
  });

  it('drops findings inside an allowed word, as typed or normalized, and keeps the others', () => {
    const text = '我们家的企鹅号玩偶，QQ号 50917364';
    expect(lintText(text).length).toBe(2);
    const allowed = lintText(text, { allow: ['企鹅号'] });
    expect(allowed.map((m) => text.slice(m.start, m.end))).toEqual(['QQ号 50917364']);
    expect(lintText('ＴＯＰ１热卖', { allow: ['top1'] })).toEqual([]);
    expect(lintText('TOP1热卖', { allow: ['TOP'] }).length).toBe(1);
  });

  it('merges touching findings of one rule into one span', () => {
    const text = '扫码进群领福利';
    expect(lintText(text).map((m) => text.slice(m.start, m.end))).toEqual(['扫码进群']);
  });

  it('never lets a throwing rule take the others down', () => {
    const broken = defineTextRule({
      id: 'broken',
      severity: 'error',
      description: { zh: '坏', en: 'broken' },
      protects: { zh: '无', en: 'none' },
      messages: {},
      check() {
        throw new Error('bug');
      },
    });
    const found = lintTextWith([broken, ...contentRuleList], '好评返现8元');
    expect(found.map((m) => m.ruleId)).toEqual(['review-inducement']);
  });

  it('never lets a throwing quietsModel take the lint down', () => {
    let asked = 0;
    const quiet = defineTextRule({
      id: 'review-inducement',
      severity: 'error',
      description: { zh: '坏', en: 'broken' },
      protects: { zh: '无', en: 'none' },
      messages: {},
      quietsModel() {
        asked++;
        throw new Error('bug');
      },
      check() {},
    });
    expect(() => lintTextWith([quiet], '收到货记得给五星哦，截图发我')).not.toThrow();
    expect(asked).toBeGreaterThan(0);
  });

  it('handles empty, whitespace-only and invisible-only texts', () => {
    expect(lintText('')).toEqual([]);
    expect(lintText('   ')).toEqual([]);
    expect(lintText('\u200b\u200b').map((m) => [m.ruleId, m.start, m.end])).toEqual([['invisible-chars', 0, 2]]);
  });

  // Catastrophic backtracking would not finish within the test timeout; no clock in the body.
  it('finishes on large, adversarial inputs', () => {
    const shapes = ['1'.repeat(200_000), 'a.'.repeat(100_000), '最'.repeat(100_000), '再不买就没了'.repeat(2000) + 'x'.repeat(100_000),
      '好评'.repeat(50_000), '\u200b'.repeat(100_000), '加v'.repeat(50_000), '一 '.repeat(100_000)];
    for (const text of shapes) {
      expect(Array.isArray(lintText(text)), text.slice(0, 10)).toBe(true);
    }
  }, 60_000);
});

describe('lintText on a keyword', () => {
  it('runs only the rules marked onKeywords (invisible-chars)', () => {
    expect(contentRuleList.filter((r) => r.onKeywords).map((r) => r.id)).toEqual(['invisible-chars']);
    expect(lintText('加微信 kx778899 全网最低价', { keyword: true })).toEqual([]);
    expect(lintText('加\u200b微信', { keyword: true }).map((m) => m.ruleId)).toEqual(['invisible-chars']);
    expect(lintText('加微信 kx778899').map((m) => m.ruleId)).toContain('offsite-contact');
  });
});

describe('applyFixes', () => {
  it('applies only safe fixes and keeps every other character as it was', () => {
    const text = '微\u200b信 加我 abc，全网最低价';
    const fixed = applyFixes(text, lintText(text));
    expect(fixed).toBe('微信 加我 abc，全网最低价');
  });

  it('ignores overlapping fixes after the first', () => {
    const fix = (start: number, end: number, t: string) => ({ ruleId: 'x', severity: 2 as const, message: '', start, end, fix: { start, end, text: t } });
    expect(applyFixes('abcdef', [fix(1, 3, 'X'), fix(2, 4, 'Y'), fix(4, 5, '')])).toBe('aXdf');
  });
});

describe('suggestions', () => {
  it('every suggested rewrite is itself clean', () => {
    const texts = ['加我微信 kx7789', '拼多多搜同名店铺', '进粉丝群每周抽奖', '私下交易便宜', '全网最低价', '最便宜', '全网第一',
      '独家配方', '永久保修', 'TOP1', '开光手串', '好评返现8元', '删除差评', '爱买不买', '赶紧下单，不然就涨价了'];
    for (const text of texts) {
      for (const m of lintText(text)) {
        if (m.suggestion) expect(lintText(m.suggestion), `${text} → ${m.suggestion}`).toEqual([]);
      }
    }
  });
});

describe('suggestions replace the whole steering phrase', () => {
  // The TUI and `check --fix` put the suggestion in place of [start, end): the span must take the
  // lead-in verb (加我, 我的, 打我电话) and a purpose clause along, or the sentence breaks.
  const replaced = (text: string): string => {
    const m = lintText(text).find((x) => x.ruleId === 'offsite-contact');
    if (m === undefined || m.suggestion === undefined) return text;
    return text.slice(0, m.start) + m.suggestion + text.slice(m.end);
  };
  it.each([
    ['加我微信kx7789', '有问题直接在小红书私信我们哦'],
    ['有问题加我微信：kf_2025', '有问题直接在小红书私信我们哦'],
    ['宝子，加V领取穿搭图：chuanda_88', '宝子，有问题直接在小红书私信我们哦'],
    ['+V：mimi_0923 备注香水', '有问题直接在小红书私信我们哦'],
    ['退换货请拨打我们的售后电话 020-83927461', '退换货有问题直接在小红书私信我们哦'],
    ['我的扣扣是 55667788，欢迎来聊', '有问题直接在小红书私信我们哦，欢迎来聊'],
  ])('%s', (text, expected) => {
    expect(replaced(text)).toBe(expected);
  });
});

describe('lintPart, placedFindings and finishPart (a text linted by two threads, commands/check.ts)', () => {
  // Every corpus text of the repo (findings of every rule, clean ones, refusals, allowed words).
  const corpusDir = new URL('../fixtures/corpus/', import.meta.url);
  const texts = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, corpusDir), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text)
    // Every fifth one: the same kinds, at a fifth of the time.
    .filter((_, i) => i % 5 === 0);
  const ids = contentRuleList.map((r) => r.id);
  // The split the worker uses, its mirror, one rule alone, and every rule on one side.
  const splits: string[][] = [['absolute-claim', 'harassment'], ids.filter((id) => id !== 'absolute-claim' && id !== 'harassment'), ['offsite-contact'], ids, []];

  it('give the same messages as lintText, for any split of the rules and with every option', () => {
    expect(texts.length).toBeGreaterThan(1000);
    const optionSets = [{}, { secondOpinion: false, lang: 'en' as const }, { allow: ['QQ糖', '微信'], rules: { harassment: 'off' as const, 'offsite-contact': 'warning' as const } }];
    for (const options of optionSets) {
      for (const there of splits) {
        const runsThere = rulesNamed(there);
        const runsHere = (r: number) => !runsThere(r);
        for (const text of texts) {
          const part = lintPart(text, options, runsHere);
          // The other thread's findings cross a thread boundary: structured clone, as postMessage does.
          const others = structuredClone(placedFindings(text, options, runsThere));
          expect(finishPart(part, others, options), `${there.join(',')}: ${text}`).toEqual(lintText(text, options));
          // The text as the other thread normalized it (its view and flag only; the map is made here),
          // as the front thread takes it from the worker.
          if (there !== splits[0]) continue;
          const theirs = lintPart(text, options, (r) => !runsHere(r)).normalized;
          const given = lintPart(text, options, runsHere, normalizedAs(text, theirs.text, theirs.hidden));
          expect(finishPart(given, others, options), `${there.join(',')}: ${text}`).toEqual(lintText(text, options));
          // With the other thread's word on whether the second opinion may speak (the worker's bound).
          expect(finishPart(given, others, options, modelMaySpeak(theirs, options)), `${there.join(',')}: ${text}`).toEqual(lintText(text, options));
        }
      }
    }
  }, 240_000);

  it('rulesNamed marks exactly the named rules by index; contentRuleOn follows the options, then the default', () => {
    const runs = rulesNamed(['harassment', 'no-such-rule']);
    expect(ids.filter((_, r) => runs(r))).toEqual(['harassment']);
    expect(ids.some((_, r) => rulesNamed([])(r))).toBe(false);
    expect(contentRuleOn('harassment', {})).toBe(true);
    expect(contentRuleOn('harassment', { rules: { harassment: 'off' } })).toBe(false);
    expect(contentRuleOn('harassment', { rules: { harassment: 'warning' } })).toBe(true);
    expect(contentRuleOn('no-such-rule', {})).toBe(false);
  });

  it('place findings in rule order, one per stretch of text per rule', () => {
    const text = '全网最低价，效果第一，加我薇信 abc_123，不买别问了，烦死了';
    const all = placedFindings(text, {}, () => true);
    expect(all.length).toBeGreaterThan(2);
    for (let k = 1; k < all.length; k++) {
      expect(all[k].rule).toBeGreaterThanOrEqual(all[k - 1].rule);
      if (all[k].rule === all[k - 1].rule) expect(all[k].start).toBeGreaterThan(all[k - 1].end);
    }
    expect(placedFindings(text, {}, () => false)).toEqual([]);
  });
});
