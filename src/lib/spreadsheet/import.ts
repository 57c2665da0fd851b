/**
 * Reads an edited workbook (or CSV sheets) back into the content folder. Every row is checked
 * with the collection schemas, the references between collections and the file checks of
 * `npm run content:check`; each problem names the sheet, row and column. Entries without a
 * problem are written when asked (`write`); an entry with a problem is left as it is on disk
 * and reported. Nothing is deleted: no entry, no file. A value that did not change keeps its
 * bytes, so a workbook imported without edits changes nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Document, isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { checkContent } from '../../content-model/content-check.ts';
import { findReferences } from '../../content-model/integrity.ts';
import {
  COLLECTION_SHEETS,
  ENTRY_ID_COLUMN,
  PROSE_COLUMNS,
  listFileOf,
  type CollectionSheet,
  type Column,
} from './collections.ts';
import { factsFileOf, loadContent, type StoredContent } from './content.ts';
import { mergeMap, type Covered } from './merge.ts';
import type { CellValue, SheetData } from './read.ts';

export interface SheetProblem {
  sheet: string;
  row?: number | undefined;
  /** Column letter and field key, e.g. `D date`. */
  column?: string | undefined;
  message: string;
}

export interface ImportResult {
  problems: SheetProblem[];
  /** Entries left as they are on disk because a row of theirs has a problem, e.g. `gis/x`. */
  skipped: string[];
  /** Things to know that are not errors: entries not in the workbook, old problems on disk. */
  notes: string[];
  /** Files the import writes (or would write without `write`), relative to the content folder. */
  changed: string[];
  created: string[];
  written: boolean;
}

export interface ImportOptions {
  write?: boolean;
  /** YYYY-MM-DD for the "not in the future" check; defaults to today in Jining. */
  today?: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LIST_SEPARATOR = /[,，、;；]/;
const STUBS = { 'zh.md': '待补充\n', 'en.md': 'To be supplied.\n' };

/** Column letters as a spreadsheet shows them: 0 → A, 26 → AA. */
function letterOf(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  }
  return letter;
}

/** A sheet's key is the last word of its name: `地理标志·登记 gis.registrations` → gis.registrations. */
function keyOfSheet(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? '';
}

interface ReadRow {
  row: number;
  values: Map<string, CellValue>;
}

interface ReadSheet {
  name: string;
  /** field key → column index */
  columns: Map<string, number>;
  rows: ReadRow[];
}

interface Located {
  collection: CollectionSheet;
  main?: ReadSheet;
  lists: Map<string, ReadSheet>;
}

function textOf(cell: CellValue): string {
  return cell === null ? '' : String(cell).trim();
}

/** A cell as the value the YAML file would hold, or undefined for an empty cell. */
function valueOfCell(cell: CellValue, column: Column): unknown {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  if (column.many) {
    const parts = typeof cell === 'number' ? [cell] : String(cell).split(LIST_SEPARATOR);
    return parts
      .map((part) => (typeof part === 'string' ? part.trim() : part))
      .filter((part) => part !== '')
      .map((part) => scalarOf(part, column));
  }
  return scalarOf(cell, column);
}

function scalarOf(cell: string | number | boolean, column: Column): unknown {
  const text = String(cell).trim();
  switch (column.leaf.type) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : cell;
    case 'boolean':
      if (/^(true|是|yes)$/i.test(text)) return true;
      if (/^(false|否|no)$/i.test(text)) return false;
      return cell;
    case 'date':
      // A year alone is written as a number, as in the seed files (date: 2009).
      return /^\d{4}$/.test(text) ? Number(text) : text;
    default:
      return typeof cell === 'string' ? cell : String(cell);
  }
}

function setAt(target: Record<string, unknown>, key: string, value: unknown) {
  const parts = key.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1) ?? key] = value;
}

function objectOf(row: ReadRow, columns: Column[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const column of columns) {
    if (!row.values.has(column.key)) continue;
    const value = valueOfCell(row.values.get(column.key) ?? null, column);
    if (value !== undefined) setAt(data, column.key, value);
  }
  return data;
}

function coveredBy(keys: Iterable<string>): Covered {
  const list = [...keys];
  return (path) => list.some((key) => key === path || key.startsWith(`${path}.`));
}

/** An entry as the workbook gives it: where its rows are, and its values. */
interface Incoming {
  collection: CollectionSheet;
  id: string;
  mainRow?: number | undefined;
  data: Record<string, unknown>;
  /** list field → the sheet rows of its items, in order */
  listRows: Map<string, number[]>;
}

