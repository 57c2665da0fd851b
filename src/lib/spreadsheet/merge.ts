/**
 * Puts the values of a workbook row into an entry's YAML in place, through the `yaml` Document
 * API: a value that did not change keeps its node (and so its comments, quotes and flow style),
 * a changed value keeps its place, a new field goes where the schema puts it. Only the fields
 * the workbook has columns for are touched; anything else in the file stays as it is.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

/** True when the workbook has a column at or under this field path. */
export type Covered = (path: string) => boolean;

export interface MergePlan {
  covered: Covered;
  /** Top-level field order, from the schema. */
  order: string[];
  /** Lists that come from their own sheets: field → coverage of an item's fields. */
  lists: Map<string, Covered>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sameScalars(node: YAMLSeq, values: unknown[]): boolean {
  return (
    node.items.length === values.length &&
    node.items.every(
      (item, index) => isScalar(item) && String(item.value) === String(values[index]),
    )
  );
}

function isEmpty(node: unknown): boolean {
  return (isSeq(node) || isMap(node)) && node.items.length === 0;
}

/** Adds `key` to `map` before the first key that comes after it in `order`. */
function insertPair(doc: Document, map: YAMLMap, key: string, value: unknown, order: string[]) {
  const pair = doc.createPair(key, value);
  const rank = order.indexOf(key);
  const before =
    rank < 0
      ? -1
      : map.items.findIndex((item) => {
          const other = order.indexOf(String(isScalar(item.key) ? item.key.value : item.key));
          return other > rank;
        });
  if (before < 0) map.items.push(pair);
  else map.items.splice(before, 0, pair);
}

/** Merges `incoming` into `map`; returns true when anything changed. */
export function mergeMap(
  doc: Document,
  map: YAMLMap,
  incoming: Record<string, unknown>,
  covered: Covered,
  order: string[] = [],
  lists: Map<string, Covered> = new Map(),
  prefix = '',
): boolean {
  let changed = false;
  const keys = new Set([
    ...map.items.map((item) => String(isScalar(item.key) ? item.key.value : item.key)),
    ...Object.keys(incoming),
  ]);
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    const itemCovered = prefix ? undefined : lists.get(key);
    if (!itemCovered && !covered(path)) continue;
    const value = incoming[key];
    const old = map.get(key, true) as Node | undefined;

    if (itemCovered) {
      const items = Array.isArray(value) ? value : [];
      if (isSeq(old)) {
        changed = mergeSeq(doc, old, items, itemCovered) || changed;
        if (old.items.length === 0 && items.length === 0) continue;
      } else if (items.length > 0) {
        insertPair(doc, map, key, items, order);
        changed = true;
      }
      continue;
    }
    if (value === undefined) {
      if (old === undefined || isEmpty(old)) continue;
      if (isMap(old)) {
        changed = mergeMap(doc, old, {}, covered, [], new Map(), path) || changed;
        if (old.items.length > 0) continue;
      }
      map.delete(key);
      changed = true;
    } else if (isObject(value)) {
      if (isMap(old)) {
        changed = mergeMap(doc, old, value, covered, [], new Map(), path) || changed;
      } else {
        insertOrSet(doc, map, key, value, order, old);
        changed = true;
      }
    } else if (Array.isArray(value)) {
      if (isSeq(old) && sameScalars(old, value)) continue;
      const node = doc.createNode(value);
      if (isSeq(old)) node.flow = old.flow ?? false;
      else node.flow = true;
      insertOrSet(doc, map, key, node, order, old);
      changed = true;
    } else if (isScalar(old)) {
      if (String(old.value) === String(value)) continue;
      old.value = value;
      changed = true;
    } else {
      insertOrSet(doc, map, key, value, order, old);
      changed = true;
    }
  }
  return changed;
}

function insertOrSet(
  doc: Document,
  map: YAMLMap,
  key: string,
  value: unknown,
  order: string[],
  old: unknown,
) {
  if (old === undefined) insertPair(doc, map, key, value, order);
  else map.set(key, value);
}

/** The items of a list sheet, in row order, over the items of the file. */
function mergeSeq(doc: Document, seq: YAMLSeq, items: unknown[], covered: Covered): boolean {
  let changed = false;
  items.forEach((item, index) => {
    const old = seq.items[index];
    if (isMap(old) && isObject(item)) {
      changed = mergeMap(doc, old, item, covered) || changed;
    } else {
      const node = doc.createNode(item);
      if (index < seq.items.length) seq.items[index] = node;
      else seq.items.push(node);
      changed = true;
    }
  });
  if (seq.items.length > items.length) {
    seq.items.splice(items.length);
    changed = true;
  }
  return changed;
}
