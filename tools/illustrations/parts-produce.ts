// Reusable plant/produce subjects. Each function returns SVG markup in local
// coordinates (roughly centred on the origin) so covers can place, rotate and scale it.
import {
  C,
  g,
  tr,
  path,
  line,
  circle,
  ellipse,
  cut,
  clip,
  rng,
  bez,
  bezD,
  f,
  type Point,
} from './lib.ts';

// ---------------------------------------------------------------- garlic
const GARLIC =
  'M-17 -178C-24 -128 -150 -92 -168 6C-180 96 -98 152 0 152C98 152 180 96 168 6C150 -92 24 -128 17 -178Z';

export function garlicBulb({ red = false, seed = 1 } = {}) {
  const base = red ? '#efdcd6' : '#f8f3e9';
  const shade = red ? '#cf9ea0' : '#ddd2c1';
  const light = red ? '#fbf1ec' : '#ffffff';
  const seg = red ? '#9d3f52' : '#c9bba5';
  let clovesD = '';
  for (const k of [-2.7, -1.6, -0.55, 0.55, 1.6, 2.7]) {
    clovesD += `M${f(k * 3)} -150C${f(k * 48)} -96 ${f(k * 66)} 40 ${f(k * 34)} 150`;
  }
  let stripes = '';
  if (red) {
    // purple-red streaks along each clove
    for (const k of [-2.15, -1.1, 0, 1.1, 2.15]) {
      stripes += line(
        `M${f(k * 3)} -140C${f(k * 48)} -90 ${f(k * 64)} 40 ${f(k * 33)} 150`,
        '#a8455c',
        20,
        'opacity=".38"',
      );
      stripes += line(
        `M${f(k * 3)} -120C${f(k * 46)} -80 ${f(k * 60)} 40 ${f(k * 31)} 140`,
        '#8c3047',
        6,
        'opacity=".35"',
      );
    }
  }
  const r = rng(seed);
  let roots = '';
  for (let i = 0; i < 14; i++) {
    const x = -34 + (i / 13) * 68;
    const dx = (x / 34) * (18 + r() * 22);
    roots += `M${f(x)} 146q${f(dx * 0.5)} ${f(10 + r() * 6)} ${f(dx)} ${f(14 + r() * 10)}`;
  }
  return [
    // stem
    path('M-15 -170L-12 -258L14 -250L15 -170Z', '#e2d3b2'),
    path('M2 -170L2 -254L14 -250L15 -170Z', '#cdbb95'),
    path('M-12 -258L14 -250L12 -244L-11 -251Z', '#b9a57c'),
    line(roots, '#b8a07a', 3),
    cut(GARLIC, {
      base,
      shade,
      light,
      s: [26, 20],
      h: [16, 10],
      inner: stripes + line(clovesD, seg, 4, `opacity="${red ? 0.45 : 0.7}"`),
    }),
    ellipse(0, 148, 30, 7, '#c9b18a'),
  ].join('');
}

const CLOVE =
  'M0 -74C26 -58 46 -6 40 34C36 60 12 70 -8 66C-34 60 -42 34 -38 6C-34 -30 -16 -58 0 -74Z';
export function garlicClove({ red = false, peeled = false } = {}) {
  const base = peeled ? '#fbf4df' : red ? '#ecd2cd' : '#f6efe2';
  const shade = peeled ? '#eadcae' : red ? '#c88f95' : '#dacdb9';
  return [
    cut(CLOVE, {
      base,
      shade,
      light: '#ffffff',
      s: [12, 8],
      h: [6, 4],
      inner:
        red && !peeled ? line('M-6 -60C10 -30 20 20 8 64', '#a8455c', 10, 'opacity=".35"') : '',
    }),
    path('M-6 -70L-2 -88L6 -86L4 -70Z', peeled ? '#e4d39c' : '#d9c8a4'),
    ellipse(2, 62, 18, 6, peeled ? '#e8d6a2' : '#d7c6a6'),
  ].join('');
}

// ---------------------------------------------------------------- rice
export function riceGrain(
  x: number,
  y: number,
  rot: number,
  { fill = '#fbf7ee', edge = '#ddd0b9', rx = 10, ry = 5.4 } = {},
) {
  return ellipse(
    0,
    0,
    rx,
    ry,
    fill,
    `stroke="${edge}" stroke-width="1.6" transform="${tr(x, y, rot)}"`,
  );
}

