// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pageList from './src/integrations/built-site';
import errorPages from './src/integrations/error-pages';
import siteIdentityCheck from './src/integrations/site-identity';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES } from './src/i18n/locales';
import { buildCacheDir, contentDir } from './src/content-model/content-dir';
import { ENCODER_SETTINGS } from './src/lib/picture-variants';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './src/lib/security-headers';

// The public address of the site. Set BH_SITE when deploying; the default is a placeholder.
const site = process.env.BH_SITE ?? 'https://brands.jining.example';

export default defineConfig({
  site,
  cacheDir: buildCacheDir(),
  trailingSlash: 'always',
  // Four pages at a time: one alone leaves the main thread waiting on files half the time
  // (a CPU profile of 1,000 entries); the output is the same (docs/benchmarks.md).
  build: { concurrency: 4 },
  // Astro's cache names a variant without the encoder settings: after changing them, delete
  // the cache folder (`cacheDir/assets`), or old variants stay.
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { ...ENCODER_SETTINGS } },
  },
  // Content-Security-Policy of every page: only the site's own origin. Astro hashes every script
  // and style it bundles; a script written into the page as it is adds its own hash
  // (src/components/layout/InlineScript.astro), so no list of hashes is kept here.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
      // `style` attributes (a slide's duration, a bar's width) are markup, not injected code.
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: LOCALE_CODES,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      // Kiosk pages are for the hall's screens, not for search engines.
      filter: (page) => !new URL(page).pathname.includes('/kiosk/'),
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALE_CODES.map((code) => [code, LOCALES[code].lang])),
      },
    }),
    // First after the build: each 404 page where hosts look for it before anything reads them.
    errorPages(),
    siteIdentityCheck(),
    // Last: the list of the pages and their templates (dist.pages.json), written only when every
    // step before it succeeded. The search index and the kiosk's service worker are made from it
    // after Astro has exited (scripts/build.ts), which then marks the list finished.
    pageList(),
  ],
  vite: {
    // Content may live outside the project (tests, benchmarks): let Vite read it.
    server: { fs: { allow: ['.', contentDir()] } },
  },
});
