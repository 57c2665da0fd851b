/**
 * A small static file server for the built site: `npm start`, the browser tests, the kiosk
 * launcher and Lighthouse all use it. Directories serve their index.html, a directory without its
 * trailing slash is redirected to it (as on a static host), and unknown paths get 404.html with a
 * 404. With `production`, text is gzipped and hashed assets are cached for a year, as a real
 * host serves them (Lighthouse's simulated network counts transferred bytes).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface StaticServer {
  origin: string;
  url: (path?: string) => string;
  stop: () => Promise<void>;
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
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(join(base, decodeURIComponent(pathname)));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    let file = path;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(base, '404.html');
    const extension = extname(served);
    const gzip =
      production &&
      COMPRESSIBLE.has(extension) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const immutable = production && pathname.startsWith('/_astro/');
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const stream = createReadStream(served);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const { port: actualPort } = server.address() as AddressInfo;
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    url: (p = '/') => new URL(p, origin).href,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
