/**
 * The kiosk's service worker: the hall's offline copy. The page registers it only in kiosk mode
 * (src/scripts/bh-kiosk.ts); the build bundles this file and Workbox's injectManifest writes the
 * list of files into it as dist/sw.js (src/integrations/service-worker.ts).
 *
 * - install: Workbox precaches every file of the list (pages, CSS, JS, the search index, the QR
 *   codes and one variant of each picture), each under its address and revision, so a new build
 *   downloads only the files that changed. The new worker then waits: the page sends it
 *   `{ type: 'skip-waiting' }` at the next idle reset (or at once while the attract loop shows),
 *   and until then the old worker answers from its own entries, so a visit never mixes two builds.
 * - activate: Workbox deletes the entries no longer listed; the worker takes control of open
 *   pages, so the first visit is already offline-proof.
 * - fetch: the precache first, for the whole site: pages with or without a query (?q=), and
 *   Pagefind's files (pagefind-entry.json is asked for with a changing ?ts=), so every query is
 *   ignored. A picture's other variant (another width or format than the one kept) gets the kept
 *   one. A page not in the copy goes to the network, and offline gets the 404 page of its
 *   language. Anything else not in the copy goes to the network.
 */
/// <reference lib="webworker" />
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  getCacheKeyForURL,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { imageKey } from './image-key.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// Cache names start with bh-: the staff page /kiosk/exit/ deletes the bh- caches.
setCacheNameDetails({ prefix: 'bh' });

const manifest = self.__WB_MANIFEST;

/** The kept file of each picture, by its image key. */
const keptPictures = new Map<string, string>();
/** The 404 pages, longest folder first: /en/404.html, then /404.html. */
const notFoundPages: string[] = [];
for (const { url } of manifest) {
  const path = new URL(url, self.location.href).pathname;
  const key = imageKey(path);
  if (key !== undefined) keptPictures.set(key, path);
  if (path.endsWith('/404.html')) notFoundPages.push(path);
}
notFoundPages.sort((a, b) => b.length - a.length);

precacheAndRoute(manifest, {
  ignoreURLParametersMatching: [/./],
  urlManipulation: ({ url }) => {
    const key = imageKey(url.pathname);
    const kept = key === undefined ? undefined : keptPictures.get(key);
    return kept === undefined ? [] : [new URL(kept, url)];
  },
});

/** A page not in the copy: the network, else (offline) the 404 page of its folder's language. */
registerRoute(
  new NavigationRoute(async ({ request, url }) => {
    // /gi/x → /gi/x/, as the static host redirects.
    if (!url.pathname.endsWith('/') && getCacheKeyForURL(`${url.pathname}/`) !== undefined) {
      return Response.redirect(`${url.pathname}/${url.search}`, 301);
    }
    try {
      return await fetch(request);
    } catch {
      const page = notFoundPages.find((path) => url.pathname.startsWith(path.slice(0, -8)));
      const missing = page === undefined ? undefined : await matchPrecache(page);
      if (!missing) return Response.error();
      return new Response(missing.body, { status: 404, headers: missing.headers });
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
