// The units a picker offers and searches. A page is drawn with the units its charts need; once the
// browser has fetched every unit, the former communes too, a search by an old name ("Nghi Phong")
// finds the unit on its land. Only the browser asks: the server's page stays as light as its charts.
import { useQuery } from '@tanstack/react-query';
import type { Unit } from '../api/contract';
import { referenceQueries } from './index';

const IN_BROWSER = typeof document !== 'undefined';

export function useSearchableUnits(charted: readonly Unit[]): readonly Unit[];
export function useSearchableUnits(charted: readonly Unit[] | undefined): readonly Unit[] | undefined;
export function useSearchableUnits(charted: readonly Unit[] | undefined): readonly Unit[] | undefined {
  const all = useQuery({ ...referenceQueries.unitsWithFormerCommunes(), enabled: IN_BROWSER && charted !== undefined }).data;
  return charted && (all ?? charted);
}
