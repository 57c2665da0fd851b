import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';
import { bilingual, ref } from './shared';

/**
 * An exhibition: a story told in MDX (zh.mdx, en.mdx) with the hall's own components. Its facts
 * are not written here or in the text: the components draw them, with their sources, from the
 * entries they name (src/components/exhibition/).
 */
export const exhibitionSchema = withEditorMessages(
  z
    .object({
      title: bilingual.describe('Title of the exhibition'),
      summary: bilingual.describe(
        'One or two sentences for the list, the hall entrance and the kiosk',
      ),
      coverGi: ref('gis').describe('id of the GI whose cover picture leads the exhibition'),
      order: z.number().int().min(1).describe('Place in the list of exhibitions: 1 comes first'),
    })
    .strict(),
);

export type Exhibition = z.infer<typeof exhibitionSchema>;
