/**
 * Writes the packs of pages the kiosk's offline copy stores (the format: src/sw/page-packs.ts):
 * each folder's pages in address order, cut into packs of at most PACK_BYTES, each compressed
 * with Zstandard and named by its content, and the index of where each page lies.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { constants, zstdCompressSync } from 'node:zlib';
import { PACK_BYTES, PACKS_DIR, PAGE_INDEX, type PageIndex } from '../sw/page-packs.ts';

/** Level 12: within 10 % of the smallest (level 19) at thirty times its speed (measured on the
 * 5,000-entry build, docs/benchmarks.md). */
const ZSTD_LEVEL = 12;

/** The folder whose pages share a pack: `gi` for gi/x/index.html, `` for about/index.html. */
function folderOf(page: string): string {
  const folder = posix.dirname(page);
  return page.endsWith('/index.html') ? posix.dirname(folder) : folder;
}

/** Packs the pages (paths relative to the site); returns the files written: packs and index. */
export async function writePagePacks(site: string, pages: string[]): Promise<string[]> {
  await rm(join(site, PACKS_DIR), { recursive: true, force: true });
  await mkdir(join(site, PACKS_DIR), { recursive: true });
  const byFolder = Map.groupBy(pages.toSorted(), folderOf);
  const index: PageIndex = { packs: [], pages: {} };
  for (const folderPages of byFolder.values()) {
    let parts: Buffer[] = [];
    let size = 0;
    const flush = async () => {
      if (parts.length === 0) return;
      const packed = zstdCompressSync(Buffer.concat(parts), {
        params: { [constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL },
      });
      const name = `${PACKS_DIR}/pages-${createHash('sha1').update(packed).digest('hex').slice(0, 12)}.zst`;
      await writeFile(join(site, name), packed);
      index.packs.push(name);
      parts = [];
      size = 0;
    };
    for (const page of folderPages) {
      const bytes = await readFile(join(site, page));
      if (size > 0 && size + bytes.length > PACK_BYTES) await flush();
      index.pages[encodeURI(`/${page}`)] = [index.packs.length, size, bytes.length];
      parts.push(bytes);
      size += bytes.length;
    }
    await flush();
  }
  await mkdir(dirname(join(site, PAGE_INDEX)), { recursive: true });
  await writeFile(join(site, PAGE_INDEX), JSON.stringify(index));
  return [...index.packs, PAGE_INDEX];
}
