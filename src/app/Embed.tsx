// One chart alone, for another site's page (/embed/<chart>?…, drawn by the server): the chart's
// frame without toggles or downloads, and a line leading to the full view on the dashboard.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { InvestmentPanel } from '../features/investment/InvestmentPanel';
import { RankingPanel } from '../features/ranking/RankingPanel';
import { ProvinceRankChart } from '../features/units/ProvinceRankChart';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { EMBED_CHARTS, EMBED_PREFIX, type EmbedChart } from '../routing/embed';
import { useLanguage, useLocation } from '../routing/location';
import { useViewState } from '../routing/useViewState';
import { EmbeddedContext } from '../ui/embedded';
import { HydrationProvider } from '../ui/useHydrated';

/** Where each chart is seen in full in the app. */
const FULL_VIEW: Record<EmbedChart, string> = { ranking: '/ranking', investment: '/investment', province: '/' };

function EmbeddedChart({ chart }: { chart: EmbedChart }) {
  const { state } = useViewState();
  if (chart === 'ranking') return <RankingPanel unitCodes={state.units} />;
  if (chart === 'investment') return <InvestmentPanel unitCodes={state.units} />;
  return <ProvinceRankChart />;
}

function Credit({ chart }: { chart: EmbedChart }) {
  const { t } = useI18n();
  const { search } = useLocation();
  // The reader leaves the host's page for the dashboard: a new tab, not inside the frame.
  return (
    <p className="embed__credit">
      <a href={`${FULL_VIEW[chart]}${search}`} target="_blank" rel="noopener">
        {t('embed.viewFull', { app: t('app.name') })}
      </a>
    </p>
  );
}

function EmbedMessage({ chart }: { chart: EmbedChart | null }) {
  const { t } = useI18n();
  return chart === null ? (
    <p className="embed__message">{t('embed.notFound', { charts: EMBED_CHARTS.map((c) => `${EMBED_PREFIX}${c}`).join(', ') })}</p>
  ) : (
    <p className="embed__message" role="alert">
      {t('embed.failed')}
    </p>
  );
}

function EmbedPage({ chart, failed }: { chart: EmbedChart | null; failed: boolean }) {
  const { t } = useI18n();
  return (
    <EmbeddedContext.Provider value={{ provenanceLabel: (p) => t(`provenance.${p}`) }}>
      <main className="embed">
        {chart === null || failed ? (
          <EmbedMessage chart={chart} />
        ) : (
          <>
            <EmbeddedChart chart={chart} />
            <Credit chart={chart} />
          </>
        )}
      </main>
    </EmbeddedContext.Provider>
  );
}

/** The embed of `chart`, or, with `failed` or no chart, what the reader is told instead. */
export function EmbedApp({ queryClient, chart, failed = false }: { queryClient: QueryClient; chart: EmbedChart | null; failed?: boolean }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={useLanguage()}>
        <HydrationProvider>
          <EmbedPage chart={chart} failed={failed} />
        </HydrationProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
