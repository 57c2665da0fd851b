/**
 * CSV of the open data: UTF-8 with a byte-order mark (Excel then reads Chinese correctly), CRLF
 * line ends and RFC 4180 quoting. A record's nested fields become dotted columns (`name.zh`,
 * `holder.source.url`); a list of values is joined with "; ", and a list of groups gives one
 * column per field, the items' values joined with " | " in the same order.
 */
import type { PublishedRecord } from './dataset';
import { dictionaryOf } from './dictionary';
import type { JsonSchema } from './schemas';
import { GI_REGIMES, HONOUR_KINDS } from '../../content-model/schemas/vocabulary';
import { LOCALE_CODES } from '../../i18n/locales';

/** Fields of a sourced group whose code is stated by its label: a registration's regime, an honour's kind. */
const CODED: Record<string, Record<string, { zh: string; en: string }>> = {
  regime: GI_REGIMES,
  kind: HONOUR_KINDS,
};

export const BOM = '\uFEFF';
const LIST = '; ';
const ITEMS = ' | ';

type Cell = string | number | boolean | undefined;

function cellText(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, with its BOM. */
export function toCsv(columns: string[], rows: Record<string, Cell>[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column]))];
  return BOM + lines.map((line) => line.map(cellText).join(',')).join('\r\n') + '\r\n';
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One record as columns. */
export function flatten(value: unknown, path = '', into: Record<string, Cell> = {}) {
  if (Array.isArray(value)) {
    if (!value.some((item) => isGroup(item) || Array.isArray(item))) {
      into[path] = value.map(String).join(LIST);
      return into;
    }
    const items = value.map((item) => flatten(item));
    const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
    for (const column of columns) {
      into[path ? `${path}.${column}` : column] = items
        .map((item) => (item[column] === undefined ? '' : String(item[column])))
        .join(ITEMS);
    }
    return into;
  }
  if (isGroup(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, path ? `${path}.${key}` : key, into);
    return into;
  }
  into[path] = value as Cell;
  return into;
}

/** The columns of a collection: every field of its schema that holds a value, in schema order. */
export function csvColumns(schema: JsonSchema): string[] {
  return dictionaryOf(schema)
    .filter((field) => !/^object|^array of object/.test(field.type))
    .map((field) => field.path.replaceAll('[]', ''));
}

/**
 * A collection as CSV: one row per record, one column per field of its schema (so a collection
 * with no records still has its header). A value with no column stops the build: nothing is
 * dropped silently.
 */
export function collectionCsv(
  collection: string,
  records: PublishedRecord[],
  schema: JsonSchema,
): string {
  const columns = csvColumns(schema);
  const known = new Set(columns);
  const rows = records.map((record) => {
    const row = flatten(record);
    const unknown = Object.keys(row).filter((column) => !known.has(column) && row[column] !== '');
    if (unknown.length > 0) {
      throw new Error(
        `open data, ${collection}/${record.id}: no CSV column for ${unknown.join(', ')}. ` +
          'The field is missing from the JSON Schema of the collection (src/lib/open-data/schemas.ts).',
      );
    }
    return row;
  });
  return toCsv(columns, rows);
}

const SOURCE_COLUMNS = [
  'collection',
  'id',
  'field',
  'statement.zh',
  'statement.en',
  'date',
  'confidence',
  'source.title',
  'source.publisher',
  'source.url',
  'source.document',
  'source.date',
  ...LOCALE_CODES.map((code) => `url.${code}`),
];

const isBilingual = (value: unknown): value is { zh: string; en: string } =>
  isGroup(value) && typeof value['zh'] === 'string' && typeof value['en'] === 'string';

/** What a sourced group states, in one language: its coded fields' labels and its texts. */
function statement(group: Record<string, unknown>, lang: 'zh' | 'en'): string {
  const own = Object.entries(group).filter(
    ([key]) => !['source', 'confidence', 'id', 'url'].includes(key),
  );
  const texts = own.flatMap(([key, value]) => {
    if (isBilingual(value)) return [value[lang]];
    const label = typeof value === 'string' ? CODED[key]?.[value]?.[lang] : undefined;
    return label ? [label] : [];
  });
  if (texts.length > 0) return texts.join(lang === 'zh' ? '：' : ': ');
  return own
    .filter(([, value]) => ['string', 'number'].includes(typeof value))
    .map(([, value]) => String(value))
    .join(' ');
}

/**
 * Every sourced statement of the dataset, one row each, with its source and confidence: the
 * table a journalist checks a fact in.
 */
export function sourcesCsv(collections: Record<string, PublishedRecord[]>): string {
  const rows: Record<string, Cell>[] = [];
  const sourceRow = (
    collection: string,
    record: PublishedRecord,
    field: string,
    stated: Record<string, unknown>,
    confidence: unknown,
    source: Record<string, unknown>,
    date?: unknown,
  ) =>
    rows.push({
      collection,
      id: record.id,
      field,
      'statement.zh': statement(stated, 'zh'),
      'statement.en': statement(stated, 'en'),
      date: date as Cell,
      confidence: confidence as Cell,
      'source.title': source['title'] as Cell,
      'source.publisher': source['publisher'] as Cell,
      'source.url': source['url'] as Cell,
      'source.document': source['document'] as Cell,
      'source.date': source['date'] as Cell,
      ...Object.fromEntries(LOCALE_CODES.map((code) => [`url.${code}`, record.url[code]])),
    });
  const countyName = (id: unknown) =>
    collections['counties']?.find((county) => county.id === id)?.['name'] ?? id;
  const visit = (collection: string, record: PublishedRecord, value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(collection, record, item, `${path}[${index}]`));
      return;
    }
    if (!isGroup(value)) return;
    const source = value['source'];
    if (isGroup(source)) {
      // The record's own source speaks for the whole record: state it by name or title.
      const stated =
        path === '' ? { name: record['name'] ?? record['title'] ?? record['metric'] } : value;
      sourceRow(
        collection,
        record,
        path,
        stated,
        value['confidence'],
        source,
        value['date'] ?? value['year'],
      );
    }
    // A record's county has its source beside it (countySource): the statement is the county.
    const countySource = value['countySource'];
    if (path === '' && isGroup(countySource)) {
      const stated = { county: countyName(value['county']) };
      sourceRow(collection, record, 'county', stated, value['countyConfidence'], countySource);
    }
    for (const [key, inner] of Object.entries(value)) {
      if (key !== 'source' && key !== 'countySource')
        visit(collection, record, inner, path ? `${path}.${key}` : key);
    }
  };
  for (const [collection, records] of Object.entries(collections)) {
    for (const record of records) visit(collection, record, record, '');
  }
  return toCsv(SOURCE_COLUMNS, rows);
}
