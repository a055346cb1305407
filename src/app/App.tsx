// The app: providers, the route for the current URL, and its view. Pages that combine features
// (a unit's profile, compare) are put together here, so that features never import each other.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { InvestmentPanel } from '../features/investment/InvestmentPanel';
import { InvestmentView } from '../features/investment/InvestmentView';
import { RankingPanel } from '../features/ranking/RankingPanel';
import { RankingView } from '../features/ranking/RankingView';
import { SourcesPage } from '../features/sources/SourcesPage';
import { CompareView } from '../features/units/CompareView';
import { Overview } from '../features/units/Overview';
import { UnitProfile } from '../features/units/UnitProfile';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { referenceQueries } from '../queries';
import { Layout } from './Layout';
import { Link } from './Link';
import { useLocation } from './location';
import { parseRoute } from './routes';

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

function CurrentView() {
  const route = parseRoute(useLocation().pathname);
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
