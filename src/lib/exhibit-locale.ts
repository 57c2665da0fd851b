/**
 * The language of the page an exhibition component is drawn on. MDX passes components only the
 * props written in the text, so they read the page's language from Astro's i18n routing.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales';

export function exhibitLocale(currentLocale: string | undefined): Locale {
  const code = currentLocale ?? DEFAULT_LOCALE;
  if (!(LOCALE_CODES as string[]).includes(code)) {
    throw new Error(`An exhibition was drawn for the unknown language "${code}"`);
  }
  return code as Locale;
}
