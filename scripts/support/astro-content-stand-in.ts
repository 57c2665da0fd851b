// What the schemas take from `astro:content` when they run in plain Node (see load-schemas.ts):
// a reference turns an id into { collection, id }, as Astro's does; whether the entry exists is
// checked by the spreadsheet import itself.
import { z } from 'astro/zod';

export function reference(collection: string) {
  return z.string().transform((id) => ({ collection, id }));
}
