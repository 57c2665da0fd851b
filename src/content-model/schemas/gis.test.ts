import { describe, expect, it } from 'vitest';
import { giSchema } from './gis';
import { cover, messagesOf, policySource, schemaContext, webSource } from './test-helpers';

// The schema context's image is a plain string schema, as Astro's content layer passes a transform.
const schema = giSchema(schemaContext);

// A trimmed-down content/gis/yutai-dami/facts.yaml.
const registration = {
  regime: 'protected-product',
  date: '2009-03',
  source: webSource,
  confidence: 'A',
};
const valid = {
  name: { zh: '鱼台大米', en: 'Yutai Rice' },
  summary: { zh: '鱼台县出产的大米。', en: 'Rice from Yutai County.' },
  county: 'yutai',
  countySource: webSource,
  countyConfidence: 'A',
  category: 'grain',
  registrations: [registration],
  cover,
};
const honour = { kind: 'well-known-mark', year: 2012, source: policySource, confidence: 'B' };

const messages = (data: unknown) => messagesOf(schema, data);

describe('giSchema', () => {
  it('accepts a GI and fills in the defaults', () => {
    const gi = schema.parse(valid);
    expect(gi.county).toEqual({ collection: 'counties', id: 'yutai' });
    expect(gi.industry).toBeUndefined();
    expect(gi.registrations[0]?.date).toBe('2009-03');
    expect(gi.cover.src).toBe('./cover.png');
    expect(gi.cover.illustration).toBe(false);
    expect(gi.honours).toEqual([]);
    expect(gi.facts).toEqual([]);
    expect(gi.gallery).toEqual([]);
    expect(gi.featured).toBe(false);
    expect(gi.sample).toBe(false);
  });

  it('turns a registration date YAML read as a Date back to text', () => {
    const gi = schema.parse({
      ...valid,
      registrations: [{ ...registration, date: new Date('2009-03-20') }],
    });
    expect(gi.registrations[0]?.date).toBe('2009-03-20');
  });

  it('accepts an honour of kind "other" with its own title', () => {
    const other = {
      ...honour,
      kind: 'other',
      title: { zh: '山东名牌', en: 'Shandong Famous Brand' },
    };
    expect(schema.parse({ ...valid, honours: [other] }).honours[0]?.title?.en).toBe(
      'Shandong Famous Brand',
    );
  });

  it('names a missing county', () => {
    const { county: _county, ...rest } = valid;
    expect(messages(rest)).toEqual(['county: is missing: add the id of an entry in counties']);
  });

  it('rejects a county without the source that names it and its confidence', () => {
    const { countySource: _source, countyConfidence: _confidence, ...rest } = valid;
    expect(messages(rest)).toEqual([
      'countySource: is missing: add this field (a group of fields)',
      'countyConfidence: is missing: add one of "A", "B"',
    ]);
  });

  it('rejects a county given as a list', () => {
    expect(messages({ ...valid, county: ['yutai'] })).toEqual([
      'county: must be the id of one entry in counties, written as text',
    ]);
  });

  it('rejects an industry given as a number', () => {
    expect(messages({ ...valid, industry: 3 })).toEqual([
      'industry: must be the id of one entry in industries, written as text',
    ]);
  });

  it('rejects a category outside the vocabulary', () => {
    expect(messages({ ...valid, category: 'rice' })).toEqual([
      'category: must be one of "grain", "vegetable", "fruit", "aquatic", "poultry", "livestock", "fungi", "processed-food", "craft", "plant-material"; found text "rice"',
    ]);
  });

  it('rejects a registration without a source or confidence', () => {
    expect(messages({ ...valid, registrations: [{ regime: 'protected-product' }] })).toEqual([
      'registrations.0.source: is missing: add this field (a group of fields)',
      'registrations.0.confidence: is missing: add one of "A", "B"',
    ]);
  });

  it('rejects a registration date with slashes', () => {
    expect(messages({ ...valid, registrations: [{ ...registration, date: '2009/03' }] })).toEqual([
      'registrations.0.date: must be a date written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2009-03)',
    ]);
  });

  it('rejects a registration number with spaces or Chinese characters', () => {
    const numbered = { ...registration, registrationNumber: '第 123 号' };
    expect(messages({ ...valid, registrations: [numbered] })).toEqual([
      'registrations.0.registrationNumber: must be the number as printed, digits and letters only',
    ]);
  });

  it('rejects a protected area without a source or confidence', () => {
    const text = { zh: '鱼台县全境', en: 'All of Yutai County' };
    expect(messages({ ...valid, protectedArea: { text } })).toEqual([
      'protectedArea.source: is missing: add this field (a group of fields)',
      'protectedArea.confidence: is missing: add one of "A", "B"',
    ]);
  });

  it('rejects an honour of kind "other" without a title', () => {
    expect(messages({ ...valid, honours: [{ ...honour, kind: 'other' }] })).toEqual([
      'honours.0.title: an honour of kind "other" needs a title in zh and en',
    ]);
  });

  it('rejects a fact whose source has neither url nor document', () => {
    const fact = {
      label: { zh: '获批时间', en: 'Approved' },
      value: { zh: '2009年3月', en: 'March 2009' },
      source: { publisher: '新华社' },
      confidence: 'A',
    };
    expect(messages({ ...valid, facts: [fact] })).toEqual([
      'facts.0.source: needs a url or a document, so a reader can find the source',
    ]);
  });

  it('rejects a cover without English alt text', () => {
    expect(messages({ ...valid, cover: { ...cover, alt: { zh: cover.alt.zh } } })).toEqual([
      'cover.alt.en: is missing: add this field (text)',
    ]);
  });

  it('rejects a cover without a licence', () => {
    const { licence: _licence, ...unlicensed } = cover;
    expect(messages({ ...valid, cover: unlicensed })).toEqual([
      'cover.licence: is missing: add this field (text)',
    ]);
  });

  it('names a misspelt field', () => {
    const season = { zh: '秋季', en: 'Autumn' };
    expect(messages({ ...valid, seasons: season })).toEqual([
      ': unknown field "seasons": remove it or correct its spelling',
    ]);
  });

  it('accepts a holder on a registration and an EU protection with its source', () => {
    const gi = schema.parse({
      ...valid,
      registrations: [
        { ...registration, holder: { zh: '微山县渔业协会', en: 'Fisheries association' } },
      ],
      internationalProtection: [{ jurisdiction: 'eu', source: webSource, confidence: 'A' }],
    });
    expect(gi.registrations[0]?.holder?.zh).toBe('微山县渔业协会');
    expect(gi.internationalProtection[0]?.jurisdiction).toBe('eu');
    expect(schema.parse(valid).internationalProtection).toEqual([]);
  });

  it('rejects an international protection without a confidence', () => {
    expect(
      messages({ ...valid, internationalProtection: [{ jurisdiction: 'eu', source: webSource }] }),
    ).toEqual(['internationalProtection.0.confidence: is missing: add one of "A", "B"']);
  });

  it('rejects an international protection outside the vocabulary', () => {
    const [message] = messages({
      ...valid,
      internationalProtection: [{ jurisdiction: 'us', source: webSource, confidence: 'A' }],
    });
    expect(message).toMatch(/^internationalProtection\.0\.jurisdiction: must be one of "eu"/);
  });

  it('accepts a source on an archived e-paper addressed by IP, not a host without a domain', () => {
    const at = (url: string) => ({
      ...valid,
      registrations: [{ ...registration, source: { url } }],
    });
    const ip = 'http://123.232.116.197/dzrb/content/20240401/Articel09006MT.htm';
    expect(schema.parse(at(ip)).registrations[0]?.source.url).toBe(ip);
    expect(messages(at('http://archive/page.htm'))).toEqual([
      'registrations.0.source.url: must be a full web address starting with https:// or http://; found text "http://archive/page.htm"',
    ]);
  });
});
