// Shared drawing toolkit for the cover illustrations.
//
// Every cover is a 1920×1080 SVG assembled from the same ingredients:
// a tinted paper background, a large "moon-gate" disc behind the subject,
// a table/ground band or lake water lines, optional reeds, a small vermilion
// seal-like square, and the subject itself drawn as layered paper-cut shapes.
// No text is ever emitted.

export const W = 1920;
export const H = 1080;
export const CX = W / 2;

/** An x, y pair in SVG user units. */
export type Point = [number, number];

// ---------------------------------------------------------------- palette
export const C = {
  ink: '#1f3a3d',
  ink2: '#2e5053',
  ink3: '#46696a',
  teal: '#3d7773',
  teal2: '#5f9893',
  lake: '#9cc0b9',
  lakePale: '#d3e3de',
  paper: '#f3ecdf',
  paper2: '#e9dfcc',
  cream: '#fbf7ee',
  white: '#fffdf8',
  verm: '#b5402a',
  verm2: '#cf5b3d',
  vermDark: '#8c2f1e',
  ochre: '#c48a34',
  ochreDark: '#9b6726',
  gold: '#dcae5a',
  goldPale: '#ecd49a',
  green: '#7fa06b',
  green2: '#587d4f',
  green3: '#3f5f3d',
  greenPale: '#b9cc9f',
  sand: '#e6d6b8',
  brown: '#8a5a36',
  brown2: '#6b4226',
  brown3: '#4a2e1c',
};

// Background families per category. `disc` is the moon-gate disc behind the subject,
// `ground` the table band, `line` the colour of water lines / thin decorative strokes.
export interface Theme {
  bg: string;
  disc: string;
  ground: string;
  line: string;
  deep: string;
}
export const THEMES = {
  aquatic: { bg: '#e4ece7', disc: '#c6dbd4', ground: '#b7d0c8', line: '#86ada5', deep: '#9cbfb6' },
  grain: { bg: '#f4e9d3', disc: '#ebd3a0', ground: '#e7d3ab', line: '#c8a56a', deep: '#dcbb7d' },
  poultry: { bg: '#f3ebdd', disc: '#e5d3b5', ground: '#e3d2b3', line: '#c2a982', deep: '#d4bd97' },
  fungi: { bg: '#e6e8dc', disc: '#c9d4bb', ground: '#c3ceb3', line: '#8fa283', deep: '#aebd9c' },
  produce: { bg: '#f2ebdc', disc: '#dde2c4', ground: '#e1d8bf', line: '#a9b38b', deep: '#c7cfa8' },
  craft: { bg: '#f1e7d8', disc: '#e4cfb0', ground: '#e2d0b2', line: '#bf9f78', deep: '#d3b891' },
  enterprise: {
    bg: '#e2e7e5',
    disc: '#c9d4d2',
    ground: '#c3cfcd',
    line: '#8ea4a2',
    deep: '#aebfbd',
  },
  gift: { bg: '#f3e9dc', disc: '#ecd0bd', ground: '#e6d5bc', line: '#c6a07f', deep: '#ddb99c' },
} satisfies Record<string, Theme>;
export type ThemeName = keyof typeof THEMES;

// ---------------------------------------------------------------- utilities
let idCounter = 0;
export const uid = (p = 'u') => `${p}${++idCounter}`;
export const resetIds = () => {
  idCounter = 0;
};

