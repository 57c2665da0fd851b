/**
 * The content folder as the spreadsheet tools see it: every entry's YAML node, kept as a `yaml`
 * Document so an import can change values in place and keep comments and key order.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { COLLECTION_SHEETS, listFileOf, type CollectionSheet } from './collections.ts';

export interface YamlFile {
  /** Relative to the content folder, e.g. `gis/jinxiang-dasuan/facts.yaml`. */
  file: string;
  text: string;
  doc: Document;
}

export interface StoredEntry {
  collection: string;
  id: string;
  file: YamlFile;
  /** The entry's group of fields inside its file. */
  node: YAMLMap;
}

export interface StoredContent {
  dir: string;
  files: Map<string, YamlFile>;
  /** Files that exist but do not parse: the import must not write over them. */
  unreadable: Set<string>;
  /** collection → id → entry, in file order. */
  entries: Map<string, Map<string, StoredEntry>>;
}

function readYaml(dir: string, file: string, content: StoredContent): YamlFile | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text);
  // A file that does not parse is for content:check to report; the tools leave it alone.
  if (doc.errors.length > 0 || !(isMap(doc.contents) || isSeq(doc.contents))) {
    content.unreadable.add(file);
    return undefined;
  }
  return { file, text, doc };
}

/** The file holding an entry's fields, for a collection stored as entry folders. */
export function factsFileOf(collection: string, id: string): string {
  return `${collection}/${id}/facts.yaml`;
}

/** The entry folders of a collection stored as folders, by name. */
export function entryFolders(dir: string, collection: string): string[] {
  const base = join(dir, collection);
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((name) => !name.startsWith('.') && statSync(join(base, name)).isDirectory())
    .sort();
}

function loadCollection(dir: string, sheet: CollectionSheet, content: StoredContent) {
  const entries = new Map<string, StoredEntry>();
  content.entries.set(sheet.collection, entries);
  const add = (id: string, file: YamlFile, node: unknown) => {
    if (isMap(node) && !entries.has(id)) {
      entries.set(id, { collection: sheet.collection, id, file, node });
    }
  };
  if (sheet.storage === 'list-file') {
    const file = readYaml(dir, listFileOf(sheet.collection), content);
    if (!file) return;
    content.files.set(file.file, file);
    const root = file.doc.contents;
    if (!isSeq(root)) return;
    for (const item of root.items) {
      const id = isMap(item) ? item.get('id', true) : undefined;
      if (isScalar(id) && typeof id.value === 'string') add(id.value, file, item);
    }
    return;
  }
  for (const id of entryFolders(dir, sheet.collection)) {
    const file = readYaml(dir, factsFileOf(sheet.collection, id), content);
    if (!file) continue;
    content.files.set(file.file, file);
    add(id, file, file.doc.contents);
  }
}

export function loadContent(dir: string): StoredContent {
  const content: StoredContent = {
    dir,
    files: new Map(),
    unreadable: new Set(),
    entries: new Map(),
  };
  for (const sheet of COLLECTION_SHEETS) loadCollection(dir, sheet, content);
  return content;
}

/** The value at a dotted path of a plain object, or undefined. */
export function valueAt(data: unknown, key: string): unknown {
  let value = data;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
