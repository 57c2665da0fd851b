/**
 * Kiosk mode on a hall screen: 1920×1080 with touch, on the built site. The attract loop and a
 * touch into the hall; the idle countdown, cancelled by a touch and, left alone, resetting to the
 * attract loop with the search empty; outside links shown as QR codes; the site offline after
 * one visit; a new build taken only at a reset; no axe violations in kiosk mode. The idle time is
 * shortened for the tests with `/kiosk/?idle=…&countdown=…` (src/kiosk.config.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { drawQr } from '../../src/lib/qr-draw';
import { HALL_SCREEN } from '../support/chromium';
import { allowConsoleErrors, launchTestBrowser } from '../support/browser-test';
import { smallTargets } from '../support/kiosk';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BRAND = '/gi/jinxiang-dasuan/';
const DIST = process.env['BH_DIST'] ?? 'dist';
/** Waiting for an image or the precache: generous, for a busy machine. */
const POLL = { timeout: 20_000 };
const SLOW = 300_000;

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  site = await startStaticServer(DIST);
  browser = await launchTestBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** The SVG of a QR code the kiosk drew, from its image's data: address. */
async function drawnCode(image: Locator): Promise<string> {
  const src = (await image.getAttribute('src')) ?? '';
  expect(src).toMatch(/^data:image\/svg\+xml,/);
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

/** The dark modules of a QR code's SVG: its stroked path. */
function modulesOf(svg: string): string | undefined {
  return /<path [^>]*stroke="[^"]+"[^>]* d="([^"]+)"/.exec(svg)?.[1];
}

/** A fresh hall screen: its own storage, 1920×1080, touch. */
async function screen(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(HALL_SCREEN);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  return { context, page };
}

/** Opens the attract loop, which turns kiosk mode on, and waits for the kiosk script. */
async function startKiosk(page: Page, query = '', server = site): Promise<void> {
  await page.goto(server.url(`/kiosk/${query}`), { waitUntil: 'load' });
  await page.locator('bh-attract').waitFor();
  await page.waitForFunction(() => customElements.get('bh-kiosk') !== undefined);
}

async function enter(page: Page, server = site, home = '/'): Promise<void> {
  await page.touchscreen.tap(960, 540);
  await page.waitForURL(server.url(home));
  await page.waitForFunction(() => customElements.get('bh-kiosk') !== undefined);
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Types on the on-screen keyboard, key by key, with taps. */
async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const key of text) await page.locator(`bh-keyboard [data-key="${key}"]`).tap();
}

describe('switching kiosk mode', () => {
  it('sets the flag in <head> before any stylesheet, so no page paints in normal mode', async () => {
    const html = readFileSync(join(DIST, 'gi/jinxiang-dasuan/index.html'), 'utf8');
    const flag = html.indexOf('documentElement.dataset.kiosk');
    expect(flag).toBeGreaterThan(0);
    expect(flag).toBeLessThan(html.indexOf('rel="stylesheet"'));
    expect(flag).toBeLessThan(html.indexOf('<body'));
  });

  it('/kiosk/ shows the attract loop, and a touch enters the hall', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    expect(await page.getAttribute('html', 'data-kiosk')).toBe('');
    const attract = page.locator('bh-attract');
    expect(await attract.boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(await page.locator('bh-attract .slide').count()).toBeGreaterThan(2);
    expect(await page.locator('bh-attract .slide[data-current] img').isVisible()).toBe(true);
    await expect.poll(() => page.locator('bh-attract .begin').innerText()).toContain('触摸屏幕');
    expect(await page.locator('bh-attract .begin').innerText()).toContain(
      'Touch anywhere to begin',
    );
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    await enter(page);
    expect(await page.getAttribute('html', 'data-kiosk')).toBe('');
    expect(await page.locator('bh-kiosk .home').isVisible()).toBe(true);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('/en/kiosk/ enters the English hall, by a touch on any part of it', async () => {
    const { context, page } = await screen();
    await page.goto(site.url('/en/kiosk/'), { waitUntil: 'load' });
    // A touch on the words (the brand's name, the hall's name) begins as well as one beside them.
    const name = await page.locator('.slide[data-current] .eyebrow').boundingBox();
    await page.touchscreen.tap(name!.x + name!.width - 10, name!.y + name!.height / 2);
    await page.waitForURL(site.url('/en/'));
    await page.goto(site.url('/gi/'), { waitUntil: 'load' });
    expect(await page.getAttribute('html', 'data-kiosk')).toBe('');
    await context.close();
  });

  it('the staff page /kiosk/exit/ turns kiosk mode off', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await page.goto(site.url('/kiosk/exit/'), { waitUntil: 'load' });
    expect(await page.getAttribute('html', 'data-kiosk')).toBeNull();
    await page.goto(site.url('/'), { waitUntil: 'load' });
    expect(await page.getAttribute('html', 'data-kiosk')).toBeNull();
    expect(await page.locator('bh-kiosk .home').isVisible()).toBe(false);
    await context.close();
  });

  it('normal visitors download no kiosk script and no QR code', async () => {
    const { context, page } = await screen();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.url(BRAND), { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    expect(requested.filter((path) => /bh-kiosk|\/qr\/|sw\.js/.test(path))).toEqual([]);
    expect(await page.locator('.page-qr').isVisible()).toBe(false);
    await context.close();
  });
});

describe('touch targets', () => {
  it.each([
    '/',
    '/gi/',
    BRAND,
    '/en/gi/jinxiang-dasuan/',
    '/counties/',
    '/counties/jinxiang/',
    '/en/enterprises/',
    '/stats/',
    '/news/',
    '/exhibitions/',
    '/en/exhibitions/weishan-lake/',
    '/search/?q=jin',
  ])('every control on %s is at least 80×80 CSS px', async (path) => {
    const { context, page } = await screen();
    await startKiosk(page);
    await page.goto(site.url(path), { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('bh-kiosk') !== undefined);
    if (path.startsWith('/search/')) await page.locator('.results li').first().waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await context.close();
  });
});

describe('idle reset', () => {
  it('counts down after the idle time; a touch cancels; untouched it resets with the search empty', async () => {
    const { context, page } = await screen();
    // Idle time long enough for the steps before the countdown on a busy machine.
    await startKiosk(page, '?idle=8&countdown=3');
    const historyLength = await page.evaluate(() => history.length);
    await enter(page);

    // Search with the on-screen keyboard: the header's box leads to the search page.
    await page.locator('header input[type="search"]').tap();
    await page.waitForURL(site.url('/search/'));
    await page.locator('bh-keyboard:not([hidden])').waitFor();
    await typeOnScreen(page, 'jin');
    const field = page.locator('main input[type="search"]');
    expect(await field.inputValue()).toBe('jin');
    await page.locator('.results li').first().waitFor();

    const countdown = page.locator('dialog.countdown');
    await countdown.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await countdown.locator('.seconds').innerText()).toMatch(/^[1-3]$/);
    await page.touchscreen.tap(400, 300);
    await countdown.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(await field.inputValue()).toBe('jin');

    // Left alone: the countdown again, then the attract loop.
    await countdown.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForURL(site.url('/kiosk/'), { timeout: 15_000 });
    await page.locator('bh-attract').waitFor();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => sessionStorage.getItem('bh:kiosk-trail'))).toBe('[]');

    // The next visitor finds the search empty.
    await enter(page);
    await page.locator('header input[type="search"]').tap();
    await page.waitForURL(site.url('/search/'));
    await page.locator('bh-keyboard:not([hidden])').waitFor();
    expect(await page.locator('main input[type="search"]').inputValue()).toBe('');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await context.close();
  });

  it('waits while a video plays', async () => {
    const { context, page } = await screen();
    await startKiosk(page, '?idle=6&countdown=30');
    await enter(page);
    // The site has no video yet: a <video> element reports playing and pausing (media events
    // do not bubble; the kiosk listens for them on the document, as for a real video).
    await page.evaluate(() => {
      const video = document.createElement('video');
      document.querySelector('main')!.append(video);
      video.dispatchEvent(new Event('play'));
    });
    await page.waitForTimeout(8000);
    expect(await page.locator('dialog.countdown').isVisible()).toBe(false);
    await page.evaluate(() => document.querySelector('video')!.dispatchEvent(new Event('pause')));
    await page.locator('dialog.countdown').waitFor({ state: 'visible', timeout: 20_000 });
    await context.close();
  });

  it('Back returns through the visit; a missing page goes home', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await enter(page);
    expect(await page.locator('bh-kiosk .back').isVisible()).toBe(false);
    await page.locator('main a[href="/gi/"]').first().tap();
    await page.waitForURL(site.url('/gi/'));
    await page.locator('bh-kiosk .back').tap();
    await page.waitForURL(site.url('/'));
    allowConsoleErrors(/no-such-page\/: console Failed to load resource: .* 404/);
    await page.goto(site.url('/no-such-page/'));
    await page.waitForURL(site.url('/'), { timeout: 20_000 });
    await context.close();
  });
});

