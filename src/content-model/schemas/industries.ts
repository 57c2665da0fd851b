import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import { INDUSTRY_GROUPS, keysOf } from './vocabulary';
import { bilingual, slug, source } from './shared';

/** A sector named by the city's trademark-brand policy. */
export const industrySchema = withEditorMessages(
  z
    .object({
      id: slug.describe('Stable id in English, e.g. new-materials'),
      name: bilingual.describe('Name of the sector, e.g. 新材料 / New materials'),
      group: z.enum(keysOf(INDUSTRY_GROUPS)).describe('manufacturing, agriculture or services'),
      source,
    })
    .strict(),
);

export type Industry = z.infer<typeof industrySchema>;
