/**
 * A built site as the checks see it: every HTML file, its address, its parsed document, and the
 * page template (route) it was made from, so checks can speak of templates, not files. The pages
 * and their templates are the build's own list (src/integrations/built-site.ts), not guessed
 * from file names: a site needs the list its build wrote beside it (dist.pages.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readPageList, siteFiles } from '../../src/integrations/built-site.ts';

/** One problem a check found. `page` is the address of the page (or file) it is in. */
export interface Problem {
  check: string;
  page: string;
  message: string;
}

export interface Page {
  /** Absolute path of the HTML file. */
  file: string;
  /** Its address on the site: `/gi/x/` for gi/x/index.html, `/404` for 404.html. */
  path: string;
  html: string;
  root: HTMLElement;
  /** The `lang` of its <html>, or '' where missing. */
  lang: string;
  /** The route it was made from, as the build listed it: `[...lang]/gi/[id]`, `404`; `(file)`
   * for an HTML file no route wrote. */
  template: string;
}

export interface Site {
  dir: string;
  /** The site's public origin, from the home page's canonical URL. */
  origin: string;
  pages: Page[];
  /** Pages by address. */
  byPath: Map<string, Page>;
  /** Every file of the site, relative to it with forward slashes (siteFiles()). */
  files: string[];
}

export const DEFAULT_ORIGIN = 'https://brands.jining.example';

/** A 404 page (`/404`, `/en/404`): it has no address of its own. */
export function isNotFoundPage(path: string): boolean {
  return /^\/(?:[\w-]+\/)?404$/.test(path);
}

/** The address that serves a page's own file with 200: `/gi/x/`, `/404.html`. */
export function servedPath(page: Page): string {
  return page.path.endsWith('/') ? page.path : `${page.path}.html`;
}

/** Throws, saying how to build it, when `dir` holds no built site. */
export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `No built site in ${dir}/ (no index.html). Run \`npm run build\` first; \`npm test\` does.`,
    );
  }
}

/** Reads and parses every page of a built site, with the template the build listed for it. */
export function loadSite(dir: string): Site {
  const root = resolve(dir);
  assertBuilt(root);
  const files = siteFiles(root);
  const pages = readPageList(root, files).map(({ file, path, template }): Page => {
    const html = readFileSync(join(root, file), 'utf8');
    const document = parse(html, { comment: false });
    const lang = document.querySelector('html')?.getAttribute('lang')?.trim() ?? '';
    return { file: join(root, file), path, html, root: document, lang, template };
  });
  const home = pages.find((page) => page.path === '/');
  const canonical = home?.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let origin = DEFAULT_ORIGIN;
  try {
    if (canonical) origin = new URL(canonical).origin;
  } catch {
    // an invalid canonical URL is reported by the head check
  }
  return {
    dir: root,
    origin,
    pages,
    byPath: new Map(pages.map((page) => [page.path, page])),
    files,
  };
}

/** One page of each template and language: the first by address. */
export function samplePages(site: Site): Page[] {
  const chosen = new Map<string, Page>();
  for (const page of site.pages) {
    const key = `${page.template}|${page.lang}`;
    if (!chosen.has(key)) chosen.set(key, page);
  }
  return [...chosen.values()];
}

export function formatProblems(problems: Problem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `  [${p.check}] ${p.page}: ${p.message}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return `${problems.length} problem(s):\n${lines.join('\n')}`;
}
