/**
 * One QR code as SVG (the `qrcode` package): dark modules on white with a quiet zone, readable on
 * any screen. Making one scores all eight mask patterns, a quarter of the main thread's busy time
 * while a warm build of 1,000 entries renders its pages (docs/benchmarks.md), so codes are kept in the build's cache folder
 * (node_modules/.astro/qr/, with the picture variants) and made only for new addresses. A code's
 * file is named by the library's version, the options and the address: a change of any makes a
 * new one.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { buildCacheDir } from '../content-model/content-dir';

export const QR_OPTIONS = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 2,
  color: { dark: '#132426', light: '#ffffff' },
} as const;

const VERSION: string = createRequire(import.meta.url)('qrcode/package.json').version;
const CACHE = join(buildCacheDir(), 'qr');

/** Where the cache keeps the code of `address`. */
export function qrCacheFile(address: string): string {
  const key = createHash('sha1').update(JSON.stringify([VERSION, QR_OPTIONS, address]));
  return join(CACHE, `${key.digest('hex')}.svg`);
}

/** Codes of this build by address: an entry page's code is inlined in the page (its printed
 * sheet) and written to /qr/<id>.svg too. */
const made = new Map<string, Promise<string>>();

async function cachedOrMade(address: string): Promise<string> {
  const file = qrCacheFile(address);
  const kept = await readFile(file, 'utf8').catch(() => '');
  if (kept.startsWith('<svg')) return kept;
  const svg = await QRCode.toString(address, QR_OPTIONS);
  await mkdir(CACHE, { recursive: true });
  // Written whole, then renamed: a build stopped mid-write leaves no half code for the next.
  const partial = `${file}.${process.pid}.part`;
  await writeFile(partial, svg);
  await rename(partial, file);
  return svg;
}

export function qrSvg(address: string): Promise<string> {
  let svg = made.get(address);
  if (!svg) {
    svg = cachedOrMade(address);
    made.set(address, svg);
  }
  return svg;
}