describe('search without a keyboard', () => {
  it('the keys are 80 px; typing brings the results up above the keyboard', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await page.goto(site.url('/search/'), { waitUntil: 'load' });
    const keyboard = page.locator('bh-keyboard .panel');
    await keyboard.waitFor();
    const key = await page.locator('bh-keyboard [data-key="j"]').boundingBox();
    expect(key!.width).toBeGreaterThanOrEqual(80);
    expect(key!.height).toBeGreaterThanOrEqual(80);
    await typeOnScreen(page, 'jxds');
    const first = page.locator('.results li').first();
    await first.waitFor();
    expect(await first.locator('a').getAttribute('href')).toBe(BRAND);
    const keysTop = (await keyboard.boundingBox())!.y;
    const result = (await first.boundingBox())!;
    expect(result.y).toBeGreaterThanOrEqual(0);
    expect(result.y + result.height).toBeLessThanOrEqual(keysTop);
    // Delete and clear work as on any keyboard.
    await page.locator('bh-keyboard [data-action="backspace"]').tap();
    expect(await page.locator('main input[type="search"]').inputValue()).toBe('jxd');
    await page.locator('bh-keyboard [data-action="clear"]').tap();
    expect(await page.locator('main input[type="search"]').inputValue()).toBe('');
    await context.close();
  });
});

