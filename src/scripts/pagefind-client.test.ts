/**
 * The Pagefind client against a real Pagefind index: a few records indexed by Pagefind's Node API,
 * their sort orders written by the build's own step, served over HTTP as a site serves them, and
 * pagefind.js loaded from it as the browser does.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefindNode from 'pagefind';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeSortOrders } from '../integrations/pagefind';
import { readState } from '../lib/search/state';
import {
  PagefindClient,
  excerptParts,
  resultView,
  type Pagefind,
  type PagefindData,
} from './pagefind-client';

const state = (search: string) => readState(new URL(`https://brands.example/search/${search}`));

/** The index: made-up entries (not the site's content), with what each facet filter needs. */
// Listed out of name order, so that sorting shows. The names are what the build sorts by (pinyin).
const RECORDS = [
  {
    url: '/enterprises/mill/',
    title: '金乡面粉',
    name: 'jin xiang mian fen',
    year: 2015,
    kind: '企业品牌',
    county: '金乡县',
    unverified: false,
  },
  {
    url: '/gi/pepper/',
    title: '金乡辣椒',
    name: 'jin xiang la jiao',
    year: 0,
    kind: '地理标志',
    county: '金乡县',
    unverified: false,
  },
  {
    url: '/gi/rice/',
    title: '鱼台大米',
    name: 'yu tai da mi',
    year: 2010,
    kind: '地理标志',
    county: '鱼台县',
    unverified: false,
  },
  {
    url: '/gi/garlic/',
    title: '金乡大蒜',
    name: 'jin xiang da suan',
    year: 2005,
    kind: '地理标志',
    county: '金乡县',
    unverified: true,
  },
];

