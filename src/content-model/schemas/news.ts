import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import { bilingual, confidence, partialDate, ref, sample, source } from './shared';

/** An event or release: a policy, a notice, 4·26 or 5·10 publicity. */
export const newsSchema = withEditorMessages(
  z
    .object({
      date: partialDate.describe('When it happened or was published'),
      title: bilingual.describe('Headline'),
      summary: bilingual.describe('One or two sentences for lists and feeds'),
      enterprises: z.array(ref('enterprises')).default([]).describe('ids of related enterprises'),
      gis: z.array(ref('gis')).default([]).describe('ids of related GIs'),
      regionalBrands: z.array(ref('regional-brands')).default([]),
      source,
      confidence,
      sample,
    })
    .strict(),
);

export type News = z.infer<typeof newsSchema>;
