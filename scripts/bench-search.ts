/**
 * Search benchmark: bytes transferred for the first query, and the time from the last keystroke
 * to results drawn (median of repeated runs in headless Chromium), for our search page and for
 * Pagefind's default UI on the same index, in Chinese and in English.
 *
 *   npm run bench:search                          # the seed content (dist/) and 5,000 synthetic entries
 *   npm run bench:search -- --dist DIR            # an existing build, e.g. BH_CONTENT_DIR=… node scripts/build.ts --outDir DIR
 *   npm run bench:search -- --synthetic 5000      # synthetic entries only
 *   npm run bench:search -- --runs 9 --json out.json --seed DIR   # seed build other than dist/
 *   npm run bench:search -- --ui ours --verbose   # one UI (ours, default, nodebounce), list requests
 *
 * The seed is the built site in dist/ (built first when missing). The synthetic index is made
 * without a full Astro build (images of 5,000 entries take hours on 2 cores): the entries of
 * scripts/synthetic/ are written as detail pages in the markup of a real one (same search
 * record, src/lib/search/record.ts) and indexed with the integration's Pagefind
 * settings, in a copy of dist/ whose index then holds those entries only.
 *
 * Files are served as a static host would: text compressed with gzip, Pagefind's own files as
 * they are (already compressed). Bytes are counted at the server, so requests made by Pagefind's
 * web worker count too.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import {
  PAGEFIND_CONFIG,
  assertOneIndexPerLanguage,
  indexedLanguages,
  writeSortOrders,
} from '../src/integrations/pagefind.ts';
import { SORTS_DIR, THUMBNAILS_DIR } from '../src/lib/search/contract.ts';
import {
  pageSearchData,
  searchRecord,
  searchRecordHtml,
  type PageSearchData,
} from '../src/lib/search/record.ts';
import { toPinyinKeys } from '../src/lib/pinyin.ts';
import { GI_REGIMES, HONOUR_KINDS } from '../src/content-model/schemas/vocabulary.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { EntryFactory, type SyntheticEntry } from './synthetic/entries.ts';
import { kindCounts } from './synthetic/generate.ts';

type Lang = 'zh' | 'en';
interface Target {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// Serving: gzip for text, bytes counted per request

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};
const COMPRESS = new Set(['.html', '.css', '.js', '.json', '.svg']);

interface Served {
  path: string;
  bytes: number;
  /** When it was asked for, in milliseconds since 1970 (the browser's clock is the same). */
  at: number;
}

/** Pagefind's default UI on a page of its own, in one language, on the same index. Without
 * images: the index has none (src/lib/search/record.ts); thumbnails are counted apart anyway. */
