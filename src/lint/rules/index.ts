// The content rules (run on every text), sorted by id. Config rules have their own registry.
import type { ContentRule } from '../define-rule.js';
import absoluteClaim from './absolute-claim.js';
import counterfeit from './counterfeit.js';
import harassment from './harassment.js';
import invisibleChars from './invisible-chars.js';
import offsiteContact from './offsite-contact.js';
import reviewInducement from './review-inducement.js';
import sensitiveTopic from './sensitive-topic.js';

export const contentRuleList: readonly ContentRule[] = Object.freeze(
  [absoluteClaim, counterfeit, harassment, invisibleChars, offsiteContact, reviewInducement, sensitiveTopic].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  ),
);
