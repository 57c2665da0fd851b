// Poultry, side view, facing left, feet on y = 60 (chickens: y = 80).
import { g, tr, path, line, circle, ellipse, cut, uid, type Paint } from './lib.ts';

function pattern(inner: string, w: number, h: number, transform = ''): Omit<Paint, 'id'> {
  const id = uid('pt');
  return {
    def: `<defs><pattern id="${id}" width="${w}" height="${h}" patternUnits="userSpaceOnUse"${transform ? ` patternTransform="${transform}"` : ''}>${inner}</pattern></defs>`,
    url: `url(#${id})`,
  };
}

const webFoot = (x: number, y: number, col = '#e0892f', dark = '#b8661d') =>
  path(
    `M${x} ${y - 6}L${x - 50} ${y + 12}Q${x - 34} ${y + 20} ${x - 20} ${y + 14}Q${x - 8} ${y + 22} ${x + 6} ${y + 14}Q${x + 16} ${y + 18} ${x + 22} ${y + 10}Z`,
    col,
  ) +
  line(
    `M${x} ${y - 4}L${x - 44} ${y + 12}M${x} ${y - 4}L${x - 18} ${y + 14}M${x} ${y - 4}L${x + 6} ${y + 12}`,
    dark,
    2.5,
    'opacity=".6"',
  );

// ---------------------------------------------------------------- duck
const DUCK_BODY =
  'M-150 -200C-192 -172 -204 -112 -182 -72C-160 -30 -100 -10 -20 -8C80 -6 160 -30 210 -80C240 -110 268 -148 292 -182C252 -182 222 -192 190 -202C120 -232 0 -242 -80 -232C-120 -226 -140 -214 -150 -200Z';
const DUCK_NECK =
  'M-178 -150C-194 -200 -204 -250 -198 -292C-194 -342 -162 -366 -126 -362C-90 -357 -78 -322 -94 -292C-110 -262 -110 -230 -76 -212Z';
const DUCK_WING =
  'M-112 -188C-40 -222 100 -212 204 -184C164 -132 64 -100 -40 -110C-92 -118 -124 -150 -112 -188Z';

export function duck({ kind = 'mallard' } = {}) {
  const white = kind === 'pekin';
  const base = white ? '#faf6ec' : '#a9825a';
  const shade = white ? '#dcd3c2' : '#7c5a3b';
  const light = white ? '#ffffff' : '#c6a27a';
  const out = [];
  const speck = white
    ? null
    : pattern(
        `<path d="M3 8q5 6 10 0M17 20q5 6 10 0" fill="none" stroke="#5a3d24" stroke-width="2.6" stroke-linecap="round" opacity=".8"/>`,
        30,
        26,
        'rotate(-8)',
      );
  if (speck) out.push(speck.def);
  // legs
  out.push(line('M-40 -14L-46 44M18 -12L26 44', white ? '#e9892c' : '#d98a3a', 10));
  out.push(
    webFoot(-46, 50, white ? '#ef9a34' : '#d98a3a'),
    webFoot(26, 50, white ? '#ef9a34' : '#d98a3a'),
  );
  // body
  out.push(
    cut(DUCK_BODY, {
      base,
      shade,
      light,
      s: [0, 30],
      h: [0, -14],
      inner: speck ? `<rect x="-220" y="-260" width="540" height="280" fill="${speck.url}"/>` : '',
    }),
  );
  // tail feathers
  out.push(line('M230 -150L288 -180M220 -138L280 -164', shade, 4, 'opacity=".7"'));
  // wing
  out.push(
    cut(DUCK_WING, {
      base: white ? '#f3ede0' : '#8f6a45',
      shade: white ? '#d6cbb6' : '#6a4a2e',
      s: [0, 14],
      inner:
        (speck ? `<rect x="-120" y="-230" width="340" height="140" fill="${speck.url}"/>` : '') +
        line(
          'M-20 -160C40 -170 120 -170 190 -182M0 -130C60 -140 120 -150 170 -160',
          white ? '#d6cbb6' : '#5a3d24',
          4,
          'opacity=".6"',
        ),
    }),
  );
  if (!white) {
    out.push(
      path('M70 -146C110 -156 150 -166 186 -180L172 -158C140 -148 110 -138 78 -130Z', '#2f6f86'),
    );
    out.push(
      line('M66 -150C110 -160 150 -170 188 -184M80 -126C112 -134 140 -144 172 -154', '#f6f1e6', 4),
    );
  }
  // neck and head
  out.push(
    cut(DUCK_NECK, {
      base: white ? base : '#8d6a48',
      shade,
      light,
      s: [10, 0],
      h: [-6, 0],
      inner: speck ? `<rect x="-210" y="-370" width="140" height="180" fill="${speck.url}"/>` : '',
    }),
  );
  if (!white) {
    out.push(line('M-194 -322C-170 -326 -140 -326 -100 -318', '#4a3220', 7, 'opacity=".8"'));
    out.push(line('M-190 -340C-160 -348 -130 -348 -102 -336', '#d6bb92', 5, 'opacity=".8"'));
  }
  // bill
  const billC = white ? '#f0a23a' : '#b57a3a';
  out.push(path('M-188 -334C-222 -336 -252 -326 -266 -310C-252 -300 -222 -302 -190 -308Z', billC));
  out.push(
    path(
      'M-190 -318C-220 -316 -246 -312 -264 -308C-248 -300 -220 -302 -190 -308Z',
      white ? '#d8862a' : '#8d5a2a',
    ),
  );
  out.push(circle(-254, -318, 3, '#3a2a1a'));
  out.push(circle(-150, -330, 8, '#1c1712') + circle(-152, -332, 2.5, '#ffffff'));
  return out.join('');
}

