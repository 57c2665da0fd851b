/**
 * The one table of the site's languages. Astro's i18n config, every getStaticPaths and the
 * language switch read it. Chinese is the default and lives at the root; English under /en/.
 */
export const LOCALES = {
  zh: { lang: 'zh-CN', label: '中文', pathPrefix: '', content: 'zh' },
  // Numbers and dates in English are written the British way: 10 September 2018.
  en: { lang: 'en', label: 'English', pathPrefix: 'en', content: 'en', formats: 'en-GB' },
} as const satisfies Record<
  string,
  {
    lang: string;
    label: string;
    /** The path segment of its pages; the same as its code, or '' for the default. */
    pathPrefix: string;
    /** Which of the content's languages its pages show (a new locale may show one of them). */
    content: ContentLanguage;
    formats?: string;
  }
>;

/** The languages the content is written in: every text field has both (src/content-model/). */
export type ContentLanguage = 'zh' | 'en';

/** The content's language a locale's pages show: `name[contentLanguage(locale)]`. */
export function contentLanguage(locale: Locale): ContentLanguage {
  return LOCALES[locale].content;
}

/** The locale Intl formats numbers and dates with: `formats`, or else the page's `lang`. */
export function formatLocale(locale: Locale): string {
  const entry: { lang: string; formats?: string } = LOCALES[locale];
  return entry.formats ?? entry.lang;
}

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'zh';

export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** A locale's language named in English, for the open data's descriptions: Chinese, English. */
export function englishName(locale: Locale): string {
  // The region is left out (zh-CN is "Chinese"), a script is not (zh-Hant: "Traditional Chinese").
  const { language, script } = new Intl.Locale(LOCALES[locale].lang);
  const names = new Intl.DisplayNames('en', { type: 'language' });
  return names.of(script ? `${language}-${script}` : language)!;
}

/** The content's language a page shows second: the name under the name, the kiosk's second line. */
export function otherContentLanguage(locale: Locale): ContentLanguage {
  return contentLanguage(locale) === 'zh' ? 'en' : 'zh';
}

/** The first locale that shows a content language: its `lang` and dictionary go with that text. */
export function contentLocale(language: ContentLanguage): Locale {
  return LOCALE_CODES.find((code) => LOCALES[code].content === language)!;
}

/** The locale Astro's i18n routing found for a page (`Astro.currentLocale`); fails on any other. */
export function toLocale(code: string | undefined): Locale {
  const found = code ?? DEFAULT_LOCALE;
  if (!(LOCALE_CODES as string[]).includes(found)) {
    throw new Error(`A page was drawn for the unknown language "${found}" (src/i18n/locales.ts)`);
  }
  return found as Locale;
}