// A bowl heaped with rice, rim centred at the origin (rim radius 250).
export function riceBowl({
  seed = 3,
  glaze = C.ink2,
  glazeDark = C.ink,
  band = C.gold,
  rice = '#fbf7ee',
  riceEdge = '#ddd0b9',
  riceShade = '#e9dfcc',
} = {}) {
  const r = rng(seed);
  const heap = 'M-244 6C-226 -150 226 -150 244 6Z';
  let grains = '';
  for (let i = 0; i < 520; i++) {
    const x = (r() * 2 - 1) * 236;
    const top = 6 - 116 * Math.pow(1 - (x / 244) ** 2, 0.85);
    const y = top + 8 + r() * (40 - top);
    grains += riceGrain(x, y, r() * 180, { fill: rice, edge: riceEdge });
  }
  const body =
    'M-250 0C-246 124 -156 206 -86 214L86 214C156 206 246 124 250 0A250 46 0 0 1 -250 0Z';
  return [
    ellipse(0, 0, 250, 46, glazeDark),
    cut(heap, { base: rice, shade: riceShade, s: [40, 0], light: '#ffffff', h: [-1, 0] }),
    clip(
      heap,
      grains +
        `<path d="${heap}" fill="${riceShade}" opacity=".45" transform="translate(70 20) scale(.72)"/>`,
    ),
    path('M-86 214L86 214L78 236L-78 236Z', glazeDark),
    cut(body, {
      base: glaze,
      shade: glazeDark,
      light: C.ink3,
      s: [60, 0],
      h: [30, 0],
      inner:
        line('M-236 64C-150 118 150 118 236 64', band, 5) +
        line('M-214 100C-140 150 140 150 214 100', band, 2.5, 'opacity=".8"'),
    }),
    `<path d="M-250 0A250 46 0 0 0 250 0" fill="none" stroke="${C.ink3}" stroke-width="6"/>`,
  ].join('');
}

// A drooping rice panicle along a cubic curve (p0 = base of stalk, p3 = tip).
// Primary branches leave the axis and hang down; small grains sit along each branch.
export function ricePanicle(
  p0: Point,
  p1: Point,
  p2: Point,
  p3: Point,
  {
    seed = 1,
    grain = C.gold,
    edge = C.ochre,
    stalk = '#b99a55',
    n = 9,
    from = 0.5,
    size = 1,
    leaves = [] as string[],
  } = {},
): string {
  const r = rng(seed);
  let s = line(bezD(p0, p1, p2, p3), stalk, 5 * size);
  for (const lf of leaves) s += lf;
  let branches = '';
  let grains = '';
  const grainAt = (x: number, y: number, a: number) =>
    ellipse(
      0,
      0,
      11 * size,
      5.2 * size,
      grain,
      `stroke="${edge}" stroke-width="${1.4 * size}" transform="${tr(x, y, a)}"`,
    );
  for (let i = 0; i < n; i++) {
    const t = from + ((1 - from) * i) / n;
    const p = bez(p0, p1, p2, p3, t);
    const side = i % 2 ? 1 : -1;
    const len = (90 - 50 * ((t - from) / (1 - from))) * size * (0.85 + r() * 0.3);
    const a0 = ((p.a + side * 22) * Math.PI) / 180;
    const ex = p.x + Math.cos(a0) * len;
    const ey = p.y + Math.sin(a0) * len + len * 0.35;
    const mx = p.x + Math.cos(a0) * len * 0.5;
    const my = p.y + Math.sin(a0) * len * 0.5;
    branches += `M${f(p.x)} ${f(p.y)}Q${f(mx)} ${f(my)} ${f(ex)} ${f(ey)}`;
    const k = Math.max(3, Math.round(len / (13 * size)));
    for (let j = 1; j <= k; j++) {
      const u = j / k;
      const qx = (1 - u) * (1 - u) * p.x + 2 * (1 - u) * u * mx + u * u * ex;
      const qy = (1 - u) * (1 - u) * p.y + 2 * (1 - u) * u * my + u * u * ey;
      const tx = 2 * (1 - u) * (mx - p.x) + 2 * u * (ex - mx);
      const ty = 2 * (1 - u) * (my - p.y) + 2 * u * (ey - my);
      const ta = (Math.atan2(ty, tx) * 180) / Math.PI;
      const off = (j % 2 ? 1 : -1) * 5 * size;
      const nr = ((ta + 90) * Math.PI) / 180;
      grains += grainAt(qx + Math.cos(nr) * off, qy + Math.sin(nr) * off, ta + (j % 2 ? 18 : -18));
    }
  }
  // grains on the axis tip
  for (let j = 0; j < 5; j++) {
    const p = bez(p0, p1, p2, p3, 0.9 + j * 0.025);
    grains += grainAt(p.x + (j % 2 ? 4 : -4) * size, p.y, p.a + (j % 2 ? 15 : -15));
  }
  s += line(branches, stalk, 2.2 * size);
  s += grains;
  return s;
}

