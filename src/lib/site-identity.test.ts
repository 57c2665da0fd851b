import { describe, expect, it } from 'vitest';
import { SITE, type SiteConfig } from '../site.config';
import { configuredIdentifiers, missingIdentifiers, mistakeReportHref } from './site-identity';

const filled: SiteConfig = {
  ...SITE,
  organizer: { zh: '某单位', en: 'A body' },
  icp: '鲁ICP备00000000号',
  mistakeReport: { email: '', formUrl: '' },
  dataLicence: { name: '', url: '' },
};
const record = { name: '金乡大蒜', url: 'https://brands.jining.example/gi/jinxiang-dasuan/' };

describe('site identifiers', () => {
  it('the seed config invents none: every identifier is missing', () => {
    expect(configuredIdentifiers(SITE)).toEqual([]);
    expect(missingIdentifiers(SITE)).toContain('ICP备案号');
  });
  it('a configured identifier is no longer missing', () => {
    expect(configuredIdentifiers(filled)).toEqual(['主办单位', 'ICP备案号']);
    expect(missingIdentifiers(filled)).not.toContain('主办单位');
  });
});

describe('mistakeReportHref', () => {
  it('is absent while neither an email nor a form is configured', () => {
    expect(mistakeReportHref(filled, 'zh', '记录有误', record)).toBeUndefined();
  });
  it('prefills a mailto with the record name and address', () => {
    const site = { ...filled, mistakeReport: { email: 'errata@example.org', formUrl: '' } };
    const href = mistakeReportHref(site, 'zh', '记录有误：金乡大蒜', record)!;
    expect(href.startsWith('mailto:errata@example.org?subject=')).toBe(true);
    const body = decodeURIComponent(new URL(href).searchParams.get('body')!);
    expect(body).toContain('金乡大蒜');
    expect(body).toContain(record.url);
  });
  it('puts the record name and address in a form address', () => {
    const site = {
      ...filled,
      mistakeReport: { email: '', formUrl: 'https://forms.example.org/r' },
      dataLicence: { name: '', url: '' },
    };
    const url = new URL(mistakeReportHref(site, 'en', 'x', record)!);
    expect(url.searchParams.get('record')).toBe('金乡大蒜');
    expect(url.searchParams.get('url')).toBe(record.url);
  });
});
