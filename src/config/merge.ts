// `extends` merging: maps merge deeply, lists whose items all carry an `id` merge by id
// (an item with a base's id merges into it, new ids append in order), other lists are
// replaced. Locations travel with the values, so a merged value still points at the file
// that defined it. Inputs are never mutated (a base can be shared by several files).
import { setOwn, type Located, type Tracked } from './positions.js';

export type Plain = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id a list item is merged by (and matched by when a save edits the list in place). */
export function idOf(item: unknown): string | undefined {
  return isPlainObject(item) && typeof item.id === 'string' ? item.id : undefined;
}

function isIdList(list: unknown[]): boolean {
  return list.every((item) => idOf(item) !== undefined);
}

function childLoc(loc: Located, key: string | number): Located {
  return loc.children?.get(key) ?? loc;
}

/** `over` merged onto `base`; `over` wins wherever the two disagree. */
export function mergeTracked(base: Tracked, over: Tracked): Tracked {
  const a = base.value;
  const b = over.value;
  if (isPlainObject(a) && isPlainObject(b)) {
    const value: Plain = {};
    const children = new Map<string | number, Located>();
    for (const key of Object.keys(a)) {
      setOwn(value, key, a[key]);
      children.set(key, childLoc(base.loc, key));
    }
    for (const key of Object.keys(b)) {
      const overChild: Tracked = { value: b[key], loc: childLoc(over.loc, key) };
      const merged = Object.hasOwn(a, key) ? mergeTracked({ value: a[key], loc: childLoc(base.loc, key) }, overChild) : overChild;
      setOwn(value, key, merged.value);
      children.set(key, merged.loc);
    }
    return { value, loc: { ...over.loc, children } };
  }
  // An empty list in the overriding file means "none" and clears the base's list.
  if (Array.isArray(a) && Array.isArray(b) && a.length > 0 && b.length > 0 && isIdList(a) && isIdList(b)) {
    const value: unknown[] = [];
    const children = new Map<string | number, Located>();
    const baseIndex = new Map<string, number>();
    a.forEach((item, i) => {
      // Only the first of duplicate base ids is a merge target; duplicates are a lint finding.
      if (!baseIndex.has(idOf(item)!)) baseIndex.set(idOf(item)!, i);
      value.push(item);
      children.set(i, childLoc(base.loc, i));
    });
    const merged = new Set<number>();
    b.forEach((item, i) => {
      const overChild: Tracked = { value: item, loc: childLoc(over.loc, i) };
      const at = baseIndex.get(idOf(item)!);
      if (at !== undefined && !merged.has(at)) {
        merged.add(at);
        const result = mergeTracked({ value: value[at], loc: children.get(at)! }, overChild);
        value[at] = result.value;
        children.set(at, result.loc);
      } else {
        children.set(value.length, overChild.loc);
        value.push(item);
      }
    });
    return { value, loc: { ...over.loc, children } };
  }
  return over;
}
