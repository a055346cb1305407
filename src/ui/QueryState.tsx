// The designed non-data states of any view: a sized skeleton while loading, a message and retry on
// error, a sentence when there is nothing to show; and the boundary that picks one.
import { useEffect, useState, type ReactNode } from 'react';
import type { ViewData } from '../queries/combine';
import { isApiError } from '../api/errors';
import type { PlainKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';

/** After this long a load is "slow", and the reader is told so rather than left guessing. */
export const SLOW_AFTER_MS = 3_000;

/** `className` may give a height per screen size, so content replaces the skeleton without shifting the page. */
export function LoadingState({ minHeight = 160, className }: { minHeight?: number; className?: string }) {
  const { t } = useI18n();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className={className ? `skeleton ${className}` : 'skeleton'} style={className ? undefined : { minHeight }} role="status" aria-live="polite">
      <span className="skeleton__label">{t(slow ? 'state.stillLoading' : 'state.loading')}</span>
    </div>
  );
}

function messageKey(error: unknown): PlainKey {
  if (!isApiError(error)) return 'error.unknown';
  switch (error.kind) {
    case 'network':
      return 'error.network';
    case 'http':
      return 'error.http';
    case 'not-json':
      return 'error.notJson';
    case 'invalid-payload':
      return 'error.invalidPayload';
    default:
      return 'error.unknown';
  }
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const status = isApiError(error) && error.status ? error.status : '';
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{t('error.title')}</p>
      <p>{t(messageKey(error), { status })}</p>
      {error instanceof Error ? (
        <details>
          <summary>{t('error.detail')}</summary>
          <code>{error.message}</code>
        </details>
      ) : null}
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function EmptyState() {
  const { t } = useI18n();
  return <p className="empty-state">{t('state.empty')}</p>;
}

type BoundaryProps<T> = {
  data: ViewData<T>;
  /** The skeleton's size: the size of what replaces it, so the page does not shift. */
  loading?: { minHeight?: number; className?: string };
  /** Data that hold nothing to show (also null data): said so, never a blank chart. */
  isEmpty?: (data: NonNullable<T>) => boolean;
  children: (data: NonNullable<T>) => ReactNode;
};

/** Every view's loading, error and empty states in one place; `children` draws the data. */
export function QueryBoundary<T>({ data, loading, isEmpty, children }: BoundaryProps<T>) {
  if (data.status === 'error') return <ErrorState error={data.error} onRetry={data.retry} />;
  if (data.status === 'pending') return <LoadingState {...loading} />;
  if (data.data === null || data.data === undefined || isEmpty?.(data.data)) return <EmptyState />;
  return <>{children(data.data)}</>;
}
