/** What a card shows of a brand, in one language, and the line above its name there and on its page. */
import type { Locale } from '../i18n/locales';
import { entryKindLabel, type BrandCollection } from './brand-kinds';
import { getCounty, type Brand } from './queries';
import { entryPath } from './urls';

/** "地理标志 · 金乡县": the line above a brand's name. */
export async function eyebrow(
  collection: BrandCollection,
  countyId: string | undefined,
  locale: Locale,
): Promise<string> {
  const county = countyId ? await getCounty(countyId) : undefined;
  return [entryKindLabel(collection, locale), county?.data.name[locale]]
    .filter(Boolean)
    .join(' · ');
}

export async function toCard(brand: Brand, locale: Locale) {
  return {
    href: entryPath(locale, brand.collection, brand.id),
    name: brand.data.name[locale],
    eyebrow: await eyebrow(brand.collection, brand.data.county?.id, locale),
    summary: brand.data.summary[locale],
    cover: brand.data.cover,
    sample: brand.data.sample,
  };
}

export type Card = Awaited<ReturnType<typeof toCard>>;

export function toCards(brands: Brand[], locale: Locale): Promise<Card[]> {
  return Promise.all(brands.map((brand) => toCard(brand, locale)));
}
