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
import { parseRoute } from '../routing/routes';

const RankingView = lazy(() => import('../features/ranking/RankingView').then((m) => ({ default: m.RankingView })));
const InvestmentView = lazy(() => import('../features/investment/InvestmentView').then((m) => ({ default: m.InvestmentView })));
const SourcesPage = lazy(() => import('../features/sources/SourcesPage').then((m) => ({ default: m.SourcesPage })));
const ComparePage = lazy(() => import('./pages').then((m) => ({ default: m.ComparePage })));
const UnitPage = lazy(() => import('./pages').then((m) => ({ default: m.UnitPage })));
const Presentation = lazy(() => import('./pages').then((m) => ({ default: m.Presentation })));
const SignInPage = lazy(() => import('../features/editor/SignInPage').then((m) => ({ default: m.SignInPage })));
const ImportPage = lazy(() => import('../features/editor/ImportPage').then((m) => ({ default: m.ImportPage })));
const RankingPreviewChart = lazy(() => import('../features/ranking/RankingPreviewChart').then((m) => ({ default: m.RankingPreviewChart })));
const InvestmentPreviewChart = lazy(() => import('../features/investment/InvestmentPreviewChart').then((m) => ({ default: m.InvestmentPreviewChart })));
const HistoryPage = lazy(() => import('../features/editor/HistoryPage').then((m) => ({ default: m.HistoryPage })));
const AccountsPage = lazy(() => import('../features/editor/AccountsPage').then((m) => ({ default: m.AccountsPage })));

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
