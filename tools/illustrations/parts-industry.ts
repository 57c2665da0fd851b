// Abstract motifs for enterprise covers: cylinders, gears, hex lattices, bottles, jars, capsules...
// Nothing here may read as a logo or carry a mark.
import {
  C,
  g,
  tr,
  path,
  line,
  circle,
  ellipse,
  ellipseD,
  cut,
  clip,
  rng,
  f,
  linGrad,
  type Point,
} from './lib.ts';

// Upright cylinder standing on (x, y) with radius rx, height h, ellipse ratio k.
export function cylinder(
  x: number,
  y: number,
  rx: number,
  h: number,
  {
    body,
    dark,
    light,
    top,
    k = 0.32,
    band,
    bandY = 0,
    bandH = 0,
  }: {
    body: string;
    dark?: string;
    light?: string;
    top?: string;
    k?: number;
    /** A coloured band around the body, from bandY down bandH. */
    band?: string;
    bandY?: number;
    bandH?: number;
  },
): string {
  const ry = rx * k;
  const d = `M${x - rx} ${y - h}V${y}A${rx} ${ry} 0 0 0 ${x + rx} ${y}V${y - h}Z`;
  const gr = linGrad(
    [
      [0, light ?? body],
      [0.35, body],
      [0.8, dark ?? body],
      [1, dark ?? body],
    ],
    { x1: 0, y1: 0, x2: 1, y2: 0 },
  );
  let s = `<defs>${gr.def}</defs><path d="${d}" fill="${gr.url}"/>`;
  if (band)
    s += clip(
      d,
      `<rect x="${x - rx}" y="${bandY}" width="${2 * rx}" height="${bandH}" fill="${band}"/>` +
        `<path d="M${x - rx} ${bandY + bandH}A${rx} ${ry} 0 0 0 ${x + rx} ${bandY + bandH}V${bandY + bandH + 200}H${x - rx}Z" fill="none"/>`,
    );
  s += ellipse(x, y - h, rx, ry, top ?? light ?? body);
  return s;
}

// Horizontal roll lying along x (seen from the front-left), end face at the left.
export function roll(
  x: number,
  y: number,
  r: number,
  len: number,
  {
    body = '#f4efe4',
    dark = '#d3cab8',
    end = '#ece5d6',
    core = '#b39a74',
    rings = '#d6cdbb',
    light = '#ffffff',
  } = {},
) {
  const k = 0.42;
  const out = [];
  const d = `M${x} ${y - r}H${x + len}A${r * k} ${r} 0 0 1 ${x + len} ${y + r}H${x}Z`;
  out.push(cut(d, { base: body, shade: dark, s: [0, 22], light, h: [0, 8] }));
  out.push(ellipse(x, y, r * k, r, end));
  let rr = '';
  for (let i = 1; i < 6; i++) rr += ellipseD(x, y, r * k * (1 - i * 0.14), r * (1 - i * 0.14));
  out.push(`<path d="${rr}" fill="none" stroke="${rings}" stroke-width="2"/>`);
  out.push(ellipse(x, y, r * k * 0.22, r * 0.22, core));
  out.push(ellipse(x, y, r * k * 0.12, r * 0.12, '#5e4a32'));
  return out.join('');
}

// Spur gear outline centred at the origin.
export function gearD(r: number, teeth: number, depth = 0.16, hole = 0.3): string {
  const pts: Point[] = [];
  const ro = r;
  const ri = r * (1 - depth);
  for (let i = 0; i < teeth; i++) {
    const a = (i / teeth) * Math.PI * 2;
    const w = (Math.PI * 2) / teeth;
    const seq: [r: number, a: number][] = [
      [ri, a - w * 0.5],
      [ri, a - w * 0.28],
      [ro, a - w * 0.18],
      [ro, a + w * 0.18],
      [ri, a + w * 0.28],
    ];
    for (const [rr, aa] of seq) pts.push([rr * Math.cos(aa), rr * Math.sin(aa)]);
  }
  let d = 'M' + pts.map((p) => `${f(p[0])} ${f(p[1])}`).join('L') + 'Z';
  if (hole) d += ellipseD(0, 0, r * hole, r * hole);
  return d;
}

