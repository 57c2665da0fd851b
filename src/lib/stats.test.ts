import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSeries, formatStat, giTrademarkCoverage, yearPosition } from './stats';
import { statSchema, type Stat } from '../content-model/schemas/stats';

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

describe('buildSeries', () => {
  const figures = [
    { data: stat({ id: 'reg-2011', measure: 'registered-marks', asOf: '2011', value: 11500 }) },
    {
      data: stat({
        id: 'reg-2012',
        measure: 'registered-marks',
        asOf: '2012',
        value: 10100,
        confidence: 'B',
      }),
    },
    { data: stat({ id: 'reg-2010', measure: 'registered-marks', asOf: '2010', value: 10260 }) },
    { data: stat({ id: 'reg-target', measure: 'registered-marks', asOf: '2022', kind: 'target' }) },
    { data: stat({ id: 'cert-2011', measure: 'gi-certification-marks', asOf: '2011', value: 6 }) },
    { data: stat({ id: 'gi-2023', measure: 'gi-marks', asOf: '2023', value: 130 }) },
    { data: stat({ id: 'gi-target', measure: 'gi-marks', asOf: '2022', kind: 'target' }) },
    { data: stat({ id: 'only-target', measure: 'brands', asOf: '2022', kind: 'target' }) },
    { data: stat({ id: 'unmeasured', asOf: '2012', value: 11 }) },
  ];
  const series = buildSeries(figures);
  const ids = (list: { data: Stat }[]) => list.map((figure) => figure.data.id);
  const of = (measure: string) => series.find((s) => s.measure === measure)!;

  it('keeps every known count of a measure in date order, and its targets beside them', () => {
    expect(ids(of('registered-marks').points)).toEqual(['reg-2010', 'reg-2011', 'reg-2012']);
    expect(ids(of('registered-marks').targets)).toEqual(['reg-target']);
    expect(ids(of('gi-marks').points)).toEqual(['gi-2023']);
  });

  it('keeps both points when two sources disagree, each with its own source and confidence', () => {
    const clash = [
      { data: stat({ id: 'paper', measure: 'm', asOf: '2012', value: 10100, confidence: 'A' }) },
      {
        data: stat({
          id: 'repost',
          measure: 'm',
          asOf: '2012',
          value: 11500,
          confidence: 'B',
          source: { url: 'http://example.org/' },
        }),
      },
    ];
    const [only] = buildSeries(clash);
    expect(only!.points.map((p) => [p.data.value, p.data.confidence])).toEqual([
      [10100, 'A'],
      [11500, 'B'],
    ]);
    expect(only!.points[1]!.data.source.url).toBe('http://example.org/');
  });

  it('never puts certification marks and GI trademarks on one line', () => {
    expect(ids(of('gi-certification-marks').points)).toEqual(['cert-2011']);
    expect(ids(of('gi-marks').points)).not.toContain('cert-2011');
  });

  it('leaves out measures with only a target, and figures with no measure', () => {
    expect(series.map((s) => s.measure)).toEqual([
      'registered-marks',
      'gi-marks',
      'gi-certification-marks',
    ]);
  });
});

describe('the city figures in content/stats.yaml', () => {
  // Through the real schema, which reads a bare year such as 2011 as the date "2011".
  const stats = (parse(readFileSync('content/stats.yaml', 'utf8')) as unknown[]).map((raw) => ({
    data: statSchema.parse(raw),
  }));
  const series = buildSeries(stats);
  const of = (measure: string) => series.find((s) => s.measure === measure)!;

  it('draw registered trademarks from 2010 to 2023, both the 2011 and 2012 totals kept', () => {
    const points = of('registered-marks').points.map((p) => [p.data.asOf, p.data.value]);
    expect(points).toEqual([
      ['2010', 10260],
      ['2011', 11500],
      ['2012', 10100],
      ['2023', 110000],
    ]);
  });

  it('keep the 2011 certification marks off the GI-trademark line', () => {
    expect(of('gi-marks').points.map((p) => p.data.value)).toEqual([133, 130]);
    expect(of('gi-certification-marks').points.map((p) => p.data.value)).toEqual([5, 6]);
  });
});

describe('yearPosition', () => {
  it('puts a bare year mid-year and a month inside its year', () => {
    expect(yearPosition('2011')).toBe(2011.5);
    expect(yearPosition('2010-12')).toBeCloseTo(2010.958, 3);
  });
});

describe('giTrademarkCoverage', () => {
  const gi = (...regimes: string[]) => ({
    data: { registrations: regimes.map((regime) => ({ regime })) },
  });
  const total = { data: stat({ id: 'gi-2023', measure: 'gi-marks', asOf: '2023', value: 130 }) };
  const older = { data: stat({ id: 'gi-2021', measure: 'gi-marks', asOf: '2021-01', value: 133 }) };

  it('counts the GIs with a trademark registration against the latest city total', () => {
    const gis = [
      gi('certification-mark'),
      gi('protected-product', 'collective-mark'),
      gi('gi-mark'),
    ];
    gis.push(gi('protected-product'), gi());
    const coverage = giTrademarkCoverage(gis, [total, older])!;
    expect(coverage.presented).toBe(3);
    expect(coverage.otherRegimes).toBe(2);
    expect(coverage.total.data.id).toBe('gi-2023');
  });

  it('counts every GI of the collection, one way or the other', () => {
    const dir = 'content/gis';
    const gis = readdirSync(dir).map((id) => ({
      data: parse(readFileSync(join(dir, id, 'facts.yaml'), 'utf8')) as {
        registrations: { regime: string }[];
      },
    }));
    gis.forEach((entry) => (entry.data.registrations ??= []));
    const coverage = giTrademarkCoverage(gis, [total])!;
    const trademarks = gis.filter((entry) =>
      entry.data.registrations.some((r) => /mark$/.test(r.regime)),
    );
    expect(coverage.presented).toBe(trademarks.length);
    expect(coverage.presented + coverage.otherRegimes).toBe(gis.length);
    expect(coverage.presented).toBeLessThanOrEqual(coverage.total.data.value);
  });

  it('has nothing to say without a sourced city total', () => {
    expect(giTrademarkCoverage([gi('gi-mark')], [])).toBeUndefined();
  });
});
