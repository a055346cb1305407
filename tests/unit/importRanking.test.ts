// Every check of a year's PAR Index table, each at its row and column, on the seed's 21 units:
// a correct table passes clean, and each mistake is named where it is.
import { describe, expect, it } from 'vitest';
import { units } from '../../mocks/seed/units';
import { checkRanking, type RankingRow } from '../../src/domain/importRanking';

const districts = units.filter((u) => u.level === 'district');
/** 2022, as a decision's annex lists it: row 2 onwards (row 1 is the header), ranks 1..21, scores falling. */
const table: RankingRow[] = districts.map((u, i) => ({ row: i + 2, unit: u.name, rank: String(i + 1), score: (90 - i).toFixed(2).replace('.', ',') }));
const edited = (changes: Record<number, Partial<RankingRow>>) => table.map((r) => ({ ...r, ...changes[r.row] }));
const codes = (rows: RankingRow[], year = 2022) => checkRanking(year, rows, units).issues.map((i) => [i.severity, i.code, i.row, i.column]);

describe('checkRanking', () => {
  it('passes a complete, consistent table and reads its values (decimal commas too)', () => {
    const { values, issues } = checkRanking(2022, table, units);
    expect(issues).toEqual([]);
    expect(values).toHaveLength(21);
    expect(values[0]).toMatchObject({ row: 2, rank: 1, score: 90 });
  });

  it('names an unknown unit with suggestions, and the unit it leaves missing', () => {
    const row = table.find((r) => r.unit === 'Thái Hòa')!.row;
    const { issues } = checkRanking(2022, edited({ [row]: { unit: 'Thai Hao' } }), units);
    expect(issues).toEqual([
      { severity: 'error', code: 'unknown_unit', row, column: 'unit', params: { name: 'Thai Hao', suggestions: expect.stringContaining('Thái Hòa') } },
      { severity: 'error', code: 'missing_unit', row: null, column: null, params: { name: 'Thái Hòa' } },
    ]);
  });

  it('flags a unit that did not exist that year', () => {
    // Cửa Lò joined Vinh on 1 Dec 2024: the 2024 ranking, of the 20 units at the year's end, cannot rank it.
    expect(codes(table, 2024)).toContainEqual(['error', 'unit_not_in_year', table.find((r) => r.unit === 'Cửa Lò')!.row, 'unit']);
  });

  it('matches names at the year’s level: from 2025 “Thái Hòa” is the ward, and a district is no unit of the ranking', () => {
    const { values, issues } = checkRanking(2025, table, units);
    expect(values.find((v) => v.row === table.find((r) => r.unit === 'Thái Hòa')!.row)?.unit).toMatchObject({ code: '16939', type: 'ward' });
    // Vinh's land is six wards now, none of them named Vinh.
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown_unit', params: expect.objectContaining({ name: 'Vinh' }) }));
    expect(values.every((v) => v.unit.level === 'commune')).toBe(true);
    expect(issues.filter((i) => i.code === 'missing_unit')).toHaveLength(
      130 - new Set(values.filter((v) => v.unit.validTo === null).map((v) => v.unit.code)).size,
    );
  });

  it('flags a unit listed twice at its second row', () => {
    expect(codes(edited({ 5: { unit: table[0]!.unit } }))).toEqual([
      ['error', 'duplicate_unit', 5, 'unit'],
      ['error', 'missing_unit', null, null],
    ]);
  });

  it.each(['22', '0', '7,5', 'bảy', ''])('flags the rank %j as outside 1..21', (rank) => {
    expect(codes(edited({ 9: { rank } }))).toEqual([['error', 'rank_out_of_range', 9, 'rank']]);
  });

  it('flags a rank given twice, so the ranks are not 1..21 each once', () => {
    expect(codes(edited({ 9: { rank: '3', score: '88' } }))).toContainEqual(['error', 'rank_repeated', 9, 'rank']);
  });

  it.each(['101', '-1', 'n/a'])('flags the score %j as outside 0–100', (score) => {
    expect(codes(edited({ 6: { score } }))).toEqual([['error', 'score_out_of_range', 6, 'score']]);
  });

  it('flags a better score with a worse rank, and warns of a tie', () => {
    expect(codes(edited({ 4: { score: '95' } }))).toEqual([['error', 'rank_contradicts_score', 4, 'rank']]);
    expect(codes(edited({ 4: { score: table[1]!.score } }))).toEqual([['warning', 'score_tie', 4, 'score']]);
  });
});
