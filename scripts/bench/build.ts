/**
 * Build benchmark: generates synthetic content of N entries, builds it in both languages with
 * its search index, and reports wall time, the Pagefind step, peak memory, pages and dist size.
 * Each N is built twice: cold (no Astro cache: content store and image transforms are made
 * anew) and warm (the same content again, with the cache the cold build left).
 *
 *   npm run bench:build                              # N = 500, 2000, 5000
 *   npm run bench:build -- --entries 5000            # one size
 *   npm run bench:build -- --entries 500 --distinct-images   # every cover its own image
 *
 * Results are printed as a table and written as JSON (--json, default in the temporary folder).
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDirFor } from '../../src/content-model/content-dir.ts';
import { siteFiles } from '../../src/integrations/built-site.ts';
import { generateContent, type GeneratedContent } from '../synthetic/generate.ts';
import { writeFloorSite } from './floor.ts';
import { measure } from './measure.ts';

export interface BuildRun {
  /** The hall's real build, or the bare Astro + Pagefind site with the same pages (floor.ts). */
  site: 'hall' | 'floor';
  entries: number;
  cache: 'cold' | 'warm';
  images: 'pool' | 'distinct';
  ok: boolean;
  wallSeconds: number;
  cpuSeconds: number;
  /** CPU seconds other processes on the machine used during the build (contention). */
  otherCpuSeconds: number;
  /** Seconds of the phases Astro and the Pagefind integration report. */
  phases: { content?: number; pages?: number; images?: number; pagefind?: number };
  pagefindPages: number;
  peakTreeRss: number;
  peakProcessRss: number;
  pages: number;
  distBytes: number;
  distParts: { html: number; assets: number; pagefind: number; other: number };
}

/** Seconds from Astro's "4m 45s", "4.42s" or "930ms". */
export function parseDuration(text: string): number | undefined {
  const match = /(?:(\d+)m\s*)?(\d+(?:\.\d+)?)(ms|s)\b/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1] ?? 0);
  const value = Number(match[2]);
  return minutes * 60 + (match[3] === 'ms' ? value / 1000 : value);
}

/** The phase times in Astro's build log. */
export function parsePhases(log: string): BuildRun['phases'] & { pagefindPages: number } {
  const phases: BuildRun['phases'] & { pagefindPages: number } = { pagefindPages: 0 };
  const content = /\[types\] Generated ((?:\d+m )?[\d.]+m?s)/.exec(log);
  const contentSeconds = content?.[1] ? parseDuration(content[1]) : undefined;
  if (contentSeconds !== undefined) phases.content = contentSeconds;
  const after = (heading: string) => {
    const at = log.indexOf(heading);
    if (at < 0) return undefined;
    const done = /✓ Completed in ([^.\n]+(?:\.\d+)?s|\d+ms)/.exec(log.slice(at));
    return done?.[1] ? parseDuration(done[1]) : undefined;
  };
  const pages = after('generating static routes');
  if (pages !== undefined) phases.pages = pages;
  const images = after('generating optimized images');
  if (images !== undefined) phases.images = images;
  // "indexed 93 pages in 0.3 s" or, one index per language, "indexed en: 45, zh-cn: 45 … in 2.0 s"
  const pagefind = /\[bh-pagefind\] indexed (.+?) in ([\d.]+) s/.exec(log);
  if (pagefind) {
    const counts = (pagefind[1] ?? '').match(/\d+/g) ?? [];
    phases.pagefindPages = counts.reduce((sum, n) => sum + Number(n), 0);
    phases.pagefind = Number(pagefind[2]);
  }
  return phases;
}

/** Files and bytes of a built site, by kind. */
export function distStats(dist: string): Pick<BuildRun, 'pages' | 'distBytes' | 'distParts'> {
  const parts = { html: 0, assets: 0, pagefind: 0, other: 0 };
  let pages = 0;
  for (const file of siteFiles(dist)) {
    const size = statSync(join(dist, file)).size;
    const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
    if (top === 'pagefind') parts.pagefind += size;
    else if (top === '_astro') parts.assets += size;
    else if (file.endsWith('.html')) {
      parts.html += size;
      pages += 1;
    } else parts.other += size;
  }
  const distBytes = parts.html + parts.assets + parts.pagefind + parts.other;
  return { pages, distBytes, distParts: parts };
}

/** What to build: the hall from a content folder, or the bare site of a floor project. */
type Target = { site: 'hall'; content: string } | { site: 'floor'; root: string };

