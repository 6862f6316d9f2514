// The shape of a content rule, in the spirit of ESLint's rule modules: metadata that describes
// the rule and what it protects the shop against, messages by id (zh + en, with {{quote}} for
// the offending original span), and a check function over the normalized text.
import type { Localized } from '../i18n.js';
import type { NormalizedText } from './normalize.js';
import type { RuleMeta } from './types.js';

export interface Finding {
  /** Span in the normalized text (default) or, with `raw`, in the original text. */
  readonly start: number;
  readonly end: number;
  readonly raw?: boolean;
  readonly messageId: string;
  /** Extra placeholders for the message besides {{quote}}. */
  readonly data?: Readonly<Record<string, string>>;
  /** A safe rewrite of the span (the text to put in its place; '' means delete it). */
  readonly suggestion?: string;
  /** Set when the rewrite is safe to apply without a human (`--fix`): replacement text. */
  readonly fix?: string;
}

export type Report = (finding: Finding) => void;

export interface ContentRule extends RuleMeta {
  readonly messages: Readonly<Record<string, Localized>>;
  /** Runs on keywords too. Keywords are what buyers type and are never shown to them (SPEC §3),
   *  so only rules about the characters themselves (invisible-chars) set this. */
  readonly onKeywords?: boolean;
  /** Set to false when the rule's own phrases are negations (别墨迹, 不拍拉倒): the engine then does
   *  not drop its findings inside a refusal scope (see refusal.ts). Every other rule gets the
   *  shared refusal scope: 请勿添加私人联系方式 names the act only to refuse it. */
  readonly refusalScope?: boolean;
  /** True when the text states something the rule knows is no violation although it reads like
   *  one (the platform's own default review: 15天后系统默认好评): the learned second opinion is then
   *  not asked about this rule for the text. Must be cheap and must not throw. */
  readonly quietsModel?: (text: NormalizedText) => boolean;
  /** Must not throw; the engine guards it anyway. */
  check(text: NormalizedText, report: Report): void;
}

export function defineTextRule<R extends ContentRule>(rule: R): R {
  return Object.freeze(rule);
}
