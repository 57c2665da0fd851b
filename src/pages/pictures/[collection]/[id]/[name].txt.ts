/**
 * /pictures/<collection>/<id>/<name>.txt: the sidecar of a record's picture (src/lib/pictures.ts):
 * its credit, licence, kind (illustration or photograph), size and where it comes from, in both
 * languages. Linked beside the picture's full-size download on the record page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALE_CODES, type Locale } from '../../../../i18n/locales';
import { getHall } from '../../../../lib/queries';
import {
  pictureFileName,
  recordPictures,
  sidecarText,
  type NamedPicture,
} from '../../../../lib/pictures';
import { COLLECTION_ROUTES, entryPath } from '../../../../lib/urls';

interface Props {
  named: NamedPicture;
  record: {
    name: Record<Locale, string>;
    urls: Record<Locale, string>;
    fileNames: Record<Locale, string>;
  };
}

const byLocale = <T>(make: (locale: Locale) => T) =>
  Object.fromEntries(LOCALE_CODES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;

export const getStaticPaths = (async () => {
  const hall = await getHall();
  const brands = [...hall.gis, ...hall.enterprises, ...hall['regional-brands']];
  return brands.flatMap((brand) =>
    recordPictures(brand.data).map((named) => ({
      params: { collection: COLLECTION_ROUTES[brand.collection], id: brand.id, name: named.name },
      props: {
        named,
        record: {
          name: brand.data.name,
          urls: byLocale(
            (locale) =>
              new URL(entryPath(locale, brand.collection, brand.id), import.meta.env.SITE).href,
          ),
          fileNames: byLocale((locale) => pictureFileName(brand.id, named, locale)),
        },
      } satisfies Props,
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(sidecarText(props.named, props.record), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
