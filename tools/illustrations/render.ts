// Renders every cover illustration to content/<collection>/<id>/cover.png (1920×1080), or in
// BH_CONTENT_DIR. Only covers marked `cover.illustration: true` in the entry's facts.yaml are
// drawn: a photograph put in their place is never overwritten, and each skipped cover is named.
//
//   node tools/illustrations/render.ts                 # all covers
//   node tools/illustrations/render.ts jinxiang-dasuan # only the named ids
//   node tools/illustrations/render.ts --svg /tmp/svg  # also write the SVG sources
//
// The artwork itself lives in covers-*.ts (one function per cover) built on the
// shared toolkit in lib.ts and the reusable subjects in parts-*.ts.
import { mkdir, readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { parse } from 'yaml';
import { contentDir } from '../../src/content-model/content-dir.ts';
import { W, H, resetIds } from './lib.ts';
import { gis } from './covers-gis.ts';
import { enterprises } from './covers-enterprises.ts';
import { regionalBrands } from './covers-regional.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** A cover to draw: the entry it belongs to and the function that draws its SVG. */
export interface Cover {
  collection: 'gis' | 'enterprises' | 'regional-brands';
  id: string;
  draw: () => string;
}

/** Why the cover of an entry folder must not be drawn, or undefined when it may. */
export async function reasonToKeep(dir: string): Promise<string | undefined> {
  const factsFile = path.join(dir, 'facts.yaml');
  let facts: { cover?: { illustration?: unknown; src?: unknown } } | null | undefined;
  try {
    facts = parse(await readFile(factsFile, 'utf8'));
  } catch (error) {
    // Both readFile's and the YAML parser's errors are Errors; only readFile's have a code.
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return 'it has no facts.yaml';
    return `its facts.yaml cannot be read (${message.split('\n')[0]})`;
  }
  const cover = facts?.cover;
  if (cover?.illustration !== true)
    return 'cover.illustration is not true: it is a photograph or other picture';
  if (cover.src !== './cover.png') return `cover.src is "${cover.src}", not ./cover.png`;
  return undefined;
}

const covers = (collection: Cover['collection'], draws: Record<string, () => string>): Cover[] =>
  Object.entries(draws).map(([id, draw]) => ({ collection, id, draw }));

export const COVERS: Cover[] = [
  ...covers('gis', gis),
  ...covers('enterprises', enterprises),
  ...covers('regional-brands', regionalBrands),
];

export async function renderSvg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 })
    .resize(W, H)
    .png({
      compressionLevel: 9,
      adaptiveFiltering: true,
      palette: true,
      quality: 100,
      colours: 256,
      dither: 0.6,
      effort: 10,
    })
    .toBuffer();
}

async function main() {
  const { values, positionals: only } = parseArgs({
    options: { svg: { type: 'string' } },
    allowPositionals: true,
  });
  const svgDir = values.svg === undefined ? null : path.resolve(values.svg);
  const unknown = only.filter((id) => !COVERS.some((c) => c.id === id));
  if (unknown.length) throw new Error(`No cover matches ${unknown.join(', ')}`);
  const list = only.length ? COVERS.filter((c) => only.includes(c.id)) : COVERS;
  if (svgDir) await mkdir(svgDir, { recursive: true });
  let total = 0;
  let drawn = 0;
  const skipped = [];
  for (const c of list) {
    const dir = path.join(contentDir(), c.collection, c.id);
    const reason = await reasonToKeep(dir);
    if (reason) {
      skipped.push(`${c.collection}/${c.id}: ${reason}`);
      continue;
    }
    resetIds();
    const svg = c.draw();
    if (/<text[\s>]/.test(svg)) throw new Error(`${c.id}: covers must not contain text`);
    if (svgDir) await writeFile(path.join(svgDir, `${c.id}.svg`), svg);
    const out = path.join(dir, 'cover.png');
    const png = await renderSvg(svg);
    const meta = await sharp(png).metadata();
    if (meta.width !== W || meta.height !== H)
      throw new Error(`${c.id}: rendered ${meta.width}×${meta.height}`);
    await writeFile(out, png);
    const { size } = await stat(out);
    total += size;
    drawn += 1;
    console.log(`${(size / 1024).toFixed(0).padStart(5)} KB  ${path.relative(root, out)}`);
  }
  console.log(`${drawn} covers drawn, ${(total / 1024 / 1024).toFixed(2)} MB in total`);
  if (skipped.length) {
    console.log(`${skipped.length} cover(s) kept as they are:`);
    for (const line of skipped) console.log(`  - ${line}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
