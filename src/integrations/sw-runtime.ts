/**
 * The kiosk's service worker. src/integrations/service-worker.ts writes it to dist/sw.js as
 * `(serviceWorker)(buildId, precache)`, so this function must stand alone: no imports, no outside
 * names. The page registers it only in kiosk mode (src/scripts/bh-kiosk.ts).
 *
 * - install: copies every file of the build into a cache of its own (bh-precache-<build id>),
 *   reusing unchanged files from the previous build's cache, so an update downloads only what
 *   changed. The new worker then waits; the page lets it take over at the next idle reset.
 * - activate: deletes older builds' caches and takes control of open pages (the first visit).
 * - fetch: answers from the cache first, for the whole site: pages by their address (with or
 *   without a query such as ?q=), Pagefind's files (pagefind-entry.json is asked for with a
 *   changing ?ts= query, which is ignored), images, CSS and JS. A missing page gets the cached
 *   404 page. Anything not cached goes to the network.
 */

export interface PrecacheEntry {
  /** The address the site serves the file at: /gi/x/ for gi/x/index.html. */
  url: string;
  /** A hash of the file's content. */
  revision: string;
}

// The parts of the service worker global scope used here (TypeScript's DOM types lack them).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export function serviceWorker(buildId: string, precache: PrecacheEntry[]): void {
  const scope = self as unknown as WorkerScope;
  const PREFIX = 'bh-precache-';
  const CACHE = PREFIX + buildId;
  /** Inside each cache: the revisions it holds, so the next build can reuse unchanged files. */
  const REVISIONS = '/__bh-revisions.json';
  /** Files fetched at once while installing. */
  const PARALLEL = 8;

  async function revisionsOf(cache: Cache): Promise<Record<string, string>> {
    const response = await cache.match(REVISIONS);
    return response ? ((await response.json()) as Record<string, string>) : {};
  }

  async function install(): Promise<void> {
    const cache = await caches.open(CACHE);
    const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
    const reusable = new Map<string, Cache>();
    for (const key of older) {
      const old = await caches.open(key);
      for (const [url, revision] of Object.entries(await revisionsOf(old))) {
        reusable.set(`${url} ${revision}`, old);
      }
    }
    const done = await revisionsOf(cache);
    const queue = precache.filter((entry) => done[entry.url] !== entry.revision);
    async function worker(): Promise<void> {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const old = reusable.get(`${entry.url} ${entry.revision}`);
        let response = old ? await old.match(entry.url) : undefined;
        if (!response) {
          response = await fetch(entry.url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${entry.url}: ${response.status}`);
        }
        await cache.put(entry.url, response);
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const revisions = Object.fromEntries(precache.map((entry) => [entry.url, entry.revision]));
    await cache.put(REVISIONS, new Response(JSON.stringify(revisions)));
  }

  async function activate(): Promise<void> {
    const keys = await caches.keys();
    await Promise.all(
      keys
        .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
        .map((key) => caches.delete(key)),
    );
    await scope.clients.claim();
  }

  async function respond(request: Request, url: URL): Promise<Response> {
    const cache = await caches.open(CACHE);
    if (request.mode === 'navigate') {
      const page = await cache.match(url.pathname);
      if (page) return page;
      // /gi/x → /gi/x/, as the static host redirects.
      if (!url.pathname.endsWith('/') && (await cache.match(`${url.pathname}/`))) {
        return Response.redirect(`${url.pathname}/${url.search}`, 301);
      }
      try {
        return await fetch(request);
      } catch {
        const missing = await cache.match('/404.html');
        if (!missing) return Response.error();
        return new Response(missing.body, { status: 404, headers: missing.headers });
      }
    }
    const ignoreSearch = url.pathname.endsWith('/pagefind-entry.json');
    return (await cache.match(request, { ignoreSearch })) ?? fetch(request);
  }

  scope.addEventListener('install', (event) => event.waitUntil(install()));
  scope.addEventListener('activate', (event) => event.waitUntil(activate()));
  scope.addEventListener('message', (event) => {
    const data = event.data as { type?: string } | null;
    if (data?.type === 'skip-waiting') void scope.skipWaiting();
  });
  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
    if (url.pathname === '/sw.js') return;
    event.respondWith(respond(request, url));
  });
}
