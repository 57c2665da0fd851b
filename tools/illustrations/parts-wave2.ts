// Subjects for the second batch of GI covers: grapes, millet, pale melons, mussels, mandarin
// fish, goats, sheep, carved stone, burdock and cherries. Local coordinates, centred on the origin.
import { C, g, tr, path, line, circle, ellipse, cut, rng, f, leaf } from './lib.ts';

// ---------------------------------------------------------------- grapes
export function grapeBunch({
  seed = 1,
  skin = '#5b3a6b',
  dark = '#3d2549',
  light = '#8a6a9b',
  rows = 7,
} = {}) {
  const r = rng(seed);
  let berries = '';
  for (let row = 0; row < rows; row++) {
    const n = Math.max(1, Math.round((rows - row) * 0.75 + 1));
    const w = n * 44;
    for (let i = 0; i < n; i++) {
      const x = -w / 2 + 22 + i * 44 + (r() * 10 - 5) + (row % 2) * 8;
      const y = row * 40 + r() * 6;
      const rr = 25 + r() * 4;
      berries +=
        circle(x + 3, y + 4, rr, dark) +
        circle(x, y, rr, skin) +
        ellipse(x - rr * 0.35, y - rr * 0.38, rr * 0.28, rr * 0.18, light, 'opacity=".85"');
    }
  }
  return [line('M0 -70C4 -40 -2 -20 0 -8', '#6b5234', 8), berries].join('');
}

export function vineLeaf(
  x: number,
  y: number,
  a: number,
  s = 1,
  { fill = '#7fa06b', shade = '#587d4f' } = {},
): string {
  const d =
    'M0 0C-40 -10 -90 -30 -120 -80C-100 -90 -80 -100 -90 -130C-60 -125 -40 -150 -30 -180C-10 -160 10 -160 30 -180C40 -150 60 -125 90 -130C80 -100 100 -90 120 -80C90 -30 40 -10 0 0Z';
  return g(
    tr(x, y, a, s),
    cut(d, { base: fill, shade, s: [8, 8] }),
    line('M0 0L0 -160M0 -40L-80 -90M0 -40L80 -90M0 -90L-50 -140M0 -90L50 -140', shade, 4),
  );
}

// ---------------------------------------------------------------- millet
export function milletHead({ seed = 1, len = 300, gold = '#d9a43a', dark = '#b07d22' } = {}) {
  // a drooping foxtail-millet head along a curve, made of small grains
  const r = rng(seed);
  let s = '';
  const N = 70;
  for (let i = 0; i < N; i++) {
    const u = i / N;
    const x = u * len * 0.55;
    const y = u * u * len;
    const w = 34 * Math.sin(Math.PI * Math.min(1, u * 1.15 + 0.08));
    for (let k = 0; k < 3; k++) {
      const dx = (r() * 2 - 1) * w;
      s += circle(x + dx + 2, y + (r() * 2 - 1) * 6 + 2, 7, dark) + circle(x + dx, y, 7, gold);
    }
  }
  return [line(`M0 -120C0 -60 -4 -20 0 0`, '#8f8a4a', 7), s].join('');
}

// ---------------------------------------------------------------- pale melon
export function paleMelon({ seed = 1, rx = 190, ry = 150 } = {}) {
  const r = rng(seed);
  let stripes = '';
  for (let i = -3; i <= 3; i++) {
    const x = i * rx * 0.28 + r() * 8;
    stripes += line(
      `M${f(x * 0.4)} ${-ry}C${f(x * 1.2)} ${f(-ry * 0.4)} ${f(x * 1.2)} ${f(ry * 0.4)} ${f(x * 0.4)} ${ry}`,
      '#d5dcb8',
      5,
      'opacity=".8"',
    );
  }
  const d = `M${-rx} 0A${rx} ${ry} 0 1 0 ${rx} 0A${rx} ${ry} 0 1 0 ${-rx} 0Z`;
  return [
    cut(d, {
      base: '#f3f0dc',
      shade: '#d7d3b4',
      light: '#ffffff',
      s: [18, 18],
      h: [-10, -10],
      inner: stripes,
    }),
    line(`M${rx - 10} -20l34 -18`, '#7d7a48', 7),
  ].join('');
}

