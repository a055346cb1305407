// A whole, valid PAR Index ranking of a year, as the server now requires one to be published: every
// unit the seed ranks that year, ranks 1..N, scores falling with the ranks; and the file it came from.
import { seed } from '../../mocks/seed';
import type { Observation, Source } from '../../src/api/contract';
import { unitsRankedIn } from '../../src/domain/importRanking';

/** The decision that published the 2022 ranking, as an editor enters it. */
export const decision: Source = {
  id: 'qd-1048-2023',
  title: 'Quyết định 1048/QĐ-UBND công bố Chỉ số CCHC năm 2022',
  publisher: 'UBND tỉnh Nghệ An',
  published: '2023-04-18',
  url: 'https://nghean.gov.vn/qd-1048',
  note: null,
};

/**
 * Every unit ranked in `year`, reported by `sourceId`: the units in `placed` at their given ranks,
 * the others on the free ranks in the seed's order, each with a score (two decimals, lower for a
 * worse rank) unless `scores` is false.
 */
export function wholeRanking(year: number, sourceId: string, placed: Record<string, number> = {}, { scores = true } = {}): Observation[] {
  const units = unitsRankedIn(year, seed.units);
  const size = units.length;
  const free = Array.from({ length: size }, (_, i) => i + 1).filter((rank) => !Object.values(placed).includes(rank));
  const figure = { period: { start: `${year}-01`, end: `${year}-12` }, provenance: 'reported' as const, sourceId, quote: null, note: null };
  return units.flatMap((unit) => {
    const rank = placed[unit.code] ?? free.shift()!;
    const score = Math.round((100 - (rank * 50) / size) * 100) / 100;
    return [
      { ...figure, unitCode: unit.code, indicatorId: 'par_rank', value: rank, rankedOf: size },
      ...(scores ? [{ ...figure, unitCode: unit.code, indicatorId: 'par_score', value: score, rankedOf: null }] : []),
    ];
  });
}

/** The ranking as the template's .csv an editor fills: code, name, rank, score written with a decimal comma. */
export function rankingCsv(ranking: readonly Observation[]): Uint8Array<ArrayBuffer> {
  const score = (unit: string) => ranking.find((o) => o.unitCode === unit && o.indicatorId === 'par_score')?.value;
  const lines = ranking
    .filter((o) => o.indicatorId === 'par_rank')
    .map((o) => [o.unitCode, seed.units.find((u) => u.code === o.unitCode)!.name, o.value, String(score(o.unitCode) ?? '').replace('.', ',')].join(';'));
  return new TextEncoder().encode(['Mã;Đơn vị;Xếp hạng;Điểm', ...lines, ''].join('\n'));
}

/** The file as the publication sends it. */
export const sentFile = (name: string, bytes: Uint8Array) => ({ name, type: 'text/csv', base64: Buffer.from(bytes).toString('base64') });