export function gear(
  x: number,
  y: number,
  r: number,
  teeth: number,
  rot: number,
  {
    base,
    shade,
    light,
    spokes = 0,
    hub,
  }: { base: string; shade: string; light: string; spokes?: number; hub?: string },
): string {
  const d = gearD(r, teeth, 0.14, spokes ? 0 : 0.28);
  let inner = '';
  if (spokes) {
    // cut-out windows between spokes
    let win = '';
    for (let i = 0; i < spokes; i++) {
      const a0 = (i / spokes) * Math.PI * 2 + 0.22;
      const a1 = ((i + 1) / spokes) * Math.PI * 2 - 0.22;
      const r0 = r * 0.32;
      const r1 = r * 0.66;
      win += `M${f(Math.cos(a0) * r0)} ${f(Math.sin(a0) * r0)}L${f(Math.cos(a0) * r1)} ${f(Math.sin(a0) * r1)}A${r1} ${r1} 0 0 1 ${f(Math.cos(a1) * r1)} ${f(Math.sin(a1) * r1)}L${f(Math.cos(a1) * r0)} ${f(Math.sin(a1) * r0)}A${r0} ${r0} 0 0 0 ${f(Math.cos(a0) * r0)} ${f(Math.sin(a0) * r0)}Z`;
    }
    inner = `<path d="${win}" fill="${hub ?? '#000'}" opacity=".0"/>`;
    return g(
      tr(x, y, rot),
      `<path d="${d}${win}" fill="${shade}" fill-rule="evenodd" transform="translate(8 10)"/>`,
      `<path d="${d}${win}" fill="${base}" fill-rule="evenodd"/>`,
      circle(0, 0, r * 0.78, 'none', `stroke="${light}" stroke-width="4" opacity=".6"`),
      circle(0, 0, r * 0.2, light),
      circle(0, 0, r * 0.09, shade),
      inner,
    );
  }
  return g(
    tr(x, y, rot),
    `<path d="${d}" fill="${shade}" fill-rule="evenodd" transform="translate(8 10)"/>`,
    `<path d="${d}" fill="${base}" fill-rule="evenodd"/>`,
    circle(0, 0, r * 0.6, 'none', `stroke="${light}" stroke-width="4" opacity=".6"`),
    circle(0, 0, r * 0.4, 'none', `stroke="${shade}" stroke-width="3" opacity=".5"`),
  );
}

// Hexagonal (graphene-like) lattice of lines, clipped to a path.
export function hexLattice(
  clipD: string,
  {
    size = 40,
    color = C.ink3,
    width = 3,
    opacity = 0.5,
    x0 = 0,
    y0 = 0,
    w = 1920,
    h = 1080,
    nodes = true,
  } = {},
) {
  const s = size;
  const hx = Math.sqrt(3) * s;
  let d = '';
  let dots = '';
  for (let row = -1; row * 1.5 * s < h + s; row++) {
    for (let col = -1; col * hx < w + hx; col++) {
      const cx = x0 + col * hx + (row % 2 ? hx / 2 : 0);
      const cy = y0 + row * 1.5 * s;
      const p: Point[] = [];
      for (let i = 0; i < 6; i++) {
        const a = (Math.PI / 3) * i + Math.PI / 6;
        p.push([cx + s * Math.cos(a), cy + s * Math.sin(a)]);
      }
      d += `M${f(p[0][0])} ${f(p[0][1])}L${f(p[1][0])} ${f(p[1][1])}L${f(p[2][0])} ${f(p[2][1])}L${f(p[3][0])} ${f(p[3][1])}`;
      if (nodes)
        dots +=
          circle(p[0][0], p[0][1], width * 1.6, color) +
          circle(p[2][0], p[2][1], width * 1.6, color);
    }
  }
  return clip(clipD, `<g opacity="${opacity}">${line(d, color, width)}${dots}</g>`);
}

