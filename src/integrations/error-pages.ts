/**
 * Puts each language's 404 page where hosts look for it: Astro writes only src/pages/404.astro
 * as 404.html and the others (src/pages/[...lang]/404.astro) as en/404/index.html, so this moves
 * them to en/404.html (the places: NOT_FOUND_MOVES in built-site.ts, which the later steps read the
 * pages by). The static server, nginx (docs/deploy.md) and the kiosk's offline copy answer a
 * missing address under /en/ with it. Runs first after the build, before anything reads pages.
 */
import { rename, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NOT_FOUND_MOVES, writtenFiles } from './built-site.ts';

export default function errorPages(): AstroIntegration {
  return {
    name: 'bh-error-pages',
    hooks: {
      'astro:build:done': async (done) => {
        const site = fileURLToPath(done.dir);
        const written = new Set(writtenFiles(done).map(({ file }) => file));
        for (const { pathPrefix, from, to } of NOT_FOUND_MOVES) {
          if (!written.has(from)) {
            throw new Error(
              `No 404 page for /${pathPrefix}/: give src/pages/[...lang]/404.astro a path for it ` +
                '(<NotFoundPage />)',
            );
          }
          await rename(join(site, from), join(site, to));
          await rmdir(join(site, dirname(from)));
        }
      },
    },
  };
}
