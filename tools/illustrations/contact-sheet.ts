// Builds a contact sheet of rendered covers for reviewing the series as a whole. It reads the
// covers where render.ts writes them: content/, or BH_CONTENT_DIR.
//   node tools/illustrations/contact-sheet.ts [--out /tmp/contact-sheet.png] [--cols 6] [--width 480] [ids...]
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { contentDir } from '../../src/content-model/content-dir.ts';
import { COVERS, type Cover } from './render.ts';

const { values, positionals: only } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/contact-sheet.png' },
    cols: { type: 'string', default: '6' },
    width: { type: 'string', default: '480' },
  },
  allowPositionals: true,
});
const count = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number, not ${text}`);
  return n;
};
const out = values.out;
const cols = count('cols', values.cols);
const tw = count('width', values.width);
const list = only.length
  ? only.map((id): Cover => {
      const cover = COVERS.find((c) => c.id === id);
      if (!cover) throw new Error(`No cover matches ${id}`);
      return cover;
    })
  : COVERS;
const th = Math.round((tw * 9) / 16);
const gap = 12;
const rows = Math.ceil(list.length / cols);
const tiles = await Promise.all(
  list.map((c) =>
    sharp(path.join(contentDir(), c.collection, c.id, 'cover.png'))
      .resize(tw, th)
      .toBuffer(),
  ),
);
await sharp({
  create: {
    width: cols * (tw + gap) + gap,
    height: rows * (th + gap) + gap,
    channels: 3,
    background: '#ffffff',
  },
})
  .composite(
    tiles.map((input, i) => ({
      input,
      left: gap + (i % cols) * (tw + gap),
      top: gap + Math.floor(i / cols) * (th + gap),
    })),
  )
  .png()
  .toFile(out);
console.log(`${list.length} covers → ${out}`);
