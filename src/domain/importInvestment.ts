// The checks a period's investment-project counts pass before they can be published, at their row
// and column like the ranking's, and the cumulative counts that publishing them derives. The browser
// runs them for the preview and the server again on what it is sent, which alone decides.
import type { Observation, Period, Source, Unit } from '../api/contract';
import { parseDecimal } from './importCsv';
import type { ImportIssue, IssueCode } from './importRanking';
import type { ChartLevel } from './lineage';
import { periodKey } from './periods';
import { matchUnit } from './unitMatch';

export const PROJECTS = 'investment_projects';
export const PROJECTS_CUMULATIVE = 'investment_projects_cumulative';
/** The cumulative count runs from the start of 2020, as the article counts it. */
export const CUMULATIVE_FROM = '2020-01';

/**
 * The periods an editor can import, as the seed models the indicator: the district-level units'
 * years from 2020 (and the article's Jan–May 2022) until the level ended on 30 Jun 2025, then the
 * communes' and wards' half-year since the reform and 2026 to October.
 */
export const INVESTMENT_PERIODS: readonly Period[] = [
  { start: '2020-01', end: '2020-12' },
  { start: '2021-01', end: '2021-12' },
  { start: '2022-01', end: '2022-05' },
  { start: '2022-01', end: '2022-12' },
  { start: '2023-01', end: '2023-12' },
  { start: '2024-01', end: '2024-12' },
  { start: '2025-01', end: '2025-06' },
  { start: '2025-07', end: '2025-12' },
  { start: '2026-01', end: '2026-10' },
];

export const isInvestmentPeriod = (p: Period) => INVESTMENT_PERIODS.some((q) => periodKey(q) === periodKey(p));

/** The level a period counts: district-level units to 30 Jun 2025, communes and wards after. */
export const levelOfPeriod = (p: Period): ChartLevel => (p.start >= '2025-07' ? 'commune' : 'district');

/** "YYYY-MM-DD" of a month's last day. */
const lastDay = (month: string) =>
  `${month}-${String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`;

/**
 * The units a period's table counts: those of its level that existed at its end (Cửa Lò, merged
 * into Vinh on 1 Dec 2024, is counted with Vinh for 2024), as the ranking takes a year's units.
 */
export function unitsCountedIn(period: Period, units: readonly Unit[]): Unit[] {
  const end = lastDay(period.end);
  return units.filter((u) => u.level === levelOfPeriod(period) && (u.validTo === null || u.validTo >= end) && (u.validFrom === null || u.validFrom <= end));
}

/** A row as read from the file, cells untouched. */
export type InvestmentRow = { row: number; unit: string; count: string };
export type CountedValue = { row: number; unit: Unit; count: number };

/** "MM/YYYY–MM/YYYY": a period the same in both languages, for the problems' wording. */
const periodText = (p: Period) => `${p.start.slice(5)}/${p.start.slice(0, 4)}–${p.end.slice(5)}/${p.end.slice(0, 4)}`;
const contains = (outer: Period, inner: Period) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Against the figures a source already gives (reported or derived; illustrative ones are simply
 * replaced), a count contradicts when:
 * - the same period already has another figure: a warning (a correction, to be acknowledged);
 * - its period contains a published period with more projects: an error (a part cannot exceed the whole);
 * - its period lies inside a published period (a cumulative count included) with fewer projects: an error.
 * Periods that overlap only in part cannot be compared without their split and are not flagged.
 */
function againstPublished(
  period: Period,
  value: CountedValue,
  published: readonly Observation[],
  issue: (severity: ImportIssue['severity'], code: IssueCode, params: ImportIssue['params']) => void,
) {
  // The same figure for the same span under both indicators (11 by Dec 2021, per period and since 2020) is one problem.
  const said = new Set<string>();
  const once = (severity: ImportIssue['severity'], code: IssueCode, params: ImportIssue['params']) => {
    const key = `${code}|${params.period}|${params.published}`;
    if (!said.has(key)) issue(severity, code, params);
    said.add(key);
  };
  for (const o of published) {
    if (o.unitCode !== value.unit.code || o.provenance === 'illustrative') continue;
    if (o.indicatorId !== PROJECTS && o.indicatorId !== PROJECTS_CUMULATIVE) continue;
    const params = { name: value.unit.name, given: value.count, published: o.value, period: periodText(o.period), source: o.sourceId ?? '—' };
    if (periodKey(o.period) === periodKey(period)) {
      if (o.indicatorId === PROJECTS && o.value !== value.count) once('warning', 'differs_from_published', params);
    } else if (contains(period, o.period) && value.count < o.value) once('error', 'part_exceeds_count', params);
    else if (contains(o.period, period) && value.count > o.value) once('error', 'count_exceeds_whole', params);
  }
}

/** A count is a whole number ≥ 0; "12,0" is twelve as a spreadsheet formats it, "12,5" and "-1" are no count. */
export function parseCount(cell: string): number | null {
  const value = parseDecimal(cell);
  return value === null || !Number.isInteger(value) || value < 0 ? null : value + 0;
}

export function checkInvestment(
  period: Period,
  rows: readonly InvestmentRow[],
  units: readonly Unit[],
  published: readonly Observation[],
): { values: CountedValue[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const atLevel = units.filter((u) => u.level === levelOfPeriod(period));
  const counted = unitsCountedIn(period, units);
  const values: CountedValue[] = [];
  const seen = new Map<string, number>();
  for (const { row, unit: cell, count: countCell } of rows) {
    const issue = (severity: ImportIssue['severity'], code: IssueCode, column: ImportIssue['column'], params: ImportIssue['params']) =>
      issues.push({ severity, code, row, column, params });
    const match = matchUnit(cell, atLevel);
    if (!match.found) {
      issue('error', 'unknown_unit', 'unit', { name: cell, suggestions: match.suggestions.map((u) => u.name).join(', ') });
      continue;
    }
    const unit = match.found;
    if (!counted.includes(unit)) issue('error', 'unit_not_in_period', 'unit', { name: unit.name, period: periodText(period) });
    const earlier = seen.get(unit.code);
    if (earlier !== undefined) issue('error', 'duplicate_unit', 'unit', { name: unit.name, first: earlier });
    else seen.set(unit.code, row);
    const count = parseCount(countCell);
    if (count === null) {
      issue('error', 'count_invalid', 'count', { value: countCell });
      continue;
    }
    const value = { row, unit, count };
    againstPublished(period, value, published, (severity, code, params) => issue(severity, code, 'count', params));
    values.push(value);
  }
  // A table may count only some units (an office reports its own): the rest keep their figures, after a warning.
  for (const unit of counted) {
    if (!seen.has(unit.code)) issues.push({ severity: 'warning', code: 'unit_not_counted', row: null, column: null, params: { name: unit.name } });
  }
  return { values, issues };
}

/** Checked counts as reported figures of their source. */
export function investmentObservations(period: Period, values: readonly CountedValue[], source: Source): Observation[] {
  return values.map(({ unit, count }) => ({
    unitCode: unit.code,
    indicatorId: PROJECTS,
    period,
    value: count,
    rankedOf: null,
    provenance: 'reported',
    sourceId: source.id,
    quote: null,
    note: null,
  }));
}

/** Published counts back as rows, for the server to run the same checks on what it is sent (row = place in the body). */
export const rowsOfObservations = (observations: readonly Observation[]): InvestmentRow[] =>
  observations.map((o, i) => ({ row: i, unit: o.unitCode, count: String(o.value) }));
