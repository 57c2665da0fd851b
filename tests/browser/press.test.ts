/**
 * For journalists, on the built site in Chromium: a record page printed to A4 (page.pdf) is a
 * fact sheet of one or two pages with every source's address written out, the unverified marks
 * and the page's own address, and none of the site's navigation or controls; the citation block
 * offers GB/T 7714-2015 and APA 7 and copies each to the clipboard; every picture downloads at
 * full resolution under a name with its credit and licence, beside a sidecar text.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser } from '../support/browser-test';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

/** A GI, an enterprise and the regional brand, in both languages: [path, content folder]. */
const RECORDS = [
  ['/gi/jinxiang-dasuan/', 'gis/jinxiang-dasuan'],
  ['/en/gi/jinxiang-dasuan/', 'gis/jinxiang-dasuan'],
  ['/enterprises/kongfujia/', 'enterprises/kongfujia'],
  ['/en/enterprises/kongfujia/', 'enterprises/kongfujia'],
  ['/regional-brands/jining-lixiang/', 'regional-brands/jining-lixiang'],
  ['/en/regional-brands/jining-lixiang/', 'regional-brands/jining-lixiang'],
] as const;

let browser: Browser;
let site: StaticServer;
let context: BrowserContext;
const scratch = mkdtempSync(join(tmpdir(), 'bh-press-'));

