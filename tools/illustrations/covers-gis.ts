// Geographical-indication covers: one function per content/gis/<id>.
import {
  C,
  THEMES,
  scene,
  blade,
  clip,
  ellipseD,
  heartLeaf,
  g,
  tr,
  path,
  line,
  circle,
  ellipse,
  shadow,
  leaf,
  lotusLeaf,
  waterLines,
  rng,
  type Disc,
  type Point,
  type Scene,
} from './lib.ts';
import { carp, crucian, snakehead, crab, crayfish, turtle } from './parts-aquatic.ts';
import {
  garlicBulb,
  garlicClove,
  riceBowl,
  ricePanicle,
  wheatEar,
  sweetPotato,
  sweetPotatoCut,
  yamSlice,
  mungPod,
  lotusRoot,
  lotusSlice,
  bowl,
  beanHeap,
  shiitake,
  buttonMushroom,
  mushroomGills,
  woodEarLog,
  jujube,
  chili,
  yam,
  watermelon,
  melonWedge,
  lotusFlower,
} from './parts-produce.ts';
import { duck, egg, goose, barredRooster, hen, chick } from './parts-birds.ts';
import { wickerBasket, willowBundle, smokedTofu, ruyi, pistacheSprig } from './parts-crafts.ts';
import {
  grapeBunch,
  vineLeaf,
  milletHead,
  paleMelon,
  melonHalf,
  mussel,
  mandarinFish,
  goat,
  sheep,
  carvedStone,
  mallet,
  chisel,
  burdockRoot,
  cherryPair,
} from './parts-wave2.ts';

export const gis = {
  'jinxiang-dasuan': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#2f5552', cy: 490, r: 390 },
      reeds: false,
      body: [
        shadow(1000, 846, 330, 26),
        g(tr(1130, 640, 14, 0.86), garlicBulb({ seed: 2 })),
        g(tr(900, 600, -4, 1.22), garlicBulb({ seed: 1 })),
        g(tr(690, 838, -84, 0.78), garlicClove()),
        g(tr(1290, 846, 96, 0.74), garlicClove({ peeled: true })),
        g(tr(1370, 860, 70, 0.7), garlicClove()),
      ].join(''),
    }),
  'yutai-dami': () =>
    scene({
      theme: 'grain',
      reeds: 'left',
      body: [
        blade(1140, 800, -75, 330, 18, 0.3, '#a3ad66'),
        blade(1160, 740, -50, 280, 16, 0.45, '#8f9c58'),
        blade(1130, 720, -115, 250, 16, 0.4, '#a3ad66'),
        ricePanicle([1150, 830], [1160, 460], [1230, 260], [1420, 330], { seed: 4 }),
        ricePanicle([1120, 830], [1110, 420], [1030, 230], [840, 290], { seed: 5 }),
        ricePanicle([1180, 830], [1220, 540], [1340, 440], [1450, 560], { seed: 6, size: 0.9 }),
        shadow(900, 870, 300, 24),
        g(tr(900, 650, 0, 1), riceBowl()),
        riceGrainsScatter(),
      ].join(''),
    }),
};

function riceGrainsScatter() {
  const r = rng(9);
  let s = '';
  for (let i = 0; i < 9; i++)
    s += g(
      tr(1180 + r() * 200, 880 + r() * 60, r() * 180),
      ellipse(0, 0, 11, 5.5, '#fbf7ee', 'stroke="#d8caae" stroke-width="1.6"'),
    );
  return s;
}

// Lake scene shared by the aquatic covers: disc, water band, lotus leaves at the waterline.
interface Lake {
  /** The lotus leaves at the waterline: both (true), one side, or none (false). */
  leaves?: boolean | 'left' | 'right';
  reeds?: Scene['reeds'];
  disc?: Partial<Disc>;
  seal?: Scene['seal'];
  front?: string;
  /** Markup behind the leaves. */
  extra?: string;
}
function lake(
  body: string,
  { leaves = true, reeds = 'both', disc = {}, seal, front = '', extra = '' }: Lake = {},
): string {
  return scene({
    theme: 'aquatic',
    lake: true,
    lakeY: 720,
    disc: { cy: 480, r: 400, ...disc },
    reeds,
    seal,
    back:
      extra +
      (leaves === true || leaves === 'left'
        ? lotusLeaf(560, 780, 150, 52, -4, { notch: 0.5 })
        : '') +
      (leaves === true || leaves === 'right'
        ? lotusLeaf(1390, 810, 118, 42, 6, { notch: 2.4, fill: '#7ea56f', dark: '#5f8a57' })
        : ''),
    body,
    front,
  });
}

