/**
 * UI strings: flat dotted keys, one file per language. The Chinese file lists every key; a schema
 * built from that list checks every other language when this module loads, so a missing or empty
 * translation fails the build with the key's name.
 */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from './locales';
import { pluralKey } from './plural';
import zh from './ui/zh';

export type UiKey = keyof typeof zh;
export type UiStrings = Record<UiKey, string>;

const uiSchema = z
  .object(
    Object.fromEntries(
      Object.keys(zh).map((key) => [
        key,
        z
          .string({ error: `translation missing for "${key}"` })
          .min(1, `translation empty for "${key}"`),
      ]),
    ),
  )
  .strict();

export function checkUiStrings(locale: Locale, strings: Record<string, string>): UiStrings {
  const result = uiSchema.safeParse(strings);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issue.message).join('; ');
    throw new Error(`src/i18n/ui/${locale}.ts: ${problems}`);
  }
  return strings as UiStrings;
}

// One file per locale of the table, named by its code: src/i18n/ui/<code>.ts.
const files = import.meta.glob<{ default: Record<string, string> }>('./ui/*.ts', { eager: true });
const dictionaries = Object.fromEntries(
  Object.keys(LOCALES).map((locale) => {
    const file = files[`./ui/${locale}.ts`];
    if (!file) throw new Error(`src/i18n/ui/${locale}.ts is missing: every locale needs its words`);
    return [locale, checkUiStrings(locale as Locale, file.default)];
  }),
) as Record<Locale, UiStrings>;

/**
 * The translator for one language: `t('collection.count', { count: 3 })`. A key with a `.one`
 * variant uses it where the language's plural rule says "one" ("1 entry", not "1 entries").
 */
export function useTranslations(locale: Locale) {
  const strings: Record<string, string> = dictionaries[locale];
  return (key: UiKey, params: Record<string, string | number> = {}): string => {
    const count = typeof params['count'] === 'number' ? params['count'] : undefined;
    const template = strings[pluralKey(strings, key, count, LOCALES[locale].lang)] || key;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  };
}

export type Translate = ReturnType<typeof useTranslations>;
