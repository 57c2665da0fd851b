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

/** "地理标志 · 金乡县": the line above a brand's name. */
export async function eyebrow(kind: BrandKind, countyId: string | undefined, locale: Locale) {
  const county = countyId ? await getCounty(countyId) : undefined;
  return [kindLabel(kind, locale), county?.data.name[locale]].filter(Boolean).join(' · ');
}
