// The PAR Index ranking page: choose units and years, the ranking chart, and one year's table.
import { useSearchableUnits } from '../../queries/useSearchableUnits';
import { useViewState } from '../../routing/useViewState';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryBoundary } from '../../ui/QueryState';
import { ViewControls } from '../../ui/ViewControls';
import { RankingPanel } from './RankingPanel';
import { RankingYearPanel } from './RankingYearPanel';
import { useRanking, type RankingData } from './useRanking';

export function RankingView() {
  return (
    <QueryBoundary data={useRanking()} loading={{ minHeight: 560 }}>
      {(data) => <RankingViewContent data={data} />}
    </QueryBoundary>
  );
}

function RankingViewContent({ data }: { data: RankingData }) {
  const { t } = useI18n();
  const { state, update } = useViewState();
  const searchable = useSearchableUnits(data.units);

  return (
    <section aria-labelledby="ranking-title">
      <h1 id="ranking-title">{t('ranking.title')}</h1>
      <p className="lead">{t('ranking.lead')}</p>
      <ViewControls units={searchable.units} onSearch={searchable.onSearch} years={data.years} state={state} update={update} />
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
