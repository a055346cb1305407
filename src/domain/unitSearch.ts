// Finding a unit of either level by its name or by a name it no longer has: "Nghi Phong" finds
// Phường Vinh Lộc (formed from it), "Cửa Lò" the ward on the former town's land.
import type { Unit } from '../api/contract';
import { formedFrom, formerDistricts, type UnitIndex } from './lineage';
import { matchesName } from './search';

/** Why a unit matched a query by an old name: it was formed from that unit, or lies on that district's land. */
export type FormerMatch = { unit: Unit; relation: 'formed_from' | 'within' };
export type UnitMatch = { unit: Unit; former: FormerMatch | null };

/** Each unit's former names, worked out once per unit list: the picker searches them on every key. */
export function formerNamesIndex(units: readonly Unit[], index: UnitIndex): Map<string, FormerMatch[]> {
  const districtOf = formerDistricts(units);
  const out = new Map<string, FormerMatch[]>();
  for (const unit of units) {
    if (unit.level !== 'commune' || unit.validTo !== null) continue;
    const from = formedFrom(unit, index);
    const districts = [...new Set([...from.map((u) => u.parentCode), districtOf.get(unit.code)?.code].filter((c) => c != null))];
    out.set(unit.code, [
      ...from.filter((u) => u.name !== unit.name).map((u): FormerMatch => ({ unit: u, relation: 'formed_from' })),
      ...districts.flatMap((code) => (index.has(code) ? [{ unit: index.get(code)!, relation: 'within' as const }] : [])),
    ]);
  }
  return out;
}

/** The units that match: by their own name first; else by a former name, saying which. */
export function searchUnits(units: readonly Unit[], query: string, former: ReadonlyMap<string, readonly FormerMatch[]>): UnitMatch[] {
  return units.flatMap((unit): UnitMatch[] => {
    if (matchesName(unit.name, query)) return [{ unit, former: null }];
    const byOld = query.trim() === '' ? undefined : former.get(unit.code)?.find((f) => matchesName(f.unit.name, query));
    return byOld ? [{ unit, former: byOld }] : [];
  });
}
