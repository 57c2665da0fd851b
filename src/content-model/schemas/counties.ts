import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import { COUNTY_KINDS, keysOf } from './vocabulary';
import { bilingual, slug, source } from './shared';

/** A county-level unit of Jining, or one of the development zones the policy names. */
export const countySchema = withEditorMessages(
  z
    .object({
      id: slug.describe('Stable id: the pinyin of the name, e.g. jinxiang'),
      name: bilingual.describe('Official name, e.g. 金乡县 / Jinxiang County'),
      kind: z.enum(keysOf(COUNTY_KINDS)).describe('district, county, county-city or zone'),
      code: z
        .string()
        .regex(/^\d{6}$/, { message: 'must be the six-digit division code, e.g. 370828' })
        .optional()
        .describe('Administrative division code; zones have none'),
      geoFeatureId: z
        .string()
        .optional()
        .describe('id of the matching feature in the county GeoJSON; zones have none'),
      source,
    })
    .strict(),
);

export type County = z.infer<typeof countySchema>;
