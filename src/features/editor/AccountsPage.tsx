// "Tài khoản / Accounts": the admins' page: the accounts with what can be done to each, a form to
// create one, and the audit log. Editors and viewers who find its address are told it is not theirs.
import { useI18n } from '../../i18n/I18nProvider';
import { AccountList } from './AccountList';
import { AuditLog } from './AuditLog';
import { EditorGate } from './EditorGate';
import { NewAccountForm } from './NewAccountForm';

export function AccountsPage() {
  const { t } = useI18n();
  return (
    <EditorGate title={t('accounts.title')}>
      {(editor) =>
        editor.role === 'admin' ? (
          <>
            <p className="lead">{t('accounts.lead')}</p>
            <AccountList self={editor.email} />
            <NewAccountForm />
            <AuditLog />
          </>
        ) : (
          <p className="notice notice--warning">{t('accounts.adminOnly', { email: editor.email })}</p>
        )
      }
    </EditorGate>
  );
}
