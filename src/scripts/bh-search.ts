/**
 * <bh-search>: the search page. Pagefind (built into /pagefind/ by src/integrations/pagefind.ts)
 * loads on first use (focus of the box, a query in the URL) or when the browser is idle; this
 * element then searches on every keystroke, draws the results and keeps the query, the filters
 * and the sort in the URL, so a result list can be shared and the back button works. Text from
 * the query or the index only ever reaches the page as text, never as HTML.
 *
 * Bytes before the first results are kept few (docs/architecture.md: ≤ 150 KB at 5,000 entries): Pagefind
 * runs on the main thread (its web worker is one more file to fetch), the filter counts load
 * after the results are drawn, and result data loads a page of five at a time.
 */
import {
  RANKING,
  THUMBNAIL_SIZE,
  sortOrderPath,
  thumbnailPath,
  FACET_KEYS,
  unverifiedFilter,
  type Facet,
  type SortOrder,
} from '../lib/search/contract';
import {
  activeFilters,
  hasQuery,
  noFilters,
  pagefindFilters,
  readState,
  resultOrder,
  searchTerm,
  sortOrderOf,
  sortResults,
  stateSearch,
  type SearchState,
} from '../lib/search/state';
import { LOCALES } from '../i18n/locales';
import { pluralKey } from '../i18n/plural';
import { inKiosk } from './kiosk-flag';

/** The part of Pagefind's browser API this page uses (pagefind.js 1.6). */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  /** The page's id in its index: `zh-cn_3f1b5cc`. */
  id: string;
  data(): Promise<PagefindData>;
}
type Counts = Record<string, Record<string, number> | undefined>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<Counts>;
}

/** Results drawn at a time; "show more" draws the next ones. */
const PAGE = 5;
/** Results drawn before the rest of a page has arrived: about what a screen shows first. */
const FIRST = 3;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends Pagefind's excerpt (text escaped by Pagefind, with <mark> around matches) as nodes. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    const text = part.replaceAll('\u200b', '').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    if (!text) continue;
    if (marked) {
      // Pagefind marks each Chinese word on its own: 金 and 乡 become one highlight.
      const last = parent.lastChild;
      if (last instanceof HTMLElement && last.localName === 'mark') last.append(text);
      else parent.append(element('mark', '', text));
    } else {
      parent.append(text);
    }
  }
}

class BhSearch extends HTMLElement {
  #strings: Record<string, string> = {};
  #pagefind: Promise<Pagefind> | undefined;
  #ready = false;
  #filters: Promise<Counts> | undefined;
  #order: Promise<SortOrder> | undefined;
  #state: SearchState = readState(new URL(location.href));
  #searchId = 0;
  #results: PagefindResult[] = [];
  #shown = 0;
  /** Keystrokes after the first of a burst replace the history entry instead of adding one. */
  #typing = false;
  #title = document.title;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #sort!: HTMLSelectElement;
  #facets!: HTMLFormElement;
  #connected: AbortController | undefined;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}');
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('ol.results')!;
    this.#more = this.querySelector('button.more')!;
    this.#sort = this.querySelector('select[name="sort"]')!;
    this.#facets = this.querySelector('form.facets')!;
    // On a wide screen the filters stand open beside the results; on a phone they fold away.
    this.querySelector('details')!.open = matchMedia('(min-width: 60rem)').matches;