// A wheat ear (spike with awns) growing from p0 along a straight-ish stalk to angle `a`.
export function wheatEar(
  x: number,
  y: number,
  a: number,
  {
    len = 230,
    seed = 1,
    grain = '#d9a94c',
    edge = '#a87a2c',
    awn = '#c79a4c',
    stalk = '#c9a55a',
    stalkLen = 420,
    size = 1,
  } = {},
) {
  const r = rng(seed);
  const rad = (a * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  const bx = x + ux * stalkLen;
  const by = y + uy * stalkLen;
  let s = line(`M${f(x)} ${f(y)}L${f(bx)} ${f(by)}`, stalk, 6 * size);
  let awns = '';
  let grains = '';
  const n = 11;
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const w = (1 - Math.pow(t - 0.35, 2) * 1.2) * size;
    const px = bx + ux * len * t * size;
    const py = by + uy * len * t * size;
    for (const side of [-1, 1]) {
      const sa = a + side * 24;
      const sr = (sa * Math.PI) / 180;
      const gx = px + Math.cos(sr) * 14 * w - uy * side * 6 * w;
      const gy = py + Math.sin(sr) * 14 * w + ux * side * 6 * w;
      const ar = ((a + side * (10 + r() * 8)) * Math.PI) / 180;
      const al = (150 + r() * 70) * size * (0.6 + 0.4 * (1 - t));
      awns += `M${f(gx)} ${f(gy)}L${f(gx + Math.cos(ar) * al)} ${f(gy + Math.sin(ar) * al)}`;
      grains += ellipse(
        0,
        0,
        20 * w,
        11 * w,
        grain,
        `stroke="${edge}" stroke-width="${2 * size}" transform="${tr(gx, gy, sa)}"`,
      );
    }
  }
  const tx = bx + ux * len * size * 1.04;
  const ty = by + uy * len * size * 1.04;
  grains += ellipse(
    0,
    0,
    16 * size,
    9 * size,
    grain,
    `stroke="${edge}" stroke-width="${2 * size}" transform="${tr(tx, ty, a)}"`,
  );
  awns += `M${f(tx)} ${f(ty)}L${f(tx + ux * 170 * size)} ${f(ty + uy * 170 * size)}`;
  s += line(awns, awn, 2.2 * size, 'opacity=".9"');
  s += grains;
  return s;
}

// ---------------------------------------------------------------- tubers & roots
// Sweet potato lying along x, about 460 long.
export function sweetPotato({
  skin = '#b24e58',
  dark = '#8a3444',
  light = '#cf7479',
  seed = 1,
  len = 1,
} = {}) {
  const d =
    'M-230 6C-200 -70 -80 -104 40 -98C150 -92 214 -44 232 -6C240 16 226 40 196 56C110 100 -40 104 -150 74C-206 58 -240 36 -230 6Z';
  const r = rng(seed);
  let eyes = '';
  for (let i = 0; i < 14; i++) {
    const x = -180 + r() * 380;
    const y = -60 + r() * 110;
    eyes += `M${f(x)} ${f(y)}q${f(6 + r() * 6)} ${f(-3 + r() * 6)} ${f(14 + r() * 8)} ${f(r() * 4 - 2)}`;
  }
  return g(
    len !== 1 ? `scale(${len} 1)` : '',
    line('M-228 8C-260 10 -290 22 -318 44', '#8d5a44', 4),
    line('M230 4C262 -4 284 -14 300 -30', '#8d5a44', 4),
    cut(d, {
      base: skin,
      shade: dark,
      light,
      s: [10, 26],
      h: [10, 18],
      inner: line(eyes, dark, 3.5, 'opacity=".7"'),
    }),
  );
}

export function sweetPotatoCut({
  skin = '#b24e58',
  dark = '#8a3444',
  flesh = '#f2b752',
  fleshLight = '#f7cf78',
} = {}) {
  // half tuber seen with its cut face to the viewer (left)
  const d = 'M-10 -86C80 -92 170 -60 200 -10C214 14 204 40 176 54C110 88 20 92 -10 86Z';
  return [
    cut(d, { base: skin, shade: dark, light: '#cf7479', s: [0, 22], h: [0, 14] }),
    ellipse(-10, 0, 48, 86, dark),
    ellipse(-14, 0, 42, 80, flesh),
    ellipse(-18, -4, 28, 58, fleshLight),
    line('M170 40C210 50 240 60 270 84', '#8d5a44', 4),
  ].join('');
}