async function buildOnce(
  target: Target,
  dist: string,
  entries: number,
  cache: 'cold' | 'warm',
  images: 'pool' | 'distinct',
): Promise<BuildRun> {
  const cacheDir =
    target.site === 'hall' ? cacheDirFor(target.content) : join(target.root, '.astro-cache');
  if (cache === 'cold') rmSync(cacheDir, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  console.log(`\n== ${target.site}: ${entries} entries, ${cache} build (${images} images)`);
  let lastProgress = 0;
  // The hall's whole build (Astro, then its search index and worker); the bare site's Astro build.
  const args =
    target.site === 'hall'
      ? ['scripts/build.ts', '--outDir', dist]
      : ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist, '--root', target.root];
  const result = await measure(process.execPath, args, {
    env: {
      ...process.env,
      ...(target.site === 'hall' ? { BH_CONTENT_DIR: target.content } : {}),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    onLine: (line) => {
      // Astro prints a line per page and per image; show the headings and a heartbeat.
      if (
        /\[(build|content|types|bh-pagefind|floor-pagefind|WARN|ERROR)\]|error|Completed/i.test(
          line,
        )
      ) {
        console.log(`   ${line}`);
      } else if (performance.now() - lastProgress > 30_000) {
        lastProgress = performance.now();
        console.log(`   … ${line.trim().slice(0, 100)}`);
      }
    },
  });
  const phases = parsePhases(result.output);
  const { pagefindPages, ...phaseTimes } = phases;
  const ok = result.exitCode === 0;
  if (!ok) console.error(result.output.slice(-4000));
  return {
    site: target.site,
    entries,
    cache,
    images,
    ok,
    wallSeconds: result.wallSeconds,
    cpuSeconds: result.cpuSeconds,
    otherCpuSeconds: result.otherCpuSeconds,
    phases: phaseTimes,
    pagefindPages,
    peakTreeRss: result.peakTreeRss,
    peakProcessRss: result.peakProcessRss,
    ...(ok
      ? distStats(dist)
      : { pages: 0, distBytes: 0, distParts: { html: 0, assets: 0, pagefind: 0, other: 0 } }),
  };
}

const MB = 1024 * 1024;
const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '–' : n.toFixed(digits));

export function table(runs: BuildRun[]): string {
  const head =
    '| site | entries | images | cache | wall s | CPU s | other CPU s | content s | pages s | images s | Pagefind s | peak RSS tree MB | peak RSS process MB | pages | dist MB (html / _astro / pagefind) |';
  const rule = `|${'---|'.repeat(15)}`;
  const rows = runs.map(
    (r) =>
      `| ${r.site} | ${r.entries} | ${r.images} | ${r.cache}${r.ok ? '' : ' FAILED'} | ${fmt(r.wallSeconds)} | ${fmt(r.cpuSeconds)} | ${fmt(r.otherCpuSeconds)} | ${fmt(r.phases.content)} | ${fmt(r.phases.pages)} | ${fmt(r.phases.images)} | ${fmt(r.phases.pagefind)} | ${fmt(r.peakTreeRss / MB, 0)} | ${fmt(r.peakProcessRss / MB, 0)} | ${r.pages} | ${fmt(r.distBytes / MB)} (${fmt(r.distParts.html / MB)} / ${fmt(r.distParts.assets / MB)} / ${fmt(r.distParts.pagefind / MB)}) |`,
  );
  return [head, rule, ...rows].join('\n');
}

