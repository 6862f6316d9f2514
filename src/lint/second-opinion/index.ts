// What the lint engine asks the learned second opinion (model.ts): for each rule the model knows,
// enabled and silent on this text, whether the text reads like a violation of it. A yes becomes
// a warning under that rule's id — never an error: it is a statistical guess for a person to
// confirm — spanning the n-grams that drove the score, and naming them.
import { pick, type Lang, type Localized } from '../../i18n.js';
import type { NormalizedText } from '../normalize.js';
import type { LintMessage, SeverityLevel } from '../types.js';
import { readFileSync } from 'node:fs';
import { binaryLength, compileModel, judge, readModel, useBakedTables, type CompiledModel, type ModelData } from './model.js';
import { MODEL } from './model.gen.js';

let compiled: CompiledModel | undefined;

/** The committed model: model.gen.ts and model.bin beside this module, read on first use (a run
 *  with the model off never reads it). */
export function shippedData(): ModelData {
  const bin = MODEL.count === 0 ? new Uint8Array(binaryLength(MODEL)) : readFileSync(new URL('./model.bin', import.meta.url));
  return readModel(MODEL, bin);
}

/** Where the build writes the model's lookup tables (model.ts bakeTables), beside model.bin. */
export const TABLES_FILE = 'model-tables.bin';

export function shippedModel(): CompiledModel {
  if (compiled !== undefined) return compiled;
  compiled = compileModel(shippedData());
  // Without the file (tests run the sources) or with one of another model, the walks build the
  // tables on first use, as before.
  if (MODEL.count > 0) {
    try {
      useBakedTables(compiled, readFileSync(new URL(`./${TABLES_FILE}`, import.meta.url)));
    } catch {
      // no baked tables
    }
  }
  return compiled;
}

/** What each rule is called inside the message ("reads like …"). */
const NAMES: Readonly<Record<string, Localized>> = {
  'absolute-claim': { zh: '绝对化用语', en: 'an absolute claim' },
  counterfeit: { zh: '假货、仿品', en: 'counterfeit goods' },
  harassment: { zh: '辱骂、催促或骚扰', en: 'insulting or pushy phrasing' },
  'offsite-contact': { zh: '站外引流', en: 'steering the buyer off the platform' },
  'review-inducement': { zh: '诱导评价', en: 'review inducement' },
  'sensitive-topic': { zh: '敏感话题', en: 'a sensitive topic' },
};

const asked: boolean[] = [];

/**
 * The model's warnings for one text. `severityOf(id)` is the rule's effective severity (0 =
 * off: the model stays silent for it too); `found` are the rules' own messages for the text — a
 * rule with a finding is not asked again.
 */
export function secondOpinion(
  normalized: NormalizedText,
  found: readonly LintMessage[],
  severityOf: (ruleId: string) => SeverityLevel | 0,
  lang: Lang,
  model: CompiledModel = shippedModel(),
): LintMessage[] {
  const rules = model.rules;
  let anyAsked = false;
  for (let r = 0; r < rules.length; r++) {
    let ask = severityOf(rules[r]) !== 0;
    for (let i = 0; i < found.length && ask; i++) if (found[i].ruleId === rules[r]) ask = false;
    asked[r] = ask;
    if (ask) anyAsked = true;
  }
  if (!anyAsked) return [];
  const verdicts = judge(model, normalized.text, asked);
  if (verdicts.length === 0) return [];
  const original = normalized.original;
  const out: LintMessage[] = [];
  for (const v of verdicts) {
    // The driving n-grams in the original text, in text order, touching or overlapping ones merged.
    const spans: [number, number][] = [];
    for (let k = 0; k < v.drivers.length; k += 2) {
      const o = normalized.toOriginal(v.drivers[k], v.drivers[k + 1]);
      spans.push([o.start, o.end]);
    }
    spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last !== undefined && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    }
    if (merged.length === 0) continue;
    const quote = merged.map(([a, b]) => original.slice(a, b)).join('…');
    const id = rules[v.rule];
    const name = pick(NAMES[id] ?? { zh: id, en: id }, lang);
    out.push({
      ruleId: id,
      severity: 1,
      message:
        lang === 'en'
          ? `Learned second opinion (模型复核): "${quote}" reads like ${name}, which the rules did not catch; please check it`
          : `模型复核：「${quote}」读起来像${name}，规则没有认出，请人工确认`,
      start: merged[0][0],
      end: merged[merged.length - 1][1],
    });
  }
  return out;
}