// Capsule lying at angle a, length L, radius r, two halves.
export function capsule(
  x: number,
  y: number,
  a: number,
  { L = 150, r = 32, c1 = C.verm, c2 = '#f4efe4', c1d = C.vermDark, c2d = '#d6cdbd' } = {},
) {
  const half = L / 2;
  const left = `M0 ${-r}H${-half + r}A${r} ${r} 0 0 0 ${-half + r} ${r}H0Z`;
  const right = `M0 ${-r}H${half - r}A${r} ${r} 0 0 1 ${half - r} ${r}H0Z`;
  return g(
    tr(x, y, a),
    ellipse(6, r + 10, half * 0.9, 8, C.ink, 'opacity=".12"'),
    cut(left, { base: c1, shade: c1d, light: '#e8735a', s: [0, 12], h: [0, 6] }),
    cut(right, { base: c2, shade: c2d, light: '#ffffff', s: [0, 12], h: [0, 6] }),
    line(
      `M${-half + r} ${-r * 0.5}H${-8}M8 ${-r * 0.5}H${half - r}`,
      '#ffffff',
      5,
      'opacity=".45"',
    ),
  );
}

// Glass vial standing on (x, y).
export function vial(
  x: number,
  y: number,
  { w = 90, h = 260, liquid = '#6fa7a2', level = 0.55, cap = C.ink2, glass = '#e9f1ef' } = {},
) {
  const r = 14;
  const body = `M${x - w / 2} ${y - h + 60}V${y - r}Q${x - w / 2} ${y} ${x - w / 2 + r} ${y}H${x + w / 2 - r}Q${x + w / 2} ${y} ${x + w / 2} ${y - r}V${y - h + 60}Z`;
  const liq = `M${x - w / 2} ${y - h * level}V${y}H${x + w / 2}V${y - h * level}Z`;
  return [
    path(body, glass, 'opacity=".85"'),
    clip(
      body,
      `<path d="${liq}" fill="${liquid}"/>` +
        ellipse(x, y - h * level, w / 2, 8, '#ffffff', 'opacity=".35"'),
    ),
    path(body, 'none', `stroke="#ffffff" stroke-width="3" opacity=".7"`),
    // neck and cap
    path(
      `M${x - w * 0.3} ${y - h + 60}L${x - w * 0.3} ${y - h + 40}H${x + w * 0.3}V${y - h + 60}Z`,
      glass,
    ),
    path(
      `M${x - w * 0.4} ${y - h + 40}V${y - h + 6}Q${x - w * 0.4} ${y - h} ${x - w * 0.4 + 6} ${y - h}H${x + w * 0.4 - 6}Q${x + w * 0.4} ${y - h} ${x + w * 0.4} ${y - h + 6}V${y - h + 40}Z`,
      cap,
    ),
    line(`M${x - w * 0.28} ${y - h + 90}V${y - 30}`, '#ffffff', 7, 'opacity=".7"'),
  ].join('');
}

