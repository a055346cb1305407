// The discreet line at the foot of every public page saying when the data last changed.
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { referenceQueries } from '../queries';
import { dataUpdatedText } from './export/texts';

export function DataUpdated() {
  const { t, lang } = useI18n();
  const { data, isError } = useQuery(referenceQueries.dataUpdate());
  // While loading, an empty line of the same height: nothing below it moves when the date arrives.
  const text = data ? dataUpdatedText(lang, data) : isError ? t('data.updatedFailed') : '\u00a0';
  return <p className="data-updated">{text}</p>;
}
