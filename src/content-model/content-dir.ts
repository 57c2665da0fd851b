/**
 * Where the content lives. `BH_CONTENT_DIR` points the build at another folder (test fixtures,
 * synthetic content for benchmarks); by default it is `content/` at the project root.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTENT_DIR_VARIABLE = 'BH_CONTENT_DIR';

export function contentDir(): string {
  return resolve(process.env[CONTENT_DIR_VARIABLE] ?? 'content');
}

/** The content folder, or a folder inside it, as a file URL ending in a slash. */
export function contentUrl(...segments: string[]): URL {
  return pathToFileURL(`${resolve(contentDir(), ...segments)}/`);
}

/** Astro's cache folder for content read from `folder` (tests, benchmarks): one of its own in the
 * system's temporary folder, since the content cache keeps each entry's file path while the file
 * is unchanged. */
export function cacheDirFor(folder: string): string {
  const hash = createHash('sha1').update(resolve(folder)).digest('hex').slice(0, 10);
  return join(tmpdir(), `bh-astro-cache-${hash}`);
}

/** The build's cache folder (Astro's `cacheDir`: the content store, picture variants, and the
 * QR codes of src/lib/qr-svg.ts): node_modules/.astro for the project's own content. */
export function buildCacheDir(): string {
  return process.env[CONTENT_DIR_VARIABLE] ? cacheDirFor(contentDir()) : 'node_modules/.astro';
}
