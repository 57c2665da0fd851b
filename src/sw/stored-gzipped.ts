/**
 * Which files the kiosk's offline copy stores gzipped: SVG, above all the QR codes, which gzip
 * makes three times smaller; a hall screen keeps every one of them (26,000 at 5,000 entries,
 * docs/benchmarks.md). Pages are stored otherwise (src/sw/page-packs.ts). The build writes
 * `<file>.gz` beside each (src/integrations/service-worker.ts) and lists that instead of the
 * file; the worker answers a request for the file by unzipping it (src/sw/kiosk-sw.ts).
 *
 * Shared by the worker and the build: no imports, no DOM or Node names.
 */
const TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
};

/** The suffix of the stored file. */
export const GZIPPED = '.gz';

/** The content type of a file stored gzipped, or undefined for a file stored as it is. */
export function gzippedType(path: string): string | undefined {
  return TYPES[path.slice(path.lastIndexOf('.') + 1)];
}
