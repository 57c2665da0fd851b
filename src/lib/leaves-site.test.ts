import { describe, expect, it } from 'vitest';
import { leavesSite } from './leaves-site';

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
