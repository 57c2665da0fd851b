/**
 * The whole build: Astro's, then the steps that read the finished site, in a process of their own.
 *
 *   node scripts/build.ts                     # dist/ (what `npm run build` runs)
 *   node scripts/build.ts --outDir /tmp/x     # any other folder; Astro's own flags pass through
 *
 * The search index and the kiosk's service worker are made after Astro has exited, not in its
 * `astro:build:done` hook: by then Astro's process holds about 2 GB at 5,000 entries, and
 * Pagefind's binary needs as much again while it writes the index, so the two side by side
 * passed 4 GB (docs/benchmarks.md, "Peak memory"). Astro's last hook lists the pages beside the
 * site (src/integrations/built-site.ts); these steps read that list and mark it finished, and the
 * site checks refuse a site whose list is not.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPageList, writePageList } from '../src/integrations/built-site.ts';

const ASTRO = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

/** A line in the form of Astro's own log, so the build reads as one: `12:00:01 [step] text`. */
function log(step: string, text: string, level: 'info' | 'warn' | 'error' = 'info'): void {
  const time = new Date().toTimeString().slice(0, 8);
  if (level === 'info') console.log(`${time} [${step}] ${text}`);
  else console.error(`${time} [${level.toUpperCase()}] [${step}] ${text}`);
}

/** The folder Astro builds into, from the flags it was given (its default is dist/ in the root). */
function outDirOf(args: string[]): string {
  const { values } = parseArgs({
    args,
    options: {
      outDir: { type: 'string' },
      'out-dir': { type: 'string' },
      root: { type: 'string' },
    },
    strict: false,
  });
  const root = typeof values.root === 'string' ? values.root : '.';
  const outDir = values.outDir ?? values['out-dir'];
  return resolve(root, typeof outDir === 'string' ? outDir : 'dist');
}

/** The steps after Astro's build, on the site in `site`. */
async function finish(site: string): Promise<void> {
  // Loaded only now: Pagefind's, Workbox's and esbuild's modules are 90 MB of this process, which
  // would otherwise sit beside Astro's through its build.
  const { writeSearchIndex } = await import('../src/integrations/pagefind.ts');
  const { writeServiceWorker } = await import('../src/integrations/service-worker.ts');
  const started = performance.now();
  const pages = readPageList(site, undefined, { unfinished: true });
  log('bh-pagefind', await writeSearchIndex(site, pages));
  const { count, size, warnings } = await writeServiceWorker(site);
  for (const warning of warnings) log('bh-service-worker', warning, 'warn');
  log(
    'bh-service-worker',
    `sw.js: ${count} files, ${(size / 2 ** 20).toFixed(1)} MB precached for kiosk mode`,
  );
  writePageList(site, pages, { finished: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log('build', `search index and service worker written in ${seconds} s; the site is complete`);
}

/** Runs Astro's build; a signal that stops this script (a test's timeout, Ctrl-C) stops it too. */
function astroBuild(
  args: string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit' });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', stop).on('SIGTERM', stop);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      done({ code, signal });
    });
  });
}

const args = process.argv.slice(2);
const astro = await astroBuild(args);
if (astro.code !== 0) {
  if (astro.signal) log('build', `astro build was stopped by ${astro.signal}`, 'error');
  process.exit(astro.code ?? 1);
}
try {
  await finish(outDirOf(args));
} catch (error) {
  // The stack too: the first line names the file and what to do, the rest finds a library fault.
  log('build', error instanceof Error ? (error.stack ?? error.message) : String(error), 'error');
  process.exitCode = 1;
}
