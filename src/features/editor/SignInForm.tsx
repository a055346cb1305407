// The sign-in form: email and password, a lockout that says when to retry, every failure in words.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { isApiError } from '../../api/errors';
import { LOCALE } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { editingQueries, rememberSignedIn } from '../../queries/editing';

export function SignInForm() {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: api.signIn,
    onSuccess: (session) => {
      rememberSignedIn(true);
      client.setQueryData(editingQueries.session().queryKey, session);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  const failure = (): string | null => {
    const error = signIn.error;
    if (!error) return null;
    if (isApiError(error) && error.body?.code === 'locked' && error.body.retryAt) {
      const time = new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: 'short', dateStyle: 'long' }).format(new Date(error.body.retryAt));
      return t('signIn.locked', { time });
    }
    if (isApiError(error) && error.status === 401) return t('signIn.wrong');
    if (isApiError(error) && error.body?.code === 'disabled') return t('accounts.noAccess');
    return t('signIn.failed', { detail: error.message });
  };
  const message = failure();
  return (
    <form className="editor-form sign-in" onSubmit={submit} aria-describedby={message ? `${id}-error` : undefined}>
      <p className="lead">{t('signIn.lead')}</p>
      <label className="editor-form__field">
        <span>{t('signIn.email')}</span>
        <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label className="editor-form__field">
        <span>{t('signIn.password')}</span>
        <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {message ? (
        <p id={`${id}-error`} className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={signIn.isPending}>
        {t(signIn.isPending ? 'signIn.submitting' : 'signIn.submit')}
      </button>
    </form>
  );
}
