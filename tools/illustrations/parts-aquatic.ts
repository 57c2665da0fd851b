// Lake animals: fish, crab, crayfish, soft-shell turtle. Local coordinates,
// fish face right (+x), crustaceans and the turtle face up (-y).
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
  f,
  uid,
  type Paint,
  type Point,
} from './lib.ts';

// Overlapping-scale pattern (arcs) for fish bodies.
function scalePattern(
  color: string,
  { w = 30, h = 24, op = 0.35, sw = 2.2 } = {},
): Omit<Paint, 'id'> {
  const id = uid('sc');
  const def = `<defs><pattern id="${id}" width="${w}" height="${h}" patternUnits="userSpaceOnUse"><path d="M${-w / 2} ${h / 2}A${w / 2} ${h / 2} 0 0 0 ${w / 2} ${h / 2}M${w / 2} ${h / 2}A${w / 2} ${h / 2} 0 0 0 ${w * 1.5} ${h / 2}M0 ${h}A${w / 2} ${h / 2} 0 0 0 ${w} ${h}M0 0A${w / 2} ${h / 2} 0 0 0 ${w} 0" fill="none" stroke="${color}" stroke-width="${sw}" opacity="${op}"/></pattern></defs>`;
  return { def, url: `url(#${id})` };
}

function eye(x: number, y: number, r: number, { ring = '#e9d9a6', iris = '#1c1c18' } = {}): string {
  return (
    circle(x, y, r * 1.35, ring) +
    circle(x, y, r, iris) +
    circle(x - r * 0.35, y - r * 0.35, r * 0.32, '#ffffff')
  );
}

// A fin: filled shape with rays fanning from `root`.
function fan(d: string, root: Point, fill: string, ray: string): string {
  const pts = [...d.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m): Point => [
    +m[1],
    +m[2],
  ]);
  let rays = '';
  for (let i = 2; i < pts.length - 2; i += 2)
    rays += `M${root[0]} ${root[1]}L${f(root[0] + (pts[i][0] - root[0]) * 0.9)} ${f(root[1] + (pts[i][1] - root[1]) * 0.9)}`;
  return path(d, fill) + line(rays, ray, 2.5, 'opacity=".45"');
}

// ---------------------------------------------------------------- carp (golden body, red fins, barbels)
export function carp({
  body = '#c99a3e',
  back = '#9c6f2a',
  belly = '#ecd08a',
  fin = '#c4552f',
  finDark = '#9c3a21',
  scales = '#7a5220',
} = {}) {
  const d =
    'M334 10C326 -42 270 -92 180 -120C60 -152 -120 -140 -232 -80C-272 -58 -300 -42 -318 -30L-318 28C-292 44 -252 64 -200 84C-80 132 120 132 220 92C292 64 330 40 334 10Z';
  const sc = scalePattern(scales, { w: 34, h: 28, op: 0.5 });
  const headCut = 'M-400 -200H200C176 -60 176 30 206 200H-400Z';
  return [
    sc.def,
    // tail, dorsal, anal and pelvic fins behind the body
    cut(
      'M-306 -30C-350 -64 -404 -116 -452 -140C-436 -84 -414 -34 -394 0C-414 34 -436 84 -452 134C-404 112 -352 62 -306 30Z',
      { base: fin, shade: finDark, s: [0, 0] },
    ),
    line(
      'M-330 -20L-430 -118M-336 -8L-412 -50M-336 8L-412 46M-330 20L-430 112',
      finDark,
      3,
      'opacity=".5"',
    ),
    path(
      'M150 -126L104 -196C40 -182 -100 -156 -214 -100L-200 -84C-100 -128 40 -142 150 -126Z',
      fin,
    ),
    line(
      'M104 -190L120 -130M60 -176L70 -134M10 -164L20 -138M-40 -152L-30 -128M-100 -134L-86 -116',
      finDark,
      3,
      'opacity=".5"',
    ),
    fan(
      'M-140 92C-150 120 -170 150 -200 164C-222 152 -238 132 -244 112C-212 108 -190 96 -178 84Z',
      [-158, 94],
      fin,
      finDark,
    ),
    fan(
      'M40 118C30 150 10 180 -22 198C-42 192 -58 178 -62 162C-30 150 -10 136 0 120Z',
      [22, 122],
      fin,
      finDark,
    ),
    cut(d, {
      base: body,
      shade: back,
      light: belly,
      s: [0, -48],
      h: [0, -40],
      inner:
        clip(headCut, `<rect x="-400" y="-200" width="800" height="400" fill="${sc.url}"/>`) +
        line('M180 -100C160 -50 162 30 196 90', back, 5, 'opacity=".7"') +
        line('M170 -6C60 -14 -120 -8 -300 0', scales, 3, 'stroke-dasharray="2 16" opacity=".7"'),
    }),
    path('M196 66C164 96 140 128 104 150C150 146 196 116 214 84Z', fin),
    line('M316 18C306 30 300 44 304 58M300 24C290 36 286 48 292 62', '#7a4a1f', 3),
    line('M334 10L312 16', '#6b4420', 4),
    circle(296, -42, 4, '#6b4420') + circle(308, -32, 4, '#6b4420'),
    eye(266, -30, 13),
  ].join('');
}