function defaultUiPage(lang: Lang, debounce: number | undefined): string {
  const options = debounce === undefined ? '' : `, debounceTimeoutMs: ${debounce}`;
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagefind UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"></head><body><main><div id="search"></div></main>
<script src="/pagefind/pagefind-ui.js"></script>
<script>new PagefindUI({ element: '#search', showImages: false${options} });</script></body></html>`;
}

async function serve(root: string) {
  const base = resolve(root);
  const log: Served[] = [];
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const arrived = performance.timeOrigin + performance.now();
    const url = new URL(request.url ?? '/', 'http://localhost');
    const bench = /^\/(en\/)?__bench\/pagefind-ui(-0)?\/$/.exec(url.pathname);
    let body: Buffer;
    let ext: string;
    if (bench) {
      body = Buffer.from(defaultUiPage(bench[1] ? 'en' : 'zh', bench[2] ? 0 : undefined));
      ext = '.html';
    } else {
      let file = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!file.startsWith(base)) return void response.writeHead(403).end();
      if (url.pathname.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file)) {
        log.push({ path: url.pathname, bytes: 0, at: performance.timeOrigin + performance.now() });
        return void response.writeHead(404).end();
      }
      body = readFileSync(file);
      ext = extname(file);
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': ext === '.html' ? 'no-cache' : 'max-age=3600',
    };
    if (COMPRESS.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const key = `${url.pathname}`;
      body = gzipped.get(key) ?? gzipSync(body, { level: 6 });
      if (!bench) gzipped.set(key, body);
      headers['content-encoding'] = 'gzip';
    }
    log.push({ path: url.pathname, bytes: body.length, at: arrived });
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** What the requests of a first query were, in bytes by kind. */
function byKind(log: Served[]) {
  const kinds = {
    ui: 0,
    pagefindJs: 0,
    wasm: 0,
    index: 0,
    fragments: 0,
    filters: 0,
    sortOrders: 0,
    thumbnails: 0,
    page: 0,
  };
  const kindOf = (path: string): keyof typeof kinds => {
    // The search interface's own code: Pagefind's UI, or the search page's scripts.
    if (/\/pagefind\/pagefind-(component-)?ui\.(js|css)$|^\/_astro\/.*\.js$/.test(path))
      return 'ui';
    if (/\/pagefind\/pagefind(-worker|-highlight)?\.js$/.test(path)) return 'pagefindJs';
    if (path.startsWith('/pagefind/wasm.')) return 'wasm';
    if (path.startsWith('/pagefind/fragment/')) return 'fragments';
    if (path.startsWith('/pagefind/filter/')) return 'filters';
    if (path.startsWith('/pagefind/')) return 'index';
    if (path.startsWith(`/${SORTS_DIR}/`)) return 'sortOrders';
    if (/\.(webp|avif|jpg|png)$/.test(path)) return 'thumbnails';
    return 'page';
  };
  for (const { path, bytes } of log) kinds[kindOf(path)] += bytes;
  return kinds;
}

/** Search bytes of a first query: everything but the page itself and the thumbnails. */
const searchBytes = (log: Served[]) => {
  const { page: _page, thumbnails: _thumbnails, ...search } = byKind(log);
  return Object.values(search).reduce((a, b) => a + b, 0);
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

// ---------------------------------------------------------------------------------------------
// Measuring in Chromium

interface UiUnderTest {
  name: string;
  path: (lang: Lang) => string;
  input: string;
  /** Resolves (in the page) with performance.now() at the frame that shows results for `q`. */
  waitDrawn: (q: string) => Promise<number>;
}

const OURS: UiUnderTest = {
  name: 'ours (bh-search)',
  path: (lang) => (lang === 'zh' ? '/search/' : '/en/search/'),
  input: '#bh-search-q',
  waitDrawn: (q) =>
    new Promise((resolve) => {
      const search = document.querySelector('bh-search')!;
      search.addEventListener('bh-search:drawn', function done(event) {
        const detail = (event as CustomEvent<{ query: string; state: string }>).detail;
        if (detail.query !== q || detail.state !== 'results') return;
        search.removeEventListener('bh-search:drawn', done);
        requestAnimationFrame(() => resolve(performance.now()));
      });
    }),
};

function pagefindUi(debounce: boolean): UiUnderTest {
  return {
    name: debounce ? 'Pagefind default UI' : 'Pagefind default UI, no debounce',
    path: (lang) => `${lang === 'zh' ? '' : '/en'}/__bench/pagefind-ui${debounce ? '' : '-0'}/`,
    input: '.pagefind-ui__search-input',
    waitDrawn: (q) =>
      new Promise((resolve) => {
        const shown = () =>
          (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(q) &&
          (document.querySelector('.pagefind-ui__result-link')?.textContent ?? '') !== '';
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  };
}

/** Types a query as people do: Chinese committed at once by an input method, letters key by key. */
async function typeQuery(page: Page, selector: string, q: string) {
  await page.focus(selector);
  if (/\p{Script=Han}/u.test(q)) await page.keyboard.insertText(q);
  else await page.keyboard.type(q, { delay: 80 });
}

const INPUT_CLOCK = `window.__lastInput = 0;
document.addEventListener('input', () => { window.__lastInput = performance.now(); }, true);`;

/** Milliseconds from the last keystroke to results drawn; NaN when none came within 10 s. */
async function lastKeyToDrawn(page: Page, ui: UiUnderTest, q: string): Promise<number> {
  const drawn = page.evaluate(ui.waitDrawn, q);
  await typeQuery(page, ui.input, q);
  const at = await Promise.race([
    drawn,
    new Promise<number>((done) => setTimeout(() => done(NaN), 10_000)),
  ]);
  if (Number.isNaN(at)) console.warn(`    ${ui.name}: no results drawn for "${q}" within 10 s`);
  return (
    at - (await page.evaluate(() => (window as unknown as { __lastInput: number }).__lastInput))
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The queries for a language: a two-character fragment, pinyin and initials, the English name. */
function queriesFor(targets: Target[], lang: Lang): string[] {
  return targets.flatMap((target) => {
    const chars = [...target.zh.replace(/[（(].*$/, '')];
    const pinyin = toPinyinKeys(target.zh.replace(/[（(].*$/, ''));
    const fragment = chars.slice(1, 3).join('');
    return lang === 'zh'
      ? [fragment, pinyin.syllables.slice(0, 2).join(''), pinyin.initials]
      : [target.en.replace(/\s*\(.*$/, ''), pinyin.syllables.slice(0, 2).join('')];
  });
}

interface UiResult {
  ui: string;
  lang: Lang;
  firstQuery: string;
  /** Search bytes until the first results are drawn, the query committed at once. */
  firstQueryKB: number;
  /** The same, until the network is idle: with the filter counts that follow the results. */
  withCountsKB: number;
  /** Search bytes when the first query is typed key by key (intermediate searches included). */
  typedKB: number;
  firstQueryParts: Record<string, number>;
  coldMs: number;
  warmMedianMs: number;
  warmP90Ms: number;
  samples: number;
  /** Runs whose results never came (left out of the times). */
  failures: number;
}

/** A first query on a fresh page: the server's log of it and when its results were drawn. */
async function firstQuery(
  browser: Browser,
  server: Awaited<ReturnType<typeof serve>>,
  ui: UiUnderTest,
  url: string,
  q: string,
  committed: boolean,
) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(INPUT_CLOCK);
  const page = await context.newPage();
  server.log.length = 0;
  const opened = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  const drawn = page.evaluate(ui.waitDrawn, q);
  await page.focus(ui.input);
  if (committed) await page.keyboard.insertText(q);
  else await typeQuery(page, ui.input, q);
  const at = await Promise.race([
    drawn,
    new Promise<number>((_, fail) =>
      setTimeout(() => fail(new Error(`${ui.name}: no results for "${q}" within 30 s`)), 30_000),
    ),
  ]);
  // The moment the results were drawn, on the clock the server logs requests with.
  const drawnAt = await page.evaluate((t) => performance.timeOrigin + t, at);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const log = [...server.log];
  return { context, page, log, drawnAt, coldMs: drawnAt - performance.timeOrigin - opened };
}

export async function measure(
  dist: string,
  targets: Target[],
  runs: number,
  verbose = false,
  only?: string,
): Promise<UiResult[]> {
  const server = await serve(dist);
  const browser = await launchChromium();
  const results: UiResult[] = [];
  const uis = [OURS, pagefindUi(true), pagefindUi(false)].filter(
    (_, i) => !only || only === ['ours', 'default', 'nodebounce'][i],
  );
  try {
    for (const lang of ['zh', 'en'] as const) {
      const queries = queriesFor(targets, lang);
      const first = queries[0]!;
      for (const ui of uis) {
        const url = `${server.origin}${ui.path(lang)}`;
        // Cold: a fresh browser cache, the page opened, then the first query, typed key by key…
        const typed = await firstQuery(browser, server, ui, url, first, false);
        await typed.context.close();
        // …and committed at once (an input method, a paste, or a query in the URL).
        const cold = await firstQuery(browser, server, ui, url, first, true);
        const toResults = cold.log.filter((entry) => entry.at <= cold.drawnAt);
        if (verbose) {
          console.log(`  ${lang} ${ui.name}, first query "${first}" committed:`);
          for (const { path, bytes, at } of cold.log) {
            console.log(`    ${bytes}\t${at <= cold.drawnAt ? '' : '(after results) '}${path}`);
          }
        }
        // Warm: every query again and again on the same page, the box emptied between runs.
        const page = cold.page;
        const samples: number[] = [];
        for (let run = 0; run < runs; run++) {
          for (const q of queries) {
            await page.fill(ui.input, '');
            await page.waitForTimeout(600);
            samples.push(await lastKeyToDrawn(page, ui, q));
          }
        }
        await cold.context.close();
        const failures = samples.filter(Number.isNaN).length;
        const sorted = samples.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
        results.push({
          ui: ui.name,
          lang,
          firstQuery: first,
          firstQueryKB: kb(searchBytes(toResults)),
          withCountsKB: kb(searchBytes(cold.log)),
          typedKB: kb(searchBytes(typed.log)),
          firstQueryParts: Object.fromEntries(
            Object.entries(byKind(cold.log)).map(([k, v]) => [k, kb(v)]),
          ),
          coldMs: Math.round(cold.coldMs),
          warmMedianMs: Math.round(median(sorted)),
          warmP90Ms: Math.round(sorted[Math.floor(sorted.length * 0.9)]!),
          samples: sorted.length,
          failures,
        });
        console.log(`  ${lang} ${ui.name}: ${JSON.stringify(results.at(-1))}`);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// The sites measured

/** Names of detail pages in a build, read from their search record. */
function targetsOf(dist: string, count: number): Target[] {
  const saved = join(dist, 'bench-targets.json');
  if (existsSync(saved))
    return (JSON.parse(readFileSync(saved, 'utf8')) as Target[]).slice(0, count);
  const names: Target[] = [];
  for (const collection of ['gi', 'enterprises']) {
    const dir = join(dist, collection);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir).sort()) {
      const file = join(dir, id, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      const zh = /data-pagefind-meta="title">([^<]+)</.exec(html)?.[1];
      const en = /data-pagefind-meta="name_en">([^<]+)</.exec(html)?.[1];
      if (zh && en && [...zh].length >= 3) names.push({ zh, en });
    }
  }
  const step = Math.max(1, Math.floor(names.length / count));
  return names.filter((_, i) => i % step === 0).slice(0, count);
}

function ensureSeed(dist: string) {
  if (existsSync(join(dist, 'pagefind/pagefind-entry.json'))) return;
  console.log(`building the site into ${dist} …`);
  execFileSync(process.execPath, ['scripts/build.ts', '--outDir', resolve(dist)], {
    stdio: 'inherit',
  });
}

const KINDS = {
  gis: { route: 'gi', zh: '地理标志', en: 'Geographical indication' },
  enterprises: { route: 'enterprises', zh: '企业品牌', en: 'Enterprise brand' },
  'regional-brands': { route: 'regional-brands', zh: '区域公用品牌', en: 'Regional public brand' },
} as const;

type Word = Record<Lang, string>;
const word = (value: unknown, lang: Lang) => (value as Word | undefined)?.[lang];
const escapeHtml = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** A synthetic entry as a detail page: the seed page's shell around an article of its facts. */
function syntheticPage(
  shell: string,
  entry: SyntheticEntry,
  lang: Lang,
  labels: { counties: Map<string, Word>; industries: Map<string, Word> },
): string {
  const facts = entry.facts as Record<string, unknown> & { name: Word; summary: Word };
  const kind = KINDS[entry.kind as keyof typeof KINDS];
  const county = labels.counties.get(String(facts['county']));
  const industry = labels.industries.get(String(facts['industry']));
  const registrations = (facts['registrations'] ?? []) as { regime: string; date?: string }[];
  const honours = (facts['honours'] ?? []) as { kind: string; year?: number }[];
  const trademarks = (facts['trademarks'] ?? []) as { mark: string }[];
  const rows = (facts['facts'] ?? []) as { label: Word; value: Word }[];
  const years = [
    ...registrations.map((r) => Number(r.date?.slice(0, 4))),
    ...honours.map((h) => h.year ?? NaN),
  ].filter((y) => !Number.isNaN(y));
  const regimes = registrations.map(
    (r) => GI_REGIMES[r.regime as keyof typeof GI_REGIMES]?.[lang] ?? r.regime,
  );
  const record = searchRecord(lang, {
    values: {
      kind: [kind[lang]],
      county: county ? [county[lang]] : [],
      industry: industry ? [industry[lang]] : [],
      regime: [...new Set(regimes)],
    },
    year: years.length ? Math.min(...years) : undefined,
    names: facts.name,
  });
  const prose = (lang === 'en' ? (entry.en ?? entry.zh) : entry.zh)
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p.replace(/^#+\s*|[*_`]/g, ''))}</p>`)
    .join('\n');
  const dl = (pairs: [string, string | undefined][]) =>
    pairs
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .map(([dt, dd]) => `<div><dt>${escapeHtml(dt)}</dt><dd>${escapeHtml(dd)}</dd></div>`)
      .join('');
  const article = `<article data-pagefind-body>${searchRecordHtml(record)}
