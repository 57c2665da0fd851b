/**
 * Which variant of each picture a hall screen loads, read from the built pages' markup: the
 * kiosk's offline copy keeps that one and no other (src/integrations/service-worker.ts).
 *
 * For each <picture> (or a lone <img>) it does what the kiosk's Chromium does at the hall's
 * screen size (KIOSK.screen) and a device pixel ratio of 1: the first <source> whose type it
 * decodes and whose media matches, else the <img>; of that srcset, the slot width from `sizes`,
 * then the narrowest candidate at least as wide as the slot (the widest if none is). Nothing
 * here knows the widths the templates ask for: change them and the choice follows.
 */
import { imageKey } from '../sw/image-key.ts';

export interface Viewport {
  width: number;
  height: number;
}

/** One picture on a page: every file it offers, and the one a hall screen loads. */
export interface ShownPicture {
  variants: string[];
  chosen: string;
  /** The chosen file's width descriptor (0 when the markup gives none). */
  width: number;
}

/** Image types the kiosk's Chromium decodes (a <source> of another type is skipped). */
const DECODES = new Set([
  'image/avif',
  'image/webp',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/svg+xml',
]);
/** sizes' font-relative lengths are relative to the initial font size, as in media queries. */
const FONT_PX = 16;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)) {
    found.set(name!.toLowerCase(), (value ?? '').replaceAll('&amp;', '&'));
  }
  return found;
}

/** A CSS length of a `sizes` value or a media feature, in CSS px. */
function lengthPx(text: string, viewport: Viewport, where: string): number {
  const match = /^(\d+(?:\.\d+)?|\.\d+)(px|rem|em|vw|vh)$/.exec(text.trim());
  if (!match) {
    throw new Error(
      `${where}: the length "${text}" cannot be read by src/integrations/hall-pictures.ts ` +
        '(px, rem, em, vw or vh); write it so, or teach that file the new unit',
    );
  }
  const value = Number(match[1]);
  const unit = match[2];
  if (unit === 'px') return value;
  if (unit === 'vw') return (value * viewport.width) / 100;
  if (unit === 'vh') return (value * viewport.height) / 100;
  return value * FONT_PX;
}

/** Whether a media condition such as `(min-width: 40rem) and (orientation: landscape)` holds. */
function mediaMatches(condition: string, viewport: Viewport, where: string): boolean {
  return condition.split(/\s+and\s+/).every((part) => {
    const feature = /^\(\s*([\w-]+)\s*:\s*([^)]+)\)$/.exec(part.trim());
    if (!feature) {
      throw new Error(
        `${where}: the media condition "${condition}" cannot be read by ` +
          'src/integrations/hall-pictures.ts (min-/max-width, min-/max-height, orientation joined by "and")',
      );
    }
    const [, name, value] = feature;
    if (name === 'orientation') {
      return (value!.trim() === 'portrait') === viewport.height >= viewport.width;
    }
    const px = () => lengthPx(value!, viewport, where);
    if (name === 'min-width') return viewport.width >= px();
    if (name === 'max-width') return viewport.width <= px();
    if (name === 'min-height') return viewport.height >= px();
    if (name === 'max-height') return viewport.height <= px();
    throw new Error(
      `${where}: the media feature "${name}" cannot be read by src/integrations/hall-pictures.ts`,
    );
  });
}

/** The slot width `sizes` gives at this viewport (100vw without `sizes`). */
export function slotWidth(sizes: string | undefined, viewport: Viewport, where: string): number {
  if (!sizes) return viewport.width;
  for (const entry of sizes.split(',')) {
    const text = entry.trim();
    // [media condition] length, the length a word or a function such as calc(…).
    const [, condition, length] = /^(.*?)\s*([a-z-]+\(.*\)|[^\s()]+)$/.exec(text) ?? [];
    if (!condition) return lengthPx(length ?? text, viewport, where);
    if (mediaMatches(condition, viewport, where)) return lengthPx(length!, viewport, where);
  }
  return viewport.width;
}