// ---------------------------------------------------------------- crucian carp (deep body, silvery olive)
export function crucian({
  body = '#a9a88a',
  back = '#6b6f4c',
  belly = '#e6e2cd',
  fin = '#8a8a66',
  scales = '#4e5236',
} = {}) {
  const d =
    'M272 8C264 -42 214 -104 132 -122C30 -142 -120 -114 -200 -50L-222 -22L-222 22L-200 42C-120 104 40 124 152 98C230 80 268 44 272 8Z';
  const sc = scalePattern(scales, { w: 30, h: 26, op: 0.45 });
  const headCut = 'M-400 -200H150C126 -60 126 30 156 200H-400Z';
  return [
    sc.def,
    cut(
      'M-212 -24C-250 -60 -300 -104 -338 -118C-326 -70 -308 -30 -294 0C-308 30 -326 70 -338 114C-300 100 -250 58 -212 24Z',
      { base: fin, shade: back, s: [0, 0] },
    ),
    path('M110 -124L70 -176C10 -170 -90 -140 -176 -76L-160 -62C-90 -110 10 -130 110 -124Z', fin),
    fan(
      'M-112 88C-120 110 -136 134 -160 146C-178 136 -192 118 -196 102C-170 98 -152 86 -142 76Z',
      [-126, 84],
      fin,
      back,
    ),
    fan(
      'M40 108C32 136 16 160 -10 174C-28 168 -40 156 -44 142C-18 132 -4 120 4 108Z',
      [24, 110],
      fin,
      back,
    ),
    cut(d, {
      base: body,
      shade: back,
      light: belly,
      s: [0, -54],
      h: [0, -40],
      inner:
        clip(headCut, `<rect x="-400" y="-200" width="800" height="400" fill="${sc.url}"/>`) +
        line('M132 -104C112 -50 114 30 150 86', back, 5, 'opacity=".7"') +
        line('M120 -4C40 -12 -100 -6 -210 0', scales, 3, 'stroke-dasharray="2 14" opacity=".6"'),
    }),
    path('M150 56C124 86 104 112 76 130C114 128 152 102 166 74Z', fin),
    line('M272 8L252 14', '#3f4230', 4),
    eye(214, -26, 12, { ring: '#d8d2a8' }),
  ].join('');
}