class Importer {
  problems: SheetProblem[] = [];
  notes: string[] = [];
  private located = new Map<string, Located>();
  private readonly sheets: SheetData[];
  private readonly content: StoredContent;

  constructor(sheets: SheetData[], content: StoredContent) {
    this.sheets = sheets;
    this.content = content;
  }

  report(sheet: string, row: number | undefined, column: string | undefined, message: string) {
    this.problems.push({ sheet, row, column, message });
  }

  /** Finds each sheet's collection and reads its header and rows. */
  locate(): Map<string, Located> {
    for (const sheet of this.sheets) {
      const key = keyOfSheet(sheet.name);
      if (key === 'about') continue;
      const collection = COLLECTION_SHEETS.find(
        (spec) => spec.key === key || spec.lists.some((list) => list.key === key),
      );
      if (!collection) {
        const known = COLLECTION_SHEETS.flatMap((s) => [s.key, ...s.lists.map((l) => l.key)]);
        this.report(
          sheet.name,
          undefined,
          undefined,
          `is not a sheet of the collection, so nothing in it is read. A sheet name ends with one of: ${known.join(', ')}. Rename the sheet, or for a CSV file the file`,
        );
        continue;
      }
      const located: Located = this.located.get(collection.key) ?? { collection, lists: new Map() };
      this.located.set(collection.key, located);
      const list = collection.lists.find((l) => l.key === key);
      const columns = list ? [{ key: ENTRY_ID_COLUMN.key }, ...list.columns] : collection.columns;
      const ignored = list || collection.storage !== 'folders' ? [] : PROSE_COLUMNS;
      const read = this.readSheet(sheet, columns, ignored);
      if (!read) continue;
      if (list) located.lists.set(list.field, read);
      else located.main = read;
    }
    return this.located;
  }

  private readSheet(
    sheet: SheetData,
    columns: { key: string }[],
    ignored: { key: string }[],
  ): ReadSheet | undefined {
    const keyRow = [1, 0].find((index) => sheet.rows[index]?.some((cell) => textOf(cell) === 'id'));
    if (keyRow === undefined) {
      this.report(
        sheet.name,
        2,
        undefined,
        'has no row of field keys (id, name.zh, ...), so its rows cannot be read. Copy rows 1 and 2 from an exported workbook',
      );
      return undefined;
    }
    const known = new Set(columns.map((c) => c.key));
    const skip = new Set(ignored.map((c) => c.key));
    const map = new Map<string, number>();
    (sheet.rows[keyRow] ?? []).forEach((cell, index) => {
      const key = textOf(cell);
      if (key === '' || skip.has(key)) return;
      if (!known.has(key)) {
        this.report(
          sheet.name,
          keyRow + 1,
          `${letterOf(index)} ${key}`,
          `"${key}" is not a field of this sheet, so the column is not read. Correct the field key in row ${keyRow + 1} or remove the column`,
        );
      } else if (map.has(key)) {
        this.report(
          sheet.name,
          keyRow + 1,
          `${letterOf(index)} ${key}`,
          `the column "${key}" is there twice; only the first is read. Remove one`,
        );
      } else {
        map.set(key, index);
      }
    });
    const rows: ReadRow[] = [];
    sheet.rows.slice(keyRow + 1).forEach((cells, offset) => {
      const values = new Map<string, CellValue>();
      for (const [key, index] of map) values.set(key, cells[index] ?? null);
      if ([...values.values()].every((cell) => textOf(cell) === '')) return;
      rows.push({ row: keyRow + 2 + offset, values });
    });
    return { name: sheet.name, columns: map, rows };
  }

  columnName(sheet: ReadSheet, key: string): string {
    const index = sheet.columns.get(key);
    return index === undefined ? key : `${letterOf(index)} ${key}`;
  }