export function melonHalf({ rx = 170, ry = 110 } = {}) {
  return [
    ellipse(0, 8, rx, ry, '#d7d3b4'),
    ellipse(0, 0, rx, ry, '#f3f0dc'),
    ellipse(0, 0, rx * 0.86, ry * 0.82, '#f7efc4'),
    ellipse(0, 0, rx * 0.42, ry * 0.38, '#e8d58e'),
    ...[-40, -15, 10, 35].map((x, i) => ellipse(x, (i % 2) * 12 - 6, 9, 4, '#f8f0d8')),
  ].join('');
}

// ---------------------------------------------------------------- freshwater mussel
export function mussel({
  shell = '#4f5a45',
  dark = '#2f3829',
  light = '#7c8a66',
  open = false,
} = {}) {
  const d =
    'M-200 10C-200 -50 -120 -100 10 -100C130 -100 210 -50 210 0C210 50 120 80 0 80C-120 80 -200 60 -200 10Z';
  let rings = '';
  for (let i = 1; i <= 5; i++) {
    const k = i / 6;
    rings += path(
      `M${f(-200 * k)} ${f(10 * k + 40 * (1 - k))}C${f(-200 * k)} ${f(-50 * k)} ${f(-120 * k)} ${f(-100 * k)} ${f(10 * k)} ${f(-100 * k)}C${f(130 * k)} ${f(-100 * k)} ${f(210 * k)} ${f(-50 * k)} ${f(210 * k)} 0`,
      'none',
      `stroke="${dark}" stroke-width="3" opacity=".55" transform="translate(${f(-60 * (1 - k))} ${f(40 * (1 - k))})"`,
    );
  }
  return [
    open
      ? path(
          'M-190 20C-160 60 -60 96 40 96C140 96 200 60 206 10L196 30C160 70 100 90 20 90C-80 90 -160 70 -190 20Z',
          '#e9e3d6',
        )
      : '',
    cut(d, { base: shell, shade: dark, light, s: [0, 16], h: [0, -10], inner: rings }),
    ellipse(-120, -40, 30, 12, '#a9b48f', 'opacity=".45"'),
  ].join('');
}

// ---------------------------------------------------------------- mandarin fish (鳜鱼)
export function mandarinFish({
  seed = 2,
  body = '#b9a66a',
  back = '#6e5e34',
  belly = '#efe6c6',
  fin = '#9c8a52',
} = {}) {
  const r = rng(seed);
  const d =
    'M300 10C290 -40 240 -96 150 -118C40 -140 -120 -110 -210 -40L-236 -14L-236 18L-210 40C-120 100 40 120 170 92C250 76 296 46 300 10Z';
  let blotches = '';
  for (let i = 0; i < 11; i++) {
    const x = -180 + r() * 320;
    const y = -80 + r() * 120;
    blotches += ellipse(
      x,
      y,
      18 + r() * 22,
      10 + r() * 14,
      '#3f3420',
      `opacity=".55" transform="rotate(${f(r() * 60 - 30)} ${f(x)} ${f(y)})"`,
    );
  }
  let spines = '';
  for (let i = 0; i < 11; i++) {
    const x = 120 - i * 26;
    spines += line(`M${x} ${-112 + i * 5}L${x - 10} ${-176 + i * 6}`, back, 5);
  }
  return [
    cut(
      'M-226 -24C-262 -62 -310 -104 -348 -118C-336 -70 -318 -30 -304 0C-318 30 -336 70 -348 114C-310 100 -262 58 -226 24Z',
      { base: fin, shade: back, s: [0, 0] },
    ),
    spines,
    path('M140 -116L120 -168L-160 -100L-180 -70C-100 -110 20 -126 140 -116Z', fin, 'opacity=".9"'),
    path('M-20 96L-60 150L-130 120L-100 80Z', fin),
    cut(d, {
      base: body,
      shade: back,
      light: belly,
      s: [0, -54],
      h: [0, -40],
      inner: blotches + line('M150 -100C126 -50 128 30 160 80', back, 5, 'opacity=".7"'),
    }),
    path('M300 10C280 20 250 24 230 18', 'none', `stroke="#3f3420" stroke-width="5"`),
    circle(232, -30, 15, '#e9d9a6'),
    circle(234, -30, 9, '#1c1c18'),
  ].join('');
}

