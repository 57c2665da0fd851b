/**
 * The unverified-mark check: every fact whose source is a repost (confidence B) must carry the
 * "unverified" mark wherever a brand page shows it, in the fact table, the honours, the key facts
 * or the regime badges; and a brand's county, when only a repost names it, wherever any page shows
 * it (checkCountyMarks). The B facts are read from the content folder, the pages from dist/.
 * The prose (zh.md, en.md) and the summary are the editor's sentences and are not checked here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import enStrings from '../../src/i18n/ui/en.ts';
import zhStrings from '../../src/i18n/ui/zh.ts';
import { readPageList } from '../../src/integrations/built-site.ts';
import {
  GI_REGIMES,
  INTERNATIONAL_PROTECTION,
} from '../../src/content-model/schemas/vocabulary.ts';

type Locale = 'zh' | 'en';
type Text = Record<Locale, string>;
interface Sourced {
  confidence?: 'A' | 'B';
}

/** What a brand page must mark: texts of B facts, and badge labels all of whose sources are B. */
export interface Expected {
  texts: string[];
  badges: string[];
}

/** The editor's own sentences (prose, summary) and hidden search metadata: not fact rows. */
const EDITOR_SENTENCES = '.prose, .summary, [hidden]';
// A source's printed address (the print footnotes) can contain a fact's text, as in
// jendow.com.tw/wiki/玉堂酱园; an address says where a claim is, not the claim itself.
const SOURCE_ADDRESSES = '.footnotes .url';

const ROUTES = { gis: 'gi', enterprises: 'enterprises', 'regional-brands': 'regional-brands' };
const PREFIX: Record<Locale, string> = { zh: '', en: 'en/' };

/** The texts a page in `locale` shows for the B facts of one entry's facts.yaml. */
export function expectedMarks(data: Record<string, unknown>, locale: Locale): Expected {
  const texts: string[] = [];
  const b = (item: Sourced | undefined) => item?.confidence === 'B';
  const list = <T>(key: string) => (Array.isArray(data[key]) ? (data[key] as T[]) : []);
  for (const item of list<Sourced & { value: Text }>('facts'))
    if (b(item)) texts.push(item.value[locale]);
  for (const item of list<Sourced & { title?: Text }>('honours'))
    if (b(item) && item.title) texts.push(item.title[locale]);
  const registrations = list<
    Sourced & { regime: keyof typeof GI_REGIMES; registrationNumber?: string; holder?: Text }
  >('registrations');
  for (const item of registrations) {
    if (!b(item)) continue;
    if (item.registrationNumber) texts.push(item.registrationNumber);
    if (item.holder) texts.push(item.holder[locale]);
  }
  const area = data['protectedArea'] as (Sourced & { text: Text }) | undefined;
  if (b(area)) texts.push(area!.text[locale]);
  const holder = data['holder'] as (Sourced & { name: Text }) | undefined;
  if (b(holder)) texts.push(holder!.name[locale]);

  const badgeConfidence = new Map<string, boolean>();
  const note = (label: string, item: Sourced) =>
    badgeConfidence.set(label, (badgeConfidence.get(label) ?? true) && b(item));
  for (const item of registrations) note(GI_REGIMES[item.regime][locale], item);
  for (const item of list<Sourced & { jurisdiction: keyof typeof INTERNATIONAL_PROTECTION }>(
    'internationalProtection',
  ))
    note(INTERNATIONAL_PROTECTION[item.jurisdiction][locale], item);
  const badges = [...badgeConfidence].filter(([, onlyB]) => onlyB).map(([label]) => label);
  return { texts, badges };
}

/** The problems of one page: each B text or badge shown without the mark beside it. */
export function unmarkedOnPage(html: string, expected: Expected): string[] {
  const main = parseHtml(html).querySelector('main');
  if (!main) return ['the page has no <main>'];
  const problems: string[] = [];
  const textNodes = collectText(main);
  for (const text of expected.texts) {
    const places = textNodes.filter(
      ({ text: t, parent }) =>
        t.includes(text) && !parent.closest(EDITOR_SENTENCES) && !parent.closest(SOURCE_ADDRESSES),
    );
    if (places.length === 0) problems.push(`"${text}" is not shown in a fact row`);
    for (const { parent } of places) {
      const unit = parent.closest('li, dd, tr');
      if (!unit?.querySelector('.unverified'))
        problems.push(`"${text}" is shown without the unverified mark`);
    }
  }
  const badges = main.querySelectorAll('.badges li');
  for (const label of expected.badges) {
    const badge = badges.find(
      (li) => li.childNodes[0]?.text.trim() === label || li.text.startsWith(label),
    );
    if (!badge) problems.push(`the badge "${label}" is missing`);
    else if (!badge.querySelector('.unverified'))
      problems.push(`the badge "${label}" has no unverified mark`);
  }
  return problems;
}

