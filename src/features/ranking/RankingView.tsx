// The PAR Index ranking page: choose units and years, the ranking chart, and one year's table.
import { useViewState } from '../../routing/useViewState';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState, LoadingState } from '../../ui/QueryState';
import { ViewControls } from '../../ui/ViewControls';
import { RankingPanel } from './RankingPanel';
import { RankingYearPanel } from './RankingYearPanel';
import { useRanking } from './useRanking';

export function RankingView() {
  const { t } = useI18n();
  const { status, data } = useRanking();
  const { state, update } = useViewState();

  if (status.status === 'error') return <ErrorState error={status.error} onRetry={status.retry} />;
  if (status.status === 'pending' || !data) return <LoadingState minHeight={560} />;

  return (
    <section aria-labelledby="ranking-title">
      <h1 id="ranking-title">{t('ranking.title')}</h1>
      <p className="lead">{t('ranking.lead')}</p>
      <ViewControls units={data.units} years={data.years} state={state} update={update} />
      {data.duplicates.length > 0 ? (
        <div className="warning" role="alert">
          {t('ranking.duplicates', {
            details: data.duplicates.map((d) => `${d.year}: ${d.unitCodes.map((c) => data.names.get(c) ?? c).join(', ')} (${d.rank})`).join('; '),
          })}
        </div>
      ) : null}
      <RankingPanel unitCodes={state.units} />
      <RankingYearPanel />
    </section>
  );
}