// Pond seen from above (crab, crayfish, turtle): ripples around the animal, floating lotus leaves.
interface Pond {
  /** The disc's colour. */
  disc?: string;
  /** The centre of the ripples. */
  ripple?: Point;
  leaves?: [x: number, y: number, r: number, notch: number][];
  seal?: Scene['seal'];
}
function pond(
  body: string,
  {
    disc = '#b5d1c9',
    ripple = [960, 520],
    leaves = [
      [640, 300, 90, 0.6],
      [1300, 760, 110, 2.2],
    ],
    seal,
  }: Pond = {},
): string {
  const t = THEMES.aquatic;
  let rings = '';
  for (const [i, rr] of [250, 330, 410, 500].entries())
    rings += circle(
      ripple[0],
      ripple[1],
      rr,
      'none',
      `stroke="${t.disc}" stroke-width="${5 - i}" opacity="${0.9 - i * 0.15}"`,
    );
  const lv = leaves
    .map(([x, y, r, n]) =>
      lotusLeaf(x, y, r, r, 0, { notch: n, fill: '#7ea56f', dark: '#5f8a57', vein: '#9cc089' }),
    )
    .join('');
  return scene({
    theme: 'aquatic',
    ground: false,
    disc: { cy: 520, r: 420, fill: disc },
    seal,
    back:
      waterLines(90, 560, 430, 9, { color: t.line, seed: 31, gap: 30, width: 4, opacity: 0.75 }) +
      waterLines(1360, 1840, 470, 9, {
        color: t.line,
        seed: 32,
        gap: 30,
        width: 4,
        opacity: 0.75,
      }) +
      clip(ellipseD(960, 520, 420, 420), rings) +
      lv,
    body,
  });
}

Object.assign(gis, {
  'weishanhu-wuli': () => lake(g(tr(990, 470, -4, 0.95), snakehead())),
  'weishanhu-sibi-liyu': () =>
    lake(g(tr(990, 460, -6, 1.05), carp()), {
      reeds: 'right',
      leaves: 'left',
      disc: { fill: '#bcd6ce' },
      extra: g(tr(470, 790, -6), lotusFlower({ h: 330, open: 0.7 })),
    }),
  'weishanhu-jiyu': () =>
    lake(
      g(tr(1160, 310, -12, 0.66), crucian({ body: '#9ea184', back: '#5f6544' })) +
        g(tr(850, 540, 4, 0.92), crucian()),
      { reeds: 'left', leaves: 'right', disc: { fill: '#cde0d8' } },
    ),
  'weishanhu-dazhaxie': () =>
    pond(g(tr(960, 560, 0, 0.92), crab()), {
      disc: '#c9d8c4',
      leaves: [
        [620, 250, 100, 0.9],
        [1330, 800, 120, 2.4],
      ],
    }),
  'yutai-longxia': () =>
    pond(g(tr(960, 560, 24, 0.86), crayfish()), {
      ripple: [920, 600],
      leaves: [
        [1290, 260, 110, 2.0],
        [620, 820, 100, 5.3],
      ],
    }),
  'yutai-jiayu': () =>
    pond(g(tr(960, 560, 20, 1.05), turtle()), {
      disc: '#a9c9c6',
      ripple: [940, 560],
      leaves: [
        [600, 380, 95, 0.2],
        [1320, 720, 125, 3.6],
      ],
    }),
});

