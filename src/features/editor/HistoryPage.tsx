// "Lịch sử / History": every data version with its author, time, source and summary; an old one
// can be restored, after a confirmation, which publishes it again as a new version.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../../api/client';
import type { DataVersion } from '../../api/versions';
import { useI18n } from '../../i18n/I18nProvider';
import { editingQueries } from '../../queries/editing';
import { DataTable } from '../../ui/DataTable';
import { ErrorState, LoadingState } from '../../ui/QueryState';
import { EditorGate } from './EditorGate';
import { useFormatTime } from './useFormatTime';
import { VersionChanges } from './VersionChanges';

function VersionRow({
  version,
  byId,
  confirming,
  onAsk,
  onCancel,
  onConfirm,
  busy,
}: {
  version: DataVersion;
  byId: Map<string, DataVersion>;
  confirming: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  const time = useFormatTime();
  const [showChanges, setShowChanges] = useState(false);
  const changesId = useId();
  const restored = version.restoredFrom ? byId.get(version.restoredFrom) : undefined;
  const summary = version.author === null ? t('history.seed') : restored ? t('history.restoredFrom', { time: time(restored.publishedAt) }) : version.summary;
  const previousTime = (id: string) => {
    const previous = byId.get(id);
    return previous ? time(previous.publishedAt) : id;
  };
  return (
    <>
      <tr className={version.current ? 'is-selected' : undefined}>
        <th scope="row">
          {time(version.publishedAt)}
          {version.current ? <strong className="version-current"> · {t('history.current')}</strong> : null}
        </th>
        <td>{version.author ?? t('history.system')}</td>
        <td>{version.source ? version.source.url ? <a href={version.source.url}>{version.source.id}</a> : version.source.id : '—'}</td>
        <td>
          {summary}
          <br />
          <small>
            {t('history.values', { count: version.observationCount })}
            {version.file ? ` · ${t('history.file', { name: version.file.name, sha: version.file.sha256.slice(0, 12) })}` : ''}
          </small>
          <br />
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={showChanges}
            aria-controls={changesId}
            aria-label={t('history.changes.showLabel', { time: time(version.publishedAt) })}
            onClick={() => setShowChanges(!showChanges)}
          >
            {t('history.changes.show')}
          </button>
        </td>
        <td>
          {version.current ? null : confirming ? (
            <div role="group" aria-label={t('history.restoreLabel', { time: time(version.publishedAt) })} className="confirm">
              <p>{t('history.confirm', { time: time(version.publishedAt) })}</p>
              {/* The confirmation takes the focus, so a keyboard user lands on the choice just offered. */}
              {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
              <button type="button" className="button" onClick={onConfirm} disabled={busy} autoFocus>
                {t('history.confirmYes')}
              </button>{' '}
              <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
                {t('history.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="button button--quiet" onClick={onAsk} aria-label={t('history.restoreLabel', { time: time(version.publishedAt) })}>
              {t('history.restore')}
            </button>
          )}
        </td>
      </tr>
      <tr id={changesId} hidden={!showChanges} className="history-changes">
        <td colSpan={5}>{showChanges ? <VersionChanges id={version.id} previousTime={previousTime} /> : null}</td>
      </tr>
    </>
  );
}

function VersionList() {
  const { t } = useI18n();
  const time = useFormatTime();
  const client = useQueryClient();
  const versions = useQuery(editingQueries.versions());
  const [confirming, setConfirming] = useState<string | null>(null);
  const restore = useMutation({
    mutationFn: (version: DataVersion) => api.restore(version.id),
    onSuccess: () => {
      setConfirming(null);
      void client.invalidateQueries();
    },
  });
  if (versions.isPending) return <LoadingState />;
  if (versions.isError) return <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />;
  const byId = new Map(versions.data.map((v) => [v.id, v]));
  const newestFirst = [...versions.data].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  return (
    <>
      <p className="lead">{t('history.lead')}</p>
      <p role="status">
        {restore.isSuccess ? t('history.restored', { time: time(restore.variables.publishedAt) }) : null}
        {restore.isError ? t('history.failed', { detail: restore.error.message }) : null}
      </p>
      <DataTable caption={t('history.caption')} className="history-table">
        <thead>
          <tr>
            <th scope="col">{t('history.col.time')}</th>
            <th scope="col">{t('history.col.author')}</th>
            <th scope="col">{t('history.col.source')}</th>
            <th scope="col">{t('history.col.summary')}</th>
            <th scope="col">{t('history.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((version) => (
            <VersionRow
              key={version.id}
              version={version}
              byId={byId}
              confirming={confirming === version.id}
              busy={restore.isPending}
              onAsk={() => (setConfirming(version.id), restore.reset())}
              onCancel={() => setConfirming(null)}
              onConfirm={() => restore.mutate(version)}
            />
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

export function HistoryPage() {
  const { t } = useI18n();
  return <EditorGate title={t('history.title')}>{() => <VersionList />}</EditorGate>;
}
