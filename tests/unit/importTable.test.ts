// From a sheet to what is published: the header found in either language, rows numbered as the
// sheet numbers them, observations reported by the source, the diff against what is published, an
// .xlsx template read back, and a zip that would unpack to too much refused before unpacking.
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import type { Source } from '../../src/api/contract';
import { checkRanking } from '../../src/domain/importRanking';
import { diffObservations, rankingObservations, readRankingTable } from '../../src/domain/importTable';
import { unitsRankedIn } from '../../src/domain/importRanking';
import { xlsxUnpackedSize } from '../../src/domain/zipSize';
import { readImportFile } from '../../src/features/editor/importFile';
import { rankingTemplate, templateXlsx } from '../../src/features/editor/template';

const SOURCE: Source = {
  id: '1048/QĐ-UBND',
  title: 'Chỉ số CCHC 2022',
  publisher: 'UBND tỉnh Nghệ An',
  published: '2023-04-18',
  url: 'https://nghean.gov.vn/1048',
  note: null,
};
const HEADER = { code: 'Mã ĐVHC', unit: 'Đơn vị', rank: 'Thứ hạng', score: 'Điểm' };

describe('readRankingTable', () => {
  it('finds the header under a title, in Vietnamese or English, and numbers rows as the sheet does', () => {
    const vi = readRankingTable([
      ['Phụ lục: kết quả Chỉ số CCHC năm 2022'],
      [],
      ['STT', 'Đơn vị', 'Thứ hạng', 'Điểm'],
      ['1', 'TX Thái Hòa', '8', '83,32'],
      ['', '', '', ''],
    ]);
    expect(vi).toEqual({ ok: true, rows: [{ row: 4, unit: 'TX Thái Hòa', rank: '8', score: '83,32' }] });
    const en = readRankingTable([
      ['GSO code', 'Unit', 'Rank', 'Score'],
      ['414', 'Thái Hòa', '8', ''],
    ]);
    expect(en).toEqual({ ok: true, rows: [{ row: 2, unit: '414', rank: '8', score: '' }] });
    expect(
      readRankingTable([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toEqual({ ok: false, reason: 'no_header' });
  });
});

describe('rankingObservations and diffObservations', () => {
  it('reports every value by the source, and says what each replaces', () => {
    const units = seed.units;
    const { values, issues } = checkRanking(2022, [{ row: 2, unit: 'Vinh', rank: '1', score: '90' }], units);
    expect(issues.map((i) => i.code)).toContain('missing_unit');
    const observations = rankingObservations(2022, values, unitsRankedIn(2022, units).length, SOURCE);
    expect(observations).toEqual([
      expect.objectContaining({ unitCode: '412', indicatorId: 'par_rank', value: 1, rankedOf: 21, provenance: 'reported', sourceId: SOURCE.id }),
      expect.objectContaining({ unitCode: '412', indicatorId: 'par_score', value: 90, rankedOf: null, provenance: 'reported', sourceId: SOURCE.id }),
    ]);
    const diff = diffObservations(seed.observations, [...observations, { ...observations[0]!, unitCode: '999' }]);
    // Vinh's 2022 rank is reported already (by another source); its score was illustrative.
    expect(diff.map((d) => d.kind)).toEqual(['source_changed', 'replaces_illustrative', 'new']);
    expect(diffObservations(observations, [{ ...observations[0]!, value: 2 }, observations[1]!]).map((d) => d.kind)).toEqual(['changed', 'unchanged']);
    expect(diff[1]!.before).toMatchObject({ value: 86.05, provenance: 'illustrative' });
  });
});

describe('the .xlsx template', () => {
  it('lists the units ranked that year and reads back through read-excel-file (Node)', async () => {
    const blob = await templateXlsx(rankingTemplate(2024, seed.units, HEADER));
    const file = new File([await blob.arrayBuffer()], 'mau.xlsx');
    const read = await readImportFile(file);
    if (!read.ok) throw new Error(read.detail);
    expect(read.sheet[0]).toEqual(['Mã ĐVHC', 'Đơn vị', 'Thứ hạng', 'Điểm']);
    // The units the checks expect that year: the 20 that existed at its end (Cửa Lò joined Vinh on 1 Dec 2024).
    expect(read.sheet.slice(1).map((r) => r[1])).toEqual(unitsRankedIn(2024, seed.units).map((u) => u.name));
    expect(read.sheet).toHaveLength(21);
    expect(read.sheet.map((r) => r[1])).not.toContain('Cửa Lò');
  });

  it('a file that declares more unpacked bytes than allowed is refused before it is unpacked', async () => {
    const bytes = new Uint8Array(await (await templateXlsx(rankingTemplate(2024, seed.units, HEADER))).arrayBuffer());
    expect(xlsxUnpackedSize(bytes)).toBeGreaterThan(1000);
    // Claim 60 MB for the first entry of the central directory.
    const view = new DataView(bytes.buffer);
    const directory = view.getUint32(bytes.length - 22 + 16, true);
    view.setUint32(directory + 24, 60 * 1024 * 1024, true);
    const read = await readImportFile(new File([bytes], 'bomb.xlsx'));
    expect(read).toMatchObject({ ok: false, reason: 'too_large' });
    expect(xlsxUnpackedSize(new TextEncoder().encode('not a zip at all, just text'))).toBeNull();
  });

  it('refuses a file of another type or over 2 MB with its reason', async () => {
    expect(await readImportFile(new File(['x'], 'table.pdf'))).toMatchObject({ ok: false, reason: 'type' });
    expect(await readImportFile(new File([new Uint8Array(3 * 1024 * 1024)], 'big.csv'))).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('reads a CSV typed in TCVN3 and says so', async () => {
    // The name as a .VnTime user typed it: one byte a letter, saved by Excel in the Windows code page.
    const latin1 = Uint8Array.from('Unit;Rank\nTh¸i Hßa;8\n', (ch) => ch.charCodeAt(0));
    const read = await readImportFile(new File([latin1], 'tcvn3.csv'));
    if (!read.ok) throw new Error(read.detail);
    expect(read.tcvn3).toBe(true);
    expect(read.sheet[1]![0]).toBe('Thái Hòa');
  });
});
