// The app: providers, the route for the current URL, and its view. Pages that combine features
// (a unit's profile, compare) are put together here, so that features never import each other.
import { QueryClientProvider, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { InvestmentPanel } from '../features/investment/InvestmentPanel';
import { InvestmentView } from '../features/investment/InvestmentView';
import { INVESTMENT_QUERY } from '../features/investment/useInvestment';
import { RankingPanel } from '../features/ranking/RankingPanel';
import { RankingView } from '../features/ranking/RankingView';
import { RankingYearPanel } from '../features/ranking/RankingYearPanel';
import { Deck } from '../features/presenter/Deck';
import { SourcesPage } from '../features/sources/SourcesPage';
import { CompareView } from '../features/units/CompareView';
import { KpiSummary, MAX_ON_SLIDE } from '../features/units/KpiSummary';
import { Overview } from '../features/units/Overview';
import { PROVINCE_QUERY, ProvinceRankChart } from '../features/units/ProvinceRankChart';
import { KPI_INDICATORS } from '../features/units/useUnitKpis';
import { UnitProfile } from '../features/units/UnitProfile';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { observationQueries, referenceQueries } from '../queries';
import { Layout } from './Layout';
import { Link } from './Link';
import { useLocation } from './location';
import { parseRoute } from './routes';
import { RANKING_QUERY, useViewState } from './useViewState';

function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </section>
  );
}

function UnitPage({ code }: { code: string }) {
  const events = useQuery(referenceQueries.events()).data?.filter((e) => e.unitCode === code) ?? [];
  return (
    <UnitProfile
      code={code}
      charts={
        <>
          <RankingPanel unitCodes={[code]} events={events} />
          <InvestmentPanel unitCodes={[code]} events={events} />
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

function Presentation() {
  const { t } = useI18n();
  const { state } = useViewState();
  usePrefetchSlides(state.units.slice(0, MAX_ON_SLIDE));
  const names = useQuery(referenceQueries.units()).data;
  const unitNames = state.units.map((c) => names?.find((u) => u.code === c)?.name ?? c).join(', ');
  return (
    <Deck
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

function CurrentView() {
  const route = parseRoute(useLocation().pathname);
  if (route.name === 'present') return <Presentation />;
  return (
    <Layout current={route.name}>
      {route.name === 'overview' ? <Overview /> : null}
      {route.name === 'ranking' ? <RankingView /> : null}
      {route.name === 'investment' ? <InvestmentView /> : null}
      {route.name === 'compare' ? (
        <CompareView
          charts={(codes) => (
            <>
              <RankingPanel unitCodes={codes} />
              <InvestmentPanel unitCodes={codes} />
            </>
          )}
        />
      ) : null}
      {route.name === 'unit' ? <UnitPage key={route.code} code={route.code} /> : null}
      {route.name === 'sources' ? <SourcesPage /> : null}
      {route.name === 'not-found' ? <NotFound /> : null}
    </Layout>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <CurrentView />
      </I18nProvider>
    </QueryClientProvider>
  );
}
