import { describe, expect, it } from 'vitest';
import { onePerPicture, shownPictures, slotWidth } from './hall-pictures';

const HALL = { width: 1920, height: 1080 };
const TOTEM = { width: 1080, height: 1920 };

/** A cover as Astro writes it: AVIF and WebP at four widths. */
function cover(hash: string, sizes: string): string {
  const set = (format: string) =>
    [480, 960, 1600, 1920]
      .map((w) => `/_astro/cover.${hash}_w${w}${format}.${format} ${w}w`)
      .join(', ');
  return (
    `<picture><source srcset="${set('avif')}" type="image/avif" sizes="${sizes}">` +
    `<img src="/_astro/cover.${hash}_w1920webp.webp" srcset="${set('webp')}" sizes="${sizes}" alt="" width="1920" height="1080"></picture>`
  );
}

describe('slotWidth', () => {
  it('takes the first size whose media condition holds, in px, rem or vw', () => {
    const sizes = '(min-width: 75rem) 24rem, (min-width: 40rem) 45vw, 92vw';
    expect(slotWidth(sizes, HALL, 'p')).toBe(384);
    expect(slotWidth(sizes, TOTEM, 'p')).toBe(486);
    expect(slotWidth(sizes, { width: 390, height: 844 }, 'p')).toBeCloseTo(358.8);
    expect(slotWidth(undefined, HALL, 'p')).toBe(1920);
  });

  it('names the page and the value it cannot read', () => {
    expect(() =>
      slotWidth('(min-width: 40rem) calc(100vw - 2rem)', HALL, 'gi/x/index.html'),
    ).toThrow(/gi\/x\/index\.html: the length "calc\(100vw - 2rem\)"/);
    expect(() => slotWidth('(hover: hover) 50vw, 100vw', HALL, 'a.html')).toThrow(
      /media feature "hover"/,
    );
  });
});

describe('shownPictures', () => {
  it('chooses the AVIF source and the narrowest width that fills the slot', () => {
    const [card] = shownPictures(cover('Ab_1', '(min-width: 75rem) 24rem, 92vw'), HALL, 'p');
    expect(card).toMatchObject({ chosen: '/_astro/cover.Ab_1_w480avif.avif', width: 480 });
    expect(card!.variants).toHaveLength(8);
    const [hero] = shownPictures(cover('Ab_1', '(min-width: 78rem) 78rem, 100vw'), HALL, 'p');
    expect(hero).toMatchObject({ chosen: '/_astro/cover.Ab_1_w1600avif.avif', width: 1600 });
    const [wide] = shownPictures(cover('Ab_1', '100vw'), { width: 3840, height: 2160 }, 'p');
    expect(wide).toMatchObject({ chosen: '/_astro/cover.Ab_1_w1920avif.avif', width: 1920 });
  });

  it('skips a source of a type Chromium does not decode, and one whose media does not match', () => {
    const html =
      '<picture><source srcset="/_astro/a.X_1.jxl 960w" type="image/jxl">' +
      '<source media="(orientation: portrait)" srcset="/_astro/a.X_2.avif 960w">' +
      '<img src="/_astro/a.X_3.webp" alt=""></picture><img src="/favicon.svg" alt="">';
    expect(shownPictures(html, HALL, 'p').map((picture) => picture.chosen)).toEqual([
      '/_astro/a.X_3.webp',
      '/favicon.svg',
    ]);
    expect(shownPictures(html, TOTEM, 'p')[0]!.chosen).toBe('/_astro/a.X_2.avif');
  });
});

describe('onePerPicture', () => {
  it('keeps the widest variant a page loads of each picture, and pictures of no variant family', () => {
    const pages = [
      cover('Ab_1', '(min-width: 75rem) 24rem, 92vw'),
      cover('Ab_1', '(min-width: 78rem) 78rem, 100vw'),
      cover('Cd_2', '(min-width: 75rem) 24rem, 92vw'),
      '<img src="/favicon.svg" alt="">',
    ];
    const pictures = pages.flatMap((html, i) =>
      shownPictures(html, HALL, `${i}.html`).map((picture) => ({ where: `${i}.html`, picture })),
    );
    expect(onePerPicture(pictures)).toEqual([
      '/_astro/cover.Ab_1_w1600avif.avif',
      '/_astro/cover.Cd_2_w480avif.avif',
      '/favicon.svg',
    ]);
  });

  it('fails when the files of one picture do not share a name, naming the page', () => {
    const html =
      '<picture><source srcset="/_astro/a.X_1.avif 960w" type="image/avif">' +
      '<img src="/_astro/b.Y_2.webp" alt=""></picture>';
    const pictures = shownPictures(html, HALL, 'gi/x/index.html').map((picture) => ({
      where: 'gi/x/index.html',
      picture,
    }));
    expect(() => onePerPicture(pictures)).toThrow(/gi\/x\/index\.html: the files of one picture/);
  });
});
