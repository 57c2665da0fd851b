/**
 * Builds the Pagefind search index from the finished site. Any error Pagefind reports fails the
 * build, and the Pagefind service is always closed, so a failed build never hangs.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Stops the build with Pagefind's own messages when a step reported errors. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(
      `Pagefind ${step} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`,
    );
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'bh-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          assertNoErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          assertNoErrors('indexing', added.errors);
          if (added.page_count === 0) {
            throw new Error('Pagefind indexed no pages: detail pages need data-pagefind-body');
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          assertNoErrors('writeFiles', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`indexed ${added.page_count} pages in ${seconds} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