// ---------------------------------------------------------------- lotus root
// A chain of lotus-root segments lying along x; returns markup centred near the origin.
// The last segment ends in a cut face showing the air channels.
export function lotusRoot({
  segs = [260, 230],
  seed = 2,
  skin = '#ead5b8',
  shade = '#c9a98a',
  light = '#f7eadb',
  cutEnd = true,
} = {}) {
  const r = rng(seed);
  const gap = 26;
  let x = -(segs.reduce((a, b) => a + b, 0) + gap * (segs.length - 1)) / 2;
  let s = '';
  segs.forEach((L, i) => {
    const h = 72 - i * 5;
    const e = h * 0.5; // end rounding
    const last = i === segs.length - 1;
    const right =
      last && cutEnd
        ? `L${f(x + L)} ${-h}A${f(h * 0.42)} ${h} 0 0 1 ${f(x + L)} ${h}`
        : `C${f(x + L + e * 0.4)} ${-h} ${f(x + L + e)} ${f(-h * 0.5)} ${f(x + L + e)} 0C${f(x + L + e)} ${f(h * 0.5)} ${f(x + L + e * 0.4)} ${h} ${f(x + L)} ${h}`;
    const d = `M${f(x)} ${-h}${right}L${f(x)} ${h}C${f(x - e * 0.4)} ${h} ${f(x - e)} ${f(h * 0.5)} ${f(x - e)} 0C${f(x - e)} ${f(-h * 0.5)} ${f(x - e * 0.4)} ${-h} ${f(x)} ${-h}Z`;
    let spots = '';
    for (let k = 0; k < 12; k++)
      spots += ellipse(
        x + 10 + r() * (L - 20),
        -h * 0.7 + r() * h * 1.4,
        3 + r() * 3,
        1.6 + r() * 1.4,
        '#a98466',
        'opacity=".55"',
      );
    spots += line(
      `M${f(x)} ${f(-h * 0.45)}H${f(x + L)}M${f(x)} ${f(h * 0.2)}H${f(x + L)}`,
      '#d7bfa3',
      3,
      'opacity=".6"',
    );
    s += cut(d, { base: skin, shade, light, s: [0, h * 0.38], h: [0, h * 0.2], inner: spots });
    if (last && cutEnd) {
      const cx = x + L;
      let holes = '';
      for (let k = 0; k < 7; k++) {
        const a = (k / 7) * Math.PI * 2 + 0.4;
        holes += ellipse(
          cx + Math.cos(a) * h * 0.22,
          Math.sin(a) * h * 0.56,
          h * 0.07,
          h * 0.15,
          '#b89877',
        );
      }
      holes += ellipse(cx, 0, h * 0.06, h * 0.13, '#b89877');
      s +=
        ellipse(cx, 0, h * 0.42, h, '#f6ecd9') +
        ellipse(cx, 0, h * 0.42, h, 'none', `stroke="${shade}" stroke-width="4"`) +
        holes;
    }
    if (!last) {
      // node: a narrow waist with a darker ring and a few roots
      const nx = x + L + gap / 2;
      s += ellipse(nx, 0, gap * 0.75, h * 0.42, '#c9a582');
      s += ellipse(nx, 0, gap * 0.35, h * 0.3, '#a8825e');
      s += line(
        `M${f(nx - 6)} ${f(h * 0.4)}q-10 24 -4 46M${f(nx + 4)} ${f(h * 0.42)}q6 22 18 38M${f(nx)} ${f(h * 0.42)}q0 20 4 52`,
        '#a8825e',
        3,
      );
    }
    x += L + gap;
  });
  return s;
}

// Cross-section of a lotus root (face on), radius ~ rr.
export function lotusSlice(rr = 110, { face = '#f6ecd6', rim = '#dcc49b', hole = '#d9c09a' } = {}) {
  let holes = '';
  const n = 8;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2 + 0.3;
    const hr = rr * (0.15 + 0.03 * ((i * 7) % 3));
    holes += ellipse(Math.cos(a) * rr * 0.58, Math.sin(a) * rr * 0.58, hr, hr * 1.08, hole);
    holes += ellipse(
      Math.cos(a) * rr * 0.58 - 3,
      Math.sin(a) * rr * 0.58 - 3,
      hr * 0.8,
      hr * 0.86,
      '#c4a67c',
    );
  }
  holes += circle(0, 0, rr * 0.14, hole) + circle(-2, -2, rr * 0.11, '#c4a67c');
  return [
    circle(6, 10, rr, rim),
    circle(0, 0, rr, face),
    circle(0, 0, rr * 0.94, 'none', `stroke="${rim}" stroke-width="4"`),
    holes,
  ].join('');
}

// ---------------------------------------------------------------- bowls
// A generic bowl (rim radius 250 at the origin) holding `content` (drawn between rim and body).
export function bowl(
  content: string,
  {
    glaze = C.ink2,
    glazeDark = C.ink,
    glazeLight = C.ink3,
    band = C.gold,
    inside,
  }: {
    glaze?: string;
    glazeDark?: string;
    glazeLight?: string;
    /** The gold band's colour, or '' for none. */
    band?: string;
    /** The colour inside the rim, when not glazeDark. */
    inside?: string;
  } = {},
): string {
  const body =
    'M-250 0C-246 124 -156 206 -86 214L86 214C156 206 246 124 250 0A250 46 0 0 1 -250 0Z';
  return [
    ellipse(0, 0, 250, 46, inside ?? glazeDark),
    content,
    path('M-86 214L86 214L78 236L-78 236Z', glazeDark),
    cut(body, {
      base: glaze,
      shade: glazeDark,
      light: glazeLight,
      s: [60, 0],
      h: [30, 0],
      inner: band
        ? line('M-236 64C-150 118 150 118 236 64', band, 5) +
          line('M-214 100C-140 150 140 150 214 100', band, 2.5, 'opacity=".8"')
        : '',
    }),
    `<path d="M-250 0A250 46 0 0 0 250 0" fill="none" stroke="${glazeLight}" stroke-width="6"/>`,
  ].join('');
}

// A heap of small round things (beans) filling a bowl's mouth.
export function beanHeap({
  seed = 5,
  fill = '#6a9a45',
  dark = '#4a7431',
  hi = '#a9cf7f',
  r0 = 9,
  n = 420,
  height = 100,
} = {}) {
  const r = rng(seed);
  const pts = [];
  for (let i = 0; i < n; i++) {
    const x = (r() * 2 - 1) * 238;
    const top = 6 - height * Math.pow(1 - (x / 244) ** 2, 0.85);
    const y = top + r0 + r() * (34 - top);
    pts.push([x, y, r0 * (0.85 + r() * 0.3)]);
  }
  pts.sort((a, b) => a[1] - b[1]);
  return pts
    .map(
      ([x, y, rr]) =>
        circle(x + 1.5, y + 1.5, rr, dark) +
        circle(x, y, rr, fill) +
        circle(x - rr * 0.35, y - rr * 0.35, rr * 0.3, hi),
    )
    .join('');
}

