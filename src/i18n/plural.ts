/**
 * The one plural rule of the site, for pages and browser scripts alike: a dictionary key `x` has
 * an optional `x.one` form, used where the language's own rule (Intl.PluralRules, keyed by the
 * locale's `lang`) calls the count "one". Chinese has no such form: its rule never says "one".
 */
const rules = new Map<string, Intl.PluralRules>();

export function pluralKey(
  strings: Readonly<Record<string, string>>,
  key: string,
  count: number | undefined,
  lang: string,
): string {
  if (count === undefined) return key;
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(count) === 'one' && strings[`${key}.one`] ? `${key}.one` : key;
}