<header class="hero"><p class="eyebrow">${escapeHtml([kind[lang], county?.[lang]].filter(Boolean).join(' · '))}</p>
<h1>${escapeHtml(facts.name[lang])}</h1><p class="alt-name">${escapeHtml(facts.name[lang === 'zh' ? 'en' : 'zh'])}</p>
<p class="summary">${escapeHtml(facts.summary[lang])}</p></header>
<dl class="key-facts">${dl([
    [lang === 'zh' ? '商标' : 'Trademarks', trademarks.map((t) => t.mark).join('、') || undefined],
    [lang === 'zh' ? '所在县市区' : 'County', county?.[lang]],
    [lang === 'zh' ? '所属产业' : 'Sector', industry?.[lang]],
  ])}</dl>
<section class="prose">${prose}</section>
<section><h2>${lang === 'zh' ? '事实与来源' : 'Facts and sources'}</h2><dl>${dl([
    ...registrations.map((r, i): [string, string] => [regimes[i]!, r.date ?? '']),
    ...honours.map((h): [string, string] => [
      HONOUR_KINDS[h.kind as keyof typeof HONOUR_KINDS]?.[lang] ?? h.kind,
      String(h.year ?? ''),
    ]),
    ...rows.map((row): [string, string | undefined] => [
      word(row.label, lang) ?? '',
      word(row.value, lang),
    ]),
  ])}</dl></section></article>`;
  return shell
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(facts.name[lang])}</title>`)
    .replace(/<article data-pagefind-body[\s\S]*<\/article>/, article);
}

