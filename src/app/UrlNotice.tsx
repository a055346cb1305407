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

  useEffect(() => {
    if (!key) return;
    setShown(dropped);
    navigate(hrefForState(state), { replace: true });
    // `key` stands for `dropped` and `state`, which are rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

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
