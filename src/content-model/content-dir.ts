/**
 * Where the content lives. `BH_CONTENT_DIR` points the build at another folder (test fixtures,
 * synthetic content for benchmarks); by default it is `content/` at the project root.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTENT_DIR_VARIABLE = 'BH_CONTENT_DIR';

export function contentDir(): string {
  return resolve(process.env[CONTENT_DIR_VARIABLE] ?? 'content');
}

/** The content folder, or a folder inside it, as a file URL ending in a slash. */
export function contentUrl(...segments: string[]): URL {
  return pathToFileURL(`${resolve(contentDir(), ...segments)}/`);
}
