// Pure helpers on administrative units.
import type { Unit } from '../api/contract';

/** Thái Hòa, the town the seed article is about: the unit an official sees first. */
export const DEFAULT_UNIT_CODE = '414';

export const unitByCode = (units: readonly Unit[], code: string): Unit | undefined => units.find((u) => u.code === code);

export type Merger = { unit: Unit; successor: Unit; effective: string };

/** Units that stopped existing by merger, with the first day they were part of their successor. */
export function mergers(units: readonly Unit[]): Merger[] {
  return units.flatMap((unit) => {
    const successor = unit.successorCode ? unitByCode(units, unit.successorCode) : undefined;
    if (!successor || !unit.validTo || unit.validTo.length !== 10) return [];
    const next = new Date(`${unit.validTo}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return [{ unit, successor, effective: next.toISOString().slice(0, 10) }];
  });
}
