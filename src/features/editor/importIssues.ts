// Each problem of an imported table in the editor's language, and the server's refusals put back at
// the row of the file they came from.
import type { ApiError } from '../../api/errors';
import type { ImportIssue } from '../../domain/importRanking';
import type { I18n } from '../../i18n/I18nProvider';

/** A problem the page shows: the checks' own, or a refusal from the server (its message as it said it). */
export type ShownIssue = ImportIssue | { severity: 'error'; code: 'server'; row: number | null; column: ImportIssue['column']; params: { message: string } };

export function issueText(t: I18n['t'], issue: ShownIssue): string {
  if (issue.code === 'server') return t('import.issue.server', issue.params);
  const text = t(`import.issue.${issue.code}`, issue.params);
  const suggestions = issue.code === 'unknown_unit' ? String(issue.params.suggestions ?? '') : '';
  return suggestions ? `${text} ${t('import.issue.suggestions', { names: suggestions })}` : text;
}

/** The server names what it refused by its place in the body ("observations.3.unitCode"): that observation's row. */
export function serverIssue(error: ApiError, rowOfObservation: readonly number[], kind: 'ranking' | 'investment'): ShownIssue {
  const parameter = error.body?.parameter ?? '';
  const match = /^observations\.(\d+)(?:\.(\w+))?/.exec(parameter);
  const row = match ? (rowOfObservation[Number(match[1])] ?? null) : null;
  const field = match?.[2];
  const column = field === 'unitCode' ? 'unit' : field === 'value' ? (kind === 'ranking' ? 'rank' : 'count') : null;
  return { severity: 'error', code: 'server', row, column, params: { message: error.body?.message ?? error.message } };
}