let site: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'bh-pagefind-client-'));
  const { index } = await pagefindNode.createIndex({});
  for (const entry of RECORDS) {
    await index!.addCustomRecord({
      url: entry.url,
      content: `${entry.title}产于${entry.county}。`,
      language: 'zh-cn',
      meta: { title: entry.title },
      filters: {
        kind: [entry.kind],
        county: [entry.county],
        ...(entry.unverified && { county_unverified: [entry.county] }),
      },
    });
  }
  await index!.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefindNode.close();
  await writeSortOrders(site, new Map(RECORDS.map((entry) => [entry.url, entry])));

  server = createServer((request, response) => {
    readFile(join(site, decodeURIComponent(new URL(request.url!, 'http://x').pathname)))
      .then((body) => response.end(body))
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address?.port}`;
}, 60_000);

afterAll(async () => {
  server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

let copies = 0;
/** pagefind.js as the browser loads it from the site, a fresh copy each time (its own state). */
async function loadPagefind(file = 'pagefind.js'): Promise<Pagefind> {
  const bundle = pathToFileURL(join(site, 'pagefind', file));
  bundle.search = `copy=${++copies}`;
  const pagefind: Pagefind = await import(/* @vite-ignore */ bundle.href);
  // In Node it cannot find the site from its own address as it does in a browser, and each call
  // of options() sets the address anew: every call names it.
  const basePath = `${origin}/pagefind/`;
  return { ...pagefind, options: (options) => pagefind.options({ basePath, ...options }) };
}

/** The browser's fetch, of the site's own addresses. */
const siteFetch = vi.fn((url: string) => fetch(new URL(url, origin)));

const client = (lang = 'zh-CN') =>
  new PagefindClient({ lang, load: () => loadPagefind(), fetch: siteFetch });
const paths = (results: { data(): Promise<PagefindData> }[] | null) =>
  Promise.all((results ?? []).map(async (result) => new URL((await result.data()).url).pathname));

describe('PagefindClient', () => {
  it('loads Pagefind once, and again after a failure', async () => {
    const load = vi
      .fn<() => Promise<Pagefind>>()
      // pagefind.js missing, as on a site whose index was not deployed.
      .mockImplementationOnce(() => loadPagefind('missing.js'))
      .mockImplementation(() => loadPagefind());
    const pagefind = new PagefindClient({ lang: 'zh-CN', load, fetch: siteFetch });
    await expect(pagefind.load()).rejects.toThrow();
    expect(pagefind.ready).toBe(false);
    await Promise.all([pagefind.load(), pagefind.search(state('?q=金乡'))]);
    expect(load).toHaveBeenCalledTimes(2);
    expect(pagefind.ready).toBe(true);
  });

  it('searches the term and the ticked filters in relevance order, without the sort orders', async () => {
    siteFetch.mockClear();
    const results = await client().search(state('?q=金乡&kind=地理标志'));
    expect((await paths(results)).sort()).toEqual(['/gi/garlic/', '/gi/pepper/']);
    expect(siteFetch).not.toHaveBeenCalled();
  });

  it("sorts by the build's sort orders, fetched once for the page's language", async () => {
    siteFetch.mockClear();
    const pagefind = client();
    // Nothing to search but a filter: by name.
    expect(await paths(await pagefind.search(state('?county=金乡县')))).toEqual([
      '/gi/garlic/',
      '/gi/pepper/',
      '/enterprises/mill/',
    ]);
    // Newest first, unknown years last.
    expect(await paths(await pagefind.search(state('?q=金乡&sort=year')))).toEqual([
      '/enterprises/mill/',
      '/gi/garlic/',
      '/gi/pepper/',
    ]);
    expect(siteFetch).toHaveBeenCalledExactlyOnceWith('/search-sort/zh-cn.json');
  });

  it('fails a search whose sort orders are missing, and fetches them again next time', async () => {
    siteFetch.mockClear();
    const pagefind = client('en');
    await expect(pagefind.search(state('?sort=name'))).rejects.toThrow('404 for the sort orders');
    await expect(pagefind.search(state('?sort=name'))).rejects.toThrow();
    expect(siteFetch).toHaveBeenCalledTimes(2);
  });

  it('counts every value without a query, once the filter chunks are loaded', async () => {
    const pagefind = client();
    expect(pagefind.counting).toBe(false);
    expect(await pagefind.counts(state(''))).toEqual({
      kind: { 地理标志: 3, 企业品牌: 1 },
      county: { 金乡县: 3, 鱼台县: 1 },
      county_unverified: { 金乡县: 1 },
    });
    expect(pagefind.counting).toBe(true);
  });

  it('counts a facet with ticked values as if it had none', async () => {
    const counts = await client().counts(state('?q=产于&kind=地理标志&county=金乡县'));
    // The kinds of 金乡县's entries, and the counties of every 地理标志.
    expect(counts['kind']).toEqual({ 地理标志: 2, 企业品牌: 1 });
    expect(counts['county']).toEqual({ 金乡县: 2, 鱼台县: 1 });
    expect(counts['county_unverified']).toEqual({ 金乡县: 1 });
  });
});

describe('excerptParts', () => {
  it('gives the marked words and the text around them, as Pagefind splits them', () => {
    expect(excerptParts('县出产的<mark>金</mark>\u200b<mark>乡</mark>大蒜。')).toEqual([
      { text: '县出产的', marked: false },
      { text: '金', marked: true },
      { text: '乡', marked: true },
      { text: '大蒜。', marked: false },
    ]);
  });

  it('turns what Pagefind escaped back into text, never into markup', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>金乡</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: '金乡', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('resultView', () => {
  const data: PagefindData = {
    url: '/gi/jinxiang-dasuan/',
    excerpt: '<mark>金乡</mark>大蒜',
    meta: { title: '金乡大蒜', name_en: 'Jinxiang Garlic' },
    filters: { kind: ['地理标志'], county: ['金乡县'], county_unverified: ['金乡县'] },
  };

  it('gives the thumbnail, the kind and county, both names and the excerpt', () => {
    expect(resultView(data)).toEqual({
      url: '/gi/jinxiang-dasuan/',
      title: '金乡大蒜',
      thumbnail: '/search-thumbs/gi/jinxiang-dasuan.webp',
      eyebrow: ['地理标志', '金乡县'],
      countyUnverified: true,
      otherName: { text: 'Jinxiang Garlic', lang: 'en' },
      excerpt: [
        { text: '金乡', marked: true },
        { text: '大蒜', marked: false },
      ],
    });
  });

  it('falls back to the address, leaves out what the entry lacks, names the Chinese on English pages', () => {
    const english = resultView({
      url: '/en/exhibitions/weishan-lake/',
      excerpt: '',
      meta: { name_zh: '湖的食橱 hu de shi chu' },
      filters: { kind: ['Exhibition'] },
    });
    expect(english).toMatchObject({
      title: '/en/exhibitions/weishan-lake/',
      eyebrow: ['Exhibition'],
      countyUnverified: false,
      otherName: { text: '湖的食橱', lang: 'zh-CN' },
    });
    expect(resultView({ ...data, meta: {} }).otherName).toBeUndefined();
  });
});
