// Creating an account: its email, its role and an initial password typed twice, checked here for
// length and agreement before the server (which alone decides) is asked.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { PASSWORD_MIN, roleSchema, type NewAccountBody, type Role } from '../../api/accounts';
import { isApiError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { editingQueries } from '../../queries/editing';

export function NewAccountForm() {
  const { t } = useI18n();
  const client = useQueryClient();
  const id = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: NewAccountBody) => api.createAccount(body),
    onSuccess: () => {
      setEmail('');
      setPassword('');
      setRepeat('');
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: editingQueries.accounts().queryKey });
      void client.invalidateQueries({ queryKey: editingQueries.auditAll() });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.reset();
    if ([...password].length < PASSWORD_MIN) return setProblem(t('accounts.new.tooShort', { min: PASSWORD_MIN }));
    if (password !== repeat) return setProblem(t('accounts.new.mismatch'));
    setProblem(null);
    create.mutate({ email, role, password });
  };
  const failure = (): string | null => {
    if (problem) return problem;
    const error = create.error;
    if (!error) return null;
    if (isApiError(error) && error.body?.code === 'conflict') return t('accounts.new.exists', { email: create.variables?.email ?? email });
    return t('accounts.failed', { detail: error.message });
  };
  const message = failure();
  return (
    <section aria-labelledby={`${id}-title`} className="account-new">
      <h2 id={`${id}-title`}>{t('accounts.new.title')}</h2>
      <form className="editor-form" onSubmit={submit} aria-describedby={message ? `${id}-error` : `${id}-hint`}>
        <label className="editor-form__field">
          <span>{t('accounts.new.email')}</span>
          <input type="email" name="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="editor-form__field">
          <span>{t('accounts.new.role')}</span>
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roleSchema.options.map((r) => (
              <option key={r} value={r}>
                {t(`accounts.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="editor-form__field">
          <span>{t('accounts.new.password', { min: PASSWORD_MIN })}</span>
          <input type="password" name="new-password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <label className="editor-form__field">
          <span>{t('accounts.new.repeat')}</span>
          <input type="password" name="repeat-password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </label>
        <p id={`${id}-hint`}>{t('accounts.new.hint')}</p>
        {message ? (
          <p id={`${id}-error`} className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <p role="status">{create.isSuccess ? t('accounts.done.created', { email: create.data.email, role: t(`accounts.role.${create.data.role}`) }) : null}</p>
        <div>
          <button type="submit" className="button" disabled={create.isPending}>
            {t(create.isPending ? 'accounts.new.submitting' : 'accounts.new.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
