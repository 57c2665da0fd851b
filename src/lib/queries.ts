/**
 * The one way pages read content. The first call loads every collection and checks the rules
 * that span collections (src/content-model/integrity.ts); a problem stops the build with every message.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import {
  contentLanguage,
  LOCALES,
  LOCALE_CODES,
  type ContentLanguage,
  type Locale,
} from '../i18n/locales';
import { findIntegrityProblems, type LoadedCollections } from '../content-model/integrity';
import { entryPath } from './urls';

const COLLECTIONS = [
  'counties',
  'industries',
  'stats',
  'enterprises',
  'gis',
  'regional-brands',
  'stations',
  'news',
  'exhibitions',
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

/* Lookups every page makes, built once per build like the hall itself: a search on every page
   would make a large build quadratic (docs/benchmarks.md). */
let proseById: Promise<Map<string, Hall['prose'][number]>> | undefined;
let brandsByPath: Promise<Map<string, Brand>> | undefined;

async function loadProseById() {
  const { prose } = await getHall();
  return new Map(prose.map((entry) => [entry.id, entry] as const));
}

async function loadBrandsByPath() {
  const hall = await getHall();
  const brands: Brand[] = [...hall.gis, ...hall.enterprises, ...hall['regional-brands']];
  return new Map(
    brands.flatMap((brand) =>
      LOCALE_CODES.map((lang) => [entryPath(lang, brand.collection, brand.id), brand] as const),
    ),
  );
}

/** The brand whose page is at `path` (either language), if it is a brand page. */
export async function getBrandAt(path: string): Promise<Brand | undefined> {
  brandsByPath ??= loadBrandsByPath();
  return (await brandsByPath).get(path);
}

const byName =
  (locale: Locale) => (a: { data: { name: { zh: string; en: string } } }, b: typeof a) =>
    a.data.name[contentLanguage(locale)].localeCompare(
      b.data.name[contentLanguage(locale)],
      LOCALES[locale].lang,
    );

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

/**
 * The prose of an entry in a locale's content language. Falls back to Chinese when there is no
 * English text; `fallback` tells the page to say so.
 */
export async function getProse(collection: string, id: string, locale: Locale) {
  proseById ??= loadProseById();
  const prose = await proseById;
  const find = (language: ContentLanguage) => prose.get(`${collection}/${id}/${language}`);
  const own = find(contentLanguage(locale));
  if (own) return { entry: own, fallback: false };
  const chinese = find('zh');
  if (!chinese) throw new Error(`content/${collection}/${id}/zh.md is missing`);
  return { entry: chinese, fallback: true };
}

/** A GI, enterprise or regional brand, as lists and cards show it. */
export type Brand =
  Hall['gis'][number] | Hall['enterprises'][number] | Hall['regional-brands'][number];

/** Every brand of every kind, sorted by name. */
export async function getBrands(locale: Locale = 'zh'): Promise<Brand[]> {
  const hall = await getHall();
  return [...hall.gis, ...hall.enterprises, ...hall['regional-brands']].sort(byName(locale));
}

/** The brands of one county (its GIs, enterprises and county brands). */
export async function getBrandsInCounty(countyId: string, locale: Locale = 'zh') {
  return (await getBrands(locale)).filter((brand) => brand.data.county?.id === countyId);
}

/** The brands of one sector. */
export async function getBrandsInIndustry(industryId: string, locale: Locale = 'zh') {
  return (await getBrands(locale)).filter(
    (brand) => 'industry' in brand.data && brand.data.industry?.id === industryId,
  );
}

/** The news items that name a brand. */
export async function getNewsAbout(collection: Brand['collection'], id: string) {
  const { news } = await getHall();
  const field = {
    gis: 'gis',
    enterprises: 'enterprises',
    'regional-brands': 'regionalBrands',
  } as const;
  return news
    .filter((item) => item.data[field[collection]].some((ref) => ref.id === id))
    .sort((a, b) => b.data.date.localeCompare(a.data.date));
}

/** Every county and zone with its name in `locale`, its number of brands and how many are B. */
export async function getCountiesWithCounts(locale: Locale) {
  const [{ counties }, brands] = await Promise.all([getHall(), getBrands(locale)]);
  return counties.map((county) => ({
    id: county.id,
    name: county.data.name[contentLanguage(locale)],
    kind: county.data.kind,
    code: county.data.code,
    geoFeatureId: county.data.geoFeatureId,
    brands: brands.filter((brand) => brand.data.county?.id === county.id).length,
    /** Of those, the brands whose county only a repost names (B): shown as unverified. */
    unverified: brands.filter(
      (brand) => brand.data.county?.id === county.id && brand.data.countyConfidence === 'B',
    ).length,
  }));
}

/** News, newest first. */
export async function getNews() {
  return [...(await getHall()).news].sort((a, b) => b.data.date.localeCompare(a.data.date));
}
