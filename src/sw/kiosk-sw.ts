/**
 * The kiosk's service worker: the hall's offline copy. The page registers it only in kiosk mode
 * (src/scripts/bh-kiosk.ts); the build bundles this file and Workbox's injectManifest writes the
 * list of files into it as dist/sw.js (src/integrations/service-worker.ts).
 *
 * - install: Workbox precaches every file of the list (pages, CSS, JS, the search index and one
 *   variant of each picture), each under its address and revision (pages in compressed packs,
 *   src/sw/page-packs.ts), so a new build downloads only the files that changed. The new worker
 *   then waits: the page sends it `{ type: 'skip-waiting' }` at the next idle reset (or at once
 *   while the attract loop shows), and until then the old worker answers from its own entries,
 *   so a visit never mixes two builds.
 * - activate: Workbox deletes the entries no longer listed; the worker takes control of open
 *   pages, so the first visit is already offline-proof.
 * - fetch: the precache first, for the whole site: pages with or without a query (?q=), and
 *   Pagefind's files (pagefind-entry.json is asked for with a changing ?ts=), so every query is
 *   ignored. A page is unpacked from its pack. A picture's other variant (another width or
 *   format than the one kept) gets the kept one. A page not in the copy goes to the network, and
 *   offline gets the 404 page of its language. Anything else not in the copy goes to the network.
 */
/// <reference lib="webworker" />
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { decompress } from 'fzstd';
import { imageKey } from './image-key.ts';
import { PAGE_INDEX, type PageIndex } from './page-packs.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// Cache names start with bh-: the staff page /kiosk/exit/ deletes the bh- caches.
setCacheNameDetails({ prefix: 'bh' });

const manifest = self.__WB_MANIFEST;

/** The kept file of each picture, by its image key. */
const keptPictures = new Map<string, string>();
for (const { url } of manifest) {
  const path = new URL(url, self.location.href).pathname;
  const key = imageKey(path);
  if (key !== undefined) keptPictures.set(key, path);
}

/** The file an address names: a folder's is its index.html. */
const fileOf = (pathname: string) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname);

/** The page packs' index, with its 404 pages longest folder first (/en/404.html, /404.html). */
type Pages = PageIndex & { notFound: string[] };

/** The index of the page packs, read once from the copy (empty while the copy is incomplete). */
let pageIndex: Promise<Pages> | undefined;
function pages(): Promise<Pages> {
  pageIndex ??= matchPrecache(`/${PAGE_INDEX}`).then(async (stored) => {
    if (!stored) {
      pageIndex = undefined;
      return { packs: [], pages: {}, notFound: [] };
    }
    const index = (await stored.json()) as PageIndex;
    const notFound = Object.keys(index.pages)
      .filter((page) => page.endsWith('/404.html'))
      .sort((a, b) => b.length - a.length);
    return { ...index, notFound };
  });
  return pageIndex;
}

/** The pack unpacked last: a visitor often opens pages of one folder one after another. */
let lastPack: { name: string; bytes: Promise<Uint8Array> } | undefined;
function unpacked(name: string): Promise<Uint8Array> {
  if (lastPack?.name !== name) {
    const bytes = matchPrecache(`/${name}`).then(async (stored) => {
      if (!stored) throw new Error(`${name} is not in the offline copy`);
      const packed = new Uint8Array(await stored.arrayBuffer());
      // A host that sends .zst files with Content-Encoding: zstd has them unpacked by the browser.
      const zstd =
        packed[0] === 0x28 && packed[1] === 0xb5 && packed[2] === 0x2f && packed[3] === 0xfd;
      return zstd ? decompress(packed) : packed;
    });
    const entry = { name, bytes };
    // A failed read is not kept; a pack asked for since then is.
    bytes.catch(() => {
      if (lastPack === entry) lastPack = undefined;
    });
    lastPack = entry;
  }
  return lastPack.bytes;
}

/** A page of the copy, from its pack. */
async function packedPage(index: PageIndex, path: string, status = 200): Promise<Response> {
  const [pack, offset, length] = index.pages[path]!;
  const bytes = await unpacked(index.packs[pack]!);
  return new Response(bytes.slice(offset, offset + length), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

precacheAndRoute(manifest, {
  ignoreURLParametersMatching: [/./],
  urlManipulation: ({ url }) => {
    const key = imageKey(url.pathname);
    const kept = key === undefined ? undefined : keptPictures.get(key);
    return kept === undefined ? [] : [new URL(kept, url)];
  },
});

/**
 * Pages, the query (?q=) ignored: from their pack; /gi/x is redirected to /gi/x/, as the static
 * host does; a page not in the copy comes from the network, and offline a visit gets the 404
 * page of its folder's language.
 */
registerRoute(
  ({ request, url }) =>
    url.origin === self.location.origin &&
    (request.mode === 'navigate' || /(?:\/|\.html)$/.test(url.pathname)),
  async ({ request, url }) => {
    const index = await pages();
    const path = fileOf(url.pathname);
    // Not from the copy when its cache is gone (the staff page /kiosk/exit/ deletes it).
    const stored = index.pages[path] && (await packedPage(index, path).catch(() => undefined));
    if (stored) return stored;
    if (request.mode === 'navigate' && index.pages[`${url.pathname}/index.html`]) {
      return Response.redirect(`${url.pathname}/${url.search}`, 301);
    }
    try {
      return await fetch(request);
    } catch (error) {
      // The 404 page of the longest folder that holds the address.
      const notFound = index.notFound.find((page) => url.pathname.startsWith(page.slice(0, -8)));
      if (request.mode !== 'navigate' || notFound === undefined) throw error;
      return packedPage(index, notFound, 404).catch(() => Promise.reject(error));
    }
  },
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
