// Pages that combine features — a unit's profile, the presentation deck — put together here so
// that features never import each other. Loaded on demand, like every view but the overview.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { InvestmentPanel } from '../features/investment/InvestmentPanel';
import { INVESTMENT_QUERY } from '../features/investment/useInvestment';
import { Deck } from '../features/presenter/Deck';
import { DeckDownload } from '../features/presenter/DeckDownload';
import { PresentButton } from '../features/presenter/opening';
import { RankingPanel } from '../features/ranking/RankingPanel';
import { RankingYearPanel } from '../features/ranking/RankingYearPanel';
import { RANKING_QUERY } from '../features/ranking/useRanking';
import { CompareView } from '../features/units/CompareView';
import { KpiSummary, MAX_ON_SLIDE } from '../features/units/KpiSummary';
import { ProvinceRankChart } from '../features/units/ProvinceRankChart';
import { KPI_INDICATORS, PROVINCE_QUERY } from '../features/units/useUnitKpis';
import { UnitProfile } from '../features/units/UnitProfile';
import { useI18n } from '../i18n/I18nProvider';
import { observationQueries, referenceQueries } from '../queries';
import { useViewState } from '../routing/useViewState';

export function UnitPage({ code }: { code: string }) {
  const { t } = useI18n();
  const events = useQuery(referenceQueries.events()).data?.filter((e) => e.unitCode === code) ?? [];
  return (
    <UnitProfile
      code={code}
      present={(unit) => <PresentButton unitCodes={[code]} label={t('deck.openUnit', { unit })} />}
      charts={
        <>
          <RankingPanel unitCodes={[code]} events={events} atUnitLevel />
          <InvestmentPanel unitCodes={[code]} events={events} atUnitLevel />
        </>
      }
    />
  );
}

/** Every slide's data, fetched when the deck opens, so that moving to a slide never waits. */
function usePrefetchSlides(unitCodes: readonly string[]) {
  const client = useQueryClient();
  useEffect(() => {
    for (const query of [RANKING_QUERY, INVESTMENT_QUERY, PROVINCE_QUERY, { indicators: KPI_INDICATORS, units: unitCodes }]) {
      void client.prefetchQuery(observationQueries.list(query));
    }
    void client.prefetchQuery(referenceQueries.units());
    void client.prefetchQuery(referenceQueries.sources());
    void client.prefetchQuery(referenceQueries.events());
    void client.prefetchQuery(referenceQueries.indicators());
  }, [client, unitCodes]);
}

export function Presentation() {
  const { t } = useI18n();
  const { state } = useViewState();
  usePrefetchSlides(state.units.slice(0, MAX_ON_SLIDE));
  const names = useQuery(referenceQueries.units()).data;
  const unitNames = state.units.map((c) => names?.find((u) => u.code === c)?.name ?? c).join(', ');
  return (
    <Deck
      download={<DeckDownload queries={{ ranking: RANKING_QUERY, investment: INVESTMENT_QUERY, province: PROVINCE_QUERY }} />}
      slides={[
        { key: 'kpis', title: `${t('deck.kpis')}: ${unitNames}`, content: <KpiSummary /> },
        { key: 'ranking', title: t('ranking.title'), content: <RankingPanel unitCodes={state.units} /> },
        { key: 'table', title: t('deck.table'), content: <RankingYearPanel /> },
        { key: 'investment', title: t('investment.title'), content: <InvestmentPanel unitCodes={state.units} /> },
        { key: 'province', title: t('deck.province'), content: <ProvinceRankChart /> },
      ]}
    />
  );
}

export function ComparePage() {
  return (
    <CompareView
      charts={(codes) => (
        <>
          <RankingPanel unitCodes={codes} />
          <InvestmentPanel unitCodes={codes} />
        </>
      )}
    />
  );
}
