/**
 * The workbook download (/data/jining-brands.xlsx) kept in the build's cache folder
 * (node_modules/.astro/workbook/), made again only when what it is made from changes. Making it
 * parses every YAML file and writes a sheet row per entry: about 5 CPU-seconds at 5,000 entries,
 * a twentieth of a warm build (docs/benchmarks.md). Its file is named by a digest of every file
 * it reads, of whether each entry's prose files exist, of the bundled code that writes it and of
 * the versions of the libraries it uses: a change to any of them makes a new one, and the old
 * one is removed. Not for `astro dev`, where this module is its source file alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCacheDir } from '../../content-model/content-dir.ts';
import { COLLECTION_SHEETS, listFileOf, PROSE_COLUMNS } from './collections.ts';
import { entryFolders, factsFileOf } from './content.ts';
import { buildWorkbook } from './write-workbook.ts';

const require = createRequire(import.meta.url);
const VERSIONS = ['exceljs', 'yaml'].map((name) => require(`${name}/package.json`).version);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The files the workbook reads, relative to `dir`, and the prose files whose names it lists. */
function inputsOf(dir: string): { read: string[]; listed: string[] } {
  const read: string[] = [];
  const listed: string[] = [];
  for (const sheet of COLLECTION_SHEETS) {
    if (sheet.storage === 'list-file') {
      read.push(listFileOf(sheet.collection));
      continue;
    }
    for (const id of entryFolders(dir, sheet.collection)) {
      read.push(factsFileOf(sheet.collection, id));
      for (const { key } of PROSE_COLUMNS) listed.push(`${sheet.collection}/${id}/${key}`);
    }
  }
  return { read, listed };
}

/** Where the cache keeps the workbook of the content folder `dir` as it is now. */
export function workbookCacheFile(dir: string): string {
  const hash = createHash('sha256');
  // In a build, this module's file is a chunk of the bundle that names the chunks it imports by
  // their own content hashes, so a change to any code the workbook is written with changes it.
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(JSON.stringify(VERSIONS));
  const { read, listed } = inputsOf(dir);
  for (const file of read) {
    const path = join(dir, file);
    hash.update(`\0${file}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : '\0absent');
  }
  for (const file of listed) hash.update(`\0${file}\0${existsSync(join(dir, file))}`);
  return join(buildCacheDir(), 'workbook', `${hash.digest('hex')}.xlsx`);
}

/** The workbook of `dir`, from the cache or made now and kept there. */
export async function cachedWorkbook(dir: string): Promise<Uint8Array> {
  const file = workbookCacheFile(dir);
  const kept = await readFile(file).catch(() => undefined);
  // An .xlsx is a zip archive: a file emptied or cut short by hand is made again.
  if (kept?.subarray(0, 4).equals(ZIP_SIGNATURE)) return kept;
  const workbook = await buildWorkbook(dir);
  const folder = dirname(file);
  await mkdir(folder, { recursive: true });
  // Written whole, then renamed: a build stopped mid-write leaves no half workbook for the next.
  const partial = `${file}.${process.pid}.part`;
  await writeFile(partial, workbook);
  await rename(partial, file);
  // One workbook per content folder is enough: each is 1.7 MB at 5,000 entries.
  for (const old of await readdir(folder)) {
    if (old.endsWith('.xlsx') && old !== basename(file))
      await rm(join(folder, old), { force: true });
  }
  return workbook;
}
