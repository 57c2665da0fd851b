/**
 * Search on the built site, in Chromium: a visitor finds a brand by a fragment of its Chinese
 * name, by pinyin typed without a Chinese input method, or by its English name; narrows the list
 * with a filter; shares the URL; and nothing typed is ever read as HTML. The index holds detail
 * pages only, one index per language, and content pages do not load Pagefind at all.
 *
 * BH_DIST serves another build (default dist/).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { parse as parseYaml } from 'yaml';
import { expectedMarks } from '../../scripts/site-checks/unverified.ts';
import { GI_REGIMES } from '../../src/content-model/schemas/vocabulary';
import { launchTestBrowser } from '../support/browser-test';

const DIST = process.env.BH_DIST ?? 'dist';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

/** A new page that fails the test on any script error or console error. */
async function open(path: string): Promise<Page> {
  // A context per page: axe opens helper pages in the page's own context.
  const page = await (await browser.newContext()).newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(site.url(path));
  return page;
}

function problemsOf(page: Page): string[] {
  return (page as Page & { problems: string[] }).problems;
}

/** Waits until the search has drawn the state for the current query and returns what shows. */
async function drawn(page: Page, query: string) {
  await page.waitForFunction(
    (q) => {
      const search = document.querySelector<HTMLElement>('bh-search');
      const state = search?.dataset.state;
      const status = document.querySelector('bh-search [role="status"]')?.textContent ?? '';
      // Busy: results on their way; counting: the filter counts, which follow the results.
      const busy =
        document.querySelector('ol.results')?.hasAttribute('aria-busy') ||
        search?.hasAttribute('data-counting');
      if (state === 'empty') return !busy && status.includes(q);
      // The first results are drawn first: wait for the whole first page (five).
      const count = Number(/\d+/.exec(status.replace(q, ''))?.[0] ?? -1);
      const items = document.querySelectorAll('ol.results > li').length;
      return state === 'results' && !busy && status.includes(q) && items === Math.min(count, 5);
    },
    query,
    { timeout: 15_000 },
  );
  return page.evaluate(() => ({
    state: document.querySelector<HTMLElement>('bh-search')!.dataset.state,
    status: document.querySelector('bh-search [role="status"]')!.textContent!.trim(),
    titles: [...document.querySelectorAll('ol.results h2')].map((h) => h.textContent!.trim()),
    eyebrows: [...document.querySelectorAll('ol.results .eyebrow')].map((p) => p.textContent!),
  }));
}

/** Types into the search box as a visitor would, key by key. */
async function type(page: Page, text: string) {
  const box = page.locator('#bh-search-q');
  await box.fill('');
  await box.pressSequentially(text, { delay: 30 });
}

describe('the search index', () => {
  it('holds one index per language with exactly the detail pages of that language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    // Every page that marks a body for Pagefind, by language; nothing else.
    const pages = { en: 0, 'zh-cn': 0 };
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'pagefind' && name !== '_astro') walk(path);
        } else if (name.endsWith('.html')) {
          const html = readFileSync(path, 'utf8');
          if (html.includes('data-pagefind-body')) {
            pages[html.includes('<html lang="en"') ? 'en' : 'zh-cn']++;
          }
        }
      }
    };
    walk(DIST);
    expect(pages.en).toBeGreaterThan(20);
    expect(entry.languages.en.page_count).toBe(pages.en);
    expect(entry.languages['zh-cn'].page_count).toBe(pages['zh-cn']);
  });

  it('returns detail pages only, never the home page, list pages or navigation', async () => {
    const page = await open('/search/');
    // Passed as text: the test runner would rewrite a dynamic import written as code.
    const urls: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = [];
      // Words of the navigation, the footer and the site name.
      for (const term of ['济宁', '地理标志', '企业品牌', '展厅', '首页']) {
        const response = await pagefind.search(term);
        for (const result of response.results) found.push((await result.data()).url);
      }
      return found;
    })()`);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^\/(gi|enterprises|regional-brands|exhibitions)\/[a-z0-9-]+\/$/);
    }
    await page.context().close();
  });
});

describe('what is left out of the index', () => {
  it('the citation, the image credit and its downloads are not in the indexed text', async () => {
    const indexedText = async (path: string, query: string, url: string) => {
      const page = await open(path);
      const content: string = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const { results } = await pagefind.search(${JSON.stringify(query)});
        for (const result of results) {
          const data = await result.data();
          if (data.url === ${JSON.stringify(url)}) return data.content;
        }
        return '';
      })()`);
      await page.context().close();
      return content;
    };
    const english = await indexedText('/en/search/', 'Garlic', '/en/gi/jinxiang-dasuan/');
    expect(english).toContain('Jinxiang');
    for (const line of ['Cite this page', 'Retrieved', '[EB/OL]', 'Illustration by', 'Download']) {
      expect(english).not.toContain(line);
    }
    const chinese = await indexedText('/search/', '金乡大蒜', '/gi/jinxiang-dasuan/');
    expect(chinese).toContain('金乡');
    for (const line of ['[EB/OL]', '永久地址', '插画', '下载原图']) {
      expect(chinese).not.toContain(line);
    }
  });
});

