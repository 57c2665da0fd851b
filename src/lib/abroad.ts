/** GIs protected outside China, and the address of the list of each jurisdiction's. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { INTERNATIONAL_PROTECTION } from '../content-model/schemas/vocabulary';
import { localePath } from './urls';

export type Jurisdiction = keyof typeof INTERNATIONAL_PROTECTION;

export function protectedAbroad<G extends CollectionEntry<'gis'>>(
  gis: G[],
  jurisdiction: Jurisdiction,
): G[] {
  return gis.filter((gi) =>
    gi.data.internationalProtection.some((item) => item.jurisdiction === jurisdiction),
  );
}

/** `/gi/abroad/eu/`: the GIs protected in the EU. */
export function abroadPath(locale: Locale, jurisdiction: Jurisdiction): string {
  return localePath(locale, `gi/abroad/${jurisdiction}`);
}