// ---------------------------------------------------------------- snakehead (long, blotched, continuous fins)
export function snakehead({ seed = 3 } = {}) {
  const base = '#6a6447';
  const back = '#3e3b2a';
  const belly = '#cfc6a2';
  const blot = '#2b291e';
  const d =
    'M444 16C440 -24 404 -60 330 -72L-330 -62C-372 -58 -396 -44 -406 -30L-406 30C-396 44 -372 58 -330 64L330 80C404 74 440 50 444 16Z';
  const r = rng(seed);
  let blots = '';
  for (let i = 0; i < 9; i++) {
    const x = 240 - i * 70 + r() * 20;
    blots += `<path d="M${f(x)} ${f(-58 + r() * 10)}c${f(-30 - r() * 14)} ${f(20 + r() * 10)} ${f(-20 + r() * 10)} ${f(48 + r() * 14)} ${f(-40 - r() * 10)} ${f(66 + r() * 10)}c${f(24 + r() * 10)} ${f(-6)} ${f(50 + r() * 10)} ${f(-40 - r() * 10)} ${f(60 + r() * 10)} ${f(-76 - r() * 10)}Z" fill="${blot}" opacity=".8"/>`;
    if (i > 0)
      blots += ellipse(x - 30, 34 + r() * 10, 16 + r() * 8, 9 + r() * 4, blot, 'opacity=".55"');
  }
  const sc = scalePattern('#2b291e', { w: 26, h: 22, op: 0.3 });
  return [
    sc.def,
    cut('M-400 -32C-452 -64 -526 -52 -536 0C-526 52 -452 64 -400 32Z', {
      base: '#857a55',
      shade: back,
      s: [0, 0],
    }),
    line('M-410 -20L-520 -26M-412 0L-530 0M-410 20L-520 26', blot, 3, 'opacity=".5"'),
    path(
      'M262 -70L244 -94C100 -102 -250 -102 -382 -84C-402 -78 -412 -58 -406 -34L-330 -62Z',
      '#857a55',
    ),
    line(
      Array.from(
        { length: 22 },
        (_, i) => `M${240 - i * 28} -70L${236 - i * 28} -${i > 19 ? 80 : 96}`,
      ).join(''),
      '#5a5238',
      2.5,
      'opacity=".6"',
    ),
    path('M40 76L24 102C-100 110 -300 104 -382 86C-402 78 -410 58 -406 38L-330 64Z', '#857a55'),
    line(
      Array.from(
        { length: 14 },
        (_, i) => `M${20 - i * 28} 78L${16 - i * 28} ${i > 11 ? 90 : 100}`,
      ).join(''),
      '#5a5238',
      2.5,
      'opacity=".6"',
    ),
    cut(d, {
      base,
      shade: back,
      light: belly,
      s: [0, -40],
      h: [0, -46],
      inner:
        `<rect x="-420" y="-100" width="700" height="200" fill="${sc.url}"/>` +
        blots +
        line('M430 -4C400 -30 360 -40 300 -44M420 20C390 4 350 -4 300 -8', blot, 9, 'opacity=".6"'),
    }),
    path('M304 30C262 40 232 82 252 104C282 94 304 62 314 40Z', '#857a55'),
    line('M444 16L384 32', blot, 5),
    line('M300 -60C280 -20 282 30 304 72', back, 4, 'opacity=".7"'),
    eye(380, -24, 10, { ring: '#d6b760' }),
  ].join('');
}

