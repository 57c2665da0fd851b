/**
 * The site's security policy, in one place: astro.config.mjs puts the page policy into every
 * page's <meta> (with the hashes of that page's scripts and styles, computed at build), and the
 * local server (scripts/static-server.ts) and docs/deploy.md send the same headers.
 */

/** Directives of the page policy besides script-src and style-src, which Astro writes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // QR codes and small inline pictures are data: URLs.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src besides the build's hashes: Pagefind's search runs as WebAssembly, which CSP counts as eval. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The Content-Security-Policy header of every response. Browsers enforce a header and a <meta>
 * policy together (both must allow a script), so the header holds only what holds for every page
 * and what a <meta> cannot say (frame-ancestors); the per-page hashes stay in the page.
 */
export const CSP_HEADER = [
  ...CSP_DIRECTIVES.filter((directive) => !directive.startsWith('default-src')),
  "frame-ancestors 'self'",
].join('; ');

/** Headers of every response of the site, on the local server and on a real host. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
