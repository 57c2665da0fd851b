/**
 * Kiosk mode's settings: the one place to change how the hall's touch screens behave.
 *
 * Tests, the soak script and staff can shorten the timings on one screen without a new build:
 * open `/kiosk/?idle=5&countdown=3` (seconds). The values are kept in sessionStorage
 * (`bh:kiosk-idle`, `bh:kiosk-countdown`) until the browser closes; `/kiosk/?idle=` (empty) goes
 * back to the values below.
 */
export const KIOSK = {
  /** Seconds without a touch before the "still there?" countdown appears (DESIGN: 60–90 s). */
  idleSeconds: 75,
  /** Seconds the countdown shows before the screen resets to the attract loop. */
  countdownSeconds: 15,
  /** Seconds each featured brand stays on the attract loop. */
  slideSeconds: 9,
  /** Brands shown on the attract loop (featured first, then others with a cover). */
  slides: 8,
  /** Minutes between checks for a new build while the attract loop shows. */
  updateCheckMinutes: 10,
  /** Whether a hall screen reads pages aloud (headphones or speakers at the stand). */
  speaks: false,
  /** Seconds a missing page (404) shows before it goes to the hall entrance. */
  notFoundSeconds: 6,
  /**
   * The hall's screen in CSS px. The offline copy keeps, of each picture, the variant a screen
   * of this size loads (src/integrations/hall-pictures.ts); a screen of another shape still shows
   * every picture offline, from that variant. A hall of 4K screens at 100 % sets 3840×2160.
   */
  screen: { width: 1920, height: 1080 },
} as const;

/** Storage keys of kiosk mode (prefix `bh:`). */
export const KIOSK_KEYS = {
  /** localStorage: the attract loop's address when kiosk mode is on ("/kiosk/" or "/en/kiosk/"). */
  flag: 'bh:kiosk',
  /** sessionStorage: idle seconds set by `?idle=` on the attract loop. */
  idle: 'bh:kiosk-idle',
  /** sessionStorage: countdown seconds set by `?countdown=` on the attract loop. */
  countdown: 'bh:kiosk-countdown',
  /** sessionStorage: the pages of the current visit, for the Back button. */
  trail: 'bh:kiosk-trail',
} as const;
