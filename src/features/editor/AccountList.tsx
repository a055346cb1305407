// The accounts table: each account's role, state and last sign-in, and what an admin may do to it.
// The admin's own row offers nothing that could lock them out.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { roleSchema, type AccountView, type Role } from '../../api/accounts';
import { useI18n } from '../../i18n/I18nProvider';
import { editingQueries } from '../../queries/editing';
import { DataTable } from '../../ui/DataTable';
import { ErrorState, LoadingState } from '../../ui/QueryState';
import { useAccountAction, type AccountAction } from './accountActions';
import { useFormatTime } from './useFormatTime';

const ROLES = roleSchema.options;

function RoleControl({ account, onSave, busy }: { account: AccountView; onSave: (role: Role) => void; busy: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [role, setRole] = useState<Role>(account.role);
  return (
    <div className="account-role">
      <label htmlFor={id} className="visually-hidden">
        {t('accounts.roleLabel', { email: account.email })}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`accounts.role.${r}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--quiet"
        disabled={busy || role === account.role}
        onClick={() => onSave(role)}
        aria-label={t('accounts.saveRoleLabel', { email: account.email })}
      >
        {t('accounts.saveRole')}
      </button>
    </div>
  );
}

/** Asks before access is taken away; the question takes the focus, so a keyboard user lands on the choice just offered. */
function ConfirmDisable({ email, busy, onConfirm, onCancel }: { email: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div role="group" aria-label={t('accounts.disableLabel', { email })} className="confirm">
      <p>{t('accounts.confirmDisable', { email })}</p>
      <button ref={yes} type="button" className="button" onClick={onConfirm} disabled={busy}>
        {t('accounts.confirmYes')}
      </button>{' '}
      <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
        {t('accounts.cancel')}
      </button>
    </div>
  );
}

type RowProps = { account: AccountView; self: boolean; confirming: boolean; busy: boolean; act: (action: AccountAction) => void; ask: (ask: boolean) => void };

function AccountRow({ account, self, confirming, busy, act, ask }: RowProps) {
  const { t } = useI18n();
  const time = useFormatTime();
  const { email } = account;
  return (
    <tr>
      <th scope="row">
        {email}
        {self ? <small> ({t('accounts.you')})</small> : null}
      </th>
      <td>{self ? t(`accounts.role.${account.role}`) : <RoleControl account={account} busy={busy} onSave={(role) => act({ kind: 'role', email, role })} />}</td>
      <td>
        {account.disabledAt ? (
          <strong className="account-disabled">{t('accounts.state.disabled', { time: time(account.disabledAt) })}</strong>
        ) : (
          t('accounts.state.active')
        )}
      </td>
      <td>{account.lastSignInAt ? time(account.lastSignInAt) : t('accounts.never')}</td>
      <td>
        {self ? null : confirming ? (
          <ConfirmDisable email={email} busy={busy} onConfirm={() => act({ kind: 'disable', email })} onCancel={() => ask(false)} />
        ) : (
          <div className="account-actions">
            {account.disabledAt ? (
              <button
                type="button"
                className="button button--quiet"
                disabled={busy}
                onClick={() => act({ kind: 'enable', email })}
                aria-label={t('accounts.enableLabel', { email })}
              >
                {t('accounts.enable')}
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => ask(true)}
                  aria-label={t('accounts.disableLabel', { email })}
                >
                  {t('accounts.disable')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => act({ kind: 'sessions', email })}
                  aria-label={t('accounts.endSessionsLabel', { email })}
                >
                  {t('accounts.endSessions')}
                </button>
              </>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

function doneMessage(t: ReturnType<typeof useI18n>['t'], action: AccountAction): string {
  const { email } = action;
  if (action.kind === 'role') return t('accounts.done.role', { email, role: t(`accounts.role.${action.role}`) });
  if (action.kind === 'disable') return t('accounts.done.disabled', { email });
  if (action.kind === 'enable') return t('accounts.done.enabled', { email });
  return t('accounts.done.sessions', { email });
}

export function AccountList({ self }: { self: string }) {
  const { t } = useI18n();
  const accounts = useQuery(editingQueries.accounts());
  const action = useAccountAction();
  const [confirming, setConfirming] = useState<string | null>(null);
  const act = (a: AccountAction) => action.mutate(a, { onSettled: () => setConfirming(null) });
  if (accounts.isPending) return <LoadingState />;
  if (accounts.isError) return <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />;
  return (
    <>
      <p role="status">
        {action.isSuccess ? doneMessage(t, action.variables) : null}
        {action.isError ? t('accounts.failed', { detail: action.error.message }) : null}
      </p>
      <DataTable caption={t('accounts.caption')} className="accounts-table">
        <thead>
          <tr>
            <th scope="col">{t('accounts.col.email')}</th>
            <th scope="col">{t('accounts.col.role')}</th>
            <th scope="col">{t('accounts.col.state')}</th>
            <th scope="col">{t('accounts.col.lastSignIn')}</th>
            <th scope="col">{t('accounts.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.data.map((account) => (
            <AccountRow
              key={account.email}
              account={account}
              self={account.email === self}
              confirming={confirming === account.email}
              busy={action.isPending}
              act={act}
              ask={(yes) => (setConfirming(yes ? account.email : null), action.reset())}
            />
          ))}
        </tbody>
      </DataTable>
      <p>{t('accounts.selfNote')}</p>
    </>
  );
}
