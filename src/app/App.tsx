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

const RankingPreviewChart = lazy(() => import('../features/ranking/RankingPreviewChart').then((m) => ({ default: m.RankingPreviewChart })));
const InvestmentPreviewChart = lazy(() => import('../features/investment/InvestmentPreviewChart').then((m) => ({ default: m.InvestmentPreviewChart })));

/** The views loaded when first opened, by route (the overview's code is in the main bundle). */
const VIEWS = {
  ranking: lazyView(
    () => import('../features/ranking/RankingView'),
    (m) => m.RankingView,
  ),
  investment: lazyView(
    () => import('../features/investment/InvestmentView'),
    (m) => m.InvestmentView,
  ),
  sources: lazyView(
    () => import('../features/sources/SourcesPage'),
    (m) => m.SourcesPage,
  ),
  compare: lazyView(
    () => import('./pages'),
    (m) => m.ComparePage,
  ),
  unit: lazyView(
    () => import('./pages'),
    (m) => m.UnitPage,
  ),
  present: lazyView(
    () => import('./pages'),
    (m) => m.Presentation,
  ),
  'sign-in': lazyView(
    () => import('../features/editor/SignInPage'),
    (m) => m.SignInPage,
  ),
  import: lazyView(
    () => import('../features/editor/ImportPage'),
    (m) => m.ImportPage,
  ),
  history: lazyView(
    () => import('../features/editor/HistoryPage'),
    (m) => m.HistoryPage,
  ),
  accounts: lazyView(
    () => import('../features/editor/AccountsPage'),
    (m) => m.AccountsPage,
  ),
} satisfies Partial<Record<RouteName, { preload: () => Promise<unknown> }>>;

const SignInPage = VIEWS['sign-in'];

/** Loads the code of the view at `pathname` (the overview's is in the main bundle). */
export function preloadView(pathname: string): Promise<unknown> {
  const name = parseRoute(pathname).name;
  return name in VIEWS ? VIEWS[name as keyof typeof VIEWS].preload() : Promise.resolve();
}

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
        <VIEWS.present />
      </Suspense>
    );
  }
  return (
    <Layout current={route.name}>
      <Suspense fallback={<LoadingState minHeight={560} />}>
        {route.name === 'overview' ? <Overview /> : null}
        {route.name === 'ranking' ? <VIEWS.ranking /> : null}
        {route.name === 'investment' ? <VIEWS.investment /> : null}
        {route.name === 'compare' ? <VIEWS.compare /> : null}
        {route.name === 'unit' ? <VIEWS.unit key={route.code} code={route.code} /> : null}
        {route.name === 'sources' ? <VIEWS.sources /> : null}
        {route.name === 'sign-in' ? <SignInPage /> : null}
        {route.name === 'import' ? <VIEWS.import previewChart={importPreviewChart} /> : null}
        {route.name === 'history' ? <VIEWS.history /> : null}
        {route.name === 'accounts' ? <VIEWS.accounts /> : null}
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
