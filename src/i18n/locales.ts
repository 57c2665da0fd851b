/**
 * The one table of the site's languages. Astro's i18n config, every getStaticPaths and the
 * language switch read it. Chinese is the default and lives at the root; English under /en/.
 */
export const LOCALES = {
  zh: { lang: 'zh-CN', label: '中文', pathPrefix: '' },
  en: { lang: 'en', label: 'English', pathPrefix: 'en' },
} as const;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'zh';

export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
