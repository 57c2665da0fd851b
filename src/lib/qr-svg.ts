/**
 * The QR code of a page for its printed fact sheet, at build time (drawn by src/lib/qr-draw.ts).
 * Drawing one scores all eight mask patterns, a quarter of the main thread's busy time while a
 * warm build of 1,000 entries rendered its pages (docs/benchmarks.md), so codes are kept in the
 * build's cache folder (node_modules/.astro/qr/, with the picture variants) and drawn only for new
 * addresses. A code's file is named by the library's version, the options and the address: a
 * change of any makes a new one.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildCacheDir } from '../content-model/content-dir';
import { drawQr, QR_OPTIONS } from './qr-draw';

const VERSION: string = createRequire(import.meta.url)('qrcode/package.json').version;
const CACHE = join(buildCacheDir(), 'qr');

/** Where the cache keeps the code of `address`. */
export function qrCacheFile(address: string): string {
  const key = createHash('sha1').update(JSON.stringify([VERSION, QR_OPTIONS, address]));
  return join(CACHE, `${key.digest('hex')}.svg`);
}

/** The code of `address`, from the cache or drawn now and kept there. */
export async function qrSvg(address: string): Promise<string> {
  const file = qrCacheFile(address);
  const kept = await readFile(file, 'utf8').catch(() => '');
  if (kept.startsWith('<svg')) return kept;
  const svg = await drawQr(address);
  await mkdir(CACHE, { recursive: true });
  // Written whole, then renamed: a build stopped mid-write leaves no half code for the next.
  const partial = `${file}.${process.pid}.part`;
  await writeFile(partial, svg);
  await rename(partial, file);
  return svg;
}
