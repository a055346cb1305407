// The units a picker offers and searches. A page is drawn with the units its charts need; once the
// reader starts a search, the browser fetches every unit, the former communes too, so that a search
// by an old name ("Nghi Phong") finds the unit on its land. Reading that list (649 units with their
// lineage) is the costliest answer a page parses, so a reader who never searches never pays for it;
// and the server's page stays as light as its charts.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Unit } from '../api/contract';
import { referenceQueries } from './index';

type Searchable<U> = { units: U; onSearch: () => void };

export function useSearchableUnits(charted: readonly Unit[]): Searchable<readonly Unit[]>;
export function useSearchableUnits(charted: readonly Unit[] | undefined): Searchable<readonly Unit[] | undefined>;
export function useSearchableUnits(charted: readonly Unit[] | undefined): Searchable<readonly Unit[] | undefined> {
  const [wanted, setWanted] = useState(false);
  // Not enabled, a query still answers with what an earlier search fetched.
  const all = useQuery({ ...referenceQueries.unitsWithFormerCommunes(), enabled: wanted && charted !== undefined }).data;
  const onSearch = useCallback(() => setWanted(true), []);
  return { units: charted && (all ?? charted), onSearch };
}
