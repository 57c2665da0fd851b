// Enterprise covers: abstract motifs of each firm's field (never a logo or a mark).
import {
  C,
  THEMES,
  scene,
  rectD,
  g,
  tr,
  path,
  line,
  circle,
  ellipse,
  ellipseD,
  shadow,
  clip,
  cut,
  rng,
  f,
  leaf,
  lotusLeaf,
  waterLines,
  blade,
  linGrad,
} from './lib.mjs';
import {
  cylinder,
  roll,
  gear,
  hexLattice,
  capsule,
  vial,
  bottle,
  jar,
  cup,
  sorghum,
  ewer,
} from './parts-industry.mjs';
import { isoBox } from './parts-crafts.mjs';
import { wheatEar, bowl, beanHeap } from './parts-produce.mjs';

const T = THEMES.enterprise;
const ent = (o) => scene({ theme: 'enterprise', reeds: false, ...o });

export const enterprises = {
  jintaiyang: () => {
    // rising sun behind a stack of paper and coated board, rolls in front
    let rays = '';
    for (const [i, rr] of [400, 440, 480].entries())
      rays += `<path d="M${960 - rr} 600A${rr} ${rr} 0 0 1 ${960 + rr} 600" fill="none" stroke="#d9a94a" stroke-width="${5 - i * 1.5}" stroke-dasharray="${i === 1 ? '2 18' : 'none'}" stroke-linecap="round" opacity="${0.8 - i * 0.2}"/>`;
    const sheets = [];
    const cols = ['#fbfaf6', '#eef2f1', '#f7f2e8', '#e3ecea', '#fbfaf6', '#f1ece0'];
    for (let i = 0; i < 14; i++) {
      const dx = (i % 3) * 4 - 4;
      sheets.push(
        isoBox(900 + dx, 800 - i * 17, 300, 260, 17, {
          top: cols[i % cols.length],
          left: '#d9dcd6',
          right: '#c2c9c6',
          k: 0.42,
          stroke: '#b8c0bd',
        }),
      );
    }
    return ent({
      disc: { fill: '#ecc879', cy: 600, r: 360 },
      ring: false,
      back: rays,
      body: [
        shadow(960, 860, 420, 26),
        ...sheets,
        isoBox(904, 562, 300, 260, 6, {
          top: '#ffffff',
          left: '#e8e6df',
          right: '#d4d2cb',
          k: 0.42,
        }),
        roll(560, 780, 90, 250, {}),
        roll(1220, 820, 70, 220, { body: '#e3ecea', dark: '#bccac7', end: '#dce6e4' }),
      ].join(''),
    });
  },
  chenxin: () =>
    ent({
      disc: { fill: '#c3d6d5' },
      back: clip(
        rectD(0, 0, 1920, 820),
        hexLattice(ellipseD(960, 500, 400, 400), {
          size: 46,
          color: '#a7bfbe',
          width: 3,
          opacity: 0.7,
        }),
      ),
      body: [
        shadow(960, 860, 400, 22),
        vial(770, 840, { w: 110, h: 330, liquid: '#5f9d98', level: 0.5 }),
        vial(930, 840, { w: 130, h: 420, liquid: '#d9a94a', level: 0.62, cap: C.verm }),
        vial(1100, 840, { w: 100, h: 300, liquid: '#b9d3d0', level: 0.45 }),
        capsule(700, 900, -12, {}),
        capsule(880, 930, 18, { c1: C.teal, c1d: C.ink2 }),
        capsule(1200, 900, -26, { c1: '#d9a94a', c1d: '#a8782a' }),
        capsule(1300, 940, 8, {}),
        capsule(1060, 950, -4, { c1: C.teal, c1d: C.ink2 }),
      ].join(''),
    }),
  shengyang: () => {
    const cells = [];
    const body = { body: '#3d7773', dark: '#1f3a3d', light: '#6aa39d', top: '#c9d3d2' };
    const pos = [];
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 4; c++) pos.push([860 + c * 110 - r * 70, 640 + r * 70 + c * 16]);
    pos.sort((a, b) => a[1] - b[1]);
    for (const [x, y] of pos) {
      cells.push(
        cylinder(x, y + 180, 48, 240, { ...body, band: '#e0e8e6', bandY: y + 10, bandH: 16 }),
      );
      cells.push(ellipse(x, y - 60, 16, 6, '#9fb0ae'));
    }
    // module with charge bars behind
    const bars = [0, 1, 2, 3]
      .map((i) =>
        path(`M${1260 + i * 46} ${520 - i * 20}l34 -15v60l-34 15Z`, i < 3 ? '#8fc79a' : '#c6d4d1'),
      )
      .join('');
    return ent({
      disc: { fill: '#c5d3d6', cx: 960 },
      body: [
        shadow(1000, 880, 440, 24),
        isoBox(1180, 720, 320, 160, 320, {
          top: '#e2e8e6',
          left: '#8ea4a2',
          right: '#b9c8c6',
          k: 0.42,
        }),
        bars,
        ...cells,
      ].join(''),
    });
  },
  dafengwang: () => {
    // isometric patchwork of fields
    const cols = [
      '#9bb37a',
      '#c9b36a',
      '#7fa06b',
      '#dcc58a',
      '#b7c48a',
      '#a8bd7e',
      '#e2cf98',
      '#8fae7e',
      '#c2b26e',
    ];
    const out = [];
    const ux = 0.866;
    const k = 0.5;
    const S = 130;
    const ox = 960;
    const oy = 880;
    let i = 0;
    const r = rng(8);
    for (let a = 0; a < 4; a++) {
      for (let b = 0; b < 4; b++) {
        const P = (u, v) => [ox + (u - v) * ux * S, oy - (u + v) * k * S];
        const p = [P(a, b), P(a + 1, b), P(a + 1, b + 1), P(a, b + 1)];
        const inset = 6;
        const cx = (p[0][0] + p[2][0]) / 2;
        const cy = (p[0][1] + p[2][1]) / 2;
        const q = p.map(([x, y]) => [x + (cx - x) * (inset / 60), y + (cy - y) * (inset / 60)]);
        const col = cols[(i++ * 4 + a) % cols.length];
        out.push(`<path d="M${q.map((z) => z.map(f).join(' ')).join('L')}Z" fill="${col}"/>`);
        // crop rows
        let rows = '';
        const dir = r() > 0.5;
        for (let t = 0.15; t < 0.95; t += 0.14) {
          const A = dir
            ? [q[0][0] + (q[1][0] - q[0][0]) * t, q[0][1] + (q[1][1] - q[0][1]) * t]
            : [q[0][0] + (q[3][0] - q[0][0]) * t, q[0][1] + (q[3][1] - q[0][1]) * t];
          const B = dir
            ? [q[3][0] + (q[2][0] - q[3][0]) * t, q[3][1] + (q[2][1] - q[3][1]) * t]
            : [q[1][0] + (q[2][0] - q[1][0]) * t, q[1][1] + (q[2][1] - q[1][1]) * t];
          rows += `M${f(A[0])} ${f(A[1])}L${f(B[0])} ${f(B[1])}`;
        }
        out.push(line(rows, '#000000', 3, 'opacity=".12"'));
      }
    }
    // side faces of the block of land
    const P = (u, v) => [ox + (u - v) * ux * S, oy - (u + v) * k * S];
    const L0 = P(0, 4);
    const B0 = P(0, 0);
    const R0 = P(4, 0);
    out.unshift(
      `<path d="M${L0.map(f).join(' ')}L${B0.map(f).join(' ')}L${B0[0]} ${B0[1] + 60}L${L0[0]} ${L0[1] + 60}Z" fill="#8a6a45"/>`,
      `<path d="M${B0.map(f).join(' ')}L${R0.map(f).join(' ')}L${R0[0]} ${R0[1] + 60}L${B0[0]} ${B0[1] + 60}Z" fill="#6e5235"/>`,
    );
    // a few round trees
    const trees = [
      [P(4, 2.2), 30],
      [P(4, 2.6), 24],
      [P(1.6, 4), 28],
    ].map(
      ([[x, y], rr]) =>
        line(`M${x} ${y}v-30`, '#6e5235', 6) +
        circle(x, y - 40, rr, '#5f8753') +
        circle(x - rr * 0.3, y - 46, rr * 0.5, '#7fa06b'),
    );
    return ent({
      disc: { fill: '#cfdccf', cy: 470 },
      ground: false,
      body: shadow(960, 930, 460, 24) + out.join('') + trees.join(''),
    });
  },
  jncarbon: () => {
    const blk = { top: '#6b7478', left: '#3a4246', right: '#2a3134', k: 0.45 };
    return ent({
      disc: { fill: '#c2cdcd' },
      back: clip(
        rectD(0, 0, 1920, 820),
        hexLattice(ellipseD(960, 500, 400, 400), {
          size: 54,
          color: '#6f8584',
          width: 4,
          opacity: 0.55,
        }),
      ),
      body: [
        shadow(960, 870, 420, 26),
        cylinder(1190, 760, 70, 420, {
          body: '#3a4246',
          dark: '#1f2426',
          light: '#7d878b',
          top: '#5a6468',
        }),
        ellipse(1190, 340, 34, 11, '#3a4246'),
        line('M1150 380V740', '#aab4b8', 5, 'opacity=".35"'),
        isoBox(840, 840, 260, 200, 150, blk),
        isoBox(1110, 870, 200, 160, 110, blk),
        isoBox(880, 690, 200, 150, 120, { ...blk, top: '#788286' }),
        roll(520, 830, 60, 230, {
          body: '#3a4246',
          light: '#5a6468',
          dark: '#24292c',
          end: '#5a6468',
          core: '#2a3134',
          rings: '#4a5458',
        }),
      ].join(''),
    });
  },
  lisheng: () => {
    const flour = (() => {
      const heap = 'M-240 6C-200 -170 200 -170 240 6Z';
      return cut(heap, {
        base: '#fbfaf5',
        shade: '#e3e0d6',
        s: [40, 0],
        light: '#ffffff',
        h: [-2, 0],
      });
    })();
    let noodles = '';
    for (let i = 0; i < 9; i++)
      noodles += `M${-200 + i * 8} ${-10 + i * 2}C${-120} ${-60 - i * 4} ${0} ${30 - i * 6} ${120} ${-40 + i * 4}C${160} ${-60} ${200} ${-30} ${220} ${-10}`;
    return ent({
      disc: { fill: '#d9d6c2' },
      body: [
        ...[-22, -12, -3, 6, 16].map((a, i) =>
          wheatEar(1180, 820, -90 + a, {
            seed: i + 3,
            stalkLen: 300 + (i % 2) * 40,
            len: 170,
            size: 0.9,
          }),
        ),
        shadow(860, 880, 300, 22),
        g(
          tr(820, 690, 0, 0.95),
          bowl(flour, {
            glaze: '#2e5053',
            glazeDark: '#1f3a3d',
            glazeLight: '#46696a',
            band: '#d9b061',
          }),
        ),
        shadow(1230, 890, 180, 16),
        g(
          tr(1230, 800, 0, 0.55),
          bowl(line(noodles, '#f1e3b8', 9) + line(noodles, '#d9c08a', 2, 'opacity=".6"'), {
            glaze: '#f1ece1',
            glazeDark: '#cfc6b3',
            glazeLight: '#ffffff',
            band: C.verm,
          }),
        ),
      ].join(''),
    });
  },
  yankuang: () => {
    // strata inside the disc, headframe on the ridge, coal lumps in front
    const strata = [
      ['#b9a888', 560],
      ['#9b8565', 610],
      ['#2a2d2f', 660],
      ['#8a7356', 720],
      ['#2f3335', 770],
      ['#a8936f', 820],
      ['#7a6448', 880],
    ];
    let st = '';
    strata.forEach(([c, y], i) => {
      st += `<path d="M400 ${y}C600 ${y - 20 + i * 3} 800 ${y + 14} 1000 ${y - 6}C1200 ${y - 24} 1400 ${y + 10} 1520 ${y - 4}V1100H400Z" fill="${c}"/>`;
    });
    const frame = [
      line('M900 560L960 250L1020 560M930 400H990M915 480H1005M945 320H975', C.ink, 12),
      line('M960 250L1110 560M1040 410L1090 520', C.ink, 10),
      line('M920 470L1000 330M1000 470L920 330', C.ink, 5),
      circle(960, 240, 46, 'none', `stroke="${C.ink}" stroke-width="10"`),
      circle(960, 240, 10, C.ink),
      line('M960 240m-40 0h80M960 240m0 -40v80', C.ink, 4),
      path('M860 560h200v-50h-200Z', C.ink2),
      path('M1120 560h130v-110h-130Z', C.ink3),
      path('M1150 450v-70h24v70Z', C.ink3),
    ].join('');
    const lump = (x, y, s, rot) =>
      g(
        tr(x, y, rot, s),
        path('M-60 0L-50 -50L-10 -74L46 -60L70 -14L44 20L-20 24Z', '#2a2d2f'),
        path('M-50 -50L-10 -74L46 -60L10 -34Z', '#4a5054'),
        path('M10 -34L46 -60L70 -14L30 -4Z', '#3a3f42'),
      );
    return ent({
      disc: { fill: '#cbd3d3' },
      ground: 860,
      back: clip(ellipseD(960, 500, 400, 400), st) + frame,
      body: [
        lump(720, 900, 1.2, 0),
        lump(820, 930, 0.8, 30),
        lump(1180, 910, 1.0, -20),
        lump(1260, 940, 0.7, 10),
      ].join(''),
    });
  },
  yutang: () =>
    ent({
      disc: { fill: '#d2d6cc' },
      body: [
        shadow(960, 860, 440, 26),
        jar(760, 830, { w: 260, h: 300, glaze: '#6b3f26', dark: '#42261a', light: '#93633f' }),
        jar(1130, 830, {
          w: 300,
          h: 380,
          glaze: '#3f2a22',
          dark: '#24160f',
          light: '#6a4a38',
          lidColor: '#c39b68',
        }),
        jar(960, 880, {
          w: 200,
          h: 220,
          glaze: '#8a5a30',
          dark: '#5e3a1c',
          light: '#b07c48',
          lid: 'none',
        }),
        ellipse(960, 674, 56, 12, '#2a160c'),
        g(
          tr(1340, 900),
          ellipse(0, 0, 90, 24, '#d9d2c2'),
          ellipse(0, -6, 90, 24, '#f3efe6'),
          ellipse(0, -6, 66, 16, '#3a1f12'),
          ellipse(-16, -10, 20, 4, '#ffffff', 'opacity=".35"'),
        ),
      ].join(''),
    }),
  kongfujia: () =>
    ent({
      disc: { fill: '#d6d0c4' },
      body: [
        shadow(960, 872, 420, 22),
        g(
          tr(960, 880),
          ellipse(0, 0, 430, 40, '#8a6a45'),
          path('M-430 0V-26H430V0Z', '#a9835a'),
          ellipse(0, -26, 430, 40, '#c49e6e'),
        ),
        jar(700, 846, {
          w: 250,
          h: 300,
          glaze: '#3f2a22',
          dark: '#24160f',
          light: '#6a4a38',
          rim: '#2a1a12',
          lid: 'cloth',
        }),
        ewer(950, 856, 1.05),
        cup(1190, 862, { liquid: '#f0e4c0' }),
        cup(1300, 872, { w: 80, h: 54 }),
      ].join(''),
    }),
  linghua: () => {
    const r = rng(12);
    const crystal = (x, y, a, s) =>
      g(
        tr(x, y, a, s),
        path(
          'M-10 -40L10 -40L15 -28L15 32L0 42L-15 32L-15 -28Z',
          '#ffffff',
          'stroke="#c3d3d6" stroke-width="1.5"',
        ),
        path('M0 -40L10 -40L15 -28L15 32L0 42Z', '#d3e1e4'),
        path('M-10 -40L10 -40L0 -30Z', '#eef4f5'),
      );
    const sparkle = (x, y, s) =>
      path(
        `M${x} ${y - 22 * s}L${x + 5 * s} ${y - 5 * s}L${x + 22 * s} ${y}L${x + 5 * s} ${y + 5 * s}L${x} ${y + 22 * s}L${x - 5 * s} ${y + 5 * s}L${x - 22 * s} ${y}L${x - 5 * s} ${y - 5 * s}Z`,
        '#ffffff',
      );
    let heap = '';
    const pts = [];
    for (let i = 0; i < 95; i++) {
      const x = (r() * 2 - 1) * 225;
      const top = -110 * Math.pow(1 - (x / 244) ** 2, 0.8);
      pts.push([x, top + 20 + r() * (30 - top), r() * 180]);
    }
    pts.sort((a, b) => a[1] - b[1]);
    heap = pts.map(([x, y, a]) => crystal(x, y, a, 0.9 + r() * 0.5)).join('');
    let loose = '';
    for (let i = 0; i < 9; i++)
      loose += crystal(1150 + r() * 240, 880 + r() * 60, 60 + r() * 60, 0.9);
    loose += sparkle(780, 560, 1.2) + sparkle(1010, 585, 0.8) + sparkle(1230, 850, 0.7);
    return ent({
      disc: { fill: '#bfcfd3' },
      body: [
        shadow(900, 880, 300, 22),
        g(
          tr(900, 690),
          bowl(heap, {
            glaze: '#2e5053',
            glazeDark: '#1f3a3d',
            glazeLight: '#46696a',
            band: '#c9d6d6',
          }),
        ),
        loose,
        g(
          tr(1250, 800, -20),
          path(
            'M-160 -8C-60 -14 20 -12 60 -8C70 -26 110 -34 140 -24C160 -14 160 14 140 24C110 34 70 26 60 8C20 12 -60 14 -160 8Z',
            '#b98b5a',
          ),
          ellipse(110, 0, 34, 18, '#a07448'),
        ),
      ].join(''),
    });
  },
  'xinxin-jiuye': () =>
    ent({
      disc: { fill: '#d6cdc6' },
      back: [
        sorghum(700, 860, 620, 330, { seed: 1 }),
        sorghum(760, 860, 780, 280, { seed: 2 }),
        sorghum(1240, 860, 1330, 320, { seed: 3 }),
        sorghum(1180, 860, 1180, 300, { seed: 4, size: 0.9 }),
      ].join(''),
      body: [
        shadow(960, 870, 360, 24),
        bottle(830, 850, { w: 170, h: 420, body: '#f2efe6', shape: 'square' }),
        bottle(1100, 850, {
          w: 190,
          h: 380,
          body: '#a33a2a',
          dark: '#7a281c',
          light: '#c9583e',
          cap: '#d9b061',
          capDark: '#a8843a',
          shape: 'round',
        }),
        bottle(965, 860, {
          w: 160,
          h: 500,
          body: '#e3ece9',
          dark: '#b7c6c2',
          shape: 'gourd',
          cap: C.ink2,
          capDark: C.ink,
        }),
      ].join(''),
    }),
  'weishanhu-jiuye': () =>
    ent({
      theme: 'aquatic',
      disc: { fill: '#bcd5cf' },
      lake: true,
      lakeY: 760,
      back: [
        line('M700 770C700 600 690 500 700 420M1250 790C1250 660 1240 580 1230 520', '#5f8a57', 8),
        lotusLeaf(700, 420, 170, 70, -14, { notch: 1.4 }),
        lotusLeaf(1230, 520, 150, 60, 10, { notch: 1.9, fill: '#7ea56f', dark: '#5f8a57' }),
        lotusLeaf(1320, 800, 120, 40, 0, { notch: 2.5 }),
      ].join(''),
      body: [
        shadow(960, 860, 160, 16, 0.18),
        bottle(960, 850, {
          w: 200,
          h: 560,
          body: '#8fb7ae',
          dark: '#5f8f87',
          light: '#b9d6cf',
          shape: 'round',
          cap: C.verm,
          capDark: C.vermDark,
        }),
        cup(1120, 870, { w: 80, h: 54 }),
      ].join(''),
    }),
  ruyi: () => {
    // woven cloth hanging from a rod in soft folds, with cones of yarn on the table
    const panel = (
      x0,
      x1,
      y0,
      y1,
      base,
      darkC,
      lightC,
      { stripes = '', weaveC = '#ffffff', seed = 1 } = {},
    ) => {
      const r = rng(seed);
      const w = x1 - x0;
      const folds = 5;
      const stops = [];
      for (let i = 0; i <= folds * 2; i++) stops.push([i / (folds * 2), i % 2 ? darkC : lightC]);
      const gr = linGrad(
        stops.map(([o, c]) => [o, c]),
        { x1: 0, y1: 0, x2: 1, y2: 0 },
      );
      let hem = `M${x0} ${y0}H${x1}V${y1}`;
      for (let i = folds * 2 - 1; i >= 0; i--) {
        const x = x0 + (w * i) / (folds * 2);
        const xm = x + w / (folds * 4);
        hem += `Q${f(xm)} ${f(y1 + (i % 2 ? 16 : -4) + r() * 4)} ${f(x)} ${y1}`;
      }
      hem += 'Z';
      let weave = '';
      for (let y = y0 + 10; y < y1; y += 12) weave += `M${x0} ${y}H${x1}`;
      for (let x = x0 + 10; x < x1; x += 12) weave += `M${x} ${y0}V${y1 + 14}`;
      return (
        `<defs>${gr.def}</defs>` +
        path(hem, base) +
        clip(
          hem,
          `<rect x="${x0}" y="${y0}" width="${w}" height="${y1 - y0 + 30}" fill="${gr.url}" opacity=".55"/>` +
            stripes +
            line(weave, weaveC, 1.5, 'opacity=".18"'),
        )
      );
    };
    const spool = (x, y, col, dark, sc = 1) => {
      let wind = '';
      for (let i = 0; i < 18; i++)
        wind += `M${x - 62 * sc + i * 2.4 * sc} ${y - (30 + i * 13) * sc}h${(124 - i * 4.8) * sc}`;
      return [
        path(`M${x - 20 * sc} ${y - 290 * sc}h${40 * sc}v${270 * sc}h${-40 * sc}Z`, '#c49e6e'),
        path(
          `M${x - 64 * sc} ${y - 26 * sc}L${x - 30 * sc} ${y - 262 * sc}H${x + 30 * sc}L${x + 64 * sc} ${y - 26 * sc}Z`,
          col,
        ),
        path(
          `M${x + 12 * sc} ${y - 26 * sc}L${x + 20 * sc} ${y - 262 * sc}H${x + 30 * sc}L${x + 64 * sc} ${y - 26 * sc}Z`,
          dark,
          'opacity=".5"',
        ),
        line(wind, dark, 2, 'opacity=".45"'),
        ellipse(x, y - 20 * sc, 74 * sc, 18 * sc, '#a9835a'),
        ellipse(x, y - 290 * sc, 26 * sc, 7 * sc, '#a9835a'),
      ].join('');
    };
    let blueStripes = '';
    for (let x = 850; x < 1110; x += 44)
      blueStripes += `<rect x="${x}" y="260" width="12" height="520" fill="#3d7773" opacity=".8"/>`;
    return ent({
      disc: { fill: '#cdd5da', cy: 480 },
      body: [
        shadow(960, 880, 420, 20),
        panel(1050, 1320, 292, 730, '#b5402a', '#8c2f1e', '#c95a3e', { seed: 3 }),
        panel(600, 870, 292, 760, '#2e5053', '#1f3a3d', '#46696a', { seed: 1 }),
        panel(830, 1110, 292, 690, '#ece2cc', '#cdbf9f', '#f7f0e0', {
          seed: 2,
          stripes: blueStripes,
          weaveC: '#8a7a5a',
        }),
        line('M560 292H1370', '#8a6a45', 18),
        line('M560 286H1370', '#b08a5e', 6),
        circle(556, 292, 16, '#6b4f34') + circle(1374, 292, 16, '#6b4f34'),
        spool(760, 900, '#d9a94a', '#a8782a', 0.8),
        spool(1180, 900, '#5f9893', '#3d7773', 0.9),
        spool(1300, 910, '#e9dcc0', '#b8a67f', 0.7),
        line('M1180 640C1160 720 1120 760 1120 800', '#5f9893', 3),
      ].join(''),
    });
  },
  huaqin: () =>
    ent({
      disc: { fill: '#c6d0d3' },
      body: [
        shadow(960, 880, 420, 24),
        path('M640 860h640v-40h-640Z', '#8ea4a2'),
        path('M640 820h640v-12h-640Z', '#b5c4c2'),
        gear(860, 560, 240, 24, 4, { base: C.ink2, shade: C.ink, light: '#6f9a98', spokes: 6 }),
        gear(1150, 470, 140, 14, 10, { base: '#c48a34', shade: '#9b6726', light: '#e3b867' }),
        gear(1170, 700, 100, 11, 0, { base: '#5f9893', shade: '#3d7773', light: '#9cc0b9' }),
        circle(860, 560, 24, '#c9d3d2'),
      ].join(''),
    }),
};
