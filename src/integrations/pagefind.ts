/**
 * Builds the Pagefind search index from the finished site. Any error Pagefind reports fails the
 * build, and the Pagefind service is always closed, so a failed build never hangs.
 *
 * Only pages with data-pagefind-body (the brand detail pages) are indexed, one index per
 * language (`<html lang>` decides). The build checks that each language of the site got its index
 * and that no page fell into an index of no language.
 *
 * It also gives each indexed entry its search thumbnail at a fixed address, /search-thumbs/<path
 * without language>.webp, from the `data-search-thumbnail` SearchMeta writes. Pagefind 1.6 makes
 * words of every metadata value, so an `image` field would add a unique word per page to the
 * index; the search page finds the thumbnail from the result's address instead.
 */
import { copyFile, link, mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { THUMBNAILS } from '../components/search/search-record.ts';
import { LOCALES } from '../i18n/locales.ts';

/** How the index is made; the search benchmark indexes synthetic pages the same way. Image
 * credits repeat on every page: they would match every query and fill excerpts. */
export const PAGEFIND_CONFIG = { excludeSelectors: ['figcaption'] };

const THUMBNAIL_ATTRIBUTE = /<div[^>]*\bdata-search-thumbnail="([^"]+)"/;
const LOCALE_PREFIXES = Object.values(LOCALES)
  .map((locale) => locale.pathPrefix)
  .filter(Boolean);

/** The thumbnail's address for a detail page: /en/gi/x/ and /gi/x/ share /search-thumbs/gi/x.webp. */
export function thumbnailPath(pagePath: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  if (LOCALE_PREFIXES.includes(parts[0] ?? '')) parts.shift();
  return `/${THUMBNAILS}/${parts.join('/')}.webp`;
}

/** Links (or copies) the thumbnail each page names to its fixed address. Returns how many. */
export async function placeThumbnails(site: string): Promise<number> {
  const placed = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind', THUMBNAILS].includes(entry.name)) await visit(path);
        continue;
      }
      if (entry.name !== 'index.html') continue;
      const source = THUMBNAIL_ATTRIBUTE.exec(await readFile(path, 'utf8'))?.[1];
      if (!source) continue;
      const target = join(site, thumbnailPath(`/${relative(site, dirname(path))}/`));
      if (placed.has(target)) continue;
      placed.add(target);
      await mkdir(dirname(target), { recursive: true });
      await link(join(site, source), target).catch(() => copyFile(join(site, source), target));
    }
  };
  await visit(site);
  return placed.size;
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

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'bh-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = `${site}pagefind`;
        const started = performance.now();
        const thumbnails = await placeThumbnails(site);
        try {
          const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
          assertNoErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          assertNoErrors('indexing', added.errors);
          if (added.page_count === 0) {
            throw new Error('Pagefind indexed no pages: detail pages need data-pagefind-body');
          }
          const written = await index.writeFiles({ outputPath: bundle });
          assertNoErrors('writeFiles', written.errors);
          const languages = await indexedLanguages(bundle);
          assertOneIndexPerLanguage(languages);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const counts = Object.entries(languages)
            .map(([lang, count]) => `${lang}: ${count}`)
            .join(', ');
          logger.info(`indexed ${counts} detail pages in ${seconds} s (${thumbnails} thumbnails)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