// A bottle (baijiu style) standing on (x, y).
export function bottle(
  x: number,
  y: number,
  {
    w = 150,
    h = 440,
    body = '#f2efe6',
    dark = '#d2cabb',
    light = '#ffffff',
    cap = C.verm,
    capDark = C.vermDark,
    label,
    shape = 'square',
  }: {
    w?: number;
    h?: number;
    body?: string;
    dark?: string;
    light?: string;
    cap?: string;
    capDark?: string;
    /** Markup drawn on the body, given the bottle's foot, width and height. */
    label?: (x: number, y: number, w: number, h: number) => string;
    shape?: 'square' | 'round' | 'gourd';
  } = {},
): string {
  const hw = w / 2;
  const shoulder = y - h * 0.62;
  const nw = w * 0.18;
  const neckTop = y - h + 50;
  let d: string;
  if (shape === 'round') {
    d = `M${x - nw} ${neckTop}V${shoulder - 40}C${x - nw} ${shoulder - 10} ${x - hw} ${shoulder - 20} ${x - hw} ${shoulder + 60}V${y - 20}Q${x - hw} ${y} ${x - hw + 20} ${y}H${x + hw - 20}Q${x + hw} ${y} ${x + hw} ${y - 20}V${shoulder + 60}C${x + hw} ${shoulder - 20} ${x + nw} ${shoulder - 10} ${x + nw} ${shoulder - 40}V${neckTop}Z`;
  } else if (shape === 'gourd') {
    d = `M${x - nw} ${neckTop}V${y - h * 0.72}C${x - nw} ${y - h * 0.66} ${x - hw * 0.7} ${y - h * 0.66} ${x - hw * 0.7} ${y - h * 0.56}C${x - hw * 0.7} ${y - h * 0.46} ${x - hw * 0.4} ${y - h * 0.44} ${x - hw * 0.4} ${y - h * 0.4}C${x - hw} ${y - h * 0.36} ${x - hw} ${y - 40} ${x - hw * 0.8} ${y - 10}Q${x - hw * 0.7} ${y} ${x - hw * 0.5} ${y}H${x + hw * 0.5}Q${x + hw * 0.7} ${y} ${x + hw * 0.8} ${y - 10}C${x + hw} ${y - 40} ${x + hw} ${y - h * 0.36} ${x + hw * 0.4} ${y - h * 0.4}C${x + hw * 0.4} ${y - h * 0.44} ${x + hw * 0.7} ${y - h * 0.46} ${x + hw * 0.7} ${y - h * 0.56}C${x + hw * 0.7} ${y - h * 0.66} ${x + nw} ${y - h * 0.66} ${x + nw} ${y - h * 0.72}V${neckTop}Z`;
  } else {
    d = `M${x - nw} ${neckTop}V${shoulder - 30}L${x - hw} ${shoulder + 20}V${y - 10}Q${x - hw} ${y} ${x - hw + 10} ${y}H${x + hw - 10}Q${x + hw} ${y} ${x + hw} ${y - 10}V${shoulder + 20}L${x + nw} ${shoulder - 30}V${neckTop}Z`;
  }
  return [
    cut(d, {
      base: body,
      shade: dark,
      light,
      s: [w * 0.22, 0],
      h: [-w * 0.1, 0],
      inner: label ? label(x, y, w, h) : '',
    }),
    path(
      `M${x - nw - 6} ${neckTop + 4}V${y - h + 6}Q${x - nw - 6} ${y - h} ${x - nw} ${y - h}H${x + nw}Q${x + nw + 6} ${y - h} ${x + nw + 6} ${y - h + 6}V${neckTop + 4}Z`,
      cap,
    ),
    path(
      `M${x + nw * 0.2} ${neckTop + 4}V${y - h}H${x + nw}Q${x + nw + 6} ${y - h} ${x + nw + 6} ${y - h + 6}V${neckTop + 4}Z`,
      capDark,
      'opacity=".6"',
    ),
  ].join('');
}

