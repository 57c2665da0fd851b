// Crafted and processed subjects: wicker basket, willow rods, smoked tofu, carved ruyi,
// and small isometric helpers shared with the enterprise covers.
import { C, g, tr, path, line, circle, ellipse, cut, rng, f, leafD, type Point } from './lib.ts';

// ---------------------------------------------------------------- isometric box
// Bottom-front corner at (x, y); w along the right axis, d along the left axis, h up.
export interface IsoFaces {
  top: string;
  left: string;
  right: string;
  /** How steeply the receding edges climb: 0.5 for 30°. */
  k?: number;
  stroke?: string;
}
export function isoBox(
  x: number,
  y: number,
  w: number,
  d: number,
  h: number,
  { top, left, right, k = 0.5, stroke }: IsoFaces,
): string {
  const ux = 0.866;
  const uy = -k;
  const P: Point = [x, y];
  const R: Point = [x + ux * w, y + uy * w];
  const L: Point = [x - ux * d, y + uy * d];
  const B: Point = [R[0] - ux * d, R[1] + uy * d];
  const up = (p: Point): Point => [p[0], p[1] - h];
  const poly = (pts: Point[]) => 'M' + pts.map((p) => `${f(p[0])} ${f(p[1])}`).join('L') + 'Z';
  const st = stroke ? ` stroke="${stroke}" stroke-width="2" stroke-linejoin="round"` : '';
  return [
    `<path d="${poly([P, L, up(L), up(P)])}" fill="${left}"${st}/>`,
    `<path d="${poly([P, R, up(R), up(P)])}" fill="${right}"${st}/>`,
    `<path d="${poly([up(P), up(R), up(B), up(L)])}" fill="${top}"${st}/>`,
  ].join('');
}

// ---------------------------------------------------------------- wicker basket (side view, slightly from above)
export function wickerBasket({
  seed = 2,
  light = '#ecdcae',
  mid = '#d4b77c',
  dark = '#a9864c',
  gap = '#7d5f33',
  handle = true,
  contents = '',
  inside = '#6b4f2a',
  topY = -110,
  botY = 140,
  wTop = 230,
  wBot = 168,
  ryTop = 48,
  ryBot = 30,
  rows: nRows = 11,
  stakes: nStakes = 22,
} = {}): string {
  const r = rng(seed);
  const hw = (y: number) => wTop + ((y - topY) / (botY - topY)) * (wBot - wTop);
  const ry = (y: number) => ryTop + ((y - topY) / (botY - topY)) * (ryBot - ryTop);
  const body = `M${-wTop} ${topY}L${-wBot} ${botY}A${wBot} ${ryBot} 0 0 0 ${wBot} ${botY}L${wTop} ${topY}A${wTop} ${ryTop} 0 0 1 ${-wTop} ${topY}Z`;
  const out = [];
  // back of the rim (inside)
  out.push(ellipse(0, topY, wTop, ryTop, gap));
  out.push(ellipse(0, topY + 6, wTop - 20, ryTop - 10, inside));
  out.push(contents);
  // handle arching over the contents
  if (handle) {
    out.push(
      line(
        `M${-wTop + 30} ${topY + 10}C${-wTop + 40} ${topY - 300} ${wTop - 40} ${topY - 300} ${wTop - 30} ${topY + 10}`,
        dark,
        30,
      ),
    );
    out.push(
      line(
        `M${-wTop + 30} ${topY + 10}C${-wTop + 40} ${topY - 300} ${wTop - 40} ${topY - 300} ${wTop - 30} ${topY + 10}`,
        mid,
        22,
      ),
    );
    let wraps = '';
    for (let i = 0; i < 26; i++) {
      const t = 0.04 + (i / 26) * 0.92;
      const u = 1 - t;
      const x =
        u * u * u * (-wTop + 30) +
        3 * u * u * t * (-wTop + 40) +
        3 * u * t * t * (wTop - 40) +
        t * t * t * (wTop - 30);
      const y =
        u * u * u * (topY + 10) +
        3 * u * u * t * (topY - 300) +
        3 * u * t * t * (topY - 300) +
        t * t * t * (topY + 10);
      wraps += `M${f(x - 8)} ${f(y - 8)}l16 16`;
    }
    out.push(line(wraps, dark, 3, 'opacity=".7"'));
  }
  // weave: stakes and over-under weavers following elliptical rows
  const stakes = nStakes;
  let weave = '';
  let under = '';
  const rows = nRows;
  for (let j = 0; j < rows; j++) {
    const y0 = topY + 26 + j * ((botY - topY - 20) / rows);
    const w = hw(y0);
    const e = ry(y0);
    for (let i = 0; i < stakes; i++) {
      const a0 = Math.PI - (i / stakes) * Math.PI;
      const a1 = Math.PI - ((i + 1) / stakes) * Math.PI;
      const x0 = Math.cos(a0) * w;
      const x1 = Math.cos(a1) * w;
      const yy0 = y0 + Math.sin(a0) * e;
      const yy1 = y0 + Math.sin(a1) * e;
      const seg = `M${f(x0 + (x1 - x0) * 0.02)} ${f(yy0 + (yy1 - yy0) * 0.02)}Q${f((x0 + x1) / 2)} ${f((yy0 + yy1) / 2 + 5)} ${f(x1 - (x1 - x0) * 0.02)} ${f(yy1 - (yy1 - yy0) * 0.02)}`;
      if ((i + j) % 2 === 0) weave += seg;
      else under += seg;
    }
  }
  let stakeD = '';
  for (let i = 0; i <= stakes; i++) {
    const a = Math.PI - (i / stakes) * Math.PI;
    stakeD += `M${f(Math.cos(a) * wTop)} ${f(topY + Math.sin(a) * ryTop)}L${f(Math.cos(a) * wBot)} ${f(botY + Math.sin(a) * ryBot)}`;
  }
  out.push(
    cut(body, {
      base: mid,
      shade: dark,
      s: [40, 0],
      inner:
        line(under, mid, 16) +
        line(stakeD, dark, 8) +
        line(weave, dark, 20) +
        line(weave, light, 14) +
        `<path d="${body}" fill="${gap}" opacity=".22" transform="translate(70 0)"/>`,
    }),
  );
  // rim: a braided band
  out.push(
    `<path d="M${-wTop} ${topY}A${wTop} ${ryTop} 0 0 0 ${wTop} ${topY}" fill="none" stroke="${dark}" stroke-width="30"/>`,
  );
  out.push(
    `<path d="M${-wTop} ${topY}A${wTop} ${ryTop} 0 0 0 ${wTop} ${topY}" fill="none" stroke="${light}" stroke-width="22"/>`,
  );
  let braid = '';
  for (let i = 1; i < 30; i++) {
    const a = Math.PI - (i / 30) * Math.PI;
    const x = Math.cos(a) * wTop;
    const y = topY + Math.sin(a) * ryTop;
    braid += `M${f(x - 6)} ${f(y - 9)}l12 18`;
  }
  out.push(line(braid, dark, 3.5, 'opacity=".75"'));
  void r;
  return out.join('');
}

