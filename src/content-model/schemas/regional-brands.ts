import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import type { SchemaContext } from 'astro:content';
import { REGIONAL_BRAND_LEVELS, keysOf } from './vocabulary';
import {
  bilingual,
  countyConfidence,
  countyIsSourced,
  countySource,
  fact,
  picture,
  ref,
  sample,
} from './shared';

/** A regional public brand (区域公用品牌) and its child brands. */
export const regionalBrandSchema = ({ image }: SchemaContext) =>
  withEditorMessages(
    z
      .object({
        name: bilingual.describe('Name of the brand, e.g. 济宁礼飨'),
        summary: bilingual.describe('One or two sentences for cards and search results'),
        level: z.enum(keysOf(REGIONAL_BRAND_LEVELS)).describe('city or county'),
        county: ref('counties').optional().describe('id of the county, for a county brand'),
        countySource: countySource.optional(),
        countyConfidence: countyConfidence.optional(),
        owner: bilingual.optional().describe('Who owns and licenses the brand, if known'),
        licensingRules: bilingual.optional().describe('How enterprises may use it, if published'),
        childEnterprises: z
          .array(ref('enterprises'))
          .default([])
          .describe('ids of enterprise brands licensed under it'),
        childGis: z.array(ref('gis')).default([]).describe('ids of GIs under it'),
        facts: z.array(fact).min(1).describe('What sources say about it; at least one'),
        cover: picture(image),
        sample,
      })
      .strict()
      .refine(countyIsSourced.check, countyIsSourced.error),
  );

export type RegionalBrand = z.infer<ReturnType<typeof regionalBrandSchema>>;
