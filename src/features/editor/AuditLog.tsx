// The audit log for admins: who did what, when and from where, newest first, a page at a time.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { AuditEntryView } from '../../api/accounts';
import { useI18n } from '../../i18n/I18nProvider';
import { editingQueries } from '../../queries/editing';
import { DataTable } from '../../ui/DataTable';
import { ErrorState, LoadingState } from '../../ui/QueryState';
import { useFormatTime } from './useFormatTime';

const PAGE_SIZES = [20, 50, 100] as const;

/** The detail as text: a role change in words, anything else as its fields (imported text stays text). */
function useDetail() {
  const { t } = useI18n();
  return ({ action, detail }: AuditEntryView): string => {
    if (action === 'role_changed') {
      const role = (r: unknown) => (r === 'viewer' || r === 'editor' || r === 'admin' ? t(`accounts.role.${r}`) : String(r));
      return t('audit.detail.role', { email: String(detail.email), from: role(detail.from), to: role(detail.to) });
    }
    return Object.entries(detail)
      .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(' · ');
  };
}

export function AuditLog() {
  const { t } = useI18n();
  const id = useId();
  const time = useFormatTime();
  const detail = useDetail();
  const [limit, setLimit] = useState<number>(PAGE_SIZES[0]);
  const [offset, setOffset] = useState(0);
  const audit = useQuery({ ...editingQueries.audit({ limit, offset }), placeholderData: keepPreviousData });
  let body;
  if (audit.isPending) body = <LoadingState />;
  else if (audit.isError) body = <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />;
  else if (audit.data.data.length === 0) body = <p>{t('audit.empty')}</p>;
  else {
    const { data: entries, page } = audit.data;
    body = (
      <>
        <DataTable caption={t('audit.caption', { from: page.offset + 1, to: page.offset + entries.length })} className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.col.time')}</th>
              <th scope="col">{t('audit.col.actor')}</th>
              <th scope="col">{t('audit.col.action')}</th>
              <th scope="col">{t('audit.col.address')}</th>
              <th scope="col">{t('audit.col.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, i) => (
              <tr key={`${page.offset + i}`}>
                <th scope="row">{time(entry.at)}</th>
                <td>{entry.actor ?? t('audit.system')}</td>
                <td>{t(`audit.action.${entry.action}`)}</td>
                <td>{entry.address}</td>
                <td>{detail(entry)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <nav aria-label={t('audit.pages')} className="audit-pages">
          <button type="button" className="button button--quiet" disabled={page.offset === 0} onClick={() => setOffset(Math.max(0, page.offset - page.limit))}>
            {t('audit.newer')}
          </button>
          <button type="button" className="button button--quiet" disabled={!page.more} onClick={() => setOffset(page.offset + page.limit)}>
            {t('audit.older')}
          </button>
        </nav>
      </>
    );
  }
  return (
    <section aria-labelledby={`${id}-title`} className="audit-log">
      <h2 id={`${id}-title`}>{t('audit.title')}</h2>
      <p>{t('audit.lead')}</p>
      <label className="editor-form__field audit-size">
        <span>{t('audit.pageSize')}</span>
        <select
          value={limit}
          onChange={(e) => {
            setLimit(Number(e.target.value));
            setOffset(0);
          }}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      {body}
    </section>
  );
}
