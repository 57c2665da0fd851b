/**
 * `npm run kiosk`: a hall screen. Serves the built site (dist/, or BH_DIST) on 127.0.0.1 — a
 * secure context, so the offline service worker runs — and opens Chromium in kiosk mode on the
 * attract loop. Without Chromium it serves and prints the address. When Chromium exits (or on
 * Ctrl+C) the server stops; a hall machine restarts the script from its session manager.
 *
 * Environment: PORT (default 4321), BH_KIOSK_LANG=en for the English attract loop,
 * BH_CHROMIUM (default /usr/bin/chromium), BH_KIOSK_PROFILE (Chromium's profile folder, kept
 * between starts so the offline copy survives a reboot; default ~/.local/share/bh-kiosk).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from './static-server.ts';

/** The Chromium flags of a hall screen; README.md lists them with their reasons. */
export const KIOSK_FLAGS = [
  '--kiosk',
  '--touch-events=enabled',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--noerrdialogs',
  '--disable-session-crashed-bubble',
  '--disable-infobars',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-translate',
  '--disable-features=Translate,TouchpadOverscrollHistoryNavigation',
  '--check-for-update-interval=31536000',
  '--autoplay-policy=no-user-gesture-required',
];

const port = Number(process.env['PORT'] ?? 4321);
const chromium = process.env['BH_CHROMIUM'] ?? '/usr/bin/chromium';
const profile = process.env['BH_KIOSK_PROFILE'] ?? join(homedir(), '.local/share/bh-kiosk');
const lang = process.env['BH_KIOSK_LANG'] === 'en' ? '/en' : '';

const site = await startStaticServer(process.env['BH_DIST'] ?? 'dist', port);
const url = site.url(`${lang}/kiosk/`);
console.log(`Serving the hall at ${site.origin}/ — kiosk mode: ${url}`);
console.log(`Staff: ${site.url(`${lang}/kiosk/exit/`)} turns kiosk mode off on a screen.`);

const stop = async (code = 0) => {
  await site.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

if (existsSync(chromium)) {
  mkdirSync(profile, { recursive: true });
  const browser = spawn(chromium, [...KIOSK_FLAGS, `--user-data-dir=${profile}`, url], {
    stdio: 'inherit',
  });
  browser.on('exit', (code) => {
    console.log(`Chromium exited (${code ?? 'signal'}); stopping the server.`);
    void stop(code ?? 0);
  });
} else {
  console.log(`No Chromium at ${chromium}: open ${url} in a browser (or set BH_CHROMIUM).`);
}
