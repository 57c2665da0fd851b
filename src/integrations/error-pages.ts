/**
 * Puts each language's 404 page where hosts look for it: Astro writes only src/pages/404.astro
 * as 404.html and the English one (src/pages/en/404.astro) as en/404/index.html, so this moves it
 * to en/404.html. The static server, nginx (docs/deploy.md) and the kiosk's offline copy answer a
 * missing address under /en/ with it. Runs first after the build, before anything reads pages.
 */
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/locales.ts';

export default function errorPages(): AstroIntegration {
  return {
    name: 'bh-error-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const { pathPrefix } of Object.values(LOCALES)) {
          if (!pathPrefix) continue;
          const folder = join(site, pathPrefix, '404');
          if (!existsSync(join(folder, 'index.html'))) {
            throw new Error(
              `No 404 page for /${pathPrefix}/: add src/pages/${pathPrefix}/404.astro ` +
                '(<NotFoundPage />)',
            );
          }
          await rename(join(folder, 'index.html'), join(site, pathPrefix, '404.html'));
          await rmdir(folder);
        }
      },
    },
  };
}
