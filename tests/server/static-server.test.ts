/**
 * The local server under bad and hostile requests: it answers each with 400 or 404, keeps
 * serving, and never sends a file from outside its folder. A small site in a temporary folder
 * has a sibling `dist-other/` whose name starts with the site's, holding a secret file.
 * Requests go over a raw socket, so addresses reach the server exactly as written (fetch would
 * normalise `..` and reject NUL before sending).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

const SECRET = 'secret-outside-dist-7c1f';
let folder: string;
let server: StaticServer;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One HTTP/1.1 request with `target` sent byte for byte; the whole answer. */
function request(target: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const lines = Object.entries({ host: `${hostname}:${port}`, connection: 'close', ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.on('connect', () => socket.write(`GET ${target} HTTP/1.1\r\n${lines}\r\n`, 'latin1'));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(head[0]?.split(' ')[1]);
      const parsed = Object.fromEntries(
        head.slice(1).map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      let body: Buffer = raw.subarray(split + 4);
      if (parsed['transfer-encoding'] === 'chunked') body = unchunk(body);
      resolve({ status, headers: parsed, body });
    });
  });
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString(), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

// `..` and friends in every spelling: plain, percent-encoded (either case), double-encoded,
// behind encoded slashes and backslashes, with NUL, and the sibling-prefix trick.
const HOSTILE = [
  '/../dist-other/secret.txt',
  '/..%2fdist-other%2fsecret.txt',
  '/..%2Fdist-other%2Fsecret.txt',
  '/%2e%2e/dist-other/secret.txt',
  '/%2E%2E%2Fdist-other%2Fsecret.txt',
  '/gi/%2e%2e/%2e%2e/dist-other/secret.txt',
  '/.%2e/dist-other/secret.txt',
  '/..%5cdist-other%5csecret.txt',
  '/..\\dist-other\\secret.txt',
  '/%252e%252e%252fdist-other%252fsecret.txt',
  '/index.html%00.txt',
  '/%00',
  '/%E0%A4%A',
  '/%',
  '/%zz',
  '/gi%2f..%2f..%2fdist-other%2fsecret.txt',
  '//dist-other/secret.txt',
  `/${'a'.repeat(3000)}`,
  `/${'%2e%2e/'.repeat(400)}dist-other/secret.txt`,
];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'bh-server-'));
  const site = join(folder, 'dist');
  mkdirSync(join(site, 'gi'), { recursive: true });
  mkdirSync(join(site, 'en'), { recursive: true });
  mkdirSync(join(site, '_astro'), { recursive: true });
  mkdirSync(join(folder, 'dist-other'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(site, 'gi', 'index.html'), '<!doctype html><title>gi</title>');
  writeFileSync(join(site, '404.html'), '<!doctype html><title>未找到</title>');
  writeFileSync(join(site, 'en', '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(site, '_astro', 'app.abc123.css'), `body{color:red}${' '.repeat(2000)}`);
  writeFileSync(join(folder, 'dist-other', 'secret.txt'), SECRET);
  writeFileSync(join(folder, 'secret.txt'), SECRET);
  server = await startStaticServer(site, 0, '127.0.0.1', { production: true });
});

afterAll(async () => {
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('the local server', () => {
  it('serves pages, redirects a directory to its trailing slash, and answers 404 with 404.html', async () => {
    expect((await request('/')).status).toBe(200);
    const redirect = await request('/gi');
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/gi/');
    expect((await request('/gi/')).body.toString()).toContain('<title>gi</title>');
    const missing = await request('/nothing-here/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('未找到');
    const english = await request('/en/nothing-here/');
    expect(english.status).toBe(404);
    expect(english.body.toString()).toContain('Not found');
  });

  it('sends the security headers, gzips text and caches only hashed assets for long', async () => {
    const page = await request('/', { 'accept-encoding': 'gzip' });
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await request('/_astro/app.abc123.css', { 'accept-encoding': 'gzip' });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.body).toString()).toContain('body{color:red}');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers every hostile address with 400 or 404 and never sends a file from outside', async () => {
    for (const target of HOSTILE) {
      const answer = await request(target);
      expect([400, 404], `${target.slice(0, 60)} → ${answer.status}`).toContain(answer.status);
      expect(answer.body.toString()).not.toContain(SECRET);
    }
    expect((await request('/')).status).toBe(200);
  });

  it('keeps serving after a burst of parallel good and bad requests', async () => {
    const burst = Array.from({ length: 200 }, (_, i) =>
      request(i % 2 ? HOSTILE[i % HOSTILE.length]! : '/gi/'),
    );
    const answers = await Promise.all(burst);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(100);
    for (const answer of answers) expect(answer.body.toString()).not.toContain(SECRET);
    expect((await request('/')).status).toBe(200);
  });
});

describe('the built site (dist/)', () => {
  it("answers a missing address with the 404 page of the address's language", async () => {
    const dist = process.env['BH_DIST'] ?? 'dist';
    expect(existsSync(join(dist, 'en', '404.html')), 'run `npm run build` first').toBe(true);
    const built = await startStaticServer(dist, 0, '127.0.0.1');
    try {
      for (const [path, lang, title] of [
        ['/no-such-page/', 'zh-CN', '页面未找到'],
        ['/en/no-such-page/', 'en', 'Page not found'],
        ['/en/gi/no-such-brand/', 'en', 'Page not found'],
      ] as const) {
        const answer = await fetch(built.url(path));
        expect(answer.status, path).toBe(404);
        const html = await answer.text();
        expect(html, path).toMatch(new RegExp(`<html lang="${lang}"[^>]*>`));
        expect(html, path).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
      }
    } finally {
      await built.stop();
    }
  });
});
