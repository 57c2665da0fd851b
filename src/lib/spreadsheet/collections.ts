/**
 * The collections as the workbook shows them, derived from the zod schemas (src/content-model/schemas/): each
 * field of an entry becomes a column (nested groups flattened to `source.url`), each list of
 * groups (registrations, honours, facts, trademarks, ...) a sheet of its own keyed by entry id.
 * A field added to a schema appears in the workbook without an edit here.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { countySchema } from '../../content-model/schemas/counties.ts';
import { enterpriseSchema } from '../../content-model/schemas/enterprises.ts';
import { giSchema } from '../../content-model/schemas/gis.ts';
import { industrySchema } from '../../content-model/schemas/industries.ts';
import { newsSchema } from '../../content-model/schemas/news.ts';
import { regionalBrandSchema } from '../../content-model/schemas/regional-brands.ts';
import { partialDate, referenceTarget } from '../../content-model/schemas/shared.ts';
import { stationSchema } from '../../content-model/schemas/stations.ts';
import { statSchema } from '../../content-model/schemas/stats.ts';
import { FIELD_LABELS, columnLabel } from './labels.ts';

// The picture schema needs Astro's image(); a path as text stands in, as in the schema tests.
const context = { image: () => z.string() } as unknown as SchemaContext;

/** What a cell holds, and so how it is read back and which drop-down it gets. */
export type Leaf =
  | { type: 'text' }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'choice'; values: string[] }
  | { type: 'reference'; collection: string };

export interface Column {
  /** Field path inside the entry or list item, e.g. `source.url`. */
  key: string;
  /** Chinese header, e.g. 来源·网址. */
  label: string;
  leaf: Leaf;
  /** A list of plain values in one cell, separated by commas (ids, Nice classes). */
  many: boolean;
  required: boolean;
}

export interface ListSheet {
  /** The entry field holding the list, e.g. `registrations`. */
  field: string;
  /** `gis.registrations`: the part of the sheet name the import reads. */
  key: string;
  name: string;
  columns: Column[];
}

export interface CollectionSheet {
  collection: string;
  /** Entries kept as one YAML list (counties.yaml) or as entry folders (gis/<id>/). */
  storage: 'list-file' | 'folders';
  key: string;
  name: string;
  schema: z.ZodType;
  /** The top-level fields in schema order, for key order when a field is added to a file. */
  fields: string[];
  columns: Column[];
  lists: ListSheet[];
}

// Exhibitions have no sheet: an exhibition is its story (zh.mdx, en.mdx), which no cell can hold,
// and a sheet of its four metadata fields would let an editor make an exhibition without a story.
// They are written as files (README: how to write an exhibition); the open data lists them.
const COLLECTIONS: {
  collection: string;
  zh: string;
  storage: CollectionSheet['storage'];
  schema: z.ZodType;
}[] = [
  { collection: 'gis', zh: '地理标志', storage: 'folders', schema: giSchema(context) },
  {
    collection: 'enterprises',
    zh: '企业品牌',
    storage: 'folders',
    schema: enterpriseSchema(context),
  },
  {
    collection: 'regional-brands',
    zh: '区域品牌',
    storage: 'folders',
    schema: regionalBrandSchema(context),
  },
  { collection: 'news', zh: '动态', storage: 'folders', schema: newsSchema },
  { collection: 'stations', zh: '指导站', storage: 'folders', schema: stationSchema },
  { collection: 'counties', zh: '县市区', storage: 'list-file', schema: countySchema },
  { collection: 'industries', zh: '产业', storage: 'list-file', schema: industrySchema },
  { collection: 'stats', zh: '数据', storage: 'list-file', schema: statSchema },
];

/** The file of a list-file collection, relative to the content folder. */
export function listFileOf(collection: string): string {
  return `${collection}.yaml`;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The schema without optional / default wrappers, and whether a value is required. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      inner = def.innerType as z.ZodType;
    } else if (
      def.type === 'pipe' &&
      referenceTarget(def.in as object) === undefined &&
      defOf(def.in).type !== 'transform'
    ) {
      // A refinement or a message wrapper: the value is what goes in.
      inner = def.in as z.ZodType;
    } else {
      return { inner, required };
    }
  }
}