// ---------------------------------------------------------------- goat and sheep
function legs(xs: number[], top: number, len: number, color: string, w = 16): string {
  return xs
    .map(
      (x) =>
        path(`M${x - w / 2} ${top}h${w}l-2 ${len}h-${w - 4}Z`, color) +
        path(`M${x - w / 2 - 1} ${top + len - 4}h${w + 2}v12h-${w + 2}Z`, '#2e2a26'),
    )
    .join('');
}

export function goat({ coat = '#8e9497', dark = '#5f6569', light = '#b7bcbe' } = {}) {
  const body =
    'M-170 -40C-170 -110 -100 -130 0 -130C90 -130 150 -110 160 -50C166 0 140 30 80 40C10 50 -90 50 -140 30C-166 16 -170 -10 -170 -40Z';
  return [
    legs([-130, -90], 20, 150, dark),
    legs([90, 130], 20, 150, dark),
    path('M-170 -70C-200 -90 -210 -120 -196 -140C-186 -110 -176 -96 -160 -86Z', dark),
    cut(body, { base: coat, shade: dark, light, s: [0, 24], h: [0, -12] }),
    legs([-110], 20, 155, coat),
    legs([110], 20, 155, coat),
    // neck and head
    path('M110 -110C140 -150 170 -190 200 -210L250 -180C240 -140 200 -90 150 -60Z', coat),
    cut(
      'M190 -230C210 -250 250 -250 270 -230L300 -170C306 -150 290 -136 270 -140L230 -150C206 -160 186 -200 190 -230Z',
      { base: coat, shade: dark, s: [0, 10] },
    ),
    path('M206 -236C200 -270 180 -300 150 -310C176 -280 188 -256 192 -230Z', '#4a463f'),
    path('M226 -240C226 -274 214 -306 190 -322C208 -290 214 -262 212 -236Z', '#4a463f'),
    path('M200 -220C180 -214 160 -200 150 -186C176 -190 194 -200 206 -210Z', dark),
    path('M284 -150C286 -130 280 -110 272 -100C268 -116 268 -132 272 -146Z', '#4a463f'),
    circle(246, -206, 7, '#1c1c18'),
  ].join('');
}

export function sheep({ wool = '#f1ebdc', dark = '#cfc5ae', face = '#e6dccb', seed = 3 } = {}) {
  const r = rng(seed);
  let curls = '';
  for (let i = 0; i < 34; i++) {
    const x = -150 + r() * 290;
    const y = -110 + r() * 130;
    curls += circle(x, y, 16 + r() * 10, 'none', `stroke="${dark}" stroke-width="3" opacity=".7"`);
  }
  const body =
    'M-180 -30C-190 -100 -120 -140 -20 -140C90 -140 170 -110 176 -40C182 20 130 50 40 54C-60 58 -150 46 -170 20C-180 6 -180 -14 -180 -30Z';
  return [
    legs([-130, -90, 90, 130], 30, 140, '#d8cdb8', 18),
    cut(body, { base: wool, shade: dark, light: '#ffffff', s: [0, 22], h: [0, -10], inner: curls }),
    // small tail
    path('M-178 -40C-200 -30 -206 0 -196 20C-184 10 -176 -10 -172 -24Z', wool),
    // head
    path(
      'M130 -100C160 -130 200 -140 230 -120L270 -60C280 -36 264 -16 240 -20L180 -36C150 -46 124 -74 130 -100Z',
      face,
    ),
    path('M150 -116C130 -130 110 -126 100 -110C120 -104 136 -100 150 -96Z', '#d2c6ae'),
    path('M150 -120C170 -150 214 -156 236 -126C206 -124 176 -118 150 -120Z', wool),
    circle(210, -84, 7, '#1c1c18'),
    path('M258 -34C262 -28 262 -22 256 -20', 'none', 'stroke="#8a7d66" stroke-width="3"'),
  ].join('');
}

