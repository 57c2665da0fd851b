/**
 * Every internal link and image resolves: each address a page, a stylesheet, a sitemap or
 * robots.txt names on this site's origin must be a file of the built site, each `#fragment`
 * must be an id on its page, and a page address must end in a slash (trailingSlash: always).
 * External addresses are not fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { isNotFoundPage, servedPath, type Problem, type Site } from './site.ts';

const CHECK = 'links';

/** Attributes that hold one address, by the elements that carry them. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];

/** The addresses in a srcset: `a.webp 480w, b.webp 960w` → [a.webp, b.webp]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every address a page names, with where it was found. */
export function pageUrls(root: HTMLElement): { url: string; where: string }[] {
  const urls: { url: string; where: string }[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      const url = element.getAttribute(attribute);
      if (url !== undefined) urls.push({ url, where: `<${element.rawTagName} ${attribute}>` });
    }
  }
  for (const selector of SRCSET_SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      for (const url of srcsetUrls(element.getAttribute('srcset') ?? '')) {
        urls.push({ url, where: `<${element.rawTagName} srcset>` });
      }
    }
  }
  for (const meta of root.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'refresh') continue;
    const target = /url=(.+)$/i.exec(meta.getAttribute('content') ?? '')?.[1];
    if (target) urls.push({ url: target.trim(), where: '<meta http-equiv=refresh>' });
  }
  // JSON-LD: any string that is an address on the site is checked too.
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    const visit = (value: unknown) => {
      if (typeof value === 'string' && /^(https?:)?\/\//.test(value)) {
        urls.push({ url: value, where: 'JSON-LD' });
      } else if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
    };
    try {
      visit(JSON.parse(script.textContent));
    } catch {
      // invalid JSON-LD is left to the HTML validator and Lighthouse
    }
  }
  return urls;
}

const SKIPPED_SCHEMES = /^(mailto|tel|sms|javascript|data|blob|about|geo):/i;

interface Target {
  /** The file the address resolves to, if any. */
  file?: string;
  /** A page address without its trailing slash, which only a redirect would save. */
  missingSlash?: boolean;
}

function resolveFile(dir: string, pathname: string): Target {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return {};
  }
  const full = join(dir, path);
  if (!full.startsWith(dir)) return {};
  if (path.endsWith('/')) {
    const index = join(full, 'index.html');
    return existsSync(index) ? { file: index } : {};
  }
  if (existsSync(full) && statSync(full).isFile()) return { file: full };
  if (existsSync(join(full, 'index.html')))
    return { file: join(full, 'index.html'), missingSlash: true };
  return {};
}

/** The ids (and old-style anchor names) of every page, for fragment checks. */
function idsOf(root: HTMLElement): Set<string> {
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');
  for (const element of root.querySelectorAll('a[name]'))
    ids.add(element.getAttribute('name') ?? '');
  return ids;
}

/** Checks every address in every page, stylesheet, sitemap and robots.txt of the site. */
export function checkLinks(site: Site): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, Set<string>>();
  for (const page of site.pages) ids.set(page.file, idsOf(page.root));

  const check = (url: string, base: URL, page: string, where: string) => {
    const value = url.trim();
    if (value === '' || value === '#' || SKIPPED_SCHEMES.test(value)) return;
    let target: URL;
    try {
      target = new URL(value, base);
    } catch {
      problems.push({ check: CHECK, page, message: `${where} "${value}" is not a valid address` });
      return;
    }
    if (target.origin !== site.origin) return; // external: not fetched
    const resolved = resolveFile(site.dir, target.pathname);
    if (!resolved.file) {
      problems.push({
        check: CHECK,
        page,
        message: `${where} "${value}" leads nowhere (no file for ${target.pathname})`,
      });
      return;
    }
    if (resolved.missingSlash) {
      problems.push({
        check: CHECK,
        page,
        message: `${where} "${value}" lacks the trailing slash (${target.pathname}/), so it only works through a redirect`,
      });
    }
    const fragment = target.hash.slice(1);
    const targetIds = ids.get(resolved.file);
    if (fragment && targetIds && !targetIds.has(decodeURIComponent(fragment))) {
      problems.push({
        check: CHECK,
        page,
        message: `${where} "${value}": there is no id "${fragment}" on ${target.pathname}`,
      });
    }
  };

  for (const page of site.pages) {
    const base = new URL(servedPath(page), site.origin);
    const declared = page.root.querySelector('base[href]')?.getAttribute('href');
    const effective = declared ? new URL(declared, base) : base;
    for (const { url, where } of pageUrls(page.root)) check(url, effective, page.path, where);
  }

  for (const file of site.files.filter((file) => file.endsWith('.css'))) {
    const css = readFileSync(join(site.dir, file), 'utf8');
    const base = new URL(`/${file}`, site.origin);
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      if (match[2]) check(match[2], base, `/${file}`, 'CSS url()');
    }
  }

  for (const file of site.files.filter((file) => /^sitemap.*\.xml$/.test(posix.basename(file)))) {
    const xml = readFileSync(join(site.dir, file), 'utf8');
    const base = new URL(`/${file}`, site.origin);
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>|<xhtml:link[^>]*href="([^"]+)"/g)) {
      const url = match[1] ?? match[2];
      if (url) check(url.replace(/&amp;/g, '&'), base, `/${file}`, 'sitemap');
    }
  }

  const robots = join(site.dir, 'robots.txt');
  if (existsSync(robots)) {
    for (const match of readFileSync(robots, 'utf8').matchAll(/^sitemap:\s*(\S+)/gim)) {
      if (match[1]) check(match[1], new URL('/robots.txt', site.origin), '/robots.txt', 'Sitemap:');
    }
  }
  return problems;
}

/** Pages no link leads to from the home pages (informative: lists are not a crawl's only way). */
export function unreachablePages(site: Site): string[] {
  const seen = new Set<string>();
  const queue = site.pages.filter((page) => page.path === '/' || /^\/[a-z]{2}\/$/.test(page.path));
  for (const page of queue) seen.add(page.path);
  while (queue.length > 0) {
    const page = queue.shift();
    if (!page) break;
    for (const anchor of page.root.querySelectorAll('a[href], form[action]')) {
      let target: URL;
      const href = anchor.getAttribute('href') ?? anchor.getAttribute('action') ?? '';
      try {
        target = new URL(href, new URL(servedPath(page), site.origin));
      } catch {
        continue;
      }
      const next = target.origin === site.origin ? site.byPath.get(target.pathname) : undefined;
      if (next && !seen.has(next.path)) {
        seen.add(next.path);
        queue.push(next);
      }
    }
  }
  return site.pages
    .map((page) => page.path)
    .filter((path) => !seen.has(path) && !isNotFoundPage(path));
}