describe('no way out', () => {
  it('an outside link does not navigate: it shows its QR code', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await page.goto(site.url(BRAND), { waitUntil: 'load' });
    const link = page.locator('main a[href^="http"]').first();
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const overlay = page.locator('dialog.qr');
    await overlay.waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toBe(BRAND);
    expect(context.pages()).toHaveLength(1);
    expect(await overlay.locator('.address').innerText()).toBe(href);
    const code = overlay.locator('.code img');
    await expect
      .poll(() => code.evaluate((img) => (img as HTMLImageElement).naturalWidth), POLL)
      .toBeGreaterThan(0);
    // Drawn on the screen, and the same code as the build's drawing of that address.
    expect(await drawnCode(code)).toBe(await drawQr(href));
    await overlay.locator('.close').tap();
    await overlay.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('mailto: and new-window links stay on the screen', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await enter(page);
    await page.evaluate(() => {
      const mail = Object.assign(document.createElement('a'), {
        href: 'mailto:brand@example.cn',
        textContent: 'mail',
        id: 'mail',
      });
      const blank = Object.assign(document.createElement('a'), {
        href: '/gi/',
        target: '_blank',
        textContent: 'new window',
        id: 'blank',
      });
      document.querySelector('main')!.prepend(mail, blank);
    });
    await page.locator('#mail').tap();
    await page.locator('dialog.qr').waitFor({ state: 'visible' });
    expect(await page.locator('dialog.qr .address').innerText()).toBe('brand@example.cn');
    // An address no page of the build names has its code too.
    expect(await drawnCode(page.locator('dialog.qr .code img'))).toBe(
      await drawQr('mailto:brand@example.cn'),
    );
    await page.locator('dialog.qr .close').tap();
    await page.locator('#blank').tap();
    await page.waitForURL(site.url('/gi/'));
    expect(context.pages()).toHaveLength(1);
    await context.close();
  });

  it('leaves the browser its own window.open and history, and search states replace each other', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await enter(page);
    await page.goto(site.url('/search/?q=jin'), { waitUntil: 'load' });
    await page.locator('.results li').first().waitFor();
    const natives = await page.evaluate(() =>
      [window.open, history.pushState, history.replaceState].map((fn) =>
        Function.prototype.toString.call(fn).includes('[native code]'),
      ),
    );
    expect(natives).toEqual([true, true, true]);
    // A filter is a new search state: a normal visitor gets a history entry, a hall screen none.
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('bh-search label:has(input[type="checkbox"])').first().tap();
    await expect.poll(() => new URL(page.url()).search, POLL).not.toBe('?q=jin');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await context.close();
  });

  it('a brand page shows the QR code of its public address', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await page.goto(site.url(BRAND), { waitUntil: 'load' });
    const block = page.locator('.page-qr');
    await block.scrollIntoViewIfNeeded();
    expect(await block.isVisible()).toBe(true);
    expect(await block.locator('.address').innerText()).toMatch(
      /^https?:\/\/[^/]+\/gi\/jinxiang-dasuan\/$/,
    );
    await expect
      .poll(
        () => block.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth),
        POLL,
      )
      .toBeGreaterThan(0);
    // The same modules as the code on the printed fact sheet, which the build drew.
    const printed = page.locator('.print-qr svg path[stroke]');
    expect(modulesOf(await drawnCode(block.locator('img')))).toBe(await printed.getAttribute('d'));
    // The dock offers the same code wherever the visitor is on the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('bh-kiosk .take-home').tap();
    const overlay = page.locator('dialog.qr');
    await overlay.waitFor({ state: 'visible' });
    expect(await overlay.locator('.address').innerText()).toBe(
      await block.locator('.address').innerText(),
    );
    expect(await overlay.locator('.code img').getAttribute('src')).toBe(
      await block.locator('img').getAttribute('src'),
    );
    await context.close();
  });
});