function collectText(root: HTMLElement): { text: string; parent: HTMLElement }[] {
  const out: { text: string; parent: HTMLElement }[] = [];
  const walk = (element: HTMLElement) => {
    for (const child of element.childNodes) {
      if (child.nodeType === 3) out.push({ text: child.text, parent: element });
      else if (child.nodeType === 1) walk(child as HTMLElement);
    }
  };
  walk(root);
  return out;
}

/** Every brand page of `dist` checked against the B facts of `content`: problems, by page. */
export function checkUnverifiedMarks(dist: string, content: string): string[] {
  const problems: string[] = [];
  for (const { route, id, data } of brandFacts(content)) {
    for (const locale of ['zh', 'en'] as const) {
      const page = join(dist, PREFIX[locale], route, id, 'index.html');
      const where = `/${PREFIX[locale]}${route}/${id}/`;
      if (!existsSync(page)) {
        problems.push(`${where}: the page was not built`);
        continue;
      }
      for (const problem of unmarkedOnPage(readFileSync(page, 'utf8'), expectedMarks(data, locale)))
        problems.push(`${where}: ${problem}`);
    }
  }
  return problems;
}

/** Every brand's facts.yaml in `content`, parsed, with its collection, route and id. */
function* brandFacts(content: string) {
  for (const [collection, route] of Object.entries(ROUTES)) {
    const folder = join(content, collection);
    if (!existsSync(folder)) continue;
    for (const id of readdirSync(folder)) {
      const factsFile = join(folder, id, 'facts.yaml');
      if (!existsSync(factsFile)) continue;
      const data = parseYaml(readFileSync(factsFile, 'utf8')) as Record<string, unknown>;
      yield { collection, route, id, data };
    }
  }
}

/**
 * A brand as the county check needs it: its pages, its name and its county, and whether only a
 * repost names that county (countyConfidence B).
 */
export interface PlacedBrand {
  key: string;
  paths: Record<Locale, string>;
  name: Text;
  countyId?: string | undefined;
  county?: Text | undefined;
  countyB: boolean;
}

/** Every brand of `content` with its county, read from the facts files and counties.yaml. */
export function loadPlacedBrands(content: string): PlacedBrand[] {
  const counties = parseYaml(readFileSync(join(content, 'counties.yaml'), 'utf8')) as {
    id: string;
    name: Text;
  }[];
  const brands: PlacedBrand[] = [];
  for (const { collection, route, id, data: facts } of brandFacts(content)) {
    const data = facts as { name: Text; county?: string; countyConfidence?: 'A' | 'B' };
    brands.push({
      key: `${collection}/${id}`,
      paths: { zh: `/${route}/${id}/`, en: `/en/${route}/${id}/` },
      name: data.name,
      countyId: data.county,
      county: counties.find((county) => county.id === data.county)?.name,
      countyB: data.county !== undefined && data.countyConfidence === 'B',
    });
  }
  return brands;
}

const UI = { zh: zhStrings, en: enStrings } as const;
const fill = (text: string, count: number) => text.replace('{count}', String(count));

/**
 * The problems of one page with the counties it shows: each brand's county (in an eyebrow above
 * its name, on a card, a slide, an exhibition's brand or the page's own hero, and in its key facts)
 * carries the unverified mark exactly when the county is B; the county map and the county list say
 * how many of each county's brands have a B county.
 */
