/**
 * The kiosk's service worker. src/integrations/service-worker.ts writes it to dist/sw.js as
 * `(serviceWorker)(buildId, precache)`, so this function must stand alone: no imports, no outside
 * names. The page registers it only in kiosk mode (src/scripts/bh-kiosk.ts).
 *
 * - install: puts every file of the build into the cache (bh-precache), each under its address
 *   and content hash (`/gi/x/?__bh=<hash>`), so a new build downloads only the files that
 *   changed. The new worker then waits; the page lets it take over at the next idle reset, and
 *   until then the old worker answers from its own entries: a visit never mixes two builds.
 * - activate: deletes the entries no longer in the build and takes control of open pages (so the
 *   first visit is already offline-proof).
 * - fetch: answers from the cache first, for the whole site: pages by their address (with or
 *   without a query such as ?q=), Pagefind's files (pagefind-entry.json is asked for with a
 *   changing ?ts= query: files are found by path, so it is ignored), images, CSS and JS. A missing
 *   page gets the cached 404 page. Anything not in the build goes to the network.
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
  const CACHE = 'bh-precache';
  /** Files fetched at once while installing. */
  const PARALLEL = 6;
  const revisions = new Map(precache.map((entry) => [entry.url, entry.revision]));
  const keyOf = (url: string, revision: string) => `${url}?__bh=${revision}`;
  const current = new Set(precache.map((entry) => keyOf(entry.url, entry.revision)));

  async function install(): Promise<void> {
    const cache = await caches.open(CACHE);
    const queue = [...precache];
    async function worker(): Promise<void> {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const key = keyOf(entry.url, entry.revision);
        if (await cache.match(key)) continue;
        const response = await fetch(entry.url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${entry.url}: ${response.status}`);
        await cache.put(key, response);
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  }

  async function activate(): Promise<void> {
    const cache = await caches.open(CACHE);
    const stale = (await cache.keys()).filter((request) => {
      const url = new URL(request.url);
      return !current.has(url.pathname + url.search);
    });
    await Promise.all(stale.map((request) => cache.delete(request)));
    await scope.clients.claim();
  }

  async function cached(path: string): Promise<Response | undefined> {
    const revision = revisions.get(path);
    if (revision === undefined) return undefined;
    return (await caches.open(CACHE)).match(keyOf(path, revision));
  }

  async function respond(request: Request, url: URL): Promise<Response> {
    const hit = await cached(url.pathname);
    if (hit) return hit;
    if (request.mode !== 'navigate') return fetch(request);
    // /gi/x → /gi/x/, as the static host redirects.
    if (!url.pathname.endsWith('/') && revisions.has(`${url.pathname}/`)) {
      return Response.redirect(`${url.pathname}/${url.search}`, 301);
    }
    try {
      return await fetch(request);
    } catch {
      const missing = await cached('/404.html');
      if (!missing) return Response.error();
      return new Response(missing.body, { status: 404, headers: missing.headers });
    }
  }

  scope.addEventListener('install', (event) => event.waitUntil(install()));
  scope.addEventListener('activate', (event) => event.waitUntil(activate()));
  scope.addEventListener('message', (event) => {
    const data = event.data as { type?: string } | null;
    if (data?.type === 'skip-waiting') void scope.skipWaiting();
    if (data?.type === 'build-id') event.ports[0]?.postMessage(buildId);
  });
  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
    if (url.pathname === '/sw.js') return;
    event.respondWith(respond(request, url));
  });
}