// Round-bellied glazed jar (pickles / wine) standing on (x, y), with a lid.
export function jar(
  x: number,
  y: number,
  {
    w = 300,
    h = 300,
    glaze = '#5b3a26',
    dark = '#3c2416',
    light = '#8a5e3e',
    rim = '#4a2e1c',
    lid = 'cap',
    lidColor = '#b38a58',
    lidDark = '#8a6638',
    tie = C.verm,
  } = {},
) {
  const hw = w / 2;
  const mw = w * 0.3;
  const top = y - h;
  const d = `M${x - mw} ${top + 20}C${x - mw} ${top + 50} ${x - hw} ${top + 60} ${x - hw} ${y - h * 0.45}C${x - hw} ${y - h * 0.12} ${x - hw * 0.7} ${y} ${x - hw * 0.45} ${y}H${x + hw * 0.45}C${x + hw * 0.7} ${y} ${x + hw} ${y - h * 0.12} ${x + hw} ${y - h * 0.45}C${x + hw} ${top + 60} ${x + mw} ${top + 50} ${x + mw} ${top + 20}Z`;
  const out = [];
  out.push(
    cut(d, {
      base: glaze,
      shade: dark,
      light,
      s: [w * 0.16, 0],
      h: [-w * 0.06, 0],
      inner:
        `<path d="M${x - hw * 0.55} ${top + h * 0.3}C${x - hw * 0.7} ${top + h * 0.45} ${x - hw * 0.7} ${top + h * 0.6} ${x - hw * 0.55} ${top + h * 0.72}" fill="none" stroke="#ffffff" stroke-width="${w * 0.05}" stroke-linecap="round" opacity=".25"/>` +
        `<path d="M${x - hw} ${y - h * 0.3}H${x + hw}V${y}H${x - hw}Z" fill="${dark}" opacity=".18"/>`,
    }),
  );
  out.push(ellipse(x, top + 20, mw + 10, 14, rim));
  if (lid === 'cap') {
    // conical bamboo/wood lid
    out.push(
      path(
        `M${x - mw - 40} ${top + 16}C${x - mw} ${top - 20} ${x - 20} ${top - 50} ${x} ${top - 54}C${x + 20} ${top - 50} ${x + mw} ${top - 20} ${x + mw + 40} ${top + 16}C${x + mw} ${top + 26} ${x - mw} ${top + 26} ${x - mw - 40} ${top + 16}Z`,
        lidColor,
      ),
    );
    out.push(
      path(
        `M${x} ${top - 54}C${x + 20} ${top - 50} ${x + mw} ${top - 20} ${x + mw + 40} ${top + 16}C${x + mw} ${top + 24} ${x + 30} ${top + 24} ${x} ${top + 22}Z`,
        lidDark,
        'opacity=".6"',
      ),
    );
    out.push(
      line(
        `M${x - mw - 10} ${top + 4}C${x - mw * 0.5} ${top - 6} ${x + mw * 0.5} ${top - 6} ${x + mw + 10} ${top + 4}M${x - mw * 0.6} ${top - 18}C${x - mw * 0.2} ${top - 26} ${x + mw * 0.2} ${top - 26} ${x + mw * 0.6} ${top - 18}`,
        lidDark,
        3,
        'opacity=".6"',
      ),
    );
  } else if (lid === 'cloth') {
    // red cloth cover tied with string (wine jar)
    out.push(
      path(
        `M${x - mw - 30} ${top + 30}C${x - mw - 20} ${top - 30} ${x - 40} ${top - 60} ${x} ${top - 60}C${x + 40} ${top - 60} ${x + mw + 20} ${top - 30} ${x + mw + 30} ${top + 30}L${x + mw + 10} ${top + 56}L${x + mw - 10} ${top + 34}L${x + mw - 30} ${top + 60}L${x} ${top + 36}L${x - mw + 30} ${top + 60}L${x - mw + 10} ${top + 34}L${x - mw - 10} ${top + 56}Z`,
        tie,
      ),
    );
    out.push(
      path(
        `M${x} ${top - 60}C${x + 40} ${top - 60} ${x + mw + 20} ${top - 30} ${x + mw + 30} ${top + 30}L${x + mw + 10} ${top + 56}L${x + mw - 10} ${top + 34}L${x + mw - 30} ${top + 60}L${x} ${top + 36}Z`,
        C.vermDark,
        'opacity=".45"',
      ),
    );
    out.push(
      line(
        `M${x - mw - 6} ${top + 22}C${x - mw * 0.5} ${top + 32} ${x + mw * 0.5} ${top + 32} ${x + mw + 6} ${top + 22}`,
        '#e8c98a',
        6,
      ),
    );
  }
  return out.join('');
}

