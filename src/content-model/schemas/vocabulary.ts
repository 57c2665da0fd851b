/**
 * Every closed list the content model uses, each with its labels in both languages.
 * Schemas build their enums from these keys; pages take their labels from here.
 */
import type { ContentLanguage } from '../../i18n/locales';

type Vocabulary = Record<string, Record<ContentLanguage, string>>;

export const CONFIDENCE = {
  A: { zh: '原始来源', en: 'Original source' },
  B: { zh: '转载来源，未经核实', en: 'Repost, unverified' },
} as const satisfies Vocabulary;

export const GI_REGIMES = {
  'protected-product': { zh: '地理标志保护产品', en: 'Protected GI product' },
  'certification-mark': { zh: '地理标志证明商标', en: 'GI certification mark' },
  'collective-mark': { zh: '地理标志集体商标', en: 'GI collective mark' },
  // Some sources say "地理标志商标" without saying which of the two kinds of mark it is.
  'gi-mark': { zh: '地理标志商标', en: 'GI trademark (kind not stated)' },
  'agricultural-product': { zh: '农产品地理标志', en: 'Agricultural-product GI' },
  // Some sources say "地理标志产品" without saying under which regime it is registered.
  'gi-product': { zh: '地理标志产品（类别未注明）', en: 'GI product (regime not stated)' },
} as const satisfies Vocabulary;

/** Protection of a Jining GI outside China, by the jurisdiction that grants it. */
export const INTERNATIONAL_PROTECTION = {
  eu: { zh: '欧盟地理标志保护', en: 'Protected GI in the EU' },
} as const satisfies Vocabulary;

export const GI_CATEGORIES = {
  grain: { zh: '粮油', en: 'Grain' },
  vegetable: { zh: '蔬菜', en: 'Vegetables' },
  fruit: { zh: '果品', en: 'Fruit' },
  aquatic: { zh: '水产', en: 'Aquatic products' },
  poultry: { zh: '禽类', en: 'Poultry' },
  livestock: { zh: '畜类', en: 'Livestock' },
  fungi: { zh: '食用菌', en: 'Edible fungi' },
  'processed-food': { zh: '加工食品', en: 'Processed food' },
  craft: { zh: '工艺品', en: 'Crafts' },
  'plant-material': { zh: '经济作物', en: 'Plant materials' },
} as const satisfies Vocabulary;

export const HONOUR_KINDS = {
  'well-known-mark': { zh: '中国驰名商标', en: 'China Well-known Trademark' },
  'china-time-honoured': { zh: '中华老字号', en: 'China Time-honoured Brand' },
  'jining-time-honoured': { zh: '济宁老字号', en: 'Jining Time-honoured Brand' },
  'regional-agri-brand': {
    zh: '山东省知名农产品区域公用品牌',
    en: 'Shandong well-known regional agricultural brand',
  },
  // Anything else: the honour's own title is then required.
  other: { zh: '其他荣誉', en: 'Other honour' },
} as const satisfies Vocabulary;

export const COUNTY_KINDS = {
  district: { zh: '区', en: 'District' },
  county: { zh: '县', en: 'County' },
  'county-city': { zh: '县级市', en: 'County-level city' },
  zone: { zh: '功能区', en: 'Development zone' },
} as const satisfies Vocabulary;

export const INDUSTRY_GROUPS = {
  manufacturing: { zh: '制造业', en: 'Manufacturing' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  services: { zh: '服务业', en: 'Services' },
} as const satisfies Vocabulary;

export const REGIONAL_BRAND_LEVELS = {
  city: { zh: '市级', en: 'City level' },
  county: { zh: '县级', en: 'County level' },
} as const satisfies Vocabulary;

export const STAT_KINDS = {
  target: { zh: '目标', en: 'Target' },
  actual: { zh: '实际', en: 'Actual' },
} as const satisfies Vocabulary;

export const STAT_UNITS = {
  count: { zh: '个', en: '' },
  marks: { zh: '件', en: 'marks' },
  brands: { zh: '个', en: 'brands' },
  enterprises: { zh: '家', en: 'enterprises' },
  yuan: { zh: '元', en: 'yuan' },
} as const satisfies Vocabulary;

/** The keys of a vocabulary as a non-empty tuple, for `z.enum`. */
export function keysOf<V extends Vocabulary>(
  vocabulary: V,
): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}
