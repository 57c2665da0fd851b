/** What a card shows of a brand, in one language, and the line above its name there and on its page. */
import type { Locale } from '../i18n/locales';
import { contentLanguage } from '../i18n/locales';
import { entryKindLabel, type BrandCollection } from './brand-kinds';
import { getCounty, type Brand } from './queries';
import { entryPath } from './urls';

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

export async function eyebrow(
  collection: BrandCollection,
  place: Placed,
  locale: Locale,
): Promise<Eyebrow> {
  const county = place.county ? await getCounty(place.county.id) : undefined;
  return {
    text: [entryKindLabel(collection, locale), county?.data.name[contentLanguage(locale)]]
      .filter(Boolean)
      .join(' · '),
    unverified: county !== undefined && place.countyConfidence === 'B',
  };
}

export async function toCard(brand: Brand, locale: Locale) {
  return {
    href: entryPath(locale, brand.collection, brand.id),
    name: brand.data.name[contentLanguage(locale)],
    eyebrow: await eyebrow(brand.collection, brand.data, locale),
    summary: brand.data.summary[contentLanguage(locale)],
    cover: brand.data.cover,
    sample: brand.data.sample,
  };
}

export type Card = Awaited<ReturnType<typeof toCard>>;

export function toCards(brands: Brand[], locale: Locale): Promise<Card[]> {
  return Promise.all(brands.map((brand) => toCard(brand, locale)));
}
