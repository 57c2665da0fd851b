/**
 * The size of the kiosk's offline copy of a built site, by kind of file. It runs the build's own
 * service-worker step (src/integrations/service-worker.ts) on the site, so a site built before a
 * change of that step (a `bench:build` site, say) is measured with the step as it is now; the
 * site's sw.js and page packs are rewritten.
 *
 *   npm run bench:precache -- [--site dist]
 *
 * Sizes are the bytes of the stored files, what the browser's cache keeps.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';

const KINDS: [string, RegExp][] = [
  ['pages (packs and their index)', /^offline\//],
  ['search index (Pagefind, thumbnails, sort orders)', /^(?:pagefind|search-thumbs|search-sort)\//],
  ['pictures (one variant each)', /\.(?:avif|webp|png|jpe?g|gif)$/],
  ['CSS and JS', /^_astro\/.+\.(?:css|js)$/],
];

/** Files and bytes of each kind in a site's sw.js list. */
export function precacheByKind(site: string): { kind: string; files: number; bytes: number }[] {
  const worker = readFileSync(join(site, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
  const rows = new Map<string, { files: number; bytes: number }>();
  for (const url of urls) {
    const kind = KINDS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';
    const row = rows.get(kind) ?? { files: 0, bytes: 0 };
    row.files += 1;
    row.bytes += statSync(join(site, decodeURI(url))).size;
    rows.set(kind, row);
  }
  return [...KINDS.map(([kind]) => kind), 'other']
    .filter((kind) => rows.has(kind))
    .map((kind) => ({ kind, ...rows.get(kind)! }));
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  const site = values.site;
  const { count, size } = await writeServiceWorker(site);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`${site}: sw.js lists ${count.toLocaleString('en')} files, ${mb(size)} MB\n`);
  console.log('| kind | files | MB |\n| --- | ---: | ---: |');
  for (const row of precacheByKind(site)) {
    console.log(`| ${row.kind} | ${row.files.toLocaleString('en')} | ${mb(row.bytes)} |`);
  }
}
