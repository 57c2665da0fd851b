/**
 * Each site-wide check fails on a deliberately broken build: a copy of dist/ with one thing
 * broken (a link, an image, a title, invalid HTML, a page over budget, a console error). Each
 * test asserts that the check reports exactly the new problem, not one of the copy's own. The
 * checks also refuse a site without the list of its pages, or one that list does not match.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkBudgets,
  checkConsole,
  checkHead,
  checkPolicy,
  checkLinks,
  loadSite,
  servedPath,
  runningInlineScripts,
  validateHtml,
  type Page,
  type Problem,
  type Site,
} from '../../scripts/site-checks/index.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import { launchChromium } from '../support/chromium';
import { pageListPath } from '../../src/integrations/built-site.ts';

let real: Site;
/** A detail page of the real site, to break. */
let detail: Page;
const copies: string[] = [];

beforeAll(() => {
  real = loadSite('dist');
  const found = real.pages.find(
    (page) => /\[id\]$/.test(page.template) && page.root.querySelector('img') !== null,
  );
  if (!found) throw new Error('dist/ has no detail page with an image to break');
  detail = found;
});

afterAll(() => {
  for (const dir of copies) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(pageListPath(dir), { force: true });
  }
});

/** A copy of dist/, with the list of its pages the build wrote beside it. */
function copySite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bh-broken-site-'));
  copies.push(dir);
  cpSync(real.dir, dir, { recursive: true });
  cpSync(pageListPath(real.dir), pageListPath(dir));
  return dir;
}

/** A copy of dist/ with `edit` applied, loaded as a site. */
function brokenSite(edit: (dir: string) => void): Site {
  const dir = copySite();
  edit(dir);
  return loadSite(dir);
}

function fileOf(dir: string, path: string): string {
  return join(dir, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
}

/** Rewrites one page of a copy; fails if the text to replace is not there. */
function editPage(dir: string, path: string, from: string | RegExp, to: string): void {
  const file = fileOf(dir, path);
  const html = readFileSync(file, 'utf8');
  const edited = html.replace(from, to);
  if (edited === html) throw new Error(`${path} has no ${String(from)} to replace`);
  writeFileSync(file, edited);
}

/** The problems of `after` that the unbroken site does not have. */
function newProblems(after: Problem[], before: Problem[]): Problem[] {
  const known = new Set(before.map((p) => `${p.check}|${p.page}|${p.message}`));
  return after.filter((p) => !known.has(`${p.check}|${p.page}|${p.message}`));
}

/** Random text that gzip cannot shrink. */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64');

describe('the list of the pages', () => {
  it('is required: a site without it is refused, saying to build', () => {
    const dir = copySite();
    rmSync(pageListPath(dir));
    expect(() => loadSite(dir)).toThrow(
      `No list of the pages of ${dir}/: the build writes it to ${dir}.pages.json`,
    );
    expect(() => loadSite(dir)).toThrow('Run `npm run build`');
  });

  it('must be the list of the site: a page it does not list, or one gone, is refused', () => {
    const dir = copySite();
    cpSync(fileOf(dir, detail.path), join(dir, 'stray.html'));
    expect(() => loadSite(dir)).toThrow(/\(1 not listed: stray\.html\)\. Run `npm run build`/);
    rmSync(join(dir, 'stray.html'));
    rmSync(fileOf(dir, detail.path));
    expect(() => loadSite(dir)).toThrow(
      `(1 listed but not there: ${fileOf('', detail.path).slice(1)})`,
    );
  });
});

describe('the link check', () => {
  it('reports a broken link, naming the page and the address', () => {
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, '</main>', '<a href="/gi/no-such-brand/">x</a></main>'),
    );
    const problems = newProblems(checkLinks(site), checkLinks(real));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ check: 'links', page: detail.path });
    expect(problems[0]?.message).toContain('"/gi/no-such-brand/" leads nowhere');
  });

  it('reports a missing image on every page that shows it', () => {
    const src = detail.root.querySelector('img')?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\//);
    const site = brokenSite((dir) => rmSync(join(dir, src)));
    const problems = newProblems(checkLinks(site), checkLinks(real));
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems.map((p) => p.page)).toContain(detail.path);
    expect(problems.every((p) => p.message.includes(src))).toBe(true);
  });

  it('reports a link to a fragment that is not on the page', () => {
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, '</main>', '<a href="#no-such-section">x</a></main>'),
    );
    const problems = newProblems(checkLinks(site), checkLinks(real));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('there is no id "no-such-section"');
  });

  it('reports a page address without its trailing slash', () => {
    const target = detail.path.replace(/\/$/, '');
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, '</main>', `<a href="${target}">x</a></main>`),
    );
    const problems = newProblems(checkLinks(site), checkLinks(real));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('lacks the trailing slash');
  });
});

describe('the head check', () => {
  it('reports a page without a title', () => {
    const site = brokenSite((dir) => editPage(dir, detail.path, /<title>[^<]*<\/title>/, ''));
    const problems = newProblems(checkHead(site), checkHead(real));
    expect(problems).toEqual([{ check: 'head', page: detail.path, message: 'has no <title>' }]);
  });

  it('reports a page without a description', () => {
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, /<meta name="description"[^>]*>/, ''),
    );
    const problems = newProblems(checkHead(site), checkHead(real));
    expect(problems).toEqual([
      { check: 'head', page: detail.path, message: 'has no <meta name="description">' },
    ]);
  });

  it('reports a page without lang', () => {
    const site = brokenSite((dir) => editPage(dir, detail.path, /<html lang="[^"]*"/, '<html'));
    const problems = newProblems(checkHead(site), checkHead(real));
    expect(problems).toEqual([
      { check: 'head', page: detail.path, message: '<html> has no lang attribute' },
    ]);
  });

  it('reports a canonical URL that names another page', () => {
    const site = brokenSite((dir) =>
      editPage(
        dir,
        detail.path,
        /<link rel="canonical" href="[^"]*"/,
        `<link rel="canonical" href="${real.origin}/"`,
      ),
    );
    const problems = newProblems(checkHead(site), checkHead(real));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('not this page');
  });
});

