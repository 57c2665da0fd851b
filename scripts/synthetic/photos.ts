/**
 * Photograph-like JPEGs at a camera's sizes (3000×2000 to 4000×3000), for benchmarks of the
 * image work that real photographs will bring: each one distinct, 1.5–4 MB.
 *
 * An encoder finds in them what it finds in a photograph: soft light (a gradient and smooth
 * fields of colour at several scales), hard edges (shapes with shading, thin lines like
 * branches or lettering) and sensor grain.
 *
 * Pictures are drawn once per seed and size and kept in the system's temporary folder.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { Random } from './random.ts';

/** Sizes cameras and phones write: 3:2 and 4:3, landscape and portrait. */
const SIZES: readonly (readonly [number, number])[] = [
  [3000, 2000],
  [3600, 2400],
  [4000, 3000],
  [4032, 3024],
  [2000, 3000],
  [3000, 4000],
];

/** A field of colour from a coarse random grid blown up smoothly: light at one scale. */
async function field(random: Random, width: number, height: number, cells: number, spread: number) {
  const w = cells;
  const h = Math.max(2, Math.round((cells * height) / width));
  const grid = Buffer.alloc(w * h * 3);
  for (let i = 0; i < grid.length; i += 1) grid[i] = random.int(128 - spread, 128 + spread);
  const input = await sharp(grid, { raw: { width: w, height: h, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  return { input, raw: { width, height, channels: 3 as const } };
}

/** Hard-edged detail as SVG: shaded shapes, thin strokes and rows of small marks. */
function detailSvg(random: Random, width: number, height: number): Buffer {
  const colour = () => `rgb(${random.int(0, 255)},${random.int(0, 255)},${random.int(0, 255)})`;
  const parts: string[] = [
    '<defs>',
    ...Array.from(
      { length: 4 },
      (_, i) =>
        `<linearGradient id="g${i}" x1="0" y1="0" x2="${random.next()}" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient>`,
    ),
    '</defs>',
  ];
  for (let i = 0; i < 40; i += 1) {
    const x = random.int(0, width);
    const y = random.int(0, height);
    const size = random.int(width / 40, width / 6);
    const fill = `url(#g${random.int(0, 3)})`;
    const opacity = (0.4 + random.next() * 0.6).toFixed(2);
    parts.push(
      random.chance(0.5)
        ? `<ellipse cx="${x}" cy="${y}" rx="${size}" ry="${Math.round(size * (0.3 + random.next()))}" fill="${fill}" fill-opacity="${opacity}"/>`
        : `<rect x="${x}" y="${y}" width="${size}" height="${Math.round(size * (0.3 + random.next() * 1.5))}" fill="${fill}" fill-opacity="${opacity}" transform="rotate(${random.int(-30, 30)} ${x} ${y})"/>`,
    );
  }
  for (let i = 0; i < 120; i += 1) {
    let d = `M${random.int(0, width)} ${random.int(0, height)}`;
    for (let j = 0; j < 6; j += 1) d += ` l${random.int(-200, 200)} ${random.int(-200, 200)}`;
    parts.push(
      `<path d="${d}" stroke="${colour()}" stroke-width="${random.int(1, 6)}" fill="none" stroke-opacity="0.8"/>`,
    );
  }
  for (let i = 0; i < 30; i += 1) {
    const x = random.int(0, width - 600);
    const y = random.int(0, height);
    const marks = Array.from(
      { length: 24 },
      (_, j) => `<rect x="${x + j * 24}" y="${y}" width="${random.int(6, 18)}" height="20"/>`,
    );
    parts.push(`<g fill="${colour()}">${marks.join('')}</g>`);
  }
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`,
  );
}

/** Draws one photograph-like JPEG. The same seed draws the same bytes. */
export async function drawPhoto(seed: number): Promise<Buffer> {
  const random = new Random(seed * 104729 + 7);
  const [width, height] = SIZES[seed % SIZES.length] ?? [4000, 3000];
  const [light, colour, fine] = await Promise.all([
    field(random, width, height, 4, 120),
    field(random, width, height, 24, 60),
    field(random, width, height, 400, 60),
  ]);
  // Light, colour and texture mixed as plain sums (blend modes cost seconds at this size).
  const mixed = Buffer.alloc(light.input.length);
  for (let i = 0; i < mixed.length; i += 1) {
    mixed[i] =
      0.55 * (light.input[i] ?? 0) + 0.3 * (colour.input[i] ?? 0) + 0.15 * (fine.input[i] ?? 0);
  }
  const pixels = await sharp(mixed, { raw: light.raw })
    .composite([{ input: detailSvg(random, width, height), blend: 'over' }])
    .removeAlpha()
    .raw()
    .toBuffer();
  // Grain over everything, as a sensor adds it: the sum of two uniform draws (close to a
  // sensor's noise) from an inline xorshift; sharp's gaussian noise takes seconds at this size.
  const amplitude = random.int(8, 24);
  let state = (seed * 2654435761) >>> 0 || 1;
  const draw = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  for (let i = 0; i < pixels.length; i += 1) {
    const value = (pixels[i] ?? 0) + (draw() + draw() - 1) * amplitude;
    pixels[i] = value < 0 ? 0 : value > 255 ? 255 : value;
  }
  return sharp(pixels, { raw: light.raw }).jpeg({ quality: 88 }).toBuffer();
}

export function defaultPhotoFolder(): string {
  return join(tmpdir(), 'bh-synthetic-photos-v1');
}

/** The paths of `count` photographs, drawn now where missing (as many at once as there are cores). */
export async function photoSet(count: number, folder = defaultPhotoFolder()): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const files = Array.from({ length: count }, (_, i) =>
    join(folder, `photo-${String(i).padStart(4, '0')}.jpg`),
  );
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const file = files[i] ?? '';
      if (!existsSync(file)) writeFileSync(file, await drawPhoto(i));
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return files;
}
