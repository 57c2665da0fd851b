/**
 * How long a hall screen's first visit takes to make the offline copy: a fresh Chromium profile
 * opens /kiosk/ of a built site (served as `npm start` serves it) on the hall's screen, and the
 * time runs until the kiosk says the copy is ready (`bh-kiosk[data-offline="ready"]`: the
 * worker has precached every listed file and controls the page). Prints the seconds, the
 * files in the cache and the storage the browser reports.
 *
 *   npm run bench:offline -- [--site dist]
 */
import { parseArgs } from 'node:util';
import { HALL_SCREEN, launchChromium } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../static-server.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const server = await startStaticServer(values.site, 0, '127.0.0.1', { production: true });
const browser = await launchChromium();
try {
  const context = await browser.newContext(HALL_SCREEN);
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(server.url('/kiosk/'));
  await page.locator('bh-kiosk[data-offline="ready"]').waitFor({ timeout: 60 * 60_000 });
  const seconds = (performance.now() - started) / 1000;
  const stored = await page.evaluate(async () => {
    let files = 0;
    for (const name of await caches.keys())
      files += (await (await caches.open(name)).keys()).length;
    const { usage = 0 } = await navigator.storage.estimate();
    return { files, usage };
  });
  const mb = (stored.usage / 1024 / 1024).toFixed(1);
  console.log(
    `${values.site}: offline copy ready ${seconds.toFixed(1)} s after the first visit; ` +
      `${stored.files.toLocaleString('en')} files cached, ${mb} MB of storage used`,
  );
} finally {
  await browser.close();
  await server.stop();
}
