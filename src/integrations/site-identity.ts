/**
 * A production build (BH_SITE set) lists the government-site identifiers that src/site.config.ts
 * leaves empty, so the operator knows what the footer still lacks. It warns, never fails: an
 * identifier is issued by an authority, and the site may go live before it arrives.
 */
import type { AstroIntegration } from 'astro';
import { SITE } from '../site.config';
import { missingIdentifiers } from '../lib/site-identity';

export default function siteIdentityCheck(): AstroIntegration {
  return {
    name: 'bh-site-identity',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!process.env['BH_SITE']) return;
        const missing = missingIdentifiers(SITE);
        if (missing.length === 0) logger.info('every site identifier is configured');
        else
          logger.warn(
            `src/site.config.ts does not set: ${missing.join(', ')}. The footer leaves them out until they are filled in.`,
          );
      },
    },
  };
}