  /** Every entry the workbook gives, with its rows; rows that name no usable entry are reported. */
  gather(): Incoming[] {
    const incoming: Incoming[] = [];
    for (const { collection, main, lists } of this.located.values()) {
      const byId = new Map<string, Incoming>();
      const stored = this.content.entries.get(collection.collection) ?? new Map();
      for (const row of main?.rows ?? []) {
        const sheet = main as ReadSheet;
        const id = textOf(row.values.get('id') ?? null);
        const at = this.columnName(sheet, 'id');
        if (id === '') {
          this.report(
            sheet.name,
            row.row,
            at,
            'has no id, so the row is not read. Write the entry id (pinyin, e.g. jinxiang-dasuan)',
          );
        } else if (!SLUG.test(id)) {
          this.report(
            sheet.name,
            row.row,
            at,
            `id "${id}" must be lower-case pinyin words joined by hyphens, e.g. jinxiang-dasuan; the row is not read`,
          );
        } else if (byId.has(id)) {
          this.report(
            sheet.name,
            row.row,
            at,
            `id "${id}" is also in row ${byId.get(id)?.mainRow}; give each entry its own id. This row is not read`,
          );
        } else {
          byId.set(id, {
            collection,
            id,
            mainRow: row.row,
            data: objectOf(row, collection.columns),
            listRows: new Map(),
          });
        }
      }
      if (main) {
        for (const id of stored.keys()) {
          if (!byId.has(id)) {
            this.notes.push(
              `${collection.collection}/${id} is in the content folder but not in the sheet ${main.name}: it is left as it is (the import never deletes an entry)`,
            );
          }
        }
      }
      for (const [field, sheet] of lists) {
        const list = collection.lists.find((l) => l.field === field);
        if (!list) continue;
        const items = new Map<string, { row: number; data: Record<string, unknown> }[]>();
        for (const row of sheet.rows) {
          const id = textOf(row.values.get('id') ?? null);
          const known = byId.has(id) || (!main && stored.has(id));
          if (!known) {
            const where = main ? `the sheet ${main.name}` : `content/${collection.collection}/`;
            this.report(
              sheet.name,
              row.row,
              this.columnName(sheet, 'id'),
              id === ''
                ? 'has no entry id, so the row is not read. Write the id of the entry it belongs to'
                : `names the entry "${id}", which is not in ${where}; the row is not read. Correct the id or add the entry`,
            );
            continue;
          }
          const entryItems = items.get(id) ?? [];
          entryItems.push({ row: row.row, data: objectOf(row, list.columns) });
          items.set(id, entryItems);
        }
        // Every entry of the sheet gets its list from the list sheet, empty if it has no rows.
        const ids = main ? [...byId.keys()] : [...items.keys()];
        for (const id of ids) {
          const entry: Incoming = byId.get(id) ?? { collection, id, data: {}, listRows: new Map() };
          byId.set(id, entry);
          const entryItems = items.get(id) ?? [];
          entry.data[field] = entryItems.map((item) => item.data);
          entry.listRows.set(
            field,
            entryItems.map((item) => item.row),
          );
        }
      }
      incoming.push(...byId.values());
    }
    return incoming;
  }

  /** Sheet, row and column of a field path inside an entry. */
  where(entry: Incoming, path: (string | number)[]): Omit<SheetProblem, 'message'> {
    const located = this.located.get(entry.collection.key) as Located;
    const [field, index, ...rest] = path;
    const listSheet = typeof field === 'string' ? located.lists.get(field) : undefined;
    const rows = typeof field === 'string' ? entry.listRows.get(field) : undefined;
    if (listSheet && rows && typeof index === 'number' && rows[index] !== undefined) {
      return {
        sheet: listSheet.name,
        row: rows[index],
        column: this.columnFor(listSheet, rest.join('.')),
      };
    }
    const main = located.main;
    if (!main) {
      const sheet =
        listSheet?.name ?? [...located.lists.values()][0]?.name ?? entry.collection.name;
      return { sheet, row: undefined, column: undefined };
    }
    return { sheet: main.name, row: entry.mainRow, column: this.columnFor(main, path.join('.')) };
  }

  private columnFor(sheet: ReadSheet, path: string): string | undefined {
    if (path === '') return undefined;
    // `gis.1` is the second id in the gis cell; `cover` is the cover.* columns, from the first.
    const parts = path.split('.');
    for (let length = parts.length; length > 0; length -= 1) {
      const prefix = parts.slice(0, length).join('.');
      const key = [...sheet.columns.keys()].find((k) => k === prefix || k.startsWith(`${prefix}.`));
      if (key) return this.columnName(sheet, key);
    }
    return path;
  }
}

/** The working copy of each YAML file, and the entry nodes in it. */
class Files {
  docs = new Map<string, Document>();
  createdFiles = new Set<string>();
  private readonly content: StoredContent;

  constructor(content: StoredContent) {
    this.content = content;
  }

