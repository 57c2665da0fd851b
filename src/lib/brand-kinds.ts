/**
 * The kinds of brand the hall shows: one entry each, with the collection it comes from, the route
 * of its list page and the dictionary keys of its names (src/i18n/ui/). Time-honoured brands are
 * enterprise brands honoured as 中华老字号 or 济宁老字号; they also appear among the enterprises.
 * Adding a kind is an entry here and its keys in each dictionary.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations, type UiKey } from '../i18n/ui';
import type { Brand } from './queries';

interface BrandKindEntry {
  /** The collection its entries come from. */
  collection: Brand['collection'];
  /** The list page: /gi/, /en/gi/; for a collection, also the prefix of its detail pages. */
  route: string;
  /** Its name as the title of its list: 地理标志, Geographical indications. */
  name: UiKey;
  /** Its short name in the site's navigation: 地理标志, GIs. */
  nav: UiKey;
  /** The line under the list's title. */
  lead: UiKey;
  /** For a kind that is a whole collection, what one entry is called: 地理标志, Enterprise brand. */
  entry?: UiKey;
  /** Only the entries with one of these honours (a kind within a collection). */
  honours?: readonly string[];
}

export const BRAND_KINDS = {
  gis: {
    collection: 'gis',
    route: 'gi',
    name: 'kind.gis',
    nav: 'nav.gis',
    lead: 'kind.gis.lead',
    entry: 'kind.gis.entry',
  },
  enterprises: {
    collection: 'enterprises',
    route: 'enterprises',
    name: 'kind.enterprises',
    nav: 'nav.enterprises',
    lead: 'kind.enterprises.lead',
    entry: 'kind.enterprises.entry',
  },
  'regional-brands': {
    collection: 'regional-brands',
    route: 'regional-brands',
    name: 'kind.regional-brands',
    nav: 'nav.regionalBrands',
    lead: 'kind.regional-brands.lead',
    entry: 'kind.regional-brands.entry',
  },
  'time-honoured': {
    collection: 'enterprises',
    route: 'time-honoured',
    name: 'kind.time-honoured',
    nav: 'nav.timeHonoured',
    lead: 'kind.time-honoured.lead',
    honours: ['china-time-honoured', 'jining-time-honoured'],
  },
} as const satisfies Record<string, BrandKindEntry>;

export type BrandKindKey = keyof typeof BRAND_KINDS;
export const BRAND_KIND_KEYS = Object.keys(BRAND_KINDS) as BrandKindKey[];

/** A brand collection (a kind that is a whole collection): gis, enterprises, regional-brands. */
export type BrandCollection = Brand['collection'];

export function kindName(kind: BrandKindKey, locale: Locale): string {
  return useTranslations(locale)(BRAND_KINDS[kind].name);
}

/** What one entry of a collection is called, on its page and its card: 地理标志, Enterprise brand. */
export function entryKindLabel(collection: BrandCollection, locale: Locale): string {
  return useTranslations(locale)(BRAND_KINDS[collection].entry);
}

/** The brands of one kind, from all brands. */
export function brandsOfKind(brands: Brand[], kind: BrandKindKey): Brand[] {
  const entry: BrandKindEntry = BRAND_KINDS[kind];
  return brands.filter(
    (brand) =>
      brand.collection === entry.collection &&
      (!entry.honours ||
        (brand.collection === 'enterprises' &&
          brand.data.honours.some((honour) => entry.honours!.includes(honour.kind)))),
  );
}
