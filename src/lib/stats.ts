/** Figures for the stats page: how each is written, and which share a chart. */
import type { Locale } from '../i18n/locales';
import { contentLanguage } from '../i18n/locales';
import type { Stat } from '../content-model/schemas/stats';
import { STAT_UNITS } from '../content-model/schemas/vocabulary';
import { formatNumber } from './format';

/** "150+" · "3–5" · "1,000,000 元", with the unit where the language writes one. */
export function formatStat(stat: Stat, locale: Locale): string {
  const value = formatNumber(stat.value, locale);
  const range =
    stat.valueMax === undefined ? value : `${value}–${formatNumber(stat.valueMax, locale)}`;
  const unit = STAT_UNITS[stat.unit][contentLanguage(locale)];
  return `${range}${stat.atLeast ? '+' : ''}${unit ? ` ${unit}` : ''}`;
}

/** One measure over the years: every known count (ties and disagreeing sources kept) and its targets. */
export interface StatSeries<T> {
  measure: string;
  points: T[];
  targets: T[];
}

/** The order the stats page draws its series in: the broad totals first, the narrower after. */
export const SERIES_ORDER = [
  'registered-marks',
  'well-known-marks',
  'gi-marks',
  'gi-certification-marks',
] as const;

/**
 * A series per measure that has at least one known count. Figures of different measures never
 * share a series: certification marks and GI trademarks count different things, so a chart that
 * joined them would draw a rise or fall that no source reports.
 */
export function buildSeries<T extends { data: Stat }>(stats: T[]): StatSeries<T>[] {
  const byMeasure = new Map<string, StatSeries<T>>();
  for (const stat of stats) {
    const measure = stat.data.measure;
    if (!measure) continue;
    const series = byMeasure.get(measure) ?? { measure, points: [], targets: [] };
    (stat.data.kind === 'target' ? series.targets : series.points).push(stat);
    byMeasure.set(measure, series);
  }
  const byDate = (a: T, b: T) => a.data.asOf.localeCompare(b.data.asOf);
  const rank = (measure: string) => {
    const index = (SERIES_ORDER as readonly string[]).indexOf(measure);
    return index === -1 ? SERIES_ORDER.length : index;
  };
  return [...byMeasure.values()]
    .filter((series) => series.points.length > 0)
    .map((series) => ({ ...series, points: series.points.sort(byDate) }))
    .sort((a, b) => rank(a.measure) - rank(b.measure) || a.measure.localeCompare(b.measure));
}

/** A partial date as a position on a year axis: "2010" is mid-year, "2010-12" is December. */
export function yearPosition(asOf: string): number {
  const [year, month] = asOf.split('-').map(Number);
  return year! + (month === undefined ? 0.5 : (month - 0.5) / 12);
}

/** The regimes that are trademarks, the kind of registration the city's GI total counts. */
export const GI_TRADEMARK_REGIMES = ['certification-mark', 'collective-mark', 'gi-mark'] as const;

/**
 * How many of the city's GI trademarks the hall presents: its GIs with a trademark registration,
 * against the latest sourced city total. GIs registered only under other regimes are counted
 * apart, since the city total does not include them. Without a sourced total there is nothing to
 * compare with: undefined, and the entrance says nothing rather than a guess.
 */
export function giTrademarkCoverage<S extends { data: Stat }>(
  gis: { data: { registrations: { regime: string }[] } }[],
  stats: S[],
): { presented: number; otherRegimes: number; total: S } | undefined {
  const totals = stats
    .filter((stat) => stat.data.measure === 'gi-marks' && stat.data.kind === 'actual')
    .sort((a, b) => a.data.asOf.localeCompare(b.data.asOf));
  const total = totals.at(-1);
  if (!total) return undefined;
  const isTrademark = (regime: string) =>
    (GI_TRADEMARK_REGIMES as readonly string[]).includes(regime);
  const presented = gis.filter((gi) =>
    gi.data.registrations.some((registration) => isTrademark(registration.regime)),
  ).length;
  return { presented, otherRegimes: gis.length - presented, total };
}
