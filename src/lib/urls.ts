/** Every internal address of the site, in one place. Paths end in a slash (trailingSlash: always). */
import { LOCALES, LOCALE_CODES, type Locale } from '../i18n/locales';
import { BRAND_KINDS, type BrandCollection } from './brand-kinds';

/** The address of `path` in `locale`: `/gi/` in Chinese, `/en/gi/` in English. */
export function localePath(locale: Locale, path = ''): string {
  // Not astro:i18n's getRelativeLocaleUrl: with it imported here, the build linked the data page's
  // stylesheet (4.3 KB, render-blocking) from most other pages as well.
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  const parts = [LOCALES[locale].pathPrefix, trimmed].filter(Boolean).join('/');
  return parts ? `/${parts}/` : '/';
}

/** The `[...lang]` parameter of a page in `locale`: its path prefix, none for the default. */
function langParam(locale: Locale): string | undefined {
  return LOCALES[locale].pathPrefix || undefined;
}

/** The same page in another language. */
export function switchLocale(pathname: string, to: Locale): string {
  return localePath(to, stripLocale(pathname));
}

/** A path without its language prefix: `/en/gi/x/` → `gi/x`. */
export function stripLocale(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0];
  if (LOCALE_CODES.some((code) => LOCALES[code].pathPrefix === first && first !== '')) {
    segments.shift();
  }
  return segments.join('/');
}

/** The route segment of each collection that has detail pages: a brand collection's is its kind's. */
export const COLLECTION_ROUTES = {
  enterprises: BRAND_KINDS.enterprises.route,
  gis: BRAND_KINDS.gis.route,
  'regional-brands': BRAND_KINDS['regional-brands'].route,
  news: 'news',
  counties: 'counties',
  industries: 'industries',
} as const satisfies Record<BrandCollection | 'news' | 'counties' | 'industries', string>;

export type RoutedCollection = keyof typeof COLLECTION_ROUTES;

export function entryPath(locale: Locale, collection: RoutedCollection, id: string): string {
  return localePath(locale, `${COLLECTION_ROUTES[collection]}/${id}`);
}

/** getStaticPaths params for a page that exists in every language: `[...lang]`. */
export function localeParams() {
  return LOCALE_CODES.map((locale) => ({
    params: { lang: langParam(locale) },
    props: { locale },
  }));
}

/** getStaticPaths for a page per item in every language: `[...lang]` and `locale` added to each. */
export function localePages<Item, Params extends Record<string, string>, Props extends object>(
  items: readonly Item[],
  page: (item: Item) => { params: Params; props: Props },
) {
  return LOCALE_CODES.flatMap((locale) =>
    items.map((item) => {
      const { params, props } = page(item);
      return { params: { lang: langParam(locale), ...params }, props: { locale, ...props } };
    }),
  );
}

/** The RSS feed of the news in `locale`: `/news/rss.xml`, `/en/news/rss.xml`. */
export function feedPath(locale: Locale): string {
  return `${localePath(locale, 'news')}rss.xml`;
}
