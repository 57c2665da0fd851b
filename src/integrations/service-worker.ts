/**
 * Writes the kiosk's service worker, dist/sw.js, once the site and its Pagefind index are built
 * (the last step after Astro's build, scripts/build.ts): esbuild bundles the worker
 * (src/sw/kiosk-sw.ts, with Workbox), and Workbox's injectManifest writes into it the list of
 * files to keep, each with a hash of its content (files under /_astro/ carry theirs in their
 * names). A new build is therefore a new sw.js, which the kiosk installs in the background and
 * takes at its next idle reset.
 *
 * The list is what a hall screen shows: every page, the CSS and JS, the search index (Pagefind
 * with its thumbnails and sort orders), the files the stylesheets name (the care-mode pointer)
 * and one variant of each picture, the one a hall screen loads (src/integrations/hall-pictures.ts).
 * Left out: the other variants, the originals offered for download and OpenGraph images, the open
 * data files, feeds, sitemaps and robots.txt. At 5,000 entries the pages are most of the copy, so
 * they are not listed as they are but stored in compressed packs (src/sw/page-packs.ts). QR codes
 * are no files: the kiosk draws them (src/lib/qr-draw.ts).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest, type ManifestEntry } from 'workbox-build';
import { KIOSK } from '../kiosk.config.ts';
import { PACKS_DIR } from '../sw/page-packs.ts';
import { siteFiles } from './built-site.ts';
import { onePerPicture, shownPictures, type ShownPicture } from './hall-pictures.ts';
import { writePagePacks } from './page-packs.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../sw/kiosk-sw.ts', import.meta.url));

const RASTER = /\.(?:png|jpe?g|webp|avif|gif)$/;
/** Files a hall screen needs whatever the pages name: the pages, the CSS and JS, the search index
 * and its companions. */
const ALWAYS = /^(?:pagefind|search-thumbs|search-sort)\/|^_astro\/[^/]+\.(?:css|js)$|\.html$/;
/** Root-relative addresses of files the pages, scripts and stylesheets use (under /_astro/, in a
 * CSS url(), the icon). Absolute addresses are for other sites (JSON-LD, OpenGraph). */
const NAMED =
  /(?<=["'(\s,])\/(_astro\/[\w.-]+)|url\(["']?\/([^)"'?#]+)|rel="icon"[^>]* href="\/([^"]+)"/g;

/** Runs `work` on every item, a few at a time: a large site has more files than a process may
 * have open at once (EMFILE at 5,000 entries with everything at once). */
async function mapLimited<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

/** What the pages show: the pictures of every page, and the files their markup, scripts and
 * stylesheets name otherwise (the care-mode pointer, the icon). */
async function shownBySite(
  site: string,
  files: string[],
): Promise<{ named: Set<string>; pictures: { where: string; picture: ShownPicture }[] }> {
  const named = new Set<string>();
  const pictures: { where: string; picture: ShownPicture }[] = [];
  await mapLimited(
    files.filter((file) => /\.(?:html|css|js)$/.test(file)),
    async (file) => {
      let text = await readFile(join(site, file), 'utf8');
      if (file.endsWith('.html')) {
        for (const picture of shownPictures(text, KIOSK.screen, file)) {
          pictures.push({ where: file, picture });
        }
        // Each picture's files are in its <picture> or <img>, and only the one shownPictures()
        // chose is kept; originals offered for download (hidden on hall screens) are not.
        text = text.replace(
          /<picture\b[\s\S]*?<\/picture>|<img [^>]*>|<a [^>]*\bdownload\b[^>]*>/g,
          '',
        );
      }
      for (const [, asset, css, icon] of text.matchAll(NAMED)) {
        const path = (asset ?? css ?? icon)!;
        // A picture a page shows is in its <picture> or <img>; other picture addresses in markup
        // are not shown (data-search-thumbnail, the source of the search's thumbnail).
        if (!(file.endsWith('.html') && RASTER.test(path))) named.add(path);
      }
    },
  );
  return { named, pictures };
}

/** The files of a built site a hall screen keeps, as paths relative to the site. */
export async function hallFiles(site: string): Promise<string[]> {
  // Without what this step writes (when it runs again on a site).
  const files = siteFiles(site).filter((file) => !file.startsWith(`${PACKS_DIR}/`));
  const { named, pictures } = await shownBySite(site, files);
  // Pictures of the site only (not data: or other sites' addresses).
  const ours = onePerPicture(pictures).filter((url) => /^\/(?!\/)/.test(url));
  const kept = new Set(ours.map((url) => decodeURI(url.slice(1))));
  const existing = new Set(files);
  // Every picture and file a page shows must have been written.
  const missing = [...kept, ...named].filter((path) => !existing.has(path));
  if (missing.length > 0) {
    throw new Error(`Pages show files that were not built: ${missing.join(', ')}`);
  }
  return files.filter(
    (file) => file !== 'sw.js' && (ALWAYS.test(file) || kept.has(file) || named.has(file)),
  );
}

/** Writes the packs of the pages; returns the files the copy stores instead of the ones given. */
async function storePacked(site: string, files: string[]): Promise<string[]> {
  const pages = files.filter((file) => file.endsWith('.html'));
  const rest = files.filter((file) => !file.endsWith('.html'));
  return [...rest, ...(await writePagePacks(site, pages))];
}

/** The precache entry of each file, with the revision Workbox itself would give it (the MD5 of
 * its content; none under /_astro/, whose names carry their hash), and their total size. Made
 * here rather than by Workbox's own glob, which walks and hashes every file of the site and kept
 * a sixth of a build's main thread at 1,000 entries (docs/benchmarks.md). */
export async function precacheManifest(
  site: string,
  files: string[],
): Promise<{ entries: ManifestEntry[]; size: number }> {
  const entries: ManifestEntry[] = [];
  let size = 0;
  await mapLimited(files, async (file) => {
    const bytes = await readFile(join(site, file));
    size += bytes.length;
    const revision = file.startsWith('_astro/')
      ? null
      : createHash('md5').update(bytes).digest('hex');
    entries.push({ url: file, revision });
  });
  entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { entries, size };
}

/** Writes dist/sw.js for a built site: the worker with the list of files it keeps. */
export async function writeServiceWorker(
  site: string,
): Promise<{ count: number; size: number; warnings: string[] }> {
  const { entries, size } = await precacheManifest(
    site,
    await storePacked(site, await hallFiles(site)),
  );
  const folder = await mkdtemp(join(tmpdir(), 'bh-sw-'));
  try {
    const { count, warnings } = await injectManifest({
      swSrc: await bundleWorker(folder),
      swDest: join(site, 'sw.js'),
      globDirectory: site,
      globPatterns: [],
      additionalManifestEntries: entries,
    });
    if (count !== entries.length) {
      throw new Error(`sw.js lists ${count} files, the hall needs ${entries.length}`);
    }
    return { count, size, warnings };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The worker bundled for the browser, written to a temporary file for injectManifest. */
async function bundleWorker(folder: string): Promise<string> {
  const file = join(folder, 'kiosk-sw.js');
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: file,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    // Workbox's development logging is dropped from the bundle.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return file;
}
