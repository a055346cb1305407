// What one data version changed against the version before it, asked of the API when the editor
// opens it, shown with the import preview's table (values new, changed old → new, illustrative
// replaced, removed).
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/I18nProvider';
import { editingQueries } from '../../queries/editing';
import { referenceQueries } from '../../queries';
import { DiffTable } from './ImportPreview';

/** A version may change thousands of values (a restore of the first): the first ones are listed, the rest counted. */
const SHOWN = 100;

export function VersionChanges({ id, previousTime }: { id: string; previousTime: (id: string) => string }) {
  const { t, lang } = useI18n();
  const changes = useQuery(editingQueries.versionChanges(id));
  const units = useQuery(referenceQueries.units()).data;
  const indicators = useQuery(referenceQueries.indicators()).data;
  if (changes.isPending) return <p role="status">{t('history.changes.loading')}</p>;
  if (changes.isError) return <p role="alert">{t('history.changes.failed', { detail: changes.error.message })}</p>;
  const { previous, changes: list } = changes.data;
  if (previous === null) return <p>{t('history.changes.first')}</p>;
  if (list.length === 0) return <p>{t('history.changes.none')}</p>;
  return (
    <DiffTable
      changes={list}
      unitName={(code) => units?.find((u) => u.code === code)?.name ?? code}
      indicatorLabel={(indicator) => indicators?.find((i) => i.id === indicator)?.label[lang] ?? indicator}
      title={t('history.changes.title', { time: previousTime(previous) })}
      level={3}
      limit={SHOWN}
    />
  );
}
