// Who is signed in, with the way out: in the header once this browser has signed in (readers never
// ask the server about a session), and on the sign-in page.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { editingQueries, maybeSignedIn, rememberSignedIn } from '../../queries/editing';
import { useHydrated } from '../../ui/useHydrated';

export function SessionBadge({ always = false }: { always?: boolean }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const hydrated = useHydrated();
  const session = useQuery({ ...editingQueries.session(), enabled: hydrated && (always || maybeSignedIn()) });
  const signOut = useMutation({
    mutationFn: api.signOut,
    onSettled: () => {
      rememberSignedIn(false);
      client.setQueryData(editingQueries.session().queryKey, null);
      void client.invalidateQueries({ queryKey: editingQueries.versions().queryKey });
    },
  });
  if (!session.data) return null;
  return (
    <div className="session-badge">
      <span>{t('session.signedInAs', { email: session.data.email })}</span>
      <button type="button" className="button button--quiet" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
