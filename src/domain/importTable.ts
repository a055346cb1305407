// From a sheet's rows to what is published: the header found by its column names (Vietnamese or
// English, any case or diacritics), the rows for the checks in importRanking, the observations a
// checked table becomes, and how they differ from what is published now.
import type { Observation, Source } from '../api/contract';
import type { InvestmentRow } from './importInvestment';
import type { RankedValue, RankingRow } from './importRanking';
import { observationKey } from './publication';
import { unitNameKey } from './unitMatch';

/** The template's columns, in order: the code identifies the unit when given, else the name. */
export const RANKING_COLUMNS = ['code', 'unit', 'rank', 'score'] as const;
export type RankingColumn = (typeof RANKING_COLUMNS)[number];

const HEADER_NAMES: Record<RankingColumn, readonly string[]> = {
  code: ['ma', 'ma dvhc', 'ma don vi', 'code', 'gso code'],
  unit: ['don vi', 'ten don vi', 'unit', 'name'],
  rank: ['thu hang', 'xep hang', 'hang', 'rank'],
  score: ['diem', 'diem so', 'chi so', 'score'],
};

export type RankingTable = { ok: true; rows: RankingRow[] } | { ok: false; reason: 'no_header' };

type Found<C extends string> = { ok: true; rows: ({ row: number } & Record<C, string>)[] } | { ok: false; reason: 'no_header' };

/**
 * The rows under the first row that names the `required` columns (a unit by its name or code), each
 * column's cell trimmed; sheet rows numbered from 1, empty rows left out.
 */
function readTable<C extends string>(sheet: readonly (readonly string[])[], names: Record<C, readonly string[]>, required: readonly C[]): Found<C | 'unit'> {
  const columns = Object.keys(names) as C[];
  for (const [index, cells] of sheet.entries()) {
    const keys = cells.map((c) => unitNameKey(c).replace(/[.:]/g, '').trim());
    const at = Object.fromEntries(columns.map((c) => [c, keys.findIndex((k) => names[c].includes(k))])) as Record<C, number>;
    const unitAt = { code: keys.findIndex((k) => HEADER_NAMES.code.includes(k)), name: keys.findIndex((k) => HEADER_NAMES.unit.includes(k)) };
    if ((unitAt.code < 0 && unitAt.name < 0) || required.some((c) => at[c] < 0)) continue;
    const cell = (row: readonly string[], i: number) => (i < 0 ? '' : (row[i] ?? '').trim());
    const rows = sheet
      .slice(index + 1)
      .map((row, i) => ({
        row: index + 2 + i,
        unit: cell(row, unitAt.code) || cell(row, unitAt.name),
        ...(Object.fromEntries(columns.map((c) => [c, cell(row, at[c])])) as Record<C, string>),
      }))
      .filter((r) => r.unit !== '' || columns.some((c) => r[c] !== ''));
    return { ok: true, rows };
  }
  return { ok: false, reason: 'no_header' };
}

/** The rows under the first row that names a unit and a rank column. */
export const readRankingTable = (sheet: readonly (readonly string[])[]): RankingTable =>
  readTable<'rank' | 'score'>(sheet, { rank: HEADER_NAMES.rank, score: HEADER_NAMES.score }, ['rank']);

export const INVESTMENT_COLUMNS = ['code', 'unit', 'count'] as const;
const COUNT_NAMES = ['so du an', 'so du an thu hut', 'du an', 'projects', 'count', 'number of projects'];

/** The rows under the first row that names a unit and a count of projects. */
export const readInvestmentTable = (sheet: readonly (readonly string[])[]): { ok: true; rows: InvestmentRow[] } | { ok: false; reason: 'no_header' } =>
  readTable<'count'>(sheet, { count: COUNT_NAMES }, ['count']);

const yearPeriod = (year: number) => ({ start: `${year}-01`, end: `${year}-12` });

/** A checked table as reported figures of its source: each unit's rank (of how many were ranked) and score. */
export function rankingObservations(year: number, values: readonly RankedValue[], rankedOf: number, source: Source): Observation[] {
  const reported = { period: yearPeriod(year), provenance: 'reported' as const, sourceId: source.id, quote: null, note: null };
  return values.flatMap(({ unit, rank, score }) => [
    { ...reported, unitCode: unit.code, indicatorId: 'par_rank', value: rank, rankedOf },
    ...(score === null ? [] : [{ ...reported, unitCode: unit.code, indicatorId: 'par_score', value: score, rankedOf: null }]),
  ]);
}

/** `source_changed`: the same value, now reported by this source instead of another. */
export type ChangeKind = 'new' | 'changed' | 'source_changed' | 'replaces_illustrative' | 'unchanged';
export type Change = { kind: ChangeKind; before: Observation | null; after: Observation };

/** What publishing `incoming` would do to each of its values, against the observations published now. */
export function diffObservations(current: readonly Observation[], incoming: readonly Observation[]): Change[] {
  const now = new Map(current.map((o) => [observationKey(o), o]));
  return incoming.map((after) => {
    const before = now.get(observationKey(after)) ?? null;
    if (!before) return { kind: 'new', before, after };
    // A recomputed sum that is still illustrative replaces nothing with a sourced figure: it changed, or not.
    if (before.provenance === 'illustrative' && after.provenance !== 'illustrative') return { kind: 'replaces_illustrative', before, after };
    if (before.value !== after.value || before.rankedOf !== after.rankedOf) return { kind: 'changed', before, after };
    return { kind: before.sourceId === after.sourceId ? 'unchanged' : 'source_changed', before, after };
  });
}
