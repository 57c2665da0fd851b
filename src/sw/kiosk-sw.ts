/**
 * The kiosk's service worker: the hall's offline copy. The page registers it only in kiosk mode
 * (src/scripts/bh-kiosk.ts); the build bundles this file and Workbox's injectManifest writes the
 * list of files into it as dist/sw.js (src/integrations/service-worker.ts).
 *
 * - install: Workbox precaches every file of the list (pages, CSS, JS, the search index, the QR
 *   codes and one variant of each picture), each under its address and revision; pages and QR
 *   codes are stored gzipped (src/sw/stored-gzipped.ts), as `<file>.gz`. So a new build
 *   downloads only the files that changed. The new worker then waits: the page sends it
 *   `{ type: 'skip-waiting' }` at the next idle reset (or at once while the attract loop shows),
 *   and until then the old worker answers from its own entries, so a visit never mixes two builds.
 * - activate: Workbox deletes the entries no longer listed; the worker takes control of open
 *   pages, so the first visit is already offline-proof.
 * - fetch: the precache first, for the whole site: pages with or without a query (?q=), and
 *   Pagefind's files (pagefind-entry.json is asked for with a changing ?ts=), so every query is
 *   ignored. A page or QR code is answered with its stored `.gz`, unzipped. A picture's other
 *   variant (another width or format than the one kept) gets the kept one. A page not in the
 *   copy goes to the network, and offline gets the 404 page of its language. Anything else not
 *   in the copy goes to the network.
 */
/// <reference lib="webworker" />
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { imageKey } from './image-key.ts';
import { GZIPPED, gzippedType } from './stored-gzipped.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// Cache names start with bh-: the staff page /kiosk/exit/ deletes the bh- caches.
setCacheNameDetails({ prefix: 'bh' });

const manifest = self.__WB_MANIFEST;

/** The kept file of each picture, by its image key. */
const keptPictures = new Map<string, string>();
/** The files stored gzipped, by the path they answer: `/gi/x/index.html` for its `.gz`. */
const gzipped = new Set<string>();
/** The 404 pages, longest folder first: /en/404.html, then /404.html. */
const notFoundPages: string[] = [];
for (const { url } of manifest) {
  const path = new URL(url, self.location.href).pathname;
  const key = imageKey(path);
  if (key !== undefined) keptPictures.set(key, path);
  if (path.endsWith(GZIPPED)) gzipped.add(path.slice(0, -GZIPPED.length));
}
for (const path of gzipped) if (path.endsWith('/404.html')) notFoundPages.push(path);
notFoundPages.sort((a, b) => b.length - a.length);

/** The file an address names: a folder's is its index.html. */
const fileOf = (pathname: string) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname);

/** A file stored gzipped, unzipped, or undefined when it is not in the copy. */
async function unzipped(path: string, status = 200): Promise<Response | undefined> {
  const stored = await matchPrecache(`${path}${GZIPPED}`);
  if (!stored) return undefined;
  const bytes = new Uint8Array(await stored.arrayBuffer());
  // A host that sends .gz files with Content-Encoding: gzip has them unzipped by the browser.
  const zipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const body = zipped
    ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
    : bytes;
  return new Response(body, { status, headers: { 'content-type': gzippedType(path)! } });
}

precacheAndRoute(manifest, {
  ignoreURLParametersMatching: [/./],
  urlManipulation: ({ url }) => {
    const key = imageKey(url.pathname);
    const kept = key === undefined ? undefined : keptPictures.get(key);
    return kept === undefined ? [] : [new URL(kept, url)];
  },
});

/** Pages and QR codes of the copy, from their stored .gz; the query (?q=) is ignored. */
registerRoute(
  ({ url }) => url.origin === self.location.origin && gzipped.has(fileOf(url.pathname)),
  async ({ request, url }) => (await unzipped(fileOf(url.pathname))) ?? fetch(request),
);

/** A page not in the copy: the network, else (offline) the 404 page of its folder's language. */
registerRoute(
  new NavigationRoute(async ({ request, url }) => {
    // /gi/x → /gi/x/, as the static host redirects.
    if (!url.pathname.endsWith('/') && gzipped.has(`${url.pathname}/index.html`)) {
      return Response.redirect(`${url.pathname}/${url.search}`, 301);
    }
    try {
      return await fetch(request);
    } catch {
      const page = notFoundPages.find((path) => url.pathname.startsWith(path.slice(0, -8)));
      return (page && (await unzipped(page, 404))) || Response.error();
    }
  }),
);

cleanupOutdatedCaches();
clientsClaim();
self.addEventListener('activate', (event) => {
  // The copy of the hand-written worker that came before Workbox.
  event.waitUntil(caches.delete('bh-precache'));
});
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'skip-waiting') void self.skipWaiting();
});
