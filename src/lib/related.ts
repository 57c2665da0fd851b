/**
 * The links between brands, in both directions: a regional brand and its child enterprises and
 * GIs, an enterprise and the GIs it is licensed to use, and the news that names a brand. A link
 * written on either side shows on both pages.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { getHall, getNewsAbout, type Brand } from './queries';
import { entryPath } from './urls';

interface LinkGroup {
  title: string;
  links: { href: string; label: string }[];
}

export async function relatedGroups(brand: Brand, locale: Locale): Promise<LinkGroup[]> {
  const t = useTranslations(locale);
  const hall = await getHall();
  const has = (refs: { id: string }[], id: string) => refs.some((ref) => ref.id === id);
  let enterprises: Brand[] = [];
  let gis: Brand[] = [];
  let regionalBrands: Brand[] = [];
  if (brand.collection === 'gis') {
    enterprises = hall.enterprises.filter((e) => has(e.data.gis, brand.id));
    regionalBrands = hall['regional-brands'].filter((r) => has(r.data.childGis, brand.id));
  } else if (brand.collection === 'enterprises') {
    gis = hall.gis.filter((gi) => has(brand.data.gis, gi.id));
    regionalBrands = hall['regional-brands'].filter(
      (r) => has(brand.data.regionalBrands, r.id) || has(r.data.childEnterprises, brand.id),
    );
  } else {
    enterprises = hall.enterprises.filter(
      (e) => has(brand.data.childEnterprises, e.id) || has(e.data.regionalBrands, brand.id),
    );
    gis = hall.gis.filter((gi) => has(brand.data.childGis, gi.id));
  }
  const toLink = (b: Brand) => ({
    href: entryPath(locale, b.collection, b.id),
    label: b.data.name[locale],
  });
  const news = await getNewsAbout(brand.collection, brand.id);
  return [
    { title: t('entry.regionalBrandsOf'), links: regionalBrands.map(toLink) },
    { title: t('nav.enterprises'), links: enterprises.map(toLink) },
    { title: t('nav.gis'), links: gis.map(toLink) },
    {
      title: t('entry.news'),
      links: news.map((item) => ({
        href: entryPath(locale, 'news', item.id),
        label: item.data.title[locale],
      })),
    },
  ].filter((group) => group.links.length > 0);
}
