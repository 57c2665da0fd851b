/** The search facets of an entry (see components/search/SearchMeta.astro), in one language. */
import type { Locale } from '../i18n/locales';
import type { SearchFacets } from '../components/search/SearchMeta.astro';
import { GI_REGIMES } from '../schemas/vocabulary';
import { giBadges } from './facts';
import { kindLabel, type BrandKind } from './labels';
import { getCounty, getIndustry } from './queries';

interface FacetSource {
  name: Record<Locale, string>;
  county?: { id: string } | undefined;
  countyConfidence?: 'A' | 'B' | undefined;
  industry?: { id: string } | undefined;
  registrations?: NonNullable<Parameters<typeof giBadges>[0]['registrations']>;
  honours?: { year?: number | undefined }[];
}

export async function searchFacets(
  kind: BrandKind,
  data: FacetSource,
  locale: Locale,
): Promise<SearchFacets> {
  const county = data.county ? await getCounty(data.county.id) : undefined;
  const industry = data.industry ? await getIndustry(data.industry.id) : undefined;
  const years = [
    ...(data.registrations ?? []).map((r) => (r.date ? Number(r.date.slice(0, 4)) : undefined)),
    ...(data.honours ?? []).map((h) => h.year),
  ].filter((year): year is number => year !== undefined);
  return {
    kind: kindLabel(kind, locale),
    county: county?.data.name[locale],
    countyUnverified: county !== undefined && data.countyConfidence === 'B',
    industry: industry?.data.name[locale],
    regimes: [...new Set((data.registrations ?? []).map((r) => GI_REGIMES[r.regime][locale]))],
    // As the badges on the page: a regime is unverified when every source for it is a repost.
    unverifiedRegimes: giBadges({ registrations: data.registrations ?? [] }, locale)
      .filter((badge) => badge.confidence === 'B')
      .map((badge) => badge.label),
    year: years.length > 0 ? Math.min(...years) : undefined,
    names: data.name,
  };
}