// ---------------------------------------------------------------- produce, grain, fungi, crafts
Object.assign(gis, {
  'jiaxiang-hongpi-dasuan': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#d9c6a7', cy: 490, r: 390 },
      reeds: false,
      body: [
        shadow(980, 846, 330, 26),
        g(tr(760, 700, -16, 0.72), garlicBulb({ red: true, seed: 3 })),
        g(tr(1010, 600, 6, 1.2), garlicBulb({ red: true, seed: 4 })),
        g(tr(1250, 800, 70, 0.8), garlicClove({ red: true })),
        g(tr(1330, 830, 110, 0.75), garlicClove({ red: true })),
        g(tr(650, 830, -80, 0.7), garlicClove({ peeled: true })),
      ].join(''),
    }),
  'sishui-digua': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#e7cfa9' },
      reeds: false,
      body: [
        heartLeaf(1170, 560, 30, 200, { fill: '#7fa06b', shade: '#587d4f' }),
        heartLeaf(860, 520, -34, 180, { fill: '#8fb07a', shade: '#5f8753' }),
        heartLeaf(1010, 480, 4, 150, { fill: '#6c925e', shade: '#4b7043' }),
        line(
          'M1170 560C1120 620 1060 660 1010 700M860 520C900 600 950 660 1000 700M1010 480C1010 560 1005 640 1005 700',
          '#587d4f',
          6,
        ),
        shadow(960, 850, 360, 24),
        g(tr(900, 700, -6, 1.05), sweetPotato({ seed: 2 })),
        g(tr(1180, 780, 8, 0.8), sweetPotatoCut()),
        g(tr(720, 800, 4, 0.7), sweetPotato({ seed: 5, skin: '#a84654' })),
      ].join(''),
    }),
  'weishanhu-lianou': () =>
    scene({
      theme: 'aquatic',
      disc: { fill: '#c4d9d0' },
      ground: 800,
      reeds: 'left',
      body: [
        line('M1150 790C1160 640 1180 520 1230 450', '#6f9a63', 9),
        lotusLeaf(1230, 450, 200, 80, -10, { notch: 1.2 }),
        g(tr(1000, 780, -4), lotusFlower({ h: 470 })),
        shadow(940, 860, 380, 22),
        g(tr(900, 780, -4, 1), lotusRoot({ segs: [300, 260] })),
        g(tr(1290, 800, 0, 0.85), lotusSlice(90)),
      ].join(''),
    }),
  'zoucheng-mogu': () =>
    scene({
      theme: 'fungi',
      reeds: false,
      body: [
        shadow(960, 850, 380, 26),
        g(tr(1120, 640, 8, 1.25), shiitake({ seed: 2 })),
        g(tr(860, 560, -6, 1.5), shiitake({ seed: 1 })),
        g(tr(700, 760, -4, 0.85), buttonMushroom()),
        g(tr(1250, 780, 6, 0.7), buttonMushroom()),
        g(tr(1000, 800, -20, 0.55), mushroomGills()),
      ].join(''),
    }),
  'yutai-maomuer': () =>
    scene({
      theme: 'fungi',
      disc: { fill: '#b9c8a8' },
      reeds: false,
      body: [shadow(960, 850, 400, 24), g(tr(960, 700, -4, 1.1), woodEarLog())].join(''),
    }),
  'beishan-dazao': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#ead7b8' },
      reeds: false,
      body: [
        line(
          'M520 260C640 300 740 250 860 300C960 340 1060 300 1180 330C1280 356 1360 330 1440 300',
          '#7a5a3a',
          12,
        ),
        line('M860 300L880 250M1180 330L1200 280', '#7a5a3a', 8),
        ...[
          [600, 290, -30],
          [700, 270, 20],
          [800, 290, -10],
          [930, 330, 40],
          [1030, 320, -30],
          [1130, 320, 10],
          [1250, 340, -20],
          [1340, 320, 30],
          [1400, 300, -40],
        ].map(([x, y, a]) =>
          leaf(x, y, a + (a > 0 ? 60 : -60), 110, 34, { fill: '#6f9a4f', shade: '#4f7a3a' }),
        ),
        jujube(700, 390, 6, 1.3),
        jujube(890, 440, -4, 1.55),
        jujube(1060, 420, 8, 1.35),
        jujube(1230, 450, -6, 1.45),
        jujube(1370, 400, 10, 1.1),
        shadow(960, 856, 330, 22),
        g(
          tr(960, 780),
          ellipse(0, 34, 320, 66, '#c9b08a'),
          ellipse(0, 22, 320, 66, '#efe4cc'),
          ellipse(0, 22, 250, 46, '#e2d3b3'),
        ),
        jujube(840, 760, -30, 1.2),
        jujube(960, 772, 20, 1.25),
        jujube(1080, 762, -10, 1.15),
        jujube(900, 720, 50, 1.1),
        jujube(1020, 716, -40, 1.1),
      ].join(''),
    }),
  'qianhai-lajiao': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#e9cfb2' },
      reeds: false,
      body: [
        line('M960 0L960 170', '#a9865a', 7),
        g(
          tr(960, 200, 0, 1.55),
          chili(0, 0, 122, 1.0, { len: 0.95 }),
          chili(0, 0, 100, 1.1),
          chili(0, 0, 80, 1.08),
          chili(0, 0, 62, 1.0, { len: 0.9 }),
          chili(0, 0, 110, 0.95, { skin: '#5f8f3c', dark: '#3f6b2a', light: '#86b35f' }),
          chili(0, 0, 90, 1.05, { skin: '#d8452f', light: '#ee7257' }),
          chili(0, 0, 70, 0.95, { skin: '#b92e24' }),
          path('M-22 -24C-8 -34 8 -34 22 -24L26 8C8 0 -8 0 -26 8Z', C.verm),
          path('M-4 4L-22 56L-10 54L0 12ZM4 4L22 54L10 52L0 12Z', C.verm),
        ),
        shadow(960, 860, 240, 18),
        chili(1160, 850, -8, 0.9),
      ].join(''),
    }),
  'jiaxiang-ximao-changshanyao': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#dde0c2' },
      reeds: false,
      body: [
        line(
          'M560 330C660 250 760 330 860 280C960 230 1060 300 1180 250C1260 220 1330 230 1380 260M1380 260C1420 300 1400 420 1370 560C1350 640 1330 700 1320 740',
          '#5f8753',
          5,
        ),
        heartLeaf(1396, 430, 110, 80, { fill: '#8fb07a' }),
        heartLeaf(1350, 600, -110, 70),
        heartLeaf(660, 290, -150, 96),
        heartLeaf(860, 282, 165, 110, { fill: '#8fb07a' }),
        heartLeaf(1060, 276, -165, 92),
        heartLeaf(1260, 232, 150, 100, { fill: '#8fb07a' }),
        circle(760, 300, 10, '#7a6448') +
          circle(1150, 262, 11, '#7a6448') +
          circle(1330, 246, 9, '#7a6448'),
        shadow(960, 862, 430, 22),
        g(tr(560, 756, -3), yam({ len: 860, seed: 2, skin: '#b39268', thick: 36, bend: 10 })),
        g(tr(600, 700, -2), yam({ len: 800, seed: 4, skin: '#bfa07a', thick: 34, bend: 8 })),
        g(tr(520, 806, -1.5), yam({ len: 900, seed: 1, thick: 36, bend: 8 })),
        path('M762 668L796 667L801 846L767 847Z', C.verm),
        path('M782 667L796 667L801 846L787 847Z', C.vermDark, 'opacity=".35"'),
        yamSlice(1230, 900, 40),
        yamSlice(1320, 912, 34),
        yamSlice(1290, 872, 30),
      ].join(''),
    }),
  'sishui-xigua': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#d6dfba' },
      reeds: false,
      body: [
        shadow(960, 850, 380, 26),
        g(tr(870, 610, 0, 1), watermelon()),
        g(tr(1200, 790, 0, 0.78), melonWedge()),
        line('M1080 420C1140 380 1180 400 1220 360', '#6b7a3a', 5),
        leaf(1210, 364, -30, 120, 50, { fill: '#6f9a4f', shade: '#4f7a3a' }),
      ].join(''),
    }),
  'sishui-lvdou': () => {
    const r = rng(14);
    let spill = '';
    for (let i = 0; i < 26; i++) {
      const x = 1150 + r() * 260;
      const y = 872 + r() * 60;
      spill +=
        circle(x + 1.5, y + 1.5, 10, '#4a7431') +
        circle(x, y, 10, '#6a9a45') +
        circle(x - 3.5, y - 3.5, 3, '#a9cf7f');
    }
    return scene({
      theme: 'grain',
      disc: { fill: '#dfdcb0' },
      reeds: false,
      body: [
        g(
          tr(1270, 420, 0),
          leaf(0, 0, -90, 170, 64, { fill: '#7fa06b', shade: '#587d4f' }),
          leaf(0, 0, -150, 150, 56, { fill: '#8fb07a', shade: '#5f8753' }),
          leaf(0, 0, -30, 150, 56, { fill: '#6c925e', shade: '#4b7043' }),
        ),
        line('M1270 420C1262 520 1250 640 1240 760', '#6b8a3a', 7),
        g(tr(1262, 500, 70, 0.9), mungPod({ green: true })),
        g(tr(1250, 560, 110, 0.8), mungPod({ green: true })),
        shadow(880, 880, 320, 24),
        g(
          tr(880, 660, 0, 1.08),
          bowl(beanHeap({}), {
            glaze: '#efe6d3',
            glazeDark: '#cfc2a6',
            glazeLight: '#ffffff',
            band: C.ink2,
          }),
        ),
        g(tr(1180, 830, -6, 0.95), mungPod({})),
        g(tr(1210, 860, 8, 0.85), mungPod({ n: 9 })),
        spill,
      ].join(''),
    });
  },
  'sishui-xiaomai': () =>
    scene({
      theme: 'grain',
      reeds: false,
      body: [
        ...[-30, -20, -10, 0, 10, 20, 30].map((a, i) =>
          wheatEar(960, 862, -90 + a * 0.9, {
            seed: i + 1,
            stalkLen: 300 + (i % 2) * 50 - Math.abs(a) * 1.5,
            len: 200,
            size: 1.15,
          }),
        ),
        path('M920 700C945 690 975 690 1000 700L1004 736C978 728 942 728 916 736Z', C.verm),
        shadow(960, 866, 200, 18),
      ].join(''),
    }),
  'qufu-xiangdao': () => {
    // fragrant rice standing in a flooded paddy
    const clump = (x: number, y: number, sc: number, seed: number) =>
      g(
        tr(x, y, 0, sc),
        blade(0, 0, -100, 330, 16, 0.3, '#9aa85f'),
        blade(6, 0, -72, 300, 14, 0.4, '#87955a'),
        blade(-6, 0, -118, 290, 14, 0.4, '#a3ad66'),
        ricePanicle([0, 0], [6, -330], [70, -420], [190, -380], { seed, size: 1 }),
        ricePanicle([0, 0], [-10, -300], [-70, -390], [-180, -360], { seed: seed + 1, size: 0.95 }),
        ricePanicle([0, 0], [10, -260], [80, -320], [150, -270], { seed: seed + 2, size: 0.85 }),
        ellipse(0, 6, 40, 6, '#c9ad72', 'opacity=".6"'),
      );
    return scene({
      theme: 'grain',
      disc: { fill: '#dfe2bd', cy: 470 },
      ground: false,
      lake: true,
      lakeY: 760,
      reeds: false,
      body: [
        clump(720, 800, 0.95, 31),
        clump(1220, 806, 0.9, 41),
        clump(960, 830, 1.12, 21),
        waterLines(560, 1360, 850, 3, { color: '#e9d9b0', seed: 5, gap: 30, width: 4 }),
      ].join(''),
    });
  },
  'yutai-qiliu': () =>
    scene({
      theme: 'craft',
      disc: { fill: '#dccfa9' },
      reeds: false,
      body: [
        g(tr(1200, 840, 8), willowBundle()),
        shadow(900, 860, 300, 24),
        g(tr(880, 710, 0, 1), wickerBasket()),
      ].join(''),
    }),
  'qufu-xundoufu': () =>
    scene({
      theme: 'craft',
      disc: { fill: '#d9c3a2' },
      reeds: false,
      body: [shadow(960, 860, 380, 26), g(tr(960, 720, 0, 1.05), smokedTofu())].join(''),
    }),
  'qufu-kaidiao': () =>
    scene({
      theme: 'craft',
      disc: { fill: '#e0c9a6', cy: 470 },
      reeds: false,
      body: [
        shadow(960, 850, 400, 20),
        g(tr(1180, 900, -6, 0.62), pistacheSprig({})),
        g(tr(1230, 930, 8, 0.5), pistacheSprig({ seed: 2, color: '#d9823e', dark: '#b5602e' })),
        // a low rosewood display stand
        path('M600 800h720q16 0 16 16v14h-752v-14q0-16 16-16Z', '#5e3a24'),
        path('M600 800h720q16 0 16 16v4h-752v-4q0-16 16-16Z', '#7a4e32'),
        ...[
          [636, 722],
          [1111, 620],
        ].map(
          ([x, top]) =>
            path(`M${x - 16} 800V${top}h-20q0 -30 36 -36q36 6 36 36h-20V800Z`, '#6b4429') +
            path(
              `M${x - 40} ${top}q0 36 40 36q40 0 40 -36h-14q0 22 -26 22q-26 0 -26 -22Z`,
              '#5e3a24',
            ),
        ),
        g(tr(900, 650, -12, 0.9), ruyi()),
      ].join(''),
    }),
});

