// The first screen an official sees: where the chosen unit stands and how it moved, from published
// figures first; and where the province stands among the 63.
import { usePrefetchQuery } from '@tanstack/react-query';
import { useEffect, useState, type ComponentType } from 'react';
import { observationQueries } from '../../queries';
import { useUnitHref } from '../../app/routes';
import { Link } from '../../app/Link';
import { useViewState } from '../../app/useViewState';
import { useI18n } from '../../i18n/I18nProvider';
import { EmptyState, ErrorState, LoadingState } from '../../ui/QueryState';
import { ViewControls } from '../../ui/ViewControls';
import { UnitKpis } from './UnitKpis';
import { PROVINCE_QUERY, useUnitKpis } from './useUnitKpis';

// The province chart needs the charting library; the cards above it do not, so they show first.
// Its code starts loading as soon as this module is evaluated, in parallel with everything else.
const provinceChartModule = typeof window === 'undefined' ? null : import('./ProvinceRankChart');

/**
 * The province chart once its code is here. Not React.lazy: Suspense holds back newly loaded
 * content for a moment to avoid flicker, which here only delays the chart. Rendered only in the
 * browser, so the prerendered page and the hydrating app both start from the skeleton.
 */
function useProvinceChart(): ComponentType | null {
  const [chart, setChart] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void (provinceChartModule ?? import('./ProvinceRankChart')).then((m) => live && setChart(() => m.ProvinceRankChart));
    return () => {
      live = false;
    };
  }, []);
  return chart;
}

/** More cards than this stop being an overview: the compare page takes over. */
const MAX_OVERVIEW_UNITS = 5;

export function Overview() {
  const { t } = useI18n();
  const unitHref = useUnitHref();
  const { state, update } = useViewState();
  const focus = state.units.slice(0, MAX_OVERVIEW_UNITS);
  const { status, data, units } = useUnitKpis(focus);
  const ProvinceChart = useProvinceChart();
  // Asked for here, not only in the chart, so that it is in the prerendered page's data and the
  // chart needs no request once its code has loaded.
  usePrefetchQuery(observationQueries.list(PROVINCE_QUERY));

  const names = data?.map((k) => k.unit.name).join(', ') ?? '';
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{data && names ? t('overview.title', { unit: names }) : t('nav.overview')}</h1>
      {/* Both keep their place while loading, so nothing below them jumps when they fill in. */}
      <p className="lead">{t('overview.lead')}</p>
      {units ? <ViewControls units={units} state={state} update={update} /> : <div className="view-controls view-controls--placeholder" aria-hidden="true" />}
      {status.status === 'pending' ? <LoadingState className="skeleton--kpis" /> : null}
      {status.status === 'error' ? <ErrorState error={status.error} onRetry={status.retry} /> : null}
      {status.status === 'success' && data ? (
        <>
          {data.length === 0 && focus.length === 0 ? <p className="empty-state">{t('overview.chooseUnit')}</p> : null}
          {state.units.length > MAX_OVERVIEW_UNITS ? <p className="notice">{t('overview.tooMany', { n: MAX_OVERVIEW_UNITS })}</p> : null}
          {data.map((kpis) =>
            data.length === 1 ? (
              <div key={kpis.unit.code} className="unit-block">
                <UnitKpis kpis={kpis} />
                <p>
                  <Link href={unitHref(kpis.unit.code)}>{t('overview.profileLink', { unit: kpis.unit.name })}</Link>
                </p>
              </div>
            ) : (
              <section key={kpis.unit.code} className="unit-block" aria-labelledby={`unit-${kpis.unit.code}`}>
                <h2 id={`unit-${kpis.unit.code}`}>
                  <Link href={unitHref(kpis.unit.code)}>{kpis.unit.name}</Link>
                </h2>
                <UnitKpis kpis={kpis} headingLevel={3} />
              </section>
            ),
          )}
          {data.length === 0 && focus.length > 0 ? <EmptyState /> : null}
        </>
      ) : null}
      {ProvinceChart ? <ProvinceChart /> : <LoadingState className="skeleton--chart" />}
    </section>
  );
}
