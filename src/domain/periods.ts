// Periods as month ranges: their length, whether they are whole years, and their order.
import type { Period } from '../api/contract';

/** Months since year 0: a number line on which periods can be placed and compared. */
export const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export const periodMonths = (p: Period): number => monthIndex(p.end) - monthIndex(p.start) + 1;

export const isWholeYears = (p: Period): boolean => p.start.endsWith('-01') && p.end.endsWith('-12');

/** A period shorter than a year, or not aligned on years: never to be compared with a year silently. */
export const isPartial = (p: Period): boolean => !isWholeYears(p);

export const periodKey = (p: Period): string => `${p.start}/${p.end}`;

/** Chronological: by end, then the shorter (later-starting) period first. */
export const comparePeriods = (a: Period, b: Period): number => a.end.localeCompare(b.end) || b.start.localeCompare(a.start);

/** Years as readers write a list of them: "2019–2020, 2023–2024". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const y of sorted) {
    const last = ranges.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else ranges.push([y, y]);
  }
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}
