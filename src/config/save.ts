// Saving a config without losing what the merchant wrote around the data: comments, key
// order, quoting and flow style live in the yaml Document, so saves edit the Document and
// print it (`String(doc)`) instead of dumping a fresh object.
import { isMap, isScalar, isSeq, Pair, Scalar, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { writeFileSafely, type WriteResult } from '../files.js';
import { idOf, isPlainObject } from './merge.js';
import type { Config, ConfigPath } from './types.js';

function nodeId(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const id = (node as YAMLMap).get('id');
  return typeof id === 'string' ? id : undefined;
}

/** A new node in the files' usual style: lists of plain texts (keywords) on one line, `[a, b]`. */
function create(doc: Document, value: unknown): unknown {
  const node = doc.createNode(value);
  visit(node, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return node;
}

/**
 * Makes `node` hold `value`, reusing every node that still fits so its comments stay:
 * maps keep their key order (new keys go last), lists of items with ids are matched by id
 * (so a moved rule keeps its comment), scalars keep their style when only the value changes.
 */
function sync(doc: Document, node: unknown, value: unknown): unknown {
  if (isPlainObject(value)) {
    if (!isMap(node)) return create(doc, value);
    const map = node as YAMLMap<unknown, unknown>;
    const keyOf = (k: unknown) => String(isScalar(k) ? k.value : k);
    map.items = map.items.filter((pair) => Object.hasOwn(value, keyOf(pair.key)));
    const present = new Set(map.items.map((pair) => keyOf(pair.key)));
    for (const pair of map.items) pair.value = sync(doc, pair.value, value[keyOf(pair.key)]);
    for (const key of Object.keys(value)) {
      if (!present.has(key) && value[key] !== undefined) map.items.push(new Pair(new Scalar(key), create(doc, value[key])));
    }
    return map;
  }
  if (Array.isArray(value)) {
    if (!isSeq(node)) return create(doc, value);
    const seq = node as YAMLSeq<unknown>;
    const byId = new Map<string, unknown>();
    for (const item of seq.items) {
      const id = nodeId(item);
      if (id !== undefined && !byId.has(id)) byId.set(id, item);
    }
    const useIds = value.length > 0 && value.every((v) => idOf(v) !== undefined) && byId.size > 0;
    const first = seq.items[0] as { commentBefore?: string | null } | undefined;
    if (useIds && seq.commentBefore && first && typeof first === 'object' && !first.commentBefore && nodeId(first) !== idOf(value[0])) {
      // yaml hangs the first item's comment on the list; it belongs to the item, which moved.
      first.commentBefore = seq.commentBefore;
      seq.commentBefore = undefined;
    }
    seq.items = value.map((v, i) => {
      const old = useIds ? byId.get(idOf(v)!) : seq.items[i];
      if (useIds) byId.delete(idOf(v)!);
      return old === undefined ? create(doc, v) : sync(doc, old, v);
    });
    return seq;
  }
  if (isScalar(node) && !(value === null && node.value !== null)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return create(doc, value);
}

/**
 * Updates the Document to hold `next`, keeping comments and order of everything that stayed.
 * Undefined values remove their key.
 */
export function updateDocument(doc: Document, next: Config | Record<string, unknown>): void {
  doc.contents = sync(doc, doc.contents, JSON.parse(JSON.stringify(next))) as Node;
}

/** Sets one value (creating the maps on the way), keeping everything else as written. */
export function setConfigValue(doc: Document, path: ConfigPath, value: unknown): void {
  const current = doc.getIn(path, true);
  if (current !== undefined && (isScalar(current) || isMap(current) || isSeq(current))) {
    const replaced = sync(doc, current, JSON.parse(JSON.stringify(value ?? null)));
    if (replaced !== current) doc.setIn(path, replaced);
    return;
  }
  doc.setIn(path, value);
}

/** The Document as text (comments, order and styles as loaded; `[a, b]` stays unpadded as people write it). */
export function documentToString(doc: Document): string {
  return doc.toString({ flowCollectionPadding: false });
}

/** Writes the Document atomically, backing up the file it replaces to FILE.bak. */
export async function saveDocument(path: string, doc: Document, displayName?: string): Promise<WriteResult> {
  return writeFileSafely(path, documentToString(doc), displayName !== undefined ? { displayName } : {});
}
