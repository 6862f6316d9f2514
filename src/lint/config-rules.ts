// The registry of config rules: rules that look at the whole config (keywords against each
// other, limits, promises across texts) rather than at one text. Like ESLint's rule modules,
// each is metadata plus a check; the engine decides severity, positions and output.
import type { ConfigPath } from '../config/types.js';
import type { Localized } from '../i18n.js';
import type { RuleMeta, SeverityLevel } from './types.js';
import type { ConfigRuleContext } from './config-context.js';
import keywordConflict from './rules/keyword-conflict.js';
import keywordShadowed from './rules/keyword-shadowed.js';
import keywordTooBroad from './rules/keyword-too-broad.js';
import emptyText from './rules/empty-text.js';
import maxLength from './rules/max-length.js';
import placeholder from './rules/placeholder.js';
import unknownVariable from './rules/unknown-variable.js';
import duplicateReply from './rules/duplicate-reply.js';
import inconsistentPromise from './rules/inconsistent-promise.js';
import missingCommonIntents from './rules/missing-common-intents.js';
import pushyFollowUp from './rules/pushy-follow-up.js';

/**
 * A safe, declarative edit of the config, in config paths (not file offsets) so it can be
 * applied to the yaml Document with comments and key order kept.
 * `edit` replaces [start, end) of the string as written (variables not filled);
 * `remove` deletes a list item (a duplicate keyword).
 */
export type ConfigFix =
  | { readonly op: 'edit'; readonly path: ConfigPath; readonly start: number; readonly end: number; readonly text: string }
  | { readonly op: 'remove'; readonly path: ConfigPath };

export interface ConfigReport {
  readonly path: ConfigPath;
  /** A span inside the text at `path`; `in` says whether offsets count in the written or filled text. */
  readonly span?: { readonly start: number; readonly end: number; readonly in: 'raw' | 'resolved' };
  readonly message: Localized;
  /** Overrides the rule's default severity for this finding (e.g. an unconfirmed limit). */
  readonly severity?: SeverityLevel;
  readonly suggestion?: Localized;
  readonly fix?: readonly ConfigFix[];
}

export interface ConfigRule extends RuleMeta {
  check(ctx: ConfigRuleContext, report: (finding: ConfigReport) => void): void;
}

/** Sorted by id, as ESLint lists its rules. */
export const configRules: readonly ConfigRule[] = [
  duplicateReply,
  emptyText,
  inconsistentPromise,
  keywordConflict,
  keywordShadowed,
  keywordTooBroad,
  maxLength,
  missingCommonIntents,
  placeholder,
  pushyFollowUp,
  unknownVariable,
];

const byId = new Map(configRules.map((r) => [r.id, r]));

export function getConfigRule(id: string): ConfigRule | undefined {
  return byId.get(id);
}
