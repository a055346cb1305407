// The app: providers, the route for the current URL, and its view.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { DEFAULT_UNIT_CODE } from '../domain/units';
import { InvestmentView } from '../features/investment/InvestmentView';
import { Overview } from '../features/overview/Overview';
import { RankingView } from '../features/ranking/RankingView';
import { SourcesPage } from '../features/sources/SourcesPage';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
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

function CurrentView() {
  const route = parseRoute(useLocation().pathname);
  return (
    <Layout current={route.name}>
      {route.name === 'overview' ? <Overview unitCode={DEFAULT_UNIT_CODE} /> : null}
      {route.name === 'ranking' ? <RankingView /> : null}
      {route.name === 'investment' ? <InvestmentView /> : null}
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