// ---------------------------------------------------------------- mushrooms
export function shiitake({
  cap = '#8a5634',
  capDark = '#6a3e24',
  capLight = '#a8704a',
  crack = '#efe3cc',
  stem = '#efe4cd',
  stemDark = '#d6c6a6',
  seed = 1,
  cracks = true,
  tilt = 0,
} = {}) {
  const r = rng(seed);
  const capD = 'M-130 4C-132 -70 -70 -118 0 -118C70 -118 132 -70 130 4C90 22 -90 22 -130 4Z';
  let cr = '';
  if (cracks) {
    for (let i = 0; i < 26; i++) {
      const x = -110 + r() * 220;
      const y = -96 + r() * 90;
      const a = r() * Math.PI;
      const l = 10 + r() * 18;
      cr += `M${f(x)} ${f(y)}l${f(Math.cos(a) * l)} ${f(Math.sin(a) * l * 0.6)}l${f(Math.cos(a + 1) * l * 0.6)} ${f(Math.sin(a + 1) * l * 0.5)}`;
    }
  }
  return g(
    tilt ? `rotate(${tilt})` : '',
    cut('M-30 8C-34 60 -36 110 -44 146C-20 156 20 156 44 146C36 110 34 60 30 8Z', {
      base: stem,
      shade: stemDark,
      s: [16, 0],
    }),
    ellipse(0, 8, 118, 18, '#d8c4a0'),
    cut(capD, {
      base: cap,
      shade: capDark,
      light: capLight,
      s: [26, 20],
      h: [14, 10],
      inner: cracks ? line(cr, crack, 4, 'opacity=".85"') : '',
    }),
  );
}

// A white button mushroom.
export function buttonMushroom({
  cap = '#f4ede0',
  capDark = '#d9cdb7',
  stem = '#efe6d4',
  stemDark = '#d3c4a6',
} = {}) {
  return [
    cut('M-26 0C-30 40 -32 80 -38 104C-16 112 16 112 38 104C32 80 30 40 26 0Z', {
      base: stem,
      shade: stemDark,
      s: [14, 0],
    }),
    cut('M-92 10C-100 -50 -54 -92 0 -92C54 -92 100 -50 92 10C60 24 -60 24 -92 10Z', {
      base: cap,
      shade: capDark,
      light: '#ffffff',
      s: [20, 18],
      h: [10, 8],
    }),
  ].join('');
}

// A mushroom lying on its side showing the gills.
export function mushroomGills({
  cap = '#8a5634',
  gill = '#ead9b8',
  gillLine = '#c9ae84',
  stem = '#efe4cd',
} = {}) {
  let gl = '';
  for (let i = 0; i < 28; i++) {
    const a = (i / 28) * Math.PI * 2;
    gl += `M${f(Math.cos(a) * 24)} ${f(Math.sin(a) * 24)}L${f(Math.cos(a) * 104)} ${f(Math.sin(a) * 104)}`;
  }
  return [
    circle(0, 0, 118, cap),
    circle(-6, -4, 106, gill),
    line(gl, gillLine, 2.5),
    circle(-6, -4, 26, stem),
    circle(-6, -4, 26, 'none', `stroke="${gillLine}" stroke-width="3"`),
  ].join('');
}

