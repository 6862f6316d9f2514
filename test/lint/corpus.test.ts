// Accuracy on the labelled dev corpus, scored exactly like ../shared/tools/score-corpus.py:
// recall and precision over (text, rule) pairs, and the share of clean texts with any alarm.
// A warning on a rule the item tolerates is not a false alarm; an error is.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';

interface CorpusItem {
  id: string;
  text: string;
  expect: string[];
  tolerate?: string[];
}

interface Answer {
  text: string;
  messages: { ruleId: string; severity: number | string }[];
}

const CONTENT = ['offsite-contact', 'absolute-claim', 'sensitive-topic', 'review-inducement', 'harassment', 'invisible-chars', 'counterfeit'];
const root = fileURLToPath(new URL('../../', import.meta.url));
function readCorpus(name: string): CorpusItem[] {
  return readFileSync(`${root}test/fixtures/corpus/${name}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusItem);
}
const items = readCorpus('dev.jsonl');
// Our own labelled probe set: texts written as a different merchant would write them (other
// shops, products, numbers, disguises), so the rules are measured on more than the dev corpus.
const probe = readCorpus('probe.jsonl');
// Four sets written blind by writers who never saw the rules (shops of other categories), each
// scored before any rule was tuned on it; kept here so later changes cannot regress on them.
const blind = readCorpus('blind.jsonl');

interface Score {
  recall: number;
  precision: number;
  cleanAlarm: number;
  misses: string[];
  alarms: string[];
}

function score(corpus: readonly CorpusItem[], answers: readonly Answer[]): Score {
  if (answers.length !== corpus.length) throw new Error(`answer count ${answers.length} != corpus size ${corpus.length}`);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let cleanN = 0;
  let cleanAlarm = 0;
  const misses: string[] = [];
  const alarms: string[] = [];
  corpus.forEach((item, i) => {
    const answer = answers[i];
    if (answer.text !== item.text) throw new Error(`answer for ${item.id} is for another text`);
    const fired = new Map<string, 'error' | 'warning'>();
    for (const m of answer.messages) {
      const sev = m.severity === 2 || m.severity === 'error' ? 'error' : m.severity === 1 || m.severity === 'warning' || m.severity === 'warn' ? 'warning' : undefined;
      if (sev === undefined || !CONTENT.includes(m.ruleId)) continue;
      fired.set(m.ruleId, sev === 'error' || fired.get(m.ruleId) === 'error' ? 'error' : 'warning');
    }
    const expected = new Set(item.expect);
    const tolerated = new Set(item.tolerate ?? []);
    const isAlarm = (rule: string): boolean => fired.has(rule) && !(fired.get(rule) === 'warning' && tolerated.has(rule));
    for (const rule of CONTENT) {
      if (expected.has(rule)) {
        if (fired.has(rule)) tp++;
        else {
          fn++;
          misses.push(`${item.id} ${rule} ${item.text}`);
        }
      } else if (isAlarm(rule)) {
        fp++;
        alarms.push(`${item.id} ${rule} ${item.text}`);
      }
    }
    if (expected.size === 0) {
      cleanN++;
      if (CONTENT.some(isAlarm)) cleanAlarm++;
    }
  });
  return {
    recall: tp + fn ? tp / (tp + fn) : 1,
    precision: tp + fp ? tp / (tp + fp) : 1,
    cleanAlarm: cleanN ? cleanAlarm / cleanN : 0,
    misses,
    alarms,
  };
}

function expectBars(s: Score): void {
  // Printed so a regression shows which texts it concerns.
  if (s.misses.length || s.alarms.length) console.log([...s.misses.map((m) => `MISS ${m}`), ...s.alarms.map((a) => `ALARM ${a}`)].join('\n'));
  expect(s.recall, 'recall').toBeGreaterThanOrEqual(0.95);
  expect(s.precision, 'precision').toBeGreaterThanOrEqual(0.95);
  expect(s.cleanAlarm, 'clean false-alarm rate').toBeLessThanOrEqual(0.03);
}

describe('dev corpus accuracy', () => {
  it('has the labelled items', () => {
    expect(items.length).toBeGreaterThanOrEqual(100);
    expect(items.filter((i) => i.expect.length === 0).length).toBeGreaterThan(20);
  });

  it('lintText meets the bars', () => {
    const answers = items.map((item) => ({ text: item.text, messages: lintText(item.text) }));
    expectBars(score(items, answers));
  });

  it('scoring follows score-corpus.py: tolerated warnings pass, tolerated errors count', () => {
    const tiny: CorpusItem[] = [
      { id: 'a', text: 'x', expect: [], tolerate: ['absolute-claim'] },
      { id: 'b', text: 'y', expect: ['harassment'] },
    ];
    const warned = score(tiny, [
      { text: 'x', messages: [{ ruleId: 'absolute-claim', severity: 1 }] },
      { text: 'y', messages: [{ ruleId: 'harassment', severity: 'warning' }] },
    ]);
    expect(warned).toMatchObject({ recall: 1, precision: 1, cleanAlarm: 0 });
    const erred = score(tiny, [
      { text: 'x', messages: [{ ruleId: 'absolute-claim', severity: 2 }] },
      { text: 'y', messages: [] },
    ]);
    expect(erred).toMatchObject({ recall: 0, precision: 0, cleanAlarm: 1 });
  });

  const cli = `${root}dist/cli.js`;
  const hasCheck = existsSync(cli) && existsSync(`${root}dist/commands/check.js`);
  // dist/ may lag behind src/ while someone edits, so the built CLI is held to the bars, not to
  // message-for-message equality with lintText.
  it.runIf(hasCheck)('the built `check --format json` meets the bars', () => {
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json'], {
      input: items.map((i) => i.text).join('\n') + '\n',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(1);
    const answers = JSON.parse(run.stdout) as Answer[];
    expect(answers.map((a) => a.text)).toEqual(items.map((i) => i.text));
    expectBars(score(items, answers));
  });
});

describe('probe corpus accuracy', () => {
  it('has the labelled items in the proportions of the dev corpus', () => {
    expect(probe.length).toBeGreaterThanOrEqual(200);
    const share = (pred: (i: CorpusItem) => boolean): number => probe.filter(pred).length / probe.length;
    expect(share((i) => i.expect.length === 0)).toBeGreaterThan(0.35);
    expect(share((i) => i.expect.includes('offsite-contact'))).toBeGreaterThan(0.2);
    expect(new Set(probe.map((i) => i.id)).size).toBe(probe.length);
    const dev = new Set(items.map((i) => i.text));
    expect(probe.filter((i) => dev.has(i.text))).toEqual([]);
  });

  it('lintText meets the bars', () => {
    const answers = probe.map((item) => ({ text: item.text, messages: lintText(item.text) }));
    expectBars(score(probe, answers));
  });
});

describe('blind-written corpus accuracy', () => {
  it('holds texts that neither dev nor the probe set has', () => {
    expect(blind.length).toBeGreaterThanOrEqual(500);
    expect(new Set(blind.map((i) => i.id)).size).toBe(blind.length);
    const seen = new Set([...items, ...probe].map((i) => i.text));
    expect(blind.filter((i) => seen.has(i.text))).toEqual([]);
  });

  it('lintText meets the bars', () => {
    const answers = blind.map((item) => ({ text: item.text, messages: lintText(item.text) }));
    expectBars(score(blind, answers));
  });
});

// The five issue-10 blind rounds of 220 texts each (test/fixtures/corpus/blind-w*-round*.jsonl,
// November 2026), written from SPEC §3 and the domain texts only, with hard clean traps in every
// round. Each round's FIRST score (before any rule was tuned on it) is in the README; here all
// five together are held to the same combined bars as the other corpora, on top of the per-rule
// bars below, so later changes cannot fall back on them.
describe('blind rounds 2026-11 accuracy', () => {
  const rounds = ['blind-w1-round1.jsonl', 'blind-w2-round2.jsonl', 'blind-w1-round3.jsonl', 'blind-w2-round4.jsonl', 'blind-w1-round5.jsonl'].flatMap((f) => readCorpus(f));

  it('holds the five rounds, new texts only, with their clean traps', () => {
    expect(rounds.length).toBe(1100);
    expect(new Set(rounds.map((i) => i.id)).size).toBe(rounds.length);
    for (const prefix of ['w1r1-', 'w2r2-', 'w1r3-', 'w2r4-', 'w1r5-']) expect(rounds.filter((i) => i.id.startsWith(prefix)).length).toBe(220);
    expect(rounds.filter((i) => i.expect.length === 0).length).toBeGreaterThan(400);
    const seen = new Set([...items, ...probe, ...blind].map((i) => i.text));
    expect(rounds.filter((i) => seen.has(i.text))).toEqual([]);
  });

  it('lintText meets the bars', () => {
    const answers = rounds.map((item) => ({ text: item.text, messages: lintText(item.text) }));
    expectBars(score(rounds, answers));
  });
});

// Public 广告法 极限词 / 违禁词 lists (sources in src/lint/lexicon/absolute-claim.yaml), written as
// three held-out style sets before the rules were extended for them (first score in the README):
// every list word that is a violation in a shop reply, natural replies built on list words, and
// benign replies that use list words harmlessly.
describe('public ad-law word-list sets', () => {
  const words = readCorpus('adlaw-words.jsonl');
  const natural = readCorpus('adlaw-natural.jsonl');
  const benign = readCorpus('adlaw-benign.jsonl');
  const caught = (item: CorpusItem): boolean => {
    const fired = new Set(lintText(item.text).map((m) => m.ruleId));
    return item.expect.every((r) => fired.has(r));
  };

  it('has the sets at their sizes', () => {
    expect(words.length).toBeGreaterThanOrEqual(150);
    expect(natural.length).toBeGreaterThanOrEqual(20);
    expect(benign.length).toBeGreaterThanOrEqual(25);
    expect(benign.every((i) => i.expect.length === 0)).toBe(true);
  });

  it('list words in shop-reply sentences: ≥ 90% caught, precision ≥ 0.95', () => {
    const s = score(words, words.map((item) => ({ text: item.text, messages: lintText(item.text) })));
    if (s.misses.length) console.log(s.misses.map((m) => `MISS ${m}`).join('\n'));
    expect(words.filter(caught).length / words.length).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('natural replies built on list words: ≥ 90% flagged (18 of 20)', () => {
    expect(natural.filter(caught).length / natural.length).toBeGreaterThanOrEqual(0.9);
  });

  it('benign replies using list words: at most 1 in 25 flagged', () => {
    const flagged = benign.filter((i) => lintText(i.text).length > 0);
    expect(flagged.map((i) => i.text).length).toBeLessThanOrEqual(Math.floor(benign.length / 25));
  });
});

/** A public-list set held to the three bars: violations ≥ 90% caught, benign uses at most
 *  1 in 25 flagged, and the combined bars. */
function publicListSet(title: string, file: string): void {
  describe(title, () => {
    const set = readCorpus(file);
    const answers = set.map((item) => ({ text: item.text, messages: lintText(item.text) }));
    const fired = (i: number) => new Set(answers[i].messages.map((m) => m.ruleId));

    it('has words, natural replies and benign uses', () => {
      expect(set.length).toBeGreaterThanOrEqual(250);
      expect(set.filter((i) => i.expect.length === 0).length).toBeGreaterThanOrEqual(50);
    });

    it('violations ≥ 90% caught, benign uses ≤ 1 in 25 flagged, and the combined bars', () => {
      const bad = set.map((item, i) => ({ item, i })).filter(({ item }) => item.expect.length > 0);
      const caught = bad.filter(({ item, i }) => item.expect.every((r) => fired(i).has(r)));
      expect(caught.length / bad.length).toBeGreaterThanOrEqual(0.9);
      const benign = set.map((item, i) => ({ item, i })).filter(({ item }) => item.expect.length === 0);
      expect(benign.filter(({ i }) => answers[i].messages.length > 0).length).toBeLessThanOrEqual(Math.floor(benign.length / 25));
      expectBars(score(set, answers));
    });
  });
}

// A second public-list set (adlaw-public-lists.jsonl, 259 texts): its writer found the lists on
// GitHub and the web by itself (Ading163/node-Ai option/ips_ban_words.js, an hc360 极限词 array, a
// 闲鱼 bannedWord.vue, five web pages; each text's note names its source) and never saw the rules.
// First score, before any change for it: list words in shop replies 140/166, natural replies
// 35/39, benign uses 2/54 flagged. Held here to the same three bars.
publicListSet('public ad-law lists found blind (second set)', 'adlaw-public-lists.jsonl');

// Blind rounds of issue 10 (written from SPEC §3 only, first-scored by the lead before any rule
// change for them; first scores in /work/blind/scores.md and the README), kept as a regression
// corpus: one file per round, test/fixtures/corpus/blind-<round>.jsonl.
describe('issue-10 blind rounds', () => {
  const dir = `${root}test/fixtures/corpus/`;
  // One file per round (the five together are also held to the combined bars above).
  const rounds = readdirSync(dir).filter((f) => /^blind-w[0-9]+-round[0-9]+\.jsonl$/.test(f)).sort();
  const all = rounds.flatMap((f) => readCorpus(f));
  // Rounds 1-5 (220 each) and, from the second session, round6 = w3-final (300), round7/8 = w4a/w4b
  // (250 each), round9 = w6a (harassment/review-heavy, 220), round10 = w6b (counterfeit/claims, 220),
  // round11 = w7 (harassment/review-heavy, 202; first-scored on the end-of-session rules); third session:
  // round12 = w8a (harassment/review/sensitive-heavy, 250), round13 = w8b (counterfeit/claims/offsite, 250).
  // Every content rule is held to the bars per rule over all of them; a rule still being tuned
  // would go in PENDING, with the reason.
  const PENDING = new Set<string>([]);

  it('holds the rounds with unique ids and texts new to the older corpora', () => {
    expect(rounds.length).toBeGreaterThanOrEqual(10);
    expect(all.length).toBeGreaterThanOrEqual(3042);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it('per rule: recall ≥ 0.95 and precision ≥ 0.95; clean false-alarm ≤ 3%', () => {
    const answers = all.map((item) => ({ text: item.text, messages: lintText(item.text) }));
    const s = score(all, answers);
    expect(s.cleanAlarm, 'clean false-alarm rate').toBeLessThanOrEqual(0.03);
    for (const rule of CONTENT.filter((r) => !PENDING.has(r))) {
      const mine = all.map((i) => ({ ...i, expect: i.expect.filter((r) => r === rule), tolerate: i.tolerate }));
      const only = answers.map((a) => ({ text: a.text, messages: a.messages.filter((m) => m.ruleId === rule) }));
      const r = score(mine, only);
      if (r.misses.length || r.alarms.length) console.log([...r.misses.map((m) => `MISS ${m}`), ...r.alarms.map((a) => `ALARM ${a}`)].join('\n'));
      expect(r.recall, `${rule} recall`).toBeGreaterThanOrEqual(0.95);
      expect(r.precision, `${rule} precision`).toBeGreaterThanOrEqual(0.95);
    }
  });
});

// A third public-list set (adlaw-public-lists-2.jsonl, 257 texts, third session): its writer found
// lists none of the earlier sets used (angelaxu76/TaobaoProj ad_sanitizer.py, asjzyw.com 快手 words,
// 010qp.net.cn, zsruifeng.cn, outofmemory.cn, three GitHub word files; each note names its source) and
// never saw the rules. First score on the session-start rules: list words 145/177, natural replies
// 21/30, benign uses 6/50 flagged. Held here to the same bars as the second set.
publicListSet('public ad-law lists found blind (third set)', 'adlaw-public-lists-2.jsonl');
