// Pure helpers on administrative units.
import type { Unit } from '../api/contract';
import type { ChartLevel } from './lineage';

/** Thái Hòa, the town the seed article is about: the unit an official sees first. */
export const DEFAULT_UNIT_CODE = '414';

export const unitByCode = (units: readonly Unit[], code: string): Unit | undefined => units.find((u) => u.code === code);

/**
 * The units the views chart: the district level to 2024 and the communes and wards since 1 Jul 2025.
 * The commune-level units before the reform are there for lineage and search; nothing is measured on them.
 */
export const chartedUnits = (units: readonly Unit[]): (Unit & { level: ChartLevel })[] =>
  units.filter((u): u is Unit & { level: ChartLevel } => u.level === 'district' || (u.level === 'commune' && u.validTo === null));

/** The province whose units the data charts: the parent of its district-level units (the data lists other provinces too). */
export function homeProvince(units: readonly Unit[]): Unit | null {
  const parent = units.find((u) => u.level === 'district')?.parentCode;
  return units.find((u) => u.code === parent) ?? units.find((u) => u.level === 'province') ?? null;
}

export type Merger = { unit: Unit; successor: Unit; effective: string };

/** District-level units that stopped existing by merger, with the first day they were part of their successor. */
export function mergers(units: readonly Unit[]): Merger[] {
  return units.flatMap((unit) => {
    if (unit.level !== 'district') return [];
    const successor = unit.successorCode ? unitByCode(units, unit.successorCode) : undefined;
    if (!successor || !unit.validTo || unit.validTo.length !== 10) return [];
    const next = new Date(`${unit.validTo}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return [{ unit, successor, effective: next.toISOString().slice(0, 10) }];
  });
}
