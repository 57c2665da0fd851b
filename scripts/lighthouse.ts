/**
 * Lighthouse (mobile, its default) on one page of every template in each language: prints the
 * four scores per page and, for a page below 100, the audits that cost it points.
 *
 *   npm run lighthouse                       # the built site in dist/
 *   npm run lighthouse -- --site /tmp/bh-bench/5000-pool/dist --json /tmp/lh.json
 *
 * The site is served locally with gzip, as a static host serves it (scripts/static-server.ts
 * does not compress, and Lighthouse's simulated mobile network counts transferred bytes).
 * Chromium is the system one (CHROME_PATH, default /usr/bin/chromium); nothing is downloaded.
 * Not part of `npm test`: a run takes about 15 s per page.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { loadSite, samplePages, servedPath } from './site-checks/index.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.webmanifest',
]);

/** A static server like a production host: gzip for text, long cache for hashed assets. */
async function serve(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = normalize(join(base, decodeURIComponent(pathname)));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        return void response.writeHead(301, { location: `${pathname}/` }).end();
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(base, '404.html');
    const extension = extname(served);
    const gzip =
      COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const stream = createReadStream(served);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
  runtimeError?: { message: string };
}

/** Runs the Lighthouse CLI on one address and returns its JSON report. */
function lighthouse(url: string): Promise<LighthouseReport> {
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0)
        return fail(new Error(`lighthouse exited ${code} on ${url}:\n${err.slice(-2000)}`));
      try {
        done(JSON.parse(out) as LighthouseReport);
      } catch (error) {
        fail(
          new Error(`lighthouse printed no JSON for ${url}: ${String(error)}\n${err.slice(-2000)}`),
        );
      }
    });
  });
}

export interface LighthouseResult {
  template: string;
  lang: string;
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Audits that count towards a score and did not get full marks. */
  failing: string[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      pages: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const chrome = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    throw new Error(
      `Chromium not found at ${chrome}: install it (apt-get install chromium) or set CHROME_PATH`,
    );
  }
  const site = loadSite(values.site);
  const chosen = values.pages
    ? values.pages.split(',').map((path) => ({ template: '(chosen)', lang: '', path }))
    : samplePages(site).map((page) => ({
        template: page.template,
        lang: page.lang,
        path: servedPath(page),
      }));
  const server = await serve(site.dir);
  const results: LighthouseResult[] = [];
  try {
    for (const { template, lang, path } of chosen) {
      const report = await lighthouse(new URL(path, server.origin).href);
      if (report.runtimeError) console.error(`${path}: ${report.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => {
          const score = report.categories[category]?.score;
          return [category, score === null || score === undefined ? null : Math.round(score * 100)];
        }),
      ) as LighthouseResult['scores'];
      // The audits that count towards a score (weight > 0) and did not get full marks.
      const weighted = new Set(
        Object.values(report.categories).flatMap((category) =>
          category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
        ),
      );
      const failing = Object.entries(report.audits)
        .filter(([id, audit]) => weighted.has(id) && audit.score !== null && audit.score < 1)
        .map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      results.push({ template, lang, page: path, scores, failing });
      console.log(
        `${CATEGORIES.map((c) => String(scores[c] ?? '–').padStart(3)).join(' ')}  ${path}  [${template}, ${lang}]${failing.length ? `\n      below 1: ${failing.join(', ')}` : ''}`,
      );
    }
  } finally {
    await server.close();
  }
  console.log(
    `\n| template | lang | page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|---|---|\n${results
      .map(
        (r) =>
          `| ${r.template} | ${r.lang} | ${r.page} | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} |`,
      )
      .join('\n')}`,
  );
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nresults: ${values.json}`);
  }
}

await main();