// Deterministic PRNG (mulberry32) so renders are reproducible.
export function rng(seed: number | string): () => number {
  let a = typeof seed === 'string' ? hash(seed) : seed >>> 0;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export const f = (n: number): number => +n.toFixed(1);

export const tr = (x = 0, y = 0, r = 0, s: number | readonly number[] = 1): string =>
  `translate(${f(x)} ${f(y)})${r ? ` rotate(${f(r)})` : ''}${s !== 1 ? ` scale(${Array.isArray(s) ? s.join(' ') : s})` : ''}`;

export const g = (transform: string, ...children: string[]): string =>
  `<g${transform ? ` transform="${transform}"` : ''}>${children.join('')}</g>`;

export const path = (d: string, fill: string, extra = ''): string =>
  `<path d="${d}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;

export const line = (d: string, stroke: string, w = 4, extra = ''): string =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"${extra ? ' ' + extra : ''}/>`;

export const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;

export const ellipse = (
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  extra = '',
): string =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;

export const ellipseD = (cx: number, cy: number, rx: number, ry: number): string =>
  `M${f(cx - rx)} ${f(cy)}a${f(rx)} ${f(ry)} 0 1 0 ${f(2 * rx)} 0a${f(rx)} ${f(ry)} 0 1 0 ${f(-2 * rx)} 0Z`;

export const rectD = (x: number, y: number, w: number, h: number, r = 0): string =>
  r
    ? `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}Z`
    : `M${x} ${y}h${w}v${h}h${-w}Z`;

// Point and tangent angle (degrees) on a cubic Bézier.
export function bez(
  p0: Point,
  p1: Point,
  p2: Point,
  p3: Point,
  t: number,
): { x: number; y: number; a: number } {
  const u = 1 - t;
  const x = u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0];
  const y = u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1];
  const dx =
    3 * u * u * (p1[0] - p0[0]) + 6 * u * t * (p2[0] - p1[0]) + 3 * t * t * (p3[0] - p2[0]);
  const dy =
    3 * u * u * (p1[1] - p0[1]) + 6 * u * t * (p2[1] - p1[1]) + 3 * t * t * (p3[1] - p2[1]);
  return { x, y, a: (Math.atan2(dy, dx) * 180) / Math.PI };
}
export const bezD = (p0: Point, p1: Point, p2: Point, p3: Point): string =>
  `M${p0.join(' ')}C${p1.join(' ')} ${p2.join(' ')} ${p3.join(' ')}`;

// ---------------------------------------------------------------- paper-cut shading
// Draws shape `d` in three tones: a lit crescent on the upper-left (`light`),
// the body (`base`) and a shaded crescent on the lower-right (`shade`).
// `s` is the shade offset, `h` the highlight offset; `inner` is extra markup
// clipped to the shape (stripes, scales, speckles...).
export interface CutTones {
  base: string;
  shade?: string | undefined;
  light?: string | undefined;
  s?: Point;
  h?: Point;
  inner?: string;
  outline?: string;
  transform?: string;
}
export function cut(
  d: string,
  {
    base,
    shade,
    light,
    s = [14, 14],
    h = [10, 10],
    inner = '',
    outline = '',
    transform = '',
  }: CutTones,
): string {
  const a = uid('ca');
  const b = uid('cb');
  const parts = [
    `<clipPath id="${a}"><path d="${d}"/></clipPath>`,
    `<clipPath id="${b}"><path d="${d}" transform="translate(${-s[0]} ${-s[1]})"/></clipPath>`,
    `<g clip-path="url(#${a})">`,
    `<path d="${d}" fill="${shade ?? base}"/>`,
    `<g clip-path="url(#${b})">`,
    light ? `<path d="${d}" fill="${light}"/>` : '',
    `<path d="${d}" fill="${base}"${light ? ` transform="translate(${h[0]} ${h[1]})"` : ''}/>`,
    `</g>`,
    inner,
    `</g>`,
    outline ? `<path d="${d}" fill="none" ${outline}/>` : '',
  ];
  return transform ? g(transform, ...parts) : parts.join('');
}

// Clip arbitrary markup to a path.
export function clip(d: string, inner: string, transform = ''): string {
  const id = uid('cl');
  const s = `<clipPath id="${id}"><path d="${d}"${transform ? ` transform="${transform}"` : ''}/></clipPath><g clip-path="url(#${id})">${inner}</g>`;
  return s;
}

/** A gradient stop: offset (0–1), colour and opacity. */
export type Stop = [offset: number, color: string, opacity?: number];
/** A paint server: its id, the url() to fill with, and the markup for <defs>. */
export interface Paint {
  id: string;
  url: string;
  def: string;
}

