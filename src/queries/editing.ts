// The editor's queries: the session (null when nobody is signed in) and the data versions. Readers
// never ask for either: the header asks for the session only once this browser has signed in.
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client';
import { isApiError } from '../api/errors';

const HINT = 'kpi-signed-in';

/** Not a secret (the session is in an HttpOnly cookie): only whether asking the server is worth it. */
export function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(HINT, '1');
    else window.localStorage.removeItem(HINT);
  } catch {
    // Storage refused (private mode): the header then shows the session on editor pages only.
  }
}

export function maybeSignedIn(): boolean {
  try {
    return window.localStorage.getItem(HINT) === '1';
  } catch {
    return false;
  }
}

export const editingQueries = {
  session: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: async ({ signal }) => {
        try {
          return await api.session({ signal });
        } catch (error) {
          // Not signed in (or the session ended) is an answer, not a failure.
          if (isApiError(error) && error.status === 401) {
            rememberSignedIn(false);
            return null;
          }
          throw error;
        }
      },
      staleTime: 60_000,
    }),
  versions: () => queryOptions({ queryKey: ['versions'], queryFn: ({ signal }) => api.versions({ signal }), staleTime: 0 }),
  accounts: () => queryOptions({ queryKey: ['accounts'], queryFn: ({ signal }) => api.accounts({ signal }), staleTime: 0 }),
  auditAll: () => ['audit'] as const,
  /** A page of the audit log, newest first. */
  audit: (page: { limit: number; offset: number }) =>
    queryOptions({ queryKey: [...editingQueries.auditAll(), page], queryFn: ({ signal }) => api.audit(page, { signal }), staleTime: 0 }),
  /** A version never changes, so neither does what it changed: kept as long as the page lives. */
  versionChanges: (id: string) =>
    queryOptions({ queryKey: ['versions', id, 'changes'], queryFn: ({ signal }) => api.versionChanges(id, { signal }), staleTime: Infinity }),
};
