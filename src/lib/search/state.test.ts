import { describe, expect, it } from 'vitest';
import { thumbnailPath, sortOrderPath } from './contract';
import {
  hasQuery,
  noFilters,
  pagefindFilters,
  readState,
  resultOrder,
  searchTerm,
  sortResults,
  stateSearch,
} from './state';

const url = (search: string) => new URL(`https://brands.example/search/${search}`);

describe('readState and stateSearch', () => {
  it('reads the query, repeated filters and the sort from the URL', () => {
    const state = readState(
      url('?q=金乡&county=金乡县&county=鱼台县&regime=地理标志证明商标&sort=name'),
    );
    expect(state).toEqual({
      q: '金乡',
      filters: { ...noFilters(), county: ['金乡县', '鱼台县'], regime: ['地理标志证明商标'] },
      sort: 'name',
    });
  });

  it('falls back to relevance for an unknown sort and ignores unknown parameters', () => {
    expect(readState(url('?sort=price&colour=red'))).toEqual({
      q: '',
      filters: noFilters(),
      sort: 'relevance',
    });
  });

  it('writes the facets in their order and leaves the default sort out', () => {
    const state = readState(url('?regime=b&kind=a&sort=relevance&q=x'));
    expect(stateSearch(state)).toBe('?q=x&kind=a&regime=b');
    expect(stateSearch(readState(url('')))).toBe('');
    expect(stateSearch({ ...state, sort: 'year' })).toBe('?q=x&kind=a&regime=b&sort=year');
  });
});

describe('searchTerm and hasQuery', () => {
  it('drops words of one Latin letter or digit but keeps one Chinese character', () => {
    expect(searchTerm('  wenshang m ')).toBe('wenshang');
    expect(searchTerm('金 7')).toBe('金');
  });

  it('counts a ticked filter as a query, a lone letter not', () => {
    expect(hasQuery(readState(url('?q=m')))).toBe(false);
    expect(hasQuery(readState(url('?q=m&kind=地理标志')))).toBe(true);
  });
});

describe('pagefindFilters', () => {
  it('passes ticked facets as "any", leaving out one facet when asked', () => {
    const filters = { ...noFilters(), kind: ['地理标志'], county: ['金乡县', '鱼台县'] };
    expect(pagefindFilters(filters)).toEqual({
      kind: { any: ['地理标志'] },
      county: { any: ['金乡县', '鱼台县'] },
    });
    expect(pagefindFilters(filters, 'county')).toEqual({ kind: { any: ['地理标志'] } });
  });
});

describe('resultOrder and sortResults', () => {
  const order = { prefix: 'zh-cn_', ids: ['b', 'a', 'c'], years: [2010, 0, 2020] };
  const results = ['zh-cn_a', 'zh-cn_x', 'zh-cn_c', 'zh-cn_b'].map((id) => ({ id }));

  it('sorts by name without a term, by relevance with one unless asked', () => {
    expect(resultOrder(readState(url('?kind=a')))).toBe('name');
    expect(resultOrder(readState(url('?q=金乡')))).toBeUndefined();
    expect(resultOrder(readState(url('?q=金乡&sort=year')))).toBe('year');
  });

  it('puts results in name order, unknown ids last', () => {
    expect(sortResults(results, order, 'name').map((r) => r.id)).toEqual([
      'zh-cn_b',
      'zh-cn_a',
      'zh-cn_c',
      'zh-cn_x',
    ]);
  });

  it('puts the newest year first and unknown years last, then by name', () => {
    expect(sortResults(results, order, 'year').map((r) => r.id)).toEqual([
      'zh-cn_c',
      'zh-cn_b',
      'zh-cn_a',
      'zh-cn_x',
    ]);
  });
});

describe('the addresses the build and the browser share', () => {
  it('gives both languages of a page one thumbnail', () => {
    expect(thumbnailPath('/gi/jinxiang-dasuan/')).toBe('/search-thumbs/gi/jinxiang-dasuan.webp');
    expect(thumbnailPath('/en/gi/jinxiang-dasuan/')).toBe('/search-thumbs/gi/jinxiang-dasuan.webp');
  });

  it('names the sort orders by the index language in lower case', () => {
    expect(sortOrderPath('zh-CN')).toBe('/search-sort/zh-cn.json');
  });
});
