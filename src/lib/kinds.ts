/**
 * The four kinds of brand the hall shows, each with its list page. Time-honoured brands are
 * enterprise brands honoured as 中华老字号 or 济宁老字号; they also appear among the enterprises.
 */
import type { Locale } from '../i18n/locales';
import type { Brand } from './queries';

export const BRAND_KINDS = {
  gis: { route: 'gi', zh: '地理标志', en: 'Geographical indications' },
  enterprises: { route: 'enterprises', zh: '企业品牌', en: 'Enterprise brands' },
  'regional-brands': { route: 'regional-brands', zh: '区域公用品牌', en: 'Regional public brands' },
  'time-honoured': { route: 'time-honoured', zh: '老字号', en: 'Time-honoured brands' },
} as const;

export type BrandKindKey = keyof typeof BRAND_KINDS;

export function kindName(kind: BrandKindKey, locale: Locale): string {
  return BRAND_KINDS[kind][locale];
}

const TIME_HONOURED = new Set(['china-time-honoured', 'jining-time-honoured']);

export function isTimeHonoured(brand: Brand): boolean {
  return (
    brand.collection === 'enterprises' &&
    brand.data.honours.some((honour) => TIME_HONOURED.has(honour.kind))
  );
}

/** The brands of one kind, from all brands. */
export function brandsOfKind(brands: Brand[], kind: BrandKindKey): Brand[] {
  return kind === 'time-honoured'
    ? brands.filter(isTimeHonoured)
    : brands.filter((brand) => brand.collection === kind);
}
