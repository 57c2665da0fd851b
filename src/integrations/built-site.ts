/**
 * The built site's files, as the build steps and the site checks see them.
 *
 * Pages come from Astro's own lists: `astro:build:done` hands over `assets`, the files each route
 * wrote, keyed by the route (`/[...lang]/gi/[id]`). From it comes every HTML page with its file,
 * its address and its template, the route without its leading slash (`[...lang]/gi/[id]`;
 * `index` for `/`), so nothing re-derives Astro's routing from file names. An HTML file no route
 * wrote (one copied from public/) is a page of the template `(file)`.
 *
 * The other files (CSS, JS, pictures, what Pagefind and the worker write) are in no list of
 * Astro's: siteFiles() walks the site for them, the one walker every step uses.
 *
 * Astro's last step (pageList(), last in astro.config.mjs) writes the pages to a list beside the
 * site, `<outDir>.pages.json` (dist.pages.json for dist/): not in it, since dist/ is deployed and
 * precached, and found from the site's folder alone, whatever --outDir a build used. The steps
 * after Astro's build (scripts/build.ts) read it and mark it finished. The site checks read it
 * (readPageList) and refuse a site without it, an unfinished one, or one it does not match.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/locales.ts';

/** One HTML page of a built site. */
export interface BuiltPage {
  /** Its file, relative to the site with forward slashes: `gi/x/index.html`, `en/404.html`. */
  file: string;
  /** Its address on the site: `/gi/x/` for gi/x/index.html, `/404` for 404.html. */
  path: string;
  /** The route it was made from, without the leading slash: `[...lang]/gi/[id]`; `(file)` if none. */
  template: string;
}

/** What `astro:build:done` lists: the site's folder and the files each route wrote. */
export interface BuildLists {
  dir: URL;
  assets: Map<string, URL[]>;
}

/** The template of an HTML file that no route wrote (a file of public/). */
export const NO_ROUTE = '(file)';

/** Every file of a built site (or of its folder `under`), relative to the site with forward
 * slashes, in code-point order. */
export function siteFiles(site: string, under = ''): string[] {
  const entries = readdirSync(join(site, under), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The address a file is served at: `gi/x/index.html` → `/gi/x/`, `404.html` → `/404`. */
export function addressOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file.replace(/\.html$/, '')}`;
}

/** A template's name from Astro's route: `/[...lang]/gi/[id]` → `[...lang]/gi/[id]`, `/` → `index`. */
export function templateName(route: string): string {
  return route.replace(/^\//, '') || 'index';
}

/** Every file Astro's routes wrote (pages and endpoints), relative to the site, with its route. */
export function writtenFiles({ dir, assets }: BuildLists): { route: string; file: string }[] {
  const site = fileURLToPath(dir);
  return [...assets].flatMap(([route, urls]) =>
    urls.map((url) => ({ route, file: relative(site, fileURLToPath(url)).split(sep).join('/') })),
  );
}

/** Each language's 404 page: Astro writes `en/404/index.html`; errorPages(), the first step after
 * the build, moves it to `en/404.html`, where hosts look for it. */
export const NOT_FOUND_MOVES = Object.values(LOCALES)
  .filter(({ pathPrefix }) => pathPrefix)
  .map(({ pathPrefix }) => ({
    pathPrefix,
    from: `${pathPrefix}/404/index.html`,
    to: `${pathPrefix}/404.html`,
  }));

/**
 * The pages of a built site, by file: the HTML files Astro's routes wrote, where they lie once
 * errorPages() has moved the 404 pages (every later step reads them so), then any other HTML file
 * of the site as `(file)`.
 */
export function builtPages(lists: BuildLists): BuiltPage[] {
  const site = fileURLToPath(lists.dir);
  const pages = new Map<string, BuiltPage>();
  for (const { route, file: written } of writtenFiles(lists)) {
    const file = NOT_FOUND_MOVES.find(({ from }) => from === written)?.to ?? written;
    if (!file.endsWith('.html')) continue;
    pages.set(file, { file, path: addressOf(file), template: templateName(route) });
  }
  const files = siteFiles(site);
  const onDisk = new Set(files);
  const missing = [...pages.keys()].filter((file) => !onDisk.has(file));
  if (missing.length > 0) {
    throw new Error(
      `Astro wrote pages that are not in ${site}: ${missing.join(', ')}. ` +
        'Read the pages after errorPages() has run (astro.config.mjs).',
    );
  }
  for (const file of files) {
    if (file.endsWith('.html') && !pages.has(file)) {
      pages.set(file, { file, path: addressOf(file), template: NO_ROUTE });
    }
  }
  return [...pages.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Where the build lists the pages of the site in `site`: beside it, `dist` → `dist.pages.json`. */
export function pageListPath(site: string): string {
  return `${resolve(site)}.pages.json`;
}

/** How to build a whole site, for the messages that find a site unbuilt or half built. */
const HOW_TO_BUILD =
  'Run `npm run build` (or `node scripts/build.ts --outDir <folder>` for another folder)';

/** Writes the list of the pages beside the site, one page a line. `finished`: the steps after
 * Astro's build (scripts/build.ts) have run, so the site has its search index and worker. */
export function writePageList(
  site: string,
  pages: readonly BuiltPage[],
  { finished }: { finished: boolean },
): void {
  const lines = pages.map((page) => JSON.stringify(page)).join(',\n');
  writeFileSync(pageListPath(site), `{"finished":${finished},"pages":[\n${lines}\n]}\n`);
}

/** The list in the file `path`; throws, naming it, when it is not one (cut short, edited). */
function parsePageList(path: string): { finished?: boolean; pages: BuiltPage[] } {
  let list: unknown;
  try {
    list = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path}: is not a list of pages (${(error as Error).message}). ${HOW_TO_BUILD}.`,
    );
  }
  const pages = (list as { pages?: unknown } | null)?.pages;
  if (!Array.isArray(pages)) {
    throw new Error(`${path}: has no "pages" list. ${HOW_TO_BUILD}.`);
  }
  return list as { finished?: boolean; pages: BuiltPage[] };
}

