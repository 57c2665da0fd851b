import { describe, expect, it } from 'vitest';
import { statSchema } from './stats';
import { messagesOf } from './test-helpers';

// As in content/stats.yaml; YAML reads `asOf: 2022` as a number.
const valid = {
  id: 'target-2022-gi-marks',
  metric: { zh: '地理标志商标', en: 'GI trademarks' },
  kind: 'target',
  value: 150,
  unit: 'marks',
  asOf: 2022,
  source: { document: '济政字〔2018〕88号' },
  confidence: 'A',
};

const messages = (data: unknown) => messagesOf(statSchema, data);

describe('statSchema', () => {
  it('accepts a figure, with its year as text and atLeast false by default', () => {
    const stat = statSchema.parse(valid);
    expect(stat.value).toBe(150);
    expect(stat.asOf).toBe('2022');
    expect(stat.atLeast).toBe(false);
    expect(stat.valueMax).toBeUndefined();
  });

  it('accepts a range whose high end is above its low end', () => {
    const stat = statSchema.parse({ ...valid, value: 3, valueMax: 5, atLeast: true });
    expect([stat.value, stat.valueMax, stat.atLeast]).toEqual([3, 5, true]);
  });

  it('rejects a range whose high end equals its low end', () => {
    expect(messages({ ...valid, value: 3, valueMax: 3 })).toEqual([
      'valueMax: valueMax must be larger than value',
    ]);
  });

  it('rejects a range whose high end is below its low end', () => {
    expect(messages({ ...valid, value: 5, valueMax: 3 })).toEqual([
      'valueMax: valueMax must be larger than value',
    ]);
  });

  it('rejects a figure without a source', () => {
    const { source: _source, ...rest } = valid;
    expect(messages(rest)).toEqual(['source: is missing: add this field (a group of fields)']);
  });

  it('rejects a figure without a confidence', () => {
    const { confidence: _confidence, ...rest } = valid;
    expect(messages(rest)).toEqual(['confidence: is missing: add one of "A", "B"']);
  });

  it('rejects a figure written as text', () => {
    expect(messages({ ...valid, value: '150' })).toEqual([
      'value: has the wrong type: expected a number, found text "150"',
    ]);
  });

  it('rejects a negative figure', () => {
    expect(messages({ ...valid, value: -1 })).toEqual(['value: must be at least 0']);
  });

  it('rejects a unit outside the vocabulary', () => {
    expect(messages({ ...valid, unit: 'pieces' })).toEqual([
      'unit: must be one of "count", "marks", "brands", "enterprises", "yuan"; found text "pieces"',
    ]);
  });

  it('rejects a date the source writes in Chinese', () => {
    expect(messages({ ...valid, asOf: '2022年' })).toEqual([
      'asOf: must be a date written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2009-03)',
    ]);
  });

  it('rejects an id that is not a slug', () => {
    expect(messages({ ...valid, id: 'target 2022' })).toEqual([
      'id: must be lower-case letters, digits and hyphens (pinyin), e.g. jinxiang-dasuan',
    ]);
  });
});
