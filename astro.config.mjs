// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES } from './src/i18n/locales';
import { contentDir } from './src/lib/content-dir';

// The public address of the site. Set BH_SITE when deploying; the default is a placeholder.
const site = process.env.BH_SITE ?? 'https://brands.jining.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: LOCALE_CODES,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALE_CODES.map((code) => [code, LOCALES[code].lang])),
      },
    }),
    pagefindIndex(),
  ],
  vite: {
    // Content may live outside the project (tests, benchmarks): let Vite read it.
    server: { fs: { allow: ['.', contentDir()] } },
  },
});