export function linGrad(stops: Stop[], { x1 = 0, y1 = 0, x2 = 0, y2 = 1 } = {}): Paint {
  const id = uid('lg');
  const st = stops
    .map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`)
    .join('');
  return {
    id,
    url: `url(#${id})`,
    def: `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${st}</linearGradient>`,
  };
}
export function radGrad(
  stops: Stop[],
  {
    cx = 0.5,
    cy = 0.5,
    r = 0.5,
    fx,
    fy,
  }: { cx?: number; cy?: number; r?: number; fx?: number; fy?: number } = {},
): Paint {
  const id = uid('rg');
  const st = stops
    .map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`)
    .join('');
  return {
    id,
    url: `url(#${id})`,
    def: `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}"${fx != null ? ` fx="${fx}" fy="${fy}"` : ''}>${st}</radialGradient>`,
  };
}

// ---------------------------------------------------------------- botanical helpers
// A pointed leaf lying along +x from the origin.
export const leafD = (len: number, wid: number, bend = 0): string =>
  `M0 0C${f(len * 0.25)} ${f(-wid + bend)} ${f(len * 0.7)} ${f(-wid * 0.9 + bend)} ${len} ${f(bend)}C${f(len * 0.7)} ${f(wid * 0.7 + bend)} ${f(len * 0.25)} ${f(wid * 0.9)} 0 0Z`;

export function leaf(
  x: number,
  y: number,
  rot: number,
  len: number,
  wid: number,
  {
    fill = C.green,
    shade = C.green2,
    vein = true,
    bend = 0,
    veinColor,
  }: { fill?: string; shade?: string; vein?: boolean; bend?: number; veinColor?: string } = {},
): string {
  const d = leafD(len, wid, bend);
  return g(
    tr(x, y, rot),
    path(d, fill),
    path(
      `M0 0C${f(len * 0.3)} ${f(-wid * 0.2 + bend * 0.3)} ${f(len * 0.7)} ${f(wid * 0.1 + bend)} ${len} ${f(bend)}C${f(len * 0.7)} ${f(wid * 0.7 + bend)} ${f(len * 0.25)} ${f(wid * 0.9)} 0 0Z`,
      shade,
    ),
    vein
      ? line(
          `M${f(len * 0.04)} 0Q${f(len * 0.5)} ${f(bend * 0.5)} ${f(len * 0.92)} ${f(bend)}`,
          veinColor ?? shade,
          3,
          'opacity=".55"',
        )
      : '',
  );
}

// Heart-shaped leaf (sweet potato, yam) pointing up (-y) with its stalk at the origin.
export function heartLeaf(
  x: number,
  y: number,
  rot: number,
  size: number,
  { fill = C.green, shade = C.green2, vein = C.green3 } = {},
): string {
  const s = size;
  const d = `M0 0C${-0.35 * s} ${-0.05 * s} ${-0.62 * s} ${-0.35 * s} ${-0.5 * s} ${-0.68 * s}C${-0.4 * s} ${-0.92 * s} ${-0.12 * s} ${-1.05 * s} 0 ${-1.25 * s}C${0.12 * s} ${-1.05 * s} ${0.4 * s} ${-0.92 * s} ${0.5 * s} ${-0.68 * s}C${0.62 * s} ${-0.35 * s} ${0.35 * s} ${-0.05 * s} 0 0Z`;
  const half = `M0 0C${0.35 * s} ${-0.05 * s} ${0.62 * s} ${-0.35 * s} ${0.5 * s} ${-0.68 * s}C${0.4 * s} ${-0.92 * s} ${0.12 * s} ${-1.05 * s} 0 ${-1.25 * s}Z`;
  return g(
    tr(x, y, rot),
    path(d, fill),
    path(half, shade, 'opacity=".55"'),
    line(
      `M0 ${-0.05 * s}L0 ${-1.15 * s}M0 ${-0.35 * s}L${-0.32 * s} ${-0.62 * s}M0 ${-0.35 * s}L${0.32 * s} ${-0.62 * s}M0 ${-0.7 * s}L${-0.22 * s} ${-0.95 * s}M0 ${-0.7 * s}L${0.22 * s} ${-0.95 * s}`,
      vein,
      Math.max(2, s * 0.018),
      'opacity=".5"',
    ),
  );
}

