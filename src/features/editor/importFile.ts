// Reading an uploaded file in the browser: refused before it is read when it is too large, then
// read into a sheet by the same code the server reads the kept file with (domain/importSheet.ts).
import { MAX_FILE_BYTES, readSheet, type ReadFile } from '../../domain/importSheet';

export type { ReadFile };

export async function readImportFile(file: File): Promise<ReadFile> {
  const name = file.name.toLowerCase();
  if (!name.endsWith('.csv') && !name.endsWith('.xlsx')) return { ok: false, reason: 'type', detail: file.name };
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too_large', detail: String(file.size) };
  return readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
}
