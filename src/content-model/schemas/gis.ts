import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import type { SchemaContext } from 'astro:content';
import { GI_CATEGORIES, GI_REGIMES, INTERNATIONAL_PROTECTION, keysOf } from './vocabulary';
import {
  bilingual,
  confidence,
  countyConfidence,
  countySource,
  fact,
  honour,
  partialDate,
  picture,
  ref,
  sample,
  source,
} from './shared';

/** One registration of a GI under one of China's regimes. */
export const giRegistration = z
  .object({
    regime: z.enum(keysOf(GI_REGIMES)).describe('Which regime the product is registered under'),
    date: partialDate.optional().describe('When it was registered or approved, if known'),
    registrationNumber: z
      .string()
      .regex(/^[0-9A-Za-z-]+$/, {
        message: 'must be the number as printed, digits and letters only',
      })
      .optional()
      .describe('Registration or announcement number, if a source gives one'),
    holder: bilingual
      .optional()
      .describe('Who holds the mark or applied for the GI, as the source names it'),
    detail: bilingual.optional().describe('What the source says beyond the regime'),
    source,
    confidence,
  })
  .strict();

/** Protection of the GI outside China (the EU's, for example), with its own source. */
export const internationalProtection = z
  .object({
    jurisdiction: z
      .enum(keysOf(INTERNATIONAL_PROTECTION))
      .describe('Where it is protected: eu for the European Union'),
    date: partialDate.optional().describe('When the protection was granted or reported, if known'),
    detail: bilingual.optional().describe('What the source says about it'),
    source,
    confidence,
  })
  .strict();

/** A sourced statement with its own source: the protected area, for example. */
const sourcedText = z.object({ text: bilingual, source, confidence }).strict();

/** A geographical indication of Jining. */
export const giSchema = ({ image }: SchemaContext) =>
  withEditorMessages(
    z
      .object({
        name: bilingual.describe('Name of the product, e.g. 金乡大蒜 / Jinxiang Garlic'),
        summary: bilingual.describe('One or two sentences for cards and search results'),
        county: ref('counties').describe('id of the county it comes from'),
        countySource,
        countyConfidence,
        category: z.enum(keysOf(GI_CATEGORIES)).describe('Kind of product'),
        industry: ref('industries').optional().describe('id of the sector, if any'),
        registrations: z
          .array(giRegistration)
          .default([])
          .describe('Its GI registrations, where known'),
        internationalProtection: z
          .array(internationalProtection)
          .default([])
          .describe('Protection outside China, where a source gives it'),
        protectedArea: sourcedText.optional().describe('The area the protection covers'),
        season: bilingual.optional().describe('When it is harvested or sold'),
        honours: z.array(honour).default([]),
        facts: z.array(fact).default([]).describe('Other sourced facts'),
        cover: picture(image).describe('The main picture'),
        gallery: z.array(picture(image)).default([]),
        featured: z.boolean().default(false).describe('Show it at the hall entrance'),
        sample,
      })
      .strict(),
  );

export type Gi = z.infer<ReturnType<typeof giSchema>>;
