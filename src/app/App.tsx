// The app: providers, the route for the current URL, and its view. The overview is in the main
// bundle; every other view is loaded when first opened.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { ImportChartPreview } from '../domain/importChart';
import { Overview } from '../features/units/Overview';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { LoadingState } from '../ui/QueryState';
import { HydrationProvider } from '../ui/useHydrated';
import { Layout } from './Layout';
import { Link } from '../routing/Link';
import { useLanguage, useLocation } from '../routing/location';
import { parseRoute, type RouteName } from '../routing/routes';
import { lazyView } from './lazyView';

const RankingView = lazyView(
  () => import('../features/ranking/RankingView'),
  (m) => m.RankingView,
);
const InvestmentView = lazyView(
  () => import('../features/investment/InvestmentView'),
  (m) => m.InvestmentView,
);
const SourcesPage = lazyView(
  () => import('../features/sources/SourcesPage'),
  (m) => m.SourcesPage,
);
const ComparePage = lazyView(
  () => import('./pages'),
  (m) => m.ComparePage,
);
const UnitPage = lazyView(
  () => import('./pages'),
  (m) => m.UnitPage,
);
const Presentation = lazyView(
  () => import('./pages'),
  (m) => m.Presentation,
);
const SignInPage = lazyView(
  () => import('../features/editor/SignInPage'),
  (m) => m.SignInPage,
);
const ImportPage = lazyView(
  () => import('../features/editor/ImportPage'),
  (m) => m.ImportPage,
);
const RankingPreviewChart = lazy(() => import('../features/ranking/RankingPreviewChart').then((m) => ({ default: m.RankingPreviewChart })));
const InvestmentPreviewChart = lazy(() => import('../features/investment/InvestmentPreviewChart').then((m) => ({ default: m.InvestmentPreviewChart })));
const HistoryPage = lazyView(
  () => import('../features/editor/HistoryPage'),
  (m) => m.HistoryPage,
);
const AccountsPage = lazyView(
  () => import('../features/editor/AccountsPage'),
  (m) => m.AccountsPage,
);

const VIEWS: Partial<Record<RouteName, { preload: () => Promise<unknown> }>> = {
  ranking: RankingView,
  investment: InvestmentView,
  sources: SourcesPage,
  compare: ComparePage,
  unit: UnitPage,
  present: Presentation,
  'sign-in': SignInPage,
  import: ImportPage,
  history: HistoryPage,
  accounts: AccountsPage,
};

/** Loads the code of the view at `pathname` (the overview's is in the main bundle). */
export const preloadView = (pathname: string): Promise<unknown> => VIEWS[parseRoute(pathname).name]?.preload() ?? Promise.resolve();

/** The import page previews the chart an import changes with that chart's own component. */
const importPreviewChart = (preview: ImportChartPreview) => (
  <Suspense fallback={<LoadingState minHeight={420} />}>
    {preview.kind === 'ranking' ? <RankingPreviewChart {...preview} /> : <InvestmentPreviewChart {...preview} />}
  </Suspense>
);

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
  if (route.name === 'present') {
    return (
      <Suspense fallback={<LoadingState minHeight={600} />}>
        <Presentation />
      </Suspense>
    );
  }
  return (
    <Layout current={route.name}>
      <Suspense fallback={<LoadingState minHeight={560} />}>
        {route.name === 'overview' ? <Overview /> : null}
        {route.name === 'ranking' ? <RankingView /> : null}
        {route.name === 'investment' ? <InvestmentView /> : null}
        {route.name === 'compare' ? <ComparePage /> : null}
        {route.name === 'unit' ? <UnitPage key={route.code} code={route.code} /> : null}
        {route.name === 'sources' ? <SourcesPage /> : null}
        {route.name === 'sign-in' ? <SignInPage /> : null}
        {route.name === 'import' ? <ImportPage previewChart={importPreviewChart} /> : null}
        {route.name === 'history' ? <HistoryPage /> : null}
        {route.name === 'accounts' ? <AccountsPage /> : null}
        {route.name === 'not-found' ? <NotFound /> : null}
      </Suspense>
    </Layout>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={useLanguage()}>
        <HydrationProvider>
          <CurrentView />
        </HydrationProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