// ---------------------------------------------------------------- poultry
function grassTuft(x: number, y: number, s = 1, color = '#8fa06b'): string {
  return g(
    tr(x, y, 0, s),
    blade(0, 0, -100, 90, 10, 0.2, color),
    blade(4, 0, -70, 80, 9, 0.3, color),
    blade(-4, 0, -125, 70, 9, 0.3, color),
    blade(0, 0, -88, 110, 10, 0.15, color),
  );
}

Object.assign(gis, {
  'weishan-maya': () =>
    scene({
      theme: 'poultry',
      ground: 830,
      reeds: 'right',
      reedBase: 840,
      body: [
        shadow(940, 872, 300, 20),
        g(tr(930, 800, 0, 1.3), duck()),
        egg(1250, 810, -8, 1.05),
        egg(1340, 830, 10, 0.95, { fill: '#cfe2d6' }),
        egg(1190, 856, 80, 0.95, { fill: '#dce9df' }),
      ].join(''),
    }),
  'yandian-rouya': () =>
    scene({
      theme: 'poultry',
      disc: { fill: '#e2c89c' },
      ground: 830,
      reeds: false,
      body: [
        shadow(960, 872, 300, 20),
        g(tr(980, 790, -5, 1.35), duck({ kind: 'pekin' })),
        grassTuft(640, 846, 1.1, '#a9b37b'),
        grassTuft(1330, 850, 0.9, '#a9b37b'),
      ].join(''),
    }),
  'jinxiang-baizie': () =>
    scene({
      theme: 'poultry',
      disc: { fill: '#cfd8c4' },
      ground: 830,
      reeds: 'left',
      body: [shadow(960, 874, 320, 20), g(tr(970, 800, 0, 1.25), goose())].join(''),
    }),
  'wenshang-luhuaji': () =>
    scene({
      theme: 'poultry',
      disc: { fill: '#e6cfa8' },
      ground: 830,
      reeds: false,
      body: [
        shadow(960, 876, 300, 20),
        g(tr(960, 760, 0, 1.3), barredRooster()),
        grassTuft(640, 846, 1.1, '#a9b37b'),
        grassTuft(1320, 846, 1, '#a9b37b'),
      ].join(''),
    }),
  'jining-bairiji': () =>
    scene({
      theme: 'poultry',
      disc: { fill: '#dcd9b4' },
      ground: 830,
      reeds: false,
      body: [
        shadow(900, 876, 260, 18),
        g(tr(880, 760, 0, 1.2), hen()),
        chick(1200, 830, 0.9),
        chick(1320, 846, 0.75, { body: '#f4d86e' }),
        grassTuft(600, 846, 1.2, '#a9b37b'),
        grassTuft(1420, 850, 0.9, '#a9b37b'),
        circle(1110, 880, 5, '#d9b35a') +
          circle(1140, 872, 5, '#d9b35a') +
          circle(1090, 864, 5, '#d9b35a'),
      ].join(''),
    }),
});