function leafOf(schema: z.ZodType): Leaf | undefined {
  const def = defOf(schema);
  if (def === defOf(partialDate)) return { type: 'date' };
  if (def.type === 'pipe') {
    const target = referenceTarget(def.in as object);
    if (target) return { type: 'reference', collection: target };
    return leafOf(def.out as z.ZodType);
  }
  if (def.type === 'enum') return { type: 'choice', values: Object.values(def.entries ?? {}) };
  if (def.type === 'string') return { type: 'text' };
  if (def.type === 'number') return { type: 'number' };
  if (def.type === 'boolean') return { type: 'boolean' };
  return undefined;
}

/** The object shape of a schema (entries may be refined objects). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  return def.type === 'object' ? def.shape : undefined;
}

function columnsOf(
  shape: Record<string, z.ZodType>,
  prefix: string,
  parentRequired: boolean,
  lists: ListSheet[] | undefined,
  sheetKey: string,
  sheetZh: string,
): Column[] {
  const columns: Column[] = [];
  for (const [name, field] of Object.entries(shape)) {
    const key = prefix ? `${prefix}.${name}` : name;
    const { inner, required } = unwrap(field);
    const def = defOf(inner);
    const nested = shapeOf(inner);
    if (nested) {
      columns.push(
        ...columnsOf(nested, key, parentRequired && required, undefined, sheetKey, sheetZh),
      );
      continue;
    }
    if (def.type === 'array') {
      const element = unwrap(def.element as z.ZodType).inner;
      const leaf = leafOf(element);
      if (leaf) {
        columns.push({ key, label: columnLabel(key), leaf, many: true, required: false });
        continue;
      }
      const elementShape = shapeOf(element);
      if (elementShape && lists && !prefix) {
        const listKey = `${sheetKey}.${name}`;
        const zhName = `${sheetZh}·${FIELD_LABELS[name] ?? name} ${listKey}`;
        lists.push({
          field: name,
          key: listKey,
          name: zhName.length <= 31 ? zhName : listKey,
          columns: columnsOf(elementShape, '', true, undefined, listKey, sheetZh),
        });
        continue;
      }
      throw new Error(
        `${sheetKey}: the workbook cannot show the list ${key}; teach src/lib/spreadsheet/collections.ts how`,
      );
    }
    const leaf = leafOf(inner);
    if (!leaf)
      throw new Error(`${sheetKey}: the workbook cannot show the field ${key} (${def.type})`);
    columns.push({
      key,
      label: columnLabel(key),
      leaf,
      many: false,
      required: parentRequired && required,
    });
  }
  return columns;
}

function describeCollection(entry: (typeof COLLECTIONS)[number]): CollectionSheet {
  const shape = shapeOf(unwrap(entry.schema).inner);
  if (!shape) throw new Error(`${entry.collection}: the schema is not a group of fields`);
  const lists: ListSheet[] = [];
  const fieldColumns = columnsOf(shape, '', true, lists, entry.collection, entry.zh);
  // Entries kept as folders take their id from the folder name; list files have an id field.
  const idColumn: Column[] =
    entry.storage === 'folders'
      ? [
          {
            key: 'id',
            label: '编号（文件夹名）',
            leaf: { type: 'text' },
            many: false,
            required: true,
          },
        ]
      : [];
  return {
    collection: entry.collection,
    storage: entry.storage,
    key: entry.collection,
    name: `${entry.zh} ${entry.collection}`,
    schema: entry.schema,
    fields: Object.keys(shape),
    columns: [...idColumn, ...fieldColumns],
    lists,
  };
}

/** Every collection's sheets, in the order the workbook shows them. */
export const COLLECTION_SHEETS: CollectionSheet[] = COLLECTIONS.map(describeCollection);

/** Prose columns: the workbook names the Markdown files, it does not hold their text. */
export const PROSE_COLUMNS = [
  { key: 'zh.md', label: '中文正文文件' },
  { key: 'en.md', label: '英文正文文件' },
];

/** The id column of a list sheet: which entry a row belongs to. */
export const ENTRY_ID_COLUMN = { key: 'id', label: '条目编号' };