interface Candidate {
  url: string;
  width: number;
}

function candidates(srcset: string): Candidate[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, descriptor]) => ({
      url: url!,
      width: Number(/^(\d+)w$/.exec(descriptor ?? '')?.[1] ?? 0),
    }));
}

/** The candidate Chromium loads at a device pixel ratio of 1 for this slot. */
function pick(list: Candidate[], slot: number): Candidate {
  const byWidth = [...list].sort((a, b) => a.width - b.width);
  return byWidth.find((candidate) => candidate.width >= slot) ?? byWidth.at(-1)!;
}

function shownPicture(markup: string, viewport: Viewport, where: string): ShownPicture | undefined {
  const tags = [...markup.matchAll(/<(source|img)\b[^>]*>/g)].map(([tag, name]) => ({
    name: name!,
    attrs: attributes(tag.slice(name!.length + 1)),
  }));
  const img = tags.find((tag) => tag.name === 'img');
  if (!img) return undefined;
  const variants = new Set<string>();
  for (const { attrs } of tags) {
    for (const { url } of candidates(attrs.get('srcset') ?? '')) variants.add(url);
    const src = attrs.get('src');
    if (src) variants.add(src);
  }
  const source = tags.find(
    ({ name, attrs }) =>
      name === 'source' &&
      (!attrs.has('type') || DECODES.has(attrs.get('type')!)) &&
      (!attrs.has('media') || mediaMatches(attrs.get('media')!, viewport, where)),
  );
  const chosenTag = source ?? img;
  const srcset = chosenTag.attrs.get('srcset');
  if (chosenTag.attrs.get('sizes') === 'auto') {
    throw new Error(
      `${where}: sizes="auto" depends on the layout, so the offline copy cannot tell which ` +
        'picture a hall screen loads; give the slot width in sizes',
    );
  }
  const chosen = srcset
    ? pick(candidates(srcset), slotWidth(chosenTag.attrs.get('sizes'), viewport, where))
    : { url: img.attrs.get('src') ?? '', width: 0 };
  if (!chosen.url) return undefined;
  return { variants: [...variants], chosen: chosen.url, width: chosen.width };
}

/** Every picture of a page (`where` names the page in errors). */
export function shownPictures(html: string, viewport: Viewport, where: string): ShownPicture[] {
  const pictures: ShownPicture[] = [];
  const rest = html.replace(/<picture\b[\s\S]*?<\/picture>/g, (markup) => {
    const picture = shownPicture(markup, viewport, where);
    if (picture) pictures.push(picture);
    return '';
  });
  for (const [tag] of rest.matchAll(/<img\b[^>]*>/g)) {
    const picture = shownPicture(tag, viewport, where);
    if (picture) pictures.push(picture);
  }
  return pictures;
}

/**
 * One file per picture over the whole site: of the variants the pages load, the widest (a cover
 * is a card on one page and the page's hero on another; the hero's variant serves both). Throws
 * when the files of one <picture> do not share an image key, i.e. when the worker could not
 * answer a request for one of them with the kept one.
 */
export function onePerPicture(pictures: { where: string; picture: ShownPicture }[]): string[] {
  const kept = new Map<string, ShownPicture>();
  const lone: string[] = [];
  for (const { where, picture } of pictures) {
    const key = imageKey(picture.chosen);
    if (key === undefined) {
      lone.push(picture.chosen);
      continue;
    }
    const strangers = picture.variants.filter((url) => imageKey(url) !== key);
    if (strangers.length > 0) {
      throw new Error(
        `${where}: the files of one picture (${picture.chosen}, ${strangers.join(', ')}) are not ` +
          "named as src/sw/image-key.ts expects (Astro's <name>.<hash>_<transform>.<format>); " +
          'the kiosk worker could not stand one in for another. Update imageKey() to the new naming',
      );
    }
    const before = kept.get(key);
    if (!before || picture.width > before.width) kept.set(key, picture);
  }
  return [...new Set([...[...kept.values()].map((picture) => picture.chosen), ...lone])];
}
