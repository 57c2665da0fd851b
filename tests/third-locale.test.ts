/**
 * A third language takes a locale entry and a dictionary file, nothing else. The test copies the
 * project, adds 繁體中文 (zh-Hant, showing the Chinese content) the way a maintainer would, builds
 * the minimal content with it, and compares the new pages with their Chinese twins. It does not
 * ship: the dictionary is the Chinese one copied, so a twin's text must be the same, word for word.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageList, type BuiltPage } from '../src/integrations/built-site';
import { indexedLanguages } from '../src/integrations/pagefind';
import { buildSite, MINIMAL_CONTENT, replaceIn } from './support/build';

const NEW_LOCALE = `  'zh-hant': { lang: 'zh-Hant', label: '繁體中文', pathPrefix: 'zh-hant', content: 'zh' },\n`;
/** Where the entry goes: after the last locale of the table. */
const LAST_LOCALE = `content: 'en', formats: 'en-GB' },\n`;

let project: string;
let site: string;
let pages: BuiltPage[];

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'bh-third-locale-'));
  for (const part of [
    'src',
    'scripts',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(part, join(project, part), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));

  // The two steps of adding a locale.
  replaceIn(join(project, 'src/i18n/locales.ts'), LAST_LOCALE, `${LAST_LOCALE}${NEW_LOCALE}`);
  writeFileSync(
    join(project, 'src/i18n/ui/zh-hant.ts'),
    readFileSync('src/i18n/ui/zh.ts', 'utf8').replace('Chinese UI strings', 'Test-only copy'),
  );

  // Inside the copy, where the built chunks find the packages.
  site = join(project, 'dist');
  const build = buildSite(resolve(MINIMAL_CONTENT), { project, outDir: site });
  if (build.status !== 0) throw new Error(`The build with a third locale failed:\n${build.output}`);
  pages = readPageList(site);
}, 320_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const html = (page: BuiltPage) => parse(readFileSync(join(site, page.file), 'utf8'));
/** What a reader of the page's main part reads, with the spacing of the markup aside. */
function mainText(page: BuiltPage): string {
  const main = html(page).querySelector('main')!;
  for (const script of main.querySelectorAll('script')) script.remove();
  return main.textContent.replace(/\s+/g, ' ').trim();
}

/** The Chinese pages and their twins under /zh-hant/. */
function twins(): [BuiltPage, BuiltPage | undefined][] {
  const chinese = pages.filter(
    (page) => !page.path.startsWith('/en/') && !page.path.startsWith('/zh-hant/'),
  );
  return chinese.map((page) => [
    page,
    pages.find((other) => other.path === `/zh-hant${page.path}`),
  ]);
}

describe('a third locale, from its entry and its dictionary', () => {
  it('gives every Chinese page a twin, in its language', () => {
    expect(twins().length).toBeGreaterThan(10);
    for (const [page, twin] of twins()) {
      expect(twin, `${page.path} has no /zh-hant/ twin`).toBeDefined();
      expect(html(twin!).querySelector('html')!.getAttribute('lang'), twin!.path).toBe('zh-Hant');
    }
  });

  it("shows the Chinese content and words on every twin, the 404's list of languages aside", () => {
    for (const [page, twin] of twins()) {
      if (page.template.endsWith('404')) continue;
      // An address written out in the text (the about page's /data/) is the twin's own.
      const text = mainText(twin!).replaceAll('/zh-hant/', '/');
      expect(text, twin!.path).toBe(mainText(page));
    }
    // Each 404 page speaks every other language too: the Chinese one now two.
    const notFound = pages.find((page) => page.path === '/404')!;
    const others = html(notFound).querySelectorAll('main [lang]');
    expect(others.map((part) => part.getAttribute('lang'))).toEqual(['en', 'zh-Hant']);
  });

  it('offers every other language in the header, by its own name', () => {
    const home = pages.find((page) => page.path === '/')!;
    const switches = html(home).querySelectorAll('header a.lang');
    expect(switches.map((link) => [link.getAttribute('href'), link.textContent.trim()])).toEqual([
      ['/en/', 'English'],
      ['/zh-hant/', '繁體中文'],
    ]);
  });

  it('gives the new language its own search index and its addresses in the open data', async () => {
    expect(await indexedLanguages(join(site, 'pagefind'))).toEqual({
      'zh-cn': expect.any(Number),
      en: expect.any(Number),
      'zh-hant': expect.any(Number),
    });
    const sources = readFileSync(join(site, 'data/sources.csv'), 'utf8');
    expect(sources.split('\r\n')[0]).toMatch(/,url\.zh,url\.en,url\.zh-hant$/);
  });
});