  fileOf(entry: Incoming): string {
    return entry.collection.storage === 'list-file'
      ? listFileOf(entry.collection.collection)
      : factsFileOf(entry.collection.collection, entry.id);
  }

  nodeOf(entry: Incoming): YAMLMap {
    const file = this.fileOf(entry);
    let doc = this.docs.get(file);
    if (!doc) {
      const stored = this.content.files.get(file);
      doc = stored
        ? stored.doc.clone()
        : new Document(entry.collection.storage === 'list-file' ? [] : {});
      if (!stored) this.createdFiles.add(file);
      this.docs.set(file, doc);
    }
    if (entry.collection.storage === 'folders') return doc.contents as YAMLMap;
    const seq = doc.contents;
    if (!isSeq(seq)) throw new Error(`${file} is not a list`);
    const found = seq.items.find((item) => {
      const id = isMap(item) ? item.get('id', true) : undefined;
      return isScalar(id) && id.value === entry.id;
    });
    if (isMap(found)) return found;
    const node = doc.createNode({}) as YAMLMap;
    // Spaced like the entries before it (the list files leave a blank line between entries).
    const last = seq.items.at(-1);
    if (isMap(last) && last.spaceBefore) node.spaceBefore = true;
    seq.items.push(node);
    return node;
  }

  /** Merges an entry's rows; true when its file changes. */
  merge(entry: Incoming, located: Located): boolean {
    const node = this.nodeOf(entry);
    const mainKeys = located.main ? [...located.main.columns.keys()] : [];
    // Folder entries take their id from the folder, not from a field.
    const keys =
      entry.collection.storage === 'folders' ? mainKeys.filter((k) => k !== 'id') : mainKeys;
    const lists = new Map<string, Covered>();
    for (const [field, sheet] of located.lists) lists.set(field, coveredBy(sheet.columns.keys()));
    const data = { ...entry.data };
    if (entry.collection.storage === 'folders') delete data['id'];
    const doc = this.docs.get(this.fileOf(entry)) as Document;
    return mergeMap(doc, node, data, coveredBy(keys), entry.collection.fields, lists);
  }

