import { describe, expect, it } from 'vitest';
import { checkUiStrings, useTranslations } from './ui';
import zh from './ui/zh';

describe('UI strings', () => {
  it('fills in parameters and uses the singular where there is one', () => {
    const t = useTranslations('en');
    expect(t('collection.count', { count: 3 })).toBe('3 entries');
    expect(t('collection.count', { count: 1 })).toBe('1 entry');
    expect(useTranslations('zh')('collection.count', { count: 1 })).toBe('1 项');
  });

  it('rejects a language that lacks a key, naming the key', () => {
    const { 'nav.home': _, ...incomplete } = zh;
    expect(() => checkUiStrings('en', incomplete)).toThrow(
      'src/i18n/ui/en.ts: translation missing for "nav.home"',
    );
  });

  it('rejects an empty translation', () => {
    expect(() => checkUiStrings('en', { ...zh, 'nav.home': '' })).toThrow(
      'translation empty for "nav.home"',
    );
  });
});
