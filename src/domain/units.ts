// Pure helpers on administrative units.
import type { Unit } from '../api/contract';

/** Thái Hòa, the town the seed article is about: the unit an official sees first. */
export const DEFAULT_UNIT_CODE = '414';

export const unitByCode = (units: readonly Unit[], code: string): Unit | undefined => units.find((u) => u.code === code);