export function egg(
  x: number,
  y: number,
  rot = 0,
  s = 1,
  { fill = '#d6e6da', shade = '#b4cdbd', light = '#eef6ef' } = {},
) {
  return g(
    tr(x, y, rot, s),
    cut('M0 -60C30 -60 44 -20 44 10C44 42 24 60 0 60C-24 60 -44 42 -44 10C-44 -20 -30 -60 0 -60Z', {
      base: fill,
      shade,
      light,
      s: [12, 10],
      h: [8, 6],
    }),
  );
}

// ---------------------------------------------------------------- goose (white Chinese goose with bill knob)
export function goose() {
  const base = '#fbf8f0';
  const shade = '#dbd3c3';
  const out = [];
  out.push(line('M-30 -10L-40 50M40 -10L48 50', '#e98a2a', 12));
  out.push(webFoot(-40, 56, '#ef9a34'), webFoot(48, 56, '#ef9a34'));
  const body =
    'M-120 -200C-186 -176 -206 -100 -172 -56C-140 -12 -60 0 40 0C150 0 226 -30 266 -80C290 -110 308 -140 318 -166C286 -168 254 -176 222 -188C140 -226 -40 -232 -120 -200Z';
  out.push(cut(body, { base, shade, light: '#ffffff', s: [0, 30], h: [0, -12] }));
  out.push(
    cut(
      'M-90 -180C0 -214 140 -206 250 -170C210 -110 100 -80 -10 -90C-70 -100 -106 -140 -90 -180Z',
      {
        base: '#f4efe4',
        shade: '#d8cfbd',
        s: [0, 14],
        inner: line(
          'M-20 -150C60 -164 150 -166 230 -168M0 -120C80 -130 150 -140 210 -146M40 -96C100 -104 150 -114 190 -124',
          '#d2c8b4',
          4,
        ),
      },
    ),
  );
  // long neck
  const neck =
    'M-176 -130C-196 -210 -206 -290 -196 -350C-188 -410 -150 -446 -116 -444C-80 -442 -66 -408 -84 -378C-104 -340 -112 -270 -88 -196Z';
  out.push(cut(neck, { base, shade, light: '#ffffff', s: [12, 0], h: [-6, 0] }));
  // bill with knob
  out.push(
    path('M-160 -428C-200 -428 -232 -416 -250 -400C-232 -390 -198 -394 -162 -402Z', '#ef9a34'),
  );
  out.push(
    path('M-164 -410C-196 -408 -226 -404 -248 -400C-230 -390 -198 -394 -162 -402Z', '#d47c22'),
  );
  out.push(circle(-158, -438, 20, '#e3882a') + circle(-162, -442, 8, '#f2ae5a'));
  out.push(circle(-122, -424, 8, '#1c1712') + circle(-124, -426, 2.5, '#ffffff'));
  return out.join('');
}

