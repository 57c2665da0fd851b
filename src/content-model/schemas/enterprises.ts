import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import type { SchemaContext } from 'astro:content';
import {
  bilingual,
  confidence,
  countyConfidence,
  countyIsSourced,
  countySource,
  fact,
  honour,
  picture,
  ref,
  sample,
  source,
} from './shared';

/** A registered trademark, with what is known of its registration. */
export const trademark = z
  .object({
    mark: z.string().trim().min(1).describe('The mark as registered, e.g. 金太阳 or JNCARBON'),
    registrationNumber: z
      .string()
      .regex(/^\d+$/, { message: 'must be the registration number, digits only' })
      .optional()
      .describe('Registration number, if a source gives one'),
    niceClasses: z
      .array(z.number().int().min(1).max(45))
      .optional()
      .describe('Nice classes (1–45) the mark is registered in, if known'),
  })
  .strict();

/** Who holds a brand, as a source says. */
const holder = z
  .object({
    name: bilingual.describe('Name of the enterprise, e.g. 太阳纸业 / Sun Paper'),
    source,
    confidence,
  })
  .strict();

/** An enterprise brand of the Excellent Trademark Enterprises Collection. */
export const enterpriseSchema = ({ image }: SchemaContext) =>
  withEditorMessages(
    z
      .object({
        name: bilingual.describe('The brand as the public knows it'),
        summary: bilingual.describe('One or two sentences for cards and search results'),
        holder: holder.optional().describe('The enterprise that holds the marks, if known'),
        trademarks: z.array(trademark).min(1).describe('Its marks; at least one'),
        county: ref('counties').optional().describe('id of its county, if known'),
        countySource: countySource.optional(),
        countyConfidence: countyConfidence.optional(),
        industry: ref('industries').optional().describe('id of its sector, if known'),
        honours: z.array(honour).default([]),
        regionalBrands: z
          .array(ref('regional-brands'))
          .default([])
          .describe('ids of the regional public brands it is licensed under'),
        gis: z.array(ref('gis')).default([]).describe('ids of GIs it is licensed to use'),
        facts: z.array(fact).default([]).describe('Other sourced facts'),
        cover: picture(image),
        gallery: z.array(picture(image)).default([]),
        featured: z.boolean().default(false).describe('Show it at the hall entrance'),
        sample,
      })
      .strict()
      .refine(countyIsSourced.check, countyIsSourced.error),
  );

export type Enterprise = z.infer<ReturnType<typeof enterpriseSchema>>;
