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

/** A unit's cumulative series as points on a month axis (x = month of the period's end). */
export function cumulativePoints(observations: readonly Observation[], unitCode: string) {
  return observations
    .filter((o) => o.unitCode === unitCode)
    .sort(byPeriod)
    .map((o) => ({ x: monthIndex(o.period.end), value: o.value, provenance: o.provenance, observation: o }));
}

/** Back from the month axis to "YYYY-MM". */
export const monthFromIndex = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
