/**
 * Every page's language, once: from Astro's i18n routing (the path's locale prefix), with its
 * translator, on `Astro.locals`, so components read it there instead of taking it as a prop.
 */
import { defineMiddleware } from 'astro:middleware';
import { toLocale } from './i18n/locales';
import { useTranslations } from './i18n/ui';

export const onRequest = defineMiddleware((context, next) => {
  const locale = toLocale(context.currentLocale);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
