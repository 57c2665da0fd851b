/** The exhibitions in their order, each with the cover of the GI that leads it. */
import { getHall } from './queries';
import { localePath } from './urls';
import type { Locale } from '../i18n/locales';

export async function getExhibitions() {
  const { exhibitions, gis } = await getHall();
  return [...exhibitions]
    .sort((a, b) => a.data.order - b.data.order)
    .map((exhibition) => {
      const lead = gis.find((gi) => gi.id === exhibition.data.coverGi.id);
      // The integrity check has already named a coverGi that is not a GI.
      if (!lead) throw new Error(`exhibitions/${exhibition.id}: coverGi is not a GI`);
      return { ...exhibition, cover: lead.data.cover };
    });
}

export type ExhibitionWithCover = Awaited<ReturnType<typeof getExhibitions>>[number];

export function exhibitionPath(locale: Locale, id?: string): string {
  return localePath(locale, id ? `exhibitions/${id}` : 'exhibitions');
}
