/**
 * Soak test of kiosk mode (not part of `npm test`): a hall screen left to itself for hundreds of
 * visits. Each cycle touches the attract loop to enter the hall, then waits for the idle reset
 * (1 s idle, 1 s countdown) to bring back the attract loop. Two warm-up visits first (one with a
 * search on the on-screen keyboard, so Pagefind has loaded once). Reports the renderer's JS heap
 * (after a forced garbage collection) and its document, node and listener counts before and
 * after.
 *
 * Usage: node scripts/soak-kiosk.ts [--cycles 500]   (BH_DIST picks the build, as for tests)
 */
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { HALL_SCREEN, launchChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from './static-server.ts';

const { values } = parseArgs({ options: { cycles: { type: 'string', default: '500' } } });
const cycles = Number(values.cycles);

interface Sample {
  heapUsedMB: number;
  heapTotalMB: number;
  documents: number;
  nodes: number;
  listeners: number;
}

async function measure(cdp: CDPSession): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 100) / 100;
  return {
    heapUsedMB: mb(heap.usedSize),
    heapTotalMB: mb(heap.totalSize),
    documents: dom.documents,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
  };
}

async function cycle(page: Page, origin: string, search: boolean): Promise<void> {
  await page.touchscreen.tap(960, 540);
  await page.waitForURL(`${origin}/`);
  if (search) {
    await page.locator('header input[type="search"]').tap();
    await page.waitForURL(`${origin}/search/`);
    for (const key of 'jin') await page.locator(`bh-keyboard [data-key="${key}"]`).tap();
    await page.locator('.results li').first().waitFor();
  }
  await page.waitForURL(`${origin}/kiosk/`, { timeout: 15_000 });
  await page.locator('bh-attract').waitFor();
}

const site = await startStaticServer();
const browser = await launchChromium();
try {
  const context = await browser.newContext(HALL_SCREEN);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Warm-up with a longer idle time, so the search has time to load.
  await page.goto(site.url('/kiosk/?idle=5&countdown=1'), { waitUntil: 'load' });
  await page.locator('bh-kiosk[data-offline="ready"]').waitFor({ timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  // One visit of each kind first, so caches and the search index are warm before measuring.
  await cycle(page, site.origin, false);
  await cycle(page, site.origin, true);
  await page.goto(site.url('/kiosk/?idle=1&countdown=1'), { waitUntil: 'load' });
  await page.locator('bh-attract').waitFor();
  const before = await measure(cdp);
  console.log('before', before);
  const started = performance.now();
  for (let i = 1; i <= cycles; i++) {
    await cycle(page, site.origin, false);
    if (i % 25 === 0 || i === 5) {
      const minutes = ((performance.now() - started) / 60_000).toFixed(1);
      console.log(`${i} cycles, ${minutes} min`, await measure(cdp));
    }
  }
  const after = await measure(cdp);
  console.log('after', after);
  console.log(
    `JS heap used: ${before.heapUsedMB} MB before, ${after.heapUsedMB} MB after ${cycles} ` +
      `idle-reset cycles (${(after.heapUsedMB - before.heapUsedMB).toFixed(2)} MB); ` +
      `documents ${before.documents} → ${after.documents}; page errors: ${errors.length}`,
  );
  await context.close();
} finally {
  await browser.close();
  await site.stop();
}
