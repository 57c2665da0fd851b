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

/** The precache list of a built site, and the text of its pages (for the checks). */
export async function precacheManifest(
  site: string,
): Promise<{ entries: PrecacheEntry[]; pages: string }> {
  const files = (await filesIn(site)).filter((file) => !SKIP.test(file));
  const texts = await Promise.all(
    files
      .filter((file) => /\.(?:html|css|js)$/.test(file))
      .map(async (file) => {
        const text = await readFile(join(site, file), 'utf8');
        return file.endsWith('.html') ? text.replace(/<meta [^>]*>/g, '') : text;
      }),
  );
  const pages = texts.join('\n');
  const shown = (file: string) =>
    !file.startsWith('_astro/') || !RASTER.test(file) || pages.includes(file.slice(7));
  const entries = await Promise.all(
    files.filter(shown).map(async (file) => ({
      url: fileUrl(file),
      revision: createHash('sha256')
        .update(await readFile(join(site, file)))
        .digest('hex')
        .slice(0, 16),
    })),
  );
  return { entries, pages };
}

export default function serviceWorkerBuild(): AstroIntegration {
  return {
    name: 'bh-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { entries, pages } = await precacheManifest(site);
        // Every QR code a page shows must have been written (src/pages/qr/[id].svg.ts).
        const urls = new Set(entries.map((entry) => entry.url));
        const missing = [...new Set(pages.match(/\/qr\/[0-9a-f]{8}\.svg/g) ?? [])].filter(
          (url) => !urls.has(url),
        );
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
