// Enterprise covers: a neutral pattern made from the brand's name, nothing more. No source says
// what most of these firms make, so a cover never draws a product or a sector (issue 14): each
// character of the name becomes one ring of the disc, its segments set by the bits of its code.
import { scene, g, tr, path, circle, f } from './lib.ts';

/** The name of each entry, as in content/enterprises/<id>/facts.yaml (name.zh). */
const NAMES: Record<string, string> = {
  chenxin: '辰欣',
  dafengwang: '大丰王',
  huaqin: '华勤',
  jintaiyang: '金太阳',
  jncarbon: 'JNCARBON',
  kongfujia: '孔府家',
  linghua: '菱花',
  lisheng: '利生',
  ruyi: '如意',
  shengyang: '圣阳',
  'weishanhu-jiuye': '微山湖酒业',
  'xinxin-jiuye': '心心酒业',
  yankuang: '兖矿',
  yutang: '玉堂',
};

// Muted ink colours of the series; the name picks one, so neighbours differ.
const INKS = ['#2f5552', '#5b4a6b', '#7a4e32', '#3f5f7a', '#6b6a3a', '#8a3f3a'];

function hash(text: string): number {
  let h = 2166136261;
  // A character from a string's iterator always has a code point.
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

// An arc segment of a ring, from angle a0 to a1 (degrees), radii r0..r1, centred on 0,0.
function segment(r0: number, r1: number, a0: number, a1: number): string {
  const p = (r: number, a: number) => [
    f(r * Math.cos((a * Math.PI) / 180)),
    f(r * Math.sin((a * Math.PI) / 180)),
  ];
  const [x0, y0] = p(r1, a0);
  const [x1, y1] = p(r1, a1);
  const [x2, y2] = p(r0, a1);
  const [x3, y3] = p(r0, a0);
  const large = a1 - a0 > 180 ? 1 : 0;
  return `M${x0} ${y0}A${r1} ${r1} 0 ${large} 1 ${x1} ${y1}L${x2} ${y2}A${r0} ${r0} 0 ${large} 0 ${x3} ${y3}Z`;
}

export function nameRings(name: string): string {
  const chars = [...name].slice(0, 8);
  const ink = INKS[hash(name) % INKS.length];
  const inner = 90;
  const width = (330 - inner) / chars.length;
  let s = circle(0, 0, inner + chars.length * width + 26, '#f4efe4');
  chars.forEach((ch, ring) => {
    const code = ch.codePointAt(0)!;
    const r0 = inner + ring * width + 6;
    const r1 = r0 + width - 10;
    const start = (hash(name + ring) % 360) - 90;
    for (let bit = 0; bit < 16; bit++) {
      const on = (code >> bit) & 1;
      const a0 = start + bit * 22.5 + 1.5;
      s += path(segment(r0, r1, a0, a0 + 19.5), ink, `opacity="${on ? 0.9 : 0.14}"`);
    }
  });
  s += circle(0, 0, inner - 18, ink, 'opacity=".9"') + circle(0, 0, inner - 50, '#f4efe4');
  return s;
}

export const enterprises = Object.fromEntries(
  Object.entries(NAMES).map(([id, name]) => [
    id,
    () =>
      scene({
        theme: 'enterprise',
        reeds: false,
        ground: false,
        disc: { fill: '#dfe5e2', cy: 540, r: 430 },
        body: g(tr(960, 540), nameRings(name)),
      }),
  ]),
);
