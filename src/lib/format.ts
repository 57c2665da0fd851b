/** Formatting of dates and numbers for each language. */
import { contentLanguage, formatLocale, type Locale } from '../i18n/locales';

/** "2018年9月10日" / "10 September 2018", from YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatPartialDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (contentLanguage(locale) === 'zh') {
    return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  }
  if (!month) return String(year);
  const value = new Date(Date.UTC(year ?? 0, month - 1, day ?? 1));
  return value.toLocaleDateString(formatLocale(locale), {
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(formatLocale(locale));
}

/** A file size as people read it: "860 B", "12.4 KB", "1.2 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const number = (value: number) =>
    value.toLocaleString(formatLocale(locale), { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}
