/**
 * Lighthouse (mobile, its default) on one page of every template in each language: prints the
 * four scores per page and, for a page below 100, the audits that cost it points.
 *
 *   npm run lighthouse                       # the built site in dist/
 *   npm run lighthouse -- --site /tmp/bh-bench/5000-pool/dist-warm --json /tmp/lh.json
 *
 * The site is served locally with gzip, as a static host serves it (scripts/static-server.ts
 * in its production mode): Lighthouse's simulated mobile network counts transferred bytes.
 * Chromium is the system one (CHROME_PATH, default /usr/bin/chromium); nothing is downloaded.
 * Not part of `npm test`: a run takes about 15 s per page.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { loadSite, samplePages, servedPath } from './site-checks/index.ts';
import { startStaticServer } from './static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME = process.env['CHROME_PATH'] ?? CHROMIUM_PATH;

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
    `--chrome-flags=${['--headless', ...CHROMIUM_ARGS].join(' ')}`,
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROME },
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
  if (!existsSync(CHROME)) {
    throw new Error(
      `Chromium not found at ${CHROME}: install it (apt-get install chromium) or set CHROME_PATH`,
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
  const server = await startStaticServer(site.dir, 0, '127.0.0.1', { production: true });
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
    await server.stop();
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
