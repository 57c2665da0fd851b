import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import { STAT_KINDS, STAT_UNITS, keysOf } from './vocabulary';
import { bilingual, confidence, partialDate, slug, source } from './shared';

/** One city figure or policy target, with its date and source. */
export const statSchema = withEditorMessages(
  z
    .object({
      id: slug.describe('Stable id, e.g. target-2022-gi-marks'),
      metric: bilingual.describe('What is counted, e.g. 地理标志商标 / GI trademarks'),
      kind: z.enum(keysOf(STAT_KINDS)).describe('target (a goal) or actual (a count)'),
      value: z.number().nonnegative().describe('The figure, or the low end of a range'),
      valueMax: z.number().nonnegative().optional().describe('The high end, for a range like 3–5'),
      atLeast: z.boolean().default(false).describe('true when the source says "or more" (60,000+)'),
      unit: z.enum(keysOf(STAT_UNITS)).describe('What the figure counts'),
      asOf: partialDate.describe('The date the figure is for (a target: the year it is due)'),
      note: bilingual.optional().describe('A qualification the source makes'),
      measure: slug
        .optional()
        .describe('What is measured; figures with the same measure share one chart, e.g. gi-marks'),
      source,
      confidence,
    })
    .strict()
    .refine((stat) => stat.valueMax === undefined || stat.valueMax > stat.value, {
      message: 'valueMax must be larger than value',
      path: ['valueMax'],
    }),
);

export type Stat = z.infer<typeof statSchema>;
