/**
 * How the kiosk's offline copy stores pages: in packs of neighbouring pages (the pages of one
 * folder in address order, up to PACK_BYTES each), compressed together with Zstandard, plus an
 * index of where each page lies in its pack. Pages of one template share most of their bytes
 * (head, header, kiosk shell, footer), which a pack stores once: at 5,000 entries a page costs
 * about 1.6 KB in the copy instead of 10 KB gzipped on its own (docs/benchmarks.md). The build
 * writes them (src/integrations/page-packs.ts); the worker unpacks (src/sw/kiosk-sw.ts).
 *
 * Shared by the worker and the build: no imports, no DOM or Node names.
 */

/** The folder of the packs and of their index, in the built site. */
export const PACKS_DIR = 'offline';

/** The index of the packs, a PageIndex as JSON. */
export const PAGE_INDEX = `${PACKS_DIR}/pages.json`;

/** Raw bytes a pack holds at most (a single larger page gets a pack of its own): the worker
 * unpacks a whole pack for one page, about 10 ms for 512 KB in JavaScript. */
export const PACK_BYTES = 512 * 1024;

export interface PageIndex {
  /** The packs' paths, relative to the site. */
  packs: string[];
  /** Each page's address of its file (`/gi/x/index.html`): [pack, byte offset, byte length]. */
  pages: Record<string, [number, number, number]>;
}
