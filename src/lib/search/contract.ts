/**
 * The search contract: what the build (src/integrations/pagefind.ts), the detail pages
 * (SearchMeta.astro), the search page (SearchPanel.astro) and the browser
 * (src/scripts/pagefind-client.ts, bh-search.ts) must agree on. Pure and small, so the browser
 * script can import it; what needs the content (each facet's values) is in facets.ts.
 */
import { LOCALES } from '../../i18n/locales.ts';
import type { UiKey } from '../../i18n/ui.ts';

/**
 * The facets, in the order the search page shows them. The key is the Pagefind filter name and the
 * URL parameter (`?county=金乡县`); the values of each come from facets.ts.
 */
export const FACETS = {
  kind: { legend: 'search.facet.kind' },
  county: { legend: 'search.facet.county' },
  industry: { legend: 'search.facet.industry' },
  regime: { legend: 'search.facet.regime' },
} as const satisfies Record<string, { legend: UiKey }>;

export type Facet = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as Facet[];

/** The Pagefind filter that holds a facet's unverified values (county_unverified). */
export function unverifiedFilter(facet: Facet): string {
  return `${facet}_unverified`;
}

/** The sort orders a visitor can choose (`?sort=name`); the first is the default. */
export const SORT_ORDERS = {
  relevance: { label: 'search.sort.relevance' },
  name: { label: 'search.sort.name' },
  year: { label: 'search.sort.year' },
} as const satisfies Record<string, { label: UiKey }>;

export type SortOrderKey = keyof typeof SORT_ORDERS;
export const SORT_ORDER_KEYS = Object.keys(SORT_ORDERS) as SortOrderKey[];
export const DEFAULT_SORT: SortOrderKey = 'relevance';

/** Where the build puts each entry's search thumbnail: /search-thumbs/gi/jinxiang-dasuan.webp. */
export const THUMBNAILS_DIR = 'search-thumbs';
/** Where the build writes the sort orders of each index: /search-sort/zh-cn.json. */
export const SORTS_DIR = 'search-sort';
/** A thumbnail's size: 192×144 fills the result list's 128×96 slot at 1.5× density. */
export const THUMBNAIL_SIZE = { width: 192, height: 144 } as const;

/** Names rank above body text: Pagefind 1.6 searches metadata too, with these weights. */
export const RANKING = { metaWeights: { title: 6, name_en: 5, name_zh: 5, pinyin: 5 } };

const LOCALE_PREFIXES: string[] = Object.values(LOCALES)
  .map((locale) => locale.pathPrefix)
  .filter(Boolean);

/** The thumbnail's address for a detail page: /en/gi/x/ and /gi/x/ share /search-thumbs/gi/x.webp. */
export function thumbnailPath(pagePath: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  if (LOCALE_PREFIXES.includes(parts[0] ?? '')) parts.shift();
  return `/${THUMBNAILS_DIR}/${parts.join('/')}.webp`;
}

/** The address of the sort orders of one index: /search-sort/zh-cn.json (`<html lang>`, lower case). */
export function sortOrderPath(lang: string): string {
  return `/${SORTS_DIR}/${lang.toLowerCase()}.json`;
}

/**
 * The sort orders the build writes for each language's index: Pagefind's result ids in name order,
 * with each one's year (0: unknown). `{ "prefix": "zh-cn_", "ids": ["3f1b5cc", …], "years": [1996, 0, …] }`
 */
export interface SortOrder {
  prefix: string;
  ids: string[];
  years: number[];
}

/** What a detail page passes to the search (see facets.ts): each facet's values, shown to readers. */
export interface SearchFacets {
  values: Record<Facet, string[]>;
  /** Of those values, the ones only reposts give (B): the result and the filter's count say so. */
  unverified?: Partial<Record<Facet, string[]>> | undefined;
  /** The earliest year a source gives for the entry, for sorting. */
  year?: number | undefined;
  /** The name in every language, keyed by locale. */
  names: Record<keyof typeof LOCALES, string>;
}

/** A facet as the search page's filters show it: its legend and the values known at build time. */
export interface FacetChoices {
  key: Facet;
  legend: string;
  values: string[];
}
