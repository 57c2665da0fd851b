/**
 * Every key of the dictionary is used, and the tables that name things on the page (brand kinds,
 * search facets and sorts) take their words from it rather than carrying their own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRAND_KINDS, BRAND_KIND_KEYS, entryKindLabel, kindName } from '../lib/brand-kinds';
import { FACETS, SORT_ORDERS } from '../lib/search/contract';
import { LOCALE_CODES } from './locales';
import zh from './ui/zh';
import { useTranslations } from './ui';

const KEYS = Object.keys(zh);
const DICTIONARIES = join('src', 'i18n', 'ui');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === DICTIONARIES ? [] : sources(path);
    return /\.(ts|astro|mdx?)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the dictionary', () => {
  const code = sources('src').map((path) => readFileSync(path, 'utf8'));
  const quoted = new Set(
    code.flatMap((text) => [...text.matchAll(/'([a-z][\w.-]*)'/gi)].map((m) => m[1]!)),
  );
  // Keys built in a template, as `data.collection.${collection}`: the prefix and one more part.
  const prefixes = new Set(
    code.flatMap((text) => [...text.matchAll(/`([a-z][\w.-]*\.)\$\{/gi)].map((m) => m[1]!)),
  );
  const used = (key: string) =>
    quoted.has(key) ||
    // A plural variant: the translator picks `x.one` when it is given `x` and a count of 1.
    (key.endsWith('.one') && quoted.has(key.slice(0, -'.one'.length))) ||
    [...prefixes].some(
      (prefix) => key.startsWith(prefix) && !key.slice(prefix.length).includes('.'),
    );

  it('has no key that no page, component or script uses', () => {
    expect(KEYS.filter((key) => !used(key))).toEqual([]);
  });
});

describe('the tables of visible names', () => {
  it('name each brand kind from the dictionary, in every language', () => {
    for (const kind of BRAND_KIND_KEYS) {
      const { name, nav, lead } = BRAND_KINDS[kind];
      for (const key of [name, nav, lead]) expect(KEYS).toContain(key);
      for (const locale of LOCALE_CODES) {
        expect(kindName(kind, locale)).toBe(useTranslations(locale)(name));
      }
    }
    for (const collection of ['gis', 'enterprises', 'regional-brands'] as const) {
      expect(KEYS).toContain(BRAND_KINDS[collection].entry);
      expect(entryKindLabel(collection, 'en')).toBe(
        useTranslations('en')(BRAND_KINDS[collection].entry),
      );
    }
  });

  it('carry no words of their own: every string is a key, a collection, a route or an honour', () => {
    const words = BRAND_KIND_KEYS.flatMap((kind) => {
      const { collection: _, route: __, name, nav, lead, ...rest } = BRAND_KINDS[kind];
      const entry = 'entry' in rest ? [rest.entry] : [];
      return [name, nav, lead, ...entry];
    });
    expect(words.filter((key) => !KEYS.includes(key))).toEqual([]);
    const search = [
      ...Object.values(FACETS).map((facet) => facet.legend),
      ...Object.values(SORT_ORDERS).map((sort) => sort.label),
    ];
    expect(search.filter((key) => !KEYS.includes(key))).toEqual([]);
  });
});
