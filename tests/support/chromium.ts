/**
 * The system Chromium for browser tests and scripts. Browser downloads do not work on the
 * machines this site is built on, so tests drive Debian's `chromium` through playwright-core.
 * When it is missing, tests fail with the command that installs it; they never skip.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { KIOSK } from '../../src/kiosk.config.ts';

export const CHROMIUM_PATH = process.env.BH_CHROMIUM ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying to reach Google's services.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The screen shapes halls buy, in CSS px at 100 % scaling (a 4K screen run without scaling is
 * 3840 CSS px wide): landscape 16:9, portrait totems, and the older 1366×768 and 5:4 screens.
 */
export const HALL_SCREENS = [
  '1920x1080',
  '3840x2160',
  '1080x1920',
  '2160x3840',
  '1366x768',
  '1280x1024',
] as const;

/** Browser context options for a hall screen given as `WxH`. */
export function hallScreen(shape: string) {
  const [width, height] = shape.split('x').map(Number);
  if (!width || !height) throw new Error(`a screen is WIDTHxHEIGHT, e.g. 1080x1920; got ${shape}`);
  return { viewport: { width, height }, hasTouch: true };
}

/** The hall's screen (KIOSK.screen, whose pictures the offline copy keeps), as most kiosk tests
 * and scripts open it, with touch. */
export const HALL_SCREEN = hallScreen(`${KIOSK.screen.width}x${KIOSK.screen.height}`);

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Browser tests need it: install it with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or set BH_CHROMIUM to the path of a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
