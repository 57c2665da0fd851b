/**
 * Image encoder benchmark: what each variant of a picture costs to make, and how close it stays
 * to its source, for the photographs the collection will get and for the site's covers.
 *
 *   npm run bench:images                       # 12 photographs (photos.ts) and 8 covers
 *   npm run bench:images -- --photos 24 --widths 960,1920
 *   npm run bench:images -- --variants         # all variants of a picture, before and now
 *
 * Each variant is made as Astro's sharp service makes it (rotate, resize to the width without
 * enlarging, encode), one at a time, and its CPU time is this process's user + system time
 * across the call (libvips' threads included). Quality is SSIM (image-ssim: 8×8 windows on
 * luma, 1 = identical) of the decoded variant against the source resized to the same width,
 * as raw pixels: the loss the encoder adds, not the loss of the smaller width.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ssim from 'image-ssim';
import sharp, { type AvifOptions, type JpegOptions, type WebpOptions } from 'sharp';
import {
  ENCODER_SETTINGS,
  PICTURE_WIDTHS,
  SHARE_IMAGE_WIDTH,
} from '../../src/lib/picture-variants.ts';
import { photoSet } from '../synthetic/photos.ts';

export type Encoding =
  | { format: 'avif'; options: AvifOptions }
  | { format: 'webp'; options: WebpOptions }
  | { format: 'jpeg'; options: JpegOptions };

export interface Measured {
  cpuMs: number;
  bytes: number;
  ssim: number;
}

/** Every cover picture under a content folder. */
export function coverFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...coverFiles(path));
    else if (/^cover\.(png|jpe?g|webp)$/.test(entry.name) && statSync(path).size > 0) {
      found.push(path);
    }
  }
  return found.sort();
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function rawPixels(input: Buffer) {
  const { data, info } = await sharp(input)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 as const };
}

/** One variant made as Astro makes it; its CPU time, size and SSIM against `reference`. */
export async function measureVariant(
  source: Buffer,
  width: number,
  encoding: Encoding,
  reference?: Awaited<ReturnType<typeof rawPixels>>,
  height?: number,
): Promise<Measured> {
  const started = process.cpuUsage();
  const pipeline = sharp(source, { failOn: 'none' })
    .rotate()
    .resize(
      height === undefined
        ? { width, withoutEnlargement: true }
        : { width, height, fit: 'cover', withoutEnlargement: true },
    );
  if (encoding.format === 'avif') pipeline.avif(encoding.options);
  else if (encoding.format === 'webp') pipeline.webp(encoding.options);
  else pipeline.jpeg(encoding.options);
  const encoded = await pipeline.toBuffer();
  const cpu = cpuMs(started);
  let similarity = Number.NaN;
  if (reference) {
    const decoded = await rawPixels(encoded);
    similarity = ssim.compare(reference, decoded).ssim;
  }
  return { cpuMs: cpu, bytes: encoded.length, ssim: similarity };
}

/** The source resized to `width` as lossless raw pixels: what a variant is compared with. */
export async function referenceAt(source: Buffer, width: number) {
  const resized = await sharp(source, { failOn: 'none' })
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return rawPixels(resized);
}

/** The encoder settings compared: today's defaults first. */
export const SETTINGS: { name: string; encoding: Encoding }[] = [
  { name: 'avif q50 effort 4 (sharp default, today)', encoding: { format: 'avif', options: {} } },
  { name: 'avif q50 effort 2', encoding: { format: 'avif', options: { effort: 2 } } },
  { name: 'avif q55 effort 2', encoding: { format: 'avif', options: { quality: 55, effort: 2 } } },
  { name: 'avif q50 effort 1', encoding: { format: 'avif', options: { effort: 1 } } },
  { name: 'avif q55 effort 1', encoding: { format: 'avif', options: { quality: 55, effort: 1 } } },
  { name: 'avif q55 effort 0', encoding: { format: 'avif', options: { quality: 55, effort: 0 } } },
  { name: 'webp q80 effort 4 (sharp default, today)', encoding: { format: 'webp', options: {} } },
  { name: 'webp q80 effort 2', encoding: { format: 'webp', options: { effort: 2 } } },
  { name: 'jpeg q80 (sharp default)', encoding: { format: 'jpeg', options: {} } },
  {
    name: 'jpeg q80 mozjpeg',
    encoding: { format: 'jpeg', options: { mozjpeg: true } },
  },
];

/** One variant a build makes of a picture: `width` 0 is the source's own width. */
export interface Variant {
  width: number;
  height?: number;
  encoding: Encoding;
}

/**
 * The variants of one picture as the templates asked for them before this tuning: AVIF and
 * WebP at 480/960/1600/1920 (Picture's widths), WebP at the source's own width (the fallback
 * `<img src>`, which Astro makes at full size when no width is given), the 1200 px JPEG for
 * link previews and the 192×144 WebP search thumbnail, all with sharp's default settings.
 */
export const VARIANTS_BEFORE: Variant[] = [
  ...[480, 960, 1600, 1920].map(
    (width) => ({ width, encoding: { format: 'avif', options: {} } }) as Variant,
  ),
  ...[480, 960, 1600, 1920, 0].map(
    (width) => ({ width, encoding: { format: 'webp', options: {} } }) as Variant,
  ),
  { width: 1200, encoding: { format: 'jpeg', options: {} } },
  { width: 192, height: 144, encoding: { format: 'webp', options: {} } },
];

