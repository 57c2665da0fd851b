/**
 * Screenshots of kiosk mode at the hall's screen size (1920×1080, touch), for a visual review:
 * the attract loop, the hall entrance, a brand page (top and its QR code), the search page with
 * the on-screen keyboard, the QR overlay of an outside link and the "still there?" countdown.
 * Usage: node scripts/kiosk-screenshots.ts [--out DIR] [--brand /gi/jinxiang-dasuan/] [--lang en]
 *        [--screen 1080x1920] (any of HALL_SCREENS in tests/support/chromium.ts, or WxH)
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { hallScreen, launchChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from './static-server.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/bh-screenshots' },
    brand: { type: 'string', default: '/gi/jinxiang-dasuan/' },
    lang: { type: 'string', default: 'zh' },
    dark: { type: 'boolean', default: false },
    screen: { type: 'string', default: '1920x1080' },
  },
});
const prefix = values.lang === 'en' ? '/en' : '';

const site = await startStaticServer();
const browser = await launchChromium();
mkdirSync(values.out, { recursive: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const path = `${values.out}/kiosk-${values.screen}-${values.lang}-${name}.png`;
  await page.screenshot({ path });
  console.log(path);
}

try {
  const context = await browser.newContext({
    ...hallScreen(values.screen),
    colorScheme: values.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console: ${message.text()}`);
  });
  // The countdown comes after 20 s here, so the other shots are taken first.
  await page.goto(site.url(`${prefix}/kiosk/?idle=20&countdown=15`), { waitUntil: 'networkidle' });
  await shot(page, 'attract');
  await page.waitForTimeout(10_500);
  await shot(page, 'attract-2');

  const { width, height } = page.viewportSize()!;
  await page.touchscreen.tap(width / 2, height / 2);
  await page.waitForURL(site.url(`${prefix}/`));
  await shot(page, 'home');

  await page.goto(site.url(`${prefix}${values.brand}`), { waitUntil: 'networkidle' });
  await shot(page, 'brand');
  await page.locator('.page-qr').scrollIntoViewIfNeeded();
  await shot(page, 'brand-qr');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await shot(page, 'brand-end');
  await page.locator('bh-kiosk .take-home').tap();
  await page.locator('dialog.qr[open]').waitFor();
  await shot(page, 'take-home');
  await page.locator('dialog.qr .close').tap();
  const outside = page.locator('main a[href^="http"]').first();
  if ((await outside.count()) > 0) {
    await outside.scrollIntoViewIfNeeded();
    await outside.tap();
    await page.locator('dialog.qr[open]').waitFor();
    await shot(page, 'qr-overlay');
    await page.locator('dialog.qr .close').tap();
  }

  await page.goto(site.url(`${prefix}/search/`), { waitUntil: 'networkidle' });
  await shot(page, 'search-keyboard');
  for (const key of 'jinxiang') await page.locator(`bh-keyboard [data-key="${key}"]`).tap();
  await page.waitForTimeout(800);
  await shot(page, 'search-typed');

  await page.locator('.countdown[open]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1200);
  await shot(page, 'countdown');
  await context.close();
} finally {
  await browser.close();
  await site.stop();
}