// Lotus leaf seen from above at an angle (an ellipse with a notch and radial veins).
export function lotusLeaf(
  x: number,
  y: number,
  rx: number,
  ry: number,
  rot = 0,
  { fill = '#6f9a63', dark = '#557f4d', vein = '#8fb47c', notch = 0 } = {},
): string {
  const n = 11;
  const pts: Point[] = [];
  const N = 96;
  for (let i = 0; i <= N; i++) {
    const t = (i / N) * Math.PI * 2 + notch;
    const wob = 1 + 0.022 * Math.sin(t * 7 + 1.3) + 0.014 * Math.sin(t * 12 + 0.4);
    pts.push([rx * wob * Math.cos(t), ry * wob * Math.sin(t)]);
  }
  const d =
    'M0 0L' +
    pts
      .slice(3, N - 2)
      .map((p) => `${f(p[0])} ${f(p[1])}`)
      .join('L') +
    'Z';
  let veins = '';
  for (let i = 0; i < n; i++) {
    const t = ((i + 0.8) / (n + 0.6)) * Math.PI * 2 + notch;
    veins += `M0 0L${f(rx * 0.94 * Math.cos(t))} ${f(ry * 0.94 * Math.sin(t))}`;
  }
  return g(
    tr(x, y, rot),
    cut(d, { base: fill, shade: dark, s: [0, ry * 0.14] }),
    line(veins, vein, Math.max(2, rx * 0.012), 'opacity=".8"'),
    ellipse(0, 0, rx * 0.06, ry * 0.06, vein),
  );
}

// A long grass/reed blade from (x, y) leaving at angle `a` (degrees), tapering to a drooping tip.
export function blade(
  x: number,
  y: number,
  a: number,
  L: number,
  w: number,
  droop = 0.25,
  fill = C.green,
  extra = '',
): string {
  const dr = L * droop * (Math.cos((a * Math.PI) / 180) >= 0 ? 1 : -1);
  return `<path d="M0 ${f(-w / 2)}Q${f(L * 0.55)} ${f(-w / 2 - dr * 0.15)} ${f(L)} ${f(dr)}Q${f(L * 0.5)} ${f(w / 2 - dr * 0.1)} 0 ${f(w / 2)}Z" fill="${fill}" transform="${tr(x, y, a)}"${extra ? ' ' + extra : ''}/>`;
}

// Reeds: thin stems, long arching blades and drooping feathery plumes, anchored at (x, y) baseline.
export function reeds(
  x: number,
  y: number,
  { color = C.ink3, seed = 1, count = 5, height = 420, flip = false, plume = C.ochre } = {},
): string {
  const r = rng(seed);
  const k = flip ? -1 : 1;
  let stems = '';
  let blades = '';
  let plumes = '';
  for (let i = 0; i < count; i++) {
    const bx = x + k * (i * 30 + r() * 18);
    const hgt = height * (0.6 + r() * 0.45);
    const lean = k * (18 + r() * 46);
    const tx = bx + lean;
    const ty = y - hgt;
    stems += `M${f(bx)} ${y}Q${f(bx + lean * 0.15)} ${f(y - hgt * 0.6)} ${f(tx)} ${f(ty)}`;
    for (const h of [0.2 + r() * 0.1, 0.45 + r() * 0.12]) {
      const px = bx + lean * h * h;
      const py = y - hgt * h;
      const dir = r() > 0.45 ? k : -k;
      const a = dir > 0 ? -60 + r() * 30 : -120 - r() * 30;
      blades += blade(px, py, a, 150 + r() * 100, 10, 0.35 + r() * 0.25, color);
    }
    if (i % 2 === 0 || i === count - 1) {
      // drooping plume: a soft feathery tassel hanging to one side
      const pk = k * (r() > 0.3 ? 1 : -1);
      const L = 110 + r() * 40;
      let strands = '';
      for (let j = 0; j < 5; j++)
        strands += `M${f(pk * (6 + j * 5))} ${f(2 + j * 6)}q${f(pk * (14 + j * 3))} ${f(L * 0.3)} ${f(pk * (8 + j * 6))} ${f(L * (0.55 + j * 0.07))}`;
      plumes += g(
        tr(tx, ty),
        `<path d="M0 0C${f(pk * 26)} -10 ${f(pk * 46)} ${f(L * 0.2)} ${f(pk * 44)} ${f(L * 0.55)}C${f(pk * 42)} ${f(L * 0.8)} ${f(pk * 30)} ${f(L * 0.95)} ${f(pk * 22)} ${f(L)}C${f(pk * 24)} ${f(L * 0.6)} ${f(pk * 14)} ${f(L * 0.25)} 0 0Z" fill="${plume}"/>`,
        line(strands, plume, 2.4),
      );
    }
  }
  return line(stems, color, 3) + blades + plumes;
}

