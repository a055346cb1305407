// Reading an uploaded file's bytes into a sheet of text cells, the same in the browser (the preview)
// and on the server (which reads the kept file again): .csv through the decoders (encodings,
// separators, TCVN3 and VNI), .xlsx through read-excel-file (loaded when first needed).
import { parseCsv } from './importCsv';
import { decodeText, type TextEncodingName } from './importText';
import { detectLegacy, toUnicode, type LegacyEncoding } from './legacyVietnamese';
import { looksLikeVni } from './legacyVni';
import { unpacksWithin, xlsxUnpackedSize } from './zipSize';

/** A year's or a period's table has a few dozen rows (130 communes): these bounds leave room and refuse what cannot be one. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 2_000;
/** What an .xlsx may unpack to: beyond this it is a zip bomb or not a table of units. */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

export type ReadFile =
  | { ok: true; sheet: string[][]; encoding: TextEncodingName | 'xlsx'; legacy: LegacyEncoding | null; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; reason: 'type' | 'too_large' | 'too_many_rows' | 'unreadable'; detail: string };

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
};

/** Cells typed in a TCVN3 or VNI font read as Unicode, when the sheet's text as a whole looks like one. */
function withUnicode(sheet: string[][]): { sheet: string[][]; legacy: LegacyEncoding | null } {
  const legacy = detectLegacy(sheet.flat().join(' '));
  if (!legacy) return { sheet, legacy };
  return { sheet: sheet.map((row) => row.map((cell) => toUnicode(cell, legacy))), legacy };
}

/**
 * The CSV's text. VNI fonts drew on the Western code page: a file typed in one is read in it, not
 * in windows-1258, whose combining marks would have joined the letters VNI puts them after.
 */
function csvText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'windows-1258') return decoded;
  const western = new TextDecoder('windows-1252').decode(bytes);
  return looksLikeVni(western) ? { text: western, encoding: decoded.encoding } : decoded;
}

export async function readSheet(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<ReadFile> {
  const lower = name.toLowerCase();
  const kind = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xlsx') ? 'xlsx' : null;
  if (!kind) return { ok: false, reason: 'type', detail: name };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: 'too_large', detail: String(bytes.length) };
  let sheet: string[][];
  let encoding: TextEncodingName | 'xlsx' = 'xlsx';
  try {
    if (kind === 'csv') {
      const decoded = csvText(bytes);
      encoding = decoded.encoding;
      sheet = parseCsv(decoded.text).rows;
    } else {
      const unpacked = xlsxUnpackedSize(bytes);
      if (unpacked === null) return { ok: false, reason: 'unreadable', detail: 'not an .xlsx workbook' };
      if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, reason: 'too_large', detail: String(unpacked) };
      // The directory's sizes may lie: what the workbook truly unpacks to is measured before the reader unpacks it.
      const within = unpacksWithin(bytes, MAX_UNPACKED_BYTES);
      if (within === null) return { ok: false, reason: 'unreadable', detail: 'not an .xlsx workbook' };
      if (!within) return { ok: false, reason: 'too_large', detail: `> ${MAX_UNPACKED_BYTES}` };
      const { default: readXlsxFile } = await import('read-excel-file/universal');
      const [first] = await readXlsxFile(bytes.buffer);
      sheet = (first?.data ?? []).map((row) => row.map(cellText));
    }
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  if (sheet.length > MAX_ROWS) return { ok: false, reason: 'too_many_rows', detail: String(sheet.length) };
  return { ok: true, ...withUnicode(sheet), encoding, bytes };
}
