/** Shared by the schema tests: the editor's messages for a rejected fixture, and small fixtures. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';

/**
 * The messages a schema gives for `data`, each as `path: message` (an empty path is the entry
 * itself). Throws if the data parses, so a test of a bad fixture cannot pass by accident.
 */
export function messagesOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the fixture to be rejected');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

// Astro's content layer passes an `image` function whose schema turns a path into image
// metadata; a plain string schema stands in for it, so `src` parses to the path as written.
export const schemaContext = { image: () => z.string() } as unknown as SchemaContext;

/** The policy document most list entries cite. */
export const policySource = {
  document: '济政字〔2018〕88号 《济宁市商标品牌发展战略实施意见》',
  publisher: '济宁市人民政府',
};

/** A web source, as cited in content/gis/yutai-dami/facts.yaml. */
export const webSource = {
  url: 'http://gymcjnpx.com/jrzg/2009-03/20/content_1264160.htm',
  publisher: '新华社（转载）',
};

/** A cover picture with everything a picture needs. */
export const cover = {
  src: './cover.png',
  alt: { zh: '稻穗与湖水的插画', en: 'Illustration of rice ears over lake water' },
  credit: {
    zh: '济宁商标品牌数字展厅 插画',
    en: 'Illustration by the Jining Digital Brand Exhibition Hall',
  },
  licence: 'CC BY 4.0',
};
