// The ready template for a year's PAR Index table: one row per unit ranked that year, its GSO code
// and name filled in, the rank and score left for the editor. CSV and .xlsx.
import type { Cell, Row } from 'write-excel-file/universal';
import type { Unit } from '../../api/contract';
import { toCsv } from '../../domain/csv';
import { unitsRankedIn } from '../../domain/importRanking';

export type TemplateHeader = { code: string; unit: string; rank: string; score: string };

const rows = (year: number, units: readonly Unit[]) => unitsRankedIn(year, units).map((u) => [u.code, u.name]);

export const templateFileName = (year: number, ext: 'csv' | 'xlsx') => `xep-hang-cchc_${year}_mau.${ext}`;

export function rankingTemplateCsv(year: number, units: readonly Unit[], header: TemplateHeader): Blob {
  const csv = toCsv([[header.code, header.unit, header.rank, header.score], ...rows(year, units).map(([code, name]) => [code!, name!, null, null])]);
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}

export async function rankingTemplateXlsx(year: number, units: readonly Unit[], header: TemplateHeader): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
  const data: Row[] = [
    [bold(header.code), bold(header.unit), bold(header.rank), bold(header.score)],
    // The code stays text: "0414"-style codes must not lose a leading zero.
    ...rows(year, units).map(([code, name]) => [
      { value: code!, type: String },
      { value: name!, type: String },
    ]),
  ];
  return writeXlsxFile([{ sheet: String(year), data, stickyRowsCount: 1, columns: [{ width: 10 }, { width: 22 }, { width: 10 }, { width: 10 }] }], {
    fontFamily: 'Arial',
    fontSize: 11,
  }).toBlob();
}
