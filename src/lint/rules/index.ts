// The content rules (run on every text), sorted by id. Config rules have their own registry.
import type { ContentRule } from '../define-rule.js';
import invisibleChars from './invisible-chars.js';
import offsiteContact from './offsite-contact.js';

export const contentRuleList: readonly ContentRule[] = Object.freeze(
  [invisibleChars, offsiteContact].sort((a, b) => (a.id < b.id ? -1 : 1)),
);