// ---------------------------------------------------------------- chickens
const HEN_BODY =
  'M-130 -200C-192 -188 -212 -120 -182 -78C-150 -30 -80 -10 0 -10C84 -10 136 -44 156 -94C170 -132 186 -170 200 -220C170 -222 150 -210 132 -196C90 -236 -60 -230 -130 -200Z';
const NECK =
  'M-156 -184C-186 -236 -194 -300 -172 -342C-152 -382 -96 -384 -80 -350C-62 -316 -72 -262 -40 -212Z';

function comb(big = true) {
  return big
    ? path(
        'M-172 -366L-172 -398L-156 -384L-148 -418L-132 -392L-118 -420L-106 -390L-92 -404L-96 -368Z',
        '#c8352a',
      )
    : path('M-168 -368L-164 -388L-150 -378L-140 -396L-128 -378L-116 -388L-112 -366Z', '#c8352a');
}

function chickenHead({ big = true, beak = '#e2b33c' } = {}) {
  return [
    comb(big),
    path('M-168 -340C-178 -314 -160 -298 -148 -316Z', '#c8352a'),
    big ? path('M-150 -336C-156 -312 -140 -300 -130 -318Z', '#b02c22') : '',
    path('M-170 -360L-202 -350L-170 -338Z', beak),
    circle(-146, -356, 7, '#1c1712') + circle(-148, -358, 2.2, '#ffffff'),
    ellipse(-138, -340, 9, 7, '#d7574a', 'opacity=".8"'),
  ].join('');
}

const chickenLegs = (col = '#e0b43a') =>
  line('M-40 -14L-46 74M20 -14L26 74', col, 9) +
  line('M-46 74L-86 84M-46 74L-56 88M-46 74L-20 84M26 74L-14 84M26 74L16 88M26 74L52 84', col, 6);

// Barred (reed-flower) rooster.
export function barredRooster() {
  const bars = pattern(
    `<rect width="16" height="15" fill="#e9e7e0"/><path d="M0 0H16V6C12 8.5 4 8.5 0 6Z" fill="#50555a"/>`,
    16,
    15,
    'rotate(-12)',
  );
  const barsT = pattern(
    `<rect width="16" height="15" fill="#e9e7e0"/><path d="M0 0H16V6.5C12 9 4 9 0 6.5Z" fill="#50555a"/>`,
    16,
    15,
    'rotate(60)',
  );
  const out = [bars.def, barsT.def];
  out.push(chickenLegs());
  // sickle tail feathers
  const feathers = [
    'M120 -190C130 -320 250 -380 330 -330C260 -330 190 -290 160 -180Z',
    'M130 -180C170 -290 280 -320 340 -250C280 -270 210 -250 170 -160Z',
    'M130 -160C190 -240 290 -240 320 -170C270 -200 210 -190 160 -140Z',
    'M120 -200C110 -300 170 -380 240 -390C190 -350 160 -290 160 -200Z',
  ];
  for (const fd of feathers) out.push(cut(fd, { base: barsT.url, shade: '#3a3e42', s: [0, 8] }));
  out.push(
    cut(HEN_BODY, {
      base: bars.url,
      shade: '#3a3e42',
      s: [0, 26],
      inner: `<path d="${HEN_BODY}" fill="#1f2226" opacity=".14" transform="translate(0 44)"/>`,
    }),
  );
  out.push(
    cut(
      'M-100 -176C-20 -206 80 -196 150 -160C110 -110 30 -90 -50 -100C-90 -110 -110 -140 -100 -176Z',
      {
        base: bars.url,
        shade: '#3a3e42',
        s: [0, 12],
        inner: line(
          'M-40 -150C20 -160 80 -160 140 -156M-20 -124C40 -132 90 -134 130 -134',
          '#2a2d31',
          4,
          'opacity=".5"',
        ),
      },
    ),
  );
  out.push(cut(NECK, { base: bars.url, shade: '#3a3e42', s: [10, 0] }));
  out.push(chickenHead({ big: true }));
  return out.join('');
}

