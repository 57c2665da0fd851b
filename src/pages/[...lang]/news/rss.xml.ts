/** The news as an RSS 2.0 feed, one per language: /news/rss.xml and /en/news/rss.xml. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { contentLanguage, LOCALES, type Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/ui';
import { getNews } from '../../../lib/queries';
import { entryPath, localeParams, localePath } from '../../../lib/urls';

export const getStaticPaths = localeParams;

/** A news date is YYYY, YYYY-MM or YYYY-MM-DD; a feed needs a day, so a month or year starts it. */
const pubDate = (date: string) => new Date(`${date}-01-01`.slice(0, 10));

export async function GET(context: APIContext) {
  const { locale } = context.props as { locale: Locale };
  const t = useTranslations(locale);
  const site = context.site ?? new URL(import.meta.env.SITE);
  const news = await getNews();
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('news.lead'),
    site: new URL(localePath(locale, 'news'), site).href,
    customData: `<language>${LOCALES[locale].lang}</language>`,
    items: news.map((item) => ({
      title: item.data.title[contentLanguage(locale)],
      description: item.data.summary[contentLanguage(locale)],
      link: entryPath(locale, 'news', item.id),
      pubDate: pubDate(item.data.date),
    })),
  });
}
