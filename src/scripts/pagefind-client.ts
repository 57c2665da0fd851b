/**
 * The search page's Pagefind client, without the page: the part of Pagefind's browser API the
 * page uses (pagefind.js 1.6), loading it once, searching a state (src/lib/search/state.ts), the
 * filter counts and what one result shows. <bh-search> (bh-search.ts) draws what this returns.
 *
 * Bytes before the first results are kept few (docs/architecture.md: ≤ 150 KB at 5,000 entries):
 * Pagefind runs on the main thread (its web worker is one more file to fetch), the sort orders are
 * fetched only for a search that sorts, and the filter chunks only when the counts are asked for,
 * which the element does after the results are drawn.
 */
import {
  RANKING,
  FACET_KEYS,
  sortOrderPath,
  thumbnailPath,
  unverifiedFilter,
  type SortOrder,
} from '../lib/search/contract';
import {
  hasQuery,
  pagefindFilters,
  resultOrder,
  searchTerm,
  sortResults,
  type SearchState,
} from '../lib/search/state';
import { LOCALES } from '../i18n/locales';

/** One page of the index, as Pagefind gives it. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  /** The page's id in its index: `zh-cn_3f1b5cc`. */
  id: string;
  data(): Promise<PagefindData>;
}
/** Results per filter value: `{ county: { 金乡县: 4 }, county_unverified: { 金乡县: 4 } }`. */
export type Counts = Record<string, Record<string, number> | undefined>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
}
/** The module pagefind.js exports. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<Counts>;
}

/** The options pagefind.js is loaded with. */
export const PAGEFIND_OPTIONS = { noWorker: true, excerptLength: 24, ranking: RANKING };

/** Loads pagefind.js from this site's /pagefind/, as it is: the build writes it after Astro. */
function importPagefind(): Promise<Pagefind> {
  const bundle = new URL('/pagefind/pagefind.js', location.href).href;
  return import(/* @vite-ignore */ bundle);
}

export interface PagefindClientOptions {
  /** The page's `<html lang>`: whose sort orders to fetch. */
  lang: string;
  /** Loads Pagefind's module; by default /pagefind/pagefind.js of this site (tests load it from a file). */
  load?: () => Promise<Pagefind>;
  /** Fetches the sort orders; by default the browser's fetch. */
  fetch?: (url: string) => Promise<Response>;
}

export class PagefindClient {
  #options: Required<PagefindClientOptions>;
  #pagefind: Promise<Pagefind> | undefined;
  #ready = false;
  #filters: Promise<Counts> | undefined;
  #order: Promise<SortOrder> | undefined;

  constructor(options: PagefindClientOptions) {
    this.#options = {
      load: importPagefind,
      fetch: (url) => fetch(url),
      ...options,
    };
  }

  /** Whether Pagefind has loaded (until then a search shows "loading"). */
  get ready(): boolean {
    return this.#ready;
  }

  /** Whether the filter chunks were asked for, so counts come without fetching more. */
  get counting(): boolean {
    return this.#filters !== undefined;
  }

  /** Loads Pagefind once (on first use or when the browser is idle); a failure can be retried. */
  load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = await this.#options.load();
      await pagefind.options(PAGEFIND_OPTIONS);
      await pagefind.init();
      this.#ready = true;
      return pagefind;
    })().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }

  /**
   * The results of a state, in its order: Pagefind's (relevance) or the build's sort orders.
   * Null when Pagefind gives none (a newer search of its own took over).
   */
  async search(state: SearchState): Promise<PagefindResult[] | null> {
    const pagefind = await this.load();
    const by = resultOrder(state);
    const [response, order] = await Promise.all([
      pagefind.search(searchTerm(state.q) || null, { filters: pagefindFilters(state.filters) }),
      by && this.#loadOrder(),
    ]);
    if (!response) return null;
    return by && order ? sortResults(response.results, order, by) : response.results;
  }

  /**
   * The results each filter value would give in a state. A facet with ticked values is counted as
   * if it had none, so its other values stay in reach; with nothing to search, all of them.
   */
  async counts(state: SearchState): Promise<Counts> {
    const pagefind = await this.load();
    const all = await this.#loadFilters(pagefind);
    if (!hasQuery(state)) return all;
    const { filters } = state;
    const term = searchTerm(state.q) || null;
    const without = [undefined, ...FACET_KEYS.filter((f) => filters[f].length > 0)];
    const searches = await Promise.all(
      without.map((facet) => pagefind.search(term, { filters: pagefindFilters(filters, facet) })),
    );
    const counts: Counts = { ...searches[0]?.filters };
    without.forEach((facet, i) => {
      if (!facet) return;
      counts[facet] = searches[i]?.filters[facet];
      counts[unverifiedFilter(facet)] = searches[i]?.filters[unverifiedFilter(facet)];
    });
    return counts;
  }

  /** Loads every filter chunk once: Pagefind counts filter values only when they are loaded. */
  #loadFilters(pagefind: Pagefind): Promise<Counts> {
    this.#filters ??= pagefind.filters().catch((error: unknown) => {
      this.#filters = undefined;
      throw error;
    });
    return this.#filters;
  }

  /** Fetches the sort orders of this page's index once, when a visitor first sorts. */
  #loadOrder(): Promise<SortOrder> {
    this.#order ??= this.#options
      .fetch(sortOrderPath(this.#options.lang))
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} for the sort orders`);
        return response.json() as Promise<SortOrder>;
      })
      .catch((error: unknown) => {
        this.#order = undefined;
        throw error;
      });
    return this.#order;
  }
}

/** A run of an excerpt's text, highlighted where it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt (the page's text escaped by Pagefind, with <mark> around matches) as runs of
 * plain text, to be put on the page as text: nothing in it is read as HTML. The runs are as
 * Pagefind splits them: it marks each Chinese word on its own, so consecutive marked runs (金, 乡)
 * are one highlight.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    const text = part.replaceAll('\u200b', '').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    if (text) parts.push({ text, marked });
  }
  return parts;
}

/** What one result shows: thumbnail, kind and county, name (in both languages) and excerpt. */
export interface ResultView {
  url: string;
  title: string;
  thumbnail: string;
  /** Kind and county, as far as the entry has them: `['地理标志', '金乡县']`. */
  eyebrow: string[];
  /** Only reposts name the county: the mark follows it. */
  countyUnverified: boolean;
  /** The name in the other language, with its `lang`. */
  otherName: { text: string; lang: string } | undefined;
  excerpt: ExcerptPart[];
}

export function resultView(data: PagefindData): ResultView {
  const english = data.meta['name_en'];
  const other = english ?? data.meta['name_zh']?.split(' ')[0];
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    thumbnail: thumbnailPath(data.url),
    eyebrow: [data.filters['kind']?.[0], data.filters['county']?.[0]].filter(
      (value): value is string => Boolean(value),
    ),
    countyUnverified: Boolean(data.filters[unverifiedFilter('county')]?.length),
    otherName: other ? { text: other, lang: LOCALES[english ? 'en' : 'zh'].lang } : undefined,
    excerpt: excerptParts(data.excerpt),
  };
}
