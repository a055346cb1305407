// A unit's place in the 2024–2025 reforms, read from the units' lineage: what it was formed from,
// what took over its territory, which district a commune's land lay in, and the level each year has.
import type { Unit, UnitLevel } from '../api/contract';

/** The two levels the views chart: district-level units to 2024, communes and wards from 2025. */
export type ChartLevel = Extract<UnitLevel, 'district' | 'commune'>;
export const CHART_LEVELS: readonly ChartLevel[] = ['district', 'commune'];

export type UnitIndex = ReadonlyMap<string, Unit>;
export const indexUnits = (units: readonly Unit[]): UnitIndex => new Map(units.map((u) => [u.code, u]));

const lookup = (index: UnitIndex, codes: readonly string[]): Unit[] => codes.flatMap((c) => (index.has(c) ? [index.get(c)!] : []));

/** The units a commune or ward was formed from, in the order the source lists them. */
export const formedFrom = (unit: Unit, index: UnitIndex): Unit[] =>
  lookup(
    index,
    unit.lineage.filter((c) => c.kind === 'formed_from').flatMap((c) => c.before),
  );

/** The step that ended a unit, if it ended: the date and the units that took over its territory. */
export function ending(unit: Unit, index: UnitIndex): { date: string; kind: 'merged_into' | 'divided_into'; after: Unit[] } | null {
  const change = unit.lineage.find((c) => (c.kind === 'merged_into' || c.kind === 'divided_into') && c.before.includes(unit.code));
  return change ? { date: change.date, kind: change.kind as 'merged_into' | 'divided_into', after: lookup(index, change.after) } : null;
}

/**
 * The current units on a district's former land: the communes and wards its own lineage names, or,
 * for a district that ended earlier (Cửa Lò, 2024), those its former communes were merged into.
 */
export function territoryNow(district: Unit, units: readonly Unit[], index: UnitIndex): Unit[] {
  const divided = district.lineage.find((c) => c.kind === 'divided_into');
  if (divided) return lookup(index, divided.after);
  const codes = units.filter((u) => u.level === 'commune' && u.parentCode === district.code && u.successorCode).map((u) => u.successorCode!);
  return lookup(index, [...new Set(codes)]);
}

/** The district whose land a commune or ward of 2025 lies on (as of 30 Jun 2025), from the districts' lineage. */
export function formerDistricts(units: readonly Unit[]): Map<string, Unit> {
  const out = new Map<string, Unit>();
  for (const d of units) if (d.level === 'district') for (const c of d.lineage) if (c.kind === 'divided_into') for (const code of c.after) out.set(code, d);
  return out;
}

/**
 * A commune-level unit that ended before the communes and wards of 1 Jul 2025: no indicator is
 * measured on it; it is kept for lineage and for finding a unit by an old name.
 */
export const isFormerCommune = (u: Unit): boolean => u.level === 'commune' && u.validTo !== null;

/** The charted level of a year: the district level ended on 30 Jun 2025, so 2025 ranks the communes. */
export const levelOfYear = (year: number): ChartLevel => (year >= 2025 ? 'commune' : 'district');

/** The units a selection stands for at the other level: a district's successors, a commune's former district. */
export function carrySelection(codes: readonly string[], to: ChartLevel, units: readonly Unit[], index: UnitIndex): string[] {
  const districtOf = formerDistricts(units);
  const carried = codes.flatMap((code) => {
    const unit = index.get(code);
    if (!unit || unit.level === to) return unit ? [code] : [];
    return to === 'commune' ? territoryNow(unit, units, index).map((u) => u.code) : districtOf.has(code) ? [districtOf.get(code)!.code] : [];
  });
  return [...new Set(carried)];
}

/** The level shown when none is chosen: the current units, when the data has them (the nationwide set has districts only). */
export const resolveLevel = (chosen: ChartLevel | null, units: readonly Unit[]): ChartLevel =>
  chosen ?? (units.some((u) => u.level === 'commune' && u.validTo === null) ? 'commune' : 'district');

/** Whether a unit still existed on the last day of a year (a ranking year ranks those). */
export const existedAtEndOf = (u: Unit, year: number): boolean =>
  (u.validTo === null || u.validTo >= `${year}-12-31`) && (u.validFrom === null || u.validFrom <= `${year}-12-31`);

/** How many units of a level existed at the end of a year: Vietnam's provinces are 63 in 2024, 34 in 2025. */
export const countAtEndOf = (units: readonly Unit[], level: UnitLevel, year: number): number =>
  units.filter((u) => u.level === level && existedAtEndOf(u, year)).length;
