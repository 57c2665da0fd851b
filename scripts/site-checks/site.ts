/**
 * A built site as the checks see it: every HTML file, its address, its parsed document, and the
 * page template (route) it was made from, so checks can speak of templates, not files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

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
  /** The route it was made from, e.g. `[...lang]/gi/[id]`, or `(file)` if none matched. */
  template: string;
}

export interface Site {
  dir: string;
  /** The site's public origin, from the home page's canonical URL. */
  origin: string;
  pages: Page[];
  /** Pages by address. */
  byPath: Map<string, Page>;
}

export const DEFAULT_ORIGIN = 'https://brands.jining.example';

/** Every file under `dir` (relative paths with forward slashes) for which `keep` is true. */
export function listFiles(dir: string, keep: (file: string) => boolean): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (keep(entry.name)) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** A 404 page (`/404`, `/en/404`): it has no address of its own. */
export function isNotFoundPage(path: string): boolean {
  return /^\/(?:[\w-]+\/)?404$/.test(path);
}

/** The address a file is served at: `gi/x/index.html` → `/gi/x/`, `404.html` → `/404`. */
export function addressOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file.replace(/\.html$/, '')}`;
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

interface Route {
  name: string;
  segments: string[];
}

/** The page routes of an Astro project: `src/pages/[...lang]/gi/[id].astro` → `[...lang]/gi/[id]`. */
export function readRoutes(pagesDir = 'src/pages'): Route[] {
  if (!existsSync(pagesDir)) return [];
  return listFiles(pagesDir, (name) => /\.(astro|md|mdx|html)$/.test(name) && !name.startsWith('_'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('_')))
    .map((file) => {
      const name = file.replace(/\.(astro|md|mdx|html)$/, '').replace(/(^|\/)index$/, '');
      return { name: name || 'index', segments: name ? name.split('/') : [] };
    });
}

/**
 * How well a route matches an address: higher is more specific; undefined if it does not.
 * A rest parameter named `lang` or `locale` stands for the language prefix: it takes the first
 * segment when that is the page's language (`en` for lang="en"), and nothing otherwise.
 */
function matchScore(route: string[], parts: string[], langPrefix = ''): number | undefined {
  const [head, ...rest] = route;
  if (head === undefined) return parts.length === 0 ? 0 : undefined;
  if (/^\[\.\.\.(lang|locale)\]$/.test(head)) {
    const take = langPrefix !== '' && parts[0] === langPrefix ? 1 : 0;
    return matchScore(rest, parts.slice(take));
  }
  if (/^\[\.\.\.[^\]]+\]$/.test(head)) {
    let best: number | undefined;
    for (let take = 0; take <= parts.length; take += 1) {
      const score = matchScore(rest, parts.slice(take));
      if (score !== undefined && (best === undefined || score - take > best)) best = score - take;
    }
    return best;
  }
  const [part, ...others] = parts;
  if (part === undefined) return undefined;
  const pattern = new RegExp(
    `^${head.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\\?\[[^\]]+\\?\]/g, '[^/]+')}$`,
  );
  if (!pattern.test(part)) return undefined;
  const score = matchScore(rest, others);
  if (score === undefined) return undefined;
  return score + (head.includes('[') ? 10 : 100);
}

/** The route an address was most likely made from, as Astro ranks routes. */
export function templateOf(path: string, routes: Route[], lang = ''): string {
  const parts = path.split('/').filter(Boolean);
  const langPrefix = lang.split('-')[0]?.toLowerCase() ?? '';
  let best: { name: string; score: number } | undefined;
  for (const route of routes) {
    const score = matchScore(route.segments, parts, langPrefix);
    if (score !== undefined && (best === undefined || score > best.score)) {
      best = { name: route.name, score };
    }
  }
  return best?.name ?? '(file)';
}

/** Reads and parses every HTML file of a built site. */
export function loadSite(dir: string, pagesDir = 'src/pages'): Site {
  const root = resolve(dir);
  assertBuilt(root);
  const routes = readRoutes(pagesDir);
  const pages = listFiles(root, (name) => name.endsWith('.html')).map((file): Page => {
    const html = readFileSync(join(root, file), 'utf8');
    const document = parse(html, { comment: false });
    const path = addressOf(file);
    const lang = document.querySelector('html')?.getAttribute('lang')?.trim() ?? '';
    return {
      file: join(root, file),
      path,
      html,
      root: document,
      lang,
      template: templateOf(path, routes, lang),
    };
  });
  const home = pages.find((page) => page.path === '/');
  const canonical = home?.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let origin = DEFAULT_ORIGIN;
  try {
    if (canonical) origin = new URL(canonical).origin;
  } catch {
    // an invalid canonical URL is reported by the head check
  }
  return { dir: root, origin, pages, byPath: new Map(pages.map((page) => [page.path, page])) };
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
