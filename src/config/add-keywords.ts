// Writes accepted `coverage --suggest` keywords into the merchant's own file (the yaml
// Document, so comments, key order and quoting stay). A rule defined in this file gets the
// keyword appended to its list; a rule that comes from a template (`extends`) gets an override
// entry with its whole keyword list (non-id lists are replaced when merging); a new rule is
// appended with an empty reply and a comment saying which questions it is for, so lint's
// empty-text points the merchant at the reply still to write.
import { isMap, isSeq, YAMLSeq, type Document, type YAMLMap } from 'yaml';
import type { Suggestion } from '../backend/suggest.js';
import type { Config } from './types.js';

function ruleNode(seq: YAMLSeq, id: string): YAMLMap | undefined {
  return seq.items.find((item): item is YAMLMap => isMap(item) && (item as YAMLMap).get('id') === id);
}

function flowList(doc: Document, values: readonly string[]): YAMLSeq {
  const seq = doc.createNode([...values]) as YAMLSeq;
  seq.flow = true;
  return seq;
}

/**
 * Applies the offered suggestions (rejected ones are skipped) to `doc`; `merged` is the
 * config the suggestions were computed on (extends already merged).
 */
export function addSuggestedKeywords(doc: Document, merged: Config, suggestions: readonly Suggestion[], lang: 'zh' | 'en' = 'zh'): number {
  let seq = doc.get('keyword_rules', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('keyword_rules', seq);
  }
  const rules = seq as YAMLSeq;
  let applied = 0;
  for (const s of suggestions) {
    if (s.rejected) continue;
    applied++;
    if (s.target.kind === 'existing') {
      const own = ruleNode(rules, s.target.id);
      const keywords = own?.get('keywords', true);
      if (own && isSeq(keywords)) {
        keywords.items.push(doc.createNode(s.keyword));
        continue;
      }
      // From a template: the override lists every keyword, since lists without ids are replaced.
      const inherited = (merged.keyword_rules ?? []).find((r) => r.id === s.target.id)?.keywords ?? [];
      if (own) own.set('keywords', flowList(doc, [...inherited.map(String), s.keyword]));
      else {
        const node = doc.createNode({ id: s.target.id }) as YAMLMap;
        node.set('keywords', flowList(doc, [...inherited.map(String), s.keyword]));
        rules.items.push(node);
      }
      continue;
    }
    const node = doc.createNode({ id: s.target.id }) as YAMLMap;
    node.set('keywords', flowList(doc, [s.keyword]));
    node.set('match', 'contains');
    node.set('reply', '');
    const asked = s.group.questions.slice(0, 3).map((q) => q.text.replace(/[\r\n#]/g, ' ')).join(lang === 'zh' ? '、' : ', ');
    node.commentBefore =
      lang === 'zh'
        ? ` coverage --suggest 添加：买家问「${asked}」等 ${s.group.count} 次，请写回复`
        : ` added by coverage --suggest: buyers asked "${asked}" (${s.group.count}×); write the reply`;
    rules.items.push(node);
  }
  return applied;
}
