/** What a card shows of a brand, in one language. */
import type { Locale } from '../i18n/locales';
import { eyebrow } from './labels';
import type { Brand } from './queries';
import { entryPath } from './urls';

export async function toCard(brand: Brand, locale: Locale) {
  return {
    href: entryPath(locale, brand.collection, brand.id),
    name: brand.data.name[locale],
    eyebrow: await eyebrow(brand.collection, brand.data, locale),
    summary: brand.data.summary[locale],
    cover: brand.data.cover,
    sample: brand.data.sample,
  };
}

export type Card = Awaited<ReturnType<typeof toCard>>;

export function toCards(brands: Brand[], locale: Locale): Promise<Card[]> {
  return Promise.all(brands.map((brand) => toCard(brand, locale)));
}
