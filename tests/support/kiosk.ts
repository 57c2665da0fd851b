/** Measurements of kiosk pages shared by the kiosk tests. */
import type { Page } from 'playwright-core';

/** Controls smaller than the kiosk's 80 CSS px (20 mm on the hall's smallest screen). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, select, input:not([type="checkbox"]), label:has(input[type="checkbox"])',
    );
    return (
      [...controls]
        .filter((el) => el.checkVisibility() && !el.matches('.skip-link'))
        // Links inside sentences (a record's prose, an exhibition's story) are exempt (WCAG
        // 2.5.8); the county map repeats a county list.
        .filter((el) => !el.closest('.prose p, .prose li, .story > p, svg'))
        .map((el) => {
          // A card's title link covers the whole card with its ::after: the card is the target.
          const stretched = getComputedStyle(el, '::after').position === 'absolute';
          const box = ((stretched && el.offsetParent) || el).getBoundingClientRect();
          const name = (el.textContent || el.getAttribute('aria-label') || el.tagName).trim();
          return { name: name.slice(0, 30), width: box.width, height: box.height };
        })
        .filter(({ width, height }) => width > 0 && (width < min || height < min))
        .map(({ name, width, height }) => `${name}: ${Math.round(width)}×${Math.round(height)}`)
    );
  }, 80);
}

/**
 * Controls and text of the page that the dock or the on-screen keyboard cover at the current
 * scroll position: anything visible whose box meets theirs (their own keys and buttons aside).
 */
export async function coveredByOverlays(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overlays = [
      ...document.querySelectorAll<HTMLElement>('bh-kiosk .dock, bh-keyboard:not([hidden]) .panel'),
    ]
      .filter((el) => el.checkVisibility())
      .map((el) => el.getBoundingClientRect());
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const things = document.querySelectorAll<HTMLElement>(
      'main a[href], main button, main input, main select, main :is(h1, h2, h3, p, li, dt, dd), footer :is(a, p)',
    );
    return [...things]
      .filter((el) => el.checkVisibility() && !el.closest('bh-kiosk, bh-keyboard'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const onScreen = box.bottom > 0 && box.top < innerHeight && box.width > 0;
        return onScreen && overlays.some((overlay) => meets(box, overlay));
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 24)}"`);
  });
}

/** Keys of the on-screen keyboard that something else covers (a tap would miss them). */
export async function hiddenKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('bh-keyboard button')]
      .filter((key) => {
        const box = key.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return !hit || !key.contains(hit);
      })
      .map((key) => key.dataset['key'] ?? key.dataset['action'] ?? '?'),
  );
}