// ---------------------------------------------------------------- wood-ear fungus on a log
// One ear-shaped lobe attached at the origin, opening upward; `under` shows the pale hairy back.
export function earLobe(rx: number, ry: number, seed: number, { under = false } = {}): string {
  const r = rng(seed);
  const p1 = r() * 6;
  const p2 = r() * 6;
  const outline = (k: number, dy = 0) => {
    const pts: Point[] = [];
    for (let i = 0; i <= 72; i++) {
      const t = (i / 72) * Math.PI * 2;
      let rr = 1 + 0.06 * Math.sin(6 * t + p1) + 0.035 * Math.sin(11 * t + p2);
      const db = Math.atan2(Math.sin(t - Math.PI / 2), Math.cos(t - Math.PI / 2));
      rr *= 1 - 0.45 * Math.exp(-(db * db) / 0.12);
      pts.push([rx * k * rr * Math.cos(t), -ry + ry * k * rr * Math.sin(t) + dy]);
    }
    return 'M' + pts.map((p) => `${f(p[0])} ${f(p[1])}`).join('L') + 'Z';
  };
  const outer = outline(1);
  if (under) {
    let hair = '';
    for (let i = 0; i < 60; i++) {
      const a = r() * Math.PI * 2;
      const q = Math.sqrt(r()) * 0.9;
      hair += `M${f(Math.cos(a) * rx * q)} ${f(-ry + Math.sin(a) * ry * q)}l${f(r() * 6 - 3)} ${f(5 + r() * 5)}`;
    }
    return cut(outer, {
      base: '#a48b80',
      shade: '#7d645a',
      light: '#bfaaa0',
      s: [0, -ry * 0.2],
      h: [0, ry * 0.12],
      inner:
        line(hair, '#d9cac2', 2, 'opacity=".8"') +
        line(
          `M0 -4C${f(-rx * 0.2)} ${f(-ry * 0.8)} ${f(-rx * 0.5)} ${f(-ry * 1.4)} ${f(-rx * 0.6)} ${f(-ry * 1.7)}M0 -4C${f(rx * 0.2)} ${f(-ry * 0.8)} ${f(rx * 0.4)} ${f(-ry * 1.4)} ${f(rx * 0.5)} ${f(-ry * 1.75)}`,
          '#7d645a',
          3,
          'opacity=".5"',
        ),
    });
  }
  const inner = outline(0.8, -ry * 0.08);
  return [
    path(outer, '#5e2f33'),
    path(inner, '#3f1c22'),
    `<path d="${outer}" fill="none" stroke="#8d5556" stroke-width="${Math.max(4, rx * 0.05)}" opacity=".8"/>`,
    line(
      `M0 -6C${f(-rx * 0.1)} ${f(-ry * 0.6)} ${f(-rx * 0.35)} ${f(-ry * 1.1)} ${f(-rx * 0.45)} ${f(-ry * 1.5)}M0 -6C${f(rx * 0.15)} ${f(-ry * 0.7)} ${f(rx * 0.3)} ${f(-ry * 1.2)} ${f(rx * 0.3)} ${f(-ry * 1.6)}`,
      '#6d3a3d',
      3.5,
      'opacity=".7"',
    ),
    `<path d="M${f(-rx * 0.6)} ${f(-ry * 1.5)}C${f(-rx * 0.3)} ${f(-ry * 1.8)} ${f(rx * 0.2)} ${f(-ry * 1.85)} ${f(rx * 0.45)} ${f(-ry * 1.6)}" fill="none" stroke="#c4948c" stroke-width="${Math.max(4, rx * 0.05)}" stroke-linecap="round" opacity=".55"/>`,
  ].join('');
}

export function woodEarLog({ seed = 3 } = {}) {
  const r = rng(seed);
  const out = [];
  let bark = '';
  for (let i = 0; i < 16; i++) {
    const y = -60 + r() * 120;
    const x = -330 + r() * 560;
    bark += `M${f(x)} ${f(y)}h${f(40 + r() * 90)}`;
  }
  out.push(
    cut('M-360 -70H300V70H-360Z', {
      base: '#7a5a3c',
      shade: '#5c4129',
      light: '#94734f',
      s: [0, 22],
      h: [0, 14],
      inner: line(bark, '#4e3622', 4, 'opacity=".6"'),
    }),
  );
  out.push(ellipse(300, 0, 40, 70, '#d9bf8f'));
  out.push(
    ellipse(300, 0, 28, 50, 'none', 'stroke="#b8955f" stroke-width="3"') +
      ellipse(300, 0, 14, 26, 'none', 'stroke="#b8955f" stroke-width="3"'),
  );
  out.push(ellipse(-360, 0, 40, 70, '#6a4a30'));
  const lobes: [x: number, y: number, rot: number, rx: number, ry: number, under: boolean][] = [
    [-250, -56, -28, 80, 62, true],
    [-150, -64, -8, 104, 84, false],
    [150, -60, 22, 86, 66, true],
    [20, -66, 6, 126, 100, false],
    [210, -50, 34, 70, 52, false],
    [-60, -40, -40, 70, 56, false],
    [-200, 30, -100, 60, 46, false],
    [60, 34, 96, 64, 48, true],
  ];
  lobes.forEach(([x, y, a, rx, ry, under], i) =>
    out.push(g(tr(x, y, a), earLobe(rx, ry, seed * 10 + i, { under }))),
  );
  return out.join('');
}

// ---------------------------------------------------------------- jujube
export function jujube(
  x: number,
  y: number,
  rot = 0,
  s = 1,
  { skin = '#a8291f', dark = '#741b15', light = '#cf4d35' } = {},
) {
  return g(
    tr(x, y, rot, s),
    line('M0 -52C2 -66 8 -76 16 -84', '#7a5a2a', 5),
    cut('M0 -54C30 -54 44 -24 44 6C44 40 24 58 0 58C-24 58 -44 40 -44 6C-44 -24 -30 -54 0 -54Z', {
      base: skin,
      shade: dark,
      light,
      s: [12, 10],
      h: [8, 6],
    }),
    ellipse(-16, -22, 8, 14, '#f3b9a2', 'opacity=".8" transform="rotate(20 -16 -22)"'),
    ellipse(0, -52, 8, 4, '#5f4a22'),
  );
}

