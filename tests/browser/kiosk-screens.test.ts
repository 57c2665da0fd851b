/**
 * Kiosk mode on every screen shape a hall buys (HALL_SCREENS: 16:9 at 1080 and 2160 lines,
 * portrait totems, 1366×768, 5:4): the attract picture fills the screen, a portrait screen puts
 * its invitation within a standing visitor's reach, no control is under 80 CSS px, the page
 * keeps the dock's space free at its end, the dock and the on-screen keyboard leave each other's
 * keys and the first result free, and axe finds nothing. The deeper kiosk behaviour (idle reset, offline, QR codes) is in kiosk.test.ts, on
 * the hall's usual 1920×1080.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { HALL_SCREENS, hallScreen } from '../support/chromium';
import { launchTestBrowser } from '../support/browser-test';
import { coveredByOverlays, hiddenKeys, smallTargets } from '../support/kiosk';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BRAND = '/gi/jinxiang-dasuan/';

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  site = await startStaticServer();
  browser = await launchTestBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function kioskPage(page: Page, path: string): Promise<void> {
  await page.goto(site.url(path), { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('bh-kiosk') !== undefined);
  await page.evaluate(() => document.fonts.ready);
}

describe.each(HALL_SCREENS)('on a %s screen', (shape) => {
  const { width, height } = hallScreen(shape).viewport;
  const portrait = height > width;

  it('the attract loop fills the screen and invites a touch within reach', async () => {
    const context = await browser.newContext(hallScreen(shape));
    const page = await context.newPage();
    await page.goto(site.url('/kiosk/'), { waitUntil: 'load' });
    const image = page.locator('.slide[data-current] img');
    await expect
      .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    const covered = await image.evaluate((img) => {
      const box = img.getBoundingClientRect();
      const w = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
      const h = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
      return (Math.max(w, 0) * Math.max(h, 0)) / (innerWidth * innerHeight);
    });
    expect(covered).toBeGreaterThanOrEqual(0.95);
    const begin = await page.locator('.begin').boundingBox();
    expect(begin).not.toBeNull();
    expect(begin!.y + begin!.height).toBeLessThanOrEqual(height);
    // A standing visitor reaches the lower two thirds of a totem.
    if (portrait) expect(begin!.y).toBeGreaterThanOrEqual(height / 3);
    expect(await smallTargets(page)).toEqual([]);
    await page.touchscreen.tap(width / 2, height / 2);
    await page.waitForURL(site.url('/'));
    await context.close();
  });

  // A bar along the bottom hides what scrolls under it, as a phone's does; what it must never
  // do is keep the end of a page (the footer, the last links) out of reach.
  it('controls are 80 px, and the dock leaves the end of a page free', async () => {
    const context = await browser.newContext(hallScreen(shape));
    const page = await context.newPage();
    await kioskPage(page, '/kiosk/');
    for (const path of ['/', BRAND, '/en/enterprises/']) {
      await kioskPage(page, path);
      expect(await smallTargets(page), path).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await coveredByOverlays(page), `${path}, end`).toEqual([]);
    }
    expect(await new AxeBuilder({ page }).withTags(WCAG).analyze()).toMatchObject({
      violations: [],
    });
    await context.close();
  });

  it('the on-screen keyboard and the dock leave every key and the results free', async () => {
    const context = await browser.newContext(hallScreen(shape));
    const page = await context.newPage();
    await kioskPage(page, '/kiosk/');
    await kioskPage(page, '/search/');
    await page.locator('bh-keyboard:not([hidden])').waitFor();
    expect(await hiddenKeys(page)).toEqual([]);
    for (const key of 'jxds') await page.locator(`bh-keyboard [data-key="${key}"]`).tap();
    await page.locator('.results li').first().waitFor();
    expect(await hiddenKeys(page)).toEqual([]);
    // The first result is in view above the keyboard.
    const first = await page.locator('.results li').first().boundingBox();
    const keyboard = await page.locator('bh-keyboard .panel').boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(keyboard!.y);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await coveredByOverlays(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await context.close();
  });
});
