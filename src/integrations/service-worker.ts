/**
 * Writes the kiosk's service worker, dist/sw.js, once the site and its Pagefind index are built
 * (this integration runs after pagefindIndex() in astro.config.mjs). The worker precaches the
 * whole site so a hall screen keeps working offline (src/integrations/sw-runtime.ts); its build
 * id is a hash of every file's content, so a new build is a new worker, which the kiosk takes at
 * its next idle reset.
 *
 * Left out of the precache: pictures the pages never show (originals Astro copies, the
 * OpenGraph images named only in <meta>), the sitemaps and robots.txt.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serviceWorker, type PrecacheEntry } from './sw-runtime.ts';

const RASTER = /\.(?:png|jpe?g|webp|avif|gif)$/;
const SKIP = /^(?:sw\.js|robots\.txt|sitemap[^/]*\.xml)$/;

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The address a file is served at: gi/x/index.html → /gi/x/. */
export function fileUrl(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Runs `work` on every item, a few at a time: a large site has more files than a process may
 * have open at once (EMFILE at 5,000 entries with everything at once). */
async function mapLimited<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return results;
}

/** Every address under /_astro/ and /qr/ that a page, a stylesheet or a script names. */
async function referencedFiles(site: string, files: string[]): Promise<Set<string>> {
  const referenced = new Set<string>();
  await mapLimited(
    files.filter((file) => /\.(?:html|css|js)$/.test(file)),
    async (file) => {
      let text = await readFile(join(site, file), 'utf8');
      // OpenGraph images are named only in <meta>, for other sites: not shown, not precached.
      if (file.endsWith('.html')) text = text.replace(/<meta [^>]*>/g, '');
      for (const [address] of text.matchAll(/\/(?:_astro|qr)\/[\w.-]+/g)) referenced.add(address);
    },
  );
  return referenced;
}

/** The precache list of a built site, and the QR codes its pages show. */
export async function precacheManifest(
  site: string,
): Promise<{ entries: PrecacheEntry[]; qrShown: string[] }> {
  const files = (await filesIn(site)).filter((file) => !SKIP.test(file));
  const referenced = await referencedFiles(site, files);
  const shown = (file: string) =>
    !file.startsWith('_astro/') || !RASTER.test(file) || referenced.has(`/${file}`);
  const entries = await mapLimited(files.filter(shown), async (file) => ({
    url: fileUrl(file),
    revision: createHash('sha256')
      .update(await readFile(join(site, file)))
      .digest('hex')
      .slice(0, 16),
  }));
  const qrShown = [...referenced].filter((address) => /^\/qr\/[0-9a-f]{8}\.svg$/.test(address));
  return { entries, qrShown };
}

export default function serviceWorkerBuild(): AstroIntegration {
  return {
    name: 'bh-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { entries, qrShown } = await precacheManifest(site);
        // Every QR code a page shows must have been written (src/pages/qr/[id].svg.ts).
        const urls = new Set(entries.map((entry) => entry.url));
        const missing = qrShown.filter((url) => !urls.has(url));
        if (missing.length > 0) {
          throw new Error(`Pages show QR codes that were not built: ${missing.join(', ')}`);
        }
        const buildId = createHash('sha256')
          .update(serviceWorker.toString())
          .update(JSON.stringify(entries))
          .digest('hex')
          .slice(0, 12);
        const source =
          `// The kiosk's service worker, build ${buildId}: written by src/integrations/service-worker.ts.\n` +
          `(${serviceWorker.toString()})(${JSON.stringify(buildId)}, ${JSON.stringify(entries)});\n`;
        await writeFile(join(site, 'sw.js'), source);
        logger.info(`sw.js: build ${buildId}, ${entries.length} files precached for kiosk mode`);
      },
    },
  };
}