  text(file: string): string {
    return (this.docs.get(file) as Document).toString({ lineWidth: 0 });
  }
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export function importSheets(
  sheets: SheetData[],
  contentDir: string,
  options: ImportOptions = {},
): ImportResult {
  const content = loadContent(contentDir);
  const importer = new Importer(sheets, content);
  const located = importer.locate();
  const entries = importer.gather();
  const keyOf = (entry: Incoming) => `${entry.collection.collection}/${entry.id}`;

  const blocked = new Set<string>();
  const problemsOf = new Map<string, SheetProblem[]>();
  const flag = (entry: Incoming, path: (string | number)[], message: string) => {
    blocked.add(keyOf(entry));
    const at = importer.where(entry, path);
    // The schema and the file check can both see a bad date: the first message is enough.
    const same = (p: SheetProblem) =>
      p.sheet === at.sheet && p.row === at.row && p.column === at.column;
    if (!problemsOf.get(keyOf(entry))?.some(same))
      addTo(problemsOf, keyOf(entry), { ...at, message });
  };

  // 1. Merge every entry into working copies, and check each with its schema.
  const trial = new Files(content);
  const changed = new Set<Incoming>();
  for (const entry of entries) {
    const file = trial.fileOf(entry);
    if (content.unreadable.has(file)) {
      flag(
        entry,
        [],
        `content/${file} cannot be read (npm run content:check says why), so the import does not write over it. Fix the file, then import again`,
      );
      continue;
    }
    if (trial.merge(entry, located.get(entry.collection.key) as Located)) changed.add(entry);
  }
  const parsed = new Map<Incoming, unknown>();
  for (const entry of entries) {
    if (blocked.has(keyOf(entry))) continue;
    const result = entry.collection.schema.safeParse(
      trial.nodeOf(entry).toJS(trial.docs.get(trial.fileOf(entry)) as Document),
    );
    if (result.success) parsed.set(entry, result.data);
    else
      for (const issue of result.error.issues)
        flag(entry, issue.path as (string | number)[], issue.message);
  }

  // 2. References between collections, to entries on disk or in the workbook.
  const checkReferences = () => {
    const ids = new Map<string, Set<string>>();
    for (const [collection, stored] of content.entries) ids.set(collection, new Set(stored.keys()));
    for (const entry of entries) {
      const set = ids.get(entry.collection.collection) ?? new Set<string>();
      const onDisk =
        content.entries.get(entry.collection.collection)?.has(entry.id) ||
        content.unreadable.has(trial.fileOf(entry));
      if (blocked.has(keyOf(entry)) && !onDisk) {
        set.delete(entry.id);
      } else set.add(entry.id);
      ids.set(entry.collection.collection, set);
    }
    let found = false;
    for (const [entry, data] of parsed) {
      if (blocked.has(keyOf(entry))) continue;
      for (const { path, ref } of findReferences(data)) {
        if (ids.get(ref.collection)?.has(ref.id)) continue;
        const choices = [...(ids.get(ref.collection) ?? [])].sort().slice(0, 20).join(', ');
        flag(
          entry,
          path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          `refers to "${ref.id}", which is not an entry of ${ref.collection} (nor a good row of the workbook). Use one of: ${choices}`,
        );
        found = true;
      }
    }
    return found;
  };
  // A reference to a new entry that cannot be written is a problem too, so check until settled.
  while (checkReferences());

  // 3. The file checks of content:check, on a copy of the content with the changes in it.
  const scratch = mkdtempSync(join(tmpdir(), 'bh-import-'));
  try {
    cpSync(contentDir, scratch, { recursive: true });
    const touched = new Map<string, Incoming>();
    for (const entry of changed) {
      const file = trial.fileOf(entry);
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      writeFileSync(join(scratch, file), trial.text(file));
      if (entry.collection.storage === 'folders') {
        touched.set(dirname(file), entry);
        for (const [name, text] of Object.entries(STUBS)) {
          const stub = join(scratch, dirname(file), name);
          if (!existsSync(stub)) writeFileSync(stub, text);
        }
      }
    }
    const listEntry = (file: string, index: string | undefined) =>
      [...changed].find((entry) => {
        if (trial.fileOf(entry) !== file || index === undefined) return false;
        const seq = trial.docs.get(file)?.contents;
        return isSeq(seq) && seq.items[Number(index)] === trial.nodeOf(entry);
      });
    for (const problem of checkContent(scratch, options.today ? { today: options.today } : {})) {
      const [first, ...rest] = problem.field?.split('.') ?? [];
      const entry = touched.get(dirname(problem.file)) ?? listEntry(problem.file, first);
      if (!entry) {
        importer.notes.push(
          `content/${problem.file} already has a problem, not from this workbook: ${problem.message} (run npm run content:check)`,
        );
        continue;
      }
      const field =
        entry.collection.storage === 'list-file' ? rest : (problem.field?.split('.') ?? []);
      flag(
        entry,
        field.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        problem.message,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  for (const list of problemsOf.values()) importer.problems.push(...list);
  const skipped = entries.filter((entry) => blocked.has(keyOf(entry))).map(keyOf);

  // 4. The good entries, merged again from the files as they are, so a bad entry leaves no trace.
  const final = new Files(content);
  const files = new Set<string>();
  const created: string[] = [];
  for (const entry of entries) {
    if (blocked.has(keyOf(entry))) continue;
    if (final.merge(entry, located.get(entry.collection.key) as Located))
      files.add(final.fileOf(entry));
  }
  for (const file of files) {
    const isNew = final.createdFiles.has(file);
    const path = join(contentDir, file);
    // A new entry's prose files, saying the text is to be supplied; existing files are kept.
    const stubs = isNew && file.endsWith('/facts.yaml') ? Object.entries(STUBS) : [];
    const missing = stubs.filter(([name]) => !existsSync(join(dirname(path), name)));
    if (isNew) created.push(file, ...missing.map(([name]) => `${dirname(file)}/${name}`));
    if (!options.write) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, final.text(file));
    for (const [name, text] of missing) writeFileSync(join(dirname(path), name), text);
  }
  return {
    problems: importer.problems,
    skipped,
    notes: importer.notes,
    changed: [...files].filter((file) => !final.createdFiles.has(file)),
    created,
    written: options.write === true,
  };
}

/** One line of the report: `sheet, row 7, column D date: what to fix`. */
export function formatSheetProblem(problem: SheetProblem): string {
  const row = problem.row === undefined ? '' : `, row ${problem.row}`;
  const column = problem.column === undefined ? '' : `, column ${problem.column}`;
  return `${problem.sheet}${row}${column}: ${problem.message}`;
}
