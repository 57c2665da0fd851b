/**
 * Which picture a file of the build is a variant of. Astro names each transformed image
 * `<name>.<source hash>_<transform hash>.<format>` (propsToFilename in astro/dist/assets/utils/
 * hash.js; the transform hash is base 62 with a leading Z for negative numbers), so every width
 * and format of one picture shares the part before the last `_`. The kiosk's worker keeps one
 * variant of each picture and answers a request for any other with it
 * (src/sw/kiosk-sw.ts); the build checks that each <picture> of the pages agrees with this rule
 * (src/integrations/hall-pictures.ts), so a change of Astro's naming fails the build instead of
 * leaving a hall screen without pictures.
 *
 * Shared by the worker and the build: no imports, no DOM or Node names.
 */
const VARIANT = /^(\/_astro\/.+)_Z?[0-9A-Za-z]+\.(?:avif|webp|png|jpe?g|gif)$/;

/** The picture a variant's path belongs to (`/_astro/cover.BJRWwSwK`), or undefined for a file
 * that is not a transformed image. */
export function imageKey(path: string): string | undefined {
  return VARIANT.exec(path)?.[1];
}
