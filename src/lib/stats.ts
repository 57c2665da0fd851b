/** Figures for the stats page: how each is written, and which share a chart. */
import type { Locale } from '../i18n/locales';
import type { Stat } from '../schemas/stats';
import { STAT_UNITS } from '../schemas/vocabulary';
import { formatNumber } from './format';

/** "150+" · "3–5" · "1,000,000 元", with the unit where the language writes one. */
export function formatStat(stat: Stat, locale: Locale): string {
  const value = formatNumber(stat.value, locale);
  const range =
    stat.valueMax === undefined ? value : `${value}–${formatNumber(stat.valueMax, locale)}`;
  const unit = STAT_UNITS[stat.unit][locale];
  return `${range}${stat.atLeast ? '+' : ''}${unit ? (locale === 'zh' ? ` ${unit}` : ` ${unit}`) : ''}`;
}

/** Figures grouped by what they measure, for charts; only groups of two or more. */
export function groupByMeasure<T extends { data: Stat }>(stats: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const stat of stats) {
    if (!stat.data.measure) continue;
    groups.set(stat.data.measure, [...(groups.get(stat.data.measure) ?? []), stat]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort((a, b) => a.data.asOf.localeCompare(b.data.asOf)));
}