// ---------------------------------------------------------------- hairy (mitten) crab, top view
export function crab({
  shell = '#5b6646',
  dark = '#3d4630',
  light = '#7a8560',
  leg = '#4f5a3c',
  legLight = '#6b7752',
  hair = '#6e5438',
  seed = 4,
} = {}) {
  const r = rng(seed);
  const cara =
    'M0 -150C90 -152 168 -130 194 -72C206 -40 200 0 180 40C150 100 80 140 0 146C-80 140 -150 100 -180 40C-200 0 -206 -40 -194 -72C-168 -130 -90 -152 0 -150Z';
  const parts = [];
  const legs = [];
  // walking legs: attachment on carapace edge, knee, tip (right side; mirrored for left)
  const L = [
    [
      [150, -60],
      [300, -150],
      [380, -90],
    ],
    [
      [168, -10],
      [330, -40],
      [410, 40],
    ],
    [
      [160, 40],
      [310, 80],
      [360, 190],
    ],
    [
      [130, 90],
      [240, 180],
      [250, 290],
    ],
  ];
  for (const side of [1, -1]) {
    for (const [a, b, c] of L) {
      const A = [a[0] * side, a[1]];
      const B = [b[0] * side, b[1]];
      const Cc = [c[0] * side, c[1]];
      const m = [(A[0] + B[0]) / 2, (A[1] + B[1]) / 2];
      legs.push(line(`M${A}L${B}`, leg, 34));
      legs.push(line(`M${B}L${Cc}`, leg, 24));
      legs.push(line(`M${A}L${B}`, legLight, 12, 'opacity=".7"'));
      legs.push(
        line(
          `M${B}L${f(B[0] + (Cc[0] - B[0]) * 0.85)} ${f(B[1] + (Cc[1] - B[1]) * 0.85)}`,
          legLight,
          8,
          'opacity=".6"',
        ),
      );
      // pointed dactyl
      const dx = Cc[0] - B[0];
      const dy = Cc[1] - B[1];
      const len = Math.hypot(dx, dy);
      const ux = dx / len;
      const uy = dy / len;
      legs.push(
        path(
          `M${f(Cc[0] - uy * 11)} ${f(Cc[1] + ux * 11)}L${f(Cc[0] + ux * 60)} ${f(Cc[1] + uy * 60)}L${f(Cc[0] + uy * 11)} ${f(Cc[1] - ux * 11)}Z`,
          dark,
        ),
      );
      // fine hairs along the lower segment
      let hairs = '';
      for (let i = 0; i < 8; i++) {
        const t = 0.2 + i * 0.09;
        const hx = B[0] + dx * t;
        const hy = B[1] + dy * t;
        hairs += `M${f(hx - uy * 12 * side)} ${f(hy + ux * 12 * side)}l${f(-uy * 10 * side + ux * 4)} ${f(ux * 10 * side + uy * 4)}`;
      }
      legs.push(line(hairs, hair, 3, 'opacity=".8"'));
      void m;
    }
  }
  // claws: arm from the front edge forward, hairy "mitten" on the palm, pincers pointing inward
  const claws = [];
  const clawR = [
    line('M110 -118L196 -200L190 -262', leg, 40),
    line('M110 -118L196 -200', legLight, 14, 'opacity=".7"'),
    g(
      tr(190, -270, -118),
      path('M116 -26C150 -42 198 -36 226 -12C198 -18 152 -14 118 -2Z', dark),
      path('M118 14C152 2 192 6 222 -4C198 20 152 38 114 36Z', dark),
      path('M214 -16L230 -10L218 -6Z', C.cream, 'opacity=".8"'),
      path('M212 -2L226 -4L214 6Z', C.cream, 'opacity=".8"'),
      cut(
        'M0 -40C30 -58 96 -56 126 -30C142 -14 142 18 126 34C96 56 30 56 0 40C-16 22 -16 -22 0 -40Z',
        { base: leg, shade: dark, light: legLight, s: [0, 14], h: [0, 8] },
      ),
      (() => {
        let fuzz = '';
        for (let i = 0; i < 40; i++) {
          const a = Math.PI * (0.05 + (i / 40) * 1.1);
          const rx = 64;
          const ry = 40;
          const x = 50 + Math.cos(a) * rx;
          const y = 12 + Math.sin(a) * ry;
          fuzz += `M${f(x)} ${f(y)}l${f(Math.cos(a) * (7 + r() * 9))} ${f(Math.sin(a) * (7 + r() * 9))}`;
        }
        return (
          line(fuzz, hair, 3.5) +
          `<path d="M-10 10C10 -10 70 -16 114 0C124 20 110 46 80 52C40 58 0 48 -10 10Z" fill="${hair}"/>` +
          line('M10 20q20 -6 40 2M30 34q24 -6 50 0M60 10q20 -4 40 4', '#856745', 3, 'opacity=".8"')
        );
      })(),
    ),
  ].join('');
  claws.push(clawR, g('scale(-1 1)', clawR));
  // carapace detail: front teeth, grooves, bumps
  let teeth = '';
  for (const side of [1, -1]) {
    for (let i = 0; i < 4; i++) {
      const a = (-150 + i * 18) * (Math.PI / 180);
      const x = Math.cos(a) * 196;
      const y = Math.sin(a) * 150;
      teeth += `M${f(side * x * 0.98 - side * 8)} ${f(y - 8)}L${f(side * x * 1.08)} ${f(y * 1.02 - 6)}L${f(side * x * 0.98)} ${f(y + 10)}Z`;
    }
  }
  let bumps = '';
  for (let i = 0; i < 18; i++)
    bumps += ellipse(
      -140 + r() * 280,
      -110 + r() * 200,
      6 + r() * 6,
      4 + r() * 3,
      light,
      'opacity=".55"',
    );
  parts.push(...legs, ...claws);
  parts.push(path(teeth, shell));
  parts.push(
    cut(cara, {
      base: shell,
      shade: dark,
      light,
      s: [0, 26],
      h: [0, 18],
      inner:
        bumps +
        line(
          'M-70 -40C-40 -4 40 -4 70 -40M-40 -110C-20 -70 20 -70 40 -110M-120 10C-80 30 -60 70 -70 110M120 10C80 30 60 70 70 110M0 -10L0 60',
          dark,
          5,
          'opacity=".5"',
        ),
    }),
  );
  // eyes and front margin
  parts.push(line('M-42 -146L-50 -176M42 -146L50 -176', dark, 12));
  parts.push(circle(-50, -180, 11, '#1b1d15') + circle(50, -180, 11, '#1b1d15'));
  parts.push(path('M-34 -150L-22 -166L-10 -152L0 -166L10 -152L22 -166L34 -150Z', shell));
  return parts.join('');
}

