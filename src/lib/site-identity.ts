/**
 * The site's identifiers as the footer shows them, and which ones are missing. Pure functions of
 * a SiteConfig, so tests can pass a filled one.
 */
import type { Locale } from '../i18n/locales';
import type { SiteConfig } from '../site.config';

/** The fields a government site shows; each is missing while it is empty. */
const REQUIRED = {
  主办单位: (site: SiteConfig) => site.organizer.zh,
  承办单位: (site: SiteConfig) => site.operator.zh,
  网站标识码: (site: SiteConfig) => site.siteCode,
  ICP备案号: (site: SiteConfig) => site.icp,
  公安机关备案号: (site: SiteConfig) => site.publicSecurity,
  党政机关网站标识: (site: SiteConfig) => site.partyGovMark.image,
  联系方式: (site: SiteConfig) => site.contact.phone || site.contact.email,
  找错链接: (site: SiteConfig) => site.findErrorUrl,
} as const;

/** The names of the identifiers not configured yet (src/site.config.ts). */
export function missingIdentifiers(site: SiteConfig): string[] {
  return Object.entries(REQUIRED)
    .filter(([, read]) => !read(site).trim())
    .map(([name]) => name);
}

/** The names of the identifiers that are configured. */
export function configuredIdentifiers(site: SiteConfig): string[] {
  const missing = missingIdentifiers(site);
  return Object.keys(REQUIRED).filter((name) => !missing.includes(name));
}

export const ICP_FILING_SITE = 'https://beian.miit.gov.cn/';
export const PUBLIC_SECURITY_FILING_SITE = 'https://beian.mps.gov.cn/';

/**
 * The "report a mistake in this record" link, prefilled with the record's name and address:
 * a mailto when an email is configured, else the form with `record` and `url` in its query.
 * Undefined when neither is configured: the link would lead nowhere.
 */
export function mistakeReportHref(
  site: SiteConfig,
  locale: Locale,
  subject: string,
  record: { name: string; url: string },
): string | undefined {
  const { email, formUrl } = site.mistakeReport;
  if (email) {
    const body = `${record.name}\n${record.url}\n\n`;
    return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  if (formUrl) {
    const url = new URL(formUrl);
    url.searchParams.set('record', record.name);
    url.searchParams.set('url', record.url);
    url.searchParams.set('lang', locale);
    return url.href;
  }
  return undefined;
}
