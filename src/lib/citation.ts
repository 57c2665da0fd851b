/**
 * Citations of a record page in the two forms its readers use: GB/T 7714-2015 for an electronic
 * resource (Chinese newspapers and journals) and APA 7 for a web page (English). Pure text, so
 * the page, its copy button and the tests build the same string.
 */
import type { Locale } from '../i18n/locales';

export interface CitedPage {
  /** Who is responsible for the page: the site, as a group author. */
  author: string;
  /** The author in English, added in square brackets when an APA citation names a Chinese author. */
  authorEn?: string | undefined;
  title: string;
  /** The title in English, added in square brackets when an APA citation cites a Chinese page. */
  titleEn?: string | undefined;
  /** The page's language: APA adds translations only for a page that is not in English. */
  locale: Locale;
  /** When the record last changed (YYYY-MM-DD), when known. */
  updated?: string | undefined;
  /** The date the reader looked at the page (YYYY-MM-DD). */
  accessed: string;
  url: string;
}

/** GB/T 7714-2015, 8.1 and 4.4 (电子资源): 责任者. 题名[EB/OL]. (更新日期)[引用日期]. URL. */
export function gbt7714(page: CitedPage): string {
  const updated = page.updated ? `(${page.updated})` : '';
  return `${page.author}. ${page.title}[EB/OL]. ${updated}[${page.accessed}]. ${page.url}.`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(iso: string): { year: string; month: string; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`citation: "${iso}" is not a date as YYYY-MM-DD`);
  return { year: match[1]!, month: MONTHS[Number(match[2]) - 1]!, day: Number(match[3]) };
}

/** APA's date of a web page: (2026, December 3), or (n.d.) when the page has none. */
export function apaDate(iso: string | undefined): string {
  if (!iso) return 'n.d.';
  const { year, month, day } = parts(iso);
  return `${year}, ${month} ${day}`;
}

/** APA's retrieval date: December 3, 2026. */
export function apaRetrieved(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${month} ${day}, ${year}`;
}

/**
 * APA 7, a page on a website whose author is the site (so the site name is not repeated):
 * Author. (Date). *Title*. Retrieved Month D, YYYY, from URL
 * A Chinese page keeps its author and title and adds their English in square brackets.
 * Returns the pieces, so the page can set the title in italics.
 */
export function apa7(page: CitedPage): { before: string; title: string; after: string } {
  // Any page but an English one gives the English author and title too. (No locale table here:
  // this runs in the page's copy button, kept small.)
  const translated = page.locale !== 'en';
  const author = translated && page.authorEn ? `${page.author} [${page.authorEn}]` : page.author;
  const titleNote = translated && page.titleEn ? ` [${page.titleEn}]` : '';
  return {
    before: `${author}. (${apaDate(page.updated)}). `,
    title: page.title,
    after: `${titleNote}. Retrieved ${apaRetrieved(page.accessed)}, from ${page.url}`,
  };
}

/** The APA citation as plain text (the title's italics lost). */
export function apa7Text(page: CitedPage): string {
  const { before, title, after } = apa7(page);
  return `${before}${title}${after}`;
}