describe('offline', { timeout: SLOW }, () => {
  it('after one visit, other pages and a search work with the network cut', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await page.locator('bh-kiosk[data-offline="ready"]').waitFor({ timeout: 120_000 });
    await context.setOffline(true);
    for (const path of ['/gi/', BRAND, '/en/enterprises/', '/counties/', '/about/']) {
      const response = await page.goto(site.url(path), { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBe(1);
      const broken = await page.evaluate(() =>
        [...document.images]
          .filter((img) => img.loading !== 'lazy')
          .filter((img) => !img.complete || img.naturalWidth === 0)
          .map((img) => img.currentSrc || img.src),
      );
      expect(broken, path).toEqual([]);
    }
    // An address without its trailing slash is redirected to the page, as the server does.
    const bare = await page.goto(site.url('/counties'), { waitUntil: 'load' });
    expect([bare?.status(), new URL(page.url()).pathname]).toEqual([200, '/counties/']);
    await page.goto(site.url('/search/'), { waitUntil: 'load' });
    await page.locator('bh-keyboard:not([hidden])').waitFor();
    await typeOnScreen(page, 'jxds');
    await page.locator(`.results a[href="${BRAND}"]`).waitFor({ timeout: 10_000 });
    // A missing address gets the 404 page of its language.
    allowConsoleErrors(/no-such-page\/: console Failed to load resource: .* 404/);
    for (const [path, lang, title] of [
      ['/no-such-page/', 'zh-CN', '页面未找到'],
      ['/en/no-such-page/', 'en', 'Page not found'],
    ] as const) {
      const missing = await page.goto(site.url(path));
      expect(missing?.status(), path).toBe(404);
      expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
      expect(await page.locator('h1').innerText(), path).toBe(title);
    }
    await context.close();
  });

  it('keeps one variant of each picture, and answers a request for another with it', async () => {
    const { context, page } = await screen();
    await startKiosk(page);
    await page.locator('bh-kiosk[data-offline="ready"]').waitFor({ timeout: 120_000 });
    const kept = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
      }
      return paths;
    });
    const pictures = kept.filter((path) => /^\/_astro\/.+\.(?:avif|webp|png|jpe?g)$/.test(path));
    const families = new Set(pictures.map((path) => path.replace(/_Z?[0-9A-Za-z]+\.\w+$/, '')));
    expect(pictures.length).toBeGreaterThan(10);
    expect(pictures).toHaveLength(families.size);
    // Nothing a hall screen does not show: no originals for download, no open data files.
    expect(kept.filter((path) => /^\/(?:pictures|data)\//.test(path))).toEqual([]);
    // Pages are kept in packs (src/sw/page-packs.ts), not as they are; QR codes are drawn, no files.
    expect(kept).toContain('/offline/pages.json');
    expect(kept.filter((path) => /^\/offline\/pages-\w+\.zst$/.test(path)).length).toBeGreaterThan(
      5,
    );
    expect(kept.filter((path) => /\.html$|^\/qr\//.test(path))).toEqual([]);

    await context.setOffline(true);
    await page.goto(site.url(BRAND), { waitUntil: 'load' });
    // Every file the brand's cover offers (each width of each format, and the fallback <img src>)
    // is answered, with the kept one.
    const offered = await page.evaluate(() => {
      const picture = document.querySelector('main picture')!;
      const candidates = [...picture.querySelectorAll('source, img')].flatMap((element) =>
        (element.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(' ')[0]!),
      );
      return [...candidates, picture.querySelector('img')!.getAttribute('src')!].filter(Boolean);
    });
    expect(offered.length).toBeGreaterThan(2);
    // The page's QR code is drawn offline too.
    expect(modulesOf(await drawnCode(page.locator('.page-qr .code img')))).toBe(
      await page.locator('.print-qr svg path[stroke]').getAttribute('d'),
    );
    const answers = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map(async (url) => {
            const response = await fetch(url);
            return {
              url,
              status: response.status,
              bytes: (await response.arrayBuffer()).byteLength,
            };
          }),
        ),
      offered,
    );
    const keptCover = pictures.find((path) => offered.some((url) => url === path));
    expect(keptCover).toBeDefined();
    const keptBytes = answers.find((answer) => answer.url === keptCover)!.bytes;
    for (const answer of answers) {
      expect(answer, answer.url).toEqual({ url: answer.url, status: 200, bytes: keptBytes });
    }

    // A portrait screen loads other widths than the landscape one: its pictures show as well.
    await page.setViewportSize({ width: 1080, height: 1920 });
    const standIns: string[] = [];
    for (const path of ['/', '/gi/', BRAND, '/en/gi/']) {
      await page.goto(site.url(path), { waitUntil: 'load' });
      // Every picture of the page, the lazy ones (further down) loaded too.
      const images = await page.evaluate(async () => {
        for (const img of document.images) img.loading = 'eager';
        await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
        return [...document.images].map((img) => ({
          src: img.currentSrc,
          width: img.naturalWidth,
        }));
      });
      expect(images.length, path).toBeGreaterThan(0);
      expect(
        images.filter((img) => img.width === 0),
        path,
      ).toEqual([]);
      for (const { src } of images) {
        if (!kept.includes(new URL(src).pathname)) standIns.push(src);
      }
    }
    // Some of them asked for a variant that is not kept, and got the kept one.
    expect(standIns.length).toBeGreaterThan(0);
    await context.close();
  });

  it('takes a new build at the next idle reset, never in the middle of a visit', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'bh-kiosk-dist-'));
    cpSync(DIST, copy, { recursive: true });
    const server = await startStaticServer(copy);
    try {
      const { context, page } = await screen();
      // A long idle time: the reset must wait until the new build is installed.
      await startKiosk(page, '?idle=20&countdown=1', server);
      await page.locator('bh-kiosk[data-offline="ready"]').waitFor({ timeout: 120_000 });
      await enter(page, server);
      const title = await page.locator('h1').innerText();

      // A new build appears on the server: another home page, another worker.
      const home = join(copy, 'index.html');
      writeFileSync(home, readFileSync(home, 'utf8').replaceAll(title, `${title} NEW BUILD`));
      // The build's service-worker step writes its offline copy and worker again.
      const sw = join(copy, 'sw.js');
      const worker = readFileSync(sw, 'utf8');
      await writeServiceWorker(copy);
      expect(readFileSync(sw, 'utf8')).not.toBe(worker);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration!.update();
      });
      await page.waitForFunction(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
        undefined,
        { timeout: 60_000 },
      );
      // Mid-visit the old build still answers.
      await page.locator('bh-kiosk .home').tap();
      await page.waitForLoadState('load');
      expect(await page.locator('h1').innerText()).toBe(title);

      // The reset takes the new build.
      await page.waitForURL(server.url('/kiosk/'), { timeout: 40_000 });
      await enter(page, server);
      expect(await page.locator('h1').innerText()).toBe(`${title} NEW BUILD`);
      await context.close();
    } finally {
      await server.stop();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('accessibility in kiosk mode (axe, WCAG 2.2 AA)', () => {
  it.each([
    '/kiosk/',
    '/en/kiosk/',
    '/',
    BRAND,
    '/en/gi/jinxiang-dasuan/',
    '/search/',
    '/en/search/',
  ])('%s has no violations', async (path) => {
    const { context, page } = await screen();
    await startKiosk(page);
    await page.goto(site.url(path), { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('bh-kiosk') !== undefined);
    expect(await page.getAttribute('html', 'data-kiosk')).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the countdown and the QR overlay have no violations', async () => {
    const { context, page } = await screen();
    // Idle time long enough for axe to finish on the overlay before the countdown comes.
    await startKiosk(page, '?idle=15&countdown=30');
    await page.goto(site.url(BRAND), { waitUntil: 'load' });
    const link = page.locator('main a[href^="http"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await page.locator('dialog.qr').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    // The countdown closes the overlay.
    await page.locator('dialog.countdown').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('dialog.qr').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
