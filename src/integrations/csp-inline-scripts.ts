/**
 * Completes each page's Content-Security-Policy with the hashes of its `is:inline` scripts.
 * Astro's `security.csp` hashes the scripts and styles it bundles, but an `is:inline` script is
 * written into the page as it is, unhashed, and the policy would block it. After the build this
 * reads every page (built-site.ts), hashes each inline script that runs (JSON-LD and other data blocks do not)
 * and adds the hashes to the page's <meta> policy, so a new inline script needs no list anywhere.
 * Runs right after errorPages() (astro.config.mjs), before Pagefind and the service worker
 * read the pages.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from './built-site.ts';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
/** Scripts of these types are data, never run, and need no hash. */
const RUNS = (attributes: string) => {
  const type = /\stype="?([^"\s>]+)/.exec(attributes)?.[1];
  return !type || type === 'module' || /javascript|ecmascript/.test(type);
};

/** The page with every running inline script's hash in its policy's script-src. */
export function withInlineScriptHashes(html: string, file: string): string {
  const meta = META.exec(html);
  if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>; is security.csp on?`);
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (!RUNS(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  const policy = meta[2]!;
  const missing = [...hashes].filter((hash) => !policy.includes(hash));
  if (missing.length === 0) return html;
  const completed = policy.replace(/script-src ([^;]*)/, `script-src $1 ${missing.join(' ')}`);
  return html.replace(META, `$1${completed}$3`);
}

export default function cspInlineScripts(): AstroIntegration {
  return {
    name: 'bh-csp-inline-scripts',
    hooks: {
      'astro:build:done': async (done) => {
        const site = fileURLToPath(done.dir);
        const pages = builtPages(done).map((page) => page.file);
        let changed = 0;
        // A few pages at a time: a large site has more pages than a process may have open.
        for (let start = 0; start < pages.length; start += 32) {
          await Promise.all(
            pages.slice(start, start + 32).map(async (file) => {
              const path = join(site, file);
              const html = await readFile(path, 'utf8');
              const completed = withInlineScriptHashes(html, file);
              if (completed === html) return;
              await writeFile(path, completed);
              changed += 1;
            }),
          );
        }
        done.logger.info(
          `inline script hashes added to the policy of ${changed} of ${pages.length} pages`,
        );
      },
    },
  };
}
