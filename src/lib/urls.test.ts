import { describe, expect, it } from 'vitest';
import { entryPath, localePath, stripLocale, switchLocale } from './urls';

describe('urls', () => {
  it('puts Chinese at the root and English under /en/', () => {
    expect(localePath('zh')).toBe('/');
    expect(localePath('en')).toBe('/en/');
    expect(localePath('zh', '/gi/')).toBe('/gi/');
    expect(entryPath('en', 'gis', 'jinxiang-dasuan')).toBe('/en/gi/jinxiang-dasuan/');
  });
  it('switches a page to the same page in the other language', () => {
    expect(switchLocale('/gi/jinxiang-dasuan/', 'en')).toBe('/en/gi/jinxiang-dasuan/');
    expect(switchLocale('/en/gi/jinxiang-dasuan/', 'zh')).toBe('/gi/jinxiang-dasuan/');
    expect(switchLocale('/en/', 'zh')).toBe('/');
  });
  it('does not mistake a path that merely starts with "en" for English', () => {
    expect(stripLocale('/enterprises/ruyi/')).toBe('enterprises/ruyi');
  });
});