describe('finding a brand', () => {
  it('finds 金乡大蒜 by two characters inside its name, and by one', async () => {
    const page = await open('/search/');
    await type(page, '乡大');
    const two = await drawn(page, '乡大');
    expect(two.titles[0]).toBe('金乡大蒜');
    await type(page, '蒜');
    const one = await drawn(page, '蒜');
    expect(one.titles).toContain('金乡大蒜');
    expect(problemsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('finds the Chinese entry by full pinyin and by initials, typed on a plain keyboard', async () => {
    const page = await open('/search/');
    for (const query of ['jinxiang dasuan', 'jinxiangdasuan', 'jxds']) {
      await type(page, query);
      const { titles } = await drawn(page, query);
      expect(titles[0], query).toBe('金乡大蒜');
    }
    await page.context().close();
  });

  it('finds it by its English name on /en/search/, and on the Chinese page too', async () => {
    const page = await open('/en/search/');
    await type(page, 'Jinxiang Garlic');
    const english = await drawn(page, 'Jinxiang Garlic');
    expect(english.titles[0]).toBe('Jinxiang Garlic');
    await page.goto(site.url('/search/'));
    await type(page, 'Jinxiang Garlic');
    expect((await drawn(page, 'Jinxiang Garlic')).titles[0]).toBe('金乡大蒜');
    await page.context().close();
  });

  it('shows each result with its thumbnail, kind, county and highlighted excerpt', async () => {
    const page = await open('/search/?q=金乡大蒜');
    await drawn(page, '金乡大蒜');
    const first = page.locator('ol.results > li').first();
    // Only reposts name 金乡县 as its county: the mark follows it, as on the brand's page.
    expect(await first.locator('.eyebrow').textContent()).toBe('地理标志 · 金乡县未经核实');
    expect(await first.locator('.eyebrow .unverified').textContent()).toBe('未经核实');
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/gi/jinxiang-dasuan/');
    expect(await first.locator('.excerpt mark').count()).toBeGreaterThan(0);
    const thumb = await first
      .locator('img')
      .evaluate(async (img: HTMLImageElement) => (await img.decode(), img.naturalWidth));
    expect(thumb).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('unverified counties and regimes', () => {
  /** The GIs of the content folder, with their county and the regimes all of whose sources are B. */
  function gis() {
    const counties = parseYaml(readFileSync('content/counties.yaml', 'utf8')) as {
      id: string;
      name: { zh: string };
    }[];
    return readdirSync('content/gis').map((id) => {
      const data = parseYaml(readFileSync(join('content/gis', id, 'facts.yaml'), 'utf8'));
      const regimes = (data.registrations ?? []).map(
        (r: { regime: keyof typeof GI_REGIMES }) => GI_REGIMES[r.regime].zh,
      ) as string[];
      return {
        county: counties.find((county) => county.id === data.county)!.name.zh,
        countyB: data.countyConfidence === 'B',
        regimes: new Set(regimes),
        unverifiedRegimes: new Set(expectedMarks(data, 'zh').badges),
      };
    });
  }

  /** Each value of a facet as the page shows it: its count and its unverified count. */
  async function facetValues(page: Page, facet: string) {
    return page.$$eval(`[data-facet="${facet}"] li:not([hidden])`, (items) =>
      items.map((item) => ({
        name: item.querySelector('.name')!.textContent!.trim(),
        count: Number(item.querySelector('.count')!.textContent),
        unverified: item.querySelector<HTMLElement>('.unverified:not([hidden])')?.textContent ?? '',
      })),
    );
  }

  it('the regime filter says how many of each regime are unverified, as the badges do', async () => {
    const page = await open('/search/?kind=地理标志');
    await drawn(page, '');
    const all = gis();
    const shown = await facetValues(page, 'regime');
    expect(shown.length).toBeGreaterThan(1);
    for (const value of shown) {
      const total = all.filter((gi) => gi.regimes.has(value.name)).length;
      const b = all.filter((gi) => gi.unverifiedRegimes.has(value.name)).length;
      expect(value.count, value.name).toBe(total);
      expect(value.unverified, value.name).toBe(b > 0 ? `其中 ${b} 项未经核实` : '');
    }
    // Both occur: a regime with an original source for some of its GIs (保护产品: 鱼台大米 ...),
    // and one whose every registration is from a repost.
    const unverifiedOf = (value: (typeof shown)[number]) =>
      Number(/\d+/.exec(value.unverified)?.[0] ?? 0);
    expect(shown.some((value) => unverifiedOf(value) < value.count)).toBe(true);
    expect(shown.some((value) => unverifiedOf(value) === value.count)).toBe(true);

    // Ticking a regime keeps the counts of the others, unverified ones included.
    const mark = shown.find((value) => unverifiedOf(value) > 0)!;
    await page
      .locator('[data-facet="regime"] label', { hasText: mark.name })
      .locator('input')
      .check();
    await page.waitForURL(/regime=/);
    await drawn(page, '');
    expect(await facetValues(page, 'regime')).toEqual(shown);
    await page.context().close();
  });

  it('the county filter counts the brands whose county only a repost names', async () => {
    const page = await open('/search/?kind=地理标志');
    await drawn(page, '');
    const all = gis();
    for (const value of await facetValues(page, 'county')) {
      const b = all.filter((gi) => gi.county === value.name && gi.countyB).length;
      expect(value.count, value.name).toBe(all.filter((gi) => gi.county === value.name).length);
      expect(value.unverified, value.name).toBe(b > 0 ? `其中 ${b} 项未经核实` : '');
    }
    // 鱼台县's crayfish has an original source for its county: its result carries no mark.
    await type(page, '鱼台龙虾');
    await drawn(page, '鱼台龙虾');
    const first = page.locator('ol.results > li').first();
    expect(await first.locator('h2').textContent()).toBe('鱼台龙虾');
    expect(await first.locator('.eyebrow').textContent()).toBe('地理标志 · 鱼台县');
    expect(problemsOf(page)).toEqual([]);
    await page.context().close();
  });
});

describe('finding an exhibition', () => {
  it('finds it by its Chinese title, by pinyin initials and by its English title', async () => {
    const page = await open('/search/');
    for (const query of ['湖的食橱', 'hdscwshddlbz']) {
      await type(page, query);
      const { titles, eyebrows } = await drawn(page, query);
      expect(titles[0], query).toBe('湖的食橱：微山湖的地理标志');
      expect(eyebrows[0], query).toBe('展览');
    }
    expect(await page.locator('ol.results > li h2 a').first().getAttribute('href')).toBe(
      '/exhibitions/weishan-lake/',
    );
    await page.goto(site.url('/en/search/'));
    await type(page, "lake's larder");
    const english = await drawn(page, "lake's larder");
    expect(english.titles[0]).toBe("The lake's larder: Weishan Lake's GIs");
    await page.context().close();
  });

  it('is a kind of its own, with an excerpt from the story and none of the page furniture', async () => {
    const page = await open('/search/?kind=展览');
    await drawn(page, '');
    const { titles } = await page.evaluate(() => ({
      titles: [...document.querySelectorAll('ol.results h2')].map((h) => h.textContent!.trim()),
    }));
    expect(titles.sort()).toEqual(
      [
        '从鱼台大米到130件地理标志商标：济宁的地理标志，2009—2023',
        '湖的食橱：微山湖的地理标志',
      ].sort(),
    );
    const content: string = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search('渔业协会');
      for (const result of results) {
        const data = await result.data();
        if (data.url === '/exhibitions/weishan-lake/') return data.content;
      }
      return '';
    })()`);
    // The story's sentences are found; the brand cards, the map and the closing lines are not.
    expect(content).toContain('微山湖河蚌和微山湖鳜鱼是地理标志证明商标');
    for (const furniture of [
      '全部展览',
      '本展览的数字',
      '地理标志 · 微山县',
      '数字为本馆收录的品牌数',
    ]) {
      expect(content).not.toContain(furniture);
    }
    await page.context().close();
  });
});

describe('filters and the URL', () => {
  it('narrows to a county, with as many results as its count said', async () => {
    const page = await open('/search/?q=地理标志');
    const before = await drawn(page, '地理标志');
    const county = page.locator('[data-facet="county"] label', { hasText: '金乡县' });
    const count = Number(await county.locator('.count').textContent());
    expect(count).toBeGreaterThan(0);
    await county.locator('input').check();
    await page.waitForURL(/county=/);
    const after = await drawn(page, '地理标志');
    const shown = Number(after.status.match(/\d+/)![0]);
    expect(shown).toBe(count);
    expect(after.eyebrows.length).toBe(Math.min(count, 5));
    for (const eyebrow of after.eyebrows) expect(eyebrow).toContain('金乡县');
    expect(new URL(page.url()).searchParams.getAll('county')).toEqual(['金乡县']);

    // The URL restores the same results on reload.
    await page.reload();
    const reloaded = await drawn(page, '地理标志');
    expect(reloaded.titles).toEqual(after.titles);
    expect(await page.inputValue('#bh-search-q')).toBe('地理标志');
    expect(await county.locator('input').isChecked()).toBe(true);

    // Back returns to the list before the filter.
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('county'));
    const back = await drawn(page, '地理标志');
    expect(back.titles).toEqual(before.titles);
    expect(await county.locator('input').isChecked()).toBe(false);
    await page.context().close();
  });

  it('sorts by name in pinyin order', async () => {
    const page = await open('/search/?kind=地理标志&sort=name');
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('bh-search')?.dataset.state === 'results' &&
        document.querySelectorAll('ol.results > li').length === 5,
    );
    const titles = await page.locator('ol.results h2').allTextContents();
    expect(titles.length).toBe(5);
    // Dictionary order, syllable by syllable, in each name's own reading: 长沟 is cháng gōu (a
    // collator reads 长 as zhǎng and would put it last), 济宁 (ji ning) before 嘉祥 (jia xiang).
    expect(titles).toEqual(['北山大枣', '长沟葡萄', '胡集白梨瓜', '济宁百日鸡', '济宁青山羊']);
    await page.context().close();
  });
});

describe('safety, states and loading', () => {
  it('shows a query with markup as text, from the box and from the URL', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const page = await open(`/search/?q=${encodeURIComponent(attack)}`);
    const state = await drawn(page, attack);
    expect(state.status).toContain(attack);
    await type(page, `${attack}金乡`);
    await drawn(page, `${attack}金乡`);
    expect(await page.locator('bh-search img[src="x"], bh-search img[src$="/x"]').count()).toBe(0);
    expect(problemsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('says when nothing is found, and offers the browse pages', async () => {
    const page = await open('/search/?q=zzqqxxyy');
    const state = await drawn(page, 'zzqqxxyy');
    expect(state.state).toBe('empty');
    expect(await page.locator('bh-search .hint').isVisible()).toBe(true);
    expect(await page.locator('nav.browse a').count()).toBeGreaterThan(2);
    await page.context().close();
  });

  it('without JavaScript says so and links to the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/search/?q=金乡'));
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('bh-search .notice').isVisible()).toBe(true);
    const links = await page
      .locator('nav.browse a')
      .evaluateAll((as) => (as as HTMLAnchorElement[]).map((a) => a.getAttribute('href')));
    expect(links).toContain('/gi/');
    await context.close();
  });

  it('loads no Pagefind file on a content page, whose header box leads to the search page', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(site.url('/gi/jinxiang-dasuan/'), { waitUntil: 'networkidle' });
    await page.locator('#bh-header-q').focus();
    await page.waitForTimeout(300);
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#bh-header-q').fill('jxds');
    await page.locator('#bh-header-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=jxds$/);
    expect((await drawn(page, 'jxds')).titles[0]).toBe('金乡大蒜');
    await page.context().close();
  });

  it('can be used with the keyboard alone: type, Escape clears, Tab reaches a result', async () => {
    const page = await open('/search/');
    await page.keyboard.press('Tab'); // skip link
    await page.locator('#bh-search-q').focus();
    await page.keyboard.type('jxds');
    await drawn(page, 'jxds');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#bh-search-q')).toBe('');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('bh-search')?.dataset.state === 'idle',
    );
    await page.keyboard.type('jxds');
    await drawn(page, 'jxds');
    // From the box: the submit button, the filters, the sort, then the first result.
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.closest('ol.results') !== null && !!document.activeElement,
      );
    }
    expect(reached).toBe(true);
    await page.context().close();
  });
});

describe('accessibility', () => {
  for (const path of [
    '/search/?q=金乡',
    '/en/search/?q=garlic',
    '/search/',
    '/en/search/?q=zzzz',
  ]) {
    it(`has no axe violations (WCAG 2.2 AA) on ${path}`, async () => {
      const page = await open(path);
      await page.waitForFunction(() =>
        ['results', 'empty', 'idle'].includes(
          document.querySelector<HTMLElement>('bh-search')?.dataset.state ?? '',
        ),
      );
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      // The result count is in a polite live region that names the list.
      const status = page.locator('bh-search [role="status"][aria-live="polite"]');
      expect(await status.count()).toBe(1);
      await page.context().close();
    });
  }
});
