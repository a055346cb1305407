// From a sheet's rows to what is published: the header found by its column names (Vietnamese or
// English, any case or diacritics), the rows for the checks in importRanking, the observations a
// checked table becomes, and how they differ from what is published now.
import type { Observation, Source } from '../api/contract';
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

/** The rows under the first row that names a unit and a rank column; sheet rows numbered from 1. */
export function readRankingTable(sheet: readonly (readonly string[])[]): RankingTable {
  for (const [index, cells] of sheet.entries()) {
    const keys = cells.map((c) => unitNameKey(c).replace(/[.:]/g, '').trim());
    const at = (column: RankingColumn) => keys.findIndex((k) => HEADER_NAMES[column].includes(k));
    const [code, unit, rank, score] = RANKING_COLUMNS.map(at) as [number, number, number, number];
    if ((unit < 0 && code < 0) || rank < 0) continue;
    const cell = (row: readonly string[], i: number) => (i < 0 ? '' : (row[i] ?? '').trim());
    const rows = sheet
      .slice(index + 1)
      .map((row, i) => ({ row: index + 2 + i, unit: cell(row, code) || cell(row, unit), rank: cell(row, rank), score: cell(row, score) }))
      .filter((r) => r.unit !== '' || r.rank !== '' || r.score !== '');
    return { ok: true, rows };
  }
  return { ok: false, reason: 'no_header' };
}

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
    if (before.provenance === 'illustrative') return { kind: 'replaces_illustrative', before, after };
    if (before.value !== after.value || before.rankedOf !== after.rankedOf) return { kind: 'changed', before, after };
    return { kind: before.sourceId === after.sourceId ? 'unchanged' : 'source_changed', before, after };
  });
}