export function countyMarkProblems(
  html: string,
  path: string,
  locale: Locale,
  brands: PlacedBrand[],
): string[] {
  const main = parseHtml(html).querySelector('main');
  if (!main) return [];
  const problems: string[] = [];
  const byPath = (href: string | undefined) => brands.find((b) => b.paths[locale] === href);
  const own = byPath(path);
  const judge = (where: string, brand: PlacedBrand, element: HTMLElement) => {
    if (!brand.county) return;
    const marked = element.querySelector('.unverified') !== null;
    if (brand.countyB && !marked)
      problems.push(
        `${where} of ${brand.key}: the county "${brand.county[locale]}" is B but not marked`,
      );
    if (!brand.countyB && marked)
      problems.push(
        `${where} of ${brand.key}: the county "${brand.county[locale]}" is A but marked`,
      );
  };

  for (const eyebrow of main.querySelectorAll('.eyebrow')) {
    const holder = eyebrow.closest('.card, .exhibit-brand, .slide, .hero, .result');
    if (!holder) continue;
    const link = holder.querySelector('a[href]')?.getAttribute('href');
    const name = holder.querySelector('.name, h1, h3')?.text.trim();
    const brand =
      byPath(link) ??
      brands.find((b) => b.name[locale] === name) ??
      (holder.classList.contains('hero') ? own : undefined);
    if (!brand?.county || !eyebrow.text.includes(brand.county[locale])) continue;
    judge('the eyebrow', brand, eyebrow);
  }

  if (own?.countyId) {
    const fact = main
      .querySelectorAll('.key-facts dd')
      .find((dd) => dd.querySelector(`a[href$="/counties/${own.countyId}/"]`));
    if (!fact) problems.push(`the key facts of ${own.key} do not name its county`);
    else judge('the key facts', own, fact);
  }

  // The map and the county list: how many of a county's brands only a repost places there.
  const unverifiedIn = (countyId: string) =>
    brands.filter((b) => b.countyId === countyId && b.countyB).length;
  for (const link of main.querySelectorAll('a[href*="/counties/"]')) {
    const countyId = /\/counties\/([a-z0-9-]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1];
    if (!countyId) continue;
    const count = unverifiedIn(countyId);
    const expected = fill(UI[locale]['map.unverified'], count);
    if (link.closest('svg')) {
      const label = link.getAttribute('aria-label') ?? '';
      if (count > 0 && !label.includes(expected))
        problems.push(`the map's ${countyId} does not say "${expected}"`);
      if (count === 0 && label.includes(fill(UI[locale]['map.unverified'], 0).slice(1)))
        problems.push(`the map's ${countyId} says it has unverified brands`);
    }
  }
  for (const svg of main.querySelectorAll('svg')) {
    const links = svg.querySelectorAll('a[href*="/counties/"]');
    if (links.length === 0) continue;
    const expected = links.filter((link) => {
      const id = /\/counties\/([a-z0-9-]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1];
      return id !== undefined && unverifiedIn(id) > 0;
    }).length;
    const shown = svg.querySelectorAll('tspan.unverified').length;
    if (shown !== expected)
      problems.push(`the map labels ${shown} counties unverified, not ${expected}`);
  }
  if (path === (locale === 'zh' ? '/counties/' : '/en/counties/')) {
    for (const item of main.querySelectorAll('.lists li')) {
      const countyId = /\/counties\/([a-z0-9-]+)\/$/.exec(
        item.querySelector('a')?.getAttribute('href') ?? '',
      )?.[1];
      if (!countyId) continue;
      const count = unverifiedIn(countyId);
      const mark = item.querySelector('.unverified');
      const expected = fill(UI[locale]['counties.unverifiedCount'], count);
      if (count > 0 && mark?.text.trim() !== expected)
        problems.push(`the county list's ${countyId} does not say "${expected}"`);
      if (count === 0 && mark) problems.push(`the county list marks ${countyId}, which has no B`);
    }
  }
  return problems;
}

/** Every page of `dist` checked for the marks of the counties it shows: problems, by page. */
export function checkCountyMarks(dist: string, content: string): string[] {
  const brands = loadPlacedBrands(content);
  const problems: string[] = [];
  // The pages with an address of their own (not the 404 pages), as the build listed them.
  for (const { file, path } of readPageList(dist)) {
    if (!path.endsWith('/')) continue;
    const locale: Locale = path.startsWith('/en/') ? 'en' : 'zh';
    for (const problem of countyMarkProblems(
      readFileSync(join(dist, file), 'utf8'),
      path,
      locale,
      brands,
    ))
      problems.push(`${path}: ${problem}`);
  }
  return problems;
}
