// The whole seed the mock API serves: units, indicators, sources and observations.
import type { Observation } from '../../src/api/contract';
import { illustrativeInvestment, illustrativeRankings, type RankGroup } from './illustrative';
import { indicators } from './indicators';
import { articleObservations, bottomThree2023, derivedObservations, otherDistrictObservations, provinceObservations } from './reported';
import { events } from './events';
import { sources } from './sources';
import { communeInvestment, communeRankings } from './communes2025';
import { communeUnits, districtUnits, existedAtEndOf, formerDistrictOf, units } from './units';

export type Seed = {
  units: typeof units;
  indicators: typeof indicators;
  sources: typeof sources;
  events: typeof events;
  observations: Observation[];
};

function buildObservations(): Observation[] {
  const reported = [...articleObservations, ...derivedObservations, ...otherDistrictObservations, ...provinceObservations];
  const of = (id: string) => reported.filter((o) => o.indicatorId === id && o.unitCode !== '40');
  const groups = new Map<number, RankGroup[]>([[bottomThree2023.year, [{ unitCodes: bottomThree2023.unitCodes, ranks: [19, 20, 21] }]]]);
  const rankings = illustrativeRankings({
    units: districtUnits,
    existedAtEndOf,
    knownRanks: of('par_rank'),
    knownScores: of('par_score'),
    groups,
  }).map((o) =>
    (bottomThree2023.unitCodes as readonly string[]).includes(o.unitCode) && o.indicatorId === 'par_rank' && o.period.start === `${bottomThree2023.year}-01`
      ? {
          ...o,
          note: {
            vi: 'Nguồn chỉ cho biết đơn vị nằm trong 3 vị trí cuối năm 2023; thứ tự cụ thể là minh họa.',
            en: 'The source says only that this unit was among the last three in 2023; the exact place is illustrative.',
          },
          sourceId: bottomThree2023.sourceId,
        }
      : o,
  );
  const investment = illustrativeInvestment({
    units: districtUnits,
    reportedJanMay2022: 7,
    provinceJanMay2022: 41,
  });
  const communes = [...communeRankings({ communes: communeUnits, formerDistrictOf }), ...communeInvestment({ communes: communeUnits })];
  return [...reported, ...rankings, ...investment, ...communes];
}

export const seed: Seed = { units, indicators, sources, events, observations: buildObservations() };
