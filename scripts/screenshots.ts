/**
 * Screenshots of the built site for a visual review: every page given, at phone, desktop and
 * kiosk sizes (landscape and portrait). Usage: node scripts/screenshots.ts [--out DIR] [--sizes phone,desktop,kiosk] PATH...
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from './static-server.ts';

const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
  kiosk: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: '/tmp/bh-screenshots' },
    sizes: { type: 'string', default: 'phone,desktop,kiosk' },
    full: { type: 'boolean', default: false },
  },
});

const site = await startStaticServer();
const browser = await launchChromium();
mkdirSync(values.out, { recursive: true });
try {
  for (const size of values.sizes.split(',') as (keyof typeof SIZES)[]) {
    const page = await browser.newPage({ viewport: SIZES[size] });
    for (const path of positionals.length ? positionals : ['/']) {
      await page.goto(site.url(path), { waitUntil: 'networkidle' });
      const name = `${size}${path.replaceAll('/', '_') || '_'}.png`;
      await page.screenshot({ path: `${values.out}/${name}`, fullPage: values.full });
      console.log(`${values.out}/${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.stop();
}
