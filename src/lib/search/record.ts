/**
 * What the search knows about a detail page beyond its visible text. SearchMeta.astro renders it
 * into the page; the search benchmark renders the same record for synthetic pages.
 *
 * - metadata and filters, read by Pagefind (1.6 searches metadata too: the pinyin keys and the
 *   other language's name find the page);
 * - a thumbnail and sort keys, read by the build (src/integrations/pagefind.ts, through
 *   pageSearchData), which places the thumbnail at thumbnailPath() and writes the sort orders to
 *   sortOrderPath() (contract.ts). Neither goes to Pagefind: every metadata value becomes words in
 *   its index (a thumbnail's hash would add a word per page), and its sort orders load with the
 *   index before the first query (about 9 KB per sort at 5,000 entries) while the search page
 *   needs them only when asked.
 */
import type { Locale } from '../../i18n/locales.ts';
import { contentLanguage } from '../../i18n/locales.ts';
import { hanTails, toPinyinKeys } from '../pinyin.ts';
import { FACET_KEYS, unverifiedFilter, type SearchFacets } from './contract.ts';

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Sort keys: `name` (pinyin in Chinese) and `year` (the earliest year a source gives). */
  sort: { name: string; year?: number | undefined };
}

export function searchRecord(locale: Locale, facets: SearchFacets): SearchRecord {
  const { zh, en } = facets.names;
  const pinyin = toPinyinKeys(zh);
  // Pagefind would take the first picture on the page (the hero) as `image` and `image_alt`:
  // "-" makes no words and keeps the picture's address and "插画：…" out of the index.
  const meta: Record<string, string> = {
    title: facets.names[contentLanguage(locale)],
    image: '-',
    image_alt: '-',
  };
  // Pinyin (every tail of the name, and its initials) finds the page from a plain keyboard.
  meta['pinyin'] = pinyin.keys;
  // The other language's name: English on Chinese pages; on English pages the Chinese name
  // with every tail, since the English index does not split Chinese into words.
  if (contentLanguage(locale) === 'zh') meta['name_en'] = en;
  else meta['name_zh'] = hanTails(zh);
  const filters: Record<string, string[]> = Object.fromEntries(
    FACET_KEYS.filter((facet) => facets.values[facet].length > 0).map((facet) => [
      facet,
      facets.values[facet],
    ]),
  );
  // The B part of a facet, as a filter of its own (`<facet>_unverified`): a county keeps one
  // checkbox, and the search page counts how many of its results are unverified.
  for (const facet of FACET_KEYS) {
    const values = facets.unverified?.[facet] ?? [];
    if (values.length > 0) filters[unverifiedFilter(facet)] = values;
  }
  return {
    meta,
    filters,
    sort: {
      // Pinyin syllable by syllable, as a dictionary orders: ji ning before jia xiang.
      name: contentLanguage(locale) === 'zh' ? pinyin.syllables.join(' ') : en.toLowerCase(),
      year: facets.year,
    },
  };
}

/** The attributes that carry the thumbnail and sort keys to the build (pageSearchData reads them). */
const ATTRIBUTES = {
  name: 'data-search-name',
  year: 'data-search-year',
  thumbnail: 'data-search-thumbnail',
} as const;

export function buildAttributes(record: SearchRecord, thumbnail?: string): Record<string, string> {
  const attributes: Record<string, string> = { [ATTRIBUTES.name]: record.sort.name };
  if (record.sort.year !== undefined) attributes[ATTRIBUTES.year] = String(record.sort.year);
  if (thumbnail) attributes[ATTRIBUTES.thumbnail] = thumbnail;
  return attributes;
}

/** What a detail page tells the build about itself (buildAttributes, read back from its HTML). */
export interface PageSearchData {
  thumbnail?: string | undefined;
  name: string;
  year?: number | undefined;
}

const SEARCH_BLOCK = new RegExp(`<div\\b([^>]*\\b${ATTRIBUTES.name}="[^"]*"[^>]*)>`);
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

/**
 * The search data of a page from its HTML, or nothing when it is not a detail page. A copy:
 * V8 keeps a whole string alive behind each substring taken from it, and the build holds the
 * data of every page at once (at 5,000 entries the pages held so stood beside Pagefind's peak,
 * docs/benchmarks.md).
 */
export function pageSearchData(html: string): PageSearchData | undefined {
  const attributes = SEARCH_BLOCK.exec(html)?.[1];
  const name = attributes && attribute(attributes, ATTRIBUTES.name);
  if (!attributes || name === undefined) return undefined;
  const year = attribute(attributes, ATTRIBUTES.year);
  return structuredClone({
    thumbnail: attribute(attributes, ATTRIBUTES.thumbnail),
    name: name.replaceAll('&amp;', '&').replaceAll('&quot;', '"'),
    year: year ? Number(year) : undefined,
  });
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The record as HTML, for pages not rendered by Astro (the benchmark's synthetic pages). */
export function searchRecordHtml(record: SearchRecord, thumbnail?: string): string {
  const attributes = Object.entries(buildAttributes(record, thumbnail))
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const spans = (attribute: string, entries: [string, string][]) =>
    entries.map(([key, value]) => `<span ${attribute}="${key}">${escape(value)}</span>`);
  return [
    `<div hidden data-pagefind-ignore${attributes}>`,
    ...spans('data-pagefind-meta', Object.entries(record.meta)),
    ...spans(
      'data-pagefind-filter',
      Object.entries(record.filters).flatMap(([key, values]) =>
        values.map((v): [string, string] => [key, v]),
      ),
    ),
    '</div>',
  ].join('');
}
