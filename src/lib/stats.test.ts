import { describe, expect, it } from 'vitest';
import { formatStat, groupByMeasure } from './stats';
import type { Stat } from '../schemas/stats';

const stat = (over: Partial<Stat>): Stat => ({
  id: 'x',
  metric: { zh: '指标', en: 'Metric' },
  kind: 'actual',
  value: 1,
  atLeast: false,
  unit: 'marks',
  asOf: '2011',
  source: { document: 'doc' },
  confidence: 'A',
  ...over,
});

describe('formatStat', () => {
  it('writes "or more", ranges and units', () => {
    expect(formatStat(stat({ value: 60000, atLeast: true }), 'en')).toBe('60,000+ marks');
    expect(formatStat(stat({ value: 3, valueMax: 5, unit: 'brands' }), 'zh')).toBe('3–5 个');
  });
});

describe('groupByMeasure', () => {
  it('groups figures of one measure in date order and drops lone figures', () => {
    const figures = [
      { data: stat({ id: 'target', measure: 'gi-marks', asOf: '2022', kind: 'target' }) },
      { data: stat({ id: 'then', measure: 'gi-marks', asOf: '2011' }) },
      { data: stat({ id: 'alone', measure: 'other' }) },
      { data: stat({ id: 'none' }) },
    ];
    const groups = groupByMeasure(figures);
    expect(groups.map((group) => group.map((figure) => figure.data.id))).toEqual([
      ['then', 'target'],
    ]);
  });
});
