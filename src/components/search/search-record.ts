/**
 * What Pagefind indexes about a detail page beyond its visible text: metadata (searched too, in
 * Pagefind 1.6), filters and sort keys. SearchMeta.astro renders it into the page; the search
 * benchmark renders the same record for synthetic pages.
 */
import { hanTails, toPinyinKeys } from '../../lib/pinyin.ts';

type Locale = 'zh' | 'en';

/** Where the build puts each entry's search thumbnail: /search-thumbs/gi/jinxiang-dasuan.webp
 * (see placeThumbnails in src/integrations/pagefind.ts). */
export const THUMBNAILS = 'search-thumbs';

/** The facets a detail page passes (see SearchMeta.astro). */
export interface RecordFacets {
  kind: string;
  county?: string | undefined;
  industry?: string | undefined;
  regimes: string[];
  year?: number | undefined;
  names: Record<Locale, string>;
}

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The metadata the search page weights like the name (see src/scripts/bh-search.ts). */
export const NAME_FIELDS = ['title', 'pinyin', 'name_en', 'name_zh'] as const;

export function searchRecord(locale: Locale, facets: RecordFacets): SearchRecord {
  const { zh, en } = facets.names;
  const pinyin = toPinyinKeys(zh);
  // Pagefind 1.6 makes words of every metadata value, so the thumbnail's address is not metadata
  // (its hash would put a new word in the index for every page): see THUMBNAILS in the integration.
  const meta: Record<string, string> = { title: facets.names[locale] };
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
  return {
    meta,
    filters,
    sort: {
      // Pinyin syllable by syllable, as a dictionary orders: ji ning before jia xiang.
      name: locale === 'zh' ? pinyin.syllables.join(' ') : en.toLowerCase(),
      // Pagefind leaves out pages without the sort key: an unknown year sorts last (newest first).
      // Each sort key adds an ordering of every page to the index's first download.
      year: String(facets.year ?? 0),
    },
  };
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The record as HTML, for pages not rendered by Astro (the benchmark's synthetic pages). */
export function searchRecordHtml(record: SearchRecord, thumbnail?: string): string {
  const spans = (attribute: string, entries: [string, string][]) =>
    entries.map(([key, value]) => `<span ${attribute}="${key}">${escape(value)}</span>`);
  return [
    `<div hidden data-pagefind-ignore${thumbnail ? ` data-search-thumbnail="${escape(thumbnail)}"` : ''}>`,
    ...spans('data-pagefind-meta', Object.entries(record.meta)),
    ...spans(
      'data-pagefind-filter',
      Object.entries(record.filters).flatMap(([key, values]) => values.map((v) => [key, v])),
    ),
    ...spans('data-pagefind-sort', Object.entries(record.sort)),
    '</div>',
  ].join('');
}
