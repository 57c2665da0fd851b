/**
 * The one table of the site's languages. Astro's i18n config, every getStaticPaths and the
 * language switch read it. Chinese is the default and lives at the root; English under /en/.
 */
export const LOCALES = {
  zh: { lang: 'zh-CN', label: '中文', pathPrefix: '' },
  // Numbers and dates in English are written the British way: 10 September 2018.
  en: { lang: 'en', label: 'English', pathPrefix: 'en', formats: 'en-GB' },
} as const satisfies Record<
  string,
  { lang: string; label: string; pathPrefix: string; formats?: string }
>;

/** The locale Intl formats numbers and dates with: `formats`, or else the page's `lang`. */
export function formatLocale(locale: Locale): string {
  const entry: { lang: string; formats?: string } = LOCALES[locale];
  return entry.formats ?? entry.lang;
}

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'zh';

export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** The language a page offers besides its own (the language switch, the other-language name). */
export function otherLocale(locale: Locale): Locale {
  return LOCALE_CODES.find((code) => code !== locale) ?? locale;
}
