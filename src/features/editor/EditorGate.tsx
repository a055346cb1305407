// What every editor page stands behind: the server (the in-browser mock has no accounts), then a
// session with the editor role. Drawn in the browser only: a page rendered ahead knows no session.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { apiHostsEditing } from '../../api/client';
import type { Role } from '../../api/accounts';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../routing/Link';
import { useLocation, withParams } from '../../routing/location';
import { routePath } from '../../routing/routes';
import { editingQueries } from '../../queries/editing';
import { ErrorState, LoadingState } from '../../ui/QueryState';
import { useHydrated } from '../../ui/useHydrated';
import { SignInForm } from './SignInForm';

export type Editor = { email: string; role: Role };

export function NeedsServer() {
  const { t } = useI18n();
  return (
    <div className="notice notice--warning" role="status">
      <p>
        <strong>{t('editor.needsServer.title')}.</strong> {t('editor.needsServer.body')}
      </p>
    </div>
  );
}

const NAV = [
  { name: 'import', label: 'import.title' },
  { name: 'history', label: 'history.title' },
  { name: 'accounts', label: 'accounts.title' },
] as const;

/** Links between the editors' pages, shown on each of them; the accounts page to admins only. */
export function EditorNav({ role }: { role: Role }) {
  const { t } = useI18n();
  const location = useLocation();
  const current = location.pathname;
  return (
    <nav aria-label={t('editor.nav.label')} className="editor-nav">
      {NAV.filter(({ name }) => name !== 'accounts' || role === 'admin').map(({ name, label }) => (
        <Link key={name} href={withParams(location, {}, routePath(name))} aria-current={current === routePath(name) ? 'page' : undefined}>
          {t(label)}
        </Link>
      ))}
    </nav>
  );
}

export function EditorGate({ title, children }: { title: string; children: (editor: Editor) => ReactNode }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const editing = hydrated && apiHostsEditing();
  const session = useQuery({ ...editingQueries.session(), enabled: editing });
  let body: ReactNode;
  // Sized by the stylesheet, not a style attribute: the server renders this state, and its CSP
  // (style-src 'self') refuses a style attribute in served HTML.
  if (!hydrated) body = <LoadingState className="skeleton--editor" />;
  else if (!editing) body = <NeedsServer />;
  else if (session.isPending) body = <LoadingState />;
  else if (session.isError) body = <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  else if (!session.data) {
    body = (
      <>
        <p className="lead">{t('signIn.required')}</p>
        <SignInForm />
      </>
    );
  } else if (session.data.role === 'viewer') body = <p className="notice notice--warning">{t('signIn.viewerOnly', { email: session.data.email })}</p>;
  else body = children(session.data);
  return (
    <section className="editor-page">
      <h1>{title}</h1>
      {editing && session.data && session.data.role !== 'viewer' ? <EditorNav role={session.data.role} /> : null}
      {body}
    </section>
  );
}
