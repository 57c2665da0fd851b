/**
 * The JSON Schema of each published collection, generated from the same zod schemas that check
 * the content (src/content-model/schemas/), so the published files and the content model cannot drift apart.
 * A published record is a content entry as an editor writes it (ids for references, a picture's
 * address for its file) plus its `id` and the `url` of the page that shows it.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { countySchema } from '../../content-model/schemas/counties';
import { enterpriseSchema } from '../../content-model/schemas/enterprises';
import { exhibitionSchema } from '../../content-model/schemas/exhibitions';
import { giSchema } from '../../content-model/schemas/gis';
import { industrySchema } from '../../content-model/schemas/industries';
import { newsSchema } from '../../content-model/schemas/news';
import { regionalBrandSchema } from '../../content-model/schemas/regional-brands';
import { stationSchema } from '../../content-model/schemas/stations';
import { statSchema } from '../../content-model/schemas/stats';
import { englishName, LOCALE_CODES } from '../../i18n/locales';
import { MENTIONED_COLLECTIONS } from '../exhibition-mentions';

/** In the published data a picture is the address of its file on this site. */
const publishedImage = {
  image: () => z.url().describe('Address of the picture on this site (JPEG, up to 1200 px wide)'),
} as unknown as SchemaContext;

/**
 * An exhibition as published: its metadata and the records its story draws on. The story itself
 * (MDX) is its page; the records it cites are read from the components in it (exhibition-mentions.ts).
 */
const publishedExhibition = exhibitionSchema.extend({
  cites: z
    .object(
      Object.fromEntries(
        MENTIONED_COLLECTIONS.map((collection) => [
          collection,
          z.array(z.string()).describe(`ids of the ${collection} records the story shows`),
        ]),
      ),
    )
    .strict()
    .describe('The records the exhibition shows (brands, counties, figures), by collection and id'),
});

/** The collections the open data publishes, in the order the page lists them. */
export const PUBLISHED_SCHEMAS = {
  gis: giSchema(publishedImage),
  enterprises: enterpriseSchema(publishedImage),
  'regional-brands': regionalBrandSchema(publishedImage),
  news: newsSchema,
  counties: countySchema,
  industries: industrySchema,
  stats: statSchema,
  stations: stationSchema,
  exhibitions: publishedExhibition,
} as const;

export type PublishedCollection = keyof typeof PUBLISHED_SCHEMAS;

export const PUBLISHED_COLLECTIONS = Object.keys(PUBLISHED_SCHEMAS) as PublishedCollection[];

/** Fields every published record carries besides its content. */
const recordFields = z.object({
  id: z.string().describe('Stable id of the record: lower-case pinyin words joined by hyphens'),
  url: z
    .object(
      Object.fromEntries(
        LOCALE_CODES.map((code) => [
          code,
          z.url().describe(`Address of the ${englishName(code)} page`),
        ]),
      ),
    )
    .strict()
    .describe('Public address of the page that shows this record, in each language'),
});

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  description?: string;
  [key: string]: unknown;
};

/** The JSON Schema (draft 2020-12) of one published collection's records. */
export function recordJsonSchema(collection: PublishedCollection): JsonSchema {
  const content = z.toJSONSchema(PUBLISHED_SCHEMAS[collection], {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  const extra = z.toJSONSchema(recordFields, { io: 'input' }) as JsonSchema;
  const { $schema, ...rest } = content;
  return {
    $schema,
    $id: `${collection}.schema.json`,
    title: `${collection} record`,
    ...rest,
    // id and url come first: the content schema may already have an id (lists do).
    properties: { ...extra.properties, ...content.properties },
    required: [...new Set([...(extra.required ?? []), ...(content.required ?? [])])],
  };
}
