/**
 * The one way pages read content. The first call loads every collection and checks the rules
 * that span collections (src/lib/integrity.ts); a problem stops the build with every message.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { findIntegrityProblems, type LoadedCollections } from './integrity';

const COLLECTIONS = [
  'counties',
  'industries',
  'stats',
  'enterprises',
  'gis',
  'regional-brands',
  'stations',
  'news',
  'prose',
] as const satisfies readonly CollectionKey[];

export type Hall = { [K in (typeof COLLECTIONS)[number]]: CollectionEntry<K>[] };

let hall: Promise<Hall> | undefined;

async function loadHall(): Promise<Hall> {
  const loaded = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  const collections = Object.fromEntries(COLLECTIONS.map((name, i) => [name, loaded[i]])) as Hall;
  const problems = findIntegrityProblems(collections as unknown as LoadedCollections);
  if (problems.length > 0) {
    throw new Error(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return collections;
}

/** Every collection, loaded and checked once per build. */
export function getHall(): Promise<Hall> {
  hall ??= loadHall();
  return hall;
}

const byName =
  (locale: Locale) => (a: { data: { name: { zh: string; en: string } } }, b: typeof a) =>
    a.data.name[locale].localeCompare(b.data.name[locale], locale === 'zh' ? 'zh-CN' : 'en');

export async function getGis(locale: Locale = 'zh') {
  return [...(await getHall()).gis].sort(byName(locale));
}

export async function getEnterprises(locale: Locale = 'zh') {
  return [...(await getHall()).enterprises].sort(byName(locale));
}

export async function getRegionalBrands(locale: Locale = 'zh') {
  return [...(await getHall())['regional-brands']].sort(byName(locale));
}

export async function getCounty(id: string) {
  return (await getHall()).counties.find((county) => county.id === id);
}

export async function getIndustry(id: string) {
  return (await getHall()).industries.find((industry) => industry.id === id);
}

/** Featured GIs and enterprises, for the hall entrance. */
export async function getFeatured(locale: Locale) {
  const [gis, enterprises] = await Promise.all([getGis(locale), getEnterprises(locale)]);
  return [...gis.filter((gi) => gi.data.featured), ...enterprises.filter((e) => e.data.featured)];
}

/** The enterprises that list a GI as one they are licensed to use. */
export async function getEnterprisesUsingGi(giId: string) {
  return (await getHall()).enterprises.filter((e) => e.data.gis.some((gi) => gi.id === giId));
}

/**
 * The prose of an entry in a language. Falls back to Chinese when there is no English text;
 * `fallback` tells the page to say so.
 */
export async function getProse(collection: string, id: string, locale: Locale) {
  const { prose } = await getHall();
  const find = (lang: Locale) => prose.find((entry) => entry.id === `${collection}/${id}/${lang}`);
  const own = find(locale);
  if (own) return { entry: own, fallback: false };
  const chinese = find('zh');
  if (!chinese) throw new Error(`content/${collection}/${id}/zh.md is missing`);
  return { entry: chinese, fallback: true };
}