// A bundle of long osier rods standing upright, tied at the middle. Base at the origin.
export function willowBundle({ seed = 4, height = 640 } = {}): string {
  const r = rng(seed);
  const cols = ['#9b5b3c', '#b0744a', '#c9a86c', '#e3cf9f', '#8a4e33', '#d7bb82'];
  let s = '';
  for (let i = 0; i < 34; i++) {
    const bx = -44 + r() * 88;
    const tx = bx * 2.6 + (r() - 0.5) * 60;
    const h = height * (0.8 + r() * 0.22);
    s += line(
      `M${f(bx)} 0Q${f(bx * 0.6)} ${f(-h * 0.55)} ${f(tx)} ${f(-h)}`,
      cols[i % cols.length],
      7 - (i % 3),
    );
  }
  // tie
  s += path('M-50 -250C-20 -262 20 -262 50 -250L52 -222C20 -232 -20 -232 -52 -222Z', C.verm);
  s += path(
    'M-50 -196C-20 -208 20 -208 50 -196L52 -176C20 -184 -20 -184 -52 -176Z',
    C.verm,
    'opacity=".85"',
  );
  return s;
}

// ---------------------------------------------------------------- smoked tofu blocks on a bamboo tray
export function smokedTofu({ seed = 3 } = {}): string {
  const r = rng(seed);
  const top = '#c98f4c';
  const left = '#a96b32';
  const right = '#875124';
  const inside = '#ecd7a4';
  const out = [];
  // bamboo tray
  out.push(ellipse(0, 40, 380, 130, '#b8995c'));
  out.push(ellipse(0, 26, 380, 130, '#dcc28a'));
  let rings = '';
  for (const k of [0.86, 0.7, 0.54, 0.38])
    rings += `M${-380 * k} 26a${380 * k} ${130 * k} 0 1 0 ${760 * k} 0a${380 * k} ${130 * k} 0 1 0 ${-760 * k} 0`;
  out.push(line(rings, '#c3a56b', 3));
  let spokes = '';
  for (let i = 0; i < 24; i++) {
    const a = (i / 24) * Math.PI * 2;
    spokes += `M${f(Math.cos(a) * 60)} ${f(26 + Math.sin(a) * 20)}L${f(Math.cos(a) * 372)} ${f(26 + Math.sin(a) * 126)}`;
  }
  out.push(line(spokes, '#c3a56b', 2, 'opacity=".7"'));
  // blocks (back to front)
  const B = (x: number, y: number, w: number, d: number, h: number) =>
    isoBox(x, y, w, d, h, { top, left, right, k: 0.42 });
  out.push(B(-60, -20, 150, 150, 90));
  out.push(B(110, 50, 150, 150, 90));
  out.push(B(-210, 60, 150, 150, 90));
  out.push(B(-60, -110, 150, 150, 90));
  // cut block in front: the right face shows the pale inside
  out.push(isoBox(-40, 140, 150, 75, 90, { top, left, right: inside, k: 0.42 }));
  out.push(line('M-40 140L90 85.4M-40 50L90 -4.6', '#b07a3c', 6, 'opacity=".6"'));
  // grain of the smoked skin
  let grain = '';
  for (let i = 0; i < 20; i++)
    grain += `M${f(-200 + r() * 440)} ${f(-140 + r() * 200)}h${f(6 + r() * 10)}`;
  out.push(line(grain, '#8a5526', 3, 'opacity=".35"'));
  // smoke curls
  out.push(
    line(
      'M-120 -220C-150 -270 -90 -300 -120 -350C-150 -400 -100 -430 -120 -470M30 -240C0 -300 70 -320 40 -380C10 -430 60 -460 40 -510M170 -200C150 -250 200 -270 180 -320',
      '#ffffff',
      9,
      'opacity=".7"',
    ),
  );
  return out.join('');
}

