// The checks a year's PAR Index table passes before it can be published: every problem at its row
// and column, as codes and parameters the page words in the editor's language. Errors block
// publishing; warnings can be acknowledged.
import type { Unit } from '../api/contract';
import { parseDecimal } from './importCsv';
import { existedAtEndOf, levelOfYear } from './lineage';
import { matchUnit } from './unitMatch';

export type IssueCode =
  | 'unknown_unit'
  | 'unit_not_in_year'
  | 'duplicate_unit'
  | 'missing_unit'
  | 'rank_out_of_range'
  | 'rank_repeated'
  | 'score_out_of_range'
  | 'rank_contradicts_score'
  | 'score_tie'
  // Investment counts (importInvestment.ts):
  | 'unit_not_in_period'
  | 'count_invalid'
  | 'unit_not_counted'
  | 'differs_from_published'
  | 'part_exceeds_count'
  | 'count_exceeds_whole';

export type ImportIssue = {
  severity: 'error' | 'warning';
  code: IssueCode;
  /** The sheet's row (1 = its first line), or null for the table as a whole. */
  row: number | null;
  column: 'unit' | 'rank' | 'score' | 'count' | null;
  params: Record<string, string | number>;
};

/** A row as read from the file: cells untouched, so every problem can quote them. */
export type RankingRow = { row: number; unit: string; rank: string; score: string };

export type RankedValue = { row: number; unit: Unit; rank: number; score: number | null };

/**
 * The units a year's table ranks: those of its level that existed at its end, as the seed ranks
 * them: the districts to 2024 (20 in 2024, Cửa Lò having joined Vinh on 1 Dec), the communes and
 * wards from 2025.
 */
export function unitsRankedIn(year: number, units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.level === levelOfYear(year) && existedAtEndOf(u, year));
}

export function checkRanking(year: number, rows: readonly RankingRow[], units: readonly Unit[]): { values: RankedValue[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const issue = (severity: ImportIssue['severity'], code: IssueCode, row: number | null, column: ImportIssue['column'], params = {}) =>
    issues.push({ severity, code, row, column, params });
  // Names are matched at the year's level only: "Thái Hòa" is the town to 2024 and the ward from 2025.
  const atLevel = units.filter((u) => u.level === levelOfYear(year));
  const ranked = unitsRankedIn(year, units);
  const size = ranked.length;
  const values: RankedValue[] = [];
  const seenUnits = new Map<string, number>();
  const seenRanks = new Map<number, number>();

  for (const { row, unit: cell, rank: rankCell, score: scoreCell } of rows) {
    const match = matchUnit(cell, atLevel);
    if (!match.found) {
      issue('error', 'unknown_unit', row, 'unit', { name: cell, suggestions: match.suggestions.map((u) => u.name).join(', ') });
      continue;
    }
    const unit = match.found;
    if (!ranked.includes(unit)) issue('error', 'unit_not_in_year', row, 'unit', { name: unit.name, year });
    const earlier = seenUnits.get(unit.code);
    if (earlier !== undefined) issue('error', 'duplicate_unit', row, 'unit', { name: unit.name, first: earlier });
    else seenUnits.set(unit.code, row);

    const rank = parseDecimal(rankCell);
    if (rank === null || !Number.isInteger(rank) || rank < 1 || rank > size) {
      issue('error', 'rank_out_of_range', row, 'rank', { value: rankCell, size });
      continue;
    }
    const sameRank = seenRanks.get(rank);
    if (sameRank !== undefined) issue('error', 'rank_repeated', row, 'rank', { rank, first: sameRank });
    else seenRanks.set(rank, row);

    let score: number | null = null;
    if (scoreCell.trim() !== '') {
      score = parseDecimal(scoreCell);
      if (score === null || score < 0 || score > 100) {
        issue('error', 'score_out_of_range', row, 'score', { value: scoreCell });
        score = null;
      }
    }
    values.push({ row, unit, rank, score });
  }

  for (const unit of ranked) if (!seenUnits.has(unit.code)) issue('error', 'missing_unit', null, null, { name: unit.name });

  // Against the row ranked just above: a higher score with a worse rank contradicts; a tie is odd.
  const byRank = values.filter((v) => v.score !== null).sort((a, b) => a.rank - b.rank);
  for (let i = 1; i < byRank.length; i++) {
    const [above, below] = [byRank[i - 1]!, byRank[i]!];
    if (above.rank === below.rank) continue;
    if (below.score! > above.score!) issue('error', 'rank_contradicts_score', below.row, 'rank', { name: below.unit.name, other: above.unit.name });
    else if (below.score === above.score) issue('warning', 'score_tie', below.row, 'score', { name: below.unit.name, other: above.unit.name });
  }
  return { values, issues };
}