// ---------------------------------------------------------------- crayfish, top view, head up
export function crayfish({ red = '#b8412f', dark = '#8a2c1f', light = '#d86a4f', seed = 5 } = {}) {
  const r = rng(seed);
  const out = [];
  // antennae
  out.push(
    line('M-12 -150C-60 -260 -180 -330 -330 -330M12 -150C60 -260 180 -330 330 -330', dark, 5),
  );
  out.push(line('M-8 -160C-30 -210 -70 -230 -100 -226M8 -160C30 -210 70 -230 100 -226', dark, 3.5));
  // walking legs
  let legs = '';
  for (const s of [1, -1]) {
    for (let i = 0; i < 4; i++) {
      const y = -20 + i * 34;
      legs += `M${40 * s} ${y}L${(110 + i * 6) * s} ${y - 30 + i * 24}L${(150 + i * 4) * s} ${y + 10 + i * 30}`;
    }
  }
  out.push(line(legs, dark, 9));
  // claws: elongated chelae with spiny palms
  let spines = '';
  for (let i = 0; i < 18; i++)
    spines += circle(20 + r() * 130, -18 + r() * 36, 2.5 + r() * 2.5, '#f0b49a', 'opacity=".75"');
  const clawR = [
    line('M40 -80L112 -118L128 -196', red, 30),
    line('M40 -80L112 -118', light, 10, 'opacity=".7"'),
    g(
      tr(128, -200, -82),
      cut('M150 -22C196 -40 250 -34 292 -12C252 -14 200 -8 156 -2Z', {
        base: red,
        shade: dark,
        s: [0, 6],
      }),
      cut('M156 10C200 2 250 2 290 -6C252 16 200 32 150 28Z', {
        base: red,
        shade: dark,
        s: [0, 6],
      }),
      cut(
        'M0 -28C40 -44 120 -42 162 -26C178 -14 178 16 162 26C120 40 40 40 0 26C-12 14 -12 -16 0 -28Z',
        { base: red, shade: dark, light, s: [0, 12], h: [0, 8], inner: spines },
      ),
    ),
  ].join('');
  out.push(clawR, g('scale(-1 1)', clawR));
  // abdomen segments and tail fan
  const seg = [
    [100, 112],
    [96, 146],
    [88, 180],
    [78, 214],
    [66, 248],
    [54, 282],
  ];
  const tail = [];
  tail.push(
    cut('M-26 300L-90 360C-96 390 -70 410 -50 404L-8 330Z', { base: red, shade: dark, s: [0, 0] }),
  );
  tail.push(
    cut('M26 300L90 360C96 390 70 410 50 404L8 330Z', { base: red, shade: dark, s: [0, 0] }),
  );
  tail.push(
    cut('M-24 300L-48 390C-40 420 40 420 48 390L24 300Z', {
      base: red,
      shade: dark,
      light,
      s: [0, 10],
      h: [0, 6],
    }),
  );
  tail.push(line('M-60 380L-30 330M60 380L30 330M0 400L0 330', dark, 3, 'opacity=".5"'));
  out.push(...tail);
  for (let i = seg.length - 1; i >= 0; i--) {
    const [w, y] = seg[i];
    const d = `M${-w / 2} ${y - 4}C${-w / 2 - 6} ${y + 14} ${-w / 2 + 4} ${y + 30} ${-w / 2 + 10} ${y + 40}L${w / 2 - 10} ${y + 40}C${w / 2 - 4} ${y + 30} ${w / 2 + 6} ${y + 14} ${w / 2} ${y - 4}Z`;
    out.push(cut(d, { base: red, shade: dark, light, s: [12, 0], h: [-6, 0] }));
  }
  // carapace
  const cara =
    'M0 -176L16 -128C52 -120 70 -84 72 -30C74 30 64 90 52 118L-52 118C-64 90 -74 30 -72 -30C-70 -84 -52 -120 -16 -128Z';
  let dots = '';
  for (let i = 0; i < 22; i++)
    dots += circle(-50 + r() * 100, -100 + r() * 200, 2.5 + r() * 2, '#f0b49a', 'opacity=".6"');
  out.push(
    cut(cara, {
      base: red,
      shade: dark,
      light,
      s: [14, 0],
      h: [-8, 0],
      inner: dots + line('M-40 -10C-20 10 20 10 40 -10M0 -120L0 100', dark, 4, 'opacity=".45"'),
    }),
  );
  out.push(circle(-22, -126, 8, '#1e120e') + circle(22, -126, 8, '#1e120e'));
  return out.join('');
}

