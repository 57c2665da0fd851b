/** Smoke test of the built site in Chromium: the hall entrance in both languages. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser } from '../support/browser-test';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

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

describe('the hall entrance', () => {
  it('is in Chinese at / with its featured brands and their images', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('/'), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('h1')).toBe('济宁商标品牌数字展厅');
    const cards = page.locator('article h3 a');
    expect(await cards.count()).toBeGreaterThan(3);
    const names = await cards.allTextContents();
    expect(names).toContain('金乡大蒜');
    // Every card image was delivered as AVIF or WebP, and none is broken.
    const images = await page.locator('article img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({
        src: img.currentSrc,
        ok: img.naturalWidth > 0,
      })),
    );
    for (const image of images) {
      expect(image.src).toMatch(/\.(avif|webp)$/);
      expect(image.ok).toBe(true);
    }
    await page.close();
  });

  it('is in English at /en/, and the language switch leads back to /', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('/en/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Jining Digital Brand Exhibition Hall');
    await page.click('a[hreflang="zh-CN"]');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });
});
