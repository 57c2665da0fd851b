declare namespace App {
  interface Locals {
    /** The page's language (src/middleware.ts). */
    locale: import('./i18n/locales').Locale;
    /** The page's translator: `t('search.placeholder')`. */
    t: import('./i18n/ui').Translate;
  }
}
