/**
 * Turns an entry's sourced fields (registrations, protected area, holder, facts) into one list
 * of rows for the fact table, each with its source and confidence; honours go to the timeline.
 */
import type { Locale, ContentLanguage } from '../i18n/locales';
import { contentLanguage } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import {
  GI_REGIMES,
  HONOUR_KINDS,
  INTERNATIONAL_PROTECTION,
} from '../content-model/schemas/vocabulary';

type Text = Record<ContentLanguage, string>;

export interface Source {
  title?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  document?: string | undefined;
  date?: string | undefined;
}

export interface FactRow {
  label: string;
  value: string;
  date?: string | undefined;
  source: Source;
  confidence: 'A' | 'B';
}

interface Sourced {
  source: Source;
  confidence: 'A' | 'B';
}

interface SourcedFields {
  registrations?: (Sourced & {
    regime: keyof typeof GI_REGIMES;
    date?: string | undefined;
    registrationNumber?: string | undefined;
    holder?: Text | undefined;
    detail?: Text | undefined;
  })[];
  internationalProtection?: (Sourced & {
    jurisdiction: keyof typeof INTERNATIONAL_PROTECTION;
    date?: string | undefined;
    detail?: Text | undefined;
  })[];
  protectedArea?: (Sourced & { text: Text }) | undefined;
  holder?: (Sourced & { name: Text }) | undefined;
  honours?: (Sourced & {
    kind: keyof typeof HONOUR_KINDS;
    title?: Text | undefined;
    year?: number | undefined;
  })[];
  facts?: (Sourced & { label: Text; value: Text; date?: string | undefined })[];
}

export function factRows(fields: SourcedFields, locale: Locale): FactRow[] {
  const t = useTranslations(locale);
  const rows: FactRow[] = [];
  for (const item of fields.registrations ?? []) {
    const parts = [
      GI_REGIMES[item.regime][contentLanguage(locale)],
      item.detail?.[contentLanguage(locale)],
    ].filter(Boolean);
    if (item.registrationNumber) {
      parts.push(`${t('entry.registrationNumber')} ${item.registrationNumber}`);
    }
    if (item.holder) {
      parts.push(`${t('fact.registrationHolder')} ${item.holder[contentLanguage(locale)]}`);
    }
    rows.push({
      ...item,
      label: t('fact.registration'),
      value: parts.join(t('text.semicolon')),
    });
  }
  for (const item of fields.internationalProtection ?? []) {
    const { jurisdiction, detail, ...sourced } = item;
    rows.push({
      ...sourced,
      label: t('fact.internationalProtection'),
      value: [
        INTERNATIONAL_PROTECTION[jurisdiction][contentLanguage(locale)],
        detail?.[contentLanguage(locale)],
      ]
        .filter(Boolean)
        .join(t('text.colon')),
    });
  }
  if (fields.protectedArea) {
    const { text, ...sourced } = fields.protectedArea;
    rows.push({
      ...sourced,
      label: t('entry.protectedArea'),
      value: text[contentLanguage(locale)],
    });
  }
  if (fields.holder) {
    const { name, ...sourced } = fields.holder;
    rows.push({ ...sourced, label: t('entry.holder'), value: name[contentLanguage(locale)] });
  }
  for (const item of fields.facts ?? []) {
    rows.push({
      ...item,
      label: item.label[contentLanguage(locale)],
      value: item.value[contentLanguage(locale)],
    });
  }
  return rows;
}

/** The honours of an entry for its timeline, titled in one language. */
export function honourItems(honours: NonNullable<SourcedFields['honours']>, locale: Locale) {
  return honours.map((honour) => ({
    year: honour.year,
    title:
      honour.title?.[contentLanguage(locale)] ?? HONOUR_KINDS[honour.kind][contentLanguage(locale)],
    source: honour.source,
    confidence: honour.confidence,
  }));
}

/** Honours in the order they were given; undated ones last. */
export function byYear<T extends { year?: number | undefined }>(honours: T[]): T[] {
  return [...honours].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
}

/** A badge under an entry's summary: a GI regime or a protection abroad, with its confidence. */
export interface Badge {
  label: string;
  /** A when at least one source for it is original; B when every source is a repost. */
  confidence: 'A' | 'B';
}

/** The badges of a GI: one per regime and per jurisdiction abroad, B only if every source is. */
export function giBadges(
  fields: Pick<SourcedFields, 'registrations' | 'internationalProtection'>,
  locale: Locale,
): Badge[] {
  const badges = new Map<string, Badge['confidence']>();
  const note = (label: string, confidence: Badge['confidence']) =>
    badges.set(label, badges.get(label) === 'A' ? 'A' : confidence);
  for (const item of fields.registrations ?? []) {
    note(GI_REGIMES[item.regime][contentLanguage(locale)], item.confidence);
  }
  for (const item of fields.internationalProtection ?? []) {
    note(INTERNATIONAL_PROTECTION[item.jurisdiction][contentLanguage(locale)], item.confidence);
  }
  return [...badges].map(([label, confidence]) => ({ label, confidence }));
}
