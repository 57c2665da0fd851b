import { describe, expect, it } from 'vitest';
import { countySchema } from './counties';
import { messagesOf } from './test-helpers';

const valid = {
  id: 'jinxiang',
  name: { zh: '金乡县', en: 'Jinxiang County' },
  kind: 'county',
  code: '370828',
  geoFeatureId: '370828',
  source: { document: '济政字〔2018〕88号' },
};

const messages = (data: unknown) => messagesOf(countySchema, data);

describe('countySchema', () => {
  it('accepts a county with a code', () => {
    const county = countySchema.parse(valid);
    expect(county.name.zh).toBe('金乡县');
    expect(county.kind).toBe('county');
    expect(county.code).toBe('370828');
  });

  it('accepts a zone without a code, and turns a YAML date in its source back to text', () => {
    const zone = countySchema.parse({
      id: 'jining-gaoxinqu',
      name: { zh: '济宁高新区', en: 'Jining High-tech Zone' },
      kind: 'zone',
      source: { ...valid.source, date: new Date('2018-09-10') },
    });
    expect(zone.code).toBeUndefined();
    expect(zone.geoFeatureId).toBeUndefined();
    expect(zone.source.date).toBe('2018-09-10');
  });

  it('names a missing English name', () => {
    expect(messages({ ...valid, name: { zh: '金乡县' } })).toEqual([
      'name.en: is missing: add this field (text)',
    ]);
  });

  it('rejects an id that is not a slug', () => {
    expect(messages({ ...valid, id: 'Jinxiang County' })).toEqual([
      'id: must be lower-case letters, digits and hyphens (pinyin), e.g. jinxiang-dasuan',
    ]);
  });

  it('rejects a kind outside the vocabulary', () => {
    expect(messages({ ...valid, kind: 'prefecture' })).toEqual([
      'kind: must be one of "district", "county", "county-city", "zone"; found text "prefecture"',
    ]);
  });

  it('rejects a code that is not six digits', () => {
    expect(messages({ ...valid, code: '37082' })).toEqual([
      'code: must be the six-digit division code, e.g. 370828',
    ]);
  });

  it('rejects a code written without quotes, which YAML reads as a number', () => {
    expect(messages({ ...valid, code: 370828 })).toEqual([
      "code: has the wrong type: expected text, found the number 370828. Write it in quotes: '370828'",
    ]);
  });

  it('names a misspelt field', () => {
    const { geoFeatureId, ...rest } = valid;
    expect(messages({ ...rest, geoFeatureID: geoFeatureId })).toEqual([
      ': unknown field "geoFeatureID": remove it or correct its spelling',
    ]);
  });

  it('rejects a source with neither url nor document', () => {
    expect(messages({ ...valid, source: { publisher: '济宁市人民政府' } })).toEqual([
      'source: needs a url or a document, so a reader can find the source',
    ]);
  });

  it('rejects a source url that is not a full web address', () => {
    expect(messages({ ...valid, source: { url: 'www.jining.gov.cn' } })).toEqual([
      'source.url: must be a full web address starting with https:// or http://; found text "www.jining.gov.cn"',
    ]);
  });

  it('rejects a source date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(messages({ ...valid, source: { ...valid.source, date: '2018.09.10' } })).toEqual([
      'source.date: must be a date written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2009-03)',
    ]);
  });

  it('rejects a source address that is not a web page', () => {
    expect(messages({ ...valid, source: { url: 'javascript:alert(1)' } })).toEqual([
      'source.url: must be a full web address starting with https:// or http://; found text "javascript:alert(1)"',
    ]);
  });

  it('rejects a date that is not in the calendar', () => {
    expect(messages({ ...valid, source: { ...valid.source, date: '2023-02-31' } })).toEqual([
      'source.date: is not a date in the calendar: check the month and day',
    ]);
  });
});
