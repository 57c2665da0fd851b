/**
 * The open dataset: every published collection as records an outside program can load, with
 * each record's public address, and a version made of the build date and a hash of the content.
 * Built once per build from the same collections the pages read (src/lib/queries.ts).
 */
import { createHash } from 'node:crypto';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { LOCALE_CODES, type Locale } from '../../i18n/locales';
import { citedRecords } from '../exhibition-mentions';
import { exhibitionPath } from '../exhibitions';
import { getHall, type Hall } from '../queries';
import { COLLECTION_ROUTES, entryPath, localePath, type RoutedCollection } from '../urls';
import { PUBLISHED_COLLECTIONS, type PublishedCollection } from './schemas';

export type PublishedRecord = { id: string; url: Record<Locale, string> } & Record<string, unknown>;

export interface Dataset {
  name: string;
  /** `2026-12-03+1a2b3c4d5e6f`: the build date and the first 12 hex digits of the content hash. */
  version: string;
  buildDate: string;
  contentHash: string;
  counts: Record<PublishedCollection, number>;
  collections: Record<PublishedCollection, PublishedRecord[]>;
}

const SITE = import.meta.env.SITE;

const absolute = (path: string) => new URL(path, SITE).href;

/** The page that shows a record: its own page, or the list page for collections without one. */
function recordPath(collection: PublishedCollection, id: string, locale: Locale): string {
  if (collection === 'exhibitions') return exhibitionPath(locale, id);
  if (collection in COLLECTION_ROUTES) return entryPath(locale, collection as RoutedCollection, id);
  return localePath(locale, collection);
}

const isImage = (value: object): value is ImageMetadata =>
  'src' in value && 'width' in value && 'height' in value && 'format' in value;

const isReference = (value: object): value is { collection: string; id: string } =>
  Object.keys(value).length === 2 && 'collection' in value && 'id' in value;

/** An address as a URI (RFC 3986): 玉堂酱园 in a wiki path becomes its percent-encoding. */
const asUri = (address: string) => (URL.canParse(address) ? new URL(address).href : address);

/**
 * A content value as an editor wrote it: a reference becomes the id it was written as, a picture
 * the address of its JPEG (the same file the page offers when shared), an address a URI.
 */
async function published(value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map(published));
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || typeof value !== 'object') return value;
  if (isReference(value)) return value.id;
  if (isImage(value)) {
    const image = await getImage({ src: value, width: 1200, format: 'jpeg' });
    return absolute(image.src);
  }
  const entries = await Promise.all(
    Object.entries(value).map(
      async ([key, inner]) =>
        [
          key,
          key === 'url' && typeof inner === 'string' ? asUri(inner) : await published(inner),
        ] as const,
    ),
  );
  return Object.fromEntries(entries.filter(([, inner]) => inner !== undefined));
}

/** What a record publishes beyond its entry: for an exhibition, the records its story cites. */
function derivedFields(hall: Hall, collection: PublishedCollection, id: string) {
  if (collection !== 'exhibitions') return {};
  const texts = hall.prose
    .filter((entry) => entry.id.startsWith(`exhibitions/${id}/`))
    .map((entry) => entry.body ?? '');
  return { cites: citedRecords(texts) };
}

async function loadDataset(): Promise<Dataset> {
  const hall = await getHall();
  const collections = {} as Dataset['collections'];
  for (const collection of PUBLISHED_COLLECTIONS) {
    const entries = [...hall[collection]].sort((a, b) => a.id.localeCompare(b.id));
    collections[collection] = await Promise.all(
      entries.map(async (entry) => {
        const data = (await published(entry.data)) as Record<string, unknown>;
        const url = Object.fromEntries(
          LOCALE_CODES.map((locale) => [
            locale,
            absolute(recordPath(collection, entry.id, locale)),
          ]),
        ) as Record<Locale, string>;
        return { id: entry.id, url, ...data, ...derivedFields(hall, collection, entry.id) };
      }),
    );
  }
  const contentHash = createHash('sha256').update(JSON.stringify(collections)).digest('hex');
  const buildDate = new Date().toISOString().slice(0, 10);
  const counts = Object.fromEntries(
    PUBLISHED_COLLECTIONS.map((collection) => [collection, collections[collection].length]),
  ) as Dataset['counts'];
  return {
    name: 'jining-brands',
    version: `${buildDate}+${contentHash.slice(0, 12)}`,
    buildDate,
    contentHash,
    counts,
    collections,
  };
}

let dataset: Promise<Dataset> | undefined;

/** The dataset, built once per build. */
export function getDataset(): Promise<Dataset> {
  dataset ??= loadDataset();
  return dataset;
}
