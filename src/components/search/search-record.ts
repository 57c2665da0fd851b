/**
 * What the search knows about a detail page beyond its visible text. SearchMeta.astro renders it
 * into the page; the search benchmark renders the same record for synthetic pages.
 *
 * - metadata and filters, read by Pagefind (1.6 searches metadata too: the pinyin keys and the
 *   other language's name find the page);
 * - a thumbnail and sort keys, read by the build (src/integrations/pagefind.ts), which places the
 *   thumbnail at /search-thumbs/<path>.webp and writes the sort orders to /search-sort/<lang>.json.
 *   Neither goes to Pagefind: every metadata value becomes words in its index (a thumbnail's hash
 *   would add a word per page), and its sort orders load with the index before the first query
 *   (about 9 KB per sort at 5,000 entries) while the search page needs them only when asked.
 */
import { hanTails, toPinyinKeys } from '../../lib/pinyin.ts';

type Locale = 'zh' | 'en';

/** Where the build puts each entry's search thumbnail: /search-thumbs/gi/jinxiang-dasuan.webp. */
export const THUMBNAILS = 'search-thumbs';
/** Where the build writes the sort orders of each index: /search-sort/zh-cn.json. */
export const SORTS = 'search-sort';

/** The facets a detail page passes (see SearchMeta.astro). */
export interface RecordFacets {
  kind: string;
  county?: string | undefined;
  /** The county comes only from a repost (B): the result and the county filter say so. */
  countyUnverified?: boolean | undefined;
  industry?: string | undefined;
  regimes: string[];
  /** The regimes whose every source is a repost (their badges say unverified). */
  unverifiedRegimes?: string[] | undefined;
  year?: number | undefined;
  names: Record<Locale, string>;
}

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Sort keys: `name` (pinyin in Chinese) and `year` (the earliest year a source gives). */
  sort: { name: string; year?: number | undefined };
}

export function searchRecord(locale: Locale, facets: RecordFacets): SearchRecord {
  const { zh, en } = facets.names;
  const pinyin = toPinyinKeys(zh);
  // Pagefind would take the first picture on the page (the hero) as `image` and `image_alt`:
  // "-" makes no words and keeps the picture's address and "插画：…" out of the index.
  const meta: Record<string, string> = { title: facets.names[locale], image: '-', image_alt: '-' };
  // Pinyin (every tail of the name, and its initials) finds the page from a plain keyboard.
  meta['pinyin'] = pinyin.keys;
  // The other language's name: English on Chinese pages; on English pages the Chinese name
  // with every tail, since the English index does not split Chinese into words.
  if (locale === 'zh') meta['name_en'] = en;
  else meta['name_zh'] = hanTails(zh);
  const filters: Record<string, string[]> = { kind: [facets.kind] };
  if (facets.county) filters['county'] = [facets.county];
  if (facets.industry) filters['industry'] = [facets.industry];
  if (facets.regimes.length > 0) filters['regime'] = facets.regimes;
  // The B part of a facet, as a filter of its own (`<facet>_unverified`): a county keeps one
  // checkbox, and the search page counts how many of its results are unverified.
  if (facets.county && facets.countyUnverified) filters['county_unverified'] = [facets.county];
  if (facets.unverifiedRegimes?.length) filters['regime_unverified'] = facets.unverifiedRegimes;
  return {
    meta,
    filters,
    sort: {
      // Pinyin syllable by syllable, as a dictionary orders: ji ning before jia xiang.
      name: locale === 'zh' ? pinyin.syllables.join(' ') : en.toLowerCase(),
      year: facets.year,
    },
  };
}

/** The attributes that carry the thumbnail and sort keys to the build. */
export function buildAttributes(record: SearchRecord, thumbnail?: string): Record<string, string> {
  const attributes: Record<string, string> = { 'data-search-name': record.sort.name };
  if (record.sort.year !== undefined) attributes['data-search-year'] = String(record.sort.year);
  if (thumbnail) attributes['data-search-thumbnail'] = thumbnail;
  return attributes;
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
