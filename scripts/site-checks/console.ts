/**
 * No page logs a console error: each page is opened in Chromium from a local server and watched
 * until it has loaded and its network has settled (at most 5 s more). Console errors, uncaught exceptions and failed requests to the site
 * itself (which Chromium also logs as errors) are reported. `paths` are the files' own
 * addresses (`/404.html`, not `/404`), so every page answers 200.
 */
import type { Browser } from 'playwright-core';
import type { Problem } from './site.ts';

const CHECK = 'console';

export async function checkConsole(
  browser: Browser,
  origin: string,
  paths: string[],
  settleMs = 300,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const context = await browser.newContext();
  try {
    for (const path of paths) {
      const page = await context.newPage();
      const report = (message: string) => problems.push({ check: CHECK, page: path, message });
      page.on('console', (message) => {
        if (message.type() === 'error') report(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => report(`uncaught exception: ${error.message}`));
      page.on('requestfailed', (request) => {
        if (request.url().startsWith(origin)) {
          report(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
        }
      });
      const response = await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      if (response && !response.ok()) report(`answered ${response.status()}`);
      // Late scripts get a moment to run; a page that keeps fetching (the kiosk precaches the
      // whole site) is not waited for beyond a few seconds.
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      await page.waitForTimeout(settleMs);
      await page.close();
    }
  } finally {
    await context.close();
  }
  return problems;
}