/**
 * The pages the build listed for the site in `site`. Throws, saying to build, when there is no
 * list, or when the site's HTML files (`files`, from siteFiles()) are not the ones it lists.
 */
export function readPageList(
  site: string,
  files: readonly string[] = siteFiles(site),
  { unfinished = false }: { unfinished?: boolean } = {},
): BuiltPage[] {
  const path = pageListPath(site);
  if (!existsSync(path)) {
    throw new Error(
      `No list of the pages of ${resolve(site)}/: the build writes it to ${path}. ${HOW_TO_BUILD}.`,
    );
  }
  const { finished, pages } = parsePageList(path);
  if (finished !== true && !unfinished) {
    throw new Error(
      `${resolve(site)}/ is not finished: the steps after Astro's build (the search index and ` +
        `the kiosk's service worker) did not run, as after \`astro build\` alone, or failed. ` +
        `${HOW_TO_BUILD}.`,
    );
  }
  const listed = new Set(pages.map((page) => page.file));
  const html = new Set(files.filter((file) => file.endsWith('.html')));
  const unlisted = [...html].filter((file) => !listed.has(file));
  const gone = [...listed].filter((file) => !html.has(file));
  if (unlisted.length > 0 || gone.length > 0) {
    const names = (list: string[]) =>
      `${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}`;
    throw new Error(
      `${path} is not the list of the pages in ${resolve(site)}/ (` +
        [
          unlisted.length > 0 ? `${unlisted.length} not listed: ${names(unlisted)}` : '',
          gone.length > 0 ? `${gone.length} listed but not there: ${names(gone)}` : '',
        ]
          .filter(Boolean)
          .join('; ') +
        `). ${HOW_TO_BUILD}.`,
    );
  }
  return pages;
}

/**
 * Astro's last step: lists the pages beside the site, unfinished, for the steps after the build
 * (scripts/build.ts), which mark it finished. The list of the build before goes when a build
 * starts, before Astro empties the folder: a build that fails after that leaves no list, and one
 * that fails earlier (on content) leaves the site and its list as they were.
 */
export default function pageList(): AstroIntegration {
  let outDir: URL | undefined;
  return {
    name: 'bh-page-list',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        if (outDir) rmSync(pageListPath(fileURLToPath(outDir)), { force: true });
      },
      'astro:build:done': (done) => {
        const pages = builtPages(done);
        const site = fileURLToPath(done.dir);
        writePageList(site, pages, { finished: false });
        const templates = new Set(pages.map((page) => page.template)).size;
        const where = relative(process.cwd(), pageListPath(site));
        done.logger.info(
          `${pages.length} pages of ${templates} templates listed in ${where.startsWith('..') ? pageListPath(site) : where}`,
        );
      },
    },
  };
}