    this.#input.addEventListener('input', () => this.#onInput());
    this.#input.addEventListener('focus', () => void this.#load().catch(() => {}), { once: true });
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#input.value) {
        event.preventDefault();
        this.#input.value = '';
        this.#onInput();
      }
    });
    this.#input.form!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ q: this.#input.value }, 'push');
    });
    this.#facets.addEventListener('change', () =>
      this.#update({ filters: this.#ticked() }, 'push'),
    );
    this.#facets.addEventListener('reset', (event) => {
      event.preventDefault();
      this.#update({ filters: noFilters() }, 'push');
    });
    this.#sort.addEventListener('change', () =>
      this.#update({ sort: sortOrderOf(this.#sort.value) }, 'push'),
    );
    this.#more.addEventListener('click', () => void this.#drawMore(true));
    this.#connected = new AbortController();
    addEventListener(
      'popstate',
      () => {
        this.#state = readState(new URL(location.href));
        this.#typing = false;
        void this.#run();
      },
      { signal: this.#connected.signal },
    );

    void this.#run();
    if (!hasQuery(this.#state)) {
      // Nothing to search yet: fetch Pagefind when the browser has nothing better to do.
      const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
      idle(() => void this.#load().catch(() => {}));
    }
  }

  disconnectedCallback(): void {
    this.#connected?.abort();
  }

  /** Loads Pagefind once; a failure can be retried by the next search. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = new URL('/pagefind/pagefind.js', location.href).href;
      const pagefind: Pagefind = await import(/* @vite-ignore */ bundle);
      await pagefind.options({ noWorker: true, excerptLength: 24, ranking: RANKING });
      await pagefind.init();
      this.#ready = true;
      return pagefind;
    })().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
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
    this.#order ??= fetch(sortOrderPath(document.documentElement.lang))
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

  #ticked(): SearchState['filters'] {
    const filters = noFilters();
    for (const box of this.#facets.querySelectorAll<HTMLInputElement>('input:checked')) {
      filters[box.name as Facet]?.push(box.value);
    }
    return filters;
  }

  #onInput(): void {
    this.#update({ q: this.#input.value }, this.#typing ? 'replace' : 'push');
    this.#typing = true;
  }

  /** Changes the state, records it in the URL and searches again. */
  #update(change: Partial<SearchState>, history: 'push' | 'replace'): void {
    this.#state = { ...this.#state, ...change };
    if (history === 'push') this.#typing = false;
    const search = stateSearch(this.#state);
    if (search !== location.search) {
      const url = `${location.pathname}${search}`;
      // On a hall screen each search state replaces the last: the browser's history never holds
      // a visit (the dock's Back walks the visit's own trail).
      if (history === 'push' && !inKiosk()) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void this.#run();
  }

  /** Puts the state into the form controls (after a URL change). */
  #syncControls(): void {
    const { q, filters, sort } = this.#state;
    if (this.#input.value !== q) this.#input.value = q;
    this.#sort.value = sort;
    for (const box of this.#facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = filters[box.name as Facet]?.includes(box.value) ?? false;
    }
    const active = activeFilters(filters);
    this.querySelector('.active-count')!.textContent = active ? String(active) : '';
    this.#facets.querySelector<HTMLButtonElement>('.clear')!.hidden = active === 0;
    document.title = q ? `${q} · ${this.#title}` : this.#title;
  }

  /** Runs the current search and draws it; a newer search makes an older one stop. */
  async #run(): Promise<void> {
    const id = ++this.#searchId;
    this.#syncControls();
    this.toggleAttribute('data-counting', true);
    const { filters } = this.#state;
    const term = searchTerm(this.#state.q);
    if (!hasQuery(this.#state)) {
      this.#results = [];
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.#finish(id, 'idle', 0);
      if (this.#filters) void this.#count(id);
      else this.toggleAttribute('data-counting', false);
      return;
    }
    if (!this.#ready) {
      this.#status.textContent = this.#strings['search.loading']!;
      this.#show('loading');
    }
    this.#list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await this.#load();
      const by = resultOrder(this.#state);
      const [response, order] = await Promise.all([
        pagefind.search(term || null, { filters: pagefindFilters(filters) }),
        by && this.#loadOrder(),
      ]);
      if (id !== this.#searchId || !response) return;
      this.#results = by && order ? sortResults(response.results, order, by) : response.results;
      this.#shown = 0;
      if (!(await this.#drawMore(false, id))) return;
      const count = response.results.length;
      const key = pluralKey(
        this.#strings,
        term ? 'search.resultsFor' : 'search.results',
        count,
        document.documentElement.lang,
      );
      this.#status.textContent = count
        ? this.#text(key, { count, query: term })
        : this.#text(term ? 'search.empty' : 'search.emptyFiltered', { query: term });
      this.#finish(id, count ? 'results' : 'empty', count);
      // The counts need every filter chunk, which the results themselves do not: they come once
      // the results are on screen.
      requestAnimationFrame(() => setTimeout(() => void this.#count(id)));
    } catch {
      if (id === this.#searchId) this.#fail();
    }
  }

  /**
   * Counts the results each filter value would give and writes them beside the checkboxes. A facet
   * with ticked values is counted as if it had none, so its other values stay in reach.
   */
  async #count(id: number): Promise<void> {
    try {
      const pagefind = await this.#load();
      const all = await this.#loadFilters(pagefind);
      const { filters } = this.#state;
      const term = searchTerm(this.#state.q) || null;
      let counts: Counts = all;
      if (hasQuery(this.#state)) {
        const without = [undefined, ...FACET_KEYS.filter((f) => filters[f].length > 0)];
        const searches = await Promise.all(
          without.map((facet) =>
            pagefind.search(term, { filters: pagefindFilters(filters, facet) }),
          ),
        );
        counts = { ...searches[0]?.filters };
        without.forEach((facet, i) => {
          if (!facet) return;
          counts[facet] = searches[i]?.filters[facet];
          counts[unverifiedFilter(facet)] = searches[i]?.filters[unverifiedFilter(facet)];
        });
      }
      if (id !== this.#searchId) return;
      this.#drawCounts(counts);
      this.toggleAttribute('data-counting', false);
    } catch {
      // The results are on screen; the filters simply stay without counts.
      if (id === this.#searchId) this.toggleAttribute('data-counting', false);
    }
  }

  /**
   * Draws the next page of results; returns false when a newer search took over. The first few
   * (what a screen shows first) are drawn as soon as their data is in, the rest follow.
   */
  async #drawMore(focus: boolean, id = this.#searchId): Promise<boolean> {
    const start = this.#shown;
    const pending = this.#results.slice(start, start + PAGE).map((result) => result.data());
    this.#shown = start + pending.length;
    this.#more.hidden = true;
    const draw = (data: PagefindData[], replace: boolean) => {
      const items = data.map((entry) => this.#drawResult(entry));
      if (replace) this.#list.replaceChildren(...items);
      else this.#list.append(...items);
      return items;
    };
    const first = await Promise.all(pending.slice(0, FIRST));
    if (id !== this.#searchId) return false;
    const items = draw(first, start === 0);
    if (focus) items[0]?.querySelector('a')?.focus();
    Promise.all(pending.slice(FIRST))
      .then((rest) => {
        if (id !== this.#searchId) return;
        draw(rest, false);
        this.#more.hidden = this.#shown >= this.#results.length;
      })
      .catch(() => {
        if (id === this.#searchId) this.#fail();
      });
    return true;
  }

  /** One result: thumbnail, kind and county, name (in both languages) and excerpt. */
  #drawResult(entry: PagefindData): HTMLLIElement {
    const item = element('li', 'result');
    const thumb = element('img', 'thumb');
    thumb.alt = '';
    thumb.width = THUMBNAIL_SIZE.width;
    thumb.height = THUMBNAIL_SIZE.height;
    thumb.loading = 'lazy';
    thumb.decoding = 'async';
    thumb.addEventListener('error', () => thumb.removeAttribute('src'), { once: true });
    thumb.src = thumbnailPath(entry.url);
    const text = element('div', 'text');
    const eyebrow = [entry.filters['kind']?.[0], entry.filters['county']?.[0]].filter(Boolean);
    const heading = element('h2', 'name');
    const link = element('a', '', entry.meta['title'] ?? entry.url);
    link.href = entry.url;
    heading.append(link);
    const line = element('p', 'eyebrow', eyebrow.join(' · '));
    // The county last in the line, so the mark follows it when only a repost names it.
    if (entry.filters[unverifiedFilter('county')]?.length) {
      line.append(element('span', 'unverified', this.#strings['entry.unverified']));
    }
    text.append(line, heading);
    const other = entry.meta['name_en'] ?? entry.meta['name_zh']?.split(' ')[0];
    if (other) {
      const alt = element('p', 'alt-name', other);
      alt.lang = LOCALES[entry.meta['name_en'] ? 'en' : 'zh'].lang;
      text.append(alt);
    }
    const excerpt = element('p', 'excerpt');
    appendExcerpt(excerpt, entry.excerpt);
    text.append(excerpt);
    item.append(thumb, text);
    return item;
  }

  /** Writes each filter value's count beside it and hides values with none (unless ticked). */
  #drawCounts(counts: Counts): void {
    for (const fieldset of this.#facets.querySelectorAll<HTMLFieldSetElement>('[data-facet]')) {
      const facet = fieldset.dataset.facet as Facet;
      const values = counts[facet] ?? {};
      // How many of a value's results are unverified (see lib/search/record.ts): county and regime.
      const unverified = counts[unverifiedFilter(facet)] ?? {};
      const list = fieldset.querySelector('ul')!;
      const known = new Set(
        [...list.querySelectorAll<HTMLInputElement>('input')].map((box) => box.value),
      );
      // A value the page did not know at build time still gets a checkbox.
      for (const value of Object.keys(values).filter((v) => !known.has(v))) {
        const item = list.querySelector('li')!.cloneNode(true) as HTMLLIElement;
        const box = item.querySelector('input')!;
        box.value = value;
        box.checked = this.#state.filters[facet].includes(value);
        item.querySelector('.name')!.textContent = value;
        list.append(item);
      }
      let visible = 0;
      for (const item of list.querySelectorAll('li')) {
        const box = item.querySelector('input')!;
        const count = values[box.value] ?? 0;
        item.querySelector('.count')!.textContent = String(count);
        const marked = item.querySelector<HTMLElement>('.unverified');
        const b = Math.min(unverified[box.value] ?? 0, count);
        if (marked) {
          marked.textContent = b > 0 ? this.#text('search.unverifiedCount', { count: b }) : '';
          marked.hidden = b === 0;
        }
        item.hidden = count === 0 && !box.checked && document.activeElement !== box;
        if (!item.hidden) visible++;
      }
      fieldset.hidden = visible === 0;
    }
  }

  #finish(id: number, state: string, count: number): void {
    this.#list.removeAttribute('aria-busy');
    this.#show(state);
    this.dispatchEvent(
      new CustomEvent('bh-search:drawn', {
        bubbles: true,
        detail: { id, query: this.#state.q, state, count },
      }),
    );
  }

  #fail(): void {
    this.#results = [];
    this.#list.replaceChildren();
    this.#status.textContent = this.#strings['search.error']!;
    this.toggleAttribute('data-counting', false);
    this.#finish(this.#searchId, 'error', 0);
  }

  /** Shows the blocks that belong to a state (idle, loading, results, empty, error). */
  #show(state: string): void {
    this.dataset.state = state;
    for (const block of this.querySelectorAll<HTMLElement>('[data-show]')) {
      block.hidden = !block.dataset.show!.split(' ').includes(state);
    }
    if (state !== 'results') this.#more.hidden = true;
  }

  #text(key: string, params: Record<string, string | number>): string {
    return (this.#strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(params[name] ?? ''),
    );
  }
}

customElements.define('bh-search', BhSearch);
