// From a sheet to what is published: the header found in either language, rows numbered as the
// sheet numbers them, observations reported by the source, the diff against what is published, an
// .xlsx template read back, and a zip that would unpack to too much refused before unpacking.
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import type { Source } from '../../src/api/contract';
import { checkRanking } from '../../src/domain/importRanking';
import { diffObservations, rankingObservations, readRankingTable } from '../../src/domain/importTable';
import { unitsRankedIn } from '../../src/domain/importRanking';
import { zipSync } from 'fflate';
import { unpacksWithin, xlsxUnpackedSize } from '../../src/domain/zipSize';
import { translate } from '../../src/i18n/catalogue';
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

const MAX_FILE = 2 * 1024 * 1024;

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

  it('a file whose directory declares small sizes but whose data inflates past 50 MB is refused, with the message the editor sees', async () => {
    // A worksheet of 60 MB of spaces deflates to ~60 kB; every size the zip declares is then set to 1 kB.
    const bomb = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024).fill(32),
    });
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 4 <= bomb.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, 1024, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, 1024, true);
    }
    expect(bomb.length).toBeLessThan(MAX_FILE);
    expect(xlsxUnpackedSize(bomb)).toBe(2048);
    expect(unpacksWithin(bomb, 50 * 1024 * 1024)).toBe(false);
    const read = await readImportFile(new File([bomb], 'bomb.xlsx'));
    expect(read).toMatchObject({ ok: false, reason: 'too_large' });
    if (read.ok) return;
    expect(translate('vi', `import.file.${read.reason}`, { detail: read.detail })).toBe(
      'Tệp quá lớn (> 52428800 byte khi mở ra). Tối đa 2 MB, và 50 MB khi giải nén.',
    );
  });

  it('measures what an honest workbook unpacks to, and refuses nothing in it', async () => {
    const bytes = new Uint8Array(await (await templateXlsx(rankingTemplate(2024, seed.units, HEADER))).arrayBuffer());
    expect(unpacksWithin(bytes, 50 * 1024 * 1024)).toBe(true);
    expect(unpacksWithin(bytes, xlsxUnpackedSize(bytes)!)).toBe(true);
    expect(unpacksWithin(bytes, xlsxUnpackedSize(bytes)! - 1)).toBe(false);
    expect(unpacksWithin(new TextEncoder().encode('not a zip'), 1)).toBeNull();
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
    expect(read.legacy).toBe('tcvn3');
    expect(read.sheet[1]![0]).toBe('Thái Hòa');
  });

  it('reads a CSV typed in VNI and says so, not mistaking its bytes for windows-1258', async () => {
    // As a VNI-Times user typed it, saved in the Windows code page: Thái Hòa, Quỳnh Lưu, Nghĩa Đàn.
    const western = Uint8Array.from('Unit;Rank\nThaùi Hoøa;8\nQuyønh Löu;2\nNghóa Ñaøn;5\n', (ch) => ch.charCodeAt(0));
    const read = await readImportFile(new File([western], 'vni.csv'));
    if (!read.ok) throw new Error(read.detail);
    expect(read.legacy).toBe('vni');
    expect(read.sheet.slice(1).map((row) => row[0])).toEqual(['Thái Hòa', 'Quỳnh Lưu', 'Nghĩa Đàn']);
  });

  it('converts nothing in a Unicode or plain-ASCII file', async () => {
    for (const text of ['Unit;Rank\nThái Hòa;8\nHoà;3\nVõ;2\n', 'Unit;Rank\nVinh;1\nCua Lo;2\n']) {
      const read = await readImportFile(new File([text], 'plain.csv'));
      if (!read.ok) throw new Error(read.detail);
      expect(read.legacy).toBeNull();
      expect(read.sheet.map((row) => row.join(';')).join('\n')).toBe(text.trim());
    }
  });
});