// Small free-range hen (ginger-brown).
export function hen({
  base = '#b8692f',
  shade = '#8a4a20',
  light = '#d08a4a',
  neck = '#c98a3e',
  tail = '#5a3018',
} = {}) {
  const out = [];
  out.push(chickenLegs('#d9a43a'));
  out.push(
    cut('M120 -190C130 -250 170 -300 220 -300C200 -260 190 -220 170 -170Z', {
      base: tail,
      shade: '#3c1f0f',
      s: [0, 8],
    }),
  );
  out.push(
    cut('M110 -180C150 -240 200 -260 240 -240C210 -220 190 -190 160 -150Z', {
      base: '#6b3a1c',
      shade: '#3c1f0f',
      s: [0, 8],
    }),
  );
  out.push(cut(HEN_BODY, { base, shade, light, s: [0, 26], h: [0, -12] }));
  out.push(
    cut(
      'M-100 -176C-20 -206 80 -196 150 -160C110 -110 30 -90 -50 -100C-90 -110 -110 -140 -100 -176Z',
      {
        base: '#9a5526',
        shade: '#72391a',
        s: [0, 12],
        inner: line(
          'M-40 -150C20 -160 80 -160 140 -156M-20 -124C40 -132 90 -134 130 -134',
          '#6b3416',
          4,
          'opacity=".6"',
        ),
      },
    ),
  );
  const HEN_NECK =
    'M-184 -128C-204 -200 -198 -300 -172 -342C-152 -382 -96 -384 -80 -350C-66 -320 -62 -262 -6 -196C-40 -168 -110 -140 -184 -128Z';
  let hackle = '';
  for (let i = 0; i < 12; i++)
    hackle += `M${-170 + i * 12} ${-320 + i * 6}q${-4} 50 ${6 + i * 3} ${90 + i * 2}`;
  out.push(
    cut(HEN_NECK, {
      base: neck,
      shade: '#a0612a',
      s: [12, 0],
      inner: line(hackle, '#e3ad5c', 4, 'opacity=".75"'),
    }),
  );
  let tips = '';
  for (let i = 0; i < 8; i++) tips += `M${-184 + i * 22} ${-130 - i * 9}l8 30l12 -34`;
  out.push(`<path d="${tips}" fill="${neck}"/>`);
  out.push(chickenHead({ big: false }));
  return out.join('');
}

export function chick(
  x: number,
  y: number,
  s = 1,
  { body = '#f2cf5a', shade = '#d9ad38' } = {},
): string {
  return g(
    tr(x, y, 0, s),
    line('M-10 30L-12 52M12 30L14 52', '#d9903a', 5),
    cut('M-50 -10C-50 -50 -10 -60 30 -46C70 -30 74 20 50 34C20 50 -40 44 -50 -10Z', {
      base: body,
      shade,
      s: [0, 10],
    }),
    circle(-40, -58, 30, body),
    path('M-68 -60L-84 -54L-68 -48Z', '#e0892f'),
    circle(-48, -64, 4, '#1c1712'),
    path('M0 -30C20 -36 40 -26 46 -10C30 -6 10 -12 0 -30Z', shade),
  );
}
