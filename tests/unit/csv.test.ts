// CSV for Excel: BOM, quoting, Vietnamese names, one row per observation; file names say what and when.
import { describe, expect, it } from 'vitest';
import { CSV_BOM, exportFileName, observationsCsv, toCsv } from '../../src/domain/csv';
import { seed } from '../../mocks/seed';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs it', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', null, 9.5]])).toBe(`${CSV_BOM}a,"b,c","say ""hi""",,9.5\r\n`);
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers as numbers', () => {
    const cells = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', 'Thái Hòa', -3];
    expect(toCsv([cells])).toBe(`${CSV_BOM}"'=HYPERLINK(""http://evil.example"",""x"")",'+1+1,'-2+3,'@SUM(A1),Thái Hòa,-3\r\n`);
  });
});

describe('observationsCsv', () => {
  it('writes Thái Hòa’s reported ranks with their source', () => {
    const ranks = seed.observations.filter((o) => o.unitCode === '414' && o.indicatorId === 'par_rank' && o.provenance === 'reported');
    const csv = observationsCsv(ranks, {
      ...seed,
      lang: 'vi',
      provenanceLabel: (p) => p,
      header: {
        unitCode: 'code',
        unitName: 'name',
        indicator: 'indicator',
        periodStart: 'start',
        periodEnd: 'end',
        value: 'value',
        rankedOf: 'of',
        provenance: 'provenance',
        source: 'source',
        sourceUrl: 'url',
      },
    });
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('code,name,indicator,start,end,value,of,provenance,source,url');
    expect(lines.slice(1)).toEqual([
      '414,Thái Hòa,Xếp hạng Chỉ số CCHC,2019-01,2019-12,17,21,reported,"Báo Nghệ An (baonghean.vn), Mai Hoa: Quyết tâm ‘Tự soi, tự sửa’ ở thị xã Thái Hòa",',
      '414,Thái Hòa,Xếp hạng Chỉ số CCHC,2020-01,2020-12,9,21,reported,"Báo Nghệ An (baonghean.vn), Mai Hoa: Quyết tâm ‘Tự soi, tự sửa’ ở thị xã Thái Hòa",',
      '414,Thái Hòa,Xếp hạng Chỉ số CCHC,2021-01,2021-12,9,21,reported,"Báo Nghệ An (baonghean.vn), Mai Hoa: Quyết tâm ‘Tự soi, tự sửa’ ở thị xã Thái Hòa",',
    ]);
  });
});

describe('exportFileName', () => {
  it('drops diacritics and names the years', () => {
    expect(exportFileName('xếp hạng cchc', [2021, 2019, 2020])).toBe('xep-hang-cchc_2019-2021');
    expect(exportFileName('Dự án đầu tư', [2022])).toBe('du-an-dau-tu_2022');
  });
});
