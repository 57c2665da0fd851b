import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addressOf,
  builtPages,
  pageListPath,
  readPageList,
  siteFiles,
  templateName,
  writePageList,
} from './built-site';

const sites: string[] = [];

/** A folder holding `files` (relative paths), as a build would leave it. */
function siteWith(files: string[]): string {
  const site = mkdtempSync(join(tmpdir(), 'bh-built-site-'));
  sites.push(site);
  for (const file of files) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), file);
  }
  return site;
}

afterEach(() => {
  for (const site of sites.splice(0)) {
    rmSync(site, { recursive: true, force: true });
    rmSync(pageListPath(site), { force: true });
  }
});

/** What astro:build:done hands over: each route's files, as Astro wrote them. */
function lists(site: string, routes: Record<string, string[]>) {
  return {
    dir: pathToFileURL(`${site}/`),
    assets: new Map(
      Object.entries(routes).map(([route, files]) => [
        route,
        files.map((file) => pathToFileURL(join(site, file))),
      ]),
    ),
  };
}

describe('builtPages', () => {
  const files = [
    'index.html',
    'en/index.html',
    'gi/a/index.html',
    '404.html',
    'en/404.html',
    'data/brands.json',
    '_astro/site.css',
    'verify.html',
  ];
  const routes = {
    '/[...lang]': ['index.html', 'en/index.html'],
    '/[...lang]/gi/[id]': ['gi/a/index.html'],
    '/404': ['404.html'],
    // Astro writes it there; errorPages() has moved it to en/404.html.
    '/en/404': ['en/404/index.html'],
    '/data/[file]': ['data/brands.json'],
  };

  it("gives each HTML page its file, address and route, in file order; endpoints' files are no pages", () => {
    expect(builtPages(lists(siteWith(files), routes))).toEqual([
      { file: '404.html', path: '/404', template: '404' },
      { file: 'en/404.html', path: '/en/404', template: 'en/404' },
      { file: 'en/index.html', path: '/en/', template: '[...lang]' },
      { file: 'gi/a/index.html', path: '/gi/a/', template: '[...lang]/gi/[id]' },
      { file: 'index.html', path: '/', template: '[...lang]' },
      { file: 'verify.html', path: '/verify', template: '(file)' },
    ]);
  });

  it('fails when a page Astro wrote is not where the steps after errorPages() look', () => {
    const site = siteWith(files.filter((file) => file !== 'en/404.html'));
    expect(() => builtPages(lists(site, routes))).toThrow(
      /Astro wrote pages that are not in .*: en\/404\.html\. Read the pages after errorPages\(\)/,
    );
  });
});

describe('the names', () => {
  it("of a template are Astro's route without its slash", () => {
    expect(templateName('/[...lang]/gi/[id]')).toBe('[...lang]/gi/[id]');
    expect(templateName('/')).toBe('index');
  });

  it('of an address follow the file', () => {
    expect(addressOf('index.html')).toBe('/');
    expect(addressOf('gi/x/index.html')).toBe('/gi/x/');
    expect(addressOf('en/404.html')).toBe('/en/404');
  });
});

describe('siteFiles', () => {
  it('lists every file relative to the site, in code-point order, or those of one folder', () => {
    const site = siteWith(['b/c.txt', 'a.txt', 'b/B.txt', 'pagefind/fragment/en_1.pf_fragment']);
    expect(siteFiles(site)).toEqual([
      'a.txt',
      'b/B.txt',
      'b/c.txt',
      'pagefind/fragment/en_1.pf_fragment',
    ]);
    expect(siteFiles(site, 'pagefind/fragment')).toEqual(['pagefind/fragment/en_1.pf_fragment']);
  });
});

describe('the list of the pages', () => {
  const pages = [
    { file: 'gi/a/index.html', path: '/gi/a/', template: '[...lang]/gi/[id]' },
    { file: 'index.html', path: '/', template: '[...lang]' },
  ];

  it('lies beside the site, outside it, whatever the folder is called', () => {
    expect(pageListPath('/tmp/out/')).toBe('/tmp/out.pages.json');
    expect(pageListPath('/srv/dist')).toBe('/srv/dist.pages.json');
  });

  it('reads back as written', () => {
    const site = siteWith(['index.html', 'gi/a/index.html', 'a.css']);
    writePageList(site, pages, { finished: true });
    expect(readPageList(site)).toEqual(pages);
  });

  it('is required, and must list the HTML files of the site', () => {
    const site = siteWith(['index.html', 'gi/a/index.html']);
    expect(() => readPageList(site)).toThrow('Run `npm run build`');
    writePageList(site, pages, { finished: true });
    writeFileSync(join(site, 'b.html'), '');
    rmSync(join(site, 'gi/a/index.html'));
    expect(() => readPageList(site)).toThrow(
      '(1 not listed: b.html; 1 listed but not there: gi/a/index.html). Run `npm run build`',
    );
  });

  it('that is cut short or not a list fails naming its file, saying to build', () => {
    const site = siteWith(['index.html', 'gi/a/index.html']);
    writeFileSync(pageListPath(site), '{"finished":true,"pages":[\n{"file":"index');
    expect(() => readPageList(site)).toThrow(`${pageListPath(site)}: is not a list of pages (`);
    writeFileSync(pageListPath(site), '{"finished":true}\n');
    expect(() => readPageList(site)).toThrow(
      `${pageListPath(site)}: has no "pages" list. Run \`npm run build\``,
    );
  });

  it('refuses a site that Astro built but the steps after it did not finish', () => {
    const site = siteWith(['index.html', 'gi/a/index.html']);
    writePageList(site, pages, { finished: false });
    expect(() => readPageList(site)).toThrow(
      "is not finished: the steps after Astro's build (the search index and the kiosk",
    );
    // The steps after the build read it so, and mark it finished when they are done.
    expect(readPageList(site, undefined, { unfinished: true })).toEqual(pages);
    writePageList(site, pages, { finished: true });
    expect(readPageList(site)).toEqual(pages);
  });
});
