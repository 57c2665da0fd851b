/**
 * The search page's state, pure: what a URL describes (`?q=金乡&county=金乡县&sort=name`), the URL
 * of a state, the term and filters handed to Pagefind, and the sorted results. The element
 * (src/scripts/bh-search.ts) keeps one state and draws it.
 */
import {
  DEFAULT_SORT,
  FACET_KEYS,
  SORT_ORDER_KEYS,
  type Facet,
  type SortOrder,
  type SortOrderKey,
} from './contract.ts';

export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
  sort: SortOrderKey;
}

export function noFilters(): SearchState['filters'] {
  return Object.fromEntries(FACET_KEYS.map((facet) => [facet, []])) as unknown as Record<
    Facet,
    string[]
  >;
}

/** A sort order by name (from the URL or the menu); an unknown or missing one is the default. */
export function sortOrderOf(value: string | null): SortOrderKey {
  return SORT_ORDER_KEYS.find((key) => key === value) ?? DEFAULT_SORT;
}

/** The state a URL describes. */
export function readState(url: URL): SearchState {
  const params = url.searchParams;
  const filters = noFilters();
  for (const facet of FACET_KEYS) filters[facet] = params.getAll(facet);
  return { q: params.get('q') ?? '', filters, sort: sortOrderOf(params.get('sort')) };
}

/** The query string of a state (`?q=…`), or '' when it is the empty state. */
export function stateSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACET_KEYS) {
    for (const value of state.filters[facet]) params.append(facet, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The term to search for, without words of one Latin letter or digit: such a word matches
 * words across many index chunks and says little, so "wenshang m" searches "wenshang" until
 * the next key (one Chinese character is a word and is searched). */
export function searchTerm(q: string): string {
  return q
    .trim()
    .split(/\s+/)
    .filter((word) => !/^[a-z0-9]$/i.test(word))
    .join(' ');
}

/** How many filter values are ticked, over all facets. */
export function activeFilters(filters: SearchState['filters']): number {
  return FACET_KEYS.reduce((sum, facet) => sum + filters[facet].length, 0);
}

/** Whether there is anything to search: a term or a filter. */
export function hasQuery(state: SearchState): boolean {
  return searchTerm(state.q) !== '' || activeFilters(state.filters) > 0;
}

/** Pagefind's filter object: any of the ticked values within a facet, all facets together. */
export function pagefindFilters(
  filters: SearchState['filters'],
  without?: Facet,
): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FACET_KEYS.filter((f) => f !== without && filters[f].length > 0).map((f) => [
      f,
      { any: filters[f] },
    ]),
  );
}

/** The order to put results in: by the build's sort orders, or Pagefind's (relevance). Without a
 * term, relevance means nothing: list by name. */
export function resultOrder(state: SearchState): 'name' | 'year' | undefined {
  if (state.sort === 'year') return 'year';
  return state.sort === 'name' || !searchTerm(state.q) ? 'name' : undefined;
}

/** Results in name order, or newest year first (unknown years last, then by name). */
export function sortResults<T extends { id: string }>(
  results: T[],
  order: SortOrder,
  by: 'name' | 'year',
): T[] {
  const rank = new Map(order.ids.map((id, i) => [`${order.prefix}${id}`, i]));
  const key = (result: T) => rank.get(result.id) ?? order.ids.length;
  const year = (result: T) => order.years[key(result)] ?? 0;
  return [...results].sort((a, b) =>
    by === 'year' ? year(b) - year(a) || key(a) - key(b) : key(a) - key(b),
  );
}