// Horizontal water lines: rows of rounded strokes of varied length.
export function waterLines(
  x0: number,
  x1: number,
  y0: number,
  rows: number,
  { color = C.lake, gap = 22, seed = 7, width = 5, opacity = 1, minLen = 40, maxLen = 220 } = {},
): string {
  const r = rng(seed);
  let d = '';
  for (let i = 0; i < rows; i++) {
    let x = x0 + r() * 60;
    const y = y0 + i * gap;
    while (x < x1) {
      const len = minLen + r() * (maxLen - minLen);
      const end = Math.min(x + len, x1);
      if (end - x > 12) d += `M${f(x)} ${f(y)}H${f(end)}`;
      x = end + 24 + r() * 90;
    }
  }
  return line(d, color, width, opacity !== 1 ? `opacity="${opacity}"` : '');
}

// A small seal-like accent: a thin vermilion square with an abstract inner mark (no characters).
export function seal(x: number, y: number, size = 58, color = C.verm): string {
  const s = size;
  return g(
    tr(x, y),
    `<rect x="0" y="0" width="${s}" height="${s}" rx="3" fill="none" stroke="${color}" stroke-width="4"/>`,
    `<rect x="${s * 0.22}" y="${s * 0.22}" width="${s * 0.56}" height="${s * 0.56}" rx="2" fill="${color}" opacity=".9"/>`,
    `<circle cx="${s * 0.5}" cy="${s * 0.5}" r="${s * 0.12}" fill="${C.paper}"/>`,
  );
}

// Soft ground shadow under an object.
export const shadow = (
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  op = 0.14,
  color = C.ink,
): string => ellipse(cx, cy, rx, ry, color, `opacity="${op}"`);

// Halftone dot pattern (risograph feel) for use as a fill.
export function dotPattern(
  color: string,
  { size = 14, r = 2.2, opacity = 0.35 } = {},
): Omit<Paint, 'id'> {
  const id = uid('dp');
  return {
    url: `url(#${id})`,
    def: `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"><circle cx="${size / 4}" cy="${size / 4}" r="${r}" fill="${color}" opacity="${opacity}"/><circle cx="${(size * 3) / 4}" cy="${(size * 3) / 4}" r="${r}" fill="${color}" opacity="${opacity}"/></pattern>`,
  };
}

// ---------------------------------------------------------------- scene
/** The moon-gate disc behind the subject. */
export interface Disc {
  cx: number;
  cy: number;
  r: number;
  fill: string;
}

/** What a full cover is made of. */
export interface Scene {
  /** A key of THEMES or a theme object. */
  theme: ThemeName | Theme;
  /** The moon-gate disc (the parts given replace the defaults), or false for none. */
  disc?: Partial<Disc> | false;
  /** false: no thin ring around the disc. */
  ring?: boolean;
  /** The y of the table band's top, or false for none. */
  ground?: number | false;
  groundFill?: string;
  /** false: no water lines on the table band. */
  groundLines?: boolean;
  /** Water lines inside the lower disc and across the foot (aquatic scenes). */
  lake?: boolean;
  lakeY?: number;
  reeds?: 'left' | 'right' | 'both' | false;
  reedColor?: string;
  reedBase?: number;
  reedHeight?: number;
  plume?: string;
  /** The top-left corner of the seal, or false for none. */
  seal?: Point | false | undefined;
  /** The background colour, when not the theme's. */
  bg?: string;
  /** Markup for <defs> (gradients, patterns). */
  defs?: string;
  /** Markup drawn behind the subject (after disc and ground). */
  back?: string;
  /** The subject. */
  body: string;
  /** Markup drawn above the subject. */
  front?: string;
}

