/**
 * The values of each search facet, from the content: all of them for the search page's filters
 * (in reading order), and those of one entry for its detail page (SearchMeta.astro). Adding a facet
 * is an entry in FACETS (contract.ts) and one here; adding a value is a change to the content or
 * to the vocabulary the facet reads.
 */
import type { Locale, ContentLanguage } from '../../i18n/locales';
import { contentLanguage } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { GI_REGIMES } from '../../content-model/schemas/vocabulary';
import { entryKindLabel, type BrandCollection } from '../brand-kinds';
import { giBadges } from '../facts';
import { getHall, type Hall } from '../queries';
import { FACET_KEYS, FACETS, type Facet, type FacetChoices, type SearchFacets } from './contract';

/** The kinds of entry the search index holds (the detail pages with data-pagefind-body). */
export const SEARCHED_KINDS = [
  'gis',
  'enterprises',
  'regional-brands',
] as const satisfies readonly BrandCollection[];

interface FacetSource {
  name: Record<ContentLanguage, string>;
  county?: { id: string } | undefined;
  countyConfidence?: 'A' | 'B' | undefined;
  industry?: { id: string } | undefined;
  registrations?: NonNullable<Parameters<typeof giBadges>[0]['registrations']>;
  honours?: { year?: number | undefined }[];
}

interface FacetValues {
  /** Every value, in the order the filters list them. */
  all(hall: Hall, locale: Locale): string[];
  /** The values of one entry. */
  of(entry: FacetSource, kind: BrandCollection, hall: Hall, locale: Locale): string[];
  /** Of one entry's values, those only reposts give (B), as its page marks them. */
  unverified?(entry: FacetSource, kind: BrandCollection, hall: Hall, locale: Locale): string[];
}

const byId = <T extends { id: string }>(entries: T[], id: string | undefined) =>
  id === undefined ? undefined : entries.find((entry) => entry.id === id);

const VALUES: Record<Facet, FacetValues> = {
  kind: {
    // The brands, then the exhibitions, whose pages are in the index too (exhibitionFacets).
    all: (_, locale) => [
      ...SEARCHED_KINDS.map((kind) => entryKindLabel(kind, locale)),
      exhibitionKind(locale),
    ],
    of: (_, kind, __, locale) => [entryKindLabel(kind, locale)],
  },
  county: {
    // Districts, counties and county-cities by division code, then the zones.
    all: (hall, locale) =>
      [...hall.counties]
        .sort((a, b) => (a.data.code ?? '999999').localeCompare(b.data.code ?? '999999'))
        .map((county) => county.data.name[contentLanguage(locale)]),
    of: (entry, _, hall, locale) => {
      const county = byId(hall.counties, entry.county?.id);
      return county ? [county.data.name[contentLanguage(locale)]] : [];
    },
    unverified: (entry, kind, hall, locale) =>
      entry.countyConfidence === 'B' ? VALUES.county.of(entry, kind, hall, locale) : [],
  },
  industry: {
    all: (hall, locale) =>
      hall.industries.map((industry) => industry.data.name[contentLanguage(locale)]),
    of: (entry, _, hall, locale) => {
      const industry = byId(hall.industries, entry.industry?.id);
      return industry ? [industry.data.name[contentLanguage(locale)]] : [];
    },
  },
  regime: {
    all: (_, locale) => Object.values(GI_REGIMES).map((regime) => regime[contentLanguage(locale)]),
    of: (entry, _, __, locale) => [
      ...new Set(
        (entry.registrations ?? []).map((r) => GI_REGIMES[r.regime][contentLanguage(locale)]),
      ),
    ],
    // As the badges on the page: a regime is unverified when every source for it is a repost.
    unverified: (entry, _, __, locale) =>
      giBadges({ registrations: entry.registrations ?? [] }, locale)
        .filter((badge) => badge.confidence === 'B')
        .map((badge) => badge.label),
  },
};

/** The facets of the search page's filters, with every value the content knows. */
export async function facetChoices(locale: Locale): Promise<FacetChoices[]> {
  const hall = await getHall();
  const t = useTranslations(locale);
  return FACET_KEYS.map((key) => ({
    key,
    legend: t(FACETS[key].legend),
    values: VALUES[key].all(hall, locale),
  }));
}

/** The search facets of one entry, in one language. */
export async function searchFacets(
  kind: BrandCollection,
  data: FacetSource,
  locale: Locale,
): Promise<SearchFacets> {
  const hall = await getHall();
  const years = [
    ...(data.registrations ?? []).map((r) => (r.date ? Number(r.date.slice(0, 4)) : undefined)),
    ...(data.honours ?? []).map((h) => h.year),
  ].filter((year): year is number => year !== undefined);
  return {
    values: Object.fromEntries(
      FACET_KEYS.map((key) => [key, VALUES[key].of(data, kind, hall, locale)]),
    ) as Record<Facet, string[]>,
    unverified: Object.fromEntries(
      FACET_KEYS.map((key) => [key, VALUES[key].unverified?.(data, kind, hall, locale) ?? []]),
    ),
    year: years.length > 0 ? Math.min(...years) : undefined,
    names: data.name,
  };
}

function exhibitionKind(locale: Locale): string {
  return useTranslations(locale)('exhibitions.kicker');
}

/** The search facets of an exhibition's page: its kind, and its title in every language. */
export function exhibitionFacets(
  title: Record<ContentLanguage, string>,
  locale: Locale,
): SearchFacets {
  const values = Object.fromEntries(FACET_KEYS.map((key) => [key, [] as string[]]));
  return {
    values: { ...values, kind: [exhibitionKind(locale)] } as Record<Facet, string[]>,
    names: title,
  };
}