// ---------------------------------------------------------------- chili
export function chili(
  x: number,
  y: number,
  rot = 0,
  s = 1,
  { skin = '#c9352a', dark = '#8f2119', light = '#e6604a', len = 1 } = {},
) {
  const L = 300 * len;
  return g(
    tr(x, y, rot, s),
    line(`M-30 -40C-20 -20 -12 -8 0 0`, '#4f7a3a', 9),
    cut(
      `M0 -16C${f(L * 0.2)} -26 ${f(L * 0.55)} -20 ${f(L * 0.8)} 6C${f(L * 0.9)} 18 ${f(L * 0.97)} 34 ${f(L)} 54C${f(L * 0.9)} 42 ${f(L * 0.8)} 34 ${f(L * 0.62)} 28C${f(L * 0.4)} 22 ${f(L * 0.2)} 18 0 16Z`,
      { base: skin, shade: dark, light, s: [0, 12], h: [0, 8] },
    ),
    path(
      'M-8 -22C6 -26 22 -22 30 -10C34 2 30 14 20 22C8 24 -6 22 -12 14C-18 0 -16 -14 -8 -22Z',
      '#5d8a44',
    ),
    path('M6 -18C16 -16 24 -8 26 0L10 2Z', '#77a65a'),
  );
}

// ---------------------------------------------------------------- Chinese yam (long, slender, fine hairs)
// Lies along +x from a cut end at the origin; the body wavers slightly in thickness and bends gently.
export function yam({
  len = 780,
  seed = 1,
  skin = '#b99b74',
  dark = '#8d7152',
  light = '#d3ba94',
  thick = 30,
  bend = 30,
} = {}) {
  const r = rng(seed);
  const L = len;
  const ph = r() * 6;
  const spine = (u: number): Point => [u * L, -bend * Math.sin(Math.PI * u) + 0];
  const th = (u: number) =>
    thick *
    (0.9 + 0.1 * Math.sin(u * 17 + ph) + 0.06 * Math.sin(u * 41 + ph * 2)) *
    (u > 0.8 ? Math.sqrt(Math.max(0, (1 - u) / 0.2)) * 0.8 + 0.2 : 1);
  const top = [];
  const bot = [];
  const N = 60;
  for (let i = 0; i <= N; i++) {
    const u = i / N;
    const [x, y] = spine(u);
    top.push([x, y - th(u)]);
    bot.push([x, y + th(u)]);
  }
  const d =
    'M' +
    top.map((p) => `${f(p[0])} ${f(p[1])}`).join('L') +
    'L' +
    bot
      .reverse()
      .map((p) => `${f(p[0])} ${f(p[1])}`)
      .join('L') +
    'Z';
  let hairs = '';
  let spots = '';
  for (let i = 0; i < 120; i++) {
    const u = 0.03 + r() * 0.9;
    const [x, y] = spine(u);
    const side = r() > 0.5 ? 1 : -1;
    const t = th(u);
    hairs += `M${f(x)} ${f(y + side * t * 0.92)}l${f(r() * 10 - 5)} ${f(side * (5 + r() * 8))}`;
    if (i % 2 === 0)
      spots += ellipse(x, y + (r() * 2 - 1) * t * 0.7, 3 + r() * 3, 1.8, dark, 'opacity=".6"');
  }
  return [
    line(hairs, '#6e5538', 1.8),
    cut(d, {
      base: skin,
      shade: dark,
      light,
      s: [0, thick * 0.5],
      h: [0, thick * 0.3],
      inner: spots,
    }),
    ellipse(0, 0, thick * 0.42, th(0), '#f6f1e4'),
    ellipse(2, 0, thick * 0.28, th(0) * 0.78, '#fffdf6'),
  ].join('');
}

export function yamSlice(x: number, y: number, rr = 34): string {
  return g(
    tr(x, y),
    ellipse(4, 8, rr, rr * 0.55, '#b99b74'),
    ellipse(0, 0, rr, rr * 0.55, '#f8f4ea'),
    ellipse(-4, -2, rr * 0.6, rr * 0.3, '#ffffff', 'opacity=".7"'),
  );
}

