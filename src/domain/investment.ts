// Investment projects by period and cumulatively, for chosen units, with periods kept as given.
import type { Observation, Period } from '../api/contract';
import { byPeriod } from './observations';
import { comparePeriods, monthIndex, periodKey } from './periods';

export type PeriodColumn = { key: string; period: Period };

/** Every period any chosen unit has, in order; a two-year period stays one column. */
export function periodColumns(observations: readonly Observation[]): PeriodColumn[] {
  const byKey = new Map(observations.map((o) => [periodKey(o.period), o.period]));
  return [...byKey.entries()].sort(([, a], [, b]) => comparePeriods(a, b)).map(([key, period]) => ({ key, period }));
}

/** The observation for each (unit, period) cell. */
export function periodCells(observations: readonly Observation[]): Map<string, Observation> {
  return new Map(observations.map((o) => [`${o.unitCode}|${periodKey(o.period)}`, o]));
}

export const cellKey = (unitCode: string, column: PeriodColumn) => `${unitCode}|${column.key}`;

export type CumulativePoint = { x: number; value: number; provenance: Observation['provenance']; observation: Observation };

/** Every unit's cumulative series as points on a month axis (x = month of the period's end), in one pass. */
export function cumulativeSeries(observations: readonly Observation[]): Map<string, CumulativePoint[]> {
  const byUnit = new Map<string, CumulativePoint[]>();
  for (const o of [...observations].sort(byPeriod)) {
    const points = byUnit.get(o.unitCode) ?? [];
    points.push({ x: monthIndex(o.period.end), value: o.value, provenance: o.provenance, observation: o });
    byUnit.set(o.unitCode, points);
  }
  return byUnit;
}

/** Back from the month axis to "YYYY-MM". */
export const monthFromIndex = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