// ---------------------------------------------------------------- carved stone, mallet, chisel
export function carvedStone({ stone = '#b8b4aa', dark = '#8d887e', light = '#d8d4ca' } = {}) {
  const front = 'M-240 -200H240V160H-240Z';
  const relief =
    line(
      'M-170 -40C-150 -90 -90 -90 -80 -40C-70 0 -20 0 -10 -40C0 -80 60 -80 70 -40C80 0 140 0 160 -40',
      dark,
      10,
    ) +
    line('M-150 60C-120 20 -60 20 -40 60M20 60C50 20 110 20 140 60', dark, 8) +
    circle(-80, -60, 14, 'none', `stroke="${dark}" stroke-width="6"`) +
    circle(70, -60, 14, 'none', `stroke="${dark}" stroke-width="6"`) +
    path('M-210 -170H210V-150H-210ZM-210 110H210V130H-210Z', dark, 'opacity=".5"');
  return [
    path('M-240 -200L-190 -250H290L240 -200Z', light),
    path('M240 -200L290 -250V110L240 160Z', dark),
    cut(front, { base: stone, shade: dark, s: [0, 0], inner: relief }),
  ].join('');
}

export function mallet() {
  return [
    path('M-8 0H8L10 260H-10Z', '#8a6a44'),
    cut('M-70 -60H70V40H-70Z', { base: '#6b4f34', shade: '#4a3522', s: [0, 12] }),
  ].join('');
}

export function chisel() {
  return [
    path('M-14 0H14V140H-14Z', '#7a5a3a'),
    path('M-9 140H9L12 300L0 320L-12 300Z', '#9aa0a3'),
    path('M-9 140H0L0 320L-12 300Z', '#7b8185'),
  ].join('');
}

// ---------------------------------------------------------------- burdock
export function burdockRoot({
  len = 760,
  seed = 1,
  skin = '#7b5a3c',
  dark = '#5a3f28',
  light = '#9c7a58',
} = {}) {
  const r = rng(seed);
  const th = 22;
  const d = `M0 ${-th}C${len * 0.3} ${-th} ${len * 0.7} ${-th * 0.6} ${len} -2L${len} 2C${len * 0.7} ${th * 0.6} ${len * 0.3} ${th} 0 ${th}Z`;
  let rings = '';
  for (let i = 0; i < 30; i++) {
    const x = 20 + r() * (len - 80);
    rings += line(
      `M${f(x)} ${-th * 0.8}l${f(r() * 6 - 3)} ${th * 1.6}`,
      dark,
      2.5,
      'opacity=".55"',
    );
  }
  return [
    cut(d, { base: skin, shade: dark, light, s: [0, 10], h: [0, -6], inner: rings }),
    ellipse(0, 0, 8, th, '#e9dcc2'),
  ].join('');
}

// ---------------------------------------------------------------- cherries
export function cherryPair({
  seed = 1,
  red = '#b5232b',
  dark = '#7e1119',
  light = '#e0636a',
} = {}) {
  const r = rng(seed);
  const a = 30 + r() * 20;
  const one = (x: number, y: number) =>
    circle(x + 4, y + 5, 40, dark) +
    circle(x, y, 40, red) +
    ellipse(x - 14, y - 14, 11, 7, light, 'opacity=".9"') +
    path(`M${x - 4} ${y - 38}q4 -6 8 0`, 'none', `stroke="${dark}" stroke-width="3"`);
  return [
    line(`M0 0C-10 60 -${a} 120 -${a + 30} 180`, '#6b5234', 5),
    line(`M0 0C14 60 ${a} 130 ${a + 34} 170`, '#6b5234', 5),
    one(-a - 30, 210),
    one(a + 34, 200),
  ].join('');
}

export { leaf, C };
