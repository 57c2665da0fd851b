/**
 * Rules that span collections, checked once every collection has loaded: each reference points
 * at an entry that exists, each prose file sits beside an entry, and each entry has Chinese prose.
 * Schemas cannot see other collections, so these live here. Pure: the caller passes the entries.
 */

export interface LoadedEntry {
  id: string;
  /** Path of the entry's file, relative to the project root. */
  filePath?: string | undefined;
  data: unknown;
}

export type LoadedCollections = Record<string, readonly LoadedEntry[]>;

/** Collections whose entries are folders with prose beside their facts. */
export const PROSE_COLLECTIONS = [
  'enterprises',
  'gis',
  'regional-brands',
  'news',
  'stations',
  'exhibitions',
];

interface Reference {
  collection: string;
  id: string;
}

function isReference(value: unknown): value is Reference {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as Reference).collection === 'string' &&
    typeof (value as Reference).id === 'string'
  );
}

/** Every reference inside `data`, with the field path that holds it (e.g. `gis.1`). */
export function findReferences(
  data: unknown,
  path: string[] = [],
): { path: string; ref: Reference }[] {
  if (isReference(data)) return [{ path: path.join('.'), ref: data }];
  if (Array.isArray(data))
    return data.flatMap((item, index) => findReferences(item, [...path, String(index)]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, [...path, key]));
  }
  return [];
}

function where(entry: LoadedEntry, collection: string): string {
  return entry.filePath ?? `${collection} → ${entry.id}`;
}

/** All problems found, each a sentence naming the file, the field and what to do. */
export function findIntegrityProblems(collections: LoadedCollections): string[] {
  const ids = new Map(
    Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  );
  const problems: string[] = [];

  for (const [collection, entries] of Object.entries(collections)) {
    if (collection === 'prose') continue;
    for (const entry of entries) {
      for (const { path, ref } of findReferences(entry.data)) {
        const known = ids.get(ref.collection);
        if (!known?.has(ref.id)) {
          const choices = [...(known ?? [])].sort().slice(0, 20).join(', ');
          problems.push(
            `${where(entry, collection)}: ${path} refers to "${ref.id}", which is not an entry of ${ref.collection}. Use one of: ${choices}`,
          );
        }
      }
    }
  }

  const prose = collections['prose'] ?? [];
  const proseIds = new Set(prose.map((entry) => entry.id));
  for (const entry of prose) {
    const [collection = '', id = ''] = entry.id.split('/');
    if (!ids.get(collection)?.has(id)) {
      problems.push(
        `${where(entry, 'prose')}: there is no facts.yaml beside this text. Add content/${collection}/${id}/facts.yaml or move the text to its entry's folder`,
      );
    }
  }
  for (const collection of PROSE_COLLECTIONS) {
    for (const entry of collections[collection] ?? []) {
      if (!proseIds.has(`${collection}/${entry.id}/zh`)) {
        const folder = entry.filePath?.replace(/facts\.yaml$/, '') ?? `${collection}/${entry.id}/`;
        problems.push(`${folder}zh.md is missing: write the entry's Chinese text there`);
      }
    }
  }
  return problems;
}
