// What the import page hands the charts it previews: the data as it will be once published and
// the units whose figures change, so the ranking's lines or the investment bars can be drawn by
// their own components before anything is published.
import type { Observation, Source } from '../api/contract';
import type { Change } from './importTable';
import type { ChartLevel } from './lineage';

export type ImportChartPreview = {
  kind: 'ranking' | 'investment';
  level: ChartLevel;
  /** The indicator's observations once the import is published (merged, derived counts recomputed). */
  observations: Observation[];
  /** The units whose figures change, at most PREVIEW_UNITS of them, in the file's order. */
  unitCodes: string[];
  names: ReadonlyMap<string, string>;
  sources: readonly Source[];
};

/** More lines or bars than this would hide the changes they are there to show. */
export const PREVIEW_UNITS = 5;

/** The units whose figures change (new, changed, or replacing an illustrative figure), in order. */
export const changedUnits = (changes: readonly Change[]): string[] => [
  ...new Set(changes.filter((c) => c.kind === 'new' || c.kind === 'changed' || c.kind === 'replaces_illustrative').map((c) => c.after.unitCode)),
];
