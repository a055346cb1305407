// What publishing does to the observations: pure, so the memory and SQL storages and the preview
// agree on it.
import type { Observation } from '../api/contract';

/** An observation's place: one value per indicator, unit and period. */
export const observationKey = (o: Pick<Observation, 'indicatorId' | 'unitCode' | 'period'>) =>
  `${o.indicatorId}|${o.unitCode}|${o.period.start}|${o.period.end}`;

/**
 * The observations with each published one in the place of the one with the same key (so the data
 * set keeps its order) and those with a new key at the end.
 */
export function mergeObservations(current: readonly Observation[], published: readonly Observation[]): Observation[] {
  const incoming = new Map(published.map((o) => [observationKey(o), o]));
  const merged = current.map((o) => {
    const replacement = incoming.get(observationKey(o));
    if (replacement) incoming.delete(observationKey(o));
    return replacement ?? o;
  });
  return [...merged, ...incoming.values()];
}