// Small wine cup (side view) standing on (x, y).
export function cup(
  x: number,
  y: number,
  {
    w = 90,
    h = 60,
    glaze = '#f3efe6',
    dark = '#d3cbbb',
    rim = '#ffffff',
    inside = '#e4dccb',
    liquid,
  }: {
    w?: number;
    h?: number;
    glaze?: string;
    dark?: string;
    rim?: string;
    inside?: string;
    /** The colour of what the cup holds; empty without. */
    liquid?: string;
  } = {},
): string {
  const hw = w / 2;
  const d = `M${x - hw} ${y - h}C${x - hw} ${y - h * 0.3} ${x - hw * 0.5} ${y - 8} ${x - hw * 0.35} ${y - 8}L${x - hw * 0.3} ${y}H${x + hw * 0.3}L${x + hw * 0.35} ${y - 8}C${x + hw * 0.5} ${y - 8} ${x + hw} ${y - h * 0.3} ${x + hw} ${y - h}Z`;
  return [
    cut(d, { base: glaze, shade: dark, s: [w * 0.2, 0] }),
    ellipse(x, y - h, hw, hw * 0.22, inside),
    liquid ? ellipse(x, y - h + 3, hw * 0.8, hw * 0.16, liquid) : '',
    ellipse(x, y - h, hw, hw * 0.22, 'none', `stroke="${rim}" stroke-width="3"`),
  ].join('');
}

// A sorghum head (drooping red-brown panicle) on a stalk from (x, y) going up to (tx, ty).
export function sorghum(
  x: number,
  y: number,
  tx: number,
  ty: number,
  { seed = 1, grain = '#9c3a24', dark = '#6e2416', stalk = '#a9a061', size = 1 } = {},
) {
  const r = rng(seed);
  let s = line(
    `M${x} ${y}Q${f((x + tx) / 2 - 20)} ${f((y + ty) / 2)} ${tx} ${ty}`,
    stalk,
    7 * size,
  );
  let grains = '';
  for (let i = 0; i < 70; i++) {
    const t = r();
    const a = r() * Math.PI * 2;
    const rad = (1 - t) * 46 * size * Math.sqrt(r()) + 10 * size;
    const gx = tx + Math.cos(a) * rad * 0.8 + 10 * size * (1 - t);
    const gy = ty - t * 130 * size + Math.sin(a) * rad * 0.35 + 20 * size;
    grains += circle(gx, gy, (7 + r() * 3) * size, r() > 0.5 ? grain : dark);
  }
  return s + grains;
}

// Ewer (wine pot) with spout and handle, standing on (x, y); height ~380 at s = 1.
export function ewer(
  x: number,
  y: number,
  s = 1,
  { glaze = '#a7c3b3', dark = '#7a9a88', light = '#c9ddd1', band = '#f4f1e8' } = {},
) {
  const body =
    'M-30 -380C-26 -350 -20 -330 -22 -300C-26 -250 -122 -222 -124 -120C-126 -50 -82 -14 -60 -6L-62 0H62L60 -6C82 -14 126 -50 124 -120C122 -222 26 -250 22 -300C20 -330 26 -350 30 -380Z';
  return g(
    tr(x, y, 0, s),
    line('M-24 -330C-130 -344 -184 -250 -108 -180', dark, 22),
    line('M-24 -330C-130 -344 -184 -250 -108 -180', glaze, 12),
    cut('M94 -200C140 -226 172 -286 188 -346L210 -340C198 -272 164 -196 112 -150Z', {
      base: glaze,
      shade: dark,
      s: [10, 0],
    }),
    ellipse(199, -343, 12, 5, dark),
    cut(body, {
      base: glaze,
      shade: dark,
      light,
      s: [44, 0],
      h: [-16, 0],
      inner:
        line('M-110 -176C-40 -150 40 -150 110 -176', band, 6) +
        line('M-122 -100C-40 -74 40 -74 122 -100', band, 3, 'opacity=".8"') +
        line(
          'M-80 -140C-60 -120 -40 -120 -20 -140C0 -120 20 -120 40 -140C60 -120 80 -120 100 -140',
          dark,
          3,
          'opacity=".5"',
        ),
    }),
    path('M-36 -380C-32 -404 32 -404 36 -380Z', dark),
    circle(0, -408, 11, dark),
    ellipse(0, -380, 34, 7, light),
  );
}
