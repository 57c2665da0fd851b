/**
 * schema.org structured data (JSON-LD) of the pages that show a record: a brand, a news item, the
 * open dataset. Every value is one the page itself shows; a fact the page marks "to be supplied"
 * is left out, not guessed.
 */
import type {
  AdministrativeArea,
  Brand,
  CollectionPage,
  CreativeWork,
  DefinedTerm,
  DataDownload,
  Dataset,
  ItemPage,
  NewsArticle,
  Organization,
  Product,
  WithContext,
} from 'schema-dts';
import type { Source } from './facts';

const CONTEXT = 'https://schema.org' as const;

/** A source as a citation: its title (or document number), address, publisher and date. */
export function citationOf(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title ?? source.document ?? source.url ?? '',
    ...(source.url && { url: source.url }),
    ...(source.publisher && {
      publisher: { '@type': 'Organization', name: source.publisher },
    }),
    ...(source.date && { datePublished: source.date }),
  };
}

/** Each source once, in the order the page shows them. */
export function citations(sources: Source[]): CreativeWork[] {
  const seen = new Set<string>();
  return sources
    .filter((source) => {
      const key = source.url ?? source.document ?? '';
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(citationOf);
}

export interface BrandPageData {
  /** A GI is a product; an enterprise or regional brand is a brand. */
  type: 'Product' | 'Brand';
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  image?: string | undefined;
  category?: string | undefined;
  /** The holder or owner, where the page names one. */
  owner?: string | undefined;
  county?: { name: string; url: string } | undefined;
  sources: Source[];
}

/** A brand's page: about the product or brand (and its owner), in its county, with its sources. */
export function brandPageJsonLd(page: BrandPageData): WithContext<ItemPage> {
  const subject: Product | Brand =
    page.type === 'Product'
      ? {
          '@type': 'Product',
          name: page.name,
          description: page.description,
          ...(page.image && { image: page.image }),
          ...(page.category && { category: page.category }),
        }
      : {
          '@type': 'Brand',
          name: page.name,
          description: page.description,
          ...(page.image && { image: page.image }),
        };
  const owner: Organization | undefined = page.owner
    ? { '@type': 'Organization', name: page.owner, brand: { '@type': 'Brand', name: page.name } }
    : undefined;
  const county: AdministrativeArea | undefined = page.county && {
    '@type': 'AdministrativeArea',
    name: page.county.name,
    url: page.county.url,
  };
  const cited = citations(page.sources);
  return {
    '@context': CONTEXT,
    '@type': 'ItemPage',
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage,
    about: owner ? [subject, owner] : subject,
    ...(county && { spatialCoverage: county }),
    ...(cited.length > 0 && { citation: cited }),
  };
}

export interface NewsPageData {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  inLanguage: string;
  source: Source;
  about: { name: string; url: string }[];
}

/** A news item: its headline, date and summary, its source, the brands it names. */
export function newsJsonLd(page: NewsPageData): WithContext<NewsArticle> {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    url: page.url,
    mainEntityOfPage: page.url,
    headline: page.headline,
    description: page.description,
    datePublished: page.datePublished,
    inLanguage: page.inLanguage,
    citation: citationOf(page.source),
    ...(page.about.length > 0 && {
      about: page.about.map((brand): Brand => ({ '@type': 'Brand', ...brand })),
    }),
  };
}

export interface DatasetPageData {
  url: string;
  name: string;
  description: string;
  version: string;
  dateModified: string;
  inLanguage: string[];
  /** Only when the page states one. */
  license?: string | undefined;
  distributions: { name: string; url: string; mediaType: string; size: number }[];
}

/** The open dataset with its files. */
export function datasetJsonLd(page: DatasetPageData): WithContext<Dataset> {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    url: page.url,
    name: page.name,
    description: page.description,
    version: page.version,
    dateModified: page.dateModified,
    inLanguage: page.inLanguage,
    ...(page.license && { license: page.license }),
    distribution: page.distributions.map((file): DataDownload => ({
      '@type': 'DataDownload',
      name: file.name,
      contentUrl: file.url,
      encodingFormat: file.mediaType,
      contentSize: `${file.size} B`,
    })),
  };
}

export interface ListPageData {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  /** The county (with its division code, where the page gives one) or the sector listed. */
  subject:
    | { type: 'AdministrativeArea'; code?: string | undefined }
    | { type: 'DefinedTerm'; group: string };
  /** The brands the page lists. */
  brands: { name: string; url: string }[];
}

/** A county's or a sector's page: about the place or the sector, listing its brands. */
export function listPageJsonLd(page: ListPageData): WithContext<CollectionPage> {
  const about: AdministrativeArea | DefinedTerm =
    page.subject.type === 'AdministrativeArea'
      ? {
          '@type': 'AdministrativeArea',
          name: page.name,
          ...(page.subject.code && { identifier: page.subject.code }),
        }
      : { '@type': 'DefinedTerm', name: page.name, inDefinedTermSet: page.subject.group };
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage,
    about,
    ...(page.brands.length > 0 && {
      mentions: page.brands.map((brand): Brand => ({ '@type': 'Brand', ...brand })),
    }),
  };
}
