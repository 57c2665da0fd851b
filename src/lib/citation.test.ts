import { describe, expect, it } from 'vitest';
import { apa7Text, apaDate, gbt7714 } from './citation';

const zhPage = {
  author: '济宁商标品牌数字展厅',
  authorEn: 'Jining Digital Brand Exhibition Hall',
  title: '金乡大蒜',
  titleEn: 'Jinxiang Garlic',
  locale: 'zh' as const,
  updated: '2026-11-30',
  accessed: '2026-12-03',
  url: 'https://brands.jining.example/gi/jinxiang-dasuan/',
};

describe('gbt7714', () => {
  it('writes 责任者. 题名[EB/OL]. (更新日期)[引用日期]. URL.', () => {
    expect(gbt7714(zhPage)).toBe(
      '济宁商标品牌数字展厅. 金乡大蒜[EB/OL]. (2026-11-30)[2026-12-03]. https://brands.jining.example/gi/jinxiang-dasuan/.',
    );
  });
  it('leaves the update date out when it is not known', () => {
    expect(gbt7714({ ...zhPage, updated: undefined })).toBe(
      '济宁商标品牌数字展厅. 金乡大蒜[EB/OL]. [2026-12-03]. https://brands.jining.example/gi/jinxiang-dasuan/.',
    );
  });
});

describe('apa7', () => {
  it('cites an English page by its site, date, title and retrieval date', () => {
    const page = {
      ...zhPage,
      author: 'Jining Digital Brand Exhibition Hall',
      title: 'Jinxiang Garlic',
      locale: 'en' as const,
      url: 'https://brands.jining.example/en/gi/jinxiang-dasuan/',
    };
    expect(apa7Text(page)).toBe(
      'Jining Digital Brand Exhibition Hall. (2026, November 30). Jinxiang Garlic. Retrieved December 3, 2026, from https://brands.jining.example/en/gi/jinxiang-dasuan/',
    );
  });
  it('adds English translations in square brackets for a Chinese page', () => {
    expect(apa7Text(zhPage)).toBe(
      '济宁商标品牌数字展厅 [Jining Digital Brand Exhibition Hall]. (2026, November 30). 金乡大蒜 [Jinxiang Garlic]. Retrieved December 3, 2026, from https://brands.jining.example/gi/jinxiang-dasuan/',
    );
  });
  it('says n.d. when the page has no date, and rejects a malformed one', () => {
    expect(apaDate(undefined)).toBe('n.d.');
    expect(() => apaDate('2026-12')).toThrow(/YYYY-MM-DD/);
  });
});
