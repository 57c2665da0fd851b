import { describe, expect, it } from 'vitest';
import { newsSchema } from './news';
import { messagesOf, policySource } from './test-helpers';

// YAML reads an unquoted 2018-09-10 as a Date.
const valid = {
  date: new Date('2018-09-10'),
  title: {
    zh: '济宁市印发商标品牌发展战略实施意见',
    en: 'Jining issues its trademark-brand strategy',
  },
  summary: { zh: '市政府印发实施意见。', en: 'The city government issued its guidance.' },
  source: policySource,
  confidence: 'A',
};

const messages = (data: unknown) => messagesOf(newsSchema, data);

describe('newsSchema', () => {
  it('accepts a news item, with its date as text and empty lists by default', () => {
    const news = newsSchema.parse(valid);
    expect(news.date).toBe('2018-09-10');
    expect(news.enterprises).toEqual([]);
    expect(news.gis).toEqual([]);
    expect(news.regionalBrands).toEqual([]);
    expect(news.sample).toBe(false);
  });

  it('accepts a year alone, which YAML reads as a number', () => {
    expect(newsSchema.parse({ ...valid, date: 2018 }).date).toBe('2018');
  });

  it('names a missing date', () => {
    const { date: _date, ...rest } = valid;
    expect(messages(rest)).toEqual(['date: is missing: add this field (text)']);
  });

  it('rejects a date written with slashes', () => {
    expect(messages({ ...valid, date: '2018/09/10' })).toEqual([
      'date: must be a date written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2009-03)',
    ]);
  });

  it('rejects related GIs given as text instead of a list', () => {
    expect(messages({ ...valid, gis: 'jinxiang-dasuan' })).toEqual([
      'gis: has the wrong type: expected a list, found text "jinxiang-dasuan"',
    ]);
  });

  it('rejects a related enterprise given as a number', () => {
    expect(messages({ ...valid, enterprises: [42] })).toEqual([
      'enterprises.0: must be the id of one entry in enterprises, written as text',
    ]);
  });

  it('rejects a source with neither url nor document', () => {
    expect(messages({ ...valid, source: { publisher: policySource.publisher } })).toEqual([
      'source: needs a url or a document, so a reader can find the source',
    ]);
  });

  it('rejects a news item without a confidence', () => {
    const { confidence: _confidence, ...rest } = valid;
    expect(messages(rest)).toEqual(['confidence: is missing: add one of "A", "B"']);
  });

  it('names a misspelt field', () => {
    expect(messages({ ...valid, regionalBrand: ['jining-lixiang'] })).toEqual([
      ': unknown field "regionalBrand": remove it or correct its spelling',
    ]);
  });
});
