import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import { bilingual, confidence, ref, sample, source } from './shared';

/** A trademark-brand guidance station (商标品牌指导站) in a park. */
export const stationSchema = withEditorMessages(
  z
    .object({
      name: bilingual.describe('Name of the station'),
      park: bilingual.describe('The industrial park it serves'),
      county: ref('counties').describe('id of its county or zone'),
      services: z.array(bilingual).min(1).describe('What it offers enterprises'),
      contact: z
        .object({
          phone: z
            .string()
            .regex(/^[0-9 +()-]+$/, { message: 'must be a phone number' })
            .optional(),
          email: z.email().optional(),
          address: bilingual.optional(),
        })
        .strict()
        .optional()
        .describe('How to reach it, if published'),
      source,
      confidence,
      sample,
    })
    .strict(),
);

export type Station = z.infer<typeof stationSchema>;