// ---------------------------------------------------------------- watermelon
export function watermelon({ r0 = 220, seed = 2 } = {}) {
  const r = rng(seed);
  let stripes = '';
  for (let k = -5; k <= 5; k++) {
    let dL = '';
    let dR = '';
    const N = 48;
    const ph1 = r() * 6;
    const ph2 = r() * 6;
    for (let i = 0; i <= N; i++) {
      const t = i / N;
      const y = -r0 + 2 * r0 * t;
      const wide = Math.sin(Math.PI * t);
      const cx = Math.sin((k / 6) * (Math.PI / 2)) * r0 * wide + Math.sin(t * 9 + ph1) * 4 * wide;
      const wob = 1 + 0.45 * Math.sin(t * 31 + ph1) + 0.25 * Math.sin(t * 53 + ph2);
      const w = (4 + 13 * wide) * (1 - Math.abs(k) / 9) * wob;
      const w2 =
        (4 + 13 * wide) *
        (1 - Math.abs(k) / 9) *
        (1 + 0.45 * Math.sin(t * 29 + ph2) + 0.25 * Math.sin(t * 47 + ph1));
      dL += `${i ? 'L' : 'M'}${f(cx - Math.max(2, w))} ${f(y)}`;
      dR = `L${f(cx + Math.max(2, w2))} ${f(y)}` + dR;
    }
    stripes += `<path d="${dL}${dR}Z" fill="#2f5a2e"/>`;
  }
  void r;
  const ball = `M0 ${-r0}C${f(r0 * 0.56)} ${-r0} ${r0 * 1.02} ${f(-r0 * 0.5)} ${r0 * 1.02} 0C${r0 * 1.02} ${f(r0 * 0.56)} ${f(r0 * 0.56)} ${r0 * 0.98} 0 ${r0 * 0.98}C${f(-r0 * 0.56)} ${r0 * 0.98} ${-r0 * 1.02} ${f(r0 * 0.56)} ${-r0 * 1.02} 0C${-r0 * 1.02} ${f(-r0 * 0.5)} ${f(-r0 * 0.56)} ${-r0} 0 ${-r0}Z`;
  return [
    cut(ball, {
      base: '#9dc86e',
      shade: '#6d9c48',
      light: '#bcdb92',
      s: [40, 30],
      h: [16, 12],
      inner:
        `<g opacity=".92">${stripes}</g>` +
        `<path d="${ball}" fill="#1f3a1f" opacity=".18" transform="translate(60 50) scale(.92)"/>`,
    }),
    ellipse(0, -r0 + 8, 14, 6, '#5c6b34'),
    line(`M0 ${-r0 + 4}C6 ${-r0 - 20} 22 ${-r0 - 30} 38 ${-r0 - 28}`, '#6b7a3a', 6),
  ].join('');
}

export function melonWedge({ seed = 4 } = {}) {
  const r = rng(seed);
  // a wedge seen from the side: curved rind at the bottom, flesh up to the point
  const rind = 'M-230 0C-200 90 -110 130 0 130C110 130 200 90 230 0Z';
  const white = 'M-214 0C-186 76 -104 112 0 112C104 112 186 76 214 0Z';
  const flesh = 'M-206 0C-178 70 -100 102 0 102C100 102 178 70 206 0Z';
  let seeds = '';
  for (let i = 0; i < 16; i++) {
    const x = -170 + r() * 340;
    const y = 14 + r() * (80 - Math.abs(x) * 0.3);
    seeds += g(tr(x, y, r() * 40 - 20), path('M0 -9C5 -4 5 5 0 9C-5 5 -5 -4 0 -9Z', '#1f1a17'));
  }
  return [
    path(rind, '#3f6d34'),
    path(white, '#eef0d2'),
    cut(flesh, {
      base: '#e0564a',
      shade: '#c23f36',
      light: '#ec7b66',
      s: [0, 0],
      h: [0, 0],
      inner: seeds,
    }),
    path('M-206 0C-100 -16 100 -16 206 0C100 10 -100 10 -206 0Z', '#ec7b66'),
  ].join('');
}

// ---------------------------------------------------------------- lotus flower (side view) on a stem from (0,0) upward
export function lotusFlower({
  h = 260,
  pink = '#e7a9a3',
  deep = '#c76f6d',
  light = '#f6d7cf',
  open = 1,
} = {}) {
  const top = -h;
  const petal = (a: number, len: number, wid: number, fill: string) =>
    g(
      tr(0, top, a),
      `<path d="M0 0C${-wid} ${-len * 0.3} ${-wid * 0.8} ${-len * 0.8} 0 ${-len}C${wid * 0.8} ${-len * 0.8} ${wid} ${-len * 0.3} 0 0Z" fill="${fill}"/>`,
      line(`M0 -4L0 ${-len * 0.85}`, deep, 2, 'opacity=".35"'),
    );
  return [
    line(`M0 0C-6 ${-h * 0.4} 6 ${-h * 0.7} 0 ${top}`, '#6f9a63', 8),
    petal(-62 * open, 110, 44, deep),
    petal(62 * open, 110, 44, deep),
    petal(-36 * open, 130, 48, pink),
    petal(36 * open, 130, 48, pink),
    petal(-12 * open, 140, 50, light),
    petal(12 * open, 138, 48, pink),
    ellipse(0, top - 6, 30, 12, '#e2c45a'),
  ].join('');
}

// A ripe mung-bean pod (dark, bumpy, slightly curved), lying along +x from the origin.
export function mungPod({
  len = 230,
  n = 10,
  color = '#3a3427',
  bump = '#4d4636',
  green = false,
} = {}) {
  const c = green ? '#7d9a4a' : color;
  const b = green ? '#94b25c' : bump;
  let beans = '';
  let edge = '';
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n;
    const x = t * len;
    const y = -Math.sin(Math.PI * t) * 18;
    beans += ellipse(x, y, len / n / 1.6, 15, c);
    edge += ellipse(x - 2, y - 4, len / n / 3, 7, b, 'opacity=".9"');
  }
  return [
    line(`M-26 6Q-12 2 0 0`, green ? '#6b8a3a' : '#5a513c', 6),
    beans,
    edge,
    path(`M${len - 6} -4L${len + 24} -10L${len - 2} 8Z`, c),
    line(`M4 0Q${len / 2} -30 ${len} 0`, green ? '#6b8a3a' : '#6a604a', 2, 'opacity=".6"'),
  ].join('');
}
