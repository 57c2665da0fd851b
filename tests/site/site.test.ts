/**
 * Site-wide checks on the built site (dist/, as `npm test` builds it): links and images resolve,
 * every page has its head and a policy allowing its inline scripts, the HTML is valid, each template keeps to its size budgets, and no
 * page logs a console error (one page per template and language, in Chromium).
 * The checks themselves live in scripts/site-checks/; site-checks-fail.test.ts shows each one
 * failing on a broken copy of the site.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetTable,
  checkBudgets,
  checkConsole,
  checkHead,
  checkLinks,
  checkPolicy,
  formatProblems,
  loadSite,
  measureTemplates,
  samplePages,
  servedPath,
  validateHtml,
  type Site,
} from '../../scripts/site-checks/index.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { launchChromium } from '../support/chromium';

let site: Site;

beforeAll(() => {
  site = loadSite('dist');
});

describe('the built site', () => {
  it('has pages of every kind to check', () => {
    expect(site.pages.length).toBeGreaterThan(10);
    const templates = new Set(site.pages.map((page) => page.template));
    expect(templates.size).toBeGreaterThan(3);
  });

  it("takes each page's template from the route Astro built it from", () => {
    const templateOf = (path: string) => site.byPath.get(path)?.template;
    expect(templateOf('/')).toBe('[...lang]');
    expect(templateOf('/en/')).toBe('[...lang]');
    expect(templateOf('/gi/')).toBe('[...lang]/[kind]');
    expect(templateOf('/en/about/')).toBe('[...lang]/about');
    const gi = site.pages.find((page) => /^\/gi\/[^/]+\/$/.test(page.path));
    expect(gi?.template).toBe('[...lang]/gi/[id]');
    // The 404 pages where errorPages() put them, each with its own route.
    expect(templateOf('/404')).toBe('404');
    expect(templateOf('/en/404')).toBe('[...lang]/404');
    // Every HTML file of the site was written by a route.
    expect(
      site.pages.filter((page) => page.template === '(file)').map((page) => page.path),
    ).toEqual([]);
  });

  it('has no broken internal link, image, fragment or sitemap address', () => {
    const problems = checkLinks(site);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('gives every page a title, a description, a lang and a canonical URL', () => {
    const problems = checkHead(site);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it("allows, in every page's policy, each inline script the page runs", () => {
    const problems = checkPolicy(site);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('is valid HTML (html-validate)', async () => {
    const problems = await validateHtml(site);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('keeps every template within the size budgets of docs/architecture.md', () => {
    console.log(
      `size budgets per template (KB gzipped)\n${budgetTable(measureTemplates(site).templates)}`,
    );
    const problems = checkBudgets(site);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe('the built site in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer('dist');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // About 40 pages, each given up to 5 s to settle: more than the default test timeout.
  it('logs no console error on any template, in either language', async () => {
    const pages = samplePages(site);
    expect(new Set(pages.map((page) => page.lang)).size).toBeGreaterThanOrEqual(2);
    const problems = await checkConsole(browser, server.origin, pages.map(servedPath));
    expect(problems, formatProblems(problems)).toEqual([]);
  }, 600_000);
});
