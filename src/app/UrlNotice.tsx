// When a link carries values the data does not have (an unknown unit, a year out of range,
// garbage), they are dropped, the address is cleaned, and the reader is told politely.
import { useEffect, useState } from 'react';
import type { DroppedParam } from '../domain/viewState';
import { useI18n } from '../i18n/I18nProvider';
import { navigate } from '../routing/location';
import { hrefForState, useViewState } from '../routing/useViewState';

export function UrlNotice() {
  const { t } = useI18n();
  const { state, dropped } = useViewState();
  const [shown, setShown] = useState<DroppedParam[]>([]);
  const key = dropped.map((d) => `${d.param}=${d.value}`).join('&');

  // Noted while rendering, since the cleaned address below makes `dropped` empty at once.
  const [notedKey, setNotedKey] = useState('');
  if (key !== notedKey) {
    setNotedKey(key);
    if (key) setShown(dropped);
  }
  useEffect(() => {
    if (key) navigate(hrefForState(state), { replace: true });
  }, [key, state]);

  if (shown.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        {t('url.dropped')}{' '}
        {shown.map((d, i) => (
          <span key={`${d.param}-${d.value}`}>
            {i > 0 ? ', ' : null}
            <code>
              {d.param}={d.value}
            </code>
          </span>
        ))}
        .
      </p>
      <button type="button" className="link-button" onClick={() => setShown([])}>
        {t('url.dismiss')}
      </button>
    </div>
  );
}
