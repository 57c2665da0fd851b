/**
 * The links between brands, in both directions: a regional brand and its child enterprises and
 * GIs, an enterprise and the GIs it is licensed to use, and the news that names a brand. A link
 * written on either side shows on both pages.
 *
 * `relationsOf` gives the related entries themselves, by collection; pages count from those.
 * `linkGroups` draws them as the titled link lists of an entry page.
 */
import type { Locale } from '../i18n/locales';
import { contentLanguage } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { getHall, getNewsAbout, type Brand, type Hall } from './queries';
import { entryPath } from './urls';

/** The entries related to one brand, each list holding entries of the collection it is named by. */
export interface Relations {
  'regional-brands': Hall['regional-brands'];
  enterprises: Hall['enterprises'];
  gis: Hall['gis'];
  news: Hall['news'];
}

interface LinkGroup {
  title: string;
  links: { href: string; label: string }[];
}

export async function relationsOf(brand: Brand): Promise<Relations> {
  const hall = await getHall();
  const has = (refs: { id: string }[], id: string) => refs.some((ref) => ref.id === id);
  const relations: Relations = {
    'regional-brands': [],
    enterprises: [],
    gis: [],
    news: await getNewsAbout(brand.collection, brand.id),
  };
  if (brand.collection === 'gis') {
    relations.enterprises = hall.enterprises.filter((e) => has(e.data.gis, brand.id));
    relations['regional-brands'] = hall['regional-brands'].filter((r) =>
      has(r.data.childGis, brand.id),
    );
  } else if (brand.collection === 'enterprises') {
    relations.gis = hall.gis.filter((gi) => has(brand.data.gis, gi.id));
    relations['regional-brands'] = hall['regional-brands'].filter(
      (r) => has(brand.data.regionalBrands, r.id) || has(r.data.childEnterprises, brand.id),
    );
  } else {
    relations.enterprises = hall.enterprises.filter(
      (e) => has(brand.data.childEnterprises, e.id) || has(e.data.regionalBrands, brand.id),
    );
    relations.gis = hall.gis.filter((gi) => has(brand.data.childGis, gi.id));
  }
  return relations;
}

/** The related entries as link groups, in page order; a group with no links is left out. */
export function linkGroups(relations: Relations, locale: Locale): LinkGroup[] {
  const t = useTranslations(locale);
  const toLink = (b: Brand) => ({
    href: entryPath(locale, b.collection, b.id),
    label: b.data.name[contentLanguage(locale)],
  });
  return [
    { title: t('entry.regionalBrandsOf'), links: relations['regional-brands'].map(toLink) },
    { title: t('nav.enterprises'), links: relations.enterprises.map(toLink) },
    { title: t('nav.gis'), links: relations.gis.map(toLink) },
    {
      title: t('entry.news'),
      links: relations.news.map((item) => ({
        href: entryPath(locale, 'news', item.id),
        label: item.data.title[contentLanguage(locale)],
      })),
    },
  ].filter((group) => group.links.length > 0);
}
