/**
 * Building blocks shared by the collection schemas: bilingual text, sources, sourced facts,
 * honours and images. Each object is strict, so a misspelt key fails the build.
 */
import { z } from 'astro/zod';
import { reference, type ImageFunction } from 'astro:content';
import { isRealDate } from './dates';
import { CONFIDENCE, HONOUR_KINDS, keysOf } from './vocabulary';

/** A short text in Chinese and English. Both are required: short fields are always translated. */
export const bilingual = z
  .object({
    zh: z.string().trim().min(1).describe('Chinese text'),
    en: z.string().trim().min(1).describe('English text'),
  })
  .strict();

/**
 * A date as written in a source: a year, a year and month, or a full ISO date. YAML readers turn
 * `2018-09-10` into a Date and `2009` into a number; both are taken back to text here.
 */
export const partialDate = z.preprocess(
  (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'number') return String(value);
    return value;
  },
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
      message: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2009-03)',
      abort: true,
    })
    .refine(isRealDate, { message: 'is not a date in the calendar: check the month and day' })
    .describe('A date: YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** An http(s) address whose host is a domain name or, as some archived e-papers are, an IPv4 address. */
const inner = (pattern: RegExp) => pattern.source.replace(/^\^/, '').replace(/\$$/, '');
const webAddress = z.url({
  protocol: /^https?$/,
  hostname: new RegExp(`^(?:${inner(z.regexes.domain)}|${inner(z.regexes.ipv4)})$`),
});

/** Where a fact comes from: a web page (url) or a document (its number and title). */
export const source = z
  .object({
    title: z.string().trim().min(1).optional().describe('Title of the page or document'),
    publisher: z.string().trim().min(1).optional().describe('Who published it'),
    url: webAddress.optional().describe('Web address of the page, as archived'),
    document: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('An official document: its number and title, e.g. 济政字〔2018〕88号'),
    date: partialDate.optional().describe('When the source was published'),
  })
  .strict()
  .refine((value) => value.url !== undefined || value.document !== undefined, {
    message: 'needs a url or a document, so a reader can find the source',
  });

/** How far a fact can be trusted; see CONFIDENCE. */
export const confidence = z
  .enum(keysOf(CONFIDENCE))
  .describe('A: an original newspaper, agency or government page; B: a repost, unverified');

/**
 * Where an entry's county comes from, beside `county`: the source that names it and how far it
 * can be trusted. A county read off a repost (B) carries the unverified mark wherever it is shown.
 */
export const countySource = source.describe(
  'Where the county comes from: the source that names it',
);
export const countyConfidence = confidence.describe(
  'How far the county can be trusted: A original, B repost (the pages mark it unverified)',
);

/** For entries whose county is optional: a county given needs its source and confidence. */
export const countyIsSourced = {
  check: (value: { county?: unknown; countySource?: unknown; countyConfidence?: unknown }) =>
    value.county === undefined ||
    (value.countySource !== undefined && value.countyConfidence !== undefined),
  error: {
    message: 'a county needs countySource (the page that names it) and countyConfidence (A or B)',
    path: ['countySource'],
  },
};

/** A statement of fact about an entry, with its source and confidence. */
export const fact = z
  .object({
    label: bilingual.describe('What the fact is about, e.g. 获批时间 / Approved'),
    value: bilingual.describe('The fact itself, in both languages'),
    date: partialDate.optional().describe('When it happened, if the source says'),
    source,
    confidence,
  })
  .strict();

/** An honour (驰名商标, 老字号, ...) with the year it was given where known. */
export const honour = z
  .object({
    kind: z.enum(keysOf(HONOUR_KINDS)).describe('Which honour; "other" needs a title'),
    title: bilingual.optional().describe('The honour as named by the source; required for "other"'),
    year: z.number().int().min(1800).max(2100).optional().describe('Year it was given'),
    source,
    confidence,
  })
  .strict()
  .refine((value) => value.kind !== 'other' || value.title !== undefined, {
    message: 'an honour of kind "other" needs a title in zh and en',
    path: ['title'],
  });

/** A picture with alt text in both languages, a credit and a licence. */
export const picture = (image: ImageFunction) =>
  z
    .object({
      src: image().describe(
        'The image file, relative to this file (e.g. ./cover.png); in the open data, its address on this site',
      ),
      alt: bilingual.describe('What the picture shows, for readers who cannot see it'),
      credit: bilingual.describe('Who made the picture'),
      licence: z.string().trim().min(1).describe('Licence of the picture, e.g. CC BY 4.0'),
      illustration: z
        .boolean()
        .default(false)
        .describe('true when the picture is an illustration, not a photograph'),
    })
    .strict();

/** An entry's stable ASCII id: lower-case pinyin words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  message: 'must be lower-case letters, digits and hyphens (pinyin), e.g. jinxiang-dasuan',
});

/** Marks an illustrative entry; pages show a banner on it. */
export const sample = z
  .boolean()
  .default(false)
  .describe('true for an illustrative entry that is not sourced; pages say so');

/** The collection each reference's id schema points at, for tools that read the schemas. */
const referenceTargets = new WeakMap<object, string>();

/** The collection `schema` refers to when it is (the id inside) a `ref()`, else undefined. */
export function referenceTarget(schema: object): string | undefined {
  return referenceTargets.get(schema);
}

/**
 * A relation to an entry of another collection, by its id. The id must be text; whether the
 * entry exists is checked once all collections are loaded (src/content-model/integrity.ts).
 */
export function ref<C extends string>(
  collection: C,
): z.ZodType<{ collection: C; id: string }, string> {
  const id = z.string({
    error: (issue) =>
      issue.input === undefined
        ? `is missing: add the id of an entry in ${collection}`
        : `must be the id of one entry in ${collection}, written as text`,
  });
  referenceTargets.set(id, collection);
  // Astro's generated type for reference() needs a collection name it knows; ours is generic.
  return id.pipe(reference(collection)) as unknown as z.ZodType<
    { collection: C; id: string },
    string
  >;
}
