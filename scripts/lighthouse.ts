/**
 * Lighthouse (mobile, its default) on one page of every template in each language, three runs
 * each: prints the median and the minimum of the four scores per page and, for a run below 100,
 * the audits that cost it points.
 *
 *   npm run lighthouse                       # the built site in dist/, three runs per page
 *   npm run lighthouse -- --runs 1 --pages /,/en/search/
 *   npm run lighthouse -- --site /tmp/bh-bench/5000-pool/dist-warm --json /tmp/lh.json
 *
 * The site is served locally with gzip, as a static host serves it (scripts/static-server.ts
 * in its production mode): Lighthouse's simulated mobile network counts transferred bytes.
 * Chromium is the system one (CHROME_PATH, default /usr/bin/chromium); nothing is downloaded.
 * Not part of `npm test`: a run takes about 15 s per page. Scores for performance move with the
 * machine's load: read the minimum with the load average beside it.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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

type Scores = Record<(typeof CATEGORIES)[number], number | null>;

export interface LighthouseResult {
  template: string;
  lang: string;
  page: string;
  /** The scores of each run. */
  runs: Scores[];
  /** Audits that count towards a score and did not get full marks, in any run. */
  failing: string[];
}

/** One run's scores, and the weighted audits below full marks. */
function scoresOf(report: LighthouseReport): { scores: Scores; failing: string[] } {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = report.categories[category]?.score;
      return [category, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  ) as Scores;
  const weighted = new Set(
    Object.values(report.categories).flatMap((category) =>
      category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
    ),
  );
  const failing = Object.entries(report.audits)
    .filter(([id, audit]) => weighted.has(id) && audit.score !== null && audit.score < 1)
    .map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  return { scores, failing };
}

/** "median (min)" of a category over the runs, or the one score of a single run. */
export function summary(runs: Scores[], category: (typeof CATEGORIES)[number]): string {
  const values = runs.map((run) => run[category]).filter((value) => value !== null);
  if (values.length === 0) return '–';
  const sorted = values.toSorted((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return sorted.length === 1 || sorted[0] === median ? String(median) : `${median} (${sorted[0]})`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      pages: { type: 'string' },
      json: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const runCount = Number(values.runs);
  if (!Number.isInteger(runCount) || runCount < 1) throw new Error('--runs takes a whole number');
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
      const result: LighthouseResult = { template, lang, page: path, runs: [], failing: [] };
      for (let run = 0; run < runCount; run++) {
        const report = await lighthouse(new URL(path, server.origin).href);
        if (report.runtimeError) console.error(`${path}: ${report.runtimeError.message}`);
        const { scores, failing } = scoresOf(report);
        result.runs.push(scores);
        result.failing.push(...failing.filter((audit) => !result.failing.includes(audit)));
        console.log(
          `${CATEGORIES.map((c) => String(scores[c] ?? '–').padStart(3)).join(' ')}  ${path}  [${template}, ${lang}]${failing.length ? `\n      below 1: ${failing.join(', ')}` : ''}`,
        );
      }
      results.push(result);
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\nmedian (minimum) of ${runCount} run(s), load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(
        ' ',
      )} at the end\n\n| template | lang | page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|---|---|\n${results
      .map(
        (r) =>
          `| ${r.template} | ${r.lang} | ${r.page} | ${CATEGORIES.map((c) => summary(r.runs, c)).join(' | ')} |`,
      )
      .join('\n')}`,
  );
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nresults: ${values.json}`);
  }
}

await main();
