// Applies the declarative fixes of config findings to the main file's yaml Document, so
// comments, key order and quoting survive (textlint's fixer idea, on config paths instead of
// file offsets). Only fixes for values written in the main file are applied: a value that
// came from a template or base file is not the merchant's to rewrite here.
import { isScalar, isSeq, type Document } from 'yaml';
import { setConfigValue } from '../config/save.js';
import type { Config, ConfigPath } from '../config/types.js';
import type { ConfigFix } from './config-rules.js';
import { getAt } from './config-context.js';
import type { ConfigFinding } from './config-engine.js';

const LISTS = new Set(['keyword_rules', 'product_cards', 'follow_ups']);

/**
 * The same place in the main Document. Lists of items merge by id across `extends`, so the
 * merged index is translated through the item's id.
 */
export function documentPath(doc: Document, config: Config, path: ConfigPath): ConfigPath | undefined {
  if (path.length >= 2 && LISTS.has(path[0] as string) && typeof path[1] === 'number') {
    const id = getAt(config, [path[0], path[1], 'id']);
    const seq = doc.getIn([path[0]], true);
    if (typeof id !== 'string' || !isSeq(seq)) return undefined;
    const index = seq.items.findIndex((item) => {
      const node = item as { get?: (k: string) => unknown };
      return typeof node.get === 'function' && node.get('id') === id;
    });
    return index < 0 ? undefined : [path[0], index, ...path.slice(2)];
  }
  return doc.hasIn(path) ? path : undefined;
}

export interface FixOutcome {
  /** How many findings had all their edits applied. */
  readonly fixed: number;
}

type Edit = Extract<ConfigFix, { op: 'edit' }>;

export function applyConfigFixes(doc: Document, config: Config, mainFile: string, findings: readonly ConfigFinding[]): FixOutcome {
  const edits = new Map<string, { docPath: ConfigPath; path: ConfigPath; edits: Edit[] }>();
  const removes = new Map<string, { parent: ConfigPath; index: number }>();
  let fixed = 0;
  for (const f of findings) {
    if (!f.configFix || f.filePath !== mainFile) continue;
    const planned: (() => void)[] = [];
    let ok = true;
    for (const fix of f.configFix) {
      const docPath = documentPath(doc, config, fix.path);
      const node = docPath && doc.getIn(docPath, true);
      const written = getAt(config, fix.path);
      // The Document must still hold exactly the text the finding was made on.
      if (!docPath || !isScalar(node) || typeof written !== 'string' || node.value !== written) {
        ok = false;
        break;
      }
      if (fix.op === 'remove') {
        const index = docPath.at(-1);
        if (typeof index !== 'number') {
          ok = false;
          break;
        }
        planned.push(() => removes.set(JSON.stringify(docPath), { parent: docPath.slice(0, -1), index }));
      } else {
        planned.push(() => {
          const key = JSON.stringify(docPath);
          const entry = edits.get(key) ?? { docPath, path: fix.path, edits: [] };
          entry.edits.push(fix);
          edits.set(key, entry);
        });
      }
    }
    if (!ok) continue;
    for (const p of planned) p();
    fixed++;
  }

  for (const [key, entry] of edits) {
    if (removes.has(key)) continue; // the value goes away anyway
    let value = getAt(config, entry.path) as string;
    // Right to left so earlier offsets stay valid; an edit overlapping a later-applied one waits for the next run.
    let limit = Infinity;
    for (const e of [...entry.edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
      if (e.end > limit || e.start < 0 || e.end > value.length) continue;
      value = value.slice(0, e.start) + e.text + value.slice(e.end);
      limit = e.start;
    }
    setConfigValue(doc, entry.docPath, value);
  }
  const byParent = new Map<string, { parent: ConfigPath; indexes: number[] }>();
  for (const r of removes.values()) {
    const key = JSON.stringify(r.parent);
    const group = byParent.get(key) ?? { parent: r.parent, indexes: [] };
    group.indexes.push(r.index);
    byParent.set(key, group);
  }
  for (const { parent, indexes } of byParent.values()) {
    for (const index of indexes.sort((a, b) => b - a)) doc.deleteIn([...parent, index]);
  }
  return { fixed };
}
