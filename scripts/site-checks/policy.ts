/**
 * Every page carries its Content-Security-Policy, and the policy allows each inline script the
 * page runs by its hash. Astro hashes the scripts it bundles; a script written into the page as
 * it is gets its hash from src/components/layout/InlineScript.astro. A new inline script written
 * another way would be blocked by the browser: this names the page and the script.
 * JSON-LD and other data blocks never run and need no hash.
 */
import { createHash } from 'node:crypto';
import type { Problem, Site } from './site.ts';

const CHECK = 'policy';
const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/** True for a script the browser runs: no type, a module, or a JavaScript type. */
function runs(attributes: string): boolean {
  const type = /\stype="?([^"\s>]+)/.exec(attributes)?.[1];
  return !type || type === 'module' || /javascript|ecmascript/.test(type);
}

/** The CSP source expression of a script's text: `'sha256-…'`. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The hashes of the inline scripts in `html` that a browser would run. */
export function runningInlineScripts(html: string): { body: string; hash: string }[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '']) => runs(attributes))
    .map(([, , body = '']) => ({ body, hash: scriptHash(body) }));
}

export function checkPolicy(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const report = (message: string) => problems.push({ check: CHECK, page: page.path, message });
    if (page.root.querySelector('meta[http-equiv="refresh"]')) continue; // a redirect, not a page
    const policy = META.exec(page.html)?.[1];
    if (policy === undefined) {
      report('has no Content-Security-Policy <meta>: is security.csp on in astro.config.mjs?');
      continue;
    }
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    for (const { body, hash } of runningInlineScripts(page.html)) {
      if (scriptSrc.includes(hash)) continue;
      const start = body.trim().slice(0, 60).replace(/\s+/g, ' ');
      report(
        `runs an inline script its policy does not allow ("${start}…"): write it with InlineScript.astro, which adds its hash`,
      );
    }
  }
  return problems;
}
