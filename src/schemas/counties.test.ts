import { describe, expect, it } from 'vitest';
import { countySchema } from './counties';

const valid = {
  id: 'jinxiang',
  name: { zh: '金乡县', en: 'Jinxiang County' },
  kind: 'county',
  code: '370828',
  geoFeatureId: '370828',
  source: { document: '济政字〔2018〕88号' },
};

function messages(data: unknown): string[] {
  const result = countySchema.safeParse(data);
  if (result.success) throw new Error('expected the fixture to be rejected');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('countySchema', () => {
  it('accepts a county with a code', () => {
    expect(countySchema.parse(valid).name.zh).toBe('金乡县');
  });
  it('names a missing English name', () => {
    expect(messages({ ...valid, name: { zh: '金乡县' } })).toEqual([
      'name.en: is missing: add this field (text)',
    ]);
  });
});
