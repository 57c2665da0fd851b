/**
 * Cover images of realistic size for synthetic entries: 1920×1080 JPEGs of about 150–300 KB,
 * soft colour fields with grain, like a photograph as far as an encoder is concerned.
 *
 * A pool of distinct images is drawn once and kept (in the system's temporary folder), then
 * copied into entries. Astro names an image by a hash of its bytes and transforms each distinct
 * image once, so entries that share a pool image share its AVIF/WebP variants. Distinct
 * photographs at a camera's sizes are drawn by photos.ts.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { Random } from './random.ts';

export const WIDTH = 1920;
export const HEIGHT = 1080;

/** Draws one image: a smooth field of colour blown up from a coarse grid, plus grain. */
async function drawImage(seed: number): Promise<Buffer> {
  const random = new Random(seed * 7919 + 17);
  const [w, h] = [48, 27];
  const coarse = Buffer.alloc(w * h * 3);
  const base = [random.int(40, 215), random.int(40, 215), random.int(40, 215)];
  const spread = random.int(100, 200);
  for (let i = 0; i < w * h; i += 1) {
    for (let c = 0; c < 3; c += 1) {
      const value = (base[c] ?? 128) + (random.next() - 0.5) * spread + ((i % w) / w) * 60;
      coarse[i * 3 + c] = Math.max(0, Math.min(255, value));
    }
  }
  const pixels = await sharp(coarse, { raw: { width: w, height: h, channels: 3 } })
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  // Grain sets the file size: amplitude 10 gives about 150 KB, 22 about 250 KB at quality 80.
  const grain = random.int(10, 22);
  for (let i = 0; i < pixels.length; i += 1) {
    pixels[i] = Math.max(0, Math.min(255, (pixels[i] ?? 0) + (random.next() - 0.5) * grain));
  }
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** The folder holding a pool of `size` images, drawn now if missing. Returns their paths. */
export async function imagePool(size: number, folder = defaultPoolFolder()): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const file = join(folder, `cover-${String(i).padStart(3, '0')}.jpg`);
    if (!existsSync(file)) writeFileSync(file, await drawImage(i));
    files.push(file);
  }
  return files;
}

export function defaultPoolFolder(): string {
  return join(tmpdir(), `bh-synthetic-images-v1-${WIDTH}x${HEIGHT}`);
}

/** Copies a pool image to `target` (where a hard link is not possible). */
export function placeImage(source: string, target: string): void {
  copyFileSync(source, target);
}
