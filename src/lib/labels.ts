/** Short labels pages show about an entry: its kind and county, in one language. */
import type { Locale } from '../i18n/locales';
import { GI_CATEGORIES } from '../schemas/vocabulary';
import { getCounty } from './queries';

const KIND = {
  gis: { zh: '地理标志', en: 'Geographical indication' },
  enterprises: { zh: '企业品牌', en: 'Enterprise brand' },
  'regional-brands': { zh: '区域公用品牌', en: 'Regional public brand' },
} as const;

export type BrandKind = keyof typeof KIND;

export function kindLabel(kind: BrandKind, locale: Locale): string {
  return KIND[kind][locale];
}

export function categoryLabel(category: keyof typeof GI_CATEGORIES, locale: Locale): string {
  return GI_CATEGORIES[category][locale];
}

/** Where an entry is: its county, and how far the source that names it can be trusted. */
export interface Placed {
  county?: { id: string } | undefined;
  countyConfidence?: 'A' | 'B' | undefined;
}

/** The line above a brand's name, "地理标志 · 金乡县"; `unverified` when its county is B. */
export interface Eyebrow {
  text: string;
  unverified: boolean;
}

export async function eyebrow(kind: BrandKind, place: Placed, locale: Locale): Promise<Eyebrow> {
  const county = place.county ? await getCounty(place.county.id) : undefined;
  return {
    text: [kindLabel(kind, locale), county?.data.name[locale]].filter(Boolean).join(' · '),
    unverified: county !== undefined && place.countyConfidence === 'B',
  };
}
