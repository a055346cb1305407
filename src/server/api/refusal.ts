// What the server's own checks of a publication answer, whatever is published: the first error at
// its place in the body, or in the file sent with it, which the kept file is read again to find.
import type { ImportIssue } from '../../domain/importRanking';
import { readSheet } from '../../domain/importSheet';

/** A publication refused: the parameter the 400 names (`observations.3.value`, `file`) and why. */
export type Refusal = { parameter: string; message: string };

export type SentFile = { name: string; bytes: Uint8Array<ArrayBuffer> };

/** The first error of a table's checks: warnings do not refuse, the editor acknowledged them in the page. */
export const firstError = (issues: readonly ImportIssue[]): ImportIssue | undefined => issues.find((issue) => issue.severity === 'error');

/** A problem as the page's checks found it: its code and parameters, for the page to show as said. */
export const issueMessage = (issue: ImportIssue): string => `${issue.code}: ${JSON.stringify(issue.params)}`;

/** The refusal of a file whose checks find an error, at its row; null when they find none. */
export function fileError(issues: readonly ImportIssue[]): Refusal | null {
  const error = firstError(issues);
  return error ? { parameter: 'file', message: `row ${error.row ?? '-'}: ${issueMessage(error)}` } : null;
}

/**
 * The file's table read again as the page read it (`readTable` finds its header), or the refusal of
 * a file that cannot be read or has no header naming `columns`.
 */
export async function readSentTable<Row>(
  file: SentFile,
  readTable: (sheet: string[][]) => { ok: true; rows: Row[] } | { ok: false },
  columns: string,
): Promise<{ ok: true; rows: Row[] } | { ok: false; refusal: Refusal }> {
  const read = await readSheet(file.name, file.bytes);
  if (!read.ok) return { ok: false, refusal: { parameter: 'file', message: `the file cannot be read: ${read.reason} ${read.detail}` } };
  const table = readTable(read.sheet);
  if (!table.ok) return { ok: false, refusal: { parameter: 'file', message: `the file has no header row naming ${columns}` } };
  return { ok: true, rows: table.rows };
}
