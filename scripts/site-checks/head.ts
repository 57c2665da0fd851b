/**
 * Every page says what it is: a `lang` on <html>, one non-empty <title>, one meta description,
 * a viewport, and one canonical URL on the site's origin that names the page itself.
 * The 404 pages (`/404`, `/en/404`) have no address of their own, so they need no canonical URL.
 */
import { isNotFoundPage, type Problem, type Site } from './site.ts';

const CHECK = 'head';
const LANG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export function checkHead(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const report = (message: string) => problems.push({ check: CHECK, page: page.path, message });
    const { root } = page;
    if (root.querySelector('meta[http-equiv="refresh"]')) continue; // a redirect, not a page

    if (!page.lang) report('<html> has no lang attribute');
    else if (!LANG.test(page.lang)) report(`<html lang="${page.lang}"> is not a language tag`);

    const titles = root.querySelectorAll('head title');
    if (titles.length === 0) report('has no <title>');
    else if (titles.length > 1) report(`has ${titles.length} <title> elements`);
    else if (!titles[0]?.textContent.trim()) report('has an empty <title>');

    const descriptions = root.querySelectorAll('head meta[name="description"]');
    if (descriptions.length === 0) report('has no <meta name="description">');
    else if (descriptions.length > 1) report(`has ${descriptions.length} meta descriptions`);
    else if (!descriptions[0]?.getAttribute('content')?.trim())
      report('has an empty meta description');

    if (!root.querySelector('head meta[name="viewport"]')) report('has no <meta name="viewport">');

    const canonicals = root.querySelectorAll('head link[rel="canonical"]');
    if (isNotFoundPage(page.path)) continue;
    if (canonicals.length === 0) {
      report('has no <link rel="canonical">');
      continue;
    }
    if (canonicals.length > 1) report(`has ${canonicals.length} canonical links`);
    const href = canonicals[0]?.getAttribute('href') ?? '';
    let canonical: URL;
    try {
      canonical = new URL(href);
    } catch {
      report(`canonical "${href}" is not an absolute URL`);
      continue;
    }
    if (canonical.origin !== site.origin) {
      report(`canonical "${href}" is not on the site's origin ${site.origin}`);
    } else if (canonical.pathname !== page.path) {
      report(`canonical "${href}" names ${canonical.pathname}, not this page`);
    }
  }
  return problems;
}
