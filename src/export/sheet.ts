// Config → the paste-ready sheet: the backend's screens in backend order, one field per text
// the merchant pastes, each with its length against the backend's limit and its findings.
// Every writer (txt, html, csv, json, yaml) renders this one structure, so the formats never
// disagree about order, numbering or counts.
import {
  backendProfile,
  countChars,
  field,
  followUpScenes,
  type FieldId,
  type FollowUpScene,
  type ScreenId,
  type ScreenProfile,
} from '../backend/profile.js';
import type { Config, MatchMode } from '../config/types.js';
import { pick, type Lang } from '../i18n.js';
import type { LintMessage } from '../lint/types.js';

export type SheetSeverity = 'error' | 'warning';

export interface SheetFinding {
  readonly ruleId: string;
  readonly severity: SheetSeverity;
  readonly message: string;
  readonly suggestion?: string;
  /** `file:line:col` when the finding comes from the config lint. */
  readonly source?: string;
}

export interface SheetField {
  /** Stable address of the field, e.g. `keyword_rules.shipping-time.keywords.2`. */
  readonly key: string;
  readonly fieldId: FieldId;
  readonly label: string;
  /** Exactly what the merchant pastes: variables filled, nothing added. */
  readonly text: string;
  /** Characters as the backend counts them (code points). */
  readonly length: number;
  readonly limit: number;
  readonly limitConfirmed: boolean;
  readonly overLimit: boolean;
  readonly findings: readonly SheetFinding[];
}

export interface SheetItem {
  /** `screen.item`, e.g. `3.2`. */
  readonly number: string;
  readonly title: string;
  readonly id?: string;
  readonly match?: MatchMode;
  readonly matchLabel?: string;
  readonly productId?: string;
  readonly productName?: string;
  /** 跟单助手: the order event that sends the message, and how long after it. */
  readonly scene?: FollowUpScene;
  readonly sceneLabel?: string;
  /** What the backend's delay field should say, e.g. 「下单未付款后 15 分钟」. */
  readonly timing?: string;
  readonly delayMinutes?: number;
  readonly fields: readonly SheetField[];
  readonly findings: readonly SheetFinding[];
}

export interface SheetScreen {
  readonly id: ScreenId;
  readonly number: number;
  readonly title: string;
  /** Where the merchant finds the screen in the backend. */
  readonly location: string;
  readonly maxItems?: number;
  readonly items: readonly SheetItem[];
  readonly findings: readonly SheetFinding[];
}

export interface Sheet {
  readonly lang: Lang;
  readonly backend: string;
  readonly shop: { readonly name: string; readonly category: string };
  readonly screens: readonly SheetScreen[];
  /** Config-level findings (from the config lint), shown above the screens. */
  readonly findings: readonly SheetFinding[];
  /** Exported with --force while errors remained. */
  readonly forced: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
}

export interface BuildSheetOptions {
  readonly lang?: Lang;
  /** Content lint of one filled-in text (the export passes lintText with the shop's settings). */
  readonly lintText?: (text: string, options?: { readonly keyword?: boolean }) => readonly LintMessage[];
  /** Findings of the whole config, already placed at file:line:col. */
  readonly findings?: readonly SheetFinding[];
  readonly forced?: boolean;
}

const categoryNames: Record<string, { zh: string; en: string }> = {
  general: { zh: '通用', en: 'General' },
  apparel: { zh: '服装', en: 'Apparel' },
  beauty: { zh: '美妆', en: 'Beauty' },
  food: { zh: '食品', en: 'Food' },
  digital: { zh: '数码', en: 'Digital' },
  home: { zh: '家居', en: 'Home' },
  baby: { zh: '母婴', en: 'Baby' },
};

/** The categories the templates cover, in the order the app offers them. */
export const CATEGORY_IDS: readonly string[] = Object.keys(categoryNames);

export function categoryLabel(category: string, lang: Lang): string {
  const known = categoryNames[category];
  return known ? pick(known, lang) : category;
}

export function severityOf(level: 1 | 2): SheetSeverity {
  return level === 2 ? 'error' : 'warning';
}

