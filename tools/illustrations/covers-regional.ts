// Regional brand covers.
import { C, scene, g, tr, path, circle, ellipse, shadow, cut } from './lib.ts';
import { wickerBasket } from './parts-crafts.ts';
import { garlicBulb, lotusRoot, ricePanicle } from './parts-produce.ts';
import { carp } from './parts-aquatic.ts';

// A cloth bag of rice, mouth open, grains showing.
function riceBag(): string {
  return [
    cut('M-90 -120C-110 -60 -120 40 -100 110C-60 130 60 130 100 110C120 40 110 -60 90 -120Z', {
      base: '#e9dcc0',
      shade: '#c9b58e',
      light: '#f6eedc',
      s: [24, 0],
      h: [-10, 0],
    }),
    ellipse(0, -120, 92, 26, '#fbf7ee'),
    ...Array.from({ length: 30 }, (_, i) =>
      ellipse(
        -70 + ((i * 37) % 140),
        -128 + ((i * 13) % 18),
        8,
        4,
        '#fbf7ee',
        `stroke="#ddd0b9" stroke-width="1.4" transform="rotate(${(i * 47) % 180} ${-70 + ((i * 37) % 140)} ${-128 + ((i * 13) % 18)})"`,
      ),
    ),
    path('M-96 -96C-40 -80 40 -80 96 -96L92 -78C40 -64 -40 -64 -92 -78Z', C.verm, 'opacity=".85"'),
  ].join('');
}

// Ribbon bow with two tails.
function bow(x: number, y: number, s = 1): string {
  return g(
    tr(x, y, 0, s),
    path('M0 0C-30 -60 -110 -70 -110 -20C-110 20 -40 20 0 0Z', C.verm),
    path('M0 0C30 -60 110 -70 110 -20C110 20 40 20 0 0Z', C.verm),
    path('M0 0C-30 -40 -80 -44 -86 -20C-60 -20 -30 -10 0 0Z', C.vermDark, 'opacity=".5"'),
    path('M0 0C-20 30 -50 90 -70 130L-40 124L-30 150C-10 100 4 50 0 0Z', C.verm),
    path('M0 0C20 30 50 90 80 120L50 120L46 148C20 100 0 50 0 0Z', C.vermDark),
    circle(0, 0, 20, C.verm2),
  );
}

export const regionalBrands = {
  'jining-lixiang': () => {
    // a low woven gift tray with lake and field produce, tied with a vermilion ribbon
    const contents = [
      ricePanicle([170, -120], [180, -300], [250, -370], [340, -330], { seed: 3, size: 0.85 }),
      ricePanicle([150, -120], [140, -290], [90, -360], [10, -350], { seed: 4, size: 0.75 }),
      g(tr(-90, -90, -4, [-0.62, 0.62]), carp()),
      g(tr(200, -50, 4, 0.82), riceBag()),
      g(tr(-50, 20, -6, 0.56), lotusRoot({ segs: [230, 200] })),
      g(tr(-300, 4, -10, 0.44), garlicBulb({ seed: 2 })),
      g(tr(130, 40, 8, 0.4), garlicBulb({ seed: 5 })),
    ].join('');
    const ribbon = [
      path('M-24 30L24 30L22 150L-22 150Z', C.verm),
      path('M4 30L24 30L22 150L6 150Z', C.vermDark, 'opacity=".35"'),
    ].join('');
    return scene({
      theme: 'gift',
      disc: { fill: '#e8c9b3' },
      reeds: false,
      body: [
        shadow(960, 900, 460, 24),
        g(
          tr(960, 720),
          wickerBasket({
            contents,
            handle: false,
            gap: '#a9864c',
            inside: '#c8a86e',
            topY: 40,
            botY: 150,
            wTop: 420,
            wBot: 370,
            ryTop: 70,
            ryBot: 50,
            rows: 4,
            stakes: 34,
          }),
          ribbon,
        ),
        bow(960, 812, 0.75),
      ].join(''),
    });
  },
};
