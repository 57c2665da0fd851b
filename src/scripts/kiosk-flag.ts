/**
 * Whether this page runs on a hall screen. <html data-kiosk> is set before first paint
 * (KioskHead.astro); code that navigates or keeps history asks here instead of the kiosk
 * patching browser globals behind its back.
 */
export function inKiosk(): boolean {
  return document.documentElement.hasAttribute('data-kiosk');
}
