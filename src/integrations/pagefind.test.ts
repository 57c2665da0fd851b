import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { readSearchData, searchedPagesGlob } from './pagefind';

const sites: string[] = [];

afterAll(async () => {
  await pagefind.close();
  for (const site of sites) rmSync(site, { recursive: true, force: true });
});

/** A page Pagefind would index wherever it finds it. */
const page = (lang: string, name: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${name}</title></head>` +
  `<body><main data-pagefind-body><h1>${name}</h1><p>${name} of Jining</p></main></body></html>`;

describe('searchedPagesGlob', () => {
  it('names each folder of pages with search data once, in every language', () => {
    expect(searchedPagesGlob(['gi/a/index.html', 'en/gi/a/index.html', 'gi/b/index.html'])).toBe(
      '{en/gi,gi}/*/index.html',
    );
  });

  it('refuses a site where no page has search data', () => {
    expect(() => searchedPagesGlob([])).toThrow(/No page has search data/);
  });

  it('refuses a page that is not <folder>/<id>/index.html', () => {
    expect(() => searchedPagesGlob(['about/index.html'])).toThrow(/about\/index\.html/);
    expect(() => searchedPagesGlob(['gi/a.html'])).toThrow(/gi\/a\.html/);
  });

  it('makes Pagefind read those pages and no others', async () => {
    const site = mkdtempSync(join(tmpdir(), 'bh-pagefind-glob-'));
    sites.push(site);
    const files = {
      'gi/garlic/index.html': page('zh-CN', 'garlic'),
      'en/gi/garlic/index.html': page('en', 'garlic'),
      // Outside the glob: indexed if Pagefind read it, since it has data-pagefind-body.
      'gi/index.html': page('zh-CN', 'list'),
      'enterprises/index.html': page('zh-CN', 'enterprises'),
    };
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), html);
    }
    const { index } = await pagefind.createIndex({});
    const added = await index!.addDirectory({
      path: site,
      glob: searchedPagesGlob(['gi/garlic/index.html', 'en/gi/garlic/index.html']),
    });
    expect(added.errors).toEqual([]);
    expect(added.page_count).toBe(2);
  });
});

describe('readSearchData', () => {
  it('fails on a page Pagefind would index that carries no search data, naming it', async () => {
    const site = mkdtempSync(join(tmpdir(), 'bh-pagefind-data-'));
    sites.push(site);
    mkdirSync(join(site, 'gi/garlic'), { recursive: true });
    writeFileSync(join(site, 'gi/garlic/index.html'), page('zh-CN', 'garlic'));
    const pages = [{ file: 'gi/garlic/index.html', path: '/gi/garlic/', template: 'gi/[id]' }];
    await expect(readSearchData(site, pages)).rejects.toThrow(
      /gi\/garlic\/index\.html: has data-pagefind-body but no search data/,
    );
  });
});
