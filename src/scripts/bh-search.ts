/**
 * <bh-search>: the search page. Pagefind (built into /pagefind/ by src/integrations/pagefind.ts)
 * loads on first use (focus of the box, a query in the URL) or when the browser is idle; this
 * element then searches on every keystroke, draws the results and keeps the query, the filters
 * and the sort in the URL, so a result list can be shared and the back button works.
 *
 * The element holds the page only: the state and its URL are src/lib/search/state.ts, Pagefind is
 * pagefind-client.ts. Text from the query or the index only ever reaches the page as text, never
 * as HTML. The filter counts load after the results are drawn, and result data loads a page of
 * five at a time.
 */
import { unverifiedFilter, type Facet } from '../lib/search/contract';
import {
  activeFilters,
  hasQuery,
  noFilters,
  readState,
  searchTerm,
  sortOrderOf,
  stateSearch,
  type SearchState,
} from '../lib/search/state';
import { pluralKey } from '../i18n/plural';
import { inKiosk } from './kiosk-flag';
import {
  PagefindClient,
  resultView,
  type Counts,
  type PagefindData,
  type PagefindResult,
} from './pagefind-client';

/** Results drawn at a time; "show more" draws the next ones. */
const PAGE = 5;
/** Results drawn before the rest of a page has arrived: about what a screen shows first. */
const FIRST = 3;

class BhSearch extends HTMLElement {
  #strings: Record<string, string> = {};
  #pagefind = new PagefindClient({ lang: document.documentElement.lang });
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
  #template!: HTMLTemplateElement;
  #connected: AbortController | undefined;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}');
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('ol.results')!;
    this.#more = this.querySelector('button.more')!;
    this.#sort = this.querySelector('select[name="sort"]')!;
    this.#facets = this.querySelector('form.facets')!;
    this.#template = this.querySelector('template[data-template="result"]')!;
    // On a wide screen the filters stand open beside the results; on a phone they fold away.
    this.querySelector('details')!.open = matchMedia('(min-width: 60rem)').matches;

    this.#input.addEventListener('input', () => this.#onInput());
    this.#input.addEventListener('focus', () => void this.#pagefind.load().catch(() => {}), {
      once: true,
    });
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
      idle(() => void this.#pagefind.load().catch(() => {}));
    }
  }

  disconnectedCallback(): void {
    this.#connected?.abort();
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
    const term = searchTerm(this.#state.q);
    if (!hasQuery(this.#state)) {
      this.#results = [];
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.#finish(id, 'idle', 0);
      if (this.#pagefind.counting) void this.#count(id);
      else this.toggleAttribute('data-counting', false);
      return;
    }
    if (!this.#pagefind.ready) {
      this.#status.textContent = this.#strings['search.loading']!;
      this.#show('loading');
    }
    this.#list.setAttribute('aria-busy', 'true');
    try {
      const results = await this.#pagefind.search(this.#state);
      if (id !== this.#searchId || !results) return;
      this.#results = results;
      this.#shown = 0;
      if (!(await this.#drawMore(false, id))) return;
      const count = results.length;
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

  /** Counts the results each filter value would give and writes them beside the checkboxes. */
  async #count(id: number): Promise<void> {
    try {
      const counts = await this.#pagefind.counts(this.#state);
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

  /**
   * One result, copied from the page's <template> (SearchResultTemplate.astro): thumbnail, kind and
   * county, name (in both languages) and excerpt. Each slot gets text or an attribute, never HTML.
   */
  #drawResult(data: PagefindData): HTMLLIElement {
    const result = resultView(data);
    const item = this.#template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const slot = <T extends HTMLElement>(name: string) =>
      item.querySelector<T>(`[data-slot="${name}"]`)!;

    const thumb = slot<HTMLImageElement>('thumb');
    thumb.addEventListener('error', () => thumb.removeAttribute('src'), { once: true });
    thumb.src = result.thumbnail;
    // The county last in the line, so the mark follows it when only a repost names it.
    slot('eyebrow').prepend(result.eyebrow.join(' · '));
    if (!result.countyUnverified) slot('unverified').remove();
    const link = slot<HTMLAnchorElement>('title');
    link.textContent = result.title;
    link.href = result.url;
    const alt = slot('alt-name');
    if (result.otherName) {
      alt.textContent = result.otherName.text;
      alt.lang = result.otherName.lang;
    } else {
      alt.remove();
    }
    const excerpt = slot('excerpt');
    for (const { text, marked } of result.excerpt) {
      const last = excerpt.lastChild;
      if (!marked) excerpt.append(text);
      // Consecutive marked runs are one highlight (金 and 乡: 金乡).
      else if (last instanceof HTMLElement && last.localName === 'mark') last.append(text);
      else excerpt.append(Object.assign(document.createElement('mark'), { textContent: text }));
    }
    for (const node of item.querySelectorAll('[data-slot]')) node.removeAttribute('data-slot');
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