/** The hall's build against the bare site's, run by run: how many times the floor each costs. */
export function floorTable(runs: BuildRun[]): string {
  const rows: string[] = [];
  for (const hall of runs.filter((run) => run.site === 'hall' && run.ok)) {
    const floor = runs.find(
      (run) =>
        run.site === 'floor' && run.ok && run.entries === hall.entries && run.cache === hall.cache,
    );
    if (!floor) continue;
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
    rows.push(
      `| ${hall.entries} | ${hall.cache} | ${hall.pages} / ${floor.pages} | ${fmt(hall.wallSeconds)} / ${fmt(floor.wallSeconds)} = **${ratio(hall.wallSeconds, floor.wallSeconds)}** | ${fmt(hall.cpuSeconds)} / ${fmt(floor.cpuSeconds)} = **${ratio(hall.cpuSeconds, floor.cpuSeconds)}** | ${fmt(hall.peakTreeRss / MB, 0)} / ${fmt(floor.peakTreeRss / MB, 0)} = **${ratio(hall.peakTreeRss, floor.peakTreeRss)}** |`,
    );
  }
  if (rows.length === 0) return '';
  return [
    '| entries | cache | pages (hall / floor) | wall s (hall / floor = ratio) | CPU s | peak RSS tree MB |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Image CPU per distinct picture: what a cold build costs more than the warm one, per cover. */
export function imageCostLine(runs: BuildRun[], covers: Map<number, number>): string[] {
  const lines: string[] = [];
  for (const cold of runs.filter((run) => run.site === 'hall' && run.cache === 'cold' && run.ok)) {
    const warm = runs.find(
      (run) =>
        run.site === 'hall' && run.cache === 'warm' && run.ok && run.entries === cold.entries,
    );
    const count = covers.get(cold.entries) ?? 0;
    if (!warm || count === 0) continue;
    const perPicture = (cold.cpuSeconds - warm.cpuSeconds) / count;
    lines.push(
      `${cold.entries} entries, ${cold.images} images: (cold ${fmt(cold.cpuSeconds)} − warm ${fmt(warm.cpuSeconds)} CPU s) / ${count} covers = ${fmt(perPicture, 2)} CPU s per cover`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      entries: { type: 'string', default: '500,2000,5000' },
      runs: { type: 'string', default: 'cold,warm' },
      'distinct-images': { type: 'boolean', default: false },
      'image-pool': { type: 'string', default: '50' },
      floor: { type: 'boolean', default: true },
      work: { type: 'string', default: join(tmpdir(), 'bh-bench') },
      json: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run bench:build -- [--entries 500,2000,5000] [--runs cold,warm] ' +
        '[--distinct-images] [--image-pool 50] [--no-floor] [--work DIR] [--json FILE]',
    );
    return;
  }
  const sizes = values.entries
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const kinds = values.runs
    .split(',')
    .filter((k): k is 'cold' | 'warm' => k === 'cold' || k === 'warm');
  const images = values['distinct-images'] ? 'distinct' : 'pool';
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
  console.log(`build benchmark on ${machine}`);

  const runs: BuildRun[] = [];
  const generated: (GeneratedContent & { seconds: number })[] = [];
  for (const entries of sizes) {
    const base = resolve(values.work, `${entries}-${images}`);
    mkdirSync(base, { recursive: true });
    const content = join(base, 'content');
    // Each run keeps its own site, so a finished cold build can be read while the warm one runs.
    const dist = (cache: 'cold' | 'warm') => join(base, `dist-${cache}`);
    const started = performance.now();
    const made = await generateContent({
      entries,
      out: content,
      imagePool: Number(values['image-pool']),
      distinctImages: images === 'distinct',
    });
    const seconds = (performance.now() - started) / 1000;
    generated.push({ ...made, seconds });
    console.log(
      `generated ${made.total} entries (${Object.entries(made.counts)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}), ${made.covers} covers, in ${seconds.toFixed(1)} s → ${content}`,
    );
    for (const cache of kinds) {
      const run = await buildOnce({ site: 'hall', content }, dist(cache), entries, cache, images);
      runs.push(run);
      console.log(`\n${table([run])}`);
    }
    // The floor: a bare Astro + Pagefind site with the pages the hall's build just wrote.
    if (values.floor && runs.at(-1)?.ok) {
      const floor = writeFloorSite(dist(kinds.at(-1) ?? 'cold'), join(base, 'floor'));
      console.log(
        `bare site: ${floor.pages} pages (${floor.indexed} indexed, ${(floor.textChars / floor.pages).toFixed(0)} characters of text a page) → ${floor.root}`,
      );
      for (const cache of kinds) {
        const run = await buildOnce(
          { site: 'floor', root: floor.root },
          join(base, `floor-dist-${cache}`),
          entries,
          cache,
          images,
        );
        runs.push(run);
        console.log(`\n${table([run])}`);
      }
    }
  }
  console.log(`\nBuild benchmark, ${machine}\n\n${table(runs)}`);
  const ratios = floorTable(runs);
  if (ratios)
    console.log(`\nAgainst the bare Astro + Pagefind site with the same pages:\n\n${ratios}`);
  const covers = new Map(generated.map((made, i) => [sizes[i] ?? 0, made.covers]));
  for (const line of imageCostLine(runs, covers)) console.log(line);
  const json =
    values.json ??
    join(values.work, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    json,
    `${JSON.stringify({ machine, date: new Date().toISOString(), generated, runs }, null, 2)}\n`,
  );
  console.log(`\nresults: ${json}`);
  if (runs.some((run) => !run.ok)) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
