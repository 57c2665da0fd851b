/**
 * Every file of the open data, in the order /data/ lists them. Each entry names its file under
 * /data/, its format and how to make its bytes from the dataset; the endpoint
 * src/pages/data/[file].ts writes them and the page lists them with their sizes. Another format
 * is one more entry here.
 */
import type { UiKey } from '../../i18n/ui';
import { contentDir } from '../../content-model/content-dir';
import { cachedWorkbook } from '../spreadsheet/cached-workbook';
import { buildWorkbook } from '../spreadsheet/write-workbook';
import { collectionCsv, sourcesCsv } from './csv';
import { getDataset, type Dataset } from './dataset';
import { PUBLISHED_COLLECTIONS, recordJsonSchema, type PublishedCollection } from './schemas';

/** Files of the whole dataset, or files of one collection (listed by collection). */
export type DownloadGroup = 'whole' | 'collection';

export interface Download {
  /** File name under /data/. */
  file: string;
  group: DownloadGroup;
  /** IANA media type, as the Dataset's distribution states it. */
  mediaType: string;
  /** Short name of the format on the page: JSON, CSV, JSON Schema. */
  format: string;
  /** What the file holds, for the page. */
  title: UiKey;
  /** A sentence on what it is for, for the files of the whole dataset. */
  description?: UiKey;
  /** The collection it holds, when it holds one. */
  collection?: PublishedCollection;
  build: (dataset: Dataset) => string | Uint8Array | Promise<Uint8Array>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The whole dataset in one file: its version, its counts and every record. */
export function wholeDataset(dataset: Dataset) {
  return {
    name: dataset.name,
    version: dataset.version,
    buildDate: dataset.buildDate,
    contentHash: dataset.contentHash,
    site: import.meta.env.SITE,
    schemas: Object.fromEntries(
      PUBLISHED_COLLECTIONS.map((collection) => [collection, `${collection}.schema.json`]),
    ),
    counts: dataset.counts,
    collections: dataset.collections,
  };
}

export const DOWNLOADS: Download[] = [
  {
    file: 'jining-brands.json',
    group: 'whole',
    mediaType: 'application/json',
    format: 'JSON',
    title: 'data.file.whole',
    description: 'data.file.wholeLead',
    build: (dataset) => json(wholeDataset(dataset)),
  },
  {
    // The editors' own workbook (npm run content:export): the same sheets a reuser can open.
    // Kept between builds in the build's cache folder, except in `astro dev` (cached-workbook.ts).
    file: 'jining-brands.xlsx',
    group: 'whole',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    format: 'Excel',
    title: 'data.file.workbook',
    description: 'data.file.workbookLead',
    build: () => (import.meta.env.DEV ? buildWorkbook : cachedWorkbook)(contentDir()),
  },
  {
    file: 'sources.csv',
    group: 'whole',
    mediaType: 'text/csv',
    format: 'CSV',
    title: 'data.file.sources',
    description: 'data.file.sourcesLead',
    build: (dataset) => sourcesCsv(dataset.collections),
  },
  ...PUBLISHED_COLLECTIONS.map((collection): Download => ({
    file: `${collection}.csv`,
    group: 'collection',
    mediaType: 'text/csv',
    format: 'CSV',
    title: `data.collection.${collection}`,
    collection,
    build: (dataset) =>
      collectionCsv(collection, dataset.collections[collection], recordJsonSchema(collection)),
  })),
  ...PUBLISHED_COLLECTIONS.map((collection): Download => ({
    file: `${collection}.schema.json`,
    group: 'collection',
    mediaType: 'application/schema+json',
    format: 'JSON Schema',
    title: `data.collection.${collection}`,
    collection,
    build: () => json(recordJsonSchema(collection)),
  })),
];

export interface BuiltDownload extends Download {
  bytes: Uint8Array;
  size: number;
}

let built: Promise<BuiltDownload[]> | undefined;

async function buildAll(): Promise<BuiltDownload[]> {
  const dataset = await getDataset();
  return Promise.all(
    DOWNLOADS.map(async (download) => {
      const body = await download.build(dataset);
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
      return { ...download, bytes, size: bytes.byteLength };
    }),
  );
}

/** Every download with its bytes, made once per build: the page and the files agree on sizes. */
export function getDownloads(): Promise<BuiltDownload[]> {
  built ??= buildAll();
  return built;
}

/** The address of a download on the site. */
export const downloadPath = (file: string) => `/data/${file}`;