/** Builds the sheet of a config whose variables are already filled (`LoadedConfig.resolved`). */
export function buildSheet(config: Config, options: BuildSheetOptions = {}): Sheet {
  const lang = options.lang ?? 'zh';
  const zh = lang === 'zh';
  const lint = options.lintText;

  const makeField = (key: string, fieldId: FieldId, label: string, text: string, keyword = false): SheetField => {
    const profile = field(fieldId);
    const length = countChars(text);
    const limit = profile.maxChars;
    const overLimit = length > limit.value;
    const findings: SheetFinding[] = [];
    if (overLimit) {
      findings.push({
        ruleId: 'max-length',
        // An unconfirmed limit may be wrong, so going past it only warns (SPEC §5).
        severity: limit.confirmed ? 'error' : 'warning',
        message: zh
          ? `超出后台字数上限：${length} / ${limit.value} 字${limit.confirmed ? '' : '（上限未经官方确认）'}`
          : `Longer than the backend allows: ${length} / ${limit.value} characters${limit.confirmed ? '' : ' (limit unconfirmed)'}`,
      });
    }
    if (text.trim() === '') {
      findings.push({
        ruleId: 'empty-text',
        severity: 'warning',
        message: zh ? '内容为空，后台无法保存空白字段' : 'Empty; the backend cannot save a blank field',
      });
    } else if (lint) {
      for (const m of lint(text, { keyword })) {
        findings.push({
          ruleId: m.ruleId,
          severity: severityOf(m.severity),
          message: m.message,
          ...(m.suggestion !== undefined ? { suggestion: m.suggestion } : {}),
        });
      }
    }
    return { key, fieldId, label, text, length, limit: limit.value, limitConfirmed: limit.confirmed, overLimit, findings };
  };

  const countFinding = (what: string, count: number, max: ScreenProfile['maxItems']): SheetFinding[] =>
    max && count > max.value
      ? [
          {
            ruleId: 'max-length',
            severity: max.confirmed ? 'error' : 'warning',
            message: zh
              ? `${what}共 ${count} 个，超过后台上限 ${max.value} 个${max.confirmed ? '' : '（上限未经官方确认）'}`
              : `${count} ${what}, more than the backend's ${max.value}${max.confirmed ? '' : ' (limit unconfirmed)'}`,
          },
        ]
      : [];

  const keywordFields = (prefix: string, fieldId: FieldId, keywords: readonly string[] | undefined): SheetField[] =>
    (keywords ?? []).map((k, i) =>
      makeField(`${prefix}.keywords.${i}`, fieldId, zh ? `关键词 ${i + 1}` : `Keyword ${i + 1}`, String(k), true),
    );

  const matchLabel = (mode: MatchMode) => pick(backendProfile.matching.labels[mode], lang);

  const screens: SheetScreen[] = backendProfile.screens.map((profile, s) => {
    const number = s + 1;
    const items: SheetItem[] = [];
    let screenFindings: SheetFinding[] = [];
    switch (profile.id) {
      case 'welcome': {
        const text = config.welcome?.text;
        if (text !== undefined) {
          items.push({
            number: `${number}.1`,
            title: pick(profile.title, lang),
            fields: [makeField('welcome.text', 'welcome.text', pick(profile.fields[0].label, lang), text)],
            findings: [],
          });
        }
        break;
      }
      case 'quick_questions': {
        const questions = config.welcome?.quick_questions ?? [];
        questions.forEach((q, i) => {
          const label = zh ? `快捷问题 ${i + 1}` : `Quick question ${i + 1}`;
          items.push({
            number: `${number}.${i + 1}`,
            title: label,
            fields: [makeField(`quick_questions.${i}`, 'quick_questions.item', label, String(q))],
            findings: [],
          });
        });
        screenFindings = countFinding(zh ? '快捷问题' : 'quick questions', questions.length, profile.maxItems);
        break;
      }
      case 'keyword_rules': {
        const rules = config.keyword_rules ?? [];
        rules.forEach((rule, i) => {
          const prefix = `keyword_rules.${rule.id}`;
          const mode = rule.match ?? backendProfile.matching.defaultMode;
          items.push({
            number: `${number}.${i + 1}`,
            title: zh ? `关键词回复 ${i + 1}` : `Keyword reply ${i + 1}`,
            id: rule.id,
            match: mode,
            matchLabel: matchLabel(mode),
            fields: [
              ...keywordFields(prefix, 'keyword_rules.keyword', rule.keywords),
              makeField(`${prefix}.reply`, 'keyword_rules.reply', zh ? '回复内容' : 'Reply', rule.reply ?? ''),
            ],
            findings: countFinding(zh ? '关键词' : 'keywords', rule.keywords?.length ?? 0, profile.maxKeywordsPerItem),
          });
        });
        screenFindings = countFinding(zh ? '关键词回复' : 'keyword replies', rules.length, profile.maxItems);
        break;
      }
      case 'product_cards': {
        const cards = config.product_cards ?? [];
        cards.forEach((card, i) => {
          const prefix = `product_cards.${card.id}`;
          const fields = keywordFields(prefix, 'product_cards.keyword', card.keywords);
          if (card.reply !== undefined) {
            fields.push(makeField(`${prefix}.reply`, 'product_cards.reply', zh ? '回复内容' : 'Reply', card.reply));
          }
          items.push({
            number: `${number}.${i + 1}`,
            title: zh ? `商品卡片 ${i + 1}` : `Product card ${i + 1}`,
            id: card.id,
            ...(card.product_id ? { productId: card.product_id } : {}),
            ...(card.name ? { productName: card.name } : {}),
            fields,
            findings: countFinding(zh ? '关键词' : 'keywords', card.keywords?.length ?? 0, profile.maxKeywordsPerItem),
          });
        });
        screenFindings = countFinding(zh ? '商品卡片' : 'product cards', cards.length, profile.maxItems);
        break;
      }
      case 'follow_ups': {
        const followUps = config.follow_ups ?? [];
        // The backend groups messages by order event, in the order events happen.
        const order = (scene: string) => {
          const at = followUpScenes.findIndex((x) => x.id === scene);
          return at < 0 ? followUpScenes.length : at;
        };
        const sorted = followUps.map((f, i) => ({ f, i })).sort((a, b) => order(a.f.scene) - order(b.f.scene) || a.i - b.i);
        sorted.forEach(({ f }, i) => {
          const scene = followUpScenes.find((x) => x.id === f.scene);
          const sceneLabel = scene ? pick(scene.label, lang) : String(f.scene);
          const delay = scene?.delay ? (typeof f.delay_minutes === 'number' ? f.delay_minutes : scene.delay.default.value) : undefined;
          const trigger = scene ? pick(scene.trigger, lang) : String(f.scene);
          const timing =
            delay === undefined
              ? zh ? `${trigger}时立即发送` : `sent at once when ${trigger}`
              : zh ? `${trigger}后 ${delay} 分钟` : `${delay} minutes after ${trigger}`;
          items.push({
            number: `${number}.${i + 1}`,
            title: zh ? `跟单消息 ${i + 1}：${sceneLabel}` : `Follow-up ${i + 1}: ${sceneLabel}`,
            id: f.id,
            ...(scene ? { scene: scene.id } : {}),
            sceneLabel,
            timing,
            ...(delay !== undefined ? { delayMinutes: delay } : {}),
            fields: [makeField(`follow_ups.${f.id}.text`, 'follow_ups.text', zh ? '消息内容' : 'Message', f.text ?? '')],
            findings: [],
          });
        });
        screenFindings = countFinding(zh ? '跟单消息' : 'follow-ups', followUps.length, profile.maxItems);
        break;
      }
    }
    return {
      id: profile.id,
      number,
      title: pick(profile.title, lang),
      location: pick(profile.location, lang),
      ...(profile.maxItems ? { maxItems: profile.maxItems.value } : {}),
      items,
      findings: screenFindings,
    };
  });

  // Config-lint findings already cover the content rules and limits of every text; the
  // per-field ones are counted only when there is no config lint, so nothing counts twice.
  const global = options.findings ?? [];
  const counted =
    options.findings !== undefined
      ? global
      : screens.flatMap((s) => [...s.findings, ...s.items.flatMap((it) => [...it.findings, ...it.fields.flatMap((f) => f.findings)])]);
  const errorCount = counted.filter((f) => f.severity === 'error').length;
  const warningCount = counted.length - errorCount;

  return {
    lang,
    backend: backendProfile.name,
    shop: { name: config.shop?.name ?? '', category: config.shop?.category ?? '' },
    screens,
    findings: global,
    forced: options.forced ?? false,
    errorCount,
    warningCount,
  };
}

/** Every field in sheet order (what the html page numbers its copy buttons by). */
export function sheetFields(sheet: Sheet): SheetField[] {
  return sheet.screens.flatMap((s) => s.items.flatMap((it) => it.fields));
}
