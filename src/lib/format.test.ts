import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate } from './format';

describe('formatPartialDate', () => {
  it('writes a year, a month or a day in Chinese', () => {
    expect(formatPartialDate('2009', 'zh')).toBe('2009年');
    expect(formatPartialDate('2009-03', 'zh')).toBe('2009年3月');
    expect(formatPartialDate('2018-09-10', 'zh')).toBe('2018年9月10日');
  });
  it('writes them in English', () => {
    expect(formatPartialDate('2009', 'en')).toBe('2009');
    expect(formatPartialDate('2009-03', 'en')).toBe('March 2009');
    expect(formatPartialDate('2018-09-10', 'en')).toBe('10 September 2018');
  });
});

describe('formatNumber', () => {
  it('groups thousands', () => {
    expect(formatNumber(60000, 'en')).toBe('60,000');
    expect(formatNumber(1000000, 'zh')).toBe('1,000,000');
  });
});
