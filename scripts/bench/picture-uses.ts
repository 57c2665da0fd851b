/**
 * Which picture variants the built pages ask for, and which ones browsers pick: for every use of
 * a picture (its template and `sizes`), the formats and widths in its srcsets, and for a set of
 * screens the width a browser takes (the smallest candidate at least slot × device pixel ratio,
 * as browsers choose from a `w` srcset).
 *
 *   node scripts/bench/picture-uses.ts [--site dist]
 *
 * A width no screen picks is a variant the build makes for nothing.
 */
import { parseArgs } from 'node:util';
import { loadSite } from '../site-checks/site.ts';

/** Screens: phones, tablets, desktops and the hall's screens (CSS px, device pixel ratio). */
export const SCREENS = [
  { name: 'phone 360 @3', width: 360, dpr: 3 },
  { name: 'phone 412 @2.6', width: 412, dpr: 2.625 },
  { name: 'tablet 768 @2', width: 768, dpr: 2 },
  { name: 'laptop 1280 @1', width: 1280, dpr: 1 },
  { name: 'laptop 1440 @2', width: 1440, dpr: 2 },
  { name: 'hall 1080×1920 @1', width: 1080, dpr: 1 },
  { name: 'hall 1920×1080 @1', width: 1920, dpr: 1 },
  { name: 'hall 3840×2160 @1', width: 3840, dpr: 1 },
] as const;

const REM = 16;

/** The slot width in CSS px that a `sizes` attribute gives at a viewport width. */
export function slotWidth(sizes: string, viewport: number): number {
  const length = (text: string) => {
    const match = /^([\d.]+)(rem|px|vw)$/.exec(text.trim());
    if (!match) throw new Error(`unknown length "${text}" in sizes="${sizes}"`);
    const value = Number(match[1]);
    return match[2] === 'rem' ? value * REM : match[2] === 'vw' ? (value * viewport) / 100 : value;
  };
  for (const part of sizes.split(',')) {
    const condition = /^\s*\(min-width:\s*([\d.]+(?:rem|px))\)\s*(.+)$/.exec(part);
    if (!condition) return length(part);
    if (viewport >= length(condition[1] ?? '0px')) return length(condition[2] ?? '');
  }
  return viewport;
}

/** The candidate a browser takes for `needed` device pixels from `w` widths. */
export function pickWidth(widths: number[], needed: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted.find((width) => width >= needed) ?? sorted[sorted.length - 1] ?? 0;
}

const widthsOf = (srcset: string) =>
  srcset
    .split(',')
    .map((candidate) => /\s(\d+)w$/.exec(candidate.trim())?.[1])
    .filter((w): w is string => w !== undefined)
    .map(Number);

interface Use {
  template: string;
  sizes: string;
  formats: Map<string, number[]>;
  pictures: number;
}

export function pictureUses(siteDir: string): Use[] {
  const site = loadSite(siteDir);
  const uses = new Map<string, Use>();
  for (const page of site.pages) {
    for (const picture of page.root.querySelectorAll('picture')) {
      const img = picture.querySelector('img');
      const sizes = img?.getAttribute('sizes') ?? '(none)';
      const key = `${page.template.replace(/^\[\.\.\.lang\]\/?/, '/')}|${sizes}`;
      const use = uses.get(key) ?? {
        template: page.template,
        sizes,
        formats: new Map<string, number[]>(),
        pictures: 0,
      };
      use.pictures += 1;
      for (const source of picture.querySelectorAll('source')) {
        const type = source.getAttribute('type') ?? '?';
        use.formats.set(type, widthsOf(source.getAttribute('srcset') ?? ''));
      }
      const src = img?.getAttribute('src') ?? '';
      const fallback = `${/\.(\w+)$/.exec(src)?.[1] ?? '?'} (img)`;
      use.formats.set(fallback, widthsOf(img?.getAttribute('srcset') ?? ''));
      uses.set(key, use);
    }
  }
  return [...uses.values()].sort((a, b) => a.template.localeCompare(b.template));
}

export function usesTable(uses: Use[]): string {
  const head = `| template | sizes | pictures | formats: widths | ${SCREENS.map((s) => s.name).join(' | ')} |`;
  const rule = `|---|---|---:|---|${SCREENS.map(() => '---:|').join('')}`;
  const rows = uses.map((use) => {
    const first = [...use.formats.values()][0] ?? [];
    const picks = SCREENS.map((screen) =>
      pickWidth(first, slotWidth(use.sizes, screen.width) * screen.dpr),
    );
    const formats = [...use.formats.entries()]
      .map(([type, widths]) => `${type.replace('image/', '')}: ${widths.join('/')}`)
      .join('; ');
    return `| ${use.template} | \`${use.sizes}\` | ${use.pictures} | ${formats} | ${picks.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  console.log(usesTable(pictureUses(values.site)));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
