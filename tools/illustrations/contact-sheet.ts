// Builds a contact sheet of rendered covers for reviewing the series as a whole.
//   node tools/illustrations/contact-sheet.ts [--out /tmp/contact-sheet.png] [--cols 6] [--width 480] [ids...]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { COVERS } from './render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
let out = '/tmp/contact-sheet.png';
let cols = 6;
let tw = 480;
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--cols') cols = +args[++i];
  else if (args[i] === '--width') tw = +args[++i];
  else only.push(args[i]);
}
const list = only.length
  ? only.map((id) => COVERS.find((c) => c.id === id)).filter(Boolean)
  : COVERS;
const th = Math.round((tw * 9) / 16);
const gap = 12;
const rows = Math.ceil(list.length / cols);
const tiles = await Promise.all(
  list.map((c) =>
    sharp(path.join(root, 'content', c.collection, c.id, 'cover.png'))
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
