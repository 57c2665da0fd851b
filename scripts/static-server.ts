/**
 * The local server of the built site: `npm start`, the tests, the kiosk launcher and Lighthouse
 * all use it. Files are served by `sirv` (node:http); this module adds what a static host does:
 * a directory without its trailing slash is redirected to it, unknown paths get 404.html (the
 * English one under /en/ when the build has it) with a 404, and every response carries the
 * security headers of src/lib/security-headers.ts. Addresses that cannot name a file of dist/
 * (broken percent-encoding, `..` in any encoding, NUL, very long) get a 400 before any file is
 * looked up, so a hall's server keeps running whatever a screen or a scanner asks.
 * With `production`, text is gzipped and hashed assets are cached for a year (HTML is
 * revalidated), as a real host serves them (Lighthouse's simulated network counts bytes).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../src/lib/security-headers.ts';

/** Longest address served; the site's own are under 200 characters. */
const MAX_PATH_LENGTH = 2048;

// mrmime does not know Pagefind's index files.
const EXTRA_TYPES: Record<string, string> = {
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  url: (path?: string) => string;
  stop: () => Promise<void>;
}

/**
 * The decoded path of a request, or undefined when it cannot name a file inside the site:
 * malformed encoding, NUL, backslashes, a leading `//`, `.`/`..` segments (also as %2e or behind %2f), too long.
 */
export function safePathname(url: string | undefined): string | undefined {
  if (!url || url.length > MAX_PATH_LENGTH || !url.startsWith('/')) return undefined;
  const raw = url.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  // `//host` would make a redirect leave the site.
  if (/[\0\\]/.test(decoded) || decoded.startsWith('//')) return undefined;
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return decoded;
}

/** Serves `root`: by default dist/, or the folder named by BH_DIST (a build elsewhere). */
export async function startStaticServer(
  root = process.env['BH_DIST'] ?? 'dist',
  port = 0,
  host = '127.0.0.1',
  { production = false } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(`No built site in ${root}/. Run \`npm run build\` first.`);
  }
  const notFoundPage = (pathname: string) => {
    const english = join(base, 'en', '404.html');
    return pathname.startsWith('/en/') && existsSync(english) ? english : join(base, '404.html');
  };
  const sendNotFound = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = safePathname(request.url) ?? '/';
    response.writeHead(404, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(notFoundPage(pathname)));
  };
  const files = sirv(base, {
    // Each request looks at the disk, so a new build is served without a restart.
    dev: true,
    etag: true,
    onNoMatch: sendNotFound,
    setHeaders: (response, pathname) => {
      const extension = pathname.slice(pathname.lastIndexOf('.'));
      const type = EXTRA_TYPES[extension];
      if (type) response.setHeader('content-type', type);
      const immutable = production && pathname.startsWith('/_astro/');
      response.setHeader(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const compress = production ? compression() : undefined;

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = safePathname(request.url);
    if (pathname === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (!pathname.endsWith('/') && isDirectory(join(base, pathname))) {
      response.writeHead(301, { location: `${encodeURI(pathname)}/` }).end();
      return;
    }
    files(request, response, () => sendNotFound(request, response));
  };

  const server: Server = createServer((request, response) => {
    try {
      if (compress) {
        compress(request as never, response as never, () => handle(request, response));
      } else {
        handle(request, response);
      }
    } catch (error) {
      // One broken request never stops the server.
      console.error(`Error serving ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const { port: actualPort } = server.address() as AddressInfo;
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    url: (p = '/') => new URL(p, origin).href,
    stop: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };

  function isDirectory(path: string): boolean {
    // safePathname has ruled out `..`; this check keeps it true for any path given here.
    if (path !== base && !path.startsWith(base + sep)) return false;
    return existsSync(path) && statSync(path).isDirectory();
  }
}
