import { describe, expect, it } from 'vitest';
import { leavesSite, qrId, qrPath } from './qr-id';

describe('qrId', () => {
  it('is eight hex digits, stable for an address', () => {
    expect(qrId('https://example.com/a')).toMatch(/^[0-9a-f]{8}$/);
    expect(qrId('https://example.com/a')).toBe(qrId('https://example.com/a'));
  });

  it('names an address as the browser writes it', () => {
    // A link's href in the browser is the parsed URL: host lower-cased, a path slash added.
    expect(qrId('HTTP://Example.com')).toBe(qrId('http://example.com/'));
    expect(qrPath('mailto:a@b.cn')).toBe(`/qr/${qrId('mailto:a@b.cn')}.svg`);
  });

  it('tells different addresses apart', () => {
    expect(qrId('https://example.com/a')).not.toBe(qrId('https://example.com/b'));
  });
});

describe('leavesSite', () => {
  const origin = 'http://127.0.0.1:4321';
  it('is true for other sites, e-mail and telephone', () => {
    expect(leavesSite(new URL('https://www.jining.gov.cn/'), origin)).toBe(true);
    expect(leavesSite(new URL('mailto:a@b.cn'), origin)).toBe(true);
    expect(leavesSite(new URL('tel:+865370000000'), origin)).toBe(true);
  });
  it('is false for the site itself', () => {
    expect(leavesSite(new URL('/gi/x/', origin), origin)).toBe(false);
  });
});