// ---------------------------------------------------------------- ruyi sceptre carved from pistache wood
// Handle along +x, lingzhi-cloud head at the right end, a small cloud knob and silk tassel at the left.
export function ruyi({
  wood = '#c8965a',
  dark = '#94622f',
  light = '#e4bb7e',
  grain = '#7e4f22',
  tassel = C.verm,
} = {}): string {
  const handle =
    'M-380 -26C-250 -60 -100 -4 60 -22C160 -34 236 -50 304 -48L304 8C236 6 160 22 60 32C-100 50 -250 -4 -380 28Z';
  const head =
    'M286 -30C276 -110 338 -168 400 -142C424 -204 530 -206 544 -130C606 -130 632 -44 580 -6C616 42 580 118 516 102C492 152 408 152 394 92C336 104 290 56 286 -30Z';
  const end =
    'M-372 -24C-394 -70 -452 -70 -462 -24C-494 -16 -498 28 -466 40C-458 80 -400 78 -384 40Z';
  const scroll = (x: number, y: number, s: number, rot = 0) =>
    g(
      tr(x, y, rot, s),
      line(
        'M0 0C0 -14 18 -18 24 -6C30 8 14 24 -4 20C-28 14 -32 -22 -8 -36C20 -52 54 -30 50 4',
        dark,
        6,
      ),
    );
  return [
    // tassel hanging from the knob
    line('M-430 40C-434 60 -438 80 -442 100', tassel, 5),
    path('M-456 100L-428 100L-420 170L-464 170Z', tassel),
    path('M-442 100L-428 100L-420 170L-442 170Z', C.vermDark, 'opacity=".4"'),
    line('M-458 140V166M-448 140V168M-438 140V168M-428 140V168', C.vermDark, 2.5, 'opacity=".6"'),
    circle(-442, 100, 12, C.gold),
    cut(handle, {
      base: wood,
      shade: dark,
      light,
      s: [0, 16],
      h: [0, -10],
      inner: line(
        'M-360 0C-240 -30 -100 18 60 2C160 -10 236 -24 300 -22M-330 12C-200 -6 -80 30 60 16',
        grain,
        3,
        'opacity=".3"',
      ),
    }),
    cut(end, { base: wood, shade: dark, light, s: [8, 10], h: [-6, -6] }),
    scroll(-424, 8, 0.8),
    // medallion on the handle
    g(
      tr(-60, 8, -4),
      ellipse(0, 0, 78, 40, dark),
      ellipse(0, -3, 72, 34, wood),
      ellipse(0, -3, 58, 24, 'none', `stroke="${dark}" stroke-width="3" opacity=".6"`),
      scroll(-14, 0, 0.7),
    ),
    cut(head, { base: wood, shade: dark, light, s: [16, 18], h: [-8, -10] }),
    `<path d="${head}" fill="none" stroke="${dark}" stroke-width="5" opacity=".7" transform="translate(436 -20) scale(.78) translate(-436 20)"/>`,
    scroll(450, -46, 1.5, 0),
    scroll(520, 40, 0.9, 160),
    scroll(370, -70, 0.8, -40),
    circle(440, -20, 14, dark),
    circle(437, -23, 7, light),
  ].join('');
}

// Pinnate compound leaf of the Chinese pistache tree (red in autumn), from the origin along +x.
export function pistacheSprig({
  len = 360,
  color = '#c8583a',
  dark = '#9c3f27',
  seed = 1,
} = {}): string {
  const r = rng(seed);
  let s = line(`M0 0Q${len * 0.5} -20 ${len} 0`, '#8a5a36', 4);
  const n = 6;
  for (let i = 0; i < n; i++) {
    const t = 0.15 + (i / n) * 0.8;
    const x = len * t;
    const y = -20 * 4 * t * (1 - t) * 0.5;
    for (const side of [-1, 1]) {
      const a = side * (50 - i * 3) + (r() - 0.5) * 8;
      s += g(tr(x, y, a), `<path d="${leafD(90 - i * 4, 14)}" fill="${i % 2 ? color : dark}"/>`);
    }
  }
  s += g(tr(len, 0, 0), `<path d="${leafD(86, 14)}" fill="${color}"/>`);
  return s;
}
