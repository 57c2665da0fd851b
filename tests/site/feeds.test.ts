/** The news feeds of the built site: RSS 2.0 in each language, listing every news item. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Site } from '../../scripts/site-checks/index.ts';

interface Item {
  title: string;
  link: string;
  guid: string | { '#text': string };
  description: string;
  pubDate: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const newsIds = readdirSync('dist/news').filter((name) =>
  existsSync(join('dist/news', name, 'index.html')),
);

let site: Site;

beforeAll(() => {
  site = loadSite('dist');
});

describe('the news feeds', () => {
  for (const { lang, prefix } of [
    { lang: 'zh-CN', prefix: '' },
    { lang: 'en', prefix: '/en' },
  ]) {
    const file = `dist${prefix}/news/rss.xml`;

    it(`${file} is RSS 2.0 with every news item, each linking to its page`, () => {
      const xml = parser.parse(readFileSync(file, 'utf8'));
      expect(xml.rss['@version']).toBe('2.0');
      const channel = xml.rss.channel;
      expect(channel.title).toBeTruthy();
      expect(channel.description).toBeTruthy();
      expect(new URL(channel.link).pathname).toBe(`${prefix}/news/`);
      expect(channel.language).toBe(lang);
      const items = ([] as Item[]).concat(channel.item ?? []);
      expect(items.length).toBe(newsIds.length);
      expect(newsIds.length).toBeGreaterThan(1);
      const paths = items.map((item) => new URL(item.link).pathname);
      expect(paths.sort()).toEqual(newsIds.map((id) => `${prefix}/news/${id}/`).sort());
      for (const item of items) {
        const page = site.byPath.get(new URL(item.link).pathname)!;
        expect(page.root.querySelector('h1')!.text.trim()).toBe(item.title);
        expect(page.root.text).toContain(item.description);
        expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
        expect(page.root.querySelector('time')!.getAttribute('datetime')!.slice(0, 4)).toBe(
          String(new Date(item.pubDate).getUTCFullYear()),
        );
      }
    });
  }

  it("is linked from every page's head, in the page's language", () => {
    expect(site.pages.length).toBeGreaterThan(50);
    for (const page of site.pages) {
      const links = page.root.querySelectorAll(
        'head link[rel="alternate"][type="application/rss+xml"]',
      );
      expect(links.length, page.path).toBe(1);
      const expected = page.lang === 'en' ? '/en/news/rss.xml' : '/news/rss.xml';
      expect(links[0]!.getAttribute('href'), page.path).toBe(expected);
    }
  });

  it('is linked from the news page', () => {
    for (const [path, feed] of [
      ['/news/', '/news/rss.xml'],
      ['/en/news/', '/en/news/rss.xml'],
    ] as const) {
      const links = site.byPath.get(path)!.root.querySelectorAll(`main a[href="${feed}"]`);
      expect(links.length, path).toBe(1);
    }
  });
});