// ---------------------------------------------------------------- soft-shell turtle, top view, head up
export function turtle({
  shell = '#7b8157',
  rim = '#949a6c',
  dark = '#5b6040',
  spots = '#4e5336',
  skin = '#8a8c63',
  seed = 6,
} = {}) {
  const r = rng(seed);
  const out = [];
  // limbs (webbed, three claws)
  const limb = (x: number, y: number, a: number, s: number) =>
    g(
      tr(x, y, a, s),
      cut(
        'M-30 0C-36 40 -44 76 -60 104C-66 124 -46 140 -24 136C-4 146 20 146 40 136C60 130 66 110 56 96C42 74 34 40 30 0Z',
        { base: skin, shade: dark, s: [0, 16] },
      ),
      line('M-36 134L-44 160M-6 142L-8 170M26 138L30 164', '#e8dfc0', 6),
      line('M-20 100L-30 130M6 104L4 136M28 100L32 128', dark, 3, 'opacity=".5"'),
    );
  out.push(
    limb(-150, -110, 120, 1),
    limb(150, -110, -120, 1),
    limb(-130, 130, 45, 0.95),
    limb(130, 130, -45, 0.95),
  );
  out.push(path('M-16 200L0 262L16 200Z', skin));
  // neck and head with long tubular snout
  out.push(
    cut(
      'M-34 -190C-40 -240 -36 -280 -28 -300C-20 -330 -10 -352 -6 -380L6 -380C10 -352 20 -330 28 -300C36 -280 40 -240 34 -190Z',
      { base: skin, shade: dark, s: [10, 0], light: '#a3a57a', h: [-6, 0] },
    ),
  );
  out.push(path('M-6 -380L-4 -404L4 -404L6 -380Z', dark));
  out.push(circle(-17, -318, 6, '#1d1e14') + circle(17, -318, 6, '#1d1e14'));
  // carapace: leathery rim and central disc
  const disc =
    'M0 -224C124 -224 206 -130 206 0C206 140 120 226 0 226C-120 226 -206 140 -206 0C-206 -130 -124 -224 0 -224Z';
  let sp = '';
  for (let i = 0; i < 60; i++) {
    const a = r() * Math.PI * 2;
    const rr = Math.sqrt(r()) * 0.86;
    sp += circle(
      Math.cos(a) * 170 * rr,
      Math.sin(a) * 180 * rr,
      3 + r() * 5,
      spots,
      'opacity=".55"',
    );
  }
  out.push(
    cut(disc, {
      base: rim,
      shade: dark,
      light: '#aab07e',
      s: [0, 20],
      h: [0, 12],
      inner:
        `<path d="M0 -176C96 -176 158 -100 158 0C158 108 92 176 0 176C-92 176 -158 108 -158 0C-158 -100 -96 -176 0 -176Z" fill="${shell}"/>` +
        sp +
        line(
          'M0 -160L0 160M-60 -140C-76 -40 -76 60 -60 150M60 -140C76 -40 76 60 60 150',
          dark,
          4,
          'opacity=".35"',
        ),
    }),
  );
  return out.join('');
}
