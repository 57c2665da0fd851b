/**
 * JSON-LD on the built site: one page of every template that carries it, in both languages,
 * parsed and checked for its required properties, each value one the page itself shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page, type Site } from '../../scripts/site-checks/index.ts';

type Json = Record<string, unknown>;

let site: Site;

beforeAll(() => {
  site = loadSite('dist');
});

function jsonLdOf(page: Page): Json {
  const scripts = page.root.querySelectorAll('head script[type="application/ld+json"]');
  expect(scripts.length, `${page.path}: one JSON-LD block in the head`).toBe(1);
  const data = JSON.parse(scripts[0]!.textContent) as Json;
  expect(data['@context']).toBe('https://schema.org');
  expect(new URL(data['url'] as string).pathname).toBe(page.path);
  return data;
}

const asList = (value: unknown): Json[] =>
  value === undefined ? [] : ((Array.isArray(value) ? value : [value]) as Json[]);

/** Every citation names a source the page shows: its address is linked, or its name is in the text. */
function expectCitationsShown(page: Page, citations: Json[]) {
  for (const citation of citations) {
    expect(citation['@type']).toBe('CreativeWork');
    if (citation['url']) {
      // Compared as URIs: the page's attribute escapes & and may keep an address's own letters.
      const links = page.root
        .querySelectorAll('a[href]')
        .map((link) => link.getAttribute('href')!)
        .filter((href) => URL.canParse(href))
        .map((href) => new URL(href).href);
      expect(links, page.path).toContain(new URL(citation['url'] as string).href);
    } else expect(page.root.text, page.path).toContain(citation['name']);
  }
}

const BRAND_PAGES = [
  { path: 'gi/jinxiang-dasuan/', subject: 'Product' },
  { path: 'enterprises/jintaiyang/', subject: 'Brand' },
  { path: 'regional-brands/jining-lixiang/', subject: 'Brand' },
];

describe('JSON-LD of brand pages', () => {
  for (const lang of ['', 'en/']) {
    for (const { path, subject } of BRAND_PAGES) {
      it(`/${lang}${path} is an ItemPage about a ${subject}, with what the page shows`, () => {
        const page = site.byPath.get(`/${lang}${path}`);
        expect(page, `/${lang}${path} is built`).toBeDefined();
        const data = jsonLdOf(page!);
        expect(data['@type']).toBe('ItemPage');
        const h1 = page!.root.querySelector('h1')!.text.trim();
        expect(data['name']).toBe(h1);
        const [about, owner] = asList(data['about']);
        expect(about!['@type']).toBe(subject);
        expect(about!['name']).toBe(h1);
        expect(page!.root.text).toContain(about!['description']);
        // The picture is the page's cover, in the JPEG the page shares (og:image).
        const ogImage = page!.root.querySelector('meta[property="og:image"]')!;
        expect(about!['image']).toBe(ogImage.getAttribute('content'));
        if (owner) {
          expect(owner['@type']).toBe('Organization');
          expect(page!.root.querySelector('.key-facts')!.text).toContain(owner['name']);
        }
        const county = data['spatialCoverage'] as Json | undefined;
        if (county) {
          expect(county['@type']).toBe('AdministrativeArea');
          expect(page!.html).toContain(`href="${new URL(county['url'] as string).pathname}"`);
          expect(page!.root.text).toContain(county['name']);
        }
        const citations = asList(data['citation']);
        expect(citations.length, 'sources as citations').toBeGreaterThan(0);
        expectCitationsShown(page!, citations);
      });
    }
  }

  it('names the county of a GI and the holder of an enterprise', () => {
    const gi = jsonLdOf(site.byPath.get('/gi/jinxiang-dasuan/')!);
    expect((gi['spatialCoverage'] as Json)['name']).toBe('金乡县');
    const firm = jsonLdOf(site.byPath.get('/enterprises/jintaiyang/')!);
    expect(asList(firm['about'])).toHaveLength(2);
  });

  it('is on every brand page', () => {
    const brandPages = site.pages.filter((page) =>
      /^(gi|enterprises|regional-brands)\/\[id\]$/.test(
        page.template.replace(/^\[\.\.\.lang\]\//, ''),
      ),
    );
    expect(brandPages.length).toBeGreaterThan(20);
    for (const page of brandPages) jsonLdOf(page);
  });
});

describe('JSON-LD of news items', () => {
  for (const lang of ['', 'en/']) {
    it(`/${lang}news/policy-2018/ is a NewsArticle with its date, source and brands`, () => {
      const page = site.byPath.get(`/${lang}news/policy-2018/`)!;
      const data = jsonLdOf(page);
      expect(data['@type']).toBe('NewsArticle');
      expect(data['headline']).toBe(page.root.querySelector('h1')!.text.trim());
      expect(data['datePublished']).toBe(page.root.querySelector('time')!.getAttribute('datetime'));
      expect(page.root.text).toContain(data['description']);
      expectCitationsShown(page, asList(data['citation']));
      const about = asList(data['about']);
      expect(about.length).toBeGreaterThan(0);
      for (const brand of about) {
        expect(page.html).toContain(`href="${new URL(brand['url'] as string).pathname}"`);
      }
    });
  }
});

describe('JSON-LD of the data page', () => {
  for (const path of ['/data/', '/en/data/']) {
    it(`${path} is a Dataset with its version and one distribution per file listed`, () => {
      const page = site.byPath.get(path)!;
      const data = jsonLdOf(page);
      expect(data['@type']).toBe('Dataset');
      expect(page.root.text).toContain(data['version']);
      expect(page.root.text).toContain(data['description']);
      // No licence is stated on the page yet, so none is claimed.
      expect(data['license']).toBeUndefined();
      const files = page.root
        .querySelectorAll('main a[download]')
        .map((link) => link.getAttribute('href'));
      const distribution = asList(data['distribution']);
      const contentUrls = distribution.map(
        (file) => new URL(file['contentUrl'] as string).pathname,
      );
      expect(contentUrls.sort()).toEqual(files.sort());
      for (const file of distribution) {
        expect(file['@type']).toBe('DataDownload');
        expect(file['encodingFormat']).toMatch(/^(application|text)\//);
        expect(file['contentSize']).toMatch(/^\d+ B$/);
      }
    });
  }
});

describe('JSON-LD of county and sector pages', () => {
  for (const lang of ['', 'en/']) {
    it(`/${lang}counties/jinxiang/ is about the county, with its code and its brands`, () => {
      const page = site.byPath.get(`/${lang}counties/jinxiang/`)!;
      const data = jsonLdOf(page);
      expect(data['@type']).toBe('CollectionPage');
      const about = data['about'] as Json;
      expect(about['@type']).toBe('AdministrativeArea');
      expect(about['name']).toBe(page.root.querySelector('h1')!.text.trim());
      expect(page.root.text).toContain(about['identifier']);
      const brands = asList(data['mentions']);
      expect(brands.length).toBeGreaterThan(0);
      for (const brand of brands) {
        expect(page.html).toContain(`href="${new URL(brand['url'] as string).pathname}"`);
        expect(page.root.text).toContain(brand['name']);
      }
    });

    it(`/${lang}industries/featured-agriculture/ is about the sector`, () => {
      const page = site.byPath.get(`/${lang}industries/featured-agriculture/`)!;
      const data = jsonLdOf(page);
      const about = data['about'] as Json;
      expect(about['@type']).toBe('DefinedTerm');
      expect(about['name']).toBe(page.root.querySelector('h1')!.text.trim());
      expect(page.root.text).toContain(about['inDefinedTermSet']);
    });
  }
});