// Composes a full cover.
export function scene(o: Scene): string {
  const t = typeof o.theme === 'string' ? THEMES[o.theme] : o.theme;
  const disc =
    o.disc === false ? null : { cx: CX, cy: 500, r: 400, fill: t.disc, ...(o.disc || {}) };
  const groundY = o.ground === undefined ? 820 : o.ground;
  const parts = [];
  parts.push(`<rect width="${W}" height="${H}" fill="${o.bg ?? t.bg}"/>`);
  if (disc) {
    parts.push(circle(disc.cx, disc.cy, disc.r, disc.fill));
    if (o.ring !== false)
      parts.push(
        circle(
          disc.cx,
          disc.cy,
          disc.r + 26,
          'none',
          `stroke="${t.line}" stroke-width="2.5" opacity=".55"`,
        ),
      );
  }
  if (o.lake) {
    const ly = o.lakeY ?? 700;
    // water band across the whole width plus lines inside the disc
    parts.push(
      `<rect x="0" y="${ly}" width="${W}" height="${H - ly}" fill="${t.ground}" opacity=".55"/>`,
    );
    if (disc)
      parts.push(
        clip(
          ellipseD(disc.cx, disc.cy, disc.r, disc.r),
          `<rect x="0" y="${ly}" width="${W}" height="${H}" fill="${t.deep}"/>` +
            waterLines(disc.cx - disc.r, disc.cx + disc.r, ly + 26, 12, {
              color: t.disc,
              seed: 3,
              width: 4,
              gap: 26,
            }),
        ),
      );
    parts.push(
      waterLines(60, 560, ly + 40, 12, {
        color: t.line,
        seed: 11,
        gap: 28,
        width: 4,
        opacity: 0.8,
      }),
    );
    parts.push(
      waterLines(1360, 1860, ly + 52, 12, {
        color: t.line,
        seed: 12,
        gap: 28,
        width: 4,
        opacity: 0.8,
      }),
    );
  } else if (groundY !== false) {
    parts.push(
      `<rect x="0" y="${groundY}" width="${W}" height="${H - groundY}" fill="${o.groundFill ?? t.ground}"/>`,
    );
    parts.push(line(`M0 ${groundY}H${W}`, t.line, 2.5, 'opacity=".6"'));
    if (o.groundLines !== false) {
      parts.push(
        waterLines(80, 520, groundY + 60, 5, {
          color: t.line,
          seed: 21,
          gap: 34,
          width: 3.5,
          opacity: 0.55,
          maxLen: 160,
        }),
      );
      parts.push(
        waterLines(1400, 1840, groundY + 80, 5, {
          color: t.line,
          seed: 22,
          gap: 34,
          width: 3.5,
          opacity: 0.55,
          maxLen: 160,
        }),
      );
    }
  }
  const rd = o.reeds;
  const rc = o.reedColor ?? t.deep;
  const rb = o.reedBase ?? (o.lake ? (o.lakeY ?? 700) + 30 : groundY === false ? H : groundY + 10);
  if (rd === 'left' || rd === 'both')
    parts.push(
      reeds(170, rb, {
        color: rc,
        seed: 5,
        count: 4,
        plume: o.plume ?? t.line,
        height: o.reedHeight ?? 400,
      }),
    );
  if (rd === 'right' || rd === 'both')
    parts.push(
      reeds(1750, rb, {
        color: rc,
        seed: 9,
        count: 4,
        flip: true,
        plume: o.plume ?? t.line,
        height: o.reedHeight ?? 400,
      }),
    );
  if (o.back) parts.push(o.back);
  parts.push(o.body);
  if (o.front) parts.push(o.front);
  if (o.seal !== false) {
    const [sx, sy] = o.seal ?? [1560, 150];
    parts.push(seal(sx, sy));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${o.defs ?? ''}</defs>${parts.join('')}</svg>`;
}
