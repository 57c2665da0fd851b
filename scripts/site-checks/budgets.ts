/**
 * The size budgets of docs/architecture.md, per page template, in gzipped bytes (zlib's default level, as
 * a static host compresses):
 *   - detail pages (one entry each: a route ending in [id], or indexed by the search): HTML ≤ 20 KB;
 *   - every page but search and kiosk: CSS ≤ 12 KB, own JS ≤ 8 KB.
 * CSS is the page's stylesheets. Own JS is its module scripts with everything they import
 * statically, plus its inline scripts; Pagefind, loaded on demand, is not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Problem, Site } from './site.ts';

const CHECK = 'budget';
const KB = 1024;

export const BUDGETS = { detailHtml: 20 * KB, css: 12 * KB, js: 8 * KB };

export interface PageSizes {
  page: string;
  template: string;
  lang: string;
  detail: boolean;
  html: number;
  css: number;
  js: number;
}

export interface TemplateSizes {
  template: string;
  pages: number;
  /** The largest of each, with the page it was measured on. */
  html: { bytes: number; page: string };
  css: { bytes: number; page: string };
  js: { bytes: number; page: string };
  /** Its pages are detail pages, so the HTML budget applies. */
  detail: boolean;
  exempt: boolean;
}

/**
 * A detail page shows one entry: its route ends in the entry's id (`gi/[id]`, `counties/[id]`),
 * or the search indexes it (its content is marked `data-pagefind-body`).
 */
export function isDetailPage(page: Page): boolean {
  return (
    /(^|\/)\[id\]$/.test(page.template) || page.root.querySelector('[data-pagefind-body]') !== null
  );
}

/** Search and kiosk pages carry the search engine and the kiosk machinery. */
export function isExemptTemplate(template: string): boolean {
  return template.split('/').some((part) => /^(search|kiosk)\b/.test(part));
}

const gzipped = (text: string | Buffer) => gzipSync(text).length;

/** Sizes of one page: gzipped HTML, its stylesheets and its own scripts. */
export function pageSizes(site: Site, page: Page, cache = new Map<string, number>()): PageSizes {
  const fileSize = (url: string, base: URL): [string, number] | undefined => {
    const target = new URL(url, base);
    if (target.origin !== site.origin) return undefined;
    const file = join(site.dir, decodeURIComponent(target.pathname));
    if (!existsSync(file)) return undefined;
    let size = cache.get(file);
    if (size === undefined) {
      size = gzipped(readFileSync(file));
      cache.set(file, size);
    }
    return [file, size];
  };
  const base = new URL(page.path, site.origin);

  let css = 0;
  const stylesheets = new Set<string>();
  for (const link of page.root.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const found = fileSize(link.getAttribute('href') ?? '', base);
    if (found && !stylesheets.has(found[0])) {
      stylesheets.add(found[0]);
      css += found[1];
    }
  }

  let js = 0;
  const scripts = new Set<string>();
  const addScript = (url: string, from: URL) => {
    const target = new URL(url, from);
    if (target.pathname.startsWith('/pagefind/')) return;
    const found = fileSize(url, from);
    if (!found || scripts.has(found[0])) return;
    scripts.add(found[0]);
    js += found[1];
    // Static imports of a built module: import"./a.js", import{x}from"./b.js", export*from"./c.js".
    const source = readFileSync(found[0], 'utf8');
    for (const match of source.matchAll(
      /(?:\bimport|\bfrom|\bexport\s*\*\s*from)\s*["']([^"']+\.m?js)["']/g,
    )) {
      if (match[1]) addScript(match[1], target);
    }
  };
  for (const script of page.root.querySelectorAll('script[src]')) {
    addScript(script.getAttribute('src') ?? '', base);
  }
  for (const link of page.root.querySelectorAll('link[rel="modulepreload"][href]')) {
    addScript(link.getAttribute('href') ?? '', base);
  }
  for (const script of page.root.querySelectorAll('script:not([src])')) {
    const type = script.getAttribute('type') ?? '';
    if (type === '' || type === 'module' || type === 'text/javascript') {
      const text = script.textContent.trim();
      if (text) js += gzipped(text);
    }
  }
  return {
    page: page.path,
    template: page.template,
    lang: page.lang,
    detail: isDetailPage(page),
    html: gzipped(page.html),
    css,
    js,
  };
}

/** The largest sizes of every template. */
export function measureTemplates(site: Site): { templates: TemplateSizes[]; pages: PageSizes[] } {
  const cache = new Map<string, number>();
  const pages = site.pages.map((page) => pageSizes(site, page, cache));
  const templates = new Map<string, TemplateSizes>();
  for (const sizes of pages) {
    const current = templates.get(sizes.template) ?? {
      template: sizes.template,
      pages: 0,
      html: { bytes: 0, page: '' },
      css: { bytes: 0, page: '' },
      js: { bytes: 0, page: '' },
      detail: false,
      exempt: isExemptTemplate(sizes.template),
    };
    current.pages += 1;
    current.detail ||= sizes.detail;
    for (const key of ['html', 'css', 'js'] as const) {
      if (sizes[key] > current[key].bytes) current[key] = { bytes: sizes[key], page: sizes.page };
    }
    templates.set(sizes.template, current);
  }
  return {
    templates: [...templates.values()].sort((a, b) => a.template.localeCompare(b.template)),
    pages,
  };
}

/** Every page over a budget that applies to its template. */
export function checkBudgets(site: Site): Problem[] {
  const { pages } = measureTemplates(site);
  const problems: Problem[] = [];
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  for (const sizes of pages) {
    const report = (message: string) => problems.push({ check: CHECK, page: sizes.page, message });
    if (sizes.detail && sizes.html > BUDGETS.detailHtml) {
      report(
        `HTML is ${kb(sizes.html)} gzipped; detail pages may have ${kb(BUDGETS.detailHtml)} (template ${sizes.template})`,
      );
    }
    if (isExemptTemplate(sizes.template)) continue;
    if (sizes.css > BUDGETS.css) {
      report(
        `CSS is ${kb(sizes.css)} gzipped; the budget is ${kb(BUDGETS.css)} (template ${sizes.template})`,
      );
    }
    if (sizes.js > BUDGETS.js) {
      report(
        `own JS is ${kb(sizes.js)} gzipped; the budget is ${kb(BUDGETS.js)} (template ${sizes.template})`,
      );
    }
  }
  return problems;
}

/** The template table as Markdown, for the test log, the CLI and docs/benchmarks.md. */
export function budgetTable(templates: TemplateSizes[]): string {
  const kb = (bytes: number) => (bytes / KB).toFixed(1);
  const mark = (bytes: number, limit: number, applies: boolean) =>
    applies ? `${kb(bytes)}${bytes > limit ? ' ✗' : ''}` : `${kb(bytes)} (–)`;
  const rows = templates.map(
    (t) =>
      `| ${t.template} | ${t.pages} | ${mark(t.html.bytes, BUDGETS.detailHtml, t.detail)} | ${mark(t.css.bytes, BUDGETS.css, !t.exempt)} | ${mark(t.js.bytes, BUDGETS.js, !t.exempt)} | ${t.html.page} |`,
  );
  return [
    `| template | pages | HTML KB gz (≤ ${kb(BUDGETS.detailHtml)} on detail) | CSS KB gz (≤ ${kb(BUDGETS.css)}) | own JS KB gz (≤ ${kb(BUDGETS.js)}) | largest page |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