/** A copy of the seed build whose index also holds N synthetic entries in both languages. */
export async function syntheticSite(
  seed: string,
  entries: number,
): Promise<{ dist: string; targets: Target[] }> {
  const dist = join(tmpdir(), `bh-search-bench-${entries}`);
  rmSync(dist, { recursive: true, force: true });
  // The seed's pages and assets, without its index and thumbnails: the index holds the
  // synthetic entries only (some share an id with a seed entry).
  const skip = [join(seed, 'pagefind'), join(seed, THUMBNAILS_DIR), join(seed, SORTS_DIR)];
  cpSync(seed, dist, { recursive: true, filter: (src) => !skip.includes(src) });
  const list = (file: string) =>
    new Map(
      (parse(readFileSync(join('content', file), 'utf8')) as { id: string; name: Word }[]).map(
        (item) => [item.id, item.name],
      ),
    );
  const labels = { counties: list('counties.yaml'), industries: list('industries.yaml') };
  const counties = parse(readFileSync('content/counties.yaml', 'utf8'));
  const industries = parse(readFileSync('content/industries.yaml', 'utf8'));
  const built = new EntryFactory(1, counties, industries)
    .build(kindCounts(entries))
    .filter((entry) => entry.kind in KINDS);
  const shells = {
    zh: readFileSync(join(seed, 'gi/jinxiang-dasuan/index.html'), 'utf8'),
    en: readFileSync(join(seed, 'en/gi/jinxiang-dasuan/index.html'), 'utf8'),
  };
  // The seed's thumbnails, shared round the synthetic entries, placed as the build places them.
  const thumbs = join(seed, THUMBNAILS_DIR, 'gi');
  const thumbnails = readdirSync(thumbs).map((file) => join(thumbs, file));
  const place = (route: string, id: string, n: number) => {
    const target = join(dist, THUMBNAILS_DIR, route, `${id}.webp`);
    mkdirSync(join(target, '..'), { recursive: true });
    linkSync(thumbnails[n % thumbnails.length]!, target);
  };

  const started = performance.now();
  const pages = new Map<string, PageSearchData>();
  try {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const [n, entry] of built.entries()) {
      const route = KINDS[entry.kind as keyof typeof KINDS].route;
      place(route, entry.id, n);
      for (const lang of ['zh', 'en'] as const) {
        const url = `${lang === 'en' ? '/en' : ''}/${route}/${entry.id}/`;
        const content = syntheticPage(shells[lang], entry, lang, labels);
        pages.set(url, pageSearchData(content)!);
        const file = await index.addHTMLFile({ url, content });
        if (file.errors.length) throw new Error(`Pagefind: ${file.errors.join('; ')}`);
      }
    }
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const languages = await indexedLanguages(join(dist, 'pagefind'));
  assertOneIndexPerLanguage(languages);
  await writeSortOrders(dist, pages);
  console.log(
    `  indexed ${JSON.stringify(languages)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const names = built.map((entry) => (entry.facts as { name: Target }).name);
  const step = Math.floor(names.length / 4);
  const targets = [0, 1, 2, 3].map((i) => names[i * step + 7]!);
  // For a later `--dist` run on this folder.
  writeFileSync(join(dist, 'bench-targets.json'), JSON.stringify(targets));
  return { dist, targets };
}

// ---------------------------------------------------------------------------------------------

/** Measures the sites the command line names (see the top of this file). */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      seed: { type: 'string', default: 'dist' },
      ui: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      synthetic: { type: 'string' },
      runs: { type: 'string', default: '5' },
      targets: { type: 'string', default: '3' },
      json: { type: 'string', default: join(tmpdir(), 'bh-bench-search.json') },
    },
  });
  const runs = Number(values.runs);
  const sites: { label: string; dist: string; targets: Target[] }[] = [];
  if (values.dist) {
    sites.push({
      label: values.dist,
      dist: values.dist,
      targets: targetsOf(values.dist, Number(values.targets)),
    });
  } else {
    ensureSeed(values.seed);
    if (!values.synthetic) {
      sites.push({
        label: 'seed',
        dist: values.seed,
        targets: targetsOf(values.seed, Number(values.targets)),
      });
    }
    const n = Number(values.synthetic ?? 5000);
    console.log(`indexing ${n} synthetic entries …`);
    const synthetic = await syntheticSite(values.seed, n);
    sites.push({
      label: `${n} synthetic entries`,
      ...synthetic,
      targets: synthetic.targets.slice(0, Number(values.targets)),
    });
  }

  const report: Record<string, UiResult[]> = {};
  for (const site of sites) {
    console.log(`${site.label}: queries from ${site.targets.map((t) => t.zh).join(', ')}`);
    report[site.label] = await measure(site.dist, site.targets, runs, values.verbose, values.ui);
  }
  mkdirSync(join(values.json, '..'), { recursive: true });
  writeFileSync(values.json, JSON.stringify(report, null, 2));

  console.log(
    '\nSearch KB (gzip, thumbnails and the page itself not counted) for the first query: ' +
      'to results drawn, then to network idle (with the filter counts), then typed key by key.' +
      '\nWarm: last keystroke → results drawn, median and 90th percentile.\n',
  );
  console.log(
    '| site | lang | UI | first query | KB to results | KB with counts | KB typed | ' +
      'thumbnails KB | open → results ms | warm median ms | warm p90 ms |',
  );
  console.log('| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, rows] of Object.entries(report)) {
    for (const r of rows) {
      const cells = [label, r.lang, r.ui, r.firstQuery, r.firstQueryKB, r.withCountsKB, r.typedKB];
      cells.push(r.firstQueryParts['thumbnails'] ?? 0, r.coldMs, r.warmMedianMs, r.warmP90Ms);
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
  console.log(
    `\nbudget (docs/architecture.md, 5,000 entries): first query ≤ 150 KB, results ≤ 100 ms. JSON: ${values.json}`,
  );
}

if (import.meta.main) await main();
