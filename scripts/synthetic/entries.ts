/**
 * Synthetic entries of every folder kind (GIs, enterprises, regional brands, news, stations),
 * as plain objects shaped like the real facts.yaml files, with prose in both languages.
 * Names are made first, so references between entries always point at entries that exist.
 */
import { pinyin } from 'pinyin-pro';
import { Random } from './random.ts';
import {
  BRAND_SYLLABLES,
  COMPANY_KINDS,
  EN_SENTENCES,
  ENTERPRISE_FACT_LABELS,
  EXPORT_MARKETS,
  GI_PRODUCTS,
  GI_QUALIFIERS,
  NEWS_TOPICS,
  PARKS,
  REGIONAL_BRAND_WORDS,
  STATION_SERVICES,
  TRADES,
  ZH_SENTENCES,
  type Word,
} from './vocabulary.ts';

export const FOLDER_KINDS = ['enterprises', 'gis', 'regional-brands', 'news', 'stations'] as const;
export type FolderKind = (typeof FOLDER_KINDS)[number];

/** How N entries are shared among the kinds: about ten times the real collection's mix. */
export const KIND_SHARES: Record<FolderKind, number> = {
  enterprises: 0.58,
  gis: 0.3,
  news: 0.06,
  stations: 0.04,
  'regional-brands': 0.02,
};

export interface County {
  id: string;
  name: Word;
  kind: string;
}

export interface Industry {
  id: string;
  name: Word;
  group: string;
}

/** One entry folder: its facts (written as facts.yaml), its prose, and whether it has a cover. */
export interface SyntheticEntry {
  kind: FolderKind;
  id: string;
  facts: Record<string, unknown>;
  zh: string;
  en: string | undefined;
  cover: boolean;
}

interface Named {
  id: string;
  name: Word;
  county: County;
  /** For a GI: its product. */
  product?: (typeof GI_PRODUCTS)[number];
}

const GI_REGIMES = [
  'protected-product',
  'certification-mark',
  'collective-mark',
  'agricultural-product',
] as const;

function toPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function titleCase(text: string): string {
  return text.split(' ').map(capitalise).join(' ');
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

/** The short form of a county's name, as used inside product names: 金乡县 → 金乡. */
function shortName(county: County): Word {
  if (county.kind === 'zone') return county.name;
  return { zh: county.name.zh.replace(/[区县市]$/, ''), en: capitalise(county.id) };
}

export class EntryFactory {
  #random: Random;
  #counties: County[];
  #countyUnits: County[];
  #industries: Industry[];
  #ids = new Map<FolderKind, Set<string>>();
  #usedNames = new Set<string>();
  #englishShare: number;

  constructor(seed: number, counties: County[], industries: Industry[], englishShare = 0.85) {
    this.#random = new Random(seed);
    this.#counties = counties;
    this.#countyUnits = counties.filter((county) => county.kind !== 'zone');
    this.#industries = industries;
    this.#englishShare = englishShare;
    if (this.#countyUnits.length === 0 || industries.length === 0) {
      throw new Error('synthetic content needs at least one county and one industry');
    }
  }

  /** Makes all entries: `counts` says how many of each kind. */
  build(counts: Record<FolderKind, number>): SyntheticEntry[] {
    const gis = this.#names('gis', counts.gis, () => this.#giName());
    const enterprises = this.#names('enterprises', counts.enterprises, () =>
      this.#enterpriseName(),
    );
    const brands = this.#names('regional-brands', counts['regional-brands'], () =>
      this.#regionalBrandName(),
    );
    const stations = this.#names('stations', counts.stations, () => this.#stationName());
    const news = this.#names('news', counts.news, () => this.#newsName(gis, enterprises));

    // Children of each regional brand: enterprises and GIs of its county.
    const childrenOf = new Map<string, { enterprises: Named[]; gis: Named[] }>();
    const brandsOf = new Map<string, string[]>();
    for (const brand of brands) {
      const local = (list: Named[]) => list.filter((e) => e.county.id === brand.county.id);
      const children = {
        enterprises: this.#random.sample(local(enterprises), this.#random.int(3, 25)),
        gis: this.#random.sample(local(gis), this.#random.int(1, 8)),
      };
      childrenOf.set(brand.id, children);
      for (const child of children.enterprises) {
        brandsOf.set(child.id, [...(brandsOf.get(child.id) ?? []), brand.id]);
      }
    }

    const featured = new Set([
      ...gis.slice(0, 4).map((e) => e.id),
      ...enterprises.slice(0, 4).map((e) => e.id),
    ]);
    return [
      ...gis.map((gi) => this.#gi(gi, featured.has(gi.id))),
      ...enterprises.map((e) =>
        this.#enterprise(e, gis, brandsOf.get(e.id) ?? [], featured.has(e.id)),
      ),
      ...brands.map((brand) => this.#regionalBrand(brand, childrenOf.get(brand.id))),
      ...news.map((item) => this.#news(item, gis, enterprises, brands)),
      ...stations.map((station) => this.#station(station)),
    ];
  }

  /** `count` entries with unique ids and names; clashes get a number. */
  #names(kind: FolderKind, count: number, make: () => Named): Named[] {
    const ids = this.#ids.get(kind) ?? new Set<string>();
    this.#ids.set(kind, ids);
    const named: Named[] = [];
    while (named.length < count) {
      let entry = make();
      for (
        let tries = 0;
        (ids.has(entry.id) || this.#usedNames.has(entry.name.zh)) && tries < 20;
      ) {
        entry = make();
        tries += 1;
      }
      const base = entry;
      for (let n = 2; ids.has(entry.id) || this.#usedNames.has(entry.name.zh); n += 1) {
        entry = {
          ...base,
          id: `${base.id}-${n}`,
          name: { zh: `${base.name.zh}（${n}）`, en: `${base.name.en} (${n})` },
        };
      }
      ids.add(entry.id);
      this.#usedNames.add(entry.name.zh);
      named.push(entry);
    }
    return named;
  }

  #giName(): Named {
    const county = this.#random.pick(this.#countyUnits);
    const product = this.#random.pick(GI_PRODUCTS);
    const qualifier = this.#random.chance(0.4)
      ? { zh: '', en: '' }
      : this.#random.pick(GI_QUALIFIERS);
    const place = shortName(county);
    const zh = `${place.zh}${qualifier.zh}${product.zh}`;
    const en = [place.en, qualifier.en, product.en].filter(Boolean).join(' ');
    const id = [county.id, toPinyin(qualifier.zh), toPinyin(product.zh)].filter(Boolean).join('-');
    return { id, name: { zh, en }, county, product };
  }

  #brand(): Word & { id: string } {
    const syllables = this.#random.int(2, 3);
    const zh = Array.from({ length: syllables }, () => this.#random.pick(BRAND_SYLLABLES)).join('');
    const id = toPinyin(zh);
    return { zh, en: capitalise(id), id };
  }

  #enterpriseName(): Named {
    const brand = this.#brand();
    return {
      id: brand.id,
      name: { zh: brand.zh, en: brand.en },
      county: this.#random.pick(this.#counties),
    };
  }

  #regionalBrandName(): Named {
    const county = this.#random.pick(this.#countyUnits);
    const word = this.#random.pick(REGIONAL_BRAND_WORDS);
    const place = shortName(county);
    return {
      id: `${county.id}-${toPinyin(word.zh)}`,
      name: { zh: `${place.zh}${word.zh}`, en: `${place.en} ${word.en}` },
      county,
    };
  }

  #stationName(): Named {
    const county = this.#random.pick(this.#counties);
    const park = this.#random.pick(PARKS);
    const place = shortName(county);
    return {
      id: `${county.id}-${toPinyin(park.zh)}-zhidaozhan`,
      name: {
        zh: `${place.zh}${park.zh}商标品牌指导站`,
        en: `Trademark-brand guidance station, ${place.en} ${park.en}`,
      },
      county,
    };
  }

  #newsName(gis: Named[], enterprises: Named[]): Named {
    const topic = this.#random.pick(NEWS_TOPICS);
    const subject = this.#random.pick(this.#random.chance(0.5) ? gis : enterprises);
    const place = shortName(subject.county);
    const year = this.#random.int(2015, 2025);
    const slots = (lang: 'zh' | 'en') => ({ county: place[lang], name: subject.name[lang] });
    return {
      id: `${toPinyin(subject.name.zh)}-${year}`,
      name: {
        zh: `${year}年，${fill(topic.zh, slots('zh'))}`,
        en: `${fill(topic.en, slots('en'))} (${year})`,
      },
      county: subject.county,
    };
  }

  #source(): Record<string, unknown> {
    const year = this.#random.int(2010, 2025);
    if (this.#random.chance(0.3)) {
      return {
        document: `济市监发〔${year}〕${this.#random.int(1, 120)}号（示例）`,
        publisher: '示例发布机关',
        date: year,
      };
    }
    const month = String(this.#random.int(1, 12)).padStart(2, '0');
    return {
      url: `https://www.example.org/jining/${year}/${month}/${this.#random.int(10000, 99999)}.html`,
      title: '示例来源',
    };
  }

  #confidence(): 'A' | 'B' {
    return this.#random.chance(0.6) ? 'A' : 'B';
  }

  #cover(name: Word): Record<string, unknown> {
    return {
      src: './cover.jpg',
      alt: { zh: `示例图片：${name.zh}`, en: `Sample picture: ${name.en}` },
      credit: { zh: '济宁商标品牌数字展厅 合成图片', en: 'Synthetic image, Jining Brand Hall' },
      licence: 'CC0 1.0',
      illustration: true,
    };
  }

  /** Prose in both languages: the same sentences, in 3 or 4 paragraphs. */
  #prose(name: Word, county: County, product: Word, lead?: Word): { zh: string; en: string } {
    const count = this.#random.int(7, 11);
    const indexes = this.#random.sample(ZH_SENTENCES.map((_, i) => i).slice(0, -1), count);
    indexes.push(ZH_SENTENCES.length - 1);
    const year = String(this.#random.int(2012, 2024));
    const slots = (lang: 'zh' | 'en') => ({
      name: name[lang],
      county: county.name[lang],
      product: lang === 'en' ? product.en.toLowerCase() : product.zh,
      year,
    });
    const paragraphs = (sentences: readonly string[], lang: 'zh' | 'en', join: string) => {
      const filled = indexes.map((i) => fill(sentences[i] ?? '', slots(lang)));
      if (lead) filled.unshift(lead[lang]);
      const size = Math.ceil(filled.length / this.#random.int(3, 4));
      const out: string[] = [];
      for (let i = 0; i < filled.length; i += size) out.push(filled.slice(i, i + size).join(join));
      return `${out.join('\n\n')}\n`;
    };
    return { zh: paragraphs(ZH_SENTENCES, 'zh', ''), en: paragraphs(EN_SENTENCES, 'en', ' ') };
  }

  #entry(
    kind: FolderKind,
    named: Named,
    facts: Record<string, unknown>,
    product: Word,
    cover: boolean,
    lead?: Word,
  ): SyntheticEntry {
    const prose = this.#prose(named.name, named.county, product, lead);
    const en = this.#random.chance(this.#englishShare) ? prose.en : undefined;
    return { kind, id: named.id, facts: { ...facts, sample: true }, zh: prose.zh, en, cover };
  }

  #fact(label: Word, value: Word): Record<string, unknown> {
    return {
      label,
      value,
      date: this.#random.int(2005, 2025),
      source: this.#source(),
      confidence: this.#confidence(),
    };
  }

  #gi(named: Named, featured: boolean): SyntheticEntry {
    const product = named.product ?? this.#random.pick(GI_PRODUCTS);
    const place = shortName(named.county);
    const registrations = this.#random.sample(GI_REGIMES, this.#random.int(1, 3)).map((regime) => ({
      regime,
      date: `${this.#random.int(2000, 2024)}-${String(this.#random.int(1, 12)).padStart(2, '0')}`,
      ...(this.#random.chance(0.5)
        ? { registrationNumber: String(this.#random.int(1000000, 99999999)) }
        : {}),
      source: this.#source(),
      confidence: this.#confidence(),
    }));
    const towns = this.#random.int(3, 12);
    const facts: Record<string, unknown> = {
      name: named.name,
      summary: {
        zh: `${named.name.zh}是${named.county.name.zh}出产的${product.zh}，已注册为地理标志。本条目为示例内容。`,
        en: `${named.name.en} is ${product.en.toLowerCase()} from ${named.county.name.en}, registered as a geographical indication. This entry is sample content.`,
      },
      county: named.county.id,
      countySource: this.#source(),
      countyConfidence: this.#confidence(),
      category: product.category,
      ...(this.#random.chance(0.7) ? { industry: 'featured-agriculture' } : {}),
      registrations,
      ...(this.#random.chance(0.5)
        ? {
            protectedArea: {
              text: {
                zh: `${named.county.name.zh}所辖${towns}个镇街`,
                en: `${towns} towns of ${named.county.name.en}`,
              },
              source: this.#source(),
              confidence: this.#confidence(),
            },
          }
        : {}),
      season: product.season,
      honours: this.#random.chance(0.2)
        ? [
            {
              kind: 'regional-agri-brand',
              year: this.#random.int(2016, 2024),
              source: this.#source(),
              confidence: this.#confidence(),
            },
          ]
        : [],
      facts: Array.from({ length: this.#random.int(1, 4) }, () => {
        const tonnes = this.#random.int(1, 90);
        return this.#fact(
          { zh: '年产量', en: 'Yearly output' },
          { zh: `约${tonnes}万吨`, en: `About ${tonnes}0,000 tonnes` },
        );
      }),
      cover: this.#cover(named.name),
      featured,
    };
    return this.#entry('gis', named, facts, product, true, {
      zh: `${named.name.zh}是${place.zh}的特产。`,
      en: `${named.name.en} is a speciality of ${place.en}.`,
    });
  }

  #enterprise(named: Named, gis: Named[], brands: string[], featured: boolean): SyntheticEntry {
    const tradeIds = Object.keys(TRADES);
    const industryId = this.#random.pick(
      tradeIds.filter((id) => this.#industries.some((i) => i.id === id)).length > 0
        ? tradeIds.filter((id) => this.#industries.some((i) => i.id === id))
        : this.#industries.map((i) => i.id),
    );
    const trade = TRADES[industryId] ?? { product: { zh: '产品', en: 'goods' }, nice: [35] };
    const company = this.#random.pick(COMPANY_KINDS);
    const province = this.#random.chance(0.5);
    const holderName = {
      zh: `${province ? '山东' : '济宁'}${named.name.zh}${trade.product.zh.slice(0, 2)}${company.zh}`,
      en: `${province ? 'Shandong' : 'Jining'} ${named.name.en} ${titleCase(trade.product.en)} ${company.en}`,
    };
    const localGis = gis.filter((gi) => gi.county.id === named.county.id);
    const usesGis =
      industryId === 'featured-agriculture' || industryId === 'food'
        ? this.#random.sample(localGis, this.#random.int(0, 2)).map((gi) => gi.id)
        : [];
    const market = this.#random.pick(EXPORT_MARKETS);
    const [founded, staff, sales] = [
      this.#random.int(1952, 2015),
      this.#random.int(80, 9000),
      this.#random.int(1, 300),
    ];
    const factValues: Word[] = [
      { zh: `${founded}年`, en: String(founded) },
      { zh: `约${staff}人`, en: `About ${staff.toLocaleString('en')}` },
      trade.product,
      { zh: `约${sales}亿元`, en: `About ${(sales / 10).toFixed(1)} billion yuan` },
      market,
    ];
    const facts: Record<string, unknown> = {
      name: named.name,
      summary: {
        zh: `${named.name.zh}是${named.county.name.zh}${holderName.zh}的${trade.product.zh}品牌。本条目为示例内容。`,
        en: `${named.name.en} is a ${trade.product.en} brand of ${holderName.en} in ${named.county.name.en}. This entry is sample content.`,
      },
      holder: { name: holderName, source: this.#source(), confidence: this.#confidence() },
      trademarks: [
        {
          mark: named.name.zh,
          ...(this.#random.chance(0.6)
            ? { registrationNumber: String(this.#random.int(1000000, 59999999)) }
            : {}),
          niceClasses: this.#random.sample(trade.nice, this.#random.int(1, trade.nice.length)),
        },
        ...(this.#random.chance(0.3)
          ? [{ mark: named.name.en.toUpperCase(), niceClasses: [this.#random.pick(trade.nice)] }]
          : []),
      ],
      county: named.county.id,
      countySource: this.#source(),
      countyConfidence: this.#confidence(),
      industry: industryId,
      honours: this.#random.chance(0.25)
        ? [
            {
              kind: this.#random.pick(['well-known-mark', 'jining-time-honoured'] as const),
              year: this.#random.int(1999, 2024),
              source: this.#source(),
              confidence: this.#confidence(),
            },
          ]
        : [],
      regionalBrands: brands,
      gis: usesGis,
      facts: this.#random
        .sample(
          ENTERPRISE_FACT_LABELS.map((label, i) => ({
            label,
            value: factValues[i] ?? trade.product,
          })),
          this.#random.int(1, 4),
        )
        .map(({ label, value }) => this.#fact(label, value)),
      cover: this.#cover(named.name),
      featured,
    };
    return this.#entry('enterprises', named, facts, trade.product, true);
  }

  #regionalBrand(
    named: Named,
    children: { enterprises: Named[]; gis: Named[] } | undefined,
  ): SyntheticEntry {
    const licensed = this.#random.int(5, 80);
    const facts: Record<string, unknown> = {
      name: named.name,
      summary: {
        zh: `${named.name.zh}是${named.county.name.zh}的农产品区域公用品牌。本条目为示例内容。`,
        en: `${named.name.en} is the regional public brand of ${named.county.name.en} for farm produce. This entry is sample content.`,
      },
      level: 'county',
      county: named.county.id,
      countySource: this.#source(),
      countyConfidence: this.#confidence(),
      owner: {
        zh: `${named.county.name.zh}农业农村局（示例）`,
        en: `${named.county.name.en} Bureau of Agriculture (sample)`,
      },
      ...(this.#random.chance(0.5)
        ? {
            licensingRules: {
              zh: '企业申请使用须符合品牌标准，经审核后签订许可协议。',
              en: 'Enterprises that meet the brand standard may apply; after review they sign a licence.',
            },
          }
        : {}),
      childEnterprises: (children?.enterprises ?? []).map((e) => e.id),
      childGis: (children?.gis ?? []).map((gi) => gi.id),
      facts: Array.from({ length: this.#random.int(1, 3) }, () =>
        this.#fact(
          { zh: '授权企业', en: 'Licensed enterprises' },
          { zh: `${licensed}家`, en: String(licensed) },
        ),
      ),
      cover: this.#cover(named.name),
    };
    return this.#entry('regional-brands', named, facts, { zh: '农产品', en: 'farm produce' }, true);
  }

  #news(item: Named, gis: Named[], enterprises: Named[], brands: Named[]): SyntheticEntry {
    const year = Number(item.id.slice(-4)) || 2020;
    const date = `${year}-${String(this.#random.int(1, 12)).padStart(2, '0')}-${String(this.#random.int(1, 28)).padStart(2, '0')}`;
    const facts: Record<string, unknown> = {
      date,
      title: item.name,
      summary: {
        zh: `${item.name.zh}。本条目为示例内容。`,
        en: `${item.name.en}. This entry is sample content.`,
      },
      enterprises: this.#random.sample(enterprises, this.#random.int(0, 3)).map((e) => e.id),
      gis: this.#random.sample(gis, this.#random.int(0, 2)).map((gi) => gi.id),
      regionalBrands: this.#random.sample(brands, this.#random.int(0, 1)).map((b) => b.id),
      source: this.#source(),
      confidence: this.#confidence(),
    };
    return this.#entry('news', item, facts, { zh: '商标品牌', en: 'brands' }, false);
  }

  #station(named: Named): SyntheticEntry {
    const place = shortName(named.county);
    const park = named.name.zh.replace(place.zh, '').replace(/商标品牌指导站.*$/, '');
    const floor = this.#random.int(1, 9);
    const facts: Record<string, unknown> = {
      name: named.name,
      park: {
        zh: `${place.zh}${park}`,
        en: named.name.en.replace(/^Trademark-brand guidance station, /, ''),
      },
      county: named.county.id,
      services: this.#random.sample(STATION_SERVICES, this.#random.int(2, 5)),
      contact: {
        phone: `0537-${this.#random.int(2000000, 8999999)}`,
        email: `station-${named.id}@example.org`,
        address: {
          zh: `${named.county.name.zh}${park}管委会${floor}楼`,
          en: `Floor ${floor}, park administration building, ${named.county.name.en}`,
        },
      },
      source: this.#source(),
      confidence: this.#confidence(),
    };
    return this.#entry(
      'stations',
      named,
      facts,
      { zh: '商标品牌服务', en: 'brand services' },
      false,
    );
  }
}
