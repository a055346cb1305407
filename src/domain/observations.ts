// Pure functions over observations: ordering, picking the figure to headline, provenance of results.
import type { Observation, Provenance } from '../api/contract';

export const byPeriod = (a: Observation, b: Observation): number => a.period.end.localeCompare(b.period.end) || a.period.start.localeCompare(b.period.start);

export const isSourced = (o: Observation): boolean => o.provenance !== 'illustrative';

export const yearOf = (o: Observation): number => Number(o.period.start.slice(0, 4));

export function seriesOf(observations: readonly Observation[], unitCode: string, indicatorId: string): Observation[] {
  return observations.filter((o) => o.unitCode === unitCode && o.indicatorId === indicatorId).sort(byPeriod);
}

/**
 * The figure to headline: the latest one a source gives (reported or derived) when there is one,
 * so that an official sees the published figure first; otherwise the latest illustrative one.
 */
export function headlineObservation(series: readonly Observation[]): Observation | null {
  const sourced = series.filter(isSourced);
  return sourced.at(-1) ?? series.at(-1) ?? null;
}

/** A value computed from others is derived, unless any input is illustrative. */
export function combinedProvenance(...inputs: Provenance[]): Provenance {
  return inputs.includes('illustrative') ? 'illustrative' : 'derived';
}

export type RankChange = { from: Observation; to: Observation; places: number; provenance: Provenance };

/** Places gained from `from` to `to` (positive = moved up, since rank 1 is best). */
export function rankChange(from: Observation, to: Observation): RankChange {
  return { from, to, places: from.value - to.value, provenance: combinedProvenance(from.provenance, to.provenance) };
}

export type RankKpi = {
  latest: Observation;
  /** Change since the first ranked year, when the latest is not that year. */
  sinceFirst: RankChange | null;
  /** The series goes on past the headline with illustrative years. */
  laterIllustrative: boolean;
};

export function rankKpi(series: readonly Observation[]): RankKpi | null {
  const latest = headlineObservation(series);
  if (!latest) return null;
  const first = series[0]!;
  return {
    latest,
    sinceFirst: first === latest ? null : rankChange(first, latest),
    laterIllustrative: series.indexOf(latest) < series.length - 1,
  };
}