beforeAll(async () => {
  site = await startStaticServer();
  browser = await launchTestBrowser();
  context = await browser.newContext({ acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

async function open(path: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  await page.goto(site.url(path), { waitUntil: 'load' });
  return page;
}

/** The PDF's text, one string per page (pdftotext ends each page with a form feed). */
function pdfPages(pdf: Buffer, name: string): string[] {
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** Without spaces or line breaks: an address the PDF wrapped still matches. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The reader's today, as the page's script writes it (local time). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe('the printed fact sheet', () => {
  it.each(RECORDS)(
    '%s prints on one or two A4 pages with its sources and address',
    async (path) => {
      const page = await open(path);
      const addresses = await page.$$eval('main .source a[href]', (links) =>
        links.map((link) => (link as HTMLAnchorElement).href),
      );
      const documents = await page.$$eval('main .source cite', (cites) =>
        cites.map((cite) => cite.textContent!.trim()),
      );
      const unverified = await page.locator('main .source .unverified').count();
      const mainText = await page.locator('main').innerText();
      const canonical = await page.getAttribute('link[rel=canonical]', 'href');
      // The site's shell (navigation, footer) and its controls: none of it belongs on paper.
      const [shell, controls] = await page.evaluate(() => {
        const texts = (selector: string) =>
          [...document.querySelectorAll<HTMLElement>(selector)]
            .map((el) => el.innerText.trim())
            .filter(Boolean);
        return [
          [...texts('.site-header nav a'), ...texts('.site-footer p'), ...texts('.skip-link')],
          [
            ...texts('bh-care-toggle .name'),
            ...texts('bh-read-aloud button'),
            ...texts('bh-citation button'),
            ...texts('[data-picture-download], [data-picture-sidecar]'),
            ...texts('.mistake'),
          ],
        ];
      });
      const pages = pdfPages(await page.pdf({ format: 'A4' }), path.replace(/\W+/g, '-'));
      const text = squeeze(pages.join('\n'));

      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      expect(addresses.length + documents.length).toBeGreaterThan(0);
      for (const address of addresses) expect(text).toContain(squeeze(address));
      for (const document of documents) expect(text).toContain(squeeze(document));
      // Each unverified fact keeps its mark on paper.
      if (unverified > 0) {
        const mark = await page.locator('main .source .unverified').first().textContent();
        expect(text.split(squeeze(mark!)).length - 1).toBeGreaterThanOrEqual(unverified);
      }
      // The page's address, written out beside its QR code (an inline SVG, drawn on paper).
      expect(text).toContain(squeeze(canonical!));
      expect(await page.locator('.print-qr svg').count()).toBe(1);
      expect(shell.length).toBeGreaterThan(5);
      expect(controls.length).toBeGreaterThan(3);
      // A nav label may also be a word of the record ("地理标志" in its kind): those are not proof.
      for (const piece of [...shell.filter((piece) => !mainText.includes(piece)), ...controls]) {
        expect(text, `"${piece}" is printed`).not.toContain(squeeze(piece));
      }
      await page.close();
    },
  );
});

describe('the citation block', () => {
  const MONTHS =
    'January|February|March|April|May|June|July|August|September|October|November|December';

  it.each([
    ['/gi/jinxiang-dasuan/', '济宁商标品牌数字展厅', '金乡大蒜', ' [Jinxiang Garlic]'],
    ['/en/gi/jinxiang-dasuan/', 'Jining Digital Brand Exhibition Hall', 'Jinxiang Garlic', ''],
  ])(
    '%s offers GB/T 7714-2015 and APA 7, each copied by its button',
    async (path, author, title, translation) => {
      const clipboard = await browser.newContext({
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await open(path, clipboard);
      const url = (await page.getAttribute('link[rel=canonical]', 'href'))!;
      const date = today();
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const retrieved = `${MONTHS.split('|')[month - 1]} ${day}, ${year}`;
      const gbt = (await page.locator('#cite-gbt').innerText()).trim();
      const apa = (await page.locator('#cite-apa').innerText()).trim();
      const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

      // 责任者. 题名[EB/OL]. (更新日期)[引用日期]. URL.
      expect(gbt).toMatch(
        new RegExp(
          `^${esc(author)}\\. ${esc(title)}\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[${date}\\]\\. ${esc(url)}\\.$`,
        ),
      );
      // Author. (Year, Month Day). Title. Retrieved Month Day, Year, from URL
      expect(apa).toMatch(
        new RegExp(
          `^${esc(author)}( \\[Jining Digital Brand Exhibition Hall\\])?\\. \\(\\d{4}, (${MONTHS}) \\d{1,2}\\)\\. ${esc(title)}${esc(translation)}\\. Retrieved ${retrieved}, from ${esc(url)}$`,
        ),
      );
      expect(await page.locator('#cite-apa i').innerText()).toBe(title);
      expect(await page.locator('.citation .permanent dd').innerText()).toBe(url);
      // The page's own language first.
      const order = await page.$$eval('bh-citation .text', (texts) => texts.map((text) => text.id));
      expect(order).toEqual(
        path.startsWith('/en/') ? ['cite-apa', 'cite-gbt'] : ['cite-gbt', 'cite-apa'],
      );

      for (const [id, text] of [
        ['cite-gbt', gbt],
        ['cite-apa', apa],
      ] as const) {
        await page.locator(`button[data-copy="${id}"]`).click();
        // Polled: the status line still shows the previous copy when the next one is clicked.
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
        expect(await page.locator('bh-citation .status').innerText()).not.toBe('');
      }
      await clipboard.close();
    },
  );

  it('is readable without JavaScript, its buttons keeping their place unseen', async () => {
    const scripted = await open('/gi/jinxiang-dasuan/');
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const page = await open('/gi/jinxiang-dasuan/', plain);
    expect(await page.locator('#cite-gbt').innerText()).toContain('[EB/OL]');
    const button = page.locator('button[data-copy="cite-gbt"]');
    expect(await button.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    expect(await button.boundingBox()).toEqual(
      await scripted.locator('button[data-copy="cite-gbt"]').boundingBox(),
    );
    await plain.close();
    await scripted.close();
  });

  it('hides copy buttons and picture downloads on a hall screen', async () => {
    const kiosk = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await kiosk.addInitScript(() => {
      if (location.protocol === 'http:') localStorage.setItem('bh:kiosk', '/kiosk/');
    });
    const page = await open('/gi/jinxiang-dasuan/', kiosk);
    expect(await page.getAttribute('html', 'data-kiosk')).toBe('');
    for (const selector of [
      'bh-citation button',
      '[data-picture-download]',
      '[data-picture-sidecar]',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('#cite-gbt').isVisible()).toBe(true);
    await kiosk.close();
  });
});

describe('pictures for the press', () => {
  it.each(RECORDS)(
    '%s offers each picture at full size with its credit and licence',
    async (path, folder) => {
      const page = await open(path);
      const en = path.startsWith('/en/');
      const facts = parse(readFileSync(join('content', folder, 'facts.yaml'), 'utf8')) as {
        cover: {
          src: string;
          credit: { zh: string; en: string };
          licence: string;
          illustration?: boolean;
        };
      };
      const links = page.locator('[data-picture-download]');
      expect(await links.count()).toBeGreaterThanOrEqual(1);
      const cover = links.first();
      const href = (await cover.getAttribute('href'))!;
      const fileName = (await cover.getAttribute('download'))!;
      const file = join('dist', href);
      expect(existsSync(file), file).toBe(true);
      // Full resolution: the very pixels of the editors' original.
      const original = await sharp(join('content', folder, facts.cover.src)).metadata();
      const served = await sharp(file).metadata();
      expect([served.width, served.height]).toEqual([original.width, original.height]);
      const dash = (text: string) => text.replace(/\s+/g, '-');
      expect(fileName).toContain(dash(en ? facts.cover.credit.en : facts.cover.credit.zh));
      expect(fileName).toContain(dash(facts.cover.licence));
      // The browser saves it under that name.
      const [download] = await Promise.all([page.waitForEvent('download'), cover.click()]);
      expect(download.suggestedFilename()).toBe(fileName);
      await download.cancel();

      const sidecar = (await page.locator('[data-picture-sidecar]').first().getAttribute('href'))!;
      const text = readFileSync(join('dist', sidecar), 'utf8');
      for (const part of [
        facts.cover.credit.zh,
        facts.cover.credit.en,
        facts.cover.licence,
        fileName,
      ]) {
        expect(text).toContain(part);
      }
      if (facts.cover.illustration) expect(text).toMatch(/illustration \(drawn by the hall\)/);
      await page.close();
    },
  );
});