/**
 * The variants the build makes now: AVIF at PICTURE_WIDTHS with ENCODER_SETTINGS, the JPEG
 * that is both the link preview and the fallback `<img src>`, and the search thumbnail.
 */
export const VARIANTS_NOW: Variant[] = [
  ...PICTURE_WIDTHS.map(
    (width) => ({ width, encoding: { format: 'avif', options: ENCODER_SETTINGS.avif } }) as Variant,
  ),
  { width: SHARE_IMAGE_WIDTH, encoding: { format: 'jpeg', options: {} } },
  { width: 192, height: 144, encoding: { format: 'webp', options: ENCODER_SETTINGS.webp } },
];

/** CPU ms to make every variant of each picture, one total per picture. */
export async function variantCosts(files: string[], variants: Variant[]): Promise<number[]> {
  const { readFile } = await import('node:fs/promises');
  const totals: number[] = [];
  for (const file of files) {
    const source = await readFile(file);
    const { width: sourceWidth = 0 } = await sharp(source).metadata();
    let total = 0;
    // Astro makes a transform once: the same width, height and format is the same file.
    const made = new Set<string>();
    for (const variant of variants) {
      const width = Math.min(variant.width || sourceWidth, sourceWidth);
      const key = `${width}x${variant.height ?? ''}.${variant.encoding.format}`;
      if (made.has(key)) continue;
      made.add(key);
      total += (await measureVariant(source, width, variant.encoding, undefined, variant.height))
        .cpuMs;
    }
    totals.push(total);
  }
  return totals;
}

interface Row {
  set: string;
  width: number;
  setting: string;
  pictures: number;
  cpuMs: number;
  kb: number;
  ssimMean: number;
  ssimMin: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function compare(set: string, files: string[], widths: number[]): Promise<Row[]> {
  const { readFile } = await import('node:fs/promises');
  const rows: Row[] = [];
  for (const width of widths) {
    const results = SETTINGS.map(() => [] as Measured[]);
    for (const file of files) {
      const source = await readFile(file);
      const reference = await referenceAt(source, width);
      for (const [index, setting] of SETTINGS.entries()) {
        results[index]?.push(await measureVariant(source, width, setting.encoding, reference));
      }
    }
    for (const [index, setting] of SETTINGS.entries()) {
      const measured = results[index] ?? [];
      rows.push({
        set,
        width,
        setting: setting.name,
        pictures: measured.length,
        cpuMs: median(measured.map((m) => m.cpuMs)),
        kb: median(measured.map((m) => m.bytes)) / 1024,
        ssimMean: measured.reduce((sum, m) => sum + m.ssim, 0) / measured.length,
        ssimMin: Math.min(...measured.map((m) => m.ssim)),
      });
    }
    console.log(`\n${table(rows.slice(-SETTINGS.length))}`);
  }
  return rows;
}

export function table(rows: Row[]): string {
  const head =
    '| pictures | width px | setting | n | CPU ms (median) | KB (median) | SSIM mean | SSIM min |';
  const rule = '|---|---:|---|---:|---:|---:|---:|---:|';
  return [
    head,
    rule,
    ...rows.map(
      (r) =>
        `| ${r.set} | ${r.width} | ${r.setting} | ${r.pictures} | ${r.cpuMs.toFixed(0)} | ${r.kb.toFixed(1)} | ${r.ssimMean.toFixed(4)} | ${r.ssimMin.toFixed(4)} |`,
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      photos: { type: 'string', default: '12' },
      content: { type: 'string', default: 'content' },
      covers: { type: 'string', default: '8' },
      widths: { type: 'string', default: '960,1920' },
      json: { type: 'string' },
      variants: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run bench:images -- [--variants] [--photos 12] [--covers 8] [--content content] [--widths 960,1920] [--json FILE]',
    );
    return;
  }
  const widths = values.widths.split(',').map(Number);
  const photos = await photoSet(Number(values.photos));
  // An even sample of the covers: every k-th, so each kind of illustration is in it.
  const allCovers = coverFiles(values.content);
  const step = Math.max(1, Math.floor(allCovers.length / Number(values.covers)));
  const covers = allCovers.filter((_, i) => i % step === 0).slice(0, Number(values.covers));
  if (values.variants) {
    // Every variant of each picture, the old list and today's, picture by picture in turn.
    for (const [set, files] of [
      ['photographs', photos],
      ['covers', covers],
    ] as const) {
      const before = await variantCosts(files, VARIANTS_BEFORE);
      const now = await variantCosts(files, VARIANTS_NOW);
      const ratio = before.map((b, i) => b / (now[i] ?? 1));
      console.log(
        `${set} (${files.length}): CPU s per picture, median — before ${(median(before) / 1000).toFixed(2)}, now ${(median(now) / 1000).toFixed(2)}, ratio ${median(ratio).toFixed(1)} (min ${Math.min(...ratio).toFixed(1)}, max ${Math.max(...ratio).toFixed(1)})`,
      );
    }
    return;
  }
  const rows = [
    ...(await compare('photographs', photos, widths)),
    ...(await compare('covers', covers, widths)),
  ];
  console.log(`\n${table(rows)}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
