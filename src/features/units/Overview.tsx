// The first screen an official sees: where the chosen unit stands and how it moved, from published
// figures first; and where the province stands among the 63.
import { useUnitHref } from '../../routing/routes';
import { Link } from '../../routing/Link';
import { useViewState } from '../../routing/useViewState';
import { useI18n } from '../../i18n/I18nProvider';
import { useQuery } from '@tanstack/react-query';
import { referenceQueries } from '../../queries';
import { useSearchableUnits } from '../../queries/useSearchableUnits';
import { EmptyState, QueryBoundary } from '../../ui/QueryState';
import { ViewControls } from '../../ui/ViewControls';
import { ProvinceRankChart } from './ProvinceRankChart';
import { UnitKpis } from './UnitKpis';
import { EndedNotice } from './UnitLineage';
import { useUnitKpis } from './useUnitKpis';

/** More cards than this stop being an overview: the compare page takes over. */
const MAX_OVERVIEW_UNITS = 5;

export function Overview() {
  const { t } = useI18n();
  const unitHref = useUnitHref();
  const { state, update } = useViewState();
  const focus = state.units.slice(0, MAX_OVERVIEW_UNITS);
  const kpis = useUnitKpis(focus);
  const { units, onSearch } = useSearchableUnits(useQuery(referenceQueries.units()).data);
  const names = kpis.status === 'success' ? kpis.data.map((k) => k.unit.name).join(', ') : '';
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{names ? t('overview.title', { unit: names }) : t('nav.overview')}</h1>
      {/* Both keep their place while loading, so nothing below them jumps when they fill in. */}
      <p className="lead">{t('overview.lead')}</p>
      {units ? (
        <ViewControls units={units} onSearch={onSearch} state={state} update={update} carry={false} />
      ) : (
        <div className="view-controls view-controls--placeholder" aria-hidden="true" />
      )}
      <QueryBoundary data={kpis} loading={{ className: 'skeleton--kpis' }}>
        {(data) => (
          <>
            {data.length === 0 && focus.length === 0 ? <p className="empty-state">{t('overview.chooseUnit')}</p> : null}
            {state.units.length > MAX_OVERVIEW_UNITS ? <p className="notice">{t('overview.tooMany', { count: MAX_OVERVIEW_UNITS })}</p> : null}
            {data.map((kpis) =>
              data.length === 1 ? (
                <div key={kpis.unit.code} className="unit-block">
                  <EndedNotice unit={kpis.unit} />
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
                  <EndedNotice unit={kpis.unit} />
                  <UnitKpis kpis={kpis} headingLevel={3} />
                </section>
              ),
            )}
            {data.length === 0 && focus.length > 0 ? <EmptyState /> : null}
          </>
        )}
      </QueryBoundary>
      <ProvinceRankChart />
    </section>
  );
}
