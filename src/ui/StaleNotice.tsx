// Says that the figures on screen could not be refreshed, and since when they date.
import { useStaleQueries } from '../queries/useStaleQueries';
import { LOCALE } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';

export function StaleNotice() {
  const { t, lang } = useI18n();
  const stale = useStaleQueries();
  if (!stale) return null;
  const time = new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: 'short', dateStyle: 'short' }).format(stale.fetchedAt);
  return (
    <div className="notice notice--warning" role="status">
      <p>{t('stale.notice', { time })}</p>
      <button type="button" className="button" onClick={stale.retry}>
        {t('state.retry')}
      </button>
    </div>
  );
}
