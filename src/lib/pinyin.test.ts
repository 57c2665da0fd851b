import { describe, expect, it } from 'vitest';
import { hanTails, toPinyinKeys } from './pinyin';

describe('toPinyinKeys', () => {
  it('gives the full pinyin, the initials and every tail of a name', () => {
    const keys = toPinyinKeys('金乡大蒜');
    expect(keys.syllables).toEqual(['jin', 'xiang', 'da', 'suan']);
    expect(keys.full).toBe('jinxiangdasuan');
    expect(keys.initials).toBe('jxds');
    expect(keys.keys.split(' ')).toEqual([
      'jinxiangdasuan',
      'xiangdasuan',
      'dasuan',
      'suan',
      'jxds',
    ]);
  });

  it('reads polyphones in context', () => {
    expect(toPinyinKeys('嘉祥细毛长山药').full).toBe('jiaxiangximaochangshanyao');
  });

  it('writes ü as v, as keyboards type it, and also as u', () => {
    const keys = toPinyinKeys('泗水绿豆').keys.split(' ');
    expect(keys).toContain('sishuilvdou');
    expect(keys).toContain('lvdou');
    expect(keys).toContain('sishuiludou');
    expect(keys).toContain('ssld');
  });

  it('keeps Latin words and digits whole and drops punctuation', () => {
    const keys = toPinyinKeys('阳谷（ABC）1号');
    expect(keys.syllables).toEqual(['yang', 'gu', 'abc', '1', 'hao']);
    expect(keys.initials).toBe('yga1h');
  });

  it('gives no initials for a one-syllable name and nothing for an empty one', () => {
    expect(toPinyinKeys('蒜').keys).toBe('suan');
    expect(toPinyinKeys('')).toEqual({ syllables: [], full: '', initials: '', keys: '' });
  });
});

describe('hanTails', () => {
  it('lists every tail of a Chinese name, so a fragment matches as a word start', () => {
    expect(hanTails('金乡大蒜')).toBe('金乡大蒜 乡大蒜 大蒜 蒜');
  });
});
