/**
 * Which files the kiosk's offline copy stores gzipped. Pages and QR codes are text that gzip
 * makes five to ten times smaller, and a hall screen keeps every one of them, so at 5,000
 * entries they are most of the copy (docs/benchmarks.md). The build writes `<file>.gz` beside
 * each (src/integrations/service-worker.ts) and lists that instead of the file; the worker
 * answers a request for the file by unzipping it (src/sw/kiosk-sw.ts).
 *
 * Shared by the worker and the build: no imports, no DOM or Node names.
 */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  svg: 'image/svg+xml',
};

/** The suffix of the stored file. */
export const GZIPPED = '.gz';

/** The content type of a file stored gzipped, or undefined for a file stored as it is. */
export function gzippedType(path: string): string | undefined {
  return TYPES[path.slice(path.lastIndexOf('.') + 1)];
}
