import { describe, expect, it } from 'vitest';
import { regionalBrandSchema } from './regional-brands';
import { cover, messagesOf, schemaContext, webSource } from './test-helpers';

// The schema context's image is a plain string schema, as Astro's content layer passes a transform.
const schema = regionalBrandSchema(schemaContext);

const fact = {
  label: { zh: '发布时间', en: 'Launched' },
  value: { zh: '2019年', en: '2019' },
  date: 2019,
  source: webSource,
  confidence: 'A',
};
const valid = {
  name: { zh: '济宁礼飨', en: 'Jining Lixiang' },
  summary: { zh: '济宁市的区域公用品牌。', en: "Jining's regional public brand." },
  level: 'city',
  facts: [fact],
  cover,
};

const messages = (data: unknown) => messagesOf(schema, data);

describe('regionalBrandSchema', () => {
  it('accepts a city brand and fills in the defaults', () => {
    const brand = schema.parse(valid);
    expect(brand.level).toBe('city');
    expect(brand.county).toBeUndefined();
    expect(brand.facts[0]?.date).toBe('2019');
    expect(brand.childEnterprises).toEqual([]);
    expect(brand.childGis).toEqual([]);
    expect(brand.sample).toBe(false);
  });

  it('accepts a county brand with its county and child GIs', () => {
    const brand = schema.parse({
      ...valid,
      level: 'county',
      county: 'jinxiang',
      countySource: webSource,
      countyConfidence: 'B',
      childGis: ['jinxiang-dasuan'],
    });
    expect(brand.county).toEqual({ collection: 'counties', id: 'jinxiang' });
    expect(brand.childGis).toEqual([{ collection: 'gis', id: 'jinxiang-dasuan' }]);
  });

  it('rejects a county brand whose county has no source', () => {
    expect(messages({ ...valid, level: 'county', county: 'jinxiang' })).toEqual([
      'countySource: a county needs countySource (the page that names it) and countyConfidence (A or B)',
    ]);
  });

  it('rejects a brand with no facts', () => {
    expect(messages({ ...valid, facts: [] })).toEqual(['facts: needs at least 1 item(s)']);
  });

  it('rejects a fact without a source', () => {
    const { source: _source, ...unsourced } = fact;
    expect(messages({ ...valid, facts: [unsourced] })).toEqual([
      'facts.0.source: is missing: add this field (a group of fields)',
    ]);
  });

  it('rejects a fact with a confidence outside A and B', () => {
    expect(messages({ ...valid, facts: [{ ...fact, confidence: 'C' }] })).toEqual([
      'facts.0.confidence: must be one of "A", "B"; found text "C"',
    ]);
  });

  it('rejects a level outside the vocabulary', () => {
    expect(messages({ ...valid, level: 'province' })).toEqual([
      'level: must be one of "city", "county"; found text "province"',
    ]);
  });

  it('rejects child GIs given as numbers', () => {
    expect(messages({ ...valid, childGis: [1] })).toEqual([
      'childGis.0: must be the id of one entry in gis, written as text',
    ]);
  });

  it('rejects a cover without English alt text', () => {
    expect(messages({ ...valid, cover: { ...cover, alt: { zh: cover.alt.zh } } })).toEqual([
      'cover.alt.en: is missing: add this field (text)',
    ]);
  });
});
