/**
 * Writes synthetic content for benchmarks: N entries shared among every folder kind, valid
 * against the real schemas, into a folder the build reads through BH_CONTENT_DIR.
 *
 *   node scripts/synthetic/generate.ts --entries 5000 --out /tmp/bh-content-5000
 *   BH_CONTENT_DIR=/tmp/bh-content-5000 npx node scripts/build.ts --outDir /tmp/bh-dist-5000
 *
 * The list files (counties, industries, stats) are the real ones: they are fixed lists that do
 * not grow with the collection. Every synthetic entry carries `sample: true`.
 */
import { cpSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import {
  EntryFactory,
  FOLDER_KINDS,
  KIND_SHARES,
  type County,
  type FolderKind,
  type Industry,
} from './entries.ts';
import { imagePool, placeImage } from './images.ts';
import { photoSet } from './photos.ts';

export interface GenerateOptions {
  /** How many entries in all, shared among the kinds by KIND_SHARES (or of each kind). */
  entries: number;
  /** The folder to write; emptied first. */
  out: string;
  /** `entries` of every kind instead of `entries` in all. */
  perKind?: boolean;
  /** How many distinct cover images entries share (default 50). */
  imagePool?: number;
  /**
   * Give every entry a photograph of its own (camera-sized, see photos.ts), so Astro transforms
   * each one, as it will real photographs.
   */
  distinctImages?: boolean;
  seed?: number;
  /** Where the real list files are read from (default content/). */
  realContent?: string;
}

export interface GeneratedContent {
  folder: string;
  counts: Record<FolderKind, number>;
  total: number;
  covers: number;
}

/** How many entries of each kind make up `entries`. Every kind gets at least one. */
export function kindCounts(entries: number, perKind = false): Record<FolderKind, number> {
  const counts = {} as Record<FolderKind, number>;
  for (const kind of FOLDER_KINDS) {
    counts[kind] = perKind ? entries : Math.max(1, Math.round(entries * KIND_SHARES[kind]));
  }
  return counts;
}

function readList<T>(file: string): T[] {
  return (parse(readFileSync(file, 'utf8')) ?? []) as T[];
}

export async function generateContent(options: GenerateOptions): Promise<GeneratedContent> {
  const folder = resolve(options.out);
  const real = resolve(options.realContent ?? 'content');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const list of ['counties.yaml', 'industries.yaml', 'stats.yaml']) {
    cpSync(join(real, list), join(folder, list));
  }
  const counties = readList<County>(join(folder, 'counties.yaml'));
  const industries = readList<Industry>(join(folder, 'industries.yaml'));
  const counts = kindCounts(options.entries, options.perKind);
  const factory = new EntryFactory(options.seed ?? 1, counties, industries);
  const entries = factory.build(counts);
  const withCover = entries.filter((entry) => entry.cover).length;
  const pool = options.distinctImages
    ? await photoSet(withCover)
    : await imagePool(options.imagePool ?? 50);

  let covers = 0;
  for (const entry of entries) {
    const dir = join(folder, entry.kind, entry.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'facts.yaml'), stringify(entry.facts, { lineWidth: 0 }));
    writeFileSync(join(dir, 'zh.md'), entry.zh);
    if (entry.en !== undefined) writeFileSync(join(dir, 'en.md'), entry.en);
    if (!entry.cover) continue;
    const source = pool[covers % pool.length] ?? '';
    const target = join(dir, 'cover.jpg');
    // Covers are hard links to the pool or the photographs: no extra disk.
    try {
      linkSync(source, target);
    } catch {
      placeImage(source, target);
    }
    covers += 1;
  }
  return { folder, counts, total: entries.length, covers };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '500' },
      out: { type: 'string' },
      'per-kind': { type: 'boolean', default: false },
      'image-pool': { type: 'string', default: '50' },
      'distinct-images': { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || values.out === undefined) {
    console.log(
      'usage: node scripts/synthetic/generate.ts --entries N --out DIR ' +
        '[--per-kind] [--image-pool 50] [--distinct-images] [--seed 1]',
    );
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const started = performance.now();
  const result = await generateContent({
    entries: Number(values.entries),
    out: values.out,
    perKind: values['per-kind'],
    imagePool: Number(values['image-pool']),
    distinctImages: values['distinct-images'],
    seed: Number(values.seed),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mix = Object.entries(result.counts)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  console.log(`wrote ${result.total} entries (${mix}) to ${result.folder} in ${seconds} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
