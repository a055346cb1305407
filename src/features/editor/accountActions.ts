// The admins' changes to accounts as one mutation: each says in words what it did, and every
// answer refreshes the accounts and the audit log, which both record it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Role } from '../../api/accounts';
import { editingQueries } from '../../queries/editing';

export type AccountAction =
  { kind: 'role'; email: string; role: Role } | { kind: 'disable'; email: string } | { kind: 'enable'; email: string } | { kind: 'sessions'; email: string };

function perform(action: AccountAction): Promise<unknown> {
  switch (action.kind) {
    case 'role':
      return api.changeAccount(action.email, { role: action.role });
    case 'disable':
      return api.changeAccount(action.email, { disabled: true });
    case 'enable':
      return api.changeAccount(action.email, { disabled: false });
    case 'sessions':
      return api.endSessions(action.email);
  }
}

export function useAccountAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: perform,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: editingQueries.accounts().queryKey });
      void client.invalidateQueries({ queryKey: editingQueries.auditAll() });
    },
  });
}
