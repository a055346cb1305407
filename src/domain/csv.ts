// Spreadsheet export: observations as CSV that Excel opens correctly with Vietnamese names
// (UTF-8 with a byte-order mark, CRLF line ends, every field quoted when it needs to be).
import type { Observation } from '../api/contract';
import { EXPORT_COLUMNS, observationRows, type ExportColumn, type ExportContext } from './exportTable';

export const CSV_BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula (OWASP's CSV injection list); numbers are never text. */
const FORMULA_START = /^[=+\-@\t\r]/;

const field = (value: string | number | null): string => {
  // A leading apostrophe makes Excel and LibreOffice show the text instead of evaluating it.
  const text = value === null ? '' : typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export type CsvHeader = Record<ExportColumn, string>;

export type CsvContext = ExportContext & { header: CsvHeader };

/** One row per observation, in the order given; names and labels in the reader's language. */
export function observationsCsv(observations: readonly Observation[], ctx: CsvContext): string {
  const rows = observationRows(observations, ctx).map((row) => row.map((cell) => (cell.type === 'empty' ? null : cell.value)));
  return toCsv([EXPORT_COLUMNS.map((c) => ctx.header[c]), ...rows]);
}

/** A file name that says what and when, without diacritics: "xep-hang-cchc_2019-2021". */
export function exportFileName(what: string, years: readonly number[]): string {
  const slug = what
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const sorted = [...years].sort((a, b) => a - b);
  const span = sorted.length === 0 ? '' : sorted[0] === sorted.at(-1) ? `_${sorted[0]}` : `_${sorted[0]}-${sorted.at(-1)}`;
  return `${slug}${span}`;
}
