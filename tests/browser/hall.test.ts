/**
 * Every template of the hall in both languages, in Chromium on the built site: the right
 * language, a heading, a language switch that keeps the page, no accessibility violations
 * (axe, WCAG 2.2 AA) and no layout shift from images.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { launchTestBrowser } from '../support/browser-test';

/** One page per template, by its Chinese path; the English page is the same under /en/. */
const TEMPLATES = [
  '/',
  '/gi/',
  '/gi/jinxiang-dasuan/',
  '/enterprises/',
  '/enterprises/yutang/',
  '/regional-brands/',
  '/regional-brands/jining-lixiang/',
  '/time-honoured/',
  '/counties/',
  '/counties/weishan/',
  '/industries/',
  '/industries/food/',
  '/news/',
  '/news/policy-2018/',
  '/stats/',
  '/about/',
  '/stations/',
  '/exhibitions/',
  '/exhibitions/gi-2009-2023/',
  '/exhibitions/weishan-lake/',
];
const PAGES = TEMPLATES.flatMap((path) => [
  { path, lang: 'zh-CN', other: `/en${path}` },
  { path: `/en${path}`, lang: 'en', other: path },
]);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

async function open(
  path: string,
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
) {
  // axe needs a page of its own context.
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const response = await page.goto(site.url(path), { waitUntil: 'load' });
  expect(response?.status(), `${path} answers`).toBe(200);
  return page;
}

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(PAGES)('$path', ({ path, lang, other }) => {
  it(`is in ${lang}, has one h1, and its language switch leads to ${other}`, async () => {
    const page = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count()).toBe(1);
    const otherLang = lang === 'en' ? 'zh-CN' : 'en';
    const switchLink = page.locator(`header a[hreflang="${otherLang}"]`);
    expect(await switchLink.getAttribute('href')).toBe(other);
    await switchLink.click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(other);
    expect(await page.getAttribute('html', 'lang')).toBe(otherLang);
    await page.context().close();
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const page = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

// Dark mode changes only colour tokens: one page per kind of layout is enough to check contrast.
describe.each([
  '/',
  '/gi/jinxiang-dasuan/',
  '/en/stats/',
  '/counties/',
  '/en/exhibitions/weishan-lake/',
])('%s in dark mode', (path) => {
  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const page = await open(path, { colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('images', () => {
  it.each(['/', '/gi/', '/gi/jinxiang-dasuan/'])(
    'on %s have their size set and cause no layout shift while loading',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.addInitScript(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            (window as unknown as { shifts: number }).shifts += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(site.url(path), { waitUntil: 'load' });
      // Scroll through the page so lazy images load, then measure.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      await page.waitForLoadState('networkidle');
      const unsized = await page
        .locator('img:not([width]), img:not([height])')
        .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
      expect(unsized).toEqual([]);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
      expect(shifts).toBeLessThan(0.01);
      await page.context().close();
    },
  );
});