// ---------------------------------------------------------------- second batch (issue 14)

// A low hill behind the subject, for the goats and 九仙山's grapes.
const hill = (fill = '#cdd3b1') =>
  path('M260 820C420 600 640 520 860 560C1080 600 1280 520 1660 820Z', fill, 'opacity=".8"');

Object.assign(gis, {
  'changgou-putao': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#dcd3bf' },
      reeds: false,
      body: [
        line('M520 230C720 200 1000 250 1400 210', '#6b5234', 14),
        vineLeaf(700, 250, 170, 1.1),
        vineLeaf(1240, 240, -170, 1.2, { fill: '#8fb07a' }),
        vineLeaf(1020, 250, 180, 0.8, { fill: '#6c925e' }),
        g(tr(930, 330, 4, 1.25), grapeBunch({ seed: 2 })),
        g(tr(1170, 320, -6, 0.95), grapeBunch({ seed: 5, rows: 6 })),
      ].join(''),
    }),
  'jiuxianshan-putao': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#e2dfc2' },
      reeds: false,
      back: hill(),
      body: [
        shadow(960, 866, 360, 22),
        vineLeaf(1180, 760, 40, 1.0),
        g(
          tr(860, 560, -8, 1.15),
          grapeBunch({ seed: 3, skin: '#9fb45a', dark: '#6f8538', light: '#d3e09a' }),
        ),
        g(
          tr(1080, 600, 10, 0.95),
          grapeBunch({ seed: 8, rows: 6, skin: '#aabd63', dark: '#768c3c', light: '#dbe6a4' }),
        ),
      ].join(''),
    }),
  'mamiao-jingu': () =>
    scene({
      theme: 'grain',
      reeds: false,
      body: [
        blade(960, 860, -80, 420, 18, 0.35, '#9aa85f'),
        blade(980, 860, -105, 380, 16, 0.4, '#87955a'),
        line('M960 860C950 600 960 420 1000 300', '#8f8a4a', 8),
        line('M1000 860C1020 620 1060 460 1130 360', '#8f8a4a', 8),
        line('M930 860C900 640 860 480 800 380', '#8f8a4a', 8),
        g(tr(1000, 300, 10, 1), milletHead({ seed: 1, len: 320 })),
        g(tr(1130, 360, 0, 0.9), milletHead({ seed: 2, len: 300 })),
        g(tr(800, 380, 40, 0.85), milletHead({ seed: 3, len: 280 })),
        shadow(700, 880, 200, 18),
        g(tr(700, 770, 0, 0.7), riceBowl({})),
      ].join(''),
    }),
  'huji-bailigua': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#d9dfbf' },
      reeds: false,
      body: [
        shadow(960, 860, 400, 26),
        leaf(1260, 520, -40, 150, 80, { fill: '#7fa06b', shade: '#587d4f' }),
        line('M1120 600C1180 560 1220 540 1260 520', '#6b7a3a', 6),
        g(tr(1040, 690, 8, 1), paleMelon({ seed: 2 })),
        g(tr(760, 740, -6, 0.8), paleMelon({ seed: 3, rx: 180, ry: 140 })),
        g(tr(1290, 820, 0, 0.7), melonHalf()),
      ].join(''),
    }),
  'jishu-honghuaban-shanyao': () => {
    const spots = (x: number, y: number, n: number, seed: number) => {
      const r = rng(seed);
      let s = '';
      for (let i = 0; i < n; i++)
        s += ellipse(
          x + r() * 760,
          y + (r() * 2 - 1) * 16,
          6 + r() * 6,
          4,
          '#a8473c',
          'opacity=".85"',
        );
      return s;
    };
    return scene({
      theme: 'produce',
      disc: { fill: '#e4d6c0' },
      reeds: false,
      body: [
        heartLeaf(1300, 420, 120, 90, { fill: '#8fb07a' }),
        heartLeaf(700, 400, -150, 100),
        line('M600 380C800 320 1100 360 1380 400', '#5f8753', 5),
        shadow(960, 862, 430, 22),
        g(tr(560, 756, -3), yam({ len: 820, seed: 2, skin: '#c2a07a', thick: 38, bend: 10 })),
        spots(590, 738, 26, 4),
        g(tr(600, 690, -2), yam({ len: 760, seed: 5, skin: '#caa984', thick: 34, bend: 8 })),
        spots(630, 670, 22, 7),
        yamSlice(1240, 900, 40),
        yamSlice(1330, 912, 34),
      ].join(''),
    });
  },
  'weishanhu-hebang': () =>
    lake(
      g(tr(1080, 640, -8, 1.0), mussel()) +
        g(tr(780, 690, 12, 0.8), mussel({ shell: '#5e6a4f', open: true })) +
        g(tr(1000, 800, 4, 0.55), mussel({ shell: '#47513d' })),
      { reeds: 'left', leaves: 'right', disc: { fill: '#c4d8cf' } },
    ),
  'weishanhu-guiyu': () =>
    lake(g(tr(980, 470, -5, 0.95), mandarinFish()), {
      reeds: 'right',
      leaves: 'left',
      disc: { fill: '#c9dbd2' },
    }),
  'jining-qingshanyang': () =>
    scene({
      theme: 'poultry',
      disc: { fill: '#d5d9c2' },
      ground: 830,
      reeds: false,
      body: [
        shadow(960, 880, 320, 20),
        g(tr(920, 660, 0, 1.15), goat()),
        grassTuft(620, 850, 1.1, '#9aa86b'),
        grassTuft(1340, 856, 0.9, '#9aa86b'),
      ].join(''),
    }),
  'liangshan-qingshanyang': () =>
    scene({
      theme: 'poultry',
      disc: { fill: '#dad6be' },
      ground: 830,
      reeds: false,
      back: hill('#c9cfae'),
      body: [
        shadow(760, 880, 240, 18),
        shadow(1200, 886, 200, 16),
        g(tr(720, 680, 0, 0.95), goat()),
        g('translate(1240 720) scale(-0.75 0.75)', goat({ coat: '#7f8588', dark: '#54595c' })),
        grassTuft(980, 860, 0.9, '#9aa86b'),
      ].join(''),
    }),
  'jiaxiang-xiaoweihanyang': () =>
    scene({
      theme: 'poultry',
      disc: { fill: '#d9d4b8' },
      ground: 830,
      reeds: false,
      body: [
        shadow(960, 884, 330, 20),
        g(tr(920, 680, 0, 1.2), sheep()),
        grassTuft(600, 852, 1.1, '#a9b37b'),
        grassTuft(1360, 856, 0.9, '#a9b37b'),
      ].join(''),
    }),
  'jiaxiang-shidiao': () =>
    scene({
      theme: 'craft',
      disc: { fill: '#dcd2c0' },
      reeds: false,
      body: [
        shadow(920, 872, 380, 24),
        g(tr(900, 660, 0, 1), carvedStone()),
        g(tr(1340, 620, 30, 0.9), mallet()),
        g(tr(1250, 600, -24, 0.9), chisel()),
      ].join(''),
    }),
  'wenshang-niubang': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#dedcc0' },
      reeds: false,
      body: [
        line(
          'M1120 600C1110 680 1080 740 1060 800M830 610C850 690 880 750 900 800M980 560V800',
          '#7a5a4a',
          7,
        ),
        heartLeaf(1120, 600, 16, 230, { fill: '#7fa06b', shade: '#587d4f' }),
        heartLeaf(830, 610, -18, 210, { fill: '#8fb07a', shade: '#5f8753' }),
        heartLeaf(980, 560, 0, 170, { fill: '#6c925e', shade: '#4b7043' }),
        shadow(960, 868, 420, 22),
        g(tr(560, 800, -4), burdockRoot({ seed: 1 })),
        g(tr(580, 760, -2), burdockRoot({ seed: 2, len: 720 })),
        g(tr(540, 836, -1), burdockRoot({ seed: 3, len: 800, skin: '#6e5034' })),
        path('M782 740L812 738L824 860L794 862Z', C.verm),
      ].join(''),
    }),
  'sishui-dayingtao': () =>
    scene({
      theme: 'produce',
      disc: { fill: '#e4d5c4' },
      reeds: false,
      body: [
        line('M480 240C700 200 960 230 1440 190', '#6b5234', 12),
        leaf(760, 230, 70, 160, 56, { fill: '#6f9a4f', shade: '#4f7a3a' }),
        leaf(1180, 212, 110, 150, 52, { fill: '#7fa06b', shade: '#587d4f' }),
        g(tr(900, 226, 0, 1.1), cherryPair({ seed: 1 })),
        g(tr(1100, 214, 0, 0.95), cherryPair({ seed: 3 })),
        shadow(960, 870, 300, 22),
        g(
          tr(960, 760, 0, 0.9),
          bowl(
            [
              [-60, -20],
              [0, -40],
              [60, -20],
              [-30, -70],
              [30, -70],
            ]
              .map(
                ([x, y]) =>
                  circle(x + 4, y + 4, 38, '#7e1119') +
                  circle(x, y, 38, '#b5232b') +
                  ellipse(x - 12, y - 12, 10, 6, '#e0636a'),
              )
              .join(''),
            { glaze: '#efe6d3', glazeDark: '#cfc2a6', glazeLight: '#ffffff', band: C.ink2 },
          ),
        ),
      ].join(''),
    }),
});
