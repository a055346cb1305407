// The ready templates: one row per unit the table must cover, its GSO code and name filled in, the
// figures left for the editor. A year's PAR Index ranking or a period's investment projects; CSV and .xlsx.
import type { Cell, Row } from 'write-excel-file/universal';
import type { Period, Unit } from '../../api/contract';
import { toCsv } from '../../domain/csv';
import { unitsCountedIn } from '../../domain/importInvestment';
import { unitsRankedIn } from '../../domain/importRanking';

export type TemplateHeader = { code: string; unit: string; rank: string; score: string };

/** A template: its file name without extension, sheet name, header and units (the figures' columns left empty). */
export type Template = { baseName: string; sheet: string; header: string[]; units: Unit[] };

export const rankingTemplate = (year: number, units: readonly Unit[], header: TemplateHeader): Template => ({
  baseName: `xep-hang-cchc_${year}_mau`,
  sheet: String(year),
  header: [header.code, header.unit, header.rank, header.score],
  units: unitsRankedIn(year, units),
});

export const investmentTemplate = (period: Period, units: readonly Unit[], header: { code: string; unit: string; count: string }): Template => ({
  baseName: `du-an-dau-tu_${period.start}_${period.end}_mau`,
  sheet: `${period.start} ${period.end}`,
  header: [header.code, header.unit, header.count],
  units: unitsCountedIn(period, units),
});

export function templateCsv(template: Template): Blob {
  const empty = template.header.slice(2).map(() => null);
  const csv = toCsv([template.header, ...template.units.map((u) => [u.code, u.name, ...empty])]);
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}

export async function templateXlsx(template: Template): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
  const data: Row[] = [
    template.header.map(bold),
    // The code stays text: "0414"-style codes must not lose a leading zero.
    ...template.units.map((u) => [
      { value: u.code, type: String },
      { value: u.name, type: String },
    ]),
  ];
  return writeXlsxFile(
    [{ sheet: template.sheet, data, stickyRowsCount: 1, columns: [{ width: 10 }, { width: 22 }, ...template.header.slice(2).map(() => ({ width: 12 }))] }],
    {
      fontFamily: 'Arial',
      fontSize: 11,
    },
  ).toBlob();
}
