import { describe, expect, it } from 'vitest';
import { enterpriseSchema } from './enterprises';
import { cover, messagesOf, policySource, schemaContext } from './test-helpers';

// The schema context's image is a plain string schema, as Astro's content layer passes a transform.
const schema = enterpriseSchema(schemaContext);

const trademark = { mark: '太阳', registrationNumber: '1234567', niceClasses: [16] };
const valid = {
  name: { zh: '太阳纸业', en: 'Sun Paper' },
  summary: { zh: '兖州的造纸企业。', en: 'A paper maker in Yanzhou.' },
  holder: {
    name: { zh: '山东太阳纸业股份有限公司', en: 'Shandong Sun Paper Co., Ltd.' },
    source: policySource,
    confidence: 'B',
  },
  trademarks: [trademark],
  county: 'yanzhou',
  countySource: policySource,
  countyConfidence: 'B',
  cover,
};
const honour = { kind: 'well-known-mark', year: 2009, source: policySource, confidence: 'B' };

const messages = (data: unknown) => messagesOf(schema, data);

describe('enterpriseSchema', () => {
  it('accepts an enterprise brand and fills in the defaults', () => {
    const enterprise = schema.parse(valid);
    expect(enterprise.trademarks).toEqual([trademark]);
    expect(enterprise.holder?.name.en).toBe('Shandong Sun Paper Co., Ltd.');
    expect(enterprise.county).toEqual({ collection: 'counties', id: 'yanzhou' });
    expect(enterprise.industry).toBeUndefined();
    expect(enterprise.honours).toEqual([]);
    expect(enterprise.regionalBrands).toEqual([]);
    expect(enterprise.gis).toEqual([]);
    expect(enterprise.facts).toEqual([]);
    expect(enterprise.gallery).toEqual([]);
    expect(enterprise.featured).toBe(false);
    expect(enterprise.sample).toBe(false);
  });

  it('turns lists of ids into references', () => {
    const enterprise = schema.parse({
      ...valid,
      gis: ['jinxiang-dasuan'],
      regionalBrands: ['jining-lixiang'],
    });
    expect(enterprise.gis).toEqual([{ collection: 'gis', id: 'jinxiang-dasuan' }]);
    expect(enterprise.regionalBrands).toEqual([
      { collection: 'regional-brands', id: 'jining-lixiang' },
    ]);
  });

  it('names missing trademarks', () => {
    const { trademarks: _trademarks, ...rest } = valid;
    expect(messages(rest)).toEqual(['trademarks: is missing: add this field (a list)']);
  });

  it('rejects an empty list of trademarks', () => {
    expect(messages({ ...valid, trademarks: [] })).toEqual([
      'trademarks: needs at least 1 item(s)',
    ]);
  });

  it('rejects a Nice class above 45', () => {
    expect(messages({ ...valid, trademarks: [{ ...trademark, niceClasses: [46] }] })).toEqual([
      'trademarks.0.niceClasses.0: must be at most 45',
    ]);
  });

  it('rejects a registration number with letters', () => {
    const numbered = { ...trademark, registrationNumber: 'No. 1234567' };
    expect(messages({ ...valid, trademarks: [numbered] })).toEqual([
      'trademarks.0.registrationNumber: must be the registration number, digits only',
    ]);
  });

  it('rejects a holder without a source or confidence', () => {
    expect(messages({ ...valid, holder: { name: valid.holder.name } })).toEqual([
      'holder.source: is missing: add this field (a group of fields)',
      'holder.confidence: is missing: add one of "A", "B"',
    ]);
  });

  it('rejects a county without the source that names it, and accepts no county at all', () => {
    const { countySource: _source, countyConfidence: _confidence, ...rest } = valid;
    expect(messages(rest)).toEqual([
      'countySource: a county needs countySource (the page that names it) and countyConfidence (A or B)',
    ]);
    const { county: _county, ...placeless } = rest;
    expect(schema.parse(placeless).county).toBeUndefined();
  });

  it('rejects an honour without a source', () => {
    const { source: _source, ...unsourced } = honour;
    expect(messages({ ...valid, honours: [unsourced] })).toEqual([
      'honours.0.source: is missing: add this field (a group of fields)',
    ]);
  });

  it('rejects an honour year written as text or before 1800', () => {
    expect(messages({ ...valid, honours: [{ ...honour, year: '2009年' }] })).toEqual([
      'honours.0.year: has the wrong type: expected a number, found text "2009年"',
    ]);
    expect(messages({ ...valid, honours: [{ ...honour, year: 1700 }] })).toEqual([
      'honours.0.year: must be at least 1800',
    ]);
  });

  it('rejects a GI id given as text instead of a list', () => {
    expect(messages({ ...valid, gis: 'jinxiang-dasuan' })).toEqual([
      'gis: has the wrong type: expected a list, found text "jinxiang-dasuan"',
    ]);
  });

  it('rejects an industry given as a list', () => {
    expect(messages({ ...valid, industry: ['paper'] })).toEqual([
      'industry: must be the id of one entry in industries, written as text',
    ]);
  });

  it('rejects a gallery picture without a licence', () => {
    const { licence: _licence, ...unlicensed } = cover;
    expect(messages({ ...valid, gallery: [cover, unlicensed] })).toEqual([
      'gallery.1.licence: is missing: add this field (text)',
    ]);
  });

  it('rejects featured written as text', () => {
    expect(messages({ ...valid, featured: 'yes' })).toEqual([
      'featured: has the wrong type: expected true or false, found text "yes"',
    ]);
  });
});
