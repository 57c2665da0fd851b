/**
 * The entries an exhibition's text names through the hall's components (src/components/exhibition/):
 * `<Brand gi="yutai-dami" />`, `<Timeline gis="a b" />`, `<CountyHighlight county="weishan" />`.
 * content:check checks that each exists; the open data publishes them as the records it cites.
 */

/** The attribute by which a component names entries, and the collection each names. */
export const MENTION_ATTRIBUTES = {
  gi: 'gis',
  gis: 'gis',
  enterprise: 'enterprises',
  regional: 'regional-brands',
  county: 'counties',
  stat: 'stats',
} as const;

export type MentionedCollection = (typeof MENTION_ATTRIBUTES)[keyof typeof MENTION_ATTRIBUTES];

/** The collections an exhibition can cite, in the order the open data lists them. */
export const MENTIONED_COLLECTIONS = [
  'gis',
  'enterprises',
  'regional-brands',
  'counties',
  'stats',
] as const satisfies readonly MentionedCollection[];

export interface Mention {
  /** The component, e.g. `Brand`. */
  tag: string;
  /** The attribute, e.g. `gi`. */
  key: keyof typeof MENTION_ATTRIBUTES;
  collection: MentionedCollection;
  id: string;
  /** Offset in the text of the attribute, for an error's line and column. */
  offset: number;
}

const isMentionKey = (key: string): key is keyof typeof MENTION_ATTRIBUTES =>
  Object.hasOwn(MENTION_ATTRIBUTES, key);

/** Every entry a text names, in the order it names them (an id may come more than once). */
export function mentionsIn(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const tag of text.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*)>/g)) {
    const name = tag[1] ?? '';
    for (const attribute of (tag[2] ?? '').matchAll(/([a-z]+)="([^"]*)"/g)) {
      const [, key = '', value = ''] = attribute;
      if (!isMentionKey(key)) continue;
      const offset = (tag.index ?? 0) + 1 + name.length + (attribute.index ?? 0);
      for (const id of value.split(/\s+/).filter(Boolean)) {
        mentions.push({ tag: name, key, collection: MENTION_ATTRIBUTES[key], id, offset });
      }
    }
  }
  return mentions;
}

/** The ids a set of texts cites, by collection, each once, in the order first named. */
export function citedRecords(texts: string[]): Record<MentionedCollection, string[]> {
  const cited = Object.fromEntries(
    MENTIONED_COLLECTIONS.map((collection) => [collection, [] as string[]]),
  ) as Record<MentionedCollection, string[]>;
  for (const mention of texts.flatMap(mentionsIn)) {
    const ids = cited[mention.collection];
    if (!ids.includes(mention.id)) ids.push(mention.id);
  }
  return cited;
}
