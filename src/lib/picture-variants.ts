/**
 * The variants the build makes of every picture, chosen from what the pages ask for
 * (docs/benchmarks.md, "Which variants the pages use"): every picture has a hero on its own
 * page, so each one needs the whole range.
 *
 * - 480: a card on a desktop at 1× (slots of 19–24rem);
 * - 960: a card on a phone or tablet at 2×, a list at 2×;
 * - 1280: a hero at 1× on a laptop (78rem = 1,248 px), a card on a phone at 3×;
 * - 1920: a hero at 2×, the hall's 1080p screen at full width (and its 4K screen, which the
 *   1,920 px covers cannot fill more sharply anyway).
 */
export const PICTURE_WIDTHS = [480, 960, 1280, 1920] as const;

/**
 * The JPEG every picture also gets: the image of link previews (og:image), and the `<img src>`
 * of browsers without AVIF, one transform for both.
 */
export const SHARE_IMAGE_WIDTH = 1200;

/**
 * The widths to make of a picture `sourceWidth` px wide: never wider than the source (Astro
 * would not enlarge it and would write the same file twice), and at least the source's own
 * width when it is narrower than them all.
 */
export function pictureWidths(sourceWidth: number): number[] {
  const widths = PICTURE_WIDTHS.filter((width) => width <= sourceWidth);
  return widths.length > 0 ? widths : [sourceWidth];
}

/**
 * Encoder settings for sharp, measured against SSIM on photographs and covers
 * (`npm run bench:images`, docs/benchmarks.md "Pictures"). Sharp's default AVIF effort, 4,
 * spends about 6 CPU-seconds on one 1,280 px variant of a photograph; effort 1 is 18 times
 * faster, and quality 55 instead of 50 keeps SSIM within 0.005 of the default's. WebP is only
 * the search thumbnails': effort 2 at the default quality 80.
 */
export const ENCODER_SETTINGS = {
  avif: { effort: 1, quality: 55 },
  webp: { effort: 2 },
} as const;
