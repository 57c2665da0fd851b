import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withInlineScriptHashes } from './csp-inline-scripts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-old='; style-src 'self';"></head><body>${body}</body></html>`;

describe('withInlineScriptHashes', () => {
  it("adds each running inline script's hash to script-src, once", () => {
    const html = withInlineScriptHashes(
      page('<script>a()</script><script type="module">b()</script><script>a()</script>'),
      'x.html',
    );
    const policy = /content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toContain(`script-src 'self' 'sha256-old=' ${hash('a()')} ${hash('b()')};`);
    expect(policy.split(hash('a()'))).toHaveLength(2);
    expect(policy).toContain("style-src 'self';");
  });

  it('leaves data blocks and external scripts alone', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"Thing"}</script><script src="/a.js"></script>',
    );
    expect(withInlineScriptHashes(html, 'x.html')).toBe(html);
  });

  it('fails, naming the page, when the page has no policy', () => {
    expect(() => withInlineScriptHashes('<script>a()</script>', 'gi/x/index.html')).toThrow(
      'gi/x/index.html: no Content-Security-Policy <meta>',
    );
  });
});