describe('the policy check', () => {
  it('reports an inline script the page runs whose hash its policy lacks', () => {
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, '</body>', '<script>document.title = "x";</script></body>'),
    );
    const problems = newProblems(checkPolicy(site), checkPolicy(real));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.page).toBe(detail.path);
    expect(problems[0]?.message).toContain('inline script its policy does not allow');
    expect(problems[0]?.message).toContain('document.title');
  });

  it('leaves a data block alone: the browser never runs it', () => {
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, '</body>', '<script type="application/json">{}</script></body>'),
    );
    expect(newProblems(checkPolicy(site), checkPolicy(real))).toEqual([]);
  });

  it('reports a page without a policy', () => {
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, /<meta http-equiv="content-security-policy"[^>]*>/, ''),
    );
    const problems = newProblems(checkPolicy(site), checkPolicy(real));
    expect(problems.map((p) => p.message)).toEqual([
      'has no Content-Security-Policy <meta>: is security.csp on in astro.config.mjs?',
    ]);
  });
});

/** The page with its running inline scripts' hashes added to its policy's script-src. */
function allowingInlineScripts(html: string): string {
  const hashes = runningInlineScripts(html).map((script) => script.hash);
  return html.replace(/(content-security-policy" content="[^"]*?script-src [^;"]*)/, (policy) =>
    [policy, ...hashes.filter((hash) => !policy.includes(hash))].join(' '),
  );
}

describe('the HTML validator', () => {
  it('reports invalid HTML with the rule and the place', async () => {
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, '</main>', '<ul><div id="main">x</div></ul></main>'),
    );
    const page = site.byPath.get(detail.path);
    if (!page) throw new Error(`${detail.path} missing from the copy`);
    const before = await validateHtml(real, [detail]);
    const problems = newProblems(await validateHtml(site, [page]), before);
    const rules = problems.map((p) => p.message.split(':')[0]);
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('element-permitted-content');
    expect(problems.every((p) => p.page === detail.path && /\(line \d+:\d+/.test(p.message))).toBe(
      true,
    );
  });
});

describe('the size budgets', () => {
  it('report a detail page whose HTML is over 20 KB gzipped', () => {
    const site = brokenSite((dir) =>
      editPage(dir, detail.path, '</main>', `<p hidden>${incompressible(24_000)}</p></main>`),
    );
    const problems = newProblems(checkBudgets(site), checkBudgets(real));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^HTML is \d+\.\d KB gzipped; detail pages may have 20\.0 KB/,
    );
  });

  it('report a page whose CSS is over 12 KB gzipped', () => {
    const css = detail.root.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    expect(css).toMatch(/\.css$/);
    const site = brokenSite((dir) =>
      writeFileSync(
        join(dir, css),
        `${readFileSync(join(dir, css), 'utf8')}\n.bloat::after{content:"${incompressible(16_000)}"}`,
      ),
    );
    const problems = newProblems(checkBudgets(site), checkBudgets(real));
    expect(problems.map((p) => p.page)).toContain(detail.path);
    expect(problems.every((p) => /^CSS is .* the budget is 12\.0 KB/.test(p.message))).toBe(true);
  });

  it('report a page whose own JS is over 8 KB gzipped, imports included', () => {
    const site = brokenSite((dir) => {
      writeFileSync(join(dir, '_astro/bloat-entry.js'), 'import"./bloat-chunk.js";');
      writeFileSync(
        join(dir, '_astro/bloat-chunk.js'),
        `export const bloat="${incompressible(12_000)}";`,
      );
      editPage(
        dir,
        detail.path,
        '</body>',
        '<script type="module" src="/_astro/bloat-entry.js"></script></body>',
      );
    });
    const problems = newProblems(checkBudgets(site), checkBudgets(real));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^own JS is \d+\.\d KB gzipped; the budget is 8\.0 KB/);
  });
});

describe('the console check', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reports a console error, an uncaught exception and a missing script', async () => {
    const site = brokenSite((dir) =>
      editPage(
        dir,
        detail.path,
        '</body>',
        '<script>console.error("deliberate error")</script>' +
          '<script>throw new Error("deliberate exception")</script>' +
          '<script src="/_astro/missing.js"></script></body>',
      ),
    );
    // The page's policy allows the added scripts, as InlineScript.astro does: the errors are their own.
    const page = fileOf(site.dir, detail.path);
    writeFileSync(page, allowingInlineScripts(readFileSync(page, 'utf8')));
    const server = await startStaticServer(site.dir);
    try {
      const problems = await checkConsole(browser, server.origin, [servedPath(detail)]);
      const messages = problems.map((p) => p.message).join('\n');
      expect(messages).toContain('console error: deliberate error');
      expect(messages).toContain('uncaught exception: deliberate exception');
      expect(messages).toMatch(/missing\.js/);
    } finally {
      await server.stop();
    }
  });
});
