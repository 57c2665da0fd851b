/**
 * `npm run kiosk`: a hall screen. Serves the built site (dist/, or BH_DIST) on 127.0.0.1 — a
 * secure context, so the offline service worker runs — and opens Chromium in kiosk mode on the
 * attract loop. It first checks that the machine has Chromium and a Chinese font, and stops with
 * the install command when one is missing. When Chromium exits (or on
 * Ctrl+C) the server stops; a hall machine restarts the script from its session manager.
 *
 * Environment: PORT (default 4321), BH_KIOSK_LANG=en for the English attract loop,
 * BH_CHROMIUM (default /usr/bin/chromium), BH_KIOSK_PROFILE (Chromium's profile folder, kept
 * between starts so the offline copy survives a reboot; default ~/.local/share/bh-kiosk).
 */
import { spawn, spawnSync } from 'node:child_process';
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

/** What a hall machine lacks, each with the command that installs it; empty when ready. */
function missingSystemPackages(chromiumPath: string): string[] {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) {
    missing.push(
      `No Chromium at ${chromiumPath}. Install it with \`sudo apt-get install -y chromium\` ` +
        '(or set BH_CHROMIUM to a Chromium or Chrome binary).',
    );
  }
  // Without a Chinese font every Chinese character is an empty box.
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.error) {
    missing.push(
      'fc-list is missing, so the Chinese font cannot be checked. Install it with ' +
        '`sudo apt-get install -y fontconfig fonts-noto-cjk`.',
    );
  } else if (fonts.stdout.trim() === '') {
    missing.push(
      'No Chinese font (`fc-list :lang=zh` finds none). Install one with ' +
        '`sudo apt-get install -y fonts-noto-cjk`.',
    );
  }
  return missing;
}

const missing = missingSystemPackages(chromium);
if (missing.length > 0) {
  console.error(`This machine cannot run a hall screen yet:\n- ${missing.join('\n- ')}`);
  console.error(
    'All at once: `sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk fontconfig`',
  );
  process.exit(1);
}

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

mkdirSync(profile, { recursive: true });
const browser = spawn(chromium, [...KIOSK_FLAGS, `--user-data-dir=${profile}`, url], {
  stdio: 'inherit',
});
browser.on('exit', (code) => {
  console.log(`Chromium exited (${code ?? 'signal'}); stopping the server.`);
  void stop(code ?? 0);
});
