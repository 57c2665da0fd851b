/**
 * Builds the Pagefind search index from the finished site, a step after Astro's build
 * (scripts/build.ts). Any error Pagefind reports fails the build, and the Pagefind service is
 * always closed, so a failed build never hangs.
 *
 * Only pages with data-pagefind-body (the brand detail pages) are indexed, one index per
 * language (`<html lang>` decides). The build checks that each language of the site got its index
 * and that no page fell into an index of no language.
 *
 * Two things the search page needs are kept out of Pagefind's index (see src/lib/search/record.ts)
 * and written beside it from the attributes SearchMeta puts on each page (addresses: contract.ts):
 * - each entry's thumbnail, at a fixed address the search page derives from the result's:
 *   /gi/x/ and /en/gi/x/ → /search-thumbs/gi/x.webp;
 * - the sort orders of each index (/search-sort/zh-cn.json): Pagefind's result ids in name
 *   order, with each one's year, fetched only when a visitor sorts.
 */
import { gunzipSync } from 'node:zlib';
import { copyFile, link, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales.ts';
import { SORTS_DIR, sortOrderPath, thumbnailPath, type SortOrder } from '../lib/search/contract.ts';
import { pageSearchData, type PageSearchData } from '../lib/search/record.ts';
import { siteFiles, type BuiltPage } from './built-site.ts';

/** How the index is made; the search benchmark indexes synthetic pages the same way. Image
 * credits repeat on every page: they would match every query and fill excerpts. */
export const PAGEFIND_CONFIG = { excludeSelectors: ['figcaption'] };

/** An element that marks what Pagefind indexes of a page. */
const PAGEFIND_BODY = /<[a-z][^>]*\sdata-pagefind-body[\s=>]/;

/** The search data of every detail page of a built site, by its address (`/gi/x/`). Fails on a
 * page Pagefind would index that has none: the index is made only of pages with search data. */
export async function readSearchData(
  site: string,
  pages: readonly BuiltPage[],
): Promise<Map<string, PageSearchData>> {
  const found = new Map<string, PageSearchData>();
  for (const page of pages) {
    const html = await readFile(join(site, page.file), 'utf8');
    const data = pageSearchData(html);
    if (data) found.set(page.path, data);
    else if (PAGEFIND_BODY.test(html)) {
      throw new Error(
        `${page.file}: has data-pagefind-body but no search data; render SearchMeta inside it`,
      );
    }
  }
  return found;
}

/** The glob of the folders that hold pages with search data (`gi/x/index.html` → `gi`): Pagefind
 * reads those pages only, not every list, county and industry page, which it would parse to find
 * no data-pagefind-body (a sixth of the site's HTML at 1,000 entries, docs/benchmarks.md). */
export function searchedPagesGlob(files: readonly string[]): string {
  if (files.length === 0) throw new Error('No page has search data: detail pages need SearchMeta');
  const folders = new Set<string>();
  for (const file of files) {
    const folder = posix.dirname(posix.dirname(file));
    if (!file.endsWith('/index.html') || folder === '.') {
      throw new Error(`${file}: a page with search data must be <folder>/<id>/index.html`);
    }
    folders.add(folder);
  }
  return `{${[...folders].sort().join(',')}}/*/index.html`;
}

/** Links (or copies) each page's thumbnail to its fixed address. Returns how many. */
export async function placeThumbnails(
  site: string,
  pages: Map<string, PageSearchData>,
): Promise<number> {
  const placed = new Set<string>();
  for (const [url, { thumbnail }] of pages) {
    const target = join(site, thumbnailPath(url));
    if (!thumbnail || placed.has(target)) continue;
    placed.add(target);
    await mkdir(dirname(target), { recursive: true });
    await link(join(site, thumbnail), target).catch(() => copyFile(join(site, thumbnail), target));
  }
  return placed.size;
}

/** The address a Pagefind fragment file belongs to (gzip, a signature, then JSON). */
function fragmentUrl(file: Buffer, name: string): string {
  const data = gunzipSync(file);
  if (data.subarray(0, 12).toString() !== 'pagefind_dcd') {
    throw new Error(`Pagefind fragment ${name} is not in the format of Pagefind 1.6`);
  }
  return (JSON.parse(data.subarray(12).toString('utf8')) as { url: string }).url;
}

/** Writes, for each language's index, its result ids in name order with each one's year (SortOrder). */
export async function writeSortOrders(
  site: string,
  pages: Map<string, PageSearchData>,
): Promise<void> {
  const byLanguage = new Map<string, { id: string; name: string; year: number }[]>();
  for (const file of siteFiles(site, 'pagefind/fragment')) {
    const name = basename(file);
    const id = name.replace(/\.pf_fragment$/, '');
    const lang = id.slice(0, id.lastIndexOf('_'));
    const url = fragmentUrl(await readFile(join(site, file)), name);
    const data = pages.get(url);
    if (!data) throw new Error(`Pagefind indexed ${url}, which has no search data (SearchMeta)`);
    const list = byLanguage.get(lang) ?? [];
    list.push({ id: id.slice(lang.length + 1), name: data.name, year: data.year ?? 0 });
    byLanguage.set(lang, list);
  }
  await mkdir(join(site, SORTS_DIR), { recursive: true });
  for (const [lang, list] of byLanguage) {
    // Code-point order: pinyin syllables with spaces sort as a dictionary does (ji ning < jia).
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const order: SortOrder = {
      prefix: `${lang}_`,
      ids: list.map((p) => p.id),
      years: list.map((p) => p.year),
    };
    await writeFile(join(site, sortOrderPath(lang)), JSON.stringify(order));
  }
}

/** Stops the build with Pagefind's own messages when a step reported errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(
      `Pagefind ${step} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`,
    );
  }
}

/** The languages Pagefind wrote an index for, with their page counts. */
export async function indexedLanguages(bundle: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(`${bundle}/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(
    Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]),
  );
}

/** Fails when a site language has no index, or when pages landed in an unexpected one. */
export function assertOneIndexPerLanguage(languages: Record<string, number>): void {
  const expected = Object.values(LOCALES).map((locale) => locale.lang.toLowerCase());
  const missing = expected.filter((lang) => !languages[lang]);
  const extra = Object.keys(languages).filter((lang) => !expected.includes(lang));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `Pagefind should write one index per language (${expected.join(', ')}), ` +
        `but wrote ${JSON.stringify(languages)}. ` +
        'Check that every detail page has <html lang> set to a language of the site.',
    );
  }
}

/**
 * Writes the search index of a built site (`site`/pagefind/) from its pages, with the thumbnails
 * and sort orders beside it. Returns what it did, for the build's log.
 */
export async function writeSearchIndex(site: string, built: readonly BuiltPage[]): Promise<string> {
  const bundle = join(site, 'pagefind');
  const started = performance.now();
  const pages = await readSearchData(site, built);
  const thumbnails = await placeThumbnails(site, pages);
  try {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const searched = built.filter((page) => pages.has(page.path));
    const added = await index.addDirectory({
      path: site,
      glob: searchedPagesGlob(searched.map((page) => page.file)),
    });
    assertNoErrors('indexing', added.errors);
    if (added.page_count === 0) {
      throw new Error('Pagefind indexed no pages: detail pages need data-pagefind-body');
    }
    if (added.page_count !== searched.length) {
      throw new Error(
        `Pagefind indexed ${added.page_count} pages, but ${searched.length} have search data`,
      );
    }
    const written = await index.writeFiles({ outputPath: bundle });
    assertNoErrors('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  const languages = await indexedLanguages(bundle);
  assertOneIndexPerLanguage(languages);
  await writeSortOrders(site, pages);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = Object.entries(languages)
    .map(([lang, count]) => `${lang}: ${count}`)
    .join(', ');
  return `indexed ${counts} detail pages in ${seconds} s (${thumbnails} thumbnails)`;
}
