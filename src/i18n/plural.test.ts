import { describe, expect, it } from 'vitest';
import { pluralKey } from './plural';

const strings = {
  'n.results': '{count} results',
  'n.results.one': '{count} result',
  'n.other': 'x',
};

describe('pluralKey', () => {
  it('takes the .one form where the language says one', () => {
    expect(pluralKey(strings, 'n.results', 1, 'en')).toBe('n.results.one');
    expect(pluralKey(strings, 'n.results', 2, 'en')).toBe('n.results');
    expect(pluralKey(strings, 'n.results', 0, 'en')).toBe('n.results');
  });

  it('never in Chinese, and not without a count or a .one form', () => {
    expect(pluralKey(strings, 'n.results', 1, 'zh-CN')).toBe('n.results');
    expect(pluralKey(strings, 'n.results', undefined, 'en')).toBe('n.results');
    expect(pluralKey(strings, 'n.other', 1, 'en')).toBe('n.other');
  });
});
