/**
 * The addresses with a QR code, made at build time: every address a visitor might want to take
 * home from a kiosk. That is every outside address the content links to (the
 * sources of facts, links in the prose, e-mail addresses) and the public address of every page
 * with an entry (brand pages show their own code in kiosk mode). src/pages/qr/[id].svg.ts writes
 * them to /qr/<id>.svg; src/lib/qr-id.ts names them, src/lib/qr-svg.ts draws them.
 */
import { LOCALE_CODES } from '../i18n/locales';
import { getHall } from './queries';
import { qrId } from './qr-id';
import { COLLECTION_ROUTES, entryPath, localePath, type RoutedCollection } from './urls';

const OUTSIDE = /^(?:https?:\/\/|mailto:)/i;
/** An address in running text or Markdown: up to a space, a bracket or a quote. */
const IN_TEXT = /(?:https?:\/\/|mailto:)[^\s<>"'()[\]{}，。；、）]+/gi;

/** Every string inside a value (objects, arrays), except image objects' file paths. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object' && !('format' in value && 'src' in value)) {
    for (const item of Object.values(value)) yield* strings(item);
  }
}

/** An address as a link's href will hold it, or undefined when it does not parse. */
function normalise(address: string): string | undefined {
  try {
    return new URL(address.replace(/[.,;:!?]+$/, '')).href;
  } catch {
    return undefined;
  }
}

/** Outside addresses in the content: facts' sources, prose links, the about pages. */
export async function outsideAddresses(): Promise<string[]> {
  const hall = await getHall();
  const found = new Set<string>();
  const add = (address: string) => {
    const href = normalise(address);
    if (href) found.add(href);
  };
  for (const entries of Object.values(hall)) {
    for (const entry of entries as { data: unknown; body?: string }[]) {
      for (const text of strings(entry.data)) {
        if (OUTSIDE.test(text)) add(text);
        else for (const match of text.matchAll(IN_TEXT)) add(match[0]);
      }
      for (const match of entry.body?.matchAll(IN_TEXT) ?? []) add(match[0]);
    }
  }
  const pages = import.meta.glob<string>('../i18n/pages/*.md', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  for (const text of Object.values(pages))
    for (const match of text.matchAll(IN_TEXT)) add(match[0]);
  return [...found].sort();
}

/** The public address of every entry page and home page, in every language. */
export async function pageAddresses(site: URL | string): Promise<string[]> {
  const hall = await getHall();
  const paths = LOCALE_CODES.flatMap((locale) => [
    localePath(locale),
    ...(Object.keys(COLLECTION_ROUTES) as RoutedCollection[]).flatMap((collection) =>
      hall[collection].map((entry) => entryPath(locale, collection, entry.id)),
    ),
  ]);
  return paths.map((path) => new URL(path, site).href);
}

/** Every address with a QR code, by id. Fails when two addresses share an id. */
export async function qrTargets(site: URL | string): Promise<Map<string, string>> {
  const byId = new Map<string, string>();
  for (const address of [...(await outsideAddresses()), ...(await pageAddresses(site))]) {
    const id = qrId(address);
    const other = byId.get(id);
    if (other && other !== address) {
      throw new Error(`QR ids collide: ${other} and ${address} are both ${id}`);
    }
    byId.set(id, address);
  }
  return byId;
}
